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

#include <QSet>
#include <QString>

#include "core/graph/flowgraph.h"

namespace ps {

/// `fine` (a graph by workload or pod) with every namespace not in `expanded` collapsed into
/// one node; the nodes keep fine's order (a collapsed namespace where its first member was).
FlowGraph collapseFlowGraph(const FlowGraph &fine, const QSet<QString> &expanded);

/// The part of `graph` about the nodes whose name, namespace or id contains `text`
/// (case-insensitive): those nodes, the outside nodes connected to one of them, and the edges
/// between the nodes kept (allowed and denied), connections unchanged. For graphs too large to
/// draw whole.
FlowGraph flowSubgraph(const FlowGraph &graph, const QString &text);

} // namespace ps
