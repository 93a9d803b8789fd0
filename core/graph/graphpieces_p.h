#pragma once
// Private to core/graph. The pieces of a flow graph's connections (a protocol key and a range of
// its ports or ICMP types) as flows: the flow that stands for a piece, a pair of the nodes'
// members whose flow has a given verdict, and the trace step that decides it. Shared by the graph
// difference (why an edge changed) and the edge explanation (why an edge exists).

#include <optional>
#include <vector>

#include "core/eval/policyengine.h"
#include "core/eval/trace.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphdiff.h"

namespace ps::graphpieces {

/// Protocol keys sort by number, "other" last.
int orderOf(int key);
/// Whether the key's flows are told apart by port or ICMP type.
bool hasRanges(int key);
/// The whole range of the key's ports or types ({0, 0} when it has neither).
PortRange domainOf(int key);
/// The flow standing for the first port or type of `range` of protocol key `key` ("other"
/// carries protocol `number`); no ends.
Flow flowOf(int key, int number, const PortRange &range);
/// The first pair of the nodes' sides (from, to) whose flow has the verdict `wanted`.
std::optional<Flow> witness(const PolicyEngine &engine, const GraphNode &from, const GraphNode &to,
    Flow flow, Verdict wanted);
/// The step that decides a direction: its last one that is not a log or a staged policy's.
std::optional<TraceStep> decidingStep(const DirectionTrace &t);
/// Why `flow` is allowed (`allowedNow`) or denied in `newEngine`'s workspace: the side whose
/// verdict differs from `oldEngine`'s, else the first side that decides it so (pass the same
/// engine twice for a single workspace).
GraphChangeReason explain(const PolicyEngine &oldEngine, const PolicyEngine &newEngine,
    const Flow &flow, bool allowedNow);

/// The flows of a set of probes (bit p: probes[p]) as connections: "all" when every probe is in
/// it and `canBeAll` (never for a graph filtered by protocol or port), adjacent intervals merged.
Connections connectionsOf(
    const std::vector<quint64> &bits, const QList<GraphProbe> &probes, bool canBeAll);
/// Set the bits of the probes `connections` holds (sized for `probes`).
void addProbes(
    std::vector<quint64> &bits, const Connections &connections, const QList<GraphProbe> &probes);

} // namespace ps::graphpieces
