#pragma once
// Layout and rendering of a flow graph with Graphviz's library (gvc/cgraph): the graph's DOT
// (core/graph/graphdot.h) laid out by `dot` (ranked, with splines) up to kLayeredLimit nodes
// and edges, by `sfdp` (scalable force-directed placement) above, in graphToDot()'s compact form
// (no edge labels, straight edges, overlapping nodes allowed), so large graphs stay laid out in
// seconds. The result is plain values in points with y
// growing downwards (as QGraphicsScene wants it), so the studio can lay out on a worker thread
// and draw on the GUI thread; or SVG/PNG bytes for export.
//
// Graphviz keeps global state and is not reentrant: calls are serialised inside (callers on
// several threads wait for each other). Errors (an engine or format Graphviz does not have)
// come back as a Result with Graphviz's message.

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include "core/graph/flowgraph.h"
#include "core/model/result.h"

namespace ps {

/// Up to this many nodes plus edges a graph is laid out with `dot`, above with `sfdp`.
inline constexpr int kLayeredLimit = 400;

struct NodePlacement {
    int node = 0; // index into FlowGraph::nodes
    QRectF box; // points, y down
};

struct EdgePlacement {
    int from = 0; // indexes into FlowGraph::nodes
    int to = 0;
    bool denied = false; // one of FlowGraph::denied, else of FlowGraph::edges
    /// Cubic Bézier control points: p0, then three points per segment.
    QList<QPointF> spline;
    /// The arrow head's tip, when Graphviz draws one apart from the spline's end.
    std::optional<QPointF> arrowTip;
    std::optional<QPointF> labelPosition;
};

struct GraphLayout {
    QString engine; // "dot" or "sfdp"
    QRectF bounds;
    QList<NodePlacement> nodes;
    QList<EdgePlacement> edges;
};

/// The layout engine for a graph of that size (see kLayeredLimit).
QString layoutEngineFor(const FlowGraph &graph);

/// Node positions and edge splines; `engine` empty chooses by size. `edgeLabels` false lays
/// out without edge labels (no label positions), which keeps a graph with many edges compact.
/// `aspect` (the view's height / width, 0: none) fits the layout to the view it is drawn in:
/// with `dot`, ranks run from left to right or from top to bottom, whichever is drawn larger
/// when the whole graph is fitted to the view (laid out both ways); with `sfdp`, Graphviz
/// spreads the layout to that aspect (`ratio`).
Result<GraphLayout> layoutFlowGraph(
    const FlowGraph &graph, const QString &engine = {}, bool edgeLabels = true, double aspect = 0);

/// The graph laid out and rendered by Graphviz: format "svg" or "png".
Result<QByteArray> renderFlowGraph(
    const FlowGraph &graph, const QString &format, const QString &engine = {});
/// DOT text (graphToDot(), graphDiffToDot()) laid out with `engine` and rendered as "svg" or
/// "png".
Result<QByteArray> renderDot(const QString &dot, const QString &format, const QString &engine);

} // namespace ps
