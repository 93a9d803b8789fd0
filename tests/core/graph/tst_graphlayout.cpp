// Layout and rendering through Graphviz (core/graph/graphlayout.h): every node of the demo's
// graphs gets a box inside the bounds and every edge a Bézier spline from near its source to
// near its target (y down); the engine follows the graph's size (dot, then sfdp, which lays out
// a large synthetic graph too); SVG and PNG come back as such; an unknown engine or format is
// an error with a message.

#include <algorithm>

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphlayout.h"
#include "core/io/loader.h"
#include "tests/support/testfiles.h"

using namespace ps;

Q_DECLARE_METATYPE(ps::MatrixGrouping)

namespace {

FlowGraph demoGraph(MatrixGrouping by, bool denied)
{
    const PolicyEngine engine(Loader().loadPaths({test::projectPath(u"resources/demo")}).workspace);
    return computeFlowGraph(engine, {by, denied, std::nullopt, std::nullopt});
}

// A ring of `n` namespaces, each connected to the next two.
FlowGraph ring(int n)
{
    FlowGraph g;
    for (int i = 0; i < n; ++i) {
        GraphNode node;
        node.id = QStringLiteral("ns-%1").arg(i);
        node.name = node.id;
        g.nodes.append(node);
    }
    for (int i = 0; i < n; ++i) {
        for (const int step : {1, 2}) {
            GraphEdge e;
            e.from = i;
            e.to = (i + step) % n;
            e.connections.all = true;
            g.edges.append(e);
        }
    }
    std::sort(g.edges.begin(), g.edges.end(), [](const GraphEdge &a, const GraphEdge &b) {
        return std::pair {a.from, a.to} < std::pair {b.from, b.to};
    });
    return g;
}

bool near(const QPointF &p, const QRectF &box)
{
    return box.adjusted(-12, -12, 12, 12).contains(p);
}

void verifyLayout(const FlowGraph &graph, const GraphLayout &layout)
{
    QCOMPARE(layout.nodes.size(), graph.nodes.size());
    QList<QRectF> boxes(graph.nodes.size());
    for (const NodePlacement &n : layout.nodes) {
        QVERIFY(n.box.isValid());
        QVERIFY2(layout.bounds.adjusted(-1, -1, 1, 1).contains(n.box),
            qPrintable(graph.nodes[n.node].id));
        boxes[n.node] = n.box;
    }
    QCOMPARE(layout.edges.size(), graph.edges.size() + graph.denied.size());
    qsizetype denied = 0;
    for (const EdgePlacement &e : layout.edges) {
        denied += e.denied ? 1 : 0;
        QVERIFY(e.spline.size() >= 2);
        if (layout.engine == u"dot")
            QCOMPARE((e.spline.size() - 1) % 3, 0);
        QVERIFY2(near(e.spline.first(), boxes[e.from]), qPrintable(graph.nodes[e.from].id));
        QVERIFY2(near(e.arrowTip.value_or(e.spline.last()), boxes[e.to]),
            qPrintable(graph.nodes[e.to].id));
    }
    QCOMPARE(denied, graph.denied.size());
}

} // namespace

class TestGraphLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demo_data();
    void demo();
    void engineBySize();
    void largeGraphWithSfdp();
    void fitsTheView();
    void images();
    void errors();
};

void TestGraphLayout::demo_data()
{
    QTest::addColumn<MatrixGrouping>("by");
    QTest::addColumn<bool>("denied");
    QTest::newRow("namespace") << MatrixGrouping::Namespace << false;
    QTest::newRow("namespace denied") << MatrixGrouping::Namespace << true;
    QTest::newRow("workload") << MatrixGrouping::Workload << false;
}

void TestGraphLayout::demo()
{
    QFETCH(MatrixGrouping, by);
    QFETCH(bool, denied);
    const FlowGraph graph = demoGraph(by, denied);
    const Result<GraphLayout> layout = layoutFlowGraph(graph, QStringLiteral("dot"));
    QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().message));
    QCOMPARE(layout->engine, QStringLiteral("dot"));
    verifyLayout(graph, layout.value());
}

void TestGraphLayout::engineBySize()
{
    QCOMPARE(layoutEngineFor(demoGraph(MatrixGrouping::Namespace, false)), QStringLiteral("dot"));
    QCOMPARE(layoutEngineFor(ring(50)), QStringLiteral("dot"));
    QCOMPARE(layoutEngineFor(ring(200)), QStringLiteral("sfdp"));
}

void TestGraphLayout::largeGraphWithSfdp()
{
    const FlowGraph graph = ring(300);
    const Result<GraphLayout> layout = layoutFlowGraph(graph);
    QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().message));
    QCOMPARE(layout->engine, QStringLiteral("sfdp"));
    verifyLayout(graph, layout.value());
}

// A layout made for a wide view (a dock along the bottom) is drawn larger in it than the
// layout made without a view; sfdp's fills the view's shape.
void TestGraphLayout::fitsTheView()
{
    const auto fitted = [](const QRectF &bounds, double aspect) {
        return std::min(1 / bounds.width(), aspect / bounds.height());
    };
    const double wide = 0.25;
    const FlowGraph demo = demoGraph(MatrixGrouping::Workload, false);
    const Result<GraphLayout> plain = layoutFlowGraph(demo, QStringLiteral("dot"), false);
    const Result<GraphLayout> forWide = layoutFlowGraph(demo, QStringLiteral("dot"), false, wide);
    QVERIFY(plain.ok() && forWide.ok());
    verifyLayout(demo, forWide.value());
    qInfo("dot: %.0fx%.0f without a view, %.0fx%.0f for a 4:1 view", plain->bounds.width(),
        plain->bounds.height(), forWide->bounds.width(), forWide->bounds.height());
    QVERIFY(fitted(forWide->bounds, wide) > 1.5 * fitted(plain->bounds, wide));
    // A tall view: never drawn smaller than without a view.
    const Result<GraphLayout> forTall = layoutFlowGraph(demo, QStringLiteral("dot"), false, 4);
    QVERIFY(forTall.ok());
    QVERIFY(fitted(forTall->bounds, 4) >= fitted(plain->bounds, 4));

    const FlowGraph large = ring(300);
    const Result<GraphLayout> spread = layoutFlowGraph(large, {}, false, wide);
    QVERIFY(spread.ok());
    QCOMPARE(spread->engine, QStringLiteral("sfdp"));
    verifyLayout(large, spread.value());
    const double shape = spread->bounds.width() / spread->bounds.height();
    QVERIFY2(shape > 3, qPrintable(QString::number(shape)));
}

void TestGraphLayout::images()
{
    const FlowGraph graph = demoGraph(MatrixGrouping::Namespace, true);
    const Result<QByteArray> svg = renderFlowGraph(graph, QStringLiteral("svg"));
    QVERIFY(svg.ok());
    QVERIFY(svg->startsWith("<?xml"));
    QVERIFY(svg->contains("<svg"));
    QVERIFY(svg->contains("prod&#45;engineering"));
    QVERIFY(svg->contains("stroke-dasharray")); // the denied edges
    const Result<QByteArray> png = renderFlowGraph(graph, QStringLiteral("png"));
    QVERIFY(png.ok());
    QVERIFY(png->startsWith("\x89PNG\r\n\x1a\n"));
}

void TestGraphLayout::errors()
{
    const FlowGraph graph = demoGraph(MatrixGrouping::Namespace, false);
    const Result<GraphLayout> layout = layoutFlowGraph(graph, QStringLiteral("no-such-engine"));
    QVERIFY(!layout.ok());
    QVERIFY2(layout.error().message.startsWith(QStringLiteral("Graphviz could not lay the graph "
                                                              "out with no-such-engine")),
        qPrintable(layout.error().message));
    const Result<QByteArray> image = renderFlowGraph(graph, QStringLiteral("gif"));
    QVERIFY(!image.ok());
    QCOMPARE(image.error().message, QStringLiteral("unknown image format 'gif'"));
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
