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

namespace ps {

QString graphToText(const FlowGraph &graph);
QByteArray graphToJson(const FlowGraph &graph);

} // namespace ps
