// The difference of two flow graphs (core/graph/graphdiff.h): on the shop fixture, exactly the
// edges that change with the rule responsible for each piece; identical workspaces differ in
// nothing; nodes that appear and disappear; and, on generated clusters with a third of their
// policies removed, every change's added and removed flows are exactly the set differences of
// the two graphs' edges at every sampled probe, and no unchanged edge is reported. An edit that
// also changes how the outside world is cut into ranges reports only the real change; the demo's
// API server address (only a `services:` peer names it) is compared too.

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphdiff.h"
#include "core/io/loader.h"
#include "core/model/protocol.h"
#include "core/report/graphreport.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

Workspace shop(const char *side)
{
    return Loader()
        .loadPaths({test::fixturePath(u"cli/graph/inventory.yaml"),
            test::fixturePath(QStringLiteral("cli/graph/") + QString::fromUtf8(side))})
        .workspace;
}

const Connections *edgeOf(const FlowGraph &g, const QString &from, const QString &to)
{
    const GraphEdge *e = g.edge(g.nodeIndex(from), g.nodeIndex(to));
    return e ? &e->connections : nullptr;
}

} // namespace

class TestGraphDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shopEdit();
    void sameWorkspace();
    void nodesAddedAndRemoved();
    void outsideCutChanges();
    void demoApiServerEdit();
    void endOfTierText();
    void exactSetDifferences_data();
    void exactSetDifferences();
};

void TestGraphDiff::shopEdit()
{
    const PolicyEngine before(shop("old"));
    const PolicyEngine after(shop("new"));
    const GraphOptions options {MatrixGrouping::Workload, false, std::nullopt, std::nullopt};
    const GraphDiff diff = diffFlowGraphs(
        before, computeFlowGraph(before, options), after, computeFlowGraph(after, options));
    QVERIFY(diff.nodesAdded.isEmpty());
    QVERIFY(diff.nodesRemoved.isEmpty());
    QCOMPARE(diff.changes.size(), 2);

    const GraphEdgeChange &removed = diff.changes[0];
    QCOMPARE(removed.type, GraphEdgeChange::Type::Removed);
    QCOMPARE(removed.from, QStringLiteral("gnetset:partners"));
    QCOMPARE(removed.to, QStringLiteral("shop/web"));
    QCOMPARE(connectionsSummary(removed.removed), QStringLiteral("TCP 8080"));
    QVERIFY(removed.added.isEmpty());
    QCOMPARE(removed.reasons.size(), 1);
    QCOMPARE(removed.reasons[0].allowedNow, false);
    QCOMPARE(removed.reasons[0].direction, QStringLiteral("ingress"));
    QCOMPARE(removed.reasons[0].step.policy, QStringLiteral("shop/web"));
    QCOMPARE(removed.reasons[0].step.rule, 0);
    QCOMPARE(removed.reasons[0].step.action, QStringLiteral("deny"));
    QCOMPARE(removed.reasons[0].flow.to, QStringLiteral("shop/web-7d4b9-abcde"));
    QCOMPARE(removed.reasons[0].flow.port, 8080);
    // Before the edit the same rule allowed it.
    QVERIFY(removed.reasons[0].previous);
    QCOMPARE(removed.reasons[0].previous->policy, QStringLiteral("shop/web"));
    QCOMPARE(removed.reasons[0].previous->rule, 0);
    QCOMPARE(removed.reasons[0].previous->action, QStringLiteral("allow"));
    QVERIFY(graphDiffToJson(diff).contains(R"("before":{"tier":"default","policy":"shop/web",)"
                                           R"("kind":"NetworkPolicy","rule":0,"action":"allow"})"));

    const GraphEdgeChange &changed = diff.changes[1];
    QCOMPARE(changed.type, GraphEdgeChange::Type::Changed);
    QCOMPARE(changed.from, QStringLiteral("shop/web"));
    QCOMPARE(changed.to, QStringLiteral("shop/db-0"));
    QCOMPARE(connectionsSummary(changed.before), QStringLiteral("TCP 5432"));
    QCOMPARE(connectionsSummary(changed.after), QStringLiteral("TCP 5432,6432"));
    QCOMPARE(connectionsSummary(changed.added), QStringLiteral("TCP 6432"));
    QVERIFY(changed.removed.isEmpty());
    QCOMPARE(changed.reasons.size(), 1);
    QCOMPARE(changed.reasons[0].allowedNow, true);
    QCOMPARE(changed.reasons[0].step.policy, QStringLiteral("shop/db"));
    QCOMPARE(changed.reasons[0].step.action, QStringLiteral("allow"));
    QCOMPARE(changed.reasons[0].direction, QStringLiteral("ingress"));
}

void TestGraphDiff::sameWorkspace()
{
    const PolicyEngine engine(shop("old"));
    const FlowGraph g = computeFlowGraph(engine, {MatrixGrouping::Pod, true, {}, {}});
    QVERIFY(diffFlowGraphs(engine, g, engine, g).isEmpty());
}

void TestGraphDiff::nodesAddedAndRemoved()
{
    const Workspace smaller = shop("old").edited([](WorkspaceData &data) {
        data.pods.removeIf([](const Pod &p) { return p.meta.name == u"db-0"; });
    });
    const PolicyEngine before(shop("old"));
    const PolicyEngine after(smaller);
    const GraphOptions options {MatrixGrouping::Pod, false, {}, {}};
    const GraphDiff gone = diffFlowGraphs(
        before, computeFlowGraph(before, options), after, computeFlowGraph(after, options));
    QCOMPARE(gone.nodesRemoved, QStringList {QStringLiteral("shop/db-0")});
    QVERIFY(gone.nodesAdded.isEmpty());
    for (const GraphEdgeChange &c : gone.changes) {
        QCOMPARE(c.type, GraphEdgeChange::Type::Removed);
        QVERIFY(c.from == u"shop/db-0" || c.to == u"shop/db-0");
    }
    const GraphDiff back = diffFlowGraphs(
        after, computeFlowGraph(after, options), before, computeFlowGraph(before, options));
    QCOMPARE(back.nodesAdded, QStringList {QStringLiteral("shop/db-0")});
    QCOMPARE(back.changes.size(), gone.changes.size());
}

// The edit drops the CIDR that split 10.0.0.0/8 off the outside world and denies UDP 53: both
// graphs are compared over the same ranges, so only UDP 53 is reported, to every range (not
// n -> n: n's one pod has no other pod in n, and its packets to itself meet no policy).
void TestGraphDiff::outsideCutChanges()
{
    const QByteArray pod = R"(apiVersion: v1
kind: Pod
metadata: {name: a, namespace: n, labels: {app: a}}
spec: {containers: [{name: c}]}
status: {podIP: 192.168.7.1}
---
)";
    const QByteArray old = pod + R"(apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: out, namespace: n}
spec:
  selector: app == 'a'
  types: [Egress]
  egress:
  - action: Allow
    destination: {nets: [10.0.0.0/8]}
  - action: Allow
)";
    const QByteArray edited = pod + R"(apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: out, namespace: n}
spec:
  selector: app == 'a'
  types: [Egress]
  egress:
  - action: Deny
    protocol: UDP
    destination: {ports: [53]}
  - action: Allow
)";
    const PolicyEngine before(Loader().loadText(old, QStringLiteral("old.yaml")).workspace);
    const PolicyEngine after(Loader().loadText(edited, QStringLiteral("new.yaml")).workspace);
    const auto [oldGraph, newGraph] = comparableFlowGraphs(before, after, {});
    QVERIFY(newGraph.nodeIndex(QStringLiteral("10.0.0.0/8")) >= 0);
    const GraphDiff diff = diffFlowGraphs(before, oldGraph, after, newGraph);
    QVERIFY(diff.nodesAdded.isEmpty());
    QVERIFY(diff.nodesRemoved.isEmpty());
    QStringList changes;
    for (const GraphEdgeChange &c : diff.changes) {
        changes.append(c.from + QStringLiteral(" -> ") + c.to + QStringLiteral(": -")
            + connectionsSummary(c.removed) + QStringLiteral(" +") + connectionsSummary(c.added));
    }
    // Ordered by (from, to) id.
    QCOMPARE(changes.join(u'\n'),
        QStringLiteral("n -> 0.0.0.0/0: -UDP 53 +\nn -> 10.0.0.0/8: -UDP 53 +"));
}

// The demo with allow-api-access as the lint case has it (TCP to 192.168.0.0/16 allowed, the
// API server denied, the rest allowed), and without its first rule: TCP 6443 to the API server's
// address (only the `services:` peer names it) is no longer allowed, by that Deny — nothing else.
void TestGraphDiff::demoApiServerEdit()
{
    const auto withRules = [](bool first) {
        return [first](WorkspaceData &data) {
            for (CalicoPolicy &p : data.policies) {
                if (p.meta.name != u"allow-api-access")
                    continue;
                Rule tcp;
                tcp.action = QStringLiteral("Allow");
                tcp.protocol = Protocol::fromString(QStringLiteral("TCP"));
                tcp.destination.nets = {QStringLiteral("192.168.0.0/16")};
                Rule api;
                api.action = QStringLiteral("Deny");
                api.destination.services
                    = ServiceMatch {QStringLiteral("kubernetes"), QStringLiteral("default")};
                Rule rest;
                rest.action = QStringLiteral("Allow");
                p.egress = first ? QList<Rule> {tcp, api, rest} : QList<Rule> {api, rest};
            }
        };
    };
    const Workspace demo = Loader().loadPaths({test::projectPath(u"resources/demo")}).workspace;
    const PolicyEngine before(demo.edited(withRules(true)));
    const PolicyEngine after(demo.edited(withRules(false)));
    const auto [oldGraph, newGraph] = comparableFlowGraphs(before, after, {});
    const GraphDiff diff = diffFlowGraphs(before, oldGraph, after, newGraph);
    QCOMPARE(diff.changes.size(), 1);
    const GraphEdgeChange &c = diff.changes[0];
    QCOMPARE(c.from, QStringLiteral("my-app"));
    QCOMPARE(c.to, QStringLiteral("192.168.1.10/32"));
    QCOMPARE(c.type, GraphEdgeChange::Type::Changed);
    QCOMPARE(connectionsSummary(c.removed), QStringLiteral("TCP 6443"));
    QVERIFY(c.added.isEmpty());
    QCOMPARE(c.reasons.size(), 1);
    QCOMPARE(c.reasons[0].step.policy, QStringLiteral("my-app/allow-api-access"));
    QCOMPARE(c.reasons[0].step.rule, 0);
    QCOMPARE(c.reasons[0].step.action, QStringLiteral("deny"));
}

// A piece an end of tier now denies: the text says so as a trace does, not "rule -1".
void TestGraphDiff::endOfTierText()
{
    const Workspace demo = Loader().loadPaths({test::projectPath(u"resources/demo")}).workspace;
    const PolicyEngine before(demo);
    const PolicyEngine after(demo.edited([](WorkspaceData &data) {
        for (CalicoPolicy &p : data.policies) {
            if (p.meta.name == u"allow-api-access")
                p.egress.first().destination.services->name = QStringLiteral("nothing");
        }
    }));
    const auto [oldGraph, newGraph] = comparableFlowGraphs(before, after, {});
    const GraphDiff diff = diffFlowGraphs(before, oldGraph, after, newGraph);
    QCOMPARE(diff.changes.size(), 1);
    QCOMPARE(diff.changes[0].to, QStringLiteral("192.168.1.10/32"));
    QCOMPARE(diff.changes[0].reasons.size(), 1);
    const GraphChangeReason &reason = diff.changes[0].reasons[0];
    QCOMPARE(reason.step.rule, -1);
    // Before the edit, allow-api-access's rule allowed it: the removed edge names it.
    QVERIFY(reason.previous);
    QCOMPARE(reason.previous->policy, QStringLiteral("my-app/allow-api-access"));
    QCOMPARE(reason.previous->rule, 0);
    QCOMPARE(reason.previous->action, QStringLiteral("allow"));
    const QString text = graphDiffToText(diff);
    QVERIFY2(!text.contains(QStringLiteral("rule -1")), qPrintable(text));
    // The end of the tier decides, named by its tier; the last policy is only where it ended.
    QVERIFY2(text.contains(QStringLiteral("decided at egress by the end of tier %1 (end of tier: "
                                          "deny, after ")
                               .arg(reason.step.tier)),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "; before the edit by NetworkPolicy my-app/allow-api-access rule 0 (allow)")),
        qPrintable(text));
}

void TestGraphDiff::exactSetDifferences_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed = 1; seed <= 3; ++seed)
        QTest::addRow("generated-%llu", seed) << seed;
}

void TestGraphDiff::exactSetDifferences()
{
    QFETCH(quint64, seed);
    GeneratorOptions options;
    options.namespaces = 3;
    options.pods = 24;
    options.policies = 18;
    options.seed = seed;
    const Result<Workspace> generated = Generator(options).generateWorkspace();
    QVERIFY(generated.ok());
    const Workspace edited = generated.value().edited([](WorkspaceData &data) {
        for (qsizetype i = data.policies.size() - 1; i >= 0; i -= 3)
            data.policies.removeAt(i);
        for (qsizetype i = data.kubernetesPolicies.size() - 1; i >= 0; i -= 2)
            data.kubernetesPolicies.removeAt(i);
    });
    const PolicyEngine before(generated.value());
    const PolicyEngine after(edited);
    const GraphOptions graphOptions {MatrixGrouping::Namespace, false, {}, {}};
    const FlowGraph oldGraph = computeFlowGraph(before, graphOptions);
    const FlowGraph newGraph = computeFlowGraph(after, graphOptions);
    const GraphDiff diff = diffFlowGraphs(before, oldGraph, after, newGraph);
    QVERIFY(!diff.changes.isEmpty());

    // Every probe either graph evaluates, at both ends of its interval.
    QList<std::pair<int, std::optional<int>>> samples;
    for (const FlowGraph *g : {&oldGraph, &newGraph}) {
        for (const GraphProbe &p : g->probes) {
            if (p.protocol == kOtherProtocols)
                continue;
            samples.append({p.protocol, p.range ? std::optional(p.range->first) : std::nullopt});
            if (p.range)
                samples.append({p.protocol, p.range->last});
        }
    }
    QSet<std::pair<QString, QString>> reported;
    for (const GraphEdgeChange &c : diff.changes) {
        reported.insert({c.from, c.to});
        const Connections none;
        const Connections *was = edgeOf(oldGraph, c.from, c.to);
        const Connections *is = edgeOf(newGraph, c.from, c.to);
        QCOMPARE(c.before, was ? *was : none);
        QCOMPARE(c.after, is ? *is : none);
        for (const auto &[protocol, value] : samples) {
            const bool w = was && was->holds(protocol, value);
            const bool n = is && is->holds(protocol, value);
            const QString what = QStringLiteral("%1 -> %2 %3/%4")
                                     .arg(c.from, c.to)
                                     .arg(protocol)
                                     .arg(value.value_or(-1));
            QVERIFY2(c.added.holds(protocol, value) == (n && !w), qPrintable(what));
            QVERIFY2(c.removed.holds(protocol, value) == (w && !n), qPrintable(what));
        }
        // Each reason names a rule of the new workspace, or says why none decides.
        for (const GraphChangeReason &r : c.reasons)
            QVERIFY2(!r.step.action.isEmpty() || !r.note.isEmpty(), qPrintable(r.flow.from));
    }
    // Edges not reported are the same in both graphs.
    for (const GraphEdge &e : newGraph.edges) {
        const QString from = newGraph.nodes[e.from].id;
        const QString to = newGraph.nodes[e.to].id;
        if (!reported.contains({from, to})) {
            const Connections *was = edgeOf(oldGraph, from, to);
            QVERIFY(was);
            QCOMPARE(*was, e.connections);
        }
    }
}

QTEST_GUILESS_MAIN(TestGraphDiff)
#include "tst_graphdiff.moc"
