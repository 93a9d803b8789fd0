#pragma once
// A flow graph (core/graph/flowgraph.h) as policyctl prints it: text, and the JSON contract
// scripts read (DOT is core/graph/graphdot.h, shared with the layout):
//   {"by","nodes":[{"id","kind","name","namespace","cidrs"}],
//    "edges":[{"from","to","connections": "all" | [{"protocol","ports"|"types"}]}]}
// "ports" (protocols with ports) and "types" (ICMP, ICMPv6) are lists of inclusive [first, last]
// ranges; a protocol without either is allowed as a whole; "other" stands for every protocol no
// rule names. With denied pairs computed, "denied" follows "edges" in the same form.

#include <QByteArray>
#include <QString>

#include "core/graph/flowgraph.h"
#include "core/graph/graphdiff.h"

namespace ps {

QString graphToText(const FlowGraph &graph);
QByteArray graphToJson(const FlowGraph &graph);

/// The difference of two graphs (`policyctl graph --against`):
///   {"by","nodesAdded":[ids],"nodesRemoved":[ids],"changes":[{"change":"added|removed|changed",
///    "from","to","before","after","added","removed" (connections as above, [] for none),
///    "reasons":[{"change":"added|removed","protocol","ports"|"types","from","to","direction",
///      "tier","policy","kind","rule","action","before":{"tier","policy","kind","rule","action"},
///      "note"}]}]}
/// A reason's "from" and "to" are the members whose flow was traced; "note" is there instead of
/// the step's fields when no step decides it; "before" is the step that decided the same side
/// in the old workspace, when it was traced there.
QByteArray graphDiffToJson(const GraphDiff &diff);
QString graphDiffToText(const GraphDiff &diff);

/// A reason's protocol and ports or types: "TCP 80", "TCP 8000-8100", "UDP".
QString graphPieceText(const GraphChangeReason &reason);
/// A deciding step in words: "NetworkPolicy shop/web rule 0 (Allow)", "the end of tier default
/// (end of tier: deny, after NetworkPolicy shop/web)".
QString graphStepText(const TraceStep &step);
/// Where and by what a reason's flow is decided, and by what before the edit when that differs:
/// "decided at ingress by the end of tier default (end of tier: deny, after NetworkPolicy
/// shop/db); before the edit by NetworkPolicy shop/db rule 0 (Allow)", or the reason's note when
/// no step decides it.
QString graphDecisionText(const GraphChangeReason &reason);

} // namespace ps
