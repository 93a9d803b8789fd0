#pragma once
// GraphDiff: the impact of an edit as the difference of two flow graphs (the saved workspace's
// and the edited one's, same grouping and filter; `policyctl graph -f OLD --against NEW`):
// nodes that appear or disappear, and edges added, removed or changed, each change with the
// flows it adds and removes (exact sets, as in the graphs) and, for each added or removed
// piece (a protocol and a range of its ports or types), the rule responsible: one flow of that
// piece between members of the two nodes, traced in both workspaces — the step that now decides
// it (the allow that lets it through, or the deny / end of tier that stops it) on the side whose
// verdict changed, and the step that decided that side before (the rule that allowed a removed
// piece, the deny or end of tier that stopped an added one).
//
// Plain values; diffFlowGraphs() is const on both engines.

#include <optional>
#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/policyengine.h"
#include "core/eval/trace.h"
#include "core/graph/flowgraph.h"

namespace ps {

/// Why one piece of a change happened.
struct GraphChangeReason {
    bool allowedNow = false; // the piece was added (else removed)
    int protocol = 0; // as in ProtocolConnections
    PortRange range; // the piece's ports or types ({0, 0} for a protocol without either)
    Flow flow; // the flow traced: its from / to name members of the two nodes
    QString direction; // "egress", "ingress", or "" when no side decided (see `note`)
    TraceStep step; // the deciding step in the new workspace
    /// The step that decided the same side in the old workspace (the rule that allowed a
    /// removed piece, the deny or end of tier that stopped an added one); none when the flow
    /// could not be traced there or that side was not an endpoint.
    std::optional<TraceStep> previous;
    QString note; // when there is no step: why ("the endpoint is not in the new workspace")
};

struct GraphEdgeChange {
    enum class Type { Added, Removed, Changed };
    Type type = Type::Changed;
    QString from; // node ids
    QString to;
    Connections before; // empty for Added
    Connections after; // empty for Removed
    Connections added; // flows allowed now and not before
    Connections removed; // flows allowed before and not now
    QList<GraphChangeReason> reasons; // added pieces first, then removed ones
};

struct GraphDiff {
    MatrixGrouping by = MatrixGrouping::Namespace;
    QStringList nodesAdded; // ids
    QStringList nodesRemoved;
    QList<GraphEdgeChange> changes; // ordered by (from, to)
    bool isEmpty() const
    {
        return nodesAdded.isEmpty() && nodesRemoved.isEmpty() && changes.isEmpty();
    }
};

/// "added", "removed", "changed".
QString graphEdgeChangeName(GraphEdgeChange::Type type);

/// The graphs of both workspaces with the same options, the outside world cut at the CIDRs of
/// both (each one's outsideCuts()), so that an address range is a node of both: an edit that
/// only changes how the outside world is cut changes no edge.
std::pair<FlowGraph, FlowGraph> comparableFlowGraphs(
    const PolicyEngine &oldEngine, const PolicyEngine &newEngine, const GraphOptions &options);

/// The difference of `before` (a graph of `oldEngine`'s workspace) and `after` (of
/// `newEngine`'s), computed with the same options over the same outside ranges
/// (comparableFlowGraphs()).
GraphDiff diffFlowGraphs(const PolicyEngine &oldEngine, const FlowGraph &before,
    const PolicyEngine &newEngine, const FlowGraph &after);

/// Both graphs in one, to draw a difference: `after`'s nodes and allowed edges, then the nodes
/// and edges only `before` has (an edge in both keeps `after`'s connections); no denied edges.
FlowGraph unionOfFlowGraphs(const FlowGraph &before, const FlowGraph &after);

} // namespace ps
