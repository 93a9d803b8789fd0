#include "core/graph/graphexplain.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>

#include "core/graph/graphpieces_p.h"

namespace ps {

namespace {

using namespace graphpieces;

// What makes two rows one: the same protocol, the same side and the same deciding step.
bool sameDecision(const GraphEdgeWhy &a, int protocol, const GraphChangeReason &b)
{
    const TraceStep &x = a.reason.step;
    const TraceStep &y = b.step;
    return a.protocol == protocol && a.reason.direction == b.direction && a.reason.note == b.note
        && x.tier == y.tier && x.policy == y.policy && x.kind == y.kind && x.rule == y.rule
        && x.action == y.action && x.stage == y.stage;
}

} // namespace

QList<GraphEdgeWhy> explainGraphEdge(const PolicyEngine &engine, const FlowGraph &graph, int from,
    int to, bool denied, int limit, int *omitted)
{
    if (omitted)
        *omitted = 0;
    const GraphEdge *edge = nullptr;
    for (const GraphEdge &e : denied ? graph.denied : graph.edges) {
        if (e.from == from && e.to == to)
            edge = &e;
    }
    if (!edge)
        return {};
    int other = 0;
    for (const GraphProbe &p : graph.probes) {
        if (p.protocol == kOtherProtocols)
            other = p.number;
    }
    const Verdict wanted = denied ? Verdict::Deny : Verdict::Allow;
    const GraphNode &source = graph.nodes.at(from);
    const GraphNode &destination = graph.nodes.at(to);

    QList<GraphEdgeWhy> rows;
    for (const GraphProbe &p : graph.probes) {
        const std::optional<int> first
            = p.range ? std::optional<int>(p.range->first) : std::nullopt;
        if (!edge->connections.all && !edge->connections.holds(p.protocol, first))
            continue;
        const PortRange range = p.range.value_or(PortRange {0, 0});
        const std::optional<Flow> flow
            = witness(engine, source, destination, flowOf(p.protocol, other, range), wanted);
        GraphChangeReason reason;
        if (flow) {
            reason = explain(engine, engine, *flow, !denied);
        } else {
            // The graph says some pair has this verdict; the engine found none (a graph computed
            // from another workspace).
            reason.allowedNow = !denied;
            reason.note = QCoreApplication::translate(
                "GraphExplain", "no pair of the two nodes' endpoints has this verdict");
        }
        reason.protocol = p.protocol;
        reason.range = range;
        if (!rows.isEmpty() && rows.last().range.last + 1 == range.first
            && sameDecision(rows.last(), p.protocol, reason)) {
            rows.last().range.last = range.last;
            rows.last().reason.range.last = range.last;
            continue;
        }
        if (rows.size() == limit) {
            if (omitted)
                ++*omitted;
            continue;
        }
        rows.append(GraphEdgeWhy {p.protocol, range, false, reason});
    }
    for (GraphEdgeWhy &row : rows)
        row.wholeProtocol = !hasRanges(row.protocol) || row.range == domainOf(row.protocol);
    return rows;
}

GraphNodePolicies graphNodePolicies(const PolicyEngine &engine, const GraphNode &node)
{
    GraphNodePolicies out;
    const QList<CompiledPolicy> &policies = engine.policies();
    for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
        std::map<int, int> classes; // policy -> classes of the node it applies to
        int endpoints = 0;
        for (const PacketPeer &peer : node.peers) {
            if (peer.object < 0)
                continue;
            ++endpoints;
            for (const int policy : engine.applicablePolicies(peer.object, direction))
                ++classes[policy];
        }
        QList<GraphNodePolicy> &list = direction == Direction::Ingress ? out.ingress : out.egress;
        for (const auto &[policy, count] : classes)
            list.append(GraphNodePolicy {policy, count == endpoints});
        std::stable_sort(list.begin(), list.end(), [&](const auto &a, const auto &b) {
            return policies.at(a.policy).rank < policies.at(b.policy).rank;
        });
    }
    return out;
}

} // namespace ps
