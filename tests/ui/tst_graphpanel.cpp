// The Graph dock's panel on its own (offscreen): choosing how the overview groups namespaces (by
// name prefix or by a namespace label's value, the groups and edges as the core's overview has
// them; a group opens on double-click), finding and filtering by a label term (namespaces by
// their labels, pods by theirs, the matches outlined and named in the status line, a term that
// does not parse said so; a find zooms to a readable size), a difference whose added, removed
// and changed edges show in their colours when drawn small, and an edge drawn once with two heads
// where both directions carry the same connections (and twice where they differ), whose details
// explain both directions; in a wide, low dock, names drawn large enough to read after a graph is
// computed and after a namespace is expanded, and the details' whole texts in their tooltips.
// With $POLICY_SCREENSHOT_DIR, the panel is saved there at each step.

#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/graph/flowgraph.h"
#include "core/graph/graphdiff.h"
#include "core/model/policy.h"
#include "core/graph/graphcollapse.h"
#include "resources/demoworkspace.h"
#include "ui/document.h"
#include "ui/graph/graphpanel.h"
#include "ui/graph/graphview.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

// Three namespaces with a pod each and labels; b admits only TCP 80, so a → b and b → a differ
// while a ↔ c are the same both ways.
const QByteArray kThree = R"(apiVersion: v1
kind: Namespace
metadata: {name: a, labels: {team: payments}}
---
apiVersion: v1
kind: Namespace
metadata: {name: b, labels: {team: payments}}
---
apiVersion: v1
kind: Namespace
metadata: {name: c, labels: {team: search}}
---
apiVersion: v1
kind: Pod
metadata: {name: pa, namespace: a, labels: {app: pa}}
spec: {containers: [{name: c}]}
status: {podIP: 10.0.0.1}
---
apiVersion: v1
kind: Pod
metadata: {name: pb, namespace: b, labels: {app: pb}}
spec: {containers: [{name: c}]}
status: {podIP: 10.0.0.2}
---
apiVersion: v1
kind: Pod
metadata: {name: pc, namespace: c, labels: {app: pc}}
spec: {containers: [{name: c}]}
status: {podIP: 10.0.0.3}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: web-only, namespace: b}
spec:
  selector: all()
  types: [Ingress]
  ingress:
  - action: Allow
    protocol: TCP
    destination: {ports: [80]}
)";

void shoot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    QVERIFY(widget.grab().save(dir + u'/' + name + u".png"_s));
}

QStringList shownNamespaces(GraphPanel &panel)
{
    QStringList out;
    for (qsizetype n = 0; n < panel.graph().nodes.size(); ++n) {
        const GraphNode &g = panel.graph().nodes[n];
        if (g.kind != GraphNodeKind::External && g.kind != GraphNodeKind::NetworkSet
            && panel.view()->isNodeShown(int(n)))
            out.append(g.id);
    }
    return out;
}

QStringList matchedIds(GraphPanel &panel)
{
    QStringList out;
    for (qsizetype n = 0; n < panel.graph().nodes.size(); ++n) {
        if (panel.view()->isNodeMatched(int(n)))
            out.append(panel.graph().nodes[n].id);
    }
    return out;
}

} // namespace

class TestGraphPanel : public QObject {
    Q_OBJECT

    Document *m_demo = nullptr;

    // A panel on `document`, shown, with its first graph computed.
    static bool computeShown(GraphPanel &panel)
    {
        panel.resize(1400, 800);
        panel.show();
        QSignalSpy computed(&panel, &GraphPanel::computed);
        panel.compute();
        return computed.wait(30000);
    }

    // Shown panels compute on their own too: the graph computed and nothing left to compute.
    static bool settled(GraphPanel &panel)
    {
        QSignalSpy computed(&panel, &GraphPanel::computed);
        panel.compute();
        if (!computed.wait(30000))
            return false;
        return QTest::qWaitFor([&] { return !panel.isComputing(); }, 30000);
    }

    static bool recomputed(GraphPanel &panel, const std::function<void()> &change)
    {
        QSignalSpy computed(&panel, &GraphPanel::computed);
        change();
        return computed.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = new Document(this);
        QSignalSpy ready(m_demo, &Document::analysisReady);
        m_demo->open({demoWorkspacePath()});
        QVERIFY(ready.wait(30000));
    }

    void groupingSwitch()
    {
        GraphPanel panel(m_demo);
        QVERIFY(computeShown(panel));
        const PolicyEngine &engine = *m_demo->analysis()->engine;
        const FlowGraph whole = computeFlowGraph(engine);
        QCOMPARE(panel.graph().nodes.size(), whole.nodes.size());
        // The choices: when too large, by prefix, by each namespace label key.
        QComboBox *groupBy = panel.overviewGroupingCombo();
        QCOMPARE(groupBy->currentData().toString(), QString());
        QVERIFY(groupBy->findData(u"prefix"_s) >= 0);
        QVERIFY(groupBy->findData(u"label:environment"_s) >= 0);
        QVERIFY(groupBy->findData(u"label:team"_s) >= 0);
        QCOMPARE(groupBy->findData(u"label:kubernetes.io/metadata.name"_s), -1);

        QVERIFY(recomputed(
            panel, [&] { groupBy->setCurrentIndex(groupBy->findData(u"label:environment"_s)); }));
        const NamespaceLabels labels = namespaceLabelsOf(engine.workspace());
        const GraphOverview expected
            = flowGraphOverview(whole, {OverviewGrouping::By::Label, u"environment"_s}, labels);
        QCOMPARE(panel.graph().nodes.size(), expected.graph.nodes.size());
        QCOMPARE(panel.graph().edges.size(), expected.graph.edges.size());
        for (const GraphEdge &e : expected.graph.edges) {
            const GraphEdge *drawn
                = panel.graph().edge(panel.graph().nodeIndex(expected.graph.nodes[e.from].id),
                    panel.graph().nodeIndex(expected.graph.nodes[e.to].id));
            QVERIFY(drawn);
            QCOMPARE(drawn->connections, e.connections);
        }
        const int production = panel.graph().nodeIndex(u"environment=production"_s);
        QVERIFY(production >= 0);
        QCOMPARE(panel.graph().nodes[production].members,
            QStringList({u"my-app"_s, u"prod-engineering"_s, u"production"_s}));
        QCOMPARE(panel.graph().nodeIndex(u"production"_s), -1);
        QVERIFY2(
            panel.statusText().contains(u"label environment"_s), qPrintable(panel.statusText()));
        QCOMPARE(panel.layout().nodes.size(), panel.graph().nodes.size());
        panel.view()->selectNode(production);
        shoot(panel, u"graph-grouped-by-label"_s);

        // Double-clicking the group shows its namespaces; the others stay grouped.
        QVERIFY(recomputed(panel, [&] { Q_EMIT panel.view()->nodeActivated(production); }));
        QCOMPARE(panel.expandedGroups(), QSet<QString> {u"environment=production"_s});
        QVERIFY(panel.graph().nodeIndex(u"production"_s) >= 0);
        QVERIFY(panel.graph().nodeIndex(u"environment=qa"_s) >= 0);
        // Folding it again.
        QVERIFY(recomputed(panel,
            [&] { Q_EMIT panel.view()->nodeActivated(panel.graph().nodeIndex(u"production"_s)); }));
        QVERIFY(panel.graph().nodeIndex(u"environment=production"_s) >= 0);

        // Another key: the namespaces without it are one group.
        QVERIFY(recomputed(
            panel, [&] { groupBy->setCurrentIndex(groupBy->findData(u"label:team"_s)); }));
        const int none = panel.graph().nodeIndex(u"!team"_s);
        QVERIFY(none >= 0);
        QCOMPARE(panel.graph().nodes[none].name, u"(no team)"_s);
        QVERIFY(panel.graph().nodeIndex(u"team=engineering"_s) >= 0);

        // By prefix the demo's namespaces share no first word: the graph itself.
        QVERIFY(
            recomputed(panel, [&] { groupBy->setCurrentIndex(groupBy->findData(u"prefix"_s)); }));
        QCOMPARE(panel.graph().nodes.size(), whole.nodes.size());
        // Back to grouping only when too large.
        QVERIFY(recomputed(panel, [&] { groupBy->setCurrentIndex(0); }));
        QCOMPARE(panel.graph().nodes.size(), whole.nodes.size());
        QVERIFY(panel.graph().nodeIndex(u"production"_s) >= 0);
    }

    void labelSearch()
    {
        GraphPanel panel(m_demo);
        QVERIFY(computeShown(panel));
        // The filter: namespaces by their labels, the matches outlined and named.
        panel.filterEdit()->setText(u"environment=production"_s);
        const QStringList production {u"my-app"_s, u"prod-engineering"_s, u"production"_s};
        QCOMPARE(shownNamespaces(panel), production);
        QCOMPARE(matchedIds(panel), production);
        QVERIFY2(panel.statusText().contains(
                     u"carry labels matching “environment=production”: my-app, "_s),
            qPrintable(panel.statusText()));
        shoot(panel, u"graph-label-filter"_s);
        // A selector as Calico writes it.
        panel.filterEdit()->setText(u"environment in {'qa', 'development'}"_s);
        QCOMPARE(shownNamespaces(panel), QStringList({u"development"_s, u"qa"_s}));
        // Being typed: nothing hidden, the status says why.
        panel.filterEdit()->setText(u"environment == "_s);
        QVERIFY2(panel.statusText().startsWith(u"Not a label selector yet"_s),
            qPrintable(panel.statusText()));
        QVERIFY(matchedIds(panel).isEmpty());
        QCOMPARE(shownNamespaces(panel).size(), 5);
        // A name again.
        panel.filterEdit()->setText(u"prod"_s);
        QCOMPARE(shownNamespaces(panel), QStringList({u"prod-engineering"_s, u"production"_s}));
        QVERIFY(matchedIds(panel).isEmpty());
        panel.filterEdit()->clear();

        // Find: selects the first match and outlines every match.
        panel.findEdit()->setText(u"team == 'engineering'"_s);
        QTest::keyClick(panel.findEdit(), Qt::Key_Return);
        QCOMPARE(panel.graph().nodes[panel.view()->selectedNode()].id, u"prod-engineering"_s);
        QCOMPARE(matchedIds(panel), QStringList {u"prod-engineering"_s});
        QVERIFY2(panel.statusText().contains(u"labels matching “team == 'engineering'”"_s),
            qPrintable(panel.statusText()));
        panel.findEdit()->setText(u"team =="_s);
        QVERIFY(matchedIds(panel).isEmpty()); // a new text drops the outline
        QTest::keyClick(panel.findEdit(), Qt::Key_Return);
        QVERIFY2(panel.statusText().startsWith(u"Not a label selector"_s),
            qPrintable(panel.statusText()));

        // By workload: pods by their own labels.
        QVERIFY(recomputed(panel, [&] {
            panel.groupingCombo()->setCurrentIndex(
                panel.groupingCombo()->findData(int(MatrixGrouping::Workload)));
        }));
        QCOMPARE(panel.graph().by, MatrixGrouping::Workload);
        panel.filterEdit()->setText(u"app=api"_s);
        QCOMPARE(shownNamespaces(panel),
            QStringList({u"development/dev-api-0"_s, u"prod-engineering/api-0"_s}));
        QCOMPARE(matchedIds(panel),
            QStringList({u"development/dev-api-0"_s, u"prod-engineering/api-0"_s}));
        shoot(panel, u"graph-label-filter-pods"_s);

        // Find by a pod label: the first match selected and drawn large enough to read (the
        // whole graph fitted to the panel is drawn smaller), the other match not dimmed with the
        // nodes around.
        panel.filterEdit()->clear();
        panel.view()->fit();
        QVERIFY(panel.view()->zoom() < GraphView::kReadableZoom);
        panel.findEdit()->setText(u"app == 'api'"_s);
        QTest::keyClick(panel.findEdit(), Qt::Key_Return);
        const int devApi = panel.graph().nodeIndex(u"development/dev-api-0"_s);
        const int api = panel.graph().nodeIndex(u"prod-engineering/api-0"_s);
        QCOMPARE(panel.view()->selectedNode(), devApi);
        QVERIFY(panel.view()->zoom() >= GraphView::kReadableZoom);
        QVERIFY(!panel.view()->isNodeDimmed(api));
        QVERIFY(panel.view()->isNodeDimmed(panel.graph().nodeIndex(u"production/client-0"_s)));
        shoot(panel, u"graph-find-pods"_s);
    }

    // The demo by workload in a Graph dock as wide and low as at 1366x768 (the view about four
    // times wider than high): node names are drawn large enough to read, not fitted down to a
    // few pixels; what does not fit is a scroll away and the status says Fit shows it whole.
    void readableAfterCompute()
    {
        GraphPanel panel(m_demo);
        panel.groupingCombo()->setCurrentIndex(
            panel.groupingCombo()->findData(int(MatrixGrouping::Workload)));
        panel.resize(1366, 330);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(settled(panel));
        QCOMPARE(panel.graph().by, MatrixGrouping::Workload);
        const QSize viewport = panel.view()->viewport()->size();
        QVERIFY2(viewport.width() > 3 * viewport.height(),
            qPrintable(u"%1x%2"_s.arg(viewport.width()).arg(viewport.height())));
        const double namePixels = GraphView::kNamePixels * panel.view()->zoom();
        qInfo("view %dx%d, layout %.0fx%.0f pt, names %.1f px", viewport.width(), viewport.height(),
            panel.layout().bounds.width(), panel.layout().bounds.height(), namePixels);
        QVERIFY2(namePixels >= 8.0, qPrintable(QString::number(namePixels)));
        // The graph is larger than the view at that size: part of it, and the status says how
        // to see the whole; Fit still fits.
        QVERIFY(!panel.view()->isWhole());
        QVERIFY2(panel.statusText().contains(u"Fit (0) shows it whole"_s),
            qPrintable(panel.statusText()));
        // The view is on nodes, not on an empty corner of the graph.
        const QRect shown = panel.view()->viewport()->rect();
        int onScreen = 0;
        for (const NodePlacement &p : panel.layout().nodes)
            onScreen += shown.contains(panel.view()->mapFromScene(p.box).boundingRect());
        QVERIFY2(onScreen >= 3, qPrintable(QString::number(onScreen)));
        shoot(panel, u"graph-readable-wide"_s);
        panel.view()->fit();
        QVERIFY(panel.view()->isWhole());
        QVERIFY(GraphView::kNamePixels * panel.view()->zoom() < 8.0);
    }

    // Double-clicking a namespace shows its pods, zoomed in to them at a readable size: closer
    // than the whole graph fitted, centred on them.
    void expandZoomsToPods()
    {
        GraphPanel panel(m_demo);
        panel.resize(1366, 330);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(settled(panel));
        const int prod = panel.graph().nodeIndex(u"prod-engineering"_s);
        QVERIFY(prod >= 0);
        QVERIFY(recomputed(panel, [&] { Q_EMIT panel.view()->nodeActivated(prod); }));
        QVERIFY(panel.graph().nodeIndex(u"prod-engineering/db-0"_s) >= 0);
        shoot(panel, u"graph-expanded-zoomed"_s);
        const double zoom = panel.view()->zoom();
        QVERIFY(GraphView::kNamePixels * zoom >= 8.0);
        const QRect shown = panel.view()->viewport()->rect();
        QRectF pods;
        int podsShown = 0;
        for (const NodePlacement &p : panel.layout().nodes) {
            if (panel.graph().nodes[p.node].namespace_ != u"prod-engineering"
                || panel.graph().nodes[p.node].kind == GraphNodeKind::Namespace)
                continue;
            pods |= p.box;
            podsShown += shown.contains(panel.view()->mapFromScene(p.box).boundingRect());
        }
        QVERIFY(podsShown >= 2);
        // The view's centre is among them.
        QVERIFY(pods.contains(panel.view()->mapToScene(shown.center())));
        panel.view()->fit();
        qInfo("zoom %.2f on the pods, %.2f fitted, %d pods whole in view", zoom,
            panel.view()->zoom(), podsShown);
        QVERIFY(zoom > 1.5 * panel.view()->zoom());
    }

    // The graph is laid out again for the view's shape when it changes a lot (the dock moved
    // from the bottom to the side), not on every resize.
    void relayoutOnShapeChange()
    {
        GraphPanel panel(m_demo);
        panel.resize(1366, 330);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(settled(panel));
        // Made for the view's shape, within what is not laid out again for (scrollbars, a
        // longer status and the splitter following the panel change it a little since).
        const auto madeForView = [&] {
            const QSize size = panel.view()->viewport()->size();
            const double aspect = double(size.height()) / size.width();
            return std::max(aspect, panel.layoutAspect()) / std::min(aspect, panel.layoutAspect())
                < 1.5;
        };
        QVERIFY(madeForView());
        const double wide = panel.layoutAspect();
        QSignalSpy computed(&panel, &GraphPanel::computed);
        panel.resize(1300, 340);
        QVERIFY(!computed.wait(1500));
        QCOMPARE(panel.layoutAspect(), wide);
        panel.resize(700, 900);
        QVERIFY(computed.wait(30000));
        QVERIFY(madeForView());
        QVERIFY(panel.layoutAspect() > 3 * wide);
        QCOMPARE(panel.layout().nodes.size(), panel.graph().nodes.size());
    }

    // An edge's details: every cell's whole text is in its tooltip (the heading and the reasons
    // are longer than the pane), and the reasons' column is as wide as the longest.
    void detailsFullText()
    {
        GraphPanel panel(m_demo);
        panel.groupingCombo()->setCurrentIndex(
            panel.groupingCombo()->findData(int(MatrixGrouping::Workload)));
        panel.resize(1366, 330);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(settled(panel));
        const int auth = panel.graph().nodeIndex(u"prod-engineering/auth-0"_s);
        QVERIFY(auth >= 0);
        int edge = -1;
        for (qsizetype e = 0; e < panel.layout().edges.size() && edge < 0; ++e) {
            if (panel.layout().edges[e].from == auth && !panel.layout().edges[e].denied)
                edge = int(e);
        }
        QVERIFY(edge >= 0);
        QSignalSpy explained(&panel, &GraphPanel::explained);
        panel.view()->selectEdge(edge);
        QVERIFY(explained.wait(30000));
        QTreeWidget *details = panel.details();
        QTreeWidgetItem *head = details->topLevelItem(0);
        QVERIFY(head->text(0).startsWith(u"prod-engineering/auth-0 → "_s));
        QVERIFY(head->childCount() > 0);
        int cells = 0;
        int widest = 0;
        std::function<void(QTreeWidgetItem *)> check = [&](QTreeWidgetItem *item) {
            for (int c = 0; c < details->columnCount(); ++c) {
                if (item->text(c).isEmpty())
                    continue;
                ++cells;
                QVERIFY2(item->toolTip(c).contains(item->text(c)), qPrintable(item->text(c)));
                if (c == 1 && item->parent())
                    widest
                        = std::max(widest, details->fontMetrics().horizontalAdvance(item->text(1)));
            }
            for (int k = 0; k < item->childCount(); ++k)
                check(item->child(k));
        };
        for (int t = 0; t < details->topLevelItemCount(); ++t)
            check(details->topLevelItem(t));
        QVERIFY(cells >= 4);
        QVERIFY2(details->columnWidth(1) >= widest,
            qPrintable(u"%1 < %2"_s.arg(details->columnWidth(1)).arg(widest)));
        shoot(panel, u"graph-details-full"_s);
    }

    // The difference between the saved demo and an edit, by workload, in a panel too small to
    // draw it at its natural size: the status names each kind of change with its colour, and
    // each kind shows in that colour on screen (its lines stay wide enough however small the
    // graph is drawn).
    void differenceStandsOut()
    {
        Document document;
        QSignalSpy ready(&document, &Document::analysisReady);
        document.open({demoWorkspacePath()});
        QVERIFY(ready.wait(30000));
        // development admits qa too, on TCP 80 only: dev -> dev edges change, qa -> dev edges
        // are added; the database no longer admits user-auth: auth-0 -> db-0 is removed.
        QList<CalicoPolicy> policies = document.workspace()->policies;
        for (CalicoPolicy &p : policies) {
            if (p.meta.name == u"restrict-development-access") {
                p.ingress[0].source.namespaceSelector = u"environment in {'development', 'qa'}"_s;
                p.ingress[0].protocol = Protocol::fromString(u"TCP"_s);
                p.ingress[0].destination.ports = {Port::parse(u"80"_s).value()};
            } else if (p.meta.name == u"allow-db-from-named-accounts") {
                p.ingress[0].source.serviceAccounts->names = {u"api-service"_s};
            } else {
                continue;
            }
            document.replacePolicy(p.source.id, p);
            QVERIFY(ready.wait(30000));
        }
        GraphPanel panel(&document);
        panel.resize(900, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.groupingCombo()->setCurrentIndex(
            panel.groupingCombo()->findData(int(MatrixGrouping::Workload)));
        panel.compareCheck()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.diff() && !panel.isComputing() && panel.graph().by == MatrixGrouping::Workload,
            30000);
        QHash<GraphEdgeChange::Type, int> counts;
        for (const GraphEdgeChange &c : panel.diff()->changes)
            ++counts[c.type];
        QCOMPARE(counts.value(GraphEdgeChange::Type::Added), 2);
        QCOMPARE(counts.value(GraphEdgeChange::Type::Removed), 1);
        QVERIFY(counts.value(GraphEdgeChange::Type::Changed) > 0);
        QVERIFY2(panel.statusText().contains(u"2 added (green), 1 removed (red, dashed), "_s),
            qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().contains(u" with other connections (orange)"_s),
            qPrintable(panel.statusText()));

        panel.view()->fit();
        QVERIFY(panel.view()->zoom() < 0.8);
        QCoreApplication::processEvents();
        const QImage image = panel.view()->viewport()->grab().toImage();
        for (const GraphEdgeStyle style :
            {GraphEdgeStyle::Added, GraphEdgeStyle::Removed, GraphEdgeStyle::Changed}) {
            const QColor want = GraphView::edgeColor(style);
            int pixels = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    pixels += std::abs(c.red() - want.red()) < 24
                        && std::abs(c.green() - want.green()) < 24
                        && std::abs(c.blue() - want.blue()) < 24;
                }
            }
            QVERIFY2(pixels >= 10, qPrintable(u"%1 pixels of %2"_s.arg(pixels).arg(want.name())));
        }
        shoot(panel, u"graph-difference-small"_s);
    }

    void bothDirectionsOneEdge()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"three.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kThree);
        file.close();
        Document document;
        QSignalSpy ready(&document, &Document::analysisReady);
        document.open({dir.path()});
        QVERIFY(ready.wait(30000));
        GraphPanel panel(&document);
        QVERIFY(computeShown(panel));
        const FlowGraph &graph = panel.graph();
        const GraphLayout &layout = panel.layout();
        GraphView *view = panel.view();
        const auto placementOf = [&](const QString &from, const QString &to) {
            for (qsizetype i = 0; i < layout.edges.size(); ++i) {
                const EdgePlacement &e = layout.edges[i];
                if (!e.denied && e.from == graph.nodeIndex(from) && e.to == graph.nodeIndex(to))
                    return int(i);
            }
            return -1;
        };
        const int ac = placementOf(u"a"_s, u"c"_s);
        const int ca = placementOf(u"c"_s, u"a"_s);
        const int ab = placementOf(u"a"_s, u"b"_s);
        const int ba = placementOf(u"b"_s, u"a"_s);
        QVERIFY(ac >= 0 && ca >= 0 && ab >= 0 && ba >= 0);
        // a ↔ c: the same connections, one line.
        QCOMPARE(view->bundledWith(ac), ca);
        QCOMPARE(view->bundledWith(ca), ac);
        // a → b is TCP 80 only, b → a everything: two edges.
        QCOMPARE(view->bundledWith(ab), -1);
        QCOMPARE(view->bundledWith(ba), -1);
        // The rule, edge by edge: bundled exactly when the reverse has the same connections.
        for (qsizetype i = 0; i < layout.edges.size(); ++i) {
            const EdgePlacement &e = layout.edges[i];
            const GraphEdge *mine = graph.edge(e.from, e.to);
            const GraphEdge *reverse = graph.edge(e.to, e.from);
            const bool same
                = e.from != e.to && mine && reverse && mine->connections == reverse->connections;
            QCOMPARE(view->bundledWith(int(i)) >= 0, same);
        }
        // Selecting either direction selects the one line; its details explain both.
        QSignalSpy explained(&panel, &GraphPanel::explained);
        view->selectEdge(ca);
        const int line = view->selectedEdge();
        QVERIFY(line == ac || line == ca);
        QVERIFY(explained.wait(20000));
        QCOMPARE(panel.details()->topLevelItemCount(), 2);
        QStringList heads;
        for (int t = 0; t < 2; ++t) {
            heads.append(panel.details()->topLevelItem(t)->text(0));
            QVERIFY(panel.details()->topLevelItem(t)->childCount() > 0);
            QVERIFY(panel.details()->topLevelItem(t)->child(0)->text(0) != u"Explaining…"_s);
        }
        heads.sort();
        QCOMPARE(heads, QStringList({u"a → c"_s, u"c → a"_s}));
        // Dimming follows the line: a selected node keeps it.
        view->selectNode(graph.nodeIndex(u"c"_s));
        QVERIFY(!view->isEdgeDimmed(ac));
        QVERIFY(!view->isEdgeDimmed(ca));
        shoot(panel, u"graph-both-directions"_s);
    }
};

QTEST_MAIN(TestGraphPanel)
#include "tst_graphpanel.moc"
