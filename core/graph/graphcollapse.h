#pragma once
// Collapsing and expanding groups of a flow graph: the studio's graph shows namespaces, and a
// namespace the user expands shows its workloads (or pods) while the others stay whole. Made
// from a graph by workload (or pod): the nodes of every namespace not in `expanded` are merged
// into one namespace node, and the edges between merged nodes are the union of their members'
// connections — exactly the namespace graph's edge, since an edge holds a flow when some pair of
// members is allowed it. Outside nodes and host endpoints stay as they are.
//
// Plain values; the result keeps the probes, and each merged node keeps the peers of its
// members, so it can be explained and compared like a computed graph.

#include <QList>
#include <QSet>
#include <QString>

#include "core/graph/flowgraph.h"

namespace ps {

/// `fine` (a graph by workload or pod) with every namespace not in `expanded` collapsed into
/// one node; the nodes keep fine's order (a collapsed namespace where its first member was).
FlowGraph collapseFlowGraph(const FlowGraph &fine, const QSet<QString> &expanded);

/// A graph too large to draw whole, as the studio draws it first: namespaces grouped by the
/// first word of their name (up to the first '-': "accounts" holds accounts, accounts-dev,
/// accounts-prod-2...), the network sets of each group's namespaces grouped alike, every group
/// of two or more one node (GraphNode::members; id "accounts-*" or "netset:accounts-*"), except
/// the groups named in `expanded`, whose members stay nodes of their own. The edges between
/// groups are the union of their members' connections (as collapseFlowGraph(): exact, an edge
/// holds a flow when some pair of members is allowed it), parallel edges merged into one per
/// ordered pair, edges inside a group drawn as one loop.
struct GraphOverview {
    FlowGraph graph;
    QList<int> nodeOf; // the whole graph's node -> the overview's
    int groups = 0; // nodes standing for two or more
};
GraphOverview flowGraphOverview(const FlowGraph &graph, const QSet<QString> &expanded = {});
/// The group flowGraphOverview() puts a node in ("" for none): "accounts" for the namespace
/// accounts-dev-2 and its network sets.
QString overviewGroupOf(const GraphNode &node);

/// The part of `graph` about the nodes whose name, namespace or id contains `text`
/// (case-insensitive): those nodes, the outside nodes connected to one of them, and the edges
/// between the nodes kept (allowed and denied), connections unchanged. For graphs too large to
/// draw whole.
FlowGraph flowSubgraph(const FlowGraph &graph, const QString &text);

} // namespace ps
