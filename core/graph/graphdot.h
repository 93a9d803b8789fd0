#pragma once
// A flow graph as Graphviz DOT: `policyctl graph -o dot`, and what Graphviz lays out, so what is
// exported and what is drawn are the same graph. Nodes
// are named by their ids and labelled with their names; a shape per kind; allowed edges are
// labelled with their connections (connectionsSummary()), denied ones are red and dashed.

#include <QString>

#include "core/graph/flowgraph.h"
#include "core/graph/graphdiff.h"

namespace ps {

/// Up to this many nodes a compact graph's nodes are moved apart (Graphviz overlap=prism).
inline constexpr int kOverlapRemovalLimit = 1000;

/// How a layout should fit the view it is drawn in (the export has none of it).
struct DotFrame {
    /// Ranks from top to bottom (`rankdir=TB`) instead of from left to right.
    bool topToBottom = false;
    /// The view's height / width; above 0, Graphviz spreads the layout to that aspect
    /// (`ratio`), so the drawing fills the view instead of leaving bands empty.
    double aspect = 0;
};

/// `compact`: for large graphs — no edge labels, nodes may overlap (above
/// kOverlapRemovalLimit nodes) and edges are straight lines, which keeps a force-directed layout
/// of thousands of nodes and edges in seconds (the connections of an edge are in the graph
/// itself, for a view to show on demand).
/// `edgeLabels` false: no edge labels either, but laid out as usual (a view with many edges
/// shows the connections on demand; labels would make the layout several times larger).
/// `frame`: the layout's direction and aspect (see DotFrame).
QString graphToDot(const FlowGraph &graph, bool compact = false, bool edgeLabels = true,
    const DotFrame &frame = {});
/// The difference of two graphs drawn over the new one: every node of either (removed ones
/// grey and dashed, added ones bold), unchanged edges grey, added edges green, removed ones red
/// and dashed, changed ones orange; changed edges are labelled with the flows added (+) and
/// removed (-).
QString graphDiffToDot(const GraphDiff &diff, const FlowGraph &before, const FlowGraph &after);

/// `text` as a DOT string: quoted, with quotes, backslashes and line breaks escaped.
QString dotQuoted(QString text);

} // namespace ps
