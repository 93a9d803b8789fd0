#pragma once
// GraphView: a laid-out flow graph (core/graph/graphlayout.h) drawn with QGraphicsView. Nodes are
// boxes coloured by kind with their name; edges are Graphviz's splines with an arrow head and,
// where Graphviz placed one, the connections as a label (always in the tooltip). Allowed edges
// are solid, denied ones red and dashed; in a difference, added edges are green, removed ones
// red and dashed, changed ones orange and unchanged ones grey. Where A → B and B → A are drawn
// alike (allowed or denied, same style, the same connections) they are one line with a head at
// each end and one label; where they differ, two edges.
//
// The wheel zooms around the pointer, dragging the background pans, +/- zoom and 0 fits.
// Selecting a node dims everything that is not it, its edges or its neighbours; a filter hides
// the nodes it does not match (outside nodes stay while connected to a shown node); find
// selects and centres the first match. Nodes a label term matched are outlined (setMatched()).

#include <QGraphicsView>
#include <QList>

#include "core/graph/flowgraph.h"
#include "core/graph/graphlayout.h"

namespace ps {

enum class GraphEdgeStyle {
    Allowed,
    Denied,
    Added,
    Removed,
    Changed,
    Unchanged,
    ObservedAllowed, // observed flows overlaid: observed and allowed
    ObservedDenied, // observed and denied
    NeverObserved, // allowed but never observed
};

class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    /// Draw `graph` as `layout` places it; `styles` has one entry per layout edge.
    void setGraph(
        const FlowGraph &graph, const GraphLayout &layout, const QList<GraphEdgeStyle> &styles);
    void clearGraph();
    /// The whole graph in the view, and again whenever the view is resized until it is zoomed.
    void fit();
    /// The view after a graph is drawn: the whole graph when its node names can be read so
    /// (at kLegibleZoom or more), else at kLegibleZoom centred on the selected node or, with
    /// none, on the part of the graph with the most nodes, scrollbars for the rest; again
    /// whenever the view is resized until it is zoomed. Returns whether the whole graph shows.
    bool showReadable();
    /// Whether the whole graph is in the view.
    bool isWhole() const;
    /// Zoom to the nodes (indexes into FlowGraph::nodes), at kLegibleZoom or more and no more
    /// than twice the natural size, centred on them (on where most of them are when they do not
    /// fit).
    void showNodes(const QList<int> &nodes);
    void zoomBy(double factor);
    /// The view's scale (1: one point per pixel).
    double zoom() const;
    /// The scale at which node names are about as large as the window's text.
    static constexpr double kReadableZoom = 1.2;
    /// A node's name is drawn this many pixels high at zoom 1.
    static constexpr int kNamePixels = 10;
    /// The smallest scale a graph is shown at on its own (not by Fit or the wheel): names
    /// 9 pixels high, the smallest most people read without leaning in.
    static constexpr double kLegibleZoom = 0.9;

    /// Show only the nodes whose name, namespace or id contains `text` (case-insensitive),
    /// and the outside nodes connected to one of them; "" shows every node. Returns how many
    /// nodes are shown.
    int setFilter(const QString &text);
    /// The same for the nodes `shown` marks (one entry per FlowGraph node).
    int setFilter(const QList<bool> &shown);
    /// Outline the nodes `matched` marks (one entry per FlowGraph node; empty: none), the nodes
    /// a label term matched.
    void setMatched(const QList<bool> &matched);
    bool isNodeMatched(int node) const;
    /// Select and centre the first shown node whose name or id (or, for a group of an overview,
    /// one of its members' ids) contains `text`, zoomed in to at least kReadableZoom; returns the
    /// number of shown nodes that match.
    int find(const QString &text);
    /// The same for the nodes `matched` marks.
    int find(const QList<bool> &matched);
    /// The layout edge drawn as one line with `layoutEdge` (its reverse, the same connections),
    /// or -1 when it is drawn alone.
    int bundledWith(int layoutEdge) const;

    void selectNode(int node);
    void selectEdge(int layoutEdge);
    int selectedNode() const; // index into FlowGraph::nodes, or -1
    int selectedEdge() const; // index into GraphLayout::edges, or -1
    /// Whether the node (index into FlowGraph::nodes) is drawn and not hidden by the filter.
    bool isNodeShown(int node) const;
    /// Whether the node or layout edge is dimmed (not a neighbour of the selected node).
    bool isNodeDimmed(int node) const;
    bool isEdgeDimmed(int layoutEdge) const;
    /// The pen colour an edge of that style is drawn with.
    static QColor edgeColor(GraphEdgeStyle style);

Q_SIGNALS:
    void nodeSelected(int node);
    void edgeSelected(int layoutEdge);
    void selectionCleared();
    /// A node was double-clicked (or Enter pressed on the selected one).
    void nodeActivated(int node);
    /// The view's size changed.
    void resized();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onSelectionChanged();
    void dimAround(int node);
    int applyFilter(const QList<bool> &shown, bool everyOutside);
    int selectFirst(const QList<bool> &matched);
    /// The centre of the view-sized part of the graph with the most of `nodes` (all shown
    /// nodes when empty).
    QPointF busiestPoint(const QList<int> &nodes = {}) const;

    QList<QGraphicsItem *> m_nodes; // by FlowGraph node index (nullptr: not placed)
    QList<QGraphicsItem *> m_edges; // by layout edge index
    QList<QPair<int, int>> m_edgeEnds; // by layout edge index
    QList<int> m_bundled; // by layout edge index: the reverse edge drawn with it, or -1
    QList<QString> m_nodeTexts; // lower-case name, namespace and id, for filter and find
    QList<QString> m_memberTexts; // lower-case ids of a group's members, for find
    QList<bool> m_outside;
    bool m_fitted = false; // the whole graph shown, not zoomed since: kept whole on resize
    bool m_readable = false; // showReadable()'s view, not zoomed since: kept so on resize
};

} // namespace ps
