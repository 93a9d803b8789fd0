#pragma once
// Why the flow graph has what it has — the studio's answer when an edge or a node is clicked.
// An edge's connections are cut into pieces at the graph's probe boundaries (the intervals of
// ports or ICMP types no rule tells apart); for each piece one flow between members of the two
// nodes with the edge's verdict (allowed, or denied for an edge of FlowGraph::denied) is traced
// and the step that decides it named; adjacent pieces decided by the same rule on the same side
// are merged into one row. A node's policies are those that apply to any of its endpoints, per
// direction, in evaluation order, each with the number of the node's endpoints it applies to.
//
// Plain values; both functions are const on the engine and thread-safe.

#include <QList>

#include "core/eval/policyengine.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphdiff.h"

namespace ps {

/// One row of an edge's explanation: the protocol (as in ProtocolConnections), the ports or
/// types `range` of it ({0, 0} for a protocol without either) and, in `reason`, the flow traced
/// and the step that decides it (reason.allowedNow: the edge is an allowed one).
struct GraphEdgeWhy {
    int protocol = 0;
    PortRange range;
    bool wholeProtocol = false; // the row stands for every port or type of the protocol
    GraphChangeReason reason;
};

/// Why the edge from -> to (indexes into graph.nodes) of `graph` (computed from `engine`) holds
/// its connections; `denied`: the edge of graph.denied. At most `limit` rows (the rest are
/// counted in `omitted`).
QList<GraphEdgeWhy> explainGraphEdge(const PolicyEngine &engine, const FlowGraph &graph, int from,
    int to, bool denied, int limit = 200, int *omitted = nullptr);

struct GraphNodePolicy {
    int policy = -1; // index into PolicyEngine::policies()
    bool everyEndpoint = true; // applies to every endpoint of the node (else to some)
};

struct GraphNodePolicies {
    QList<GraphNodePolicy> ingress; // evaluation order (tier order, then policy order)
    QList<GraphNodePolicy> egress;
};

/// The policies that apply to the node's endpoints (none for outside nodes), staged ones
/// included.
GraphNodePolicies graphNodePolicies(const PolicyEngine &engine, const GraphNode &node);

} // namespace ps
