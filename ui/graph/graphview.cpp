#include "ui/graph/graphview.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QHash>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

namespace ps {

namespace {

constexpr int kKindKey = 0; // item data: "node" or "edge"
constexpr int kIndexKey = 1; // item data: node index or layout edge index
constexpr qreal kDimmed = 0.15;
constexpr double kMinZoom = 0.02; // zoomBy()'s smallest scale

QColor fillOf(GraphNodeKind kind)
{
    switch (kind) {
    case GraphNodeKind::Namespace:
        return {0xd6, 0xe6, 0xf7};
    case GraphNodeKind::ServiceAccount:
        return {0xd4, 0xef, 0xec};
    case GraphNodeKind::Workload:
    case GraphNodeKind::Pod:
        return {0xdc, 0xf0, 0xd5};
    case GraphNodeKind::External:
        return {0xe8, 0xe8, 0xe8};
    case GraphNodeKind::NetworkSet:
        return {0xe9, 0xdf, 0xf5};
    case GraphNodeKind::HostEndpoint:
        return {0xfb, 0xe5, 0xcc};
    }
    return Qt::white;
}

class NodeItem : public QGraphicsItem {
public:
    NodeItem(const GraphNode &node, const QRectF &box)
        : m_box(box), m_fill(fillOf(node.kind)),
          m_rounded(node.kind == GraphNodeKind::External ? box.height() / 2 : 4),
          m_title(node.name.isEmpty() ? node.id : node.name)
    {
        // A group of network sets is named after its namespaces' group: its second line says
        // what it holds instead.
        if (!node.members.isEmpty())
            m_subtitle = node.kind == GraphNodeKind::NetworkSet
                ? QCoreApplication::translate("GraphView", "network sets")
                : QString();
        else if (!node.namespace_.isEmpty() && node.kind != GraphNodeKind::Namespace)
            m_subtitle = node.namespace_;
        else if (node.kind == GraphNodeKind::NetworkSet
            || (node.kind == GraphNodeKind::External && node.name != node.id))
            m_subtitle = node.cidrs.join(QStringLiteral(", "));
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(true);
        setZValue(1);
        QString tip = graphNodeKindName(node.kind) + QStringLiteral(": ") + node.id;
        if (!node.cidrs.isEmpty())
            tip += u'\n' + node.cidrs.join(QStringLiteral(", "));
        if (node.endpoints > 0)
            tip += u'\n'
                + QCoreApplication::translate(
                    "GraphView", "%n endpoint(s)", nullptr, int(node.endpoints));
        setToolTip(tip);
    }

    QRectF boundingRect() const override { return m_box.adjusted(-5, -5, 5, 5); }

    void setMatched(bool matched)
    {
        if (matched != m_matched) {
            m_matched = matched;
            update();
        }
    }
    bool isMatched() const { return m_matched; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const bool selected = option->state & QStyle::State_Selected;
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_matched) {
            // Outside the box, so it shows beside the selection's outline.
            painter->setPen(QPen(QColor(0xf5, 0x7f, 0x17), 2.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(m_box.adjusted(-3, -3, 3, 3), m_rounded + 2, m_rounded + 2);
        }
        painter->setPen(QPen(
            selected ? option->palette.highlight().color() : m_fill.darker(160), selected ? 3 : 1));
        painter->setBrush(m_fill);
        painter->drawRoundedRect(m_box, m_rounded, m_rounded);
        // Scene units are points: the text is as large as Graphviz measured its labels.
        QFont font = painter->font();
        font.setPixelSize(GraphView::kNamePixels);
        painter->setFont(font);
        painter->setPen(Qt::black);
        const QFontMetricsF metrics(font);
        const QRectF inner = m_box.adjusted(4, 1, -4, -1);
        const QString title = metrics.elidedText(m_title, Qt::ElideMiddle, inner.width());
        if (m_subtitle.isEmpty()) {
            painter->drawText(inner, Qt::AlignCenter, title);
            return;
        }
        const qreal half = inner.height() / 2;
        painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), half),
            Qt::AlignHCenter | Qt::AlignBottom, title);
        font.setPixelSize(8);
        painter->setFont(font);
        painter->setPen(QColor(0x50, 0x50, 0x50));
        painter->drawText(QRectF(inner.left(), inner.top() + half, inner.width(), half),
            Qt::AlignHCenter | Qt::AlignTop,
            QFontMetricsF(font).elidedText(m_subtitle, Qt::ElideMiddle, inner.width()));
    }

private:
    QRectF m_box;
    QColor m_fill;
    qreal m_rounded;
    QString m_title;
    QString m_subtitle;
    bool m_matched = false;
};

class EdgeItem : public QGraphicsPathItem {
public:
    using QGraphicsPathItem::QGraphicsPathItem;
    // A cosmetic pen keeps its width in pixels however far the view zooms out: the bounds hold
    // that width at the smallest zoom.
    QRectF boundingRect() const override
    {
        const qreal extra = pen().isCosmetic() ? pen().widthF() / kMinZoom : 0;
        return QGraphicsPathItem::boundingRect().adjusted(-extra, -extra, extra, extra);
    }
    // Only the line is the edge (and a margin to hit it), not the area its curve encloses.
    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(std::max<qreal>(pen().widthF(), 6));
        return stroker.createStroke(path());
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        QStyleOptionGraphicsItem plain = *option;
        const bool selected = option->state & QStyle::State_Selected;
        plain.state &= ~QStyle::State_Selected; // no dashed selection box: a wider line instead
        if (selected) {
            painter->setRenderHint(QPainter::Antialiasing);
            QPen wide(option->palette.highlight().color(), pen().widthF() + 4);
            wide.setCapStyle(Qt::RoundCap);
            painter->strokePath(path(), wide);
        }
        QGraphicsPathItem::paint(painter, &plain, widget);
    }
};

// The edges of a difference stand out at any zoom: a graph fitted to a dock is drawn at a
// fraction of its size, where a scaled line of two points is thinner than a pixel and its colour
// is lost among the unchanged edges.
bool isChange(GraphEdgeStyle style)
{
    return style == GraphEdgeStyle::Added || style == GraphEdgeStyle::Removed
        || style == GraphEdgeStyle::Changed;
}

QPen penOf(GraphEdgeStyle style)
{
    QPen pen(GraphView::edgeColor(style), 1.2);
    if (isChange(style)) {
        pen.setCosmetic(true);
        pen.setWidthF(2.5);
    }
    switch (style) {
    case GraphEdgeStyle::Denied:
    case GraphEdgeStyle::Removed:
        pen.setStyle(Qt::DashLine);
        break;
    case GraphEdgeStyle::Added:
    case GraphEdgeStyle::Changed:
        break;
    case GraphEdgeStyle::ObservedDenied:
        pen.setWidthF(2);
        break;
    case GraphEdgeStyle::ObservedAllowed:
        pen.setWidthF(2.4);
        break;
    case GraphEdgeStyle::NeverObserved:
        pen.setStyle(Qt::DotLine);
        break;
    case GraphEdgeStyle::Allowed:
    case GraphEdgeStyle::Unchanged:
        break;
    }
    return pen;
}

QPolygonF arrowHead(const QPointF &from, const QPointF &tip)
{
    QLineF line(tip, from);
    if (line.length() < 0.01)
        line.setP2(tip + QPointF(-1, 0));
    line.setLength(8);
    QLineF left = line;
    left.setAngle(line.angle() + 22);
    QLineF right = line;
    right.setAngle(line.angle() - 22);
    return QPolygonF({tip, left.p2(), right.p2(), tip});
}

} // namespace

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHint(QPainter::Antialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(palette().base());
    connect(scene(), &QGraphicsScene::selectionChanged, this, &GraphView::onSelectionChanged);
}

GraphView::~GraphView()
{
    // The scene, a child, deletes its items after this: no selection changes from them.
    disconnect(scene(), nullptr, this, nullptr);
}

QColor GraphView::edgeColor(GraphEdgeStyle style)
{
    switch (style) {
    case GraphEdgeStyle::Allowed:
        return {0x3c, 0x4a, 0x5a};
    case GraphEdgeStyle::Denied:
    case GraphEdgeStyle::Removed:
        return {0xc6, 0x28, 0x28};
    case GraphEdgeStyle::Added:
        return {0x2e, 0x7d, 0x32};
    case GraphEdgeStyle::Changed:
        return {0xef, 0x8a, 0x00};
    case GraphEdgeStyle::Unchanged:
    case GraphEdgeStyle::NeverObserved:
        return {0xa0, 0xa0, 0xa0};
    case GraphEdgeStyle::ObservedAllowed:
        return {0x15, 0x65, 0xc0};
    case GraphEdgeStyle::ObservedDenied:
        return {0xc6, 0x28, 0x28};
    }
    return Qt::black;
}

void GraphView::clearGraph()
{
    const QSignalBlocker blocker(scene());
    scene()->clear();
    m_nodes.clear();
    m_edges.clear();
    m_edgeEnds.clear();
    m_bundled.clear();
    m_nodeTexts.clear();
    m_memberTexts.clear();
    m_outside.clear();
}

void GraphView::setGraph(
    const FlowGraph &graph, const GraphLayout &layout, const QList<GraphEdgeStyle> &styles)
{
    clearGraph();
    // Many items: antialiasing costs more than it gives.
    setRenderHint(QPainter::Antialiasing, layout.nodes.size() + layout.edges.size() < 3000);
    m_nodes.fill(nullptr, graph.nodes.size());
    for (const GraphNode &n : graph.nodes) {
        m_nodeTexts.append((n.name + u'\n' + n.namespace_ + u'\n' + n.id).toLower());
        m_memberTexts.append(n.members.join(u'\n').toLower());
        m_outside.append(n.kind == GraphNodeKind::External || n.kind == GraphNodeKind::NetworkSet);
    }
    for (const NodePlacement &p : layout.nodes) {
        auto *item = new NodeItem(graph.nodes.at(p.node), p.box);
        item->setData(kKindKey, QStringLiteral("node"));
        item->setData(kIndexKey, p.node);
        scene()->addItem(item);
        m_nodes[p.node] = item;
    }
    // The graph's edge of each layout edge, found once.
    QHash<QPair<int, int>, const GraphEdge *> allowedEdges;
    QHash<QPair<int, int>, const GraphEdge *> deniedEdges;
    for (const GraphEdge &edge : graph.edges)
        allowedEdges.insert({edge.from, edge.to}, &edge);
    for (const GraphEdge &edge : graph.denied)
        deniedEdges.insert({edge.from, edge.to}, &edge);
    const auto edgeOf = [&](const EdgePlacement &e) {
        return (e.denied ? deniedEdges : allowedEdges).value({e.from, e.to});
    };
    // A → B and B → A drawn alike: one line with two heads (the first of the two is drawn).
    m_bundled.fill(-1, layout.edges.size());
    {
        QHash<QPair<int, int>, qsizetype> placed[2]; // allowed, denied
        for (qsizetype i = 0; i < layout.edges.size(); ++i) {
            const EdgePlacement &e = layout.edges[i];
            if (e.from == e.to)
                continue;
            const auto reverse = placed[e.denied].constFind({e.to, e.from});
            if (reverse != placed[e.denied].constEnd() && m_bundled[*reverse] < 0) {
                const GraphEdge *mine = edgeOf(e);
                const GraphEdge *theirs = edgeOf(layout.edges[*reverse]);
                if (mine && theirs && mine->connections == theirs->connections
                    && styles.value(i, GraphEdgeStyle::Allowed)
                        == styles.value(*reverse, GraphEdgeStyle::Allowed)) {
                    m_bundled[i] = int(*reverse);
                    m_bundled[*reverse] = int(i);
                    continue;
                }
            }
            placed[e.denied].insert({e.from, e.to}, i);
        }
    }
    for (qsizetype i = 0; i < layout.edges.size(); ++i) {
        const EdgePlacement &e = layout.edges[i];
        if (m_bundled[i] >= 0 && m_bundled[i] < i) {
            // Drawn with its reverse.
            m_edges.append(m_edges[m_bundled[i]]);
            m_edgeEnds.append({e.from, e.to});
            continue;
        }
        const bool bothWays = m_bundled[i] >= 0;
        const GraphEdgeStyle style = styles.value(i, GraphEdgeStyle::Allowed);
        QPainterPath path;
        if (!e.spline.isEmpty()) {
            path.moveTo(e.spline.first());
            for (qsizetype s = 1; s + 2 < e.spline.size(); s += 3)
                path.cubicTo(e.spline[s], e.spline[s + 1], e.spline[s + 2]);
        }
        const QPen pen = penOf(style);
        if (e.spline.size() >= 2) {
            // The head from the spline's end to Graphviz's tip, else along the last segment.
            const QPointF end = e.spline.last();
            const QPointF tip = e.arrowTip.value_or(end);
            const QPointF from = e.arrowTip ? end : e.spline[e.spline.size() - 2];
            if (e.arrowTip)
                path.lineTo(tip);
            path.addPolygon(arrowHead(from, tip));
            // Both ways: a head at the start too, along the first segment.
            if (bothWays)
                path.addPolygon(arrowHead(e.spline[1], e.spline.first()));
        }
        auto *item = new EdgeItem(path);
        item->setPen(pen);
        if (isChange(style))
            item->setZValue(0.5); // above the unchanged edges, below the nodes
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setData(kKindKey, QStringLiteral("edge"));
        item->setData(kIndexKey, int(i));
        const GraphEdge *edge = edgeOf(e);
        const QString summary = edge ? connectionsSummary(edge->connections) : QString();
        const QString from = graph.nodes.at(e.from).id;
        const QString to = graph.nodes.at(e.to).id;
        const QString denied = e.denied ? tr(" (denied)") : QString();
        item->setToolTip(bothWays
                ? QStringLiteral("%1 ↔ %2%3\n%4\n%5")
                      .arg(from, to, denied, summary, tr("The same connections both ways"))
                : QStringLiteral("%1 → %2%3\n%4").arg(from, to, denied, summary));
        if (e.labelPosition && !summary.isEmpty()) {
            auto *label = new QGraphicsSimpleTextItem(summary, item);
            QFont font = label->font();
            font.setPixelSize(9);
            label->setFont(font);
            label->setBrush(pen.color().darker(120));
            label->setPos(*e.labelPosition - label->boundingRect().center());
        }
        scene()->addItem(item);
        m_edges.append(item);
        m_edgeEnds.append({e.from, e.to});
    }
    scene()->setSceneRect(layout.bounds.adjusted(-20, -20, 20, 20));
    showReadable();
}

void GraphView::fit()
{
    if (scene()->items().isEmpty())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Never larger than twice the natural size: a small graph stays readable, not blown up.
    if (zoom() > 2)
        setTransform(QTransform::fromScale(2, 2));
    m_fitted = true;
    m_readable = false;
}

bool GraphView::showReadable()
{
    if (scene()->items().isEmpty())
        return true;
    fit();
    if (zoom() >= kLegibleZoom)
        return true;
    // Names of five pixels are no graph to read: part of it, readable, the rest a scroll away.
    setTransform(QTransform::fromScale(kLegibleZoom, kLegibleZoom));
    const int selected = selectedNode();
    centerOn(selected >= 0 ? m_nodes[selected]->sceneBoundingRect().center() : busiestPoint());
    m_fitted = false;
    m_readable = true;
    return isWhole();
}

bool GraphView::isWhole() const
{
    if (scene()->items().isEmpty())
        return true;
    // Graphviz's bounds, not the margin around them.
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    return shown.contains(scene()->sceneRect().adjusted(19, 19, -19, -19));
}

QPointF GraphView::busiestPoint(const QList<int> &nodes) const
{
    QList<QPointF> centres;
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        const QGraphicsItem *item = m_nodes[n];
        if (item && item->isVisible() && (nodes.isEmpty() || nodes.contains(int(n))))
            centres.append(item->sceneBoundingRect().center());
    }
    if (centres.isEmpty())
        return scene()->sceneRect().center();
    // The view's area in scene units around each node: the one holding the most nodes (a few
    // thousand nodes at most are drawn, so every pair is cheap enough once per graph), and of
    // those the nearest the graph's centre.
    const QSizeF area(viewport()->width() / zoom(), viewport()->height() / zoom());
    const qsizetype step = std::max<qsizetype>(1, centres.size() / 1500);
    const QPointF middle = scene()->sceneRect().center();
    QPointF best = centres.first();
    int bestCount = -1;
    for (qsizetype i = 0; i < centres.size(); i += step) {
        const QRectF window(centres[i] - QPointF(area.width() / 2, area.height() / 2), area);
        // Kept inside the graph: a window half outside it holds half the nodes it could.
        QRectF inside = window;
        const QRectF bounds = scene()->sceneRect();
        inside.moveLeft(std::clamp(window.left(), bounds.left(),
            std::max(bounds.left(), bounds.right() - window.width())));
        inside.moveTop(std::clamp(
            window.top(), bounds.top(), std::max(bounds.top(), bounds.bottom() - window.height())));
        int count = 0;
        for (const QPointF &c : std::as_const(centres))
            count += inside.contains(c);
        const QPointF centre = inside.center();
        if (count > bestCount
            || (count == bestCount
                && QLineF(centre, middle).length() < QLineF(best, middle).length())) {
            bestCount = count;
            best = centre;
        }
    }
    return best;
}

void GraphView::showNodes(const QList<int> &nodes)
{
    QRectF box;
    for (const int n : nodes) {
        if (const QGraphicsItem *item = m_nodes.value(n); item && item->isVisible())
            box |= item->sceneBoundingRect();
    }
    if (box.isEmpty())
        return;
    fitInView(box.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    const bool fits = zoom() >= kLegibleZoom;
    const double scale = std::clamp(zoom(), kLegibleZoom, 2.0);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(fits ? box.center() : busiestPoint(nodes));
    m_fitted = false;
    m_readable = false;
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A dock resized, or the status above grown by a line: still the whole graph, or still
    // readable.
    if (m_fitted)
        fit();
    else if (m_readable)
        showReadable();
    Q_EMIT resized();
}

void GraphView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, kMinZoom, 8.0);
    setTransform(QTransform::fromScale(next, next));
    m_fitted = false;
    m_readable = false;
}

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25);
        return;
    case Qt::Key_0:
        fit();
        return;
    case Qt::Key_Escape:
        scene()->clearSelection();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selectedNode() >= 0)
            Q_EMIT nodeActivated(selectedNode());
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->pos())) {
        if (item->data(kKindKey).toString() == u"node") {
            Q_EMIT nodeActivated(item->data(kIndexKey).toInt());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

int GraphView::setFilter(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    QList<bool> shown(m_nodes.size(), false);
    for (qsizetype n = 0; n < m_nodes.size(); ++n)
        shown[n] = m_nodeTexts[n].contains(needle);
    return applyFilter(shown, needle.isEmpty());
}

int GraphView::setFilter(const QList<bool> &shown)
{
    return applyFilter(shown, false);
}

int GraphView::applyFilter(const QList<bool> &matched, bool everyOutside)
{
    QList<bool> shown(m_nodes.size(), false);
    for (qsizetype n = 0; n < m_nodes.size(); ++n)
        shown[n] = m_nodes[n] && !m_outside[n] && matched.value(n);
    // Outside nodes: while connected to a shown node (all of them without a filter).
    QList<bool> outsideShown(m_nodes.size(), everyOutside);
    for (const auto &[from, to] : std::as_const(m_edgeEnds)) {
        if (shown[from])
            outsideShown[to] = true;
        if (shown[to])
            outsideShown[from] = true;
    }
    int count = 0;
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        if (m_outside[n])
            shown[n] = m_nodes[n] && outsideShown[n];
        if (m_nodes[n])
            m_nodes[n]->setVisible(shown[n]);
        count += shown[n];
    }
    for (qsizetype e = 0; e < m_edges.size(); ++e) {
        // A line drawn for both directions shows with its first.
        if (m_bundled[e] >= 0 && m_bundled[e] < e)
            continue;
        m_edges[e]->setVisible(shown[m_edgeEnds[e].first] && shown[m_edgeEnds[e].second]);
    }
    // The nodes left in the view, not as small as the whole graph made them, and no smaller
    // than names can be read.
    if (everyOutside) {
        showReadable();
    } else if (count > 0) {
        QList<int> nodes;
        for (qsizetype n = 0; n < m_nodes.size(); ++n) {
            if (shown[n])
                nodes.append(int(n));
        }
        showNodes(nodes);
    }
    return count;
}

void GraphView::setMatched(const QList<bool> &matched)
{
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes[n])
            static_cast<NodeItem *>(m_nodes[n])->setMatched(matched.value(n));
    }
    dimAround(selectedNode());
}

bool GraphView::isNodeMatched(int node) const
{
    const QGraphicsItem *item = m_nodes.value(node);
    return item && static_cast<const NodeItem *>(item)->isMatched();
}

int GraphView::bundledWith(int layoutEdge) const
{
    return m_bundled.value(layoutEdge, -1);
}

int GraphView::find(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty())
        return 0;
    QList<bool> matched(m_nodes.size(), false);
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        // Name and id only: every workload's namespace would match its namespace's name. A
        // group of an overview matches its members' ids too (where a namespace went).
        const QStringList parts = m_nodeTexts[n].split(u'\n');
        matched[n] = parts.first().contains(needle) || parts.last().contains(needle)
            || m_memberTexts[n].contains(needle);
    }
    return selectFirst(matched);
}

int GraphView::find(const QList<bool> &matched)
{
    return selectFirst(matched);
}

int GraphView::selectFirst(const QList<bool> &matched)
{
    int first = -1;
    int count = 0;
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        if (!isNodeShown(int(n)) || !matched.value(n))
            continue;
        ++count;
        if (first < 0)
            first = int(n);
    }
    if (first >= 0) {
        selectNode(first);
        // Close enough to read the node's name: a graph fitted to a small dock is drawn too
        // small for that.
        if (zoom() < kReadableZoom) {
            setTransform(QTransform::fromScale(kReadableZoom, kReadableZoom));
            m_fitted = false;
            m_readable = false;
        }
        centerOn(m_nodes[first]);
    }
    return count;
}

void GraphView::selectNode(int node)
{
    scene()->clearSelection();
    if (QGraphicsItem *item = m_nodes.value(node))
        item->setSelected(true);
}

void GraphView::selectEdge(int layoutEdge)
{
    scene()->clearSelection();
    if (QGraphicsItem *item = m_edges.value(layoutEdge))
        item->setSelected(true);
}

int GraphView::selectedNode() const
{
    for (QGraphicsItem *item : scene()->selectedItems()) {
        if (item->data(kKindKey).toString() == u"node")
            return item->data(kIndexKey).toInt();
    }
    return -1;
}

int GraphView::selectedEdge() const
{
    for (QGraphicsItem *item : scene()->selectedItems()) {
        if (item->data(kKindKey).toString() == u"edge")
            return item->data(kIndexKey).toInt();
    }
    return -1;
}

bool GraphView::isNodeShown(int node) const
{
    const QGraphicsItem *item = m_nodes.value(node);
    return item && item->isVisible();
}

bool GraphView::isNodeDimmed(int node) const
{
    const QGraphicsItem *item = m_nodes.value(node);
    return item && item->opacity() < 1;
}

bool GraphView::isEdgeDimmed(int layoutEdge) const
{
    const QGraphicsItem *item = m_edges.value(layoutEdge);
    return item && item->opacity() < 1;
}

void GraphView::dimAround(int node)
{
    QList<bool> near(m_nodes.size(), node < 0);
    if (node >= 0)
        near[node] = true;
    for (qsizetype e = 0; e < m_edges.size(); ++e) {
        if (m_bundled[e] >= 0 && m_bundled[e] < e)
            continue; // drawn with its reverse: the same two nodes
        const auto &[from, to] = m_edgeEnds[e];
        const bool touches = node < 0 || from == node || to == node;
        m_edges[e]->setOpacity(touches ? 1 : kDimmed);
        if (touches && node >= 0) {
            near[from] = true;
            near[to] = true;
        }
    }
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        // The other matches of a find or filter stay as visible as the one selected.
        if (m_nodes[n])
            m_nodes[n]->setOpacity(near[n] || isNodeMatched(int(n)) ? 1 : kDimmed);
    }
}

void GraphView::onSelectionChanged()
{
    const int node = selectedNode();
    const int edge = selectedEdge();
    dimAround(node);
    if (node >= 0)
        Q_EMIT nodeSelected(node);
    else if (edge >= 0)
        Q_EMIT edgeSelected(edge);
    else
        Q_EMIT selectionCleared();
}

} // namespace ps
