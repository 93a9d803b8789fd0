#include "core/graph/graphlayout.h"

#include <algorithm>
#include <mutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/graph/graphdot.h"

namespace ps {

namespace {

// Graphviz's library keeps global state (its error buffer, the plugin registry, cgraph's
// dictionaries): one call at a time.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

QString graphvizError(const QString &what)
{
    const char *last = aglasterr();
    QString message = QCoreApplication::translate("GraphLayout", "Graphviz could not %1").arg(what);
    if (last && *last)
        message += QStringLiteral(": ") + QString::fromLocal8Bit(last).trimmed();
    return message;
}

// Lays `dotText` out with `engine` and renders it in `format`.
Result<QByteArray> runGraphviz(const QString &dotText, const QString &engine, const char *format)
{
    const std::lock_guard<std::mutex> lock(graphvizMutex());
    agseterr(AGMAX); // no messages on stderr; aglasterr() keeps them
    GVC_t *gvc = gvContext();
    const QByteArray dot = dotText.toUtf8();
    Agraph_t *g = agmemread(dot.constData());
    if (!g) {
        const QString message
            = graphvizError(QCoreApplication::translate("GraphLayout", "read the graph"));
        gvFreeContext(gvc);
        return Error {message};
    }
    const QByteArray engineName = engine.toUtf8();
    if (gvLayout(gvc, g, engineName.constData()) != 0) {
        const QString message = graphvizError(
            QCoreApplication::translate("GraphLayout", "lay the graph out with %1").arg(engine));
        agclose(g);
        gvFreeContext(gvc);
        return Error {message};
    }
    char *data = nullptr;
    unsigned int length = 0;
    const int rendered = gvRenderData(gvc, g, format, &data, &length);
    QByteArray bytes;
    QString message;
    if (rendered == 0 && data)
        bytes = QByteArray(data, qsizetype(length));
    else
        message = graphvizError(QCoreApplication::translate("GraphLayout", "render %1")
                                    .arg(QString::fromLatin1(format)));
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    if (!message.isEmpty())
        return Error {message};
    return bytes;
}

QPointF pointOf(const QString &text, double height)
{
    const QStringList xy = text.split(u',');
    if (xy.size() < 2)
        return {};
    return {xy[0].toDouble(), height - xy[1].toDouble()};
}

} // namespace

QString layoutEngineFor(const FlowGraph &graph)
{
    const qsizetype size = graph.nodes.size() + graph.edges.size() + graph.denied.size();
    return size <= kLayeredLimit ? QStringLiteral("dot") : QStringLiteral("sfdp");
}

namespace {

Result<GraphLayout> layoutOnce(
    const FlowGraph &graph, const QString &chosen, bool edgeLabels, const DotFrame &frame)
{
    // Graphviz's own JSON (without drawing operations) holds every position it computed.
    const Result<QByteArray> json
        = runGraphviz(graphToDot(graph, chosen != u"dot", edgeLabels, frame), chosen, "json0");
    if (!json)
        return json.error();
    const QJsonObject root = QJsonDocument::fromJson(json.value()).object();
    GraphLayout layout;
    layout.engine = chosen;
    const QStringList bb = root.value(QStringLiteral("bb")).toString().split(u',');
    const double height = bb.size() == 4 ? bb[3].toDouble() : 0.0;
    if (bb.size() == 4)
        layout.bounds = QRectF(bb[0].toDouble(), 0, bb[2].toDouble() - bb[0].toDouble(), height);
    QHash<QString, int> nodeIndex;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i)
        nodeIndex.insert(graph.nodes[i].id, int(i));
    constexpr double kPointsPerInch = 72.0;
    const QJsonArray objects = root.value(QStringLiteral("objects")).toArray();
    for (const QJsonValue o : objects) {
        const auto it = nodeIndex.constFind(o[QStringLiteral("name")].toString());
        if (it == nodeIndex.constEnd() || !o[QStringLiteral("pos")].isString())
            continue;
        const QPointF center = pointOf(o[QStringLiteral("pos")].toString(), height);
        const double w = o[QStringLiteral("width")].toString().toDouble() * kPointsPerInch;
        const double h = o[QStringLiteral("height")].toString().toDouble() * kPointsPerInch;
        layout.nodes.append({*it, QRectF(center.x() - w / 2, center.y() - h / 2, w, h)});
    }
    // Edges by the ids graphToDot() gives them: "a" (allowed) or "d" (denied) and the index.
    const QJsonArray edges = root.value(QStringLiteral("edges")).toArray();
    for (const QJsonValue e : edges) {
        const QString id = e[QStringLiteral("id")].toString();
        const bool denied = id.startsWith(u'd');
        bool ok = false;
        const qsizetype k = id.mid(1).toInt(&ok);
        const QList<GraphEdge> &list = denied ? graph.denied : graph.edges;
        if (!ok || k < 0 || k >= list.size())
            continue;
        EdgePlacement p;
        p.from = list[k].from;
        p.to = list[k].to;
        p.denied = denied;
        for (const QString &part :
            e[QStringLiteral("pos")].toString().split(u' ', Qt::SkipEmptyParts)) {
            if (part.startsWith(QStringLiteral("e,")))
                p.arrowTip = pointOf(part.mid(2), height);
            else if (!part.startsWith(QStringLiteral("s,")))
                p.spline.append(pointOf(part, height));
        }
        if (e[QStringLiteral("lp")].isString())
            p.labelPosition = pointOf(e[QStringLiteral("lp")].toString(), height);
        layout.edges.append(p);
    }
    return layout;
}

// How large a layout is drawn when fitted to a view of that aspect (height / width), relative to
// the view's width.
double fitScale(const QRectF &bounds, double aspect)
{
    if (bounds.width() <= 0 || bounds.height() <= 0)
        return 0;
    return std::min(1 / bounds.width(), aspect / bounds.height());
}

} // namespace

Result<GraphLayout> layoutFlowGraph(
    const FlowGraph &graph, const QString &engine, bool edgeLabels, double aspect)
{
    const QString chosen = engine.isEmpty() ? layoutEngineFor(graph) : engine;
    DotFrame frame;
    if (aspect <= 0 || chosen != u"dot") {
        // A force-directed layout is about round: spread to the view's shape, which also moves
        // apart the nodes it lets overlap.
        frame.aspect = aspect;
        return layoutOnce(graph, chosen, edgeLabels, frame);
    }
    // Ranks across or down: whichever is drawn larger when the whole graph fits the view. A
    // flow graph has few ranks and many nodes in each, so in a wide view ranks from top to
    // bottom are often the larger; in a tall one, from left to right. Not spread to the view's
    // shape (`ratio`): that only adds space between nodes, names are no larger fitted, and
    // read at a legible size the graph is sparser.
    Result<GraphLayout> across = layoutOnce(graph, chosen, edgeLabels, frame);
    if (!across)
        return across;
    frame.topToBottom = true;
    Result<GraphLayout> down = layoutOnce(graph, chosen, edgeLabels, frame);
    if (down && fitScale(down->bounds, aspect) > fitScale(across->bounds, aspect) * 1.05)
        return down;
    return across;
}

Result<QByteArray> renderFlowGraph(
    const FlowGraph &graph, const QString &format, const QString &engine)
{
    const QString chosen = engine.isEmpty() ? layoutEngineFor(graph) : engine;
    return renderDot(graphToDot(graph, chosen != u"dot"), format, chosen);
}

Result<QByteArray> renderDot(const QString &dot, const QString &format, const QString &engine)
{
    if (format != u"svg" && format != u"png") {
        return Error {
            QCoreApplication::translate("GraphLayout", "unknown image format '%1'").arg(format)};
    }
    const QByteArray name = format.toLatin1();
    return runGraphviz(dot, engine, name.constData());
}

} // namespace ps
