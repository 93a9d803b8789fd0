// Kubernetes NetworkPolicy → Calico conversion (docs/semantics.md: "Kubernetes NetworkPolicy",
// Calico's conversion.go).

#include <QTest>

#include "core/kube/kubeconvert.h"
#include "core/kube/workspaceconversion.h"

using namespace ps;

namespace {

LabelSelector labels(std::initializer_list<std::pair<const char *, const char *>> kv)
{
    LabelSelector s;
    for (const auto &[k, v] : kv)
        s.matchLabels.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    return s;
}

LabelSelectorRequirement expr(const char *key, const char *op, QStringList values = {})
{
    return LabelSelectorRequirement {QString::fromUtf8(key), QString::fromUtf8(op), values};
}

K8sPort tcp(int port)
{
    return K8sPort {QString(), port, QString(), std::nullopt};
}
K8sPort proto(const char *protocol, int port)
{
    return K8sPort {QString::fromUtf8(protocol), port, QString(), std::nullopt};
}
K8sPort named(const char *name)
{
    return K8sPort {QString(), std::nullopt, QString::fromUtf8(name), std::nullopt};
}
K8sPort range(int from, int to)
{
    return K8sPort {QString(), from, QString(), to};
}

K8sPeer podPeer(LabelSelector s)
{
    return K8sPeer {s, std::nullopt, std::nullopt};
}
K8sPeer nsPeer(LabelSelector s)
{
    return K8sPeer {std::nullopt, s, std::nullopt};
}
K8sPeer blockPeer(const char *cidr, QStringList except = {})
{
    return K8sPeer {std::nullopt, std::nullopt, IpBlock {QString::fromUtf8(cidr), except}};
}

KubernetesNetworkPolicy policy(
    QList<K8sRule> ingress = {}, QList<K8sRule> egress = {}, QStringList types = {})
{
    KubernetesNetworkPolicy p;
    p.meta.name = QStringLiteral("web");
    p.meta.namespace_ = QStringLiteral("prod");
    p.podSelector = labels({{"app", "web"}});
    p.ingress = ingress;
    p.egress = egress;
    p.policyTypes = types;
    return p;
}

QStringList portStrings(const QList<Port> &ports)
{
    QStringList out;
    for (const Port &p : ports)
        out << p.toString();
    return out;
}

QString protocolText(const Rule &r)
{
    return r.protocol ? r.protocol->toString() : QString();
}

const QString kOrch = QStringLiteral("projectcalico.org/orchestrator == 'k8s'");

} // namespace

class TestKubeConvert : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selectorText_data();
    void selectorText();
    void policyShape();
    void types_data();
    void types();
    void naming();
    void staged();
    void noPortsNoPeers();
    void portGrouping_data();
    void portGrouping();
    void peers();
    void ipBlock_data();
    void ipBlock();
    void egressRule();
    void rulesPerProtocolAndPeer();
    void droppedRule();
    void asCalico();
    void wholeWorkspace();
};

void TestKubeConvert::selectorText_data()
{
    QTest::addColumn<LabelSelector>("selector");
    QTest::addColumn<bool>("forPods");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty pod selector") << LabelSelector {} << true << kOrch;
    QTest::newRow("empty namespace selector")
        << LabelSelector {} << false << QStringLiteral("all()");
    QTest::newRow("matchLabels sorted")
        << labels({{"role", "db"}, {"app", "web"}}) << true
        << kOrch + QStringLiteral(" && app == 'web' && role == 'db'");
    QTest::newRow("namespace labels")
        << labels({{"team", "a"}}) << false << QStringLiteral("team == 'a'");
    LabelSelector exprs;
    exprs.matchExpressions = {expr("tier", "In", {QStringLiteral("a"), QStringLiteral("b")}),
        expr("env", "NotIn", {QStringLiteral("dev")}), expr("x", "Exists"),
        expr("y", "DoesNotExist")};
    QTest::newRow("expressions in order") << exprs << true
                                          << kOrch
            + QStringLiteral(" && tier in { 'a', 'b' } && env not in { 'dev' } && has(x)"
                             " && ! has(y)");
    LabelSelector mixed = labels({{"b", "2"}, {"a", "1"}});
    mixed.matchExpressions = {expr("c", "Exists")};
    QTest::newRow("labels before expressions")
        << mixed << false << QStringLiteral("a == '1' && b == '2' && has(c)");
    LabelSelector unknownOp;
    unknownOp.matchExpressions = {expr("c", "Gt", {QStringLiteral("1")})};
    QTest::newRow("unknown operator skipped") << unknownOp << true << kOrch;
}

void TestKubeConvert::selectorText()
{
    QFETCH(LabelSelector, selector);
    QFETCH(bool, forPods);
    QFETCH(QString, expected);
    QCOMPARE(kubernetesSelectorToCalico(selector, forPods), expected);
}

void TestKubeConvert::policyShape()
{
    KubernetesNetworkPolicy k = policy();
    k.meta.uid = QStringLiteral("1234");
    k.meta.labels.insert(QStringLiteral("x"), QStringLiteral("y"));
    const KubeConversion c = convertKubernetesPolicy(k);
    QVERIFY(c.diagnostics.isEmpty());
    QCOMPARE(c.policy.kind, ResourceKind::KubernetesNetworkPolicy);
    QCOMPARE(c.policy.meta.name, QStringLiteral("web"));
    QCOMPARE(c.policy.meta.namespace_, QStringLiteral("prod"));
    QCOMPARE(c.policy.meta.uid, QStringLiteral("1234"));
    QVERIFY(c.policy.meta.labels.isEmpty());
    QCOMPARE(c.policy.tier, QStringLiteral("default"));
    QVERIFY(c.policy.order.has_value());
    QCOMPARE(*c.policy.order, 1000.0);
    QCOMPARE(c.policy.selector, kOrch + QStringLiteral(" && app == 'web'"));
    QCOMPARE(c.policy.types, QStringList {QStringLiteral("Ingress")});
    QVERIFY(c.policy.ingress.isEmpty());
    QVERIFY(c.policy.egress.isEmpty());
    QVERIFY(c.policy.stagedAction.isEmpty());
}

void TestKubeConvert::types_data()
{
    QTest::addColumn<QStringList>("policyTypes");
    QTest::addColumn<bool>("egressRules");
    QTest::addColumn<QStringList>("expected");
    const QString in = QStringLiteral("Ingress");
    const QString eg = QStringLiteral("Egress");
    QTest::newRow("none") << QStringList {} << false << QStringList {in};
    // The Kubernetes API server's default: Egress too when there are egress rules.
    QTest::newRow("none, egress rules add Egress")
        << QStringList {} << true << QStringList {in, eg};
    QTest::newRow("ingress") << QStringList {in} << false << QStringList {in};
    QTest::newRow("egress") << QStringList {eg} << true << QStringList {eg};
    QTest::newRow("both, reversed") << QStringList {eg, in} << true << QStringList {in, eg};
    QTest::newRow("unknown ignored")
        << QStringList {QStringLiteral("ingress")} << false << QStringList {in};
}

void TestKubeConvert::types()
{
    QFETCH(QStringList, policyTypes);
    QFETCH(bool, egressRules);
    QFETCH(QStringList, expected);
    KubernetesNetworkPolicy k
        = policy({}, egressRules ? QList<K8sRule> {K8sRule {}} : QList<K8sRule> {}, policyTypes);
    const KubeConversion c = convertKubernetesPolicy(k);
    QCOMPARE(c.policy.types, expected);
    QCOMPARE(c.policy.egress.size(), egressRules ? 1 : 0);
}

void TestKubeConvert::naming()
{
    QCOMPARE(convertKubernetesPolicy(policy(), KnpNaming::Current).policy.meta.name,
        QStringLiteral("web"));
    QCOMPARE(convertKubernetesPolicy(policy(), KnpNaming::Legacy).policy.meta.name,
        QStringLiteral("knp.default.web"));
    QCOMPARE(convertKubernetesPolicy(policy(), KnpNaming::Legacy).policy.kind,
        ResourceKind::KubernetesNetworkPolicy);
}

void TestKubeConvert::staged()
{
    KubernetesNetworkPolicy k = policy({K8sRule {}});
    k.staged = true;
    KubeConversion c = convertKubernetesPolicy(k);
    QCOMPARE(c.policy.kind, ResourceKind::StagedKubernetesNetworkPolicy);
    QCOMPARE(c.policy.stagedAction, QStringLiteral("Set"));
    QVERIFY(c.policy.isStaged());
    k.stagedAction = QStringLiteral("Learn");
    c = convertKubernetesPolicy(k, KnpNaming::Legacy);
    QCOMPARE(c.policy.stagedAction, QStringLiteral("Learn"));
    QCOMPARE(c.policy.meta.name, QStringLiteral("knp.default.web"));
}

void TestKubeConvert::noPortsNoPeers()
{
    const KubeConversion c = convertKubernetesPolicy(policy({K8sRule {}}));
    QCOMPARE(c.policy.ingress.size(), 1);
    const Rule &r = c.policy.ingress[0];
    QCOMPARE(r.action, QStringLiteral("Allow"));
    QVERIFY(!r.protocol);
    QVERIFY(r.source.isEmpty());
    QVERIFY(r.destination.isEmpty());
}

void TestKubeConvert::portGrouping_data()
{
    QTest::addColumn<QList<K8sPort>>("ports");
    // One entry per resulting rule: "PROTOCOL:port,port" (no ports after the colon = all).
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("missing protocol is TCP")
        << QList<K8sPort> {tcp(80)} << QStringList {QStringLiteral("TCP:80")};
    QTest::newRow("endPort is a range")
        << QList<K8sPort> {range(8000, 9000)} << QStringList {QStringLiteral("TCP:8000:9000")};
    QTest::newRow("empty entry is TCP, all ports")
        << QList<K8sPort> {K8sPort {}} << QStringList {QStringLiteral("TCP:")};
    QTest::newRow("all ports wins over specific ports")
        << QList<K8sPort> {tcp(80), K8sPort {}, tcp(443)} << QStringList {QStringLiteral("TCP:")};
    QTest::newRow("protocol-only entry is all ports of that protocol")
        << QList<K8sPort> {proto("UDP", 53),
               K8sPort {QStringLiteral("UDP"), std::nullopt, {}, std::nullopt}}
        << QStringList {QStringLiteral("UDP:")};
    QTest::newRow("groups sorted by protocol")
        << QList<K8sPort> {proto("UDP", 53), tcp(80), proto("SCTP", 9)}
        << QStringList {
               QStringLiteral("SCTP:9"), QStringLiteral("TCP:80"), QStringLiteral("UDP:53")};
    QTest::newRow("simplify: the documented example") << QList<K8sPort> {tcp(80), tcp(81), tcp(82),
        tcp(9090), named("foo")} << QStringList {QStringLiteral("TCP:foo,80:82,9090")};
    QTest::newRow("simplify: sorted, deduplicated, coalesced") << QList<K8sPort> {tcp(443), tcp(80),
        tcp(80), range(81, 83), tcp(84)} << QStringList {QStringLiteral("TCP:80:84,443")};
    QTest::newRow("simplify: one numeric port keeps the input order")
        << QList<K8sPort> {tcp(80), named("http")} << QStringList {QStringLiteral("TCP:80,http")};
    QTest::newRow("simplify: a range counts its ports") << QList<K8sPort> {
        named("http"), range(10, 11)} << QStringList {QStringLiteral("TCP:http,10:11")};
    QTest::newRow("named ports only")
        << QList<K8sPort> {named("b"), named("a")} << QStringList {QStringLiteral("TCP:b,a")};
    QTest::newRow("per-protocol simplification") << QList<K8sPort> {proto("UDP", 54), tcp(22),
        proto("UDP", 53)} << QStringList {QStringLiteral("TCP:22"), QStringLiteral("UDP:53:54")};
    QTest::newRow("all TCP and specific UDP") << QList<K8sPort> {K8sPort {},
        proto("UDP", 53)} << QStringList {QStringLiteral("TCP:"), QStringLiteral("UDP:53")};
}

void TestKubeConvert::portGrouping()
{
    QFETCH(QList<K8sPort>, ports);
    QFETCH(QStringList, expected);
    const KubeConversion c = convertKubernetesPolicy(policy({K8sRule {ports, {}}}));
    QVERIFY2(c.diagnostics.isEmpty(), qPrintable(c.diagnostics.value(0).toString()));
    QStringList got;
    for (const Rule &r : c.policy.ingress) {
        QVERIFY(r.source.isEmpty());
        got << protocolText(r) + u':' + portStrings(r.destination.ports).join(QStringLiteral(","));
    }
    QCOMPARE(got, expected);
    // A single numeric port is written back as a number, a range as "min:max".
    for (const Rule &r : c.policy.ingress) {
        for (const Port &p : r.destination.ports)
            QCOMPARE(p.serialisesAsNumber(), !p.isNamed() && p.min() == p.max());
    }
}

void TestKubeConvert::peers()
{
    K8sPeer both {labels({{"app", "api"}}), labels({{"team", "a"}}), std::nullopt};
    const KubeConversion c = convertKubernetesPolicy(policy({K8sRule {{},
        {podPeer(labels({{"app", "api"}})), nsPeer(LabelSelector {}), both,
            nsPeer(labels({{"team", "b"}}))}}}));
    QCOMPARE(c.policy.ingress.size(), 4);
    QCOMPARE(c.policy.ingress[0].source.selector, kOrch + QStringLiteral(" && app == 'api'"));
    QCOMPARE(c.policy.ingress[0].source.namespaceSelector, QString());
    // A nil podSelector still gives the orchestrator term; {} namespaces are all().
    QCOMPARE(c.policy.ingress[1].source.selector, kOrch);
    QCOMPARE(c.policy.ingress[1].source.namespaceSelector, QStringLiteral("all()"));
    QCOMPARE(c.policy.ingress[2].source.selector, kOrch + QStringLiteral(" && app == 'api'"));
    QCOMPARE(c.policy.ingress[2].source.namespaceSelector, QStringLiteral("team == 'a'"));
    QCOMPARE(c.policy.ingress[3].source.namespaceSelector, QStringLiteral("team == 'b'"));
    for (const Rule &r : c.policy.ingress) {
        QVERIFY(r.destination.isEmpty());
        QVERIFY(r.source.nets.isEmpty());
    }
}

void TestKubeConvert::ipBlock_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QStringList>("except");
    QTest::addColumn<QStringList>("nets");
    QTest::addColumn<QStringList>("notNets");
    QTest::addColumn<int>("diagnostics");

    QTest::newRow("cidr with except")
        << QStringLiteral("10.0.0.0/8")
        << QStringList {QStringLiteral("10.1.0.0/16"), QStringLiteral("10.2.0.0/16")}
        << QStringList {QStringLiteral("10.0.0.0/8")}
        << QStringList {QStringLiteral("10.1.0.0/16"), QStringLiteral("10.2.0.0/16")} << 0;
    QTest::newRow("host bits normalised")
        << QStringLiteral("10.0.0.1/8") << QStringList {QStringLiteral("10.1.2.3/16")}
        << QStringList {QStringLiteral("10.0.0.0/8")} << QStringList {QStringLiteral("10.1.0.0/16")}
        << 0;
    QTest::newRow("ipv6 normalised")
        << QStringLiteral("2001:DB8:0:0::1/32") << QStringList {}
        << QStringList {QStringLiteral("2001:db8::/32")} << QStringList {} << 0;
    QTest::newRow("catch-all") << QStringLiteral("0.0.0.0/0") << QStringList {}
                               << QStringList {QStringLiteral("0.0.0.0/0")} << QStringList {} << 0;
    QTest::newRow("unparseable cidr: unconstrained peer")
        << QStringLiteral("10.0.0.0") << QStringList {QStringLiteral("10.1.0.0/16")}
        << QStringList {} << QStringList {} << 1;
    QTest::newRow("bad except keeps what came before")
        << QStringLiteral("10.0.0.0/8")
        << QStringList {QStringLiteral("10.1.0.0/16"), QStringLiteral("nonsense"),
               QStringLiteral("10.3.0.0/16")}
        << QStringList {QStringLiteral("10.0.0.0/8")} << QStringList {QStringLiteral("10.1.0.0/16")}
        << 1;
}

void TestKubeConvert::ipBlock()
{
    QFETCH(QString, cidr);
    QFETCH(QStringList, except);
    QFETCH(QStringList, nets);
    QFETCH(QStringList, notNets);
    QFETCH(int, diagnostics);
    const KubeConversion c = convertKubernetesPolicy(policy(
        {K8sRule {{tcp(443)}, {K8sPeer {std::nullopt, std::nullopt, IpBlock {cidr, except}}}}}));
    QCOMPARE(c.diagnostics.size(), diagnostics);
    QCOMPARE(c.policy.ingress.size(), 1);
    const Rule &r = c.policy.ingress[0];
    QCOMPARE(r.source.nets, nets);
    QCOMPARE(r.source.notNets, notNets);
    QVERIFY(r.source.selector.isEmpty());
    QVERIFY(r.source.namespaceSelector.isEmpty());
    QCOMPARE(portStrings(r.destination.ports), QStringList {QStringLiteral("443")});
    if (diagnostics > 0) {
        QVERIFY(
            c.diagnostics[0].path.startsWith(QStringLiteral("spec.ingress[0].from[0].ipBlock")));
        QCOMPARE(c.diagnostics[0].severity, Severity::Error);
    }
}

void TestKubeConvert::egressRule()
{
    const KubeConversion c = convertKubernetesPolicy(policy({},
        {K8sRule {{proto("UDP", 53)}, {blockPeer("10.96.0.0/12"), podPeer(labels({{"k", "v"}}))}}},
        {QStringLiteral("Egress")}));
    QCOMPARE(c.policy.types, QStringList {QStringLiteral("Egress")});
    QCOMPARE(c.policy.egress.size(), 2);
    const Rule &toNet = c.policy.egress[0];
    QCOMPARE(protocolText(toNet), QStringLiteral("UDP"));
    QVERIFY(toNet.source.isEmpty());
    QCOMPARE(toNet.destination.nets, QStringList {QStringLiteral("10.96.0.0/12")});
    QCOMPARE(portStrings(toNet.destination.ports), QStringList {QStringLiteral("53")});
    const Rule &toPods = c.policy.egress[1];
    QCOMPARE(toPods.destination.selector, kOrch + QStringLiteral(" && k == 'v'"));
    QCOMPARE(portStrings(toPods.destination.ports), QStringList {QStringLiteral("53")});
}

void TestKubeConvert::rulesPerProtocolAndPeer()
{
    const KubeConversion c = convertKubernetesPolicy(policy({K8sRule {{proto("UDP", 53), tcp(53)},
        {podPeer(labels({{"a", "1"}})), podPeer(labels({{"b", "2"}}))}}}));
    QCOMPARE(c.policy.ingress.size(), 4);
    QCOMPARE(protocolText(c.policy.ingress[0]), QStringLiteral("TCP"));
    QCOMPARE(c.policy.ingress[0].source.selector, kOrch + QStringLiteral(" && a == '1'"));
    QCOMPARE(protocolText(c.policy.ingress[1]), QStringLiteral("TCP"));
    QCOMPARE(c.policy.ingress[1].source.selector, kOrch + QStringLiteral(" && b == '2'"));
    QCOMPARE(protocolText(c.policy.ingress[2]), QStringLiteral("UDP"));
    QCOMPARE(c.policy.ingress[2].source.selector, kOrch + QStringLiteral(" && a == '1'"));
    QCOMPARE(protocolText(c.policy.ingress[3]), QStringLiteral("UDP"));
}

void TestKubeConvert::droppedRule()
{
    K8sPort namedRange = named("http");
    namedRange.endPort = 90;
    const KubeConversion c = convertKubernetesPolicy(
        policy({K8sRule {{tcp(80)}, {}}, K8sRule {{tcp(81), namedRange}, {}},
            K8sRule {{range(90, 80)}, {}}, K8sRule {{tcp(70000)}, {}}, K8sRule {{tcp(82)}, {}}}));
    QCOMPARE(c.policy.ingress.size(), 2);
    QCOMPARE(
        portStrings(c.policy.ingress[0].destination.ports), QStringList {QStringLiteral("80")});
    QCOMPARE(
        portStrings(c.policy.ingress[1].destination.ports), QStringList {QStringLiteral("82")});
    QCOMPARE(c.diagnostics.size(), 3);
    QCOMPARE(c.diagnostics[0].path, QStringLiteral("spec.ingress[1].ports[1]"));
    QVERIFY(c.diagnostics[0].message.contains(QStringLiteral("http:90")));
    QCOMPARE(c.diagnostics[1].path, QStringLiteral("spec.ingress[2].ports[0]"));
    QCOMPARE(c.diagnostics[2].path, QStringLiteral("spec.ingress[3].ports[0]"));
}

void TestKubeConvert::asCalico()
{
    KubernetesNetworkPolicy withIdentity = policy({K8sRule {}});
    withIdentity.meta.uid = QStringLiteral("6b1f");
    withIdentity.meta.resourceVersion = QStringLiteral("42");
    const KubeConversion c = convertKubernetesPolicy(withIdentity, KnpNaming::Legacy);
    QCOMPARE(c.policy.meta.resourceVersion, QStringLiteral("42"));
    const CalicoPolicy np = asCalicoNetworkPolicy(c.policy);
    QVERIFY(np.meta.uid.isEmpty());
    QVERIFY(np.meta.resourceVersion.isEmpty());
    QCOMPARE(np.meta.namespace_, QStringLiteral("prod"));
    QCOMPARE(np.kind, ResourceKind::NetworkPolicy);
    QCOMPARE(np.meta.name, QStringLiteral("knp.default.web"));
    QCOMPARE(np.ingress, c.policy.ingress);
    QCOMPARE(np.selector, c.policy.selector);
    QVERIFY(np.stagedAction.isEmpty());

    KubernetesNetworkPolicy k = policy();
    k.staged = true;
    k.stagedAction = QStringLiteral("Delete");
    const CalicoPolicy snp = asCalicoNetworkPolicy(convertKubernetesPolicy(k).policy);
    QCOMPARE(snp.kind, ResourceKind::StagedNetworkPolicy);
    QCOMPARE(snp.stagedAction, QStringLiteral("Delete"));
    QCOMPARE(snp.tier, QStringLiteral("default"));
}

void TestKubeConvert::wholeWorkspace()
{
    WorkspaceData data;
    KubernetesNetworkPolicy web = policy({K8sRule {{tcp(80)}, {}}, K8sRule {{tcp(70000)}, {}}});
    KubernetesNetworkPolicy db = policy();
    db.meta.name = QStringLiteral("db");
    db.staged = true;
    data.kubernetesPolicies = {web, db};
    data.policies.append(asCalicoNetworkPolicy(convertKubernetesPolicy(policy()).policy));
    data.namespaces.append(Namespace {});
    const Workspace workspace(std::move(data));

    const WorkspaceConversion c = convertKubernetesPolicies(workspace, KnpNaming::Legacy);
    QCOMPARE(c.sources, 2);
    QCOMPARE(c.ignored, 2); // the Calico policy and the namespace
    // Each policy as convertKubernetesPolicy() and asCalicoNetworkPolicy() make it, in order.
    QCOMPARE(c.converted.resourceCount(), 2);
    QCOMPARE(c.converted->policies.at(0),
        asCalicoNetworkPolicy(convertKubernetesPolicy(web, KnpNaming::Legacy).policy));
    QCOMPARE(c.converted->policies.at(1),
        asCalicoNetworkPolicy(convertKubernetesPolicy(db, KnpNaming::Legacy).policy));
    QCOMPARE(c.converted->policies.at(1).kind, ResourceKind::StagedNetworkPolicy);
    QCOMPARE(c.diagnostics, convertKubernetesPolicy(web, KnpNaming::Legacy).diagnostics);
    QCOMPARE(c.diagnostics.size(), 1);

    const WorkspaceConversion none = convertKubernetesPolicies(Workspace(), KnpNaming::Current);
    QCOMPARE(none.sources, 0);
    QCOMPARE(none.ignored, 0);
    QCOMPARE(none.converted.resourceCount(), 0);
}

QTEST_GUILESS_MAIN(TestKubeConvert)
#include "tst_kubeconvert.moc"
