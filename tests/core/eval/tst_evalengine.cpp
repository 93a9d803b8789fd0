// Unit tests of core/eval building blocks: docs/semantics.md: "Compiling a policy" selector strings
// (bit-exact), address parsing, inventory labels and profiles, endpoint REFs, the trace JSON
// contract (docs/semantics.md), endpoint chains and flow parsing.

#include <QTest>

#include "core/eval/matrix.h"
#include "core/eval/policyengine.h"
#include "core/eval/semanticdiff.h"
#include "core/model/protocol.h"
#include "core/report/chainreport.h"
#include "core/report/diffreport.h"
#include "core/report/matrixreport.h"
#include "core/report/explainer.h"
#include "core/report/tracereport.h"
#include "core/net/ipnetwork.h"

using namespace ps;

namespace {

CalicoPolicy policy(ResourceKind kind, const QString &name, const QString &ns = QString())
{
    CalicoPolicy p;
    p.kind = kind;
    p.meta.name = name;
    p.meta.namespace_ = ns;
    p.tier = QStringLiteral("default");
    p.types = {QStringLiteral("Ingress")};
    return p;
}

Pod pod(const QString &ns, const QString &name, const Labels &labels, const QString &ip,
    const QString &sa = QStringLiteral("default"))
{
    Pod p;
    p.meta.name = name;
    p.meta.namespace_ = ns;
    p.meta.labels = labels;
    p.serviceAccountName = sa;
    p.podIPs = {ip};
    return p;
}

} // namespace

class TestEvalEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void policySelector_data();
    void policySelector();
    void entitySelector_data();
    void entitySelector();
    void inventoryLabels();
    void resolve();
    void traceJsonContract();
    void chainOrder();
    void parseFlowsErrors_data();
    void parseFlowsErrors();
    void parseFlowsValid();
    void matrixGroupsAndClasses();
    void semanticDiffFlows();
    void semanticDiffOutside();
};

void TestEvalEngine::policySelector_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("nsSelector");
    QTest::addColumn<QString>("saSelector");
    QTest::addColumn<QString>("expected");
    const int np = int(ResourceKind::NetworkPolicy);
    const int gnp = int(ResourceKind::GlobalNetworkPolicy);
    QTest::newRow("np empty") << np << "prod"
                              << ""
                              << ""
                              << ""
                              << "projectcalico.org/namespace == 'prod'";
    QTest::newRow("np selector") << np << "prod"
                                 << "app == 'x'"
                                 << ""
                                 << ""
                                 << "(app == 'x') && projectcalico.org/namespace == 'prod'";
    QTest::newRow("np sa, all() kept") << np << "prod"
                                       << ""
                                       << ""
                                       << "all()"
                                       << "(projectcalico.org/namespace == 'prod') && all()";
    QTest::newRow("np sa")
        << np << "prod"
        << "app == 'x'"
        << ""
        << "role == 'a'"
        << "((app == 'x') && projectcalico.org/namespace == 'prod') && pcsa.role == \"a\"";
    QTest::newRow("gnp empty") << gnp << ""
                               << ""
                               << ""
                               << ""
                               << "";
    QTest::newRow("gnp ns all()") << gnp << ""
                                  << ""
                                  << "all()"
                                  << ""
                                  << "has(projectcalico.org/namespace)";
    QTest::newRow("gnp ns") << gnp << ""
                            << "app == 'x'"
                            << "env == 'prod'"
                            << ""
                            << "(app == 'x') && pcns.env == \"prod\"";
    QTest::newRow("gnp all() everywhere")
        << gnp << ""
        << "all()"
        << "a == 'b'"
        << ""
        << "(has(projectcalico.org/namespace)) && pcns.a == \"b\"";
    QTest::newRow("gnp sa all()") << gnp << ""
                                  << ""
                                  << ""
                                  << "all()"
                                  << "has(projectcalico.org/serviceaccount)";
    QTest::newRow("gnp ns and sa") << gnp << ""
                                   << ""
                                   << "has(x)"
                                   << "role in {'b','a'}"
                                   << "(has(pcns.x)) && pcsa.role in {\"a\", \"b\"}";
}

void TestEvalEngine::policySelector()
{
    QFETCH(int, kind);
    QFETCH(QString, ns);
    QFETCH(QString, selector);
    QFETCH(QString, nsSelector);
    QFETCH(QString, saSelector);
    QFETCH(QString, expected);
    CalicoPolicy p = policy(ResourceKind(kind), QStringLiteral("p"), ns);
    p.selector = selector;
    p.namespaceSelector = nsSelector;
    p.serviceAccountSelector = saSelector;
    const SelectorText text = policySelectorText(p);
    QVERIFY(text.error.isEmpty());
    QCOMPARE(text.text, expected);
}

void TestEvalEngine::entitySelector_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("notSelector");
    QTest::addColumn<QString>("nsSelector");
    QTest::addColumn<QStringList>("saNames");
    QTest::addColumn<QString>("saSelector");
    QTest::addColumn<QString>("positive");
    const QStringList none;
    QTest::newRow("np nothing: any IP") << "ns"
                                        << ""
                                        << ""
                                        << "" << none << ""
                                        << "";
    QTest::newRow("np all(): own namespace") << "ns"
                                             << "all()"
                                             << ""
                                             << "" << none << ""
                                             << "(projectcalico.org/namespace == 'ns') && (all())";
    QTest::newRow("np notSelector scopes") << "ns"
                                           << ""
                                           << "a == 'b'"
                                           << "" << none << ""
                                           << "projectcalico.org/namespace == 'ns'";
    QTest::newRow("ns all()") << "ns"
                              << ""
                              << ""
                              << "all()" << none << ""
                              << "has(projectcalico.org/namespace)";
    QTest::newRow("ns global()") << ""
                                 << ""
                                 << ""
                                 << "global()" << none << ""
                                 << "!has(projectcalico.org/namespace)";
    QTest::newRow("ns prefix") << "ns"
                               << "app == 'x'"
                               << ""
                               << "env != 'dev'" << none << ""
                               << "(pcns.env != \"dev\") && (app == 'x')";
    QTest::newRow("sa names sorted")
        << "ns"
        << ""
        << ""
        << "" << QStringList {QStringLiteral("b"), QStringLiteral("a")} << ""
        << "(projectcalico.org/namespace == 'ns') && (projectcalico.org/serviceaccount in {\"a\", "
           "\"b\"})";
    QTest::newRow("sa names and selector")
        << "ns"
        << ""
        << ""
        << "" << QStringList {QStringLiteral("a")} << "role == 'x'"
        << "(projectcalico.org/namespace == 'ns') && ((pcsa.role == \"x\") && "
           "(projectcalico.org/serviceaccount in {\"a\"}))";
    QTest::newRow("sa first, then selector")
        << "ns"
        << "app == 'x'"
        << ""
        << "" << QStringList {QStringLiteral("a")} << ""
        << "(projectcalico.org/namespace == 'ns') && ((projectcalico.org/serviceaccount in "
           "{\"a\"}) && (app == 'x'))";
    QTest::newRow("sa name with quote dropped") << "ns"
                                                << ""
                                                << ""
                                                << "" << QStringList {QStringLiteral("a'b")} << ""
                                                << "";
    QTest::newRow("gnp selector verbatim") << ""
                                           << "app=='x'"
                                           << ""
                                           << "" << none << ""
                                           << "app=='x'";
    QTest::newRow("k8s namespaceSelector {}")
        << "ns"
        << "projectcalico.org/orchestrator == 'k8s'"
        << ""
        << "all()" << none << ""
        << "(has(projectcalico.org/namespace)) && (projectcalico.org/orchestrator == 'k8s')";
}

void TestEvalEngine::entitySelector()
{
    QFETCH(QString, ns);
    QFETCH(QString, selector);
    QFETCH(QString, notSelector);
    QFETCH(QString, nsSelector);
    QFETCH(QStringList, saNames);
    QFETCH(QString, saSelector);
    QFETCH(QString, positive);
    EntityRule e;
    e.selector = selector;
    e.notSelector = notSelector;
    e.namespaceSelector = nsSelector;
    if (!saNames.isEmpty() || !saSelector.isEmpty())
        e.serviceAccounts = ServiceAccountMatch {saNames, saSelector};
    const EntitySelectorText text = entityRuleSelectorText(e, ns);
    QCOMPARE(text.positive, positive);
    QCOMPARE(text.negative, notSelector);
}

void TestEvalEngine::inventoryLabels()
{
    WorkspaceData ws;
    Namespace ns;
    ns.meta.name = QStringLiteral("prod");
    ns.meta.labels.insert(QStringLiteral("env"), QStringLiteral("production"));
    ws.namespaces.append(ns);
    ServiceAccount sa;
    sa.meta.name = QStringLiteral("api");
    sa.meta.namespace_ = QStringLiteral("prod");
    sa.meta.labels.insert(QStringLiteral("team"), QStringLiteral("core"));
    ws.serviceAccounts.append(sa);
    ws.pods.append(pod(QStringLiteral("prod"), QStringLiteral("api-0"),
        {{QStringLiteral("app"), QStringLiteral("api")},
            {QStringLiteral("pcns.env"), QStringLiteral("spoofed")},
            {QStringLiteral("projectcalico.org/namespace"), QStringLiteral("spoofed")}},
        QStringLiteral("10.0.0.1"), QStringLiteral("api")));
    Pod hostPod
        = pod(QStringLiteral("prod"), QStringLiteral("host-0"), {}, QStringLiteral("192.168.0.1"));
    hostPod.hostNetwork = true;
    ws.pods.append(hostPod);
    HostEndpoint hep;
    hep.meta.name = QStringLiteral("h");
    hep.meta.labels.insert(QStringLiteral("app"), QStringLiteral("own"));
    hep.profiles = {QStringLiteral("p1")};
    hep.expectedIPs = {QStringLiteral("192.168.0.9")};
    ws.hostEndpoints.append(hep);
    Profile p1;
    p1.meta.name = QStringLiteral("p1");
    p1.labelsToApply = {{QStringLiteral("app"), QStringLiteral("profile")},
        {QStringLiteral("zone"), QStringLiteral("a")}};
    ws.profiles.append(p1);
    NetworkSet set;
    set.meta.name = QStringLiteral("office");
    set.meta.namespace_ = QStringLiteral("prod");
    set.nets = {QStringLiteral("10.0.0.0/16"), QStringLiteral("198.51.100.7")};
    ws.networkSets.append(set);

    const Inventory inv {Workspace(ws)};
    QCOMPARE(inv.objects().size(), 3); // the hostNetwork pod is not an endpoint
    const InventoryObject &api
        = inv.object(inv.findPod(QStringLiteral("prod"), QStringLiteral("api-0")));
    const Labels expected {{QStringLiteral("app"), QStringLiteral("api")},
        {QStringLiteral("projectcalico.org/namespace"), QStringLiteral("prod")},
        {QStringLiteral("projectcalico.org/orchestrator"), QStringLiteral("k8s")},
        {QStringLiteral("projectcalico.org/serviceaccount"), QStringLiteral("api")},
        {QStringLiteral("pcns.env"), QStringLiteral("production")},
        {QStringLiteral("pcns.projectcalico.org/name"), QStringLiteral("prod")},
        // The label the API server gives every namespace.
        {QStringLiteral("pcns.kubernetes.io/metadata.name"), QStringLiteral("prod")},
        {QStringLiteral("pcsa.team"), QStringLiteral("core")},
        {QStringLiteral("pcsa.projectcalico.org/name"), QStringLiteral("api")}};
    QCOMPARE(api.effectiveLabels, expected);
    QCOMPARE(
        api.profiles, (QStringList {QStringLiteral("kns.prod"), QStringLiteral("ksa.prod.api")}));

    const InventoryObject &h = inv.object(inv.findHostEndpoint(QStringLiteral("h")));
    QCOMPARE(
        h.effectiveLabels.value(QStringLiteral("app")), QStringLiteral("own")); // own labels first
    QCOMPARE(h.effectiveLabels.value(QStringLiteral("zone")), QStringLiteral("a"));

    // 10.0.0.1 belongs to the pod and to the network set containing it.
    const QList<int> at = inv.objectsAt(*IpAddress::parse(QStringLiteral("10.0.0.1")));
    QCOMPARE(at.size(), 2);
    QCOMPARE(inv.object(at[0]).kind, ObjectKind::Pod);
    QCOMPARE(inv.object(at[1]).kind, ObjectKind::NetworkSet);
    QCOMPARE(inv.object(at[1]).effectiveLabels.value(QStringLiteral("pcns.env")),
        QStringLiteral("production"));
    QCOMPARE(inv.objectsAt(*IpAddress::parse(QStringLiteral("198.51.100.7"))).size(), 1);
    QVERIFY(inv.objectsAt(*IpAddress::parse(QStringLiteral("198.51.100.8"))).isEmpty());
}

void TestEvalEngine::resolve()
{
    WorkspaceData ws;
    ws.pods.append(
        pod(QStringLiteral("a"), QStringLiteral("web-0"), {}, QStringLiteral("10.0.0.1")));
    WorkloadTemplate w;
    w.meta.name = QStringLiteral("web");
    w.meta.namespace_ = QStringLiteral("a");
    ws.workloads.append(w);
    HostEndpoint hep;
    hep.meta.name = QStringLiteral("h");
    hep.expectedIPs = {QStringLiteral("192.168.0.9")};
    ws.hostEndpoints.append(hep);
    // Minimal resources built in memory, some of which validation refuses: resolving is what is
    // tested, so no validation.
    const PolicyEngine engine {Workspace(ws), Diagnostics {}};
    QCOMPARE(engine.resolve(QStringLiteral("a/web-0"))->display, QStringLiteral("a/web-0"));
    const EndpointRef tmpl = engine.resolve(QStringLiteral("a/web")).value();
    QVERIFY(tmpl.isEndpoint());
    QCOMPARE(engine.inventory().object(tmpl.object).kind, ObjectKind::Workload);
    QCOMPARE(engine.resolve(QStringLiteral("hep:h"))->display, QStringLiteral("hep:h"));
    QCOMPARE(engine.resolve(QStringLiteral("10.0.0.1"))->display, QStringLiteral("a/web-0"));
    QCOMPARE(engine.resolve(QStringLiteral("192.168.0.9"))->display, QStringLiteral("hep:h"));
    const Result<EndpointRef> outside = engine.resolve(QStringLiteral("8.8.8.8"));
    QVERIFY(outside.ok() && !outside->isEndpoint());
    QVERIFY(!engine.resolve(QStringLiteral("a/nothing")).ok());
    QVERIFY(!engine.resolve(QStringLiteral("hep:nothing")).ok());
    QVERIFY(!engine.resolve(QStringLiteral("nonsense")).ok());
}

void TestEvalEngine::traceJsonContract()
{
    // The trace example of docs/semantics.md ("Flows and traces"), reproduced.
    WorkspaceData ws;
    ws.pods.append(pod(QStringLiteral("prod"), QStringLiteral("web-0"),
        {{QStringLiteral("app"), QStringLiteral("web")}}, QStringLiteral("10.0.0.1")));
    ws.pods.append(pod(QStringLiteral("prod"), QStringLiteral("db-0"),
        {{QStringLiteral("app"), QStringLiteral("db")}}, QStringLiteral("10.0.0.2")));
    CalicoPolicy p
        = policy(ResourceKind::NetworkPolicy, QStringLiteral("db-ingress"), QStringLiteral("prod"));
    p.selector = QStringLiteral("app == 'db'");
    Rule r;
    r.action = QStringLiteral("Allow");
    r.protocol = Protocol::fromString(QStringLiteral("TCP"));
    r.source.selector = QStringLiteral("app in {'api'}");
    r.destination.ports = {Port::single(5432)};
    p.ingress = {r};
    ws.policies.append(p);
    const PolicyEngine engine {Workspace(ws)};
    Flow f;
    f.from = QStringLiteral("prod/web-0");
    f.to = QStringLiteral("prod/db-0");
    f.protocol = QStringLiteral("TCP");
    f.port = 5432;
    const QByteArray json = toJson(engine.trace(f));
    const QByteArray expected
        = "{\"from\":\"prod/web-0\",\"to\":\"prod/"
          "db-0\",\"protocol\":\"TCP\",\"port\":5432,\"verdict\":\"deny\","
          "\"egress\":{\"endpoint\":\"prod/"
          "web-0\",\"verdict\":\"allow\",\"steps\":[{\"tier\":\"\",\"policy\":\"kns.prod\","
          "\"kind\":\"Profile\",\"rule\":0,\"action\":\"allow\",\"reason\":\"no policy applies to "
          "prod/web-0 for egress; profile kns.prod rule 0 allows the flow\"}]},"
          "\"ingress\":{\"endpoint\":\"prod/db-0\",\"verdict\":\"deny\",\"steps\":["
          "{\"tier\":\"default\",\"policy\":\"prod/"
          "db-ingress\",\"kind\":\"NetworkPolicy\",\"rule\":-1,"
          "\"action\":\"end-of-tier-deny\",\"reason\":\"policy selects prod/db-0 but no ingress "
          "rule matched: source label app=web is not in {api}\"}]}}";
    QCOMPARE(json, expected);

    Flow bad = f;
    bad.to = QStringLiteral("prod/nothing");
    QVERIFY(toJson(engine.trace(bad)).contains("\"error\":\"unknown endpoint prod/nothing"));
    QCOMPARE(toJson(QList<FlowTrace> {}), QByteArray("[]"));

    // The plain-language text the CLI and the studio share.
    f.sourcePort = 40000;
    const QString text = toText(engine.trace(f));
    QCOMPARE(text,
        QStringLiteral(
            "verdict: deny\n"
            "flow:    prod/web-0 -> prod/db-0 TCP port 5432 from port 40000\n"
            "egress at prod/web-0: allow\n"
            "  - Profile kns.prod, rule 0: allow\n"
            "    no policy applies to prod/web-0 for egress; profile kns.prod rule 0 allows the "
            "flow\n"
            "ingress at prod/db-0: deny\n"
            "  - tier default, NetworkPolicy prod/db-ingress: end of tier: deny\n"
            "    policy selects prod/db-0 but no ingress rule matched: source label app=web is not "
            "in {api}\n"));
    QCOMPARE(toText(engine.trace(bad)),
        QStringLiteral(
            "error:   unknown endpoint prod/nothing (expected namespace/name, hep:name or an IP "
            "address)\n"
            "flow:    prod/web-0 -> prod/nothing TCP port 5432\n"));
    QCOMPARE(actionPhrase(QStringLiteral("would-no-match")),
        QStringLiteral("staged: no rule would match (not enforced)"));
    QCOMPARE(actionPhrase(QStringLiteral("something-new")), QStringLiteral("something-new"));
}

void TestEvalEngine::chainOrder()
{
    WorkspaceData ws;
    ws.pods.append(pod(QStringLiteral("prod"), QStringLiteral("web-0"),
        {{QStringLiteral("app"), QStringLiteral("web")}}, QStringLiteral("10.0.0.1")));
    Tier sec;
    sec.meta.name = QStringLiteral("security");
    sec.order = 10;
    sec.defaultAction = QStringLiteral("Pass");
    ws.tiers.append(sec);
    CalicoPolicy a = policy(ResourceKind::GlobalNetworkPolicy, QStringLiteral("b-last"));
    CalicoPolicy b = policy(ResourceKind::GlobalNetworkPolicy, QStringLiteral("a-unordered"));
    CalicoPolicy c
        = policy(ResourceKind::NetworkPolicy, QStringLiteral("z-first"), QStringLiteral("prod"));
    c.order = 5;
    CalicoPolicy d = policy(ResourceKind::StagedGlobalNetworkPolicy, QStringLiteral("sec"));
    d.tier = QStringLiteral("security");
    CalicoPolicy other
        = policy(ResourceKind::NetworkPolicy, QStringLiteral("elsewhere"), QStringLiteral("dev"));
    ws.policies = {a, b, c, d, other};
    const PolicyEngine engine {Workspace(ws)};
    const EndpointChain chain = engine.chain(engine.resolve(QStringLiteral("prod/web-0"))->object);
    QCOMPARE(chain.ingress.tiers.size(), 2);
    QCOMPARE(chain.ingress.tiers[0].name, QStringLiteral("security"));
    QVERIFY(chain.ingress.tiers[0].stagedOnly);
    QCOMPARE(chain.ingress.tiers[0].defaultAction, QStringLiteral("Pass"));
    QStringList names;
    for (const ChainPolicy &p : chain.ingress.tiers[1].policies)
        names.append(p.name);
    QCOMPARE(names,
        (QStringList {QStringLiteral("prod/z-first"), QStringLiteral("a-unordered"),
            QStringLiteral("b-last")}));
    QVERIFY(chain.egress.tiers.isEmpty());
    QCOMPARE(chain.ingress.profiles.size(), 2);
    QCOMPARE(chain.ingress.profiles[0].name, QStringLiteral("kns.prod"));
    QVERIFY(toJson(chain).startsWith(
        "{\"endpoint\":\"prod/"
        "web-0\",\"kind\":\"Pod\",\"ingress\":{\"tiers\":[{\"name\":\"security\""));
    // docs/semantics.md: "Evaluating a packet at an endpoint": a policy without rules hands on;
    // only the end of a tier with an enforced policy decides; a staged-only tier is skipped.
    QCOMPARE(toText(chain),
        QStringLiteral("prod/web-0 (Pod)\n"
                       "ingress:\n"
                       "  tier security (default action Pass), staged policies only\n"
                       "    StagedGlobalNetworkPolicy sec (staged, not enforced)\n"
                       "      (no rules)\n"
                       "    end of tier: nothing enforced here, on to the next tier\n"
                       "  tier default (default action Deny)\n"
                       "    NetworkPolicy prod/z-first order 5\n"
                       "      (no rules: on to the next policy of the tier)\n"
                       "    GlobalNetworkPolicy a-unordered\n"
                       "      (no rules: on to the next policy of the tier)\n"
                       "    GlobalNetworkPolicy b-last\n"
                       "      (no rules: on to the end of the tier)\n"
                       "    end of tier: what no rule allowed, denied or passed is denied\n"
                       "  profile kns.prod\n"
                       "      [0] Allow\n"
                       "  profile ksa.prod.default\n"
                       "  then deny\n"
                       "egress:\n"
                       "  profile kns.prod\n"
                       "      [0] Allow\n"
                       "  profile ksa.prod.default\n"
                       "  then deny\n"));
}

void TestEvalEngine::parseFlowsErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("path");
    const QByteArray ok = R"("from":"a/b","to":"c/d","protocol":"TCP")";
    QTest::newRow("invalid JSON") << QByteArray("{") << "invalid JSON at offset"
                                  << "";
    QTest::newRow("not an array") << QByteArray("{}") << "expected a JSON array of flows"
                                  << "";
    QTest::newRow("item not an object")
        << QByteArray("[{" + ok + "}, 3]") << "flow 1: expected an object, got a number"
        << "[1]";
    QTest::newRow("missing from") << QByteArray(R"([{"to":"c/d","protocol":"TCP"}])")
                                  << "flow 0: \"from\" is required"
                                  << "[0].from";
    QTest::newRow("missing to") << QByteArray(R"([{"from":"a/b","protocol":"TCP"}])")
                                << "flow 0: \"to\" is required"
                                << "[0].to";
    QTest::newRow("missing protocol") << QByteArray(R"([{"from":"a/b","to":"c/d","port":80}])")
                                      << "flow 0: \"protocol\" is required"
                                      << "[0].protocol";
    QTest::newRow("from not a string")
        << QByteArray(R"([{"from":7,"to":"c/d","protocol":"TCP"}])")
        << "flow 0: \"from\" must be a string (an endpoint REF), got a number"
        << "[0].from";
    QTest::newRow("to empty") << QByteArray(R"([{"from":"a/b","to":" ","protocol":"TCP"}])")
                              << "flow 0: \"to\" must not be empty"
                              << "[0].to";
    QTest::newRow("protocol bool")
        << QByteArray(R"([{"from":"a/b","to":"c/d","protocol":true}])")
        << "flow 0: \"protocol\" must be a name or a number, got a boolean"
        << "[0].protocol";
    QTest::newRow("protocol fraction")
        << QByteArray(R"([{"from":"a/b","to":"c/d","protocol":6.5}])")
        << "flow 0: \"protocol\" must be a whole number from 1 to 255, got 6.5"
        << "[0].protocol";
    QTest::newRow("protocol 0")
        << QByteArray(R"([{"from":"a/b","to":"c/d","protocol":0}])")
        << "flow 0: \"protocol\" must be a whole number from 1 to 255, got 0"
        << "[0].protocol";
    QTest::newRow("port string")
        << QByteArray("[{" + ok + R"(,"port":"80"}])")
        << "flow 0: \"port\" must be a whole number from 0 to 65535, got a string"
        << "[0].port";
    QTest::newRow("port fraction")
        << QByteArray("[{" + ok + "}, {" + ok + R"(,"port":80.5}])")
        << "flow 1: \"port\" must be a whole number from 0 to 65535, got 80.5"
        << "[1].port";
    QTest::newRow("port too big")
        << QByteArray("[{" + ok + R"(,"port":65536}])")
        << "flow 0: \"port\" must be a whole number from 0 to 65535, got 65536"
        << "[0].port";
    QTest::newRow("port negative")
        << QByteArray("[{" + ok + R"(,"port":-1}])")
        << "flow 0: \"port\" must be a whole number from 0 to 65535, got -1"
        << "[0].port";
    QTest::newRow("port huge")
        << QByteArray("[{" + ok + R"(,"port":1e300}])")
        << "flow 0: \"port\" must be a whole number from 0 to 65535, got 1e+300"
        << "[0].port";
    QTest::newRow("sourcePort array")
        << QByteArray("[{" + ok + R"(,"sourcePort":[1]}])")
        << "flow 0: \"sourcePort\" must be a whole number from 0 to 65535, got an array"
        << "[0].sourcePort";
    QTest::newRow("icmpType 256")
        << QByteArray(R"([{"from":"a/b","to":"c/d","protocol":"ICMP","icmpType":256}])")
        << "flow 0: \"icmpType\" must be a whole number from 0 to 255, got 256"
        << "[0].icmpType";
    QTest::newRow("icmpCode alone")
        << QByteArray(R"([{"from":"a/b","to":"c/d","protocol":"ICMP","icmpCode":0}])")
        << "flow 0: \"icmpCode\" needs \"icmpType\""
        << "[0].icmpCode";
    QTest::newRow("unknown key, typo")
        << QByteArray(R"([{"from":"a/b","to":"c/d","protocl":"TCP"}])")
        << "flow 0: \"protocl\" is not a flow field (did you mean \"protocol\"?)"
        << "[0].protocl";
    QTest::newRow("via not a string")
        << QByteArray("[{" + ok + R"(,"via":3}])")
        << "flow 0: \"via\" must be a string (a host endpoint REF, hep:name), got a number"
        << "[0].via";
    QTest::newRow("unknown key")
        << QByteArray("[{" + ok + R"(,"verdict":"allow"}])")
        << "flow 0: \"verdict\" is not a flow field (expected from, to, via, protocol, port, "
           "sourcePort, icmpType, icmpCode)"
        << "[0].verdict";
}

void TestEvalEngine::parseFlowsErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(QString, path);
    const Result<QList<Flow>> flows = parseFlows(json);
    QVERIFY(!flows.ok());
    QVERIFY2(flows.error().message.startsWith(message), qPrintable(flows.error().message));
    QCOMPARE(flows.error().path, path);
}

void TestEvalEngine::parseFlowsValid()
{
    const auto flows = parseFlows(R"([{"from":"a/b","to":"10.0.0.1","protocol":17,"port":53.0},
        {"from":"a/b","to":"c/d","protocol":"ICMP","icmpType":8,"icmpCode":null},
        {"from":"a/b","to":"c/d","protocol":"TCP","port":0,"sourcePort":65535}])");
    QVERIFY2(flows.ok(), qPrintable(flows.ok() ? QString() : flows.error().message));
    QCOMPARE(flows->size(), 3);
    QCOMPARE(parseProtocolNumber(flows->at(0).protocol), std::optional<int>(17));
    QCOMPARE(flows->at(0).port, std::optional<int>(53));
    QCOMPARE(flows->at(1).icmpType, std::optional<int>(8));
    QCOMPARE(flows->at(1).icmpCode, std::optional<int>());
    QCOMPARE(flows->at(2).port, std::optional<int>(0));
    QCOMPARE(flows->at(2).sourcePort, std::optional<int>(65535));
    QCOMPARE(parseProtocolNumber(QStringLiteral("udplite")), std::optional<int>(136));
    QVERIFY(!parseProtocolNumber(QStringLiteral("256")));
}

namespace {

// Namespaces a (3 identical web pods, 1 api pod) and b (1 db pod, isolated from a except api).
WorkspaceData matrixWorkspace()
{
    WorkspaceData ws;
    for (int i = 0; i < 3; ++i)
        ws.pods.append(pod(QStringLiteral("a"), QStringLiteral("web-%1").arg(i),
            {{QStringLiteral("app"), QStringLiteral("web")}},
            QStringLiteral("10.0.0.%1").arg(i + 1)));
    ws.pods.append(pod(QStringLiteral("a"), QStringLiteral("api-0"),
        {{QStringLiteral("app"), QStringLiteral("api")}}, QStringLiteral("10.0.0.10")));
    ws.pods.append(pod(QStringLiteral("b"), QStringLiteral("db-0"),
        {{QStringLiteral("app"), QStringLiteral("db")}}, QStringLiteral("10.0.1.1")));
    CalicoPolicy p = policy(ResourceKind::NetworkPolicy, QStringLiteral("db"), QStringLiteral("b"));
    Rule r;
    r.action = QStringLiteral("Allow");
    r.source.selector = QStringLiteral("app == 'api'");
    r.source.namespaceSelector = QStringLiteral("all()");
    p.ingress = {r};
    ws.policies.append(p);
    return ws;
}

} // namespace

void TestEvalEngine::matrixGroupsAndClasses()
{
    const PolicyEngine engine {Workspace(matrixWorkspace())};
    const ConnectivityMatrix byNs
        = computeMatrix(engine, MatrixGrouping::Namespace, QStringLiteral("TCP"), 80);
    QCOMPARE(byNs.groups.size(), 2);
    QCOMPARE(byNs.groups[0].name, QStringLiteral("a"));
    QCOMPARE(byNs.classes, 3); // the three web pods are indistinguishable
    QCOMPARE(byNs.cells[0][0].verdict, CellVerdict::Allow);
    QCOMPARE(byNs.cells[0][1].verdict, CellVerdict::Partial); // only api-0 reaches db-0
    QCOMPARE(byNs.cells[0][1].allowedPairs, 1);
    QCOMPARE(byNs.cells[0][1].pairs, 4);
    QCOMPARE(byNs.cells[1][0].verdict, CellVerdict::Allow);
    QVERIFY(byNs.evaluations <= 9);
    // b holds db-0 alone: its one pair is db-0 to itself, which no policy sees.
    QCOMPARE(byNs.cells[1][1].pairs, 1);
    QCOMPARE(matrixToCsv(byNs), QStringLiteral("from\\to,a,b\na,allow,partial\nb,allow,allow\n"));
    QVERIFY(
        matrixToJson(byNs).startsWith("{\"by\":\"namespace\",\"protocol\":\"TCP\",\"port\":80,"));
    QVERIFY(matrixToDot(byNs).contains(QStringLiteral("\"a\" -> \"b\" [style=dashed];")));
    QVERIFY(matrixToMarkdown(byNs).contains(QStringLiteral("| a | allow | partial |")));
    QVERIFY(matrixToText(byNs).contains(QStringLiteral("a    A  P")));

    const ConnectivityMatrix byPod
        = computeMatrix(engine, MatrixGrouping::Pod, QStringLiteral("TCP"), 80);
    QCOMPARE(byPod.groups.size(), 5);
    QCOMPARE(byPod.groups[4].name, QStringLiteral("b/db-0"));
    QCOMPARE(byPod.cells[0][4].verdict, CellVerdict::Allow); // a/api-0 -> b/db-0
    QCOMPARE(byPod.cells[1][4].verdict, CellVerdict::Deny); // a/web-0 -> b/db-0
    QCOMPARE(computeMatrix(engine, MatrixGrouping::ServiceAccount).groups.size(), 2);
}

void TestEvalEngine::semanticDiffFlows()
{
    const WorkspaceData beforeData = matrixWorkspace();
    WorkspaceData afterData = beforeData;
    afterData.policies[0].ingress[0].source.selector = QStringLiteral("app == 'web'");
    CalicoPolicy extra = policy(ResourceKind::GlobalNetworkPolicy, QStringLiteral("new"));
    extra.selector = QStringLiteral("app == 'nothing'");
    afterData.policies.append(extra);
    const PolicyEngine before {Workspace(beforeData)};
    const PolicyEngine after {Workspace(afterData)};
    DiffOptions options;
    options.probes = {{QStringLiteral("TCP"), 80}};
    const SemanticDiff diff = semanticDiff(before, after, options);
    QCOMPARE(diff.policies.size(), 2);
    QCOMPARE(diff.policies[0].type, PolicyChange::Type::Changed);
    QCOMPARE(diff.policies[0].fields, QStringList {QStringLiteral("ingress")});
    QCOMPARE(diff.policies[1].type, PolicyChange::Type::Added);
    QCOMPARE(diff.flows.size(), 2);
    for (const FlowChange &f : diff.flows) {
        QCOMPARE(f.to, QStringLiteral("b/db-0"));
        if (f.from == u"a/api-0") {
            QCOMPARE(f.before, Verdict::Allow);
            QCOMPARE(f.after, Verdict::Deny);
        } else {
            QCOMPARE(f.before, Verdict::Deny);
            QCOMPARE(f.after, Verdict::Allow);
            QCOMPARE(f.endpointPairs, 3); // the three web pods, one class
        }
    }
    QVERIFY(diffToText(diff).contains(QStringLiteral("~ NetworkPolicy b/db (ingress)")));
    QVERIFY(diffToJson(diff).contains(
        "\"change\":\"added\",\"kind\":\"GlobalNetworkPolicy\",\"name\":\"new\""));
    QVERIFY(semanticDiff(before, before).isEmpty());
}

// Traffic with the outside world is compared too: one address per range either workspace's
// rules tell apart. Narrowing api's egress from 192.0.2.0/24 to 192.0.2.0/25 denies the upper
// half only; dropping db's rule for 198.51.100.0/24 denies that range's traffic to db-0.
void TestEvalEngine::semanticDiffOutside()
{
    WorkspaceData beforeData = matrixWorkspace();
    CalicoPolicy out
        = policy(ResourceKind::NetworkPolicy, QStringLiteral("out"), QStringLiteral("a"));
    out.selector = QStringLiteral("app == 'api'");
    out.types = {QStringLiteral("Egress")};
    Rule toNet;
    toNet.action = QStringLiteral("Allow");
    toNet.destination.nets = {QStringLiteral("192.0.2.0/24")};
    out.egress = {toNet};
    beforeData.policies.append(out);
    Rule fromNet;
    fromNet.action = QStringLiteral("Allow");
    fromNet.source.nets = {QStringLiteral("198.51.100.0/24")};
    beforeData.policies[0].ingress.append(fromNet);
    WorkspaceData afterData = beforeData;
    afterData.policies[1].egress[0].destination.nets = {QStringLiteral("192.0.2.0/25")};
    afterData.policies[0].ingress.removeLast();
    const PolicyEngine before {Workspace(beforeData)};
    const PolicyEngine after {Workspace(afterData)};
    DiffOptions options;
    options.probes = {{QStringLiteral("TCP"), 80}};
    const SemanticDiff diff = semanticDiff(before, after, options);
    QCOMPARE(diff.flows.size(), 2);
    const IpNetwork upper = *IpNetwork::parseCidr(u"192.0.2.128/25");
    const IpNetwork partners = *IpNetwork::parseCidr(u"198.51.100.0/24");
    const FlowChange &egress = diff.flows[0];
    QCOMPARE(egress.from, QStringLiteral("a/api-0"));
    const std::optional<IpAddress> to = IpAddress::parse(egress.to);
    QVERIFY2(to && upper.contains(*to), qPrintable(egress.to));
    QCOMPARE(egress.before, Verdict::Allow);
    QCOMPARE(egress.after, Verdict::Deny);
    QCOMPARE(egress.endpointPairs, 1);
    const FlowChange &ingress = diff.flows[1];
    const std::optional<IpAddress> from = IpAddress::parse(ingress.from);
    QVERIFY2(from && partners.contains(*from), qPrintable(ingress.from));
    QCOMPARE(ingress.to, QStringLiteral("b/db-0"));
    QCOMPARE(ingress.before, Verdict::Allow);
    QCOMPARE(ingress.after, Verdict::Deny);
    // Each address is really in the range it stands for, in both workspaces: the trace agrees.
    for (const FlowChange &f : diff.flows) {
        Flow flow;
        flow.from = f.from;
        flow.to = f.to;
        flow.protocol = f.protocol;
        flow.port = f.port;
        QCOMPARE(before.trace(flow).verdict, f.before);
        QCOMPARE(after.trace(flow).verdict, f.after);
    }
}

QTEST_GUILESS_MAIN(TestEvalEngine)
#include "tst_evalengine.moc"
