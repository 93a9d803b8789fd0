// Observed traffic placed on a flow graph (core/graph/graphobserved): each connection of a
// flow log lands on the nodes holding its ends as the graph groups them; an allowed one lies
// on an allowed edge and a denied one on a denied pair (the graph is exact); an end on no node
// is listed, not dropped.

#include <QTest>

#include "core/flows/flowexplain.h"
#include "core/flows/flowlogreader.h"
#include "core/graph/graphobserved.h"
#include "core/io/loader.h"
#include "tests/support/testfiles.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

class TestGraphObserved : public QObject {
    Q_OBJECT

private:
    static PolicyEngine demoEngine()
    {
        return PolicyEngine(Loader()
                                .loadPaths({test::projectPath(u"resources/demo"),
                                    test::fixturePath(u"flows/workspace")})
                                .workspace);
    }

    static QList<ObservedFlow> observed(const PolicyEngine &engine)
    {
        FlowLogReader reader;
        if (!reader.open(test::fixturePath(u"flows/whisker-list.json")))
            return {};
        QList<ObservedFlow> out;
        for (const FlowGroup &g : explainFlowLog(engine, reader).groups) {
            if (g.resolved)
                out.append({g.trace.from, g.trace.to, g.trace.verdict == Verdict::Allow});
        }
        return out;
    }

private Q_SLOTS:
    void observedFlowsLieOnTheirEdges_data()
    {
        QTest::addColumn<int>("by");
        QTest::newRow("namespace") << int(MatrixGrouping::Namespace);
        QTest::newRow("workload") << int(MatrixGrouping::Workload);
        QTest::newRow("pod") << int(MatrixGrouping::Pod);
        QTest::newRow("serviceaccount") << int(MatrixGrouping::ServiceAccount);
    }

    void observedFlowsLieOnTheirEdges()
    {
        QFETCH(int, by);
        const PolicyEngine engine = demoEngine();
        const QList<ObservedFlow> flows = observed(engine);
        QVERIFY(flows.size() > 3);
        GraphOptions options;
        options.by = MatrixGrouping(by);
        options.denied = true;
        const FlowGraph graph = computeFlowGraph(engine, options);
        const GraphObservation seen = observeOnGraph(engine, graph, flows);
        QVERIFY2(seen.unplaced.isEmpty(), qPrintable(seen.unplaced.join(u'\n')));
        qint64 allowed = 0;
        qint64 denied = 0;
        for (const ObservedEdge &e : seen.edges) {
            allowed += e.allowed;
            denied += e.denied;
            if (e.allowed > 0)
                QVERIFY2(graph.edge(e.from, e.to), qPrintable(graph.nodes[e.from].id));
            if (e.denied > 0) {
                const bool onDenied = std::any_of(graph.denied.cbegin(), graph.denied.cend(),
                    [&](const GraphEdge &d) { return d.from == e.from && d.to == e.to; });
                QVERIFY2(onDenied,
                    qPrintable(graph.nodes[e.from].id + u" -> "_s + graph.nodes[e.to].id));
            }
            QCOMPARE(seen.edge(e.from, e.to), &e);
        }
        QCOMPARE(allowed + denied, qint64(flows.size()));
        QVERIFY(denied > 0);
        QVERIFY(allowed > 0);
    }

    void nodesOfEnds()
    {
        const PolicyEngine engine = demoEngine();
        GraphOptions options;
        const FlowGraph byNamespace = computeFlowGraph(engine, options);
        QCOMPARE(
            graphNodeOf(engine, byNamespace, u"qa/qa-tester-0"_s), byNamespace.nodeIndex(u"qa"_s));
        const int outside = graphNodeOf(engine, byNamespace, u"203.0.113.77"_s);
        QVERIFY(outside >= 0);
        QVERIFY(byNamespace.nodes[outside].kind == GraphNodeKind::External
            || byNamespace.nodes[outside].kind == GraphNodeKind::NetworkSet);
        QCOMPARE(graphNodeOf(engine, byNamespace, u"nowhere/nothing-0"_s), -1);
        options.by = MatrixGrouping::Pod;
        const FlowGraph byPod = computeFlowGraph(engine, options);
        QCOMPARE(
            graphNodeOf(engine, byPod, u"qa/qa-tester-0"_s), byPod.nodeIndex(u"qa/qa-tester-0"_s));

        // An end on no node is listed with its reason.
        const GraphObservation seen = observeOnGraph(
            engine, byNamespace, {{u"nowhere/nothing-0"_s, u"qa/qa-tester-0"_s, true}});
        QVERIFY(seen.edges.isEmpty());
        QCOMPARE(seen.unplaced.size(), 1);
        QVERIFY(seen.unplaced.first().contains(u"nowhere/nothing-0"_s));
    }
};

} // namespace ps

QTEST_GUILESS_MAIN(ps::TestGraphObserved)
#include "tst_graphobserved.moc"
