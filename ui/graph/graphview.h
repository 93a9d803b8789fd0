#pragma once
// GraphView: a laid-out flow graph (core/graph/graphlayout.h) drawn with QGraphicsView. Nodes are
// boxes coloured by kind with their name; edges are Graphviz's splines with an arrow head and,
// where Graphviz placed one, the connections as a label (always in the tooltip). Allowed edges
// are solid, denied ones red and dashed; in a difference, added edges are green, removed ones
// red and dashed, changed ones orange and unchanged ones grey.
//
// The wheel zooms around the pointer, dragging the background pans, +/- zoom and 0 fits.
// Selecting a node dims everything that is not it, its edges or its neighbours; a filter hides
// the nodes it does not match (outside nodes stay while connected to a shown node); find
// selects and centres the first match.

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
    /// The whole graph in the view.
    void fit();
    void zoomBy(double factor);
    /// The view's scale (1: one point per pixel).
    double zoom() const;

    /// Show only the nodes whose name, namespace or id contains `text` (case-insensitive),
    /// and the outside nodes connected to one of them; "" shows every node. Returns how many
    /// nodes are shown.
    int setFilter(const QString &text);
    /// Select and centre the first shown node whose name or id (or, for a group of an overview,
    /// one of its members' ids) contains `text`; returns the number of shown nodes that match.
    int find(const QString &text);

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

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void onSelectionChanged();
    void dimAround(int node);

    QList<QGraphicsItem *> m_nodes; // by FlowGraph node index (nullptr: not placed)
    QList<QGraphicsItem *> m_edges; // by layout edge index
    QList<QPair<int, int>> m_edgeEnds; // by layout edge index
    QList<QString> m_nodeTexts; // lower-case name, namespace and id, for filter and find
    QList<QString> m_memberTexts; // lower-case ids of a group's members, for find
    QList<bool> m_outside;
};

} // namespace ps
