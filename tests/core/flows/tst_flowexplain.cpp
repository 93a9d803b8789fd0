// core/flows explain and replay against the demo workspace with the shop namespace of
// tests/fixtures/flows/workspace: every end kind resolved (pods by name, aggregated workloads
// by generateName, by name, by their workload template; network sets; host endpoints by node;
// pub/pvt with and without an address) or refused with its reason (aggregation level, unknown
// name, another namespace or cluster); every fixture format explained with the same verdicts,
// each group's trace being the engine's own; a log written by another policy set flagged as
// drift with what differs; replay results checked against the engine's traces of both
// workspaces; progress and cancel.

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/flows/allowchange.h"
#include "core/flows/flowexplain.h"
#include "core/flows/flowreplay.h"
#include "core/io/loader.h"
#include "core/model/calicoversion.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return test::fixturePath(QStringLiteral("flows/") + name);
}

Workspace shopWorkspace()
{
    return Loader()
        .loadPaths({test::projectPath(u"resources/demo"), fixture(QStringLiteral("workspace"))})
        .workspace;
}

const PolicyEngine &engine()
{
    static const PolicyEngine e(shopWorkspace());
    return e;
}

FlowExplanation explainFile(const QString &name, const FlowExplainOptions &options = {})
{
    FlowLogReader reader;
    if (!reader.open(fixture(name)))
        qWarning("cannot open %s", qPrintable(name));
    return explainFlowLog(engine(), reader, options);
}

FlowEnd end(
    FlowEndKind kind, const char *ns, const char *name, const char *aggregated, const char *ip = "")
{
    FlowEnd e;
    e.kind = kind;
    e.namespace_ = QString::fromUtf8(ns);
    e.name = QString::fromUtf8(name);
    e.aggregated = QString::fromUtf8(aggregated);
    e.ip = QString::fromUtf8(ip);
    return e;
}

} // namespace

Q_DECLARE_METATYPE(ps::FlowEnd)

class TestFlowExplain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resolveEnd_data();
    void resolveEnd();
    void explainEveryFormat_data();
    void explainEveryFormat();
    void groupsAreTheEnginesTraces();
    void driftIsFlagged();
    void clusterOption();
    void recordsAreGrouped();
    void replayAgainstEdit();
    void replayStaged();
    void progressAndCancel();
    void smallestChange_data();
    void smallestChange();
    void noChangeForAllowedOrKubernetes();
    void adminTierHitsMatch_data();
    void adminTierHitsMatch();
};

void TestFlowExplain::resolveEnd_data()
{
    QTest::addColumn<FlowEnd>("end");
    QTest::addColumn<bool>("resolved");
    QTest::addColumn<QString>("ref"); // or the reason's words when not resolved
    QTest::addColumn<bool>("approximate");
    using K = FlowEndKind;
    // Pods.
    QTest::newRow("pod full name (level 0-1)")
        << end(K::Workload, "shop", "frontend-7c9d8f6b5-q8w4z", "frontend-7c9d8f6b5-*") << true
        << QStringLiteral("shop/frontend-7c9d8f6b5-q8w4z") << false;
    QTest::newRow("bare pod, aggregated = its name")
        << end(K::Workload, "qa", "", "qa-tester-0") << true << QStringLiteral("qa/qa-tester-0")
        << false;
    QTest::newRow("gone pod, siblings by generateName")
        << end(K::Workload, "shop", "frontend-7c9d8f6b5-gone1", "frontend-7c9d8f6b5-*") << true
        << QStringLiteral("shop/frontend-7c9d8f6b5-q8w4z") << true;
    QTest::newRow("unknown pod full name")
        << end(K::Workload, "qa", "qa-tester-9", "qa-tester-9") << false
        << QStringLiteral("no pod qa/qa-tester-9") << false;
    // Aggregated workloads (level 2).
    QTest::newRow("aggregated by generateName, two pods")
        << end(K::Workload, "shop", "", "frontend-7c9d8f6b5-*") << true
        << QStringLiteral("shop/frontend-7c9d8f6b5-q8w4z") << true;
    QTest::newRow("aggregated by pod name (no generateName)")
        << end(K::Workload, "shop", "", "checkout-5f6d7c8b9-*") << true
        << QStringLiteral("shop/checkout-5f6d7c8b9-x7k2p") << false;
    QTest::newRow("aggregated by workload template (StatefulSet)")
        << end(K::Workload, "shop", "", "cache-*") << true << QStringLiteral("shop/cache") << true;
    QTest::newRow("aggregated, nothing matches")
        << end(K::Workload, "shop", "", "payments-api-6b8c9d7f4-*") << false
        << QStringLiteral("aggregation level") << false;
    QTest::newRow("prefix must not over-match")
        << end(K::Workload, "shop", "", "frontend-*") << false
        << QStringLiteral("no pod or workload") << false;
    QTest::newRow("another cluster's namespace")
        << end(K::Workload, "billing", "", "invoicer-6d5c4b3a2-*") << false
        << QStringLiteral("different cluster") << false;
    // Network sets.
    QTest::newRow("network set with logged address")
        << end(K::NetworkSet, "shop", "legacy-db", "legacy-db", "10.50.4.20") << true
        << QStringLiteral("10.50.4.20") << false;
    QTest::newRow("network set, no address") << end(K::NetworkSet, "shop", "", "legacy-db") << true
                                             << QStringLiteral("10.50.4.0") << true;
    QTest::newRow("global network set /32")
        << end(K::NetworkSet, "", "", "corp-dns") << true << QStringLiteral("192.0.2.53") << false;
    QTest::newRow("unknown network set") << end(K::NetworkSet, "shop", "", "old-db") << false
                                         << QStringLiteral("no network set shop/old-db") << false;
    // Host endpoints.
    QTest::newRow("hep by resource name") << end(K::HostEndpoint, "", "worker-1-eth0", "worker-1")
                                          << true << QStringLiteral("hep:worker-1-eth0") << false;
    QTest::newRow("hep by node (level 2)") << end(K::HostEndpoint, "", "", "worker-1") << true
                                           << QStringLiteral("hep:worker-1-eth0") << false;
    QTest::newRow("node without hep")
        << end(K::HostEndpoint, "", "", "worker-2") << false
        << QStringLiteral("node worker-2 has no host endpoint") << false;
    // Networks.
    QTest::newRow("pub with address") << end(K::Network, "", "", "pub", "203.0.113.50") << true
                                      << QStringLiteral("203.0.113.50") << false;
    QTest::newRow("pub without address")
        << end(K::Network, "", "", "pub") << true << QStringLiteral("203.0.113.1") << true;
    QTest::newRow("pvt without address")
        << end(K::Network, "", "", "pvt") << true << QStringLiteral("10.255.255.254") << true;
    // Whisker: no type.
    QTest::newRow("whisker pod") << end(K::Unknown, "shop", "", "frontend-7c9d8f6b5-*") << true
                                 << QStringLiteral("shop/frontend-7c9d8f6b5-q8w4z") << true;
    QTest::newRow("whisker network set")
        << end(K::Unknown, "shop", "", "legacy-db") << true << QStringLiteral("10.50.4.0") << true;
    QTest::newRow("whisker node") << end(K::Unknown, "", "", "worker-1") << true
                                  << QStringLiteral("hep:worker-1-eth0") << false;
    QTest::newRow("whisker global set")
        << end(K::Unknown, "", "", "corp-dns") << true << QStringLiteral("192.0.2.53") << false;
    QTest::newRow("whisker unknown global") << end(K::Unknown, "", "", "worker-9") << false
                                            << QStringLiteral("neither a node") << false;
}

void TestFlowExplain::resolveEnd()
{
    QFETCH(FlowEnd, end);
    QFETCH(bool, resolved);
    QFETCH(QString, ref);
    QFETCH(bool, approximate);
    const FlowEndResolver resolver(engine());
    const ResolvedEnd r = resolver.resolve(end);
    QVERIFY2(r.resolved == resolved, qPrintable(r.reason));
    if (resolved) {
        QCOMPARE(r.ref, ref);
        QVERIFY(engine().resolve(r.ref).ok());
        QVERIFY2(r.note.isEmpty() != approximate, qPrintable(r.note));
    } else {
        QVERIFY2(r.reason.contains(ref), qPrintable(r.reason));
    }
}

void TestFlowExplain::explainEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("unresolved");
    QTest::newRow("enterprise modern") << QStringLiteral("enterprise-modern.jsonl") << 10 << 2;
    QTest::newRow("enterprise legacy") << QStringLiteral("enterprise-legacy.jsonl") << 10 << 2;
    QTest::newRow("enterprise gzip") << QStringLiteral("enterprise-modern.jsonl.gz") << 10 << 2;
    QTest::newRow("goldmane") << QStringLiteral("goldmane.ndjson") << 10 << 2;
    QTest::newRow("whisker list") << QStringLiteral("whisker-list.json") << 9 << 1;
    QTest::newRow("whisker stream") << QStringLiteral("whisker-stream.txt") << 9 << 1;
}

void TestFlowExplain::explainEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(int, groups);
    QFETCH(int, unresolved);
    const FlowExplanation e = explainFile(file);
    QCOMPARE(e.invalid, 0);
    QCOMPARE(e.groups.size(), groups);
    QCOMPARE(e.unresolved(), unresolved);
    QCOMPARE(e.drifting(), 0);
    QCOMPARE(e.agreeing(), 8);
    // The unresolved ones say why: another namespace, and (where the format can say it) the
    // port aggregated away.
    QStringList reasons;
    for (const FlowGroup &g : e.groups) {
        if (!g.resolved)
            reasons.append(g.reason);
    }
    QVERIFY(
        reasons.join(u'\n').contains(QStringLiteral("namespace billing is not in the workspace")));
    if (unresolved == 2)
        QVERIFY(reasons.join(u'\n').contains(QStringLiteral("aggregation level 3")));
}

void TestFlowExplain::groupsAreTheEnginesTraces()
{
    const FlowExplanation e = explainFile(QStringLiteral("enterprise-modern.jsonl"));
    const FlowEndResolver resolver(engine());
    for (const FlowGroup &g : e.groups) {
        if (!g.resolved)
            continue;
        const Result<Flow> flow = FlowExplainer::flowOf(g.record, resolver);
        QVERIFY(flow.ok());
        const FlowTrace t = engine().trace(*flow);
        QCOMPARE(g.trace.verdict, t.verdict);
        QCOMPARE(g.trace.egress.steps, t.egress.steps);
        QCOMPARE(g.trace.ingress.steps, t.ingress.steps);
        // Agreement means the reporting side's engine verdict is the logged action.
        const Verdict logged
            = g.record.action == FlowAction::Allow ? Verdict::Allow : Verdict::Deny;
        QCOMPARE(g.side()->verdict, logged);
    }
}

void TestFlowExplain::driftIsFlagged()
{
    const FlowExplanation e = explainFile(QStringLiteral("drift.jsonl"));
    QCOMPARE(e.groups.size(), 3);
    QCOMPARE(e.drifting(), 2);
    // client -> server was allowed by a policy set without deny-tcp-8080.
    const FlowGroup &g0 = e.groups.at(0);
    QVERIFY(g0.resolved && !g0.agree);
    QCOMPARE(g0.side()->verdict, Verdict::Deny);
    QVERIFY(g0.differences.join(u'\n').contains(QStringLiteral("logged allow, engine deny")));
    QVERIFY(
        g0.differences.join(u'\n').contains(QStringLiteral("GlobalNetworkPolicy deny-tcp-8080")));
    // Same verdict, but by a policy the workspace does not have.
    const FlowGroup &g1 = e.groups.at(1);
    QVERIFY(g1.resolved && !g1.agree);
    QVERIFY(g1.differences.join(u'\n').contains(
        QStringLiteral("GlobalNetworkPolicy allow-dev is not in the workspace")));
    QVERIFY(e.groups.at(2).agree);
}

void TestFlowExplain::clusterOption()
{
    FlowRecord r;
    r.source = end(FlowEndKind::Workload, "qa", "qa-tester-0", "qa-tester-0");
    r.destination = end(FlowEndKind::Workload, "development", "dev-web-0", "dev-web-0");
    r.protocol = QStringLiteral("tcp");
    r.port = 80;
    r.reporter = FlowReporter::Dst;
    r.action = FlowAction::Deny;
    r.cluster = QStringLiteral("east");
    FlowExplainer explainer(engine(), {{}, 100, QStringLiteral("west")});
    explainer.add(r);
    const FlowExplanation e = explainer.take();
    QCOMPARE(e.unresolved(), 1);
    QVERIFY(e.groups.constFirst().reason.contains(QStringLiteral("cluster east")));
}

void TestFlowExplain::recordsAreGrouped()
{
    QByteArray data = test::readFile(fixture(QStringLiteral("enterprise-modern.jsonl")));
    data = data + data + data;
    FlowLogReader reader;
    reader.openData(data, QStringLiteral("x.jsonl"));
    const FlowExplanation e = explainFlowLog(engine(), reader);
    QCOMPARE(e.records, 30);
    QCOMPARE(e.groups.size(), 10);
    for (const FlowGroup &g : e.groups)
        QCOMPARE(g.records, 3);
}

void TestFlowExplain::replayAgainstEdit()
{
    // Without deny-tcp-8080, client -> server on 8080 is allowed by allow-tcp-8080.
    const Workspace after = shopWorkspace().edited([](WorkspaceData &d) {
        d.policies.removeIf([](const CalicoPolicy &p) { return p.meta.name == u"deny-tcp-8080"; });
    });
    const PolicyEngine afterEngine(after);
    FlowLogReader reader;
    QVERIFY(reader.open(fixture(QStringLiteral("enterprise-modern.jsonl"))).ok());
    const FlowReplay replay = replayFlowLog(engine(), afterEngine, reader);
    QCOMPARE(replay.records, 10);
    QCOMPARE(replay.unresolved, 2);
    QCOMPARE(replay.changed, 1);
    QCOMPARE(replay.groups.size(), 1);
    const ReplayGroup &g = replay.groups.constFirst();
    QCOMPARE(g.policy, QStringLiteral("NetworkPolicy production/allow-tcp-8080"));
    QCOMPARE(g.namespace_, QStringLiteral("production"));
    const ReplayFlow &f = g.flows.constFirst();
    QCOMPARE(f.before.verdict, Verdict::Deny);
    QCOMPARE(f.after.verdict, Verdict::Allow);
    // Both traces are the engines' own.
    Flow flow;
    flow.from = QStringLiteral("production/client-0");
    flow.to = QStringLiteral("production/server-0");
    flow.port = 8080;
    QCOMPARE(engine().trace(flow).ingress.steps, f.before.ingress.steps);
    QCOMPARE(afterEngine.trace(flow).ingress.steps, f.after.ingress.steps);
    // Every connection not listed keeps its verdict in both engines.
    FlowLogReader again;
    QVERIFY(again.open(fixture(QStringLiteral("enterprise-modern.jsonl"))).ok());
    const FlowEndResolver before(engine());
    FlowRecord r;
    Error e;
    int same = 0;
    while (again.next(r, e) == FlowLogReader::Status::Record) {
        const Result<Flow> fl = FlowExplainer::flowOf(r, before);
        if (!fl || fl->to == u"production/server-0")
            continue;
        QCOMPARE(engine().trace(*fl).verdict, afterEngine.trace(*fl).verdict);
        ++same;
    }
    QCOMPARE(same, 7);
}

void TestFlowExplain::replayStaged()
{
    // The staged shop/allow-frontend denies frontend -> checkout: enforcing it flips that flow.
    const PolicyEngine staged(enforceStagedPolicies(engine().workspace()));
    FlowLogReader reader;
    QVERIFY(reader.open(fixture(QStringLiteral("goldmane.ndjson"))).ok());
    const FlowReplay replay = replayFlowLog(engine(), staged, reader);
    QCOMPARE(replay.changed, 1);
    const ReplayGroup &g = replay.groups.constFirst();
    QCOMPARE(g.policy, QStringLiteral("NetworkPolicy shop/allow-frontend"));
    QCOMPARE(g.namespace_, QStringLiteral("shop"));
    QCOMPARE(g.flows.constFirst().before.verdict, Verdict::Allow);
    QCOMPARE(g.flows.constFirst().after.verdict, Verdict::Deny);
    QCOMPARE(g.flows.constFirst().after.ingress.steps.constLast().action, QStringLiteral("deny"));
    // The staged policy replaced the enforced one of the same name: no staged policy is left.
    for (const CalicoPolicy &p : staged.workspace()->policies)
        QVERIFY(!p.isStaged());
}

void TestFlowExplain::progressAndCancel()
{
    const QByteArray line = test::readFile(fixture(QStringLiteral("goldmane.ndjson")));
    QByteArray data;
    for (int i = 0; i < 2000; ++i)
        data += line;
    FlowLogReader reader;
    reader.openData(data, QStringLiteral("big.ndjson"));
    QList<qint64> seen;
    FlowExplainOptions options;
    options.progress = [&seen](qint64 read, qint64 total, qint64 records) {
        Q_UNUSED(read);
        Q_UNUSED(total);
        seen.append(records);
        return records < 8192; // cancel at the second call
    };
    const FlowExplanation e = explainFlowLog(engine(), reader, options);
    QVERIFY(e.cancelled);
    QCOMPARE(seen, (QList<qint64> {4096, 8192}));
    QCOMPARE(e.records, 8192);
}

void TestFlowExplain::smallestChange_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("alsoTo"); // a flow the change also allows ("" = none expected)
    // End of tier: the rule goes after the last one; the policy selects every development pod,
    // so the change also lets the tester reach dev-api-0.
    QTest::newRow("end of tier") << QStringLiteral("qa/qa-tester-0")
                                 << QStringLiteral("development/dev-web-0") << 80
                                 << QStringLiteral(
                                        "GlobalNetworkPolicy restrict-development-access")
                                 << QStringLiteral("ingress") << 1
                                 << QStringLiteral("allow TCP from selector app == 'tester' in "
                                                   "namespace qa port 80")
                                 << QStringLiteral("development/dev-api-0");
    // An explicit deny: the rule goes before it.
    QTest::newRow("deny rule") << QStringLiteral("production/client-0")
                               << QStringLiteral("production/server-0") << 8080
                               << QStringLiteral("GlobalNetworkPolicy deny-tcp-8080")
                               << QStringLiteral("ingress") << 0
                               << QStringLiteral("allow TCP from selector app == 'client' in "
                                                 "namespace production port 8080")
                               << QString();
    // Egress to the internet, decided by the end of my-app's tier.
    QTest::newRow("egress to an address")
        << QStringLiteral("my-app/my-app-backend-0") << QStringLiteral("203.0.113.50") << 443
        << QStringLiteral("NetworkPolicy my-app/allow-api-access") << QStringLiteral("egress") << 1
        << QStringLiteral("allow TCP to nets 203.0.113.50/32 port 443") << QString();
}

void TestFlowExplain::smallestChange()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, port);
    QFETCH(QString, policy);
    QFETCH(QString, direction);
    QFETCH(int, index);
    QFETCH(QString, rule);
    QFETCH(QString, alsoTo);
    Flow flow;
    flow.from = from;
    flow.to = to;
    flow.port = port;
    const FlowTrace before = engine().trace(flow);
    QCOMPARE(before.verdict, Verdict::Deny);
    const AllowChange c = smallestAllowingChange(engine(), flow, before);
    QVERIFY2(c.found, qPrintable(c.reason));
    QCOMPARE(c.additions.size(), 1);
    QCOMPARE(c.additions.constFirst().policy, policy);
    QCOMPARE(c.additions.constFirst().direction, direction);
    QCOMPARE(c.additions.constFirst().index, index);
    QCOMPARE(c.additions.constFirst().description, rule);
    // Checked by the engine: the flow is allowed in the changed workspace.
    QCOMPARE(c.after.verdict, Verdict::Allow);
    bool listed = false;
    for (const FlowChange &f : c.alsoAllowed) {
        QCOMPARE(f.before, Verdict::Deny);
        QCOMPARE(f.after, Verdict::Allow);
        listed = listed || f.to == alsoTo;
    }
    if (!alsoTo.isEmpty())
        QVERIFY2(listed, "the other flow the change allows is listed");
}

void TestFlowExplain::noChangeForAllowedOrKubernetes()
{
    Flow allowed;
    allowed.from = QStringLiteral("development/dev-api-0");
    allowed.to = QStringLiteral("development/dev-web-0");
    allowed.port = 80;
    const AllowChange c = smallestAllowingChange(engine(), allowed, engine().trace(allowed));
    QVERIFY(!c.found);
    QVERIFY(c.reason.contains(QStringLiteral("not denied")));
}

QTEST_GUILESS_MAIN(TestFlowExplain)
#include "tst_flowexplain.moc"

// The hits of the admin tiers name the policy as the log writer knows it: Calico 3.32's
// ClusterNetworkPolicy (kcnp:NAME in tier kube-admin or kube-baseline), 3.29–3.31's
// AdminNetworkPolicy and BaselineAdminNetworkPolicy (kanp.adminnetworkpolicy.NAME, with or
// without the tier prefix, or Goldmane's kinds 7 and 8). Each is the engine's deciding policy;
// a log naming another admin policy is drift.
void TestFlowExplain::adminTierHitsMatch_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("log");
    QTest::addColumn<int>("groups");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("ClusterNetworkPolicy, Enterprise strings")
        << u"admin-tiers-cnp"_s << u"3.32"_s << u"cnp-enterprise.jsonl"_s << 5
        << QByteArray("kcnp:deny-dev-to-prod") << QByteArray("kcnp:allow-monitoring");
    QTest::newRow("AdminNetworkPolicy, Enterprise strings")
        << u"admin-tiers-anp"_s << u"3.31"_s << u"anp-enterprise.jsonl"_s << 4
        << QByteArray("kanp.adminnetworkpolicy.deny-dev-to-prod")
        << QByteArray("kanp.adminnetworkpolicy.pass-db");
    QTest::newRow("AdminNetworkPolicy, Goldmane kinds")
        << u"admin-tiers-anp"_s << u"3.31"_s << u"anp-goldmane.ndjson"_s << 2
        << QByteArray("\"deny-dev-to-prod\"") << QByteArray("\"allow-monitoring\"");
}

void TestFlowExplain::adminTierHitsMatch()
{
    QFETCH(QString, scenario);
    QFETCH(QString, version);
    QFETCH(QString, log);
    QFETCH(int, groups);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    WorkspaceData data
        = Loader()
              .loadPaths({test::fixturePath(u"eval/"_s + scenario + u"/workspace"_s)})
              .workspace.data();
    data.calicoVersion = *calicoVersionFromName(version);
    const PolicyEngine admin {Workspace(data)};
    QVERIFY(admin.leftOut().isEmpty());
    const QByteArray text = test::readFile(fixture(u"admin/"_s + log));
    const auto explain = [&admin](const QByteArray &text) {
        FlowLogReader reader;
        reader.openData(text, u"admin.log"_s);
        return explainFlowLog(admin, reader);
    };
    const FlowExplanation e = explain(text);
    QCOMPARE(e.invalid, 0);
    QCOMPARE(int(e.groups.size()), groups);
    for (const FlowGroup &g : e.groups) {
        QVERIFY2(g.resolved, qPrintable(g.reason));
        QVERIFY2(g.agree, qPrintable(g.differences.join(u'\n')));
        QVERIFY(g.loggedHit.has_value());
    }
    // The first record's deciding hit renamed to another admin policy of the workspace: the
    // verdict may be the same, the policy is not.
    QList<QByteArray> lines = text.split('\n');
    QVERIFY(lines.first().contains(from));
    lines.first().replace(from, to);
    const FlowExplanation drift = explain(lines.join('\n'));
    QVERIFY(drift.groups.first().resolved);
    QVERIFY(!drift.groups.first().agree);
    QVERIFY2(drift.groups.first().differences.join(u'\n').contains(u"deciding rule"_s),
        qPrintable(drift.groups.first().differences.join(u'\n')));
}
