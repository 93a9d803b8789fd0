// Collapsing a flow graph by workload (or pod, or service account) into namespaces
// (core/graph/graphcollapse.h): with no namespace expanded, it is the graph by namespace —
// the same nodes, the same edges with the same connections, allowed and denied — on the shop
// fixture and on generated clusters; an expanded namespace keeps its members as they are and
// their edges to collapsed namespaces are the union over those namespaces' members. The studio's
// overview of a graph too large to draw (flowGraphOverview()) holds, between two of its nodes,
// exactly the protocols and ports some pair of their members has in the whole graph, probe by
// probe and both ways, allowed and denied, on generated clusters whose namespaces share first
// words; an expanded group keeps its members.

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphcollapse.h"
#include "core/io/loader.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

Workspace workspace(quint64 seed)
{
    if (seed == 0) {
        return Loader()
            .loadPaths({test::fixturePath(u"cli/graph/inventory.yaml"),
                test::fixturePath(u"cli/graph/new")})
            .workspace;
    }
    GeneratorOptions options;
    options.namespaces = 4;
    options.pods = 30;
    options.policies = 20;
    options.seed = seed;
    return Generator(options).generateWorkspace().value();
}

void compareGraphs(const FlowGraph &actual, const FlowGraph &expected)
{
    QCOMPARE(actual.nodes.size(), expected.nodes.size());
    for (const GraphNode &n : expected.nodes) {
        const int i = actual.nodeIndex(n.id);
        QVERIFY2(i >= 0, qPrintable(n.id));
        QCOMPARE(actual.nodes[i].kind, n.kind);
        QCOMPARE(actual.nodes[i].endpoints, n.endpoints);
        QCOMPARE(actual.nodes[i].cidrs, n.cidrs);
    }
    for (const bool denied : {false, true}) {
        const QList<GraphEdge> &edges = denied ? expected.denied : expected.edges;
        QCOMPARE((denied ? actual.denied : actual.edges).size(), edges.size());
        for (const GraphEdge &e : edges) {
            const int from = actual.nodeIndex(expected.nodes[e.from].id);
            const int to = actual.nodeIndex(expected.nodes[e.to].id);
            const GraphEdge *found = nullptr;
            for (const GraphEdge &a : denied ? actual.denied : actual.edges) {
                if (a.from == from && a.to == to)
                    found = &a;
            }
            QVERIFY2(found,
                qPrintable(expected.nodes[e.from].id + u" -> "_qs + expected.nodes[e.to].id));
            QCOMPARE(found->connections, e.connections);
        }
    }
}

} // namespace

class TestGraphCollapse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void collapsedIsTheNamespaceGraph_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("by");
        for (const quint64 seed : {0, 1, 2, 3}) {
            for (const MatrixGrouping by :
                {MatrixGrouping::Workload, MatrixGrouping::Pod, MatrixGrouping::ServiceAccount})
                QTest::addRow("%s-%s", seed == 0 ? "shop" : qPrintable(QString::number(seed)),
                    qPrintable(matrixGroupingName(by)))
                    << seed << int(by);
        }
    }

    void collapsedIsTheNamespaceGraph()
    {
        QFETCH(quint64, seed);
        QFETCH(int, by);
        const PolicyEngine engine(workspace(seed));
        const FlowGraph fine
            = computeFlowGraph(engine, {MatrixGrouping(by), true, std::nullopt, std::nullopt});
        const FlowGraph coarse = computeFlowGraph(
            engine, {MatrixGrouping::Namespace, true, std::nullopt, std::nullopt});
        compareGraphs(collapseFlowGraph(fine, {}), coarse);
        // With a protocol and port too.
        const GraphOptions filtered {MatrixGrouping(by), false, 6, 80};
        compareGraphs(collapseFlowGraph(computeFlowGraph(engine, filtered), {}),
            computeFlowGraph(engine, {MatrixGrouping::Namespace, false, 6, 80}));
    }

    void subgraphKeepsTheMatchingNodesAndTheirEdges()
    {
        const PolicyEngine engine(workspace(3));
        const FlowGraph graph = computeFlowGraph(
            engine, {MatrixGrouping::Workload, true, std::nullopt, std::nullopt});
        const QString ns = graph.nodes.first().namespace_;
        const FlowGraph part = flowSubgraph(graph, ns);
        QVERIFY(!part.nodes.isEmpty());
        QVERIFY(part.nodes.size() < graph.nodes.size());
        for (const GraphNode &n : part.nodes) {
            QVERIFY(n.kind == GraphNodeKind::External || n.kind == GraphNodeKind::NetworkSet
                || n.namespace_.contains(ns) || n.name.contains(ns) || n.id.contains(ns));
        }
        for (const bool denied : {false, true}) {
            int expected = 0;
            for (const GraphEdge &e : denied ? graph.denied : graph.edges) {
                const int from = part.nodeIndex(graph.nodes[e.from].id);
                const int to = part.nodeIndex(graph.nodes[e.to].id);
                if (from < 0 || to < 0)
                    continue;
                ++expected;
                bool found = false;
                for (const GraphEdge &p : denied ? part.denied : part.edges)
                    found
                        = found || (p.from == from && p.to == to && p.connections == e.connections);
                QVERIFY(found);
            }
            QCOMPARE((denied ? part.denied : part.edges).size(), expected);
        }
        QCOMPARE(flowSubgraph(graph, QString()).nodes.size(), graph.nodes.size());
    }

    void anExpandedNamespaceKeepsItsWorkloads()
    {
        const PolicyEngine engine(workspace(2));
        const FlowGraph fine = computeFlowGraph(engine, {MatrixGrouping::Workload, false, {}, {}});
        QString expandedNamespace;
        for (const GraphNode &n : fine.nodes) {
            if (n.kind == GraphNodeKind::Workload || n.kind == GraphNodeKind::Pod) {
                expandedNamespace = n.namespace_;
                break;
            }
        }
        QVERIFY(!expandedNamespace.isEmpty());
        const FlowGraph mixed = collapseFlowGraph(fine, {expandedNamespace});
        QVERIFY(mixed.nodeIndex(expandedNamespace) < 0);
        const FlowGraph coarse = computeFlowGraph(engine);
        for (const GraphNode &n : fine.nodes) {
            const int i = mixed.nodeIndex(
                n.namespace_ == expandedNamespace || n.namespace_.isEmpty() ? n.id : n.namespace_);
            QVERIFY2(i >= 0, qPrintable(n.id));
        }
        // Between two collapsed namespaces, the edge is the namespace graph's.
        for (const GraphEdge &e : mixed.edges) {
            const GraphNode &from = mixed.nodes[e.from];
            const GraphNode &to = mixed.nodes[e.to];
            if (from.kind != GraphNodeKind::Namespace || to.kind != GraphNodeKind::Namespace)
                continue;
            const GraphEdge *c = coarse.edge(coarse.nodeIndex(from.id), coarse.nodeIndex(to.id));
            QVERIFY(c);
            QCOMPARE(e.connections, c->connections);
        }
        // Every fine edge is held by its collapsed edge.
        for (const GraphEdge &e : fine.edges) {
            const auto nodeOf = [&](const GraphNode &n) {
                return mixed.nodeIndex(
                    n.kind == GraphNodeKind::Workload && n.namespace_ != expandedNamespace
                        ? n.namespace_
                        : n.id);
            };
            const GraphEdge *m = mixed.edge(nodeOf(fine.nodes[e.from]), nodeOf(fine.nodes[e.to]));
            QVERIFY(m);
            for (const ProtocolConnections &p : e.connections.protocols) {
                for (const PortRange &r : p.ranges)
                    QVERIFY(m->connections.holds(p.protocol, r.first));
            }
        }
    }

    void overviewHoldsWhatItsMembersHold_data()
    {
        QTest::addColumn<quint64>("seed");
        for (const quint64 seed : {1, 2, 3})
            QTest::addRow("generated-%llu", seed) << seed;
    }

    void overviewHoldsWhatItsMembersHold()
    {
        QFETCH(quint64, seed);
        GeneratorOptions options;
        options.namespaces = 30;
        options.pods = 120;
        options.policies = 60;
        options.seed = seed;
        const PolicyEngine engine(Generator(options).generateWorkspace().value());
        const FlowGraph whole = computeFlowGraph(
            engine, {MatrixGrouping::Namespace, true, std::nullopt, std::nullopt});
        const GraphOverview overview = flowGraphOverview(whole);
        QVERIFY(overview.groups > 0);
        QVERIFY(overview.graph.nodes.size() < whole.nodes.size());
        QCOMPARE(overview.nodeOf.size(), whole.nodes.size());
        for (qsizetype i = 0; i < whole.nodes.size(); ++i) {
            const GraphNode &group = overview.graph.nodes[overview.nodeOf[i]];
            QVERIFY(group.id == whole.nodes[i].id || group.members.contains(whole.nodes[i].id));
        }
        for (const bool denied : {false, true}) {
            const QList<GraphEdge> &edges = denied ? whole.denied : whole.edges;
            const QList<GraphEdge> &merged = denied ? overview.graph.denied : overview.graph.edges;
            const auto holds = [](const GraphEdge *e, const GraphProbe &p) {
                return e
                    && e->connections.holds(
                        p.protocol, p.range ? std::optional<int>(p.range->first) : std::nullopt);
            };
            const qsizetype n = overview.graph.nodes.size();
            for (const GraphProbe &p : whole.probes) {
                // What some pair of members holds, per pair of overview nodes.
                QList<bool> expected(n * n, false);
                for (const GraphEdge &e : edges) {
                    if (holds(&e, p))
                        expected[overview.nodeOf[e.from] * n + overview.nodeOf[e.to]] = true;
                }
                QList<bool> actual(n * n, false);
                for (const GraphEdge &e : merged)
                    actual[e.from * n + e.to] = holds(&e, p);
                for (qsizetype k = 0; k < n * n; ++k) {
                    QVERIFY2(actual[k] == expected[k],
                        qPrintable(overview.graph.nodes[k / n].id + u" -> "_qs
                            + overview.graph.nodes[k % n].id + u" probe "_qs
                            + graphProtocolName(p.protocol)
                            + (p.range ? u' ' + QString::number(p.range->first) : QString())
                            + (denied ? u" denied"_qs : u" allowed"_qs)));
                }
            }
        }
        // An expanded group keeps its members as nodes of their own.
        const QString group = overviewGroupOf(overview.graph.nodes[overview.nodeOf[0]]);
        QVERIFY(!group.isEmpty());
        const GraphOverview opened = flowGraphOverview(whole, {group});
        for (qsizetype i = 0; i < whole.nodes.size(); ++i) {
            if (overviewGroupOf(whole.nodes[i]) == group)
                QCOMPARE(opened.graph.nodes[opened.nodeOf[i]].id, whole.nodes[i].id);
        }
    }

    // Label terms of the Graph dock's find and filter (and what they match) on the demo:
    // namespaces by their labels, pods by theirs, a group of an overview by its members'.
    void labelTermsMatchNodes_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("by");
        QTest::addColumn<QStringList>("expected");
        const QStringList production {u"my-app"_qs, u"prod-engineering"_qs, u"production"_qs};
        QTest::newRow("key=value")
            << u"environment=production"_qs << int(MatrixGrouping::Namespace) << production;
        QTest::newRow("quoted value")
            << u"environment = 'production'"_qs << int(MatrixGrouping::Namespace) << production;
        QTest::newRow("selector") << u"team == 'engineering'"_qs << int(MatrixGrouping::Namespace)
                                  << QStringList {u"prod-engineering"_qs};
        QTest::newRow("set") << u"environment in {'qa', 'development'}"_qs
                             << int(MatrixGrouping::Namespace)
                             << QStringList {u"development"_qs, u"qa"_qs};
        QTest::newRow("absent") << u"!has(environment)"_qs << int(MatrixGrouping::Namespace)
                                << QStringList {};
        QTest::newRow("pods") << u"app=api"_qs << int(MatrixGrouping::Workload)
                              << QStringList {
                                     u"development/dev-api-0"_qs, u"prod-engineering/api-0"_qs};
        QTest::newRow("pods by namespace label")
            << u"environment=production"_qs << int(MatrixGrouping::Workload) << QStringList {};
    }

    void labelTermsMatchNodes()
    {
        QFETCH(QString, term);
        QFETCH(int, by);
        QFETCH(QStringList, expected);
        QVERIFY(isLabelTerm(term));
        const Result<Selector> selector = labelTermSelector(term);
        QVERIFY2(selector.ok(), qPrintable(selector.ok() ? QString() : selector.error().message));
        const PolicyEngine engine(
            Loader().loadPaths({test::projectPath(u"resources/demo")}).workspace);
        const NamespaceLabels labels = namespaceLabelsOf(engine.workspace());
        const FlowGraph graph = computeFlowGraph(engine, {MatrixGrouping(by), false, {}, {}});
        const QList<bool> matched = graphNodesMatching(graph, engine, labels, *selector);
        QStringList ids;
        for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
            if (matched[i])
                ids.append(graph.nodes[i].id);
        }
        QCOMPARE(ids, expected);
        // In an overview grouped by the environment label, the groups holding a match.
        const GraphOverview overview
            = flowGraphOverview(graph, {OverviewGrouping::By::Label, u"environment"_qs}, labels);
        const QList<bool> groups = graphNodesMatching(overview.graph, engine, labels, *selector);
        for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
            if (matched[i])
                QVERIFY(groups[overview.nodeOf[i]]);
        }
        // The subgraph of the matches keeps them.
        const FlowGraph part = flowSubgraph(graph, matched);
        for (const QString &id : std::as_const(ids))
            QVERIFY(part.nodeIndex(id) >= 0);
    }

    // At the workload level a Deployment's node carries its pods' labels: those of its pod
    // template and those the pods get besides (pod-template-hash), never its namespace's. A bare
    // pod carries its own; a term matching a label of one pod does not match its neighbours.
    void labelTermsMatchWorkloads_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("template label") << u"app == 'web'"_qs << QStringList {u"shop/web"_qs};
        QTest::newRow("key=value") << u"tier=frontend"_qs << QStringList {u"shop/web"_qs};
        QTest::newRow("pods' own label")
            << u"pod-template-hash == '5d4f8'"_qs << QStringList {u"shop/web"_qs};
        QTest::newRow("bare pod") << u"app=batch"_qs << QStringList {u"shop/batch-1"_qs};
        QTest::newRow("every one")
            << u"has(app)"_qs << QStringList {u"shop/api"_qs, u"shop/batch-1"_qs, u"shop/web"_qs};
        QTest::newRow("namespace label") << u"team == 'payments'"_qs << QStringList {};
        QTest::newRow("no pod") << u"app == 'api'"_qs << QStringList {u"shop/api"_qs};
    }

    void labelTermsMatchWorkloads()
    {
        QFETCH(QString, term);
        QFETCH(QStringList, expected);
        const LoadResult loaded = Loader().loadText(R"(apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: payments}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop, labels: {owner: platform}}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, tier: frontend}}
    spec: {containers: [{name: c}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  replicas: 0
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web-5d4f8-a, namespace: shop, labels: {app: web, tier: frontend, pod-template-hash: 5d4f8}}
spec: {containers: [{name: c}]}
status: {podIP: 10.0.0.1}
---
apiVersion: v1
kind: Pod
metadata: {name: web-5d4f8-b, namespace: shop, labels: {app: web, tier: frontend, pod-template-hash: 5d4f8}}
spec: {containers: [{name: c}]}
status: {podIP: 10.0.0.2}
---
apiVersion: v1
kind: Pod
metadata: {name: batch-1, namespace: shop, labels: {app: batch}}
spec: {containers: [{name: c}]}
status: {podIP: 10.0.0.3}
)",
            u"shop.yaml"_qs);
        const PolicyEngine engine(loaded.workspace);
        const FlowGraph graph = computeFlowGraph(engine, {MatrixGrouping::Workload, false, {}, {}});
        QVERIFY(graph.nodeIndex(u"shop/web"_qs) >= 0);
        QCOMPARE(graph.nodeIndex(u"shop/web-5d4f8-a"_qs), -1); // in its workload
        const Result<Selector> selector = labelTermSelector(term);
        QVERIFY(selector.ok());
        const QList<bool> matched
            = graphNodesMatching(graph, engine, namespaceLabelsOf(engine.workspace()), *selector);
        QStringList ids;
        for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
            if (matched[i])
                ids.append(graph.nodes[i].id);
        }
        ids.sort();
        QCOMPARE(ids, expected);
        // Collapsed into its namespace (a graph by namespace with another one expanded), the
        // namespace matches by its own labels only.
        const FlowGraph collapsed = collapseFlowGraph(graph, {});
        const QList<bool> byNamespace = graphNodesMatching(
            collapsed, engine, namespaceLabelsOf(engine.workspace()), *selector);
        QCOMPARE(byNamespace[collapsed.nodeIndex(u"shop"_qs)], term == u"team == 'payments'");
    }

    void namesAreNotLabelTerms()
    {
        QVERIFY(!isLabelTerm(u"prod-engineering"_qs));
        QVERIFY(!isLabelTerm(u"10.0.0.0/8"_qs));
        QVERIFY(!isLabelTerm(u"hep:node-1"_qs));
        QVERIFY(isLabelTerm(u"team in {'a'}"_qs));
        QVERIFY(!labelTermSelector(u"team == "_qs).ok());
        QVERIFY(!OverviewGrouping::parse(u"team"_qs).ok());
        QCOMPARE(OverviewGrouping::parse(u"label:team"_qs)->labelKey, u"team"_qs);
        QCOMPARE(OverviewGrouping::parse(u"label:team"_qs)->text(), u"label:team"_qs);
        QCOMPARE(OverviewGrouping::parse(u" prefix "_qs)->by, OverviewGrouping::By::Prefix);
    }
};

QTEST_GUILESS_MAIN(TestGraphCollapse)
#include "tst_graphcollapse.moc"
