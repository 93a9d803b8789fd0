// Why a flow graph has its edges (core/graph/graphexplain.h): on the shop fixture and on
// generated clusters, an edge's rows cover exactly its connections (every probe the edge holds
// is in one row, no other), each row's flow has the edge's verdict (allowed, or denied for an
// edge of the denied list) and the step named is the one the engine's trace decides it with;
// adjacent rows never share a decision; a node's policies are exactly those that apply to one
// of its endpoints, in evaluation order, and "every endpoint" is exact; and the union of two
// graphs holds every node and edge of both.

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphdiff.h"
#include "core/graph/graphexplain.h"
#include "core/io/loader.h"
#include "core/model/protocol.h"
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

Workspace generated(quint64 seed)
{
    GeneratorOptions options;
    options.namespaces = 3;
    options.pods = 24;
    options.policies = 18;
    options.seed = seed;
    return Generator(options).generateWorkspace().value();
}

// The last step of a direction that is neither a log nor a staged policy's.
std::optional<TraceStep> deciding(const DirectionTrace &t)
{
    for (auto it = t.steps.crbegin(); it != t.steps.crend(); ++it) {
        if (it->action != u"log" && !it->action.startsWith(QStringLiteral("would-")))
            return *it;
    }
    return std::nullopt;
}

void checkEdges(const PolicyEngine &engine, const FlowGraph &graph, bool denied)
{
    for (const GraphEdge &edge : denied ? graph.denied : graph.edges) {
        const QList<GraphEdgeWhy> rows
            = explainGraphEdge(engine, graph, edge.from, edge.to, denied);
        QVERIFY(!rows.isEmpty());
        // Coverage: a probe the edge holds lies in exactly one row; one it does not, in none.
        for (const GraphProbe &p : graph.probes) {
            const int value = p.range ? p.range->first : 0;
            const bool held = edge.connections.all
                || edge.connections.holds(
                    p.protocol, p.range ? std::optional(value) : std::nullopt);
            int in = 0;
            for (const GraphEdgeWhy &row : rows)
                in += row.protocol == p.protocol && row.range.first <= value
                    && value <= row.range.last;
            QCOMPARE(in, held ? 1 : 0);
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const GraphChangeReason &r = rows[i].reason;
            QVERIFY2(r.note.isEmpty(), qPrintable(r.note));
            const FlowTrace t = engine.trace(r.flow);
            QVERIFY(t.ok());
            QCOMPARE(t.verdict, denied ? Verdict::Deny : Verdict::Allow);
            QCOMPARE(r.allowedNow, !denied);
            const DirectionTrace &side = r.direction == u"egress" ? t.egress : t.ingress;
            const std::optional<TraceStep> step = deciding(side);
            QVERIFY(step);
            QCOMPARE(step->policy, r.step.policy);
            QCOMPARE(step->rule, r.step.rule);
            QCOMPARE(step->action, r.step.action);
            if (i > 0 && rows[i - 1].protocol == rows[i].protocol
                && rows[i - 1].range.last + 1 == rows[i].range.first) {
                const GraphChangeReason &p = rows[i - 1].reason;
                QVERIFY(p.direction != r.direction || p.step.policy != r.step.policy
                    || p.step.rule != r.step.rule || p.step.action != r.step.action
                    || p.step.tier != r.step.tier || p.step.stage != r.step.stage);
            }
        }
    }
}

} // namespace

class TestGraphExplain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void edgesOfTheShop();
    void edgesOfGeneratedClusters_data();
    void edgesOfGeneratedClusters();
    void nodePolicies();
    void limitCountsTheRowsLeftOut();
    void unionHoldsBothGraphs();
};

void TestGraphExplain::edgesOfTheShop()
{
    const PolicyEngine engine(shop("new"));
    const GraphOptions options {MatrixGrouping::Workload, true, std::nullopt, std::nullopt};
    const FlowGraph graph = computeFlowGraph(engine, options);
    QVERIFY(!graph.edges.isEmpty());
    QVERIFY(!graph.denied.isEmpty());
    checkEdges(engine, graph, false);
    checkEdges(engine, graph, true);
    // An edge that is not in the graph has no rows.
    QVERIFY(explainGraphEdge(engine, graph, -1, -1, false).isEmpty());
}

void TestGraphExplain::edgesOfGeneratedClusters_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed = 1; seed <= 3; ++seed)
        QTest::addRow("generated-%llu", seed) << seed;
}

void TestGraphExplain::edgesOfGeneratedClusters()
{
    QFETCH(quint64, seed);
    const PolicyEngine engine(generated(seed));
    const FlowGraph graph
        = computeFlowGraph(engine, {MatrixGrouping::Namespace, true, std::nullopt, std::nullopt});
    checkEdges(engine, graph, false);
    checkEdges(engine, graph, true);
}

void TestGraphExplain::nodePolicies()
{
    const PolicyEngine engine(generated(2));
    const QList<MatrixGroup> groups = matrixGroups(engine, MatrixGrouping::Namespace);
    const FlowGraph graph = computeFlowGraph(engine);
    for (const MatrixGroup &group : groups) {
        const int node = graph.nodeIndex(group.name);
        QVERIFY(node >= 0);
        const GraphNodePolicies policies = graphNodePolicies(engine, graph.nodes[node]);
        for (const Direction d : {Direction::Ingress, Direction::Egress}) {
            const QList<GraphNodePolicy> &list
                = d == Direction::Ingress ? policies.ingress : policies.egress;
            // Every member's policies, and no other; "every endpoint" exactly when all have it.
            QMap<int, int> members;
            for (const int object : group.members) {
                for (const int p : engine.applicablePolicies(object, d))
                    ++members[p];
            }
            QCOMPARE(list.size(), members.size());
            int lastRank = -1;
            for (const GraphNodePolicy &p : list) {
                QVERIFY(members.contains(p.policy));
                QCOMPARE(p.everyEndpoint, members.value(p.policy) == group.members.size());
                QVERIFY(engine.policies().at(p.policy).rank >= lastRank);
                lastRank = engine.policies().at(p.policy).rank;
            }
        }
    }
    // Outside nodes: no policy applies to them.
    for (const GraphNode &n : graph.nodes) {
        if (n.kind == GraphNodeKind::External) {
            const GraphNodePolicies none = graphNodePolicies(engine, n);
            QVERIFY(none.ingress.isEmpty() && none.egress.isEmpty());
        }
    }
}

void TestGraphExplain::limitCountsTheRowsLeftOut()
{
    const PolicyEngine engine(shop("new"));
    const FlowGraph graph = computeFlowGraph(engine, {MatrixGrouping::Workload, false, {}, {}});
    for (const GraphEdge &edge : graph.edges) {
        const QList<GraphEdgeWhy> all = explainGraphEdge(engine, graph, edge.from, edge.to, false);
        if (all.size() < 2)
            continue;
        int omitted = -1;
        const QList<GraphEdgeWhy> one
            = explainGraphEdge(engine, graph, edge.from, edge.to, false, 1, &omitted);
        QCOMPARE(one.size(), 1);
        QVERIFY(omitted >= 1);
        return;
    }
    QSKIP("no edge of the shop has two rows");
}

void TestGraphExplain::unionHoldsBothGraphs()
{
    const PolicyEngine oldEngine(shop("old"));
    const PolicyEngine newEngine(shop("new"));
    const GraphOptions options {MatrixGrouping::Workload, false, std::nullopt, std::nullopt};
    const FlowGraph before = computeFlowGraph(oldEngine, options);
    const FlowGraph after = computeFlowGraph(newEngine, options);
    const FlowGraph both = unionOfFlowGraphs(before, after);
    // after's nodes first, at the same indexes.
    for (qsizetype i = 0; i < after.nodes.size(); ++i)
        QCOMPARE(both.nodes[i].id, after.nodes[i].id);
    for (const FlowGraph *g : {&before, &after}) {
        for (const GraphNode &n : g->nodes)
            QVERIFY(both.nodeIndex(n.id) >= 0);
        for (const GraphEdge &e : g->edges) {
            const GraphEdge *u
                = both.edge(both.nodeIndex(g->nodes[e.from].id), both.nodeIndex(g->nodes[e.to].id));
            QVERIFY(u);
            if (g == &after)
                QCOMPARE(u->connections, e.connections);
        }
    }
    // No edge twice.
    QSet<QPair<int, int>> seen;
    for (const GraphEdge &e : both.edges) {
        QVERIFY(!seen.contains({e.from, e.to}));
        seen.insert({e.from, e.to});
    }
}

QTEST_GUILESS_MAIN(TestGraphExplain)
#include "tst_graphexplain.moc"
