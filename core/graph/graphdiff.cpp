#include "core/graph/graphdiff.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/graph/graphpieces_p.h"
#include "core/model/protocol.h"

namespace ps {

QString graphEdgeChangeName(GraphEdgeChange::Type type)
{
    switch (type) {
    case GraphEdgeChange::Type::Added:
        return QStringLiteral("added");
    case GraphEdgeChange::Type::Removed:
        return QStringLiteral("removed");
    case GraphEdgeChange::Type::Changed:
        return QStringLiteral("changed");
    }
    return QString();
}

namespace {

using namespace graphpieces;

using Ranges = QList<PortRange>;
using FlowSet = std::map<int, Ranges>; // protocol key -> ranges (empty: none)

QSet<int> keysOf(const FlowGraph &g)
{
    QSet<int> keys;
    for (const GraphProbe &p : g.probes)
        keys.insert(p.protocol);
    return keys;
}

// The connections as ranges over every key of `universe` (a key the graph does not list
// behaves as its "other").
FlowSet expand(const Connections &c, const QSet<int> &graphKeys, const QList<int> &universe)
{
    FlowSet out;
    const auto entry = [&](int key) -> const ProtocolConnections * {
        for (const ProtocolConnections &p : c.protocols) {
            if (p.protocol == key)
                return &p;
        }
        return nullptr;
    };
    for (const int key : universe) {
        Ranges &ranges = out[key];
        if (c.all) {
            ranges = {domainOf(key)};
            continue;
        }
        const ProtocolConnections *p = entry(graphKeys.contains(key) ? key : kOtherProtocols);
        if (!p)
            continue;
        ranges = p->ranges.isEmpty() || !hasRanges(key) ? Ranges {domainOf(key)} : p->ranges;
    }
    return out;
}

Ranges subtract(const Ranges &a, const Ranges &b)
{
    Ranges out;
    for (PortRange r : a) {
        for (const PortRange &cut : b) {
            if (cut.last < r.first || cut.first > r.last)
                continue;
            if (cut.first > r.first)
                out.append({r.first, cut.first - 1});
            if (cut.last >= r.last) {
                r.first = r.last + 1;
                break;
            }
            r.first = cut.last + 1;
        }
        if (r.first <= r.last)
            out.append(r);
    }
    return out;
}

// As connections: "all" when every key of the universe is whole (never for a filtered graph).
Connections collapse(const FlowSet &set, bool canBeAll)
{
    Connections c;
    bool every = canBeAll;
    for (const auto &[key, ranges] : set)
        every = every && ranges == Ranges {domainOf(key)};
    if (every && !set.empty()) {
        c.all = true;
        return c;
    }
    std::vector<int> keys;
    for (const auto &[key, ranges] : set) {
        if (!ranges.isEmpty())
            keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end(), [](int a, int b) { return orderOf(a) < orderOf(b); });
    for (const int key : keys)
        c.protocols.append(ProtocolConnections {key, hasRanges(key) ? set.at(key) : Ranges()});
    return c;
}

int otherNumber(const FlowGraph &a, const FlowGraph &b)
{
    for (const FlowGraph *g : {&b, &a}) {
        for (const GraphProbe &p : g->probes) {
            if (p.protocol == kOtherProtocols)
                return p.number;
        }
    }
    return 0;
}

} // namespace

std::pair<FlowGraph, FlowGraph> comparableFlowGraphs(
    const PolicyEngine &oldEngine, const PolicyEngine &newEngine, const GraphOptions &options)
{
    GraphOptions oldOptions = options;
    GraphOptions newOptions = options;
    oldOptions.extraCuts += outsideCuts(newEngine);
    newOptions.extraCuts += outsideCuts(oldEngine);
    return {computeFlowGraph(oldEngine, oldOptions), computeFlowGraph(newEngine, newOptions)};
}

GraphDiff diffFlowGraphs(const PolicyEngine &oldEngine, const FlowGraph &before,
    const PolicyEngine &newEngine, const FlowGraph &after)
{
    GraphDiff diff;
    diff.by = after.by;
    QSet<QString> oldIds;
    QSet<QString> newIds;
    for (const GraphNode &n : before.nodes)
        oldIds.insert(n.id);
    for (const GraphNode &n : after.nodes) {
        newIds.insert(n.id);
        if (!oldIds.contains(n.id))
            diff.nodesAdded.append(n.id);
    }
    for (const GraphNode &n : before.nodes) {
        if (!newIds.contains(n.id))
            diff.nodesRemoved.append(n.id);
    }

    const QSet<int> oldKeys = keysOf(before);
    const QSet<int> newKeys = keysOf(after);
    QList<int> universe = (oldKeys + newKeys).values();
    std::sort(
        universe.begin(), universe.end(), [](int a, int b) { return orderOf(a) < orderOf(b); });
    const int other = otherNumber(before, after);
    const bool canBeAll = !after.protocol && !after.port;

    std::map<std::pair<QString, QString>, std::pair<const GraphEdge *, const GraphEdge *>> edges;
    for (const GraphEdge &e : before.edges)
        edges[{before.nodes[e.from].id, before.nodes[e.to].id}].first = &e;
    for (const GraphEdge &e : after.edges)
        edges[{after.nodes[e.from].id, after.nodes[e.to].id}].second = &e;
    for (const auto &[ids, pair] : edges) {
        const auto &[oldEdge, newEdge] = pair;
        const FlowSet was = oldEdge ? expand(oldEdge->connections, oldKeys, universe) : FlowSet();
        const FlowSet is = newEdge ? expand(newEdge->connections, newKeys, universe) : FlowSet();
        FlowSet added;
        FlowSet removed;
        for (const int key : universe) {
            const Ranges none;
            const auto wasIt = was.find(key);
            const auto isIt = is.find(key);
            const Ranges &w = wasIt == was.end() ? none : wasIt->second;
            const Ranges &n = isIt == is.end() ? none : isIt->second;
            added[key] = subtract(n, w);
            removed[key] = subtract(w, n);
        }
        GraphEdgeChange change;
        change.from = ids.first;
        change.to = ids.second;
        change.added = collapse(added, canBeAll);
        change.removed = collapse(removed, canBeAll);
        if (change.added.isEmpty() && change.removed.isEmpty())
            continue;
        change.type = !oldEdge ? GraphEdgeChange::Type::Added
            : !newEdge         ? GraphEdgeChange::Type::Removed
                               : GraphEdgeChange::Type::Changed;
        if (oldEdge)
            change.before = oldEdge->connections;
        if (newEdge)
            change.after = newEdge->connections;
        // One reason per piece: a flow of it between members of the two nodes.
        for (const bool allowedNow : {true, false}) {
            const FlowGraph &graph = allowedNow ? after : before;
            const PolicyEngine &engine = allowedNow ? newEngine : oldEngine;
            const int from = graph.nodeIndex(ids.first);
            const int to = graph.nodeIndex(ids.second);
            for (const auto &[key, ranges] : allowedNow ? added : removed) {
                for (const PortRange &range : ranges) {
                    const std::optional<Flow> flow = witness(engine, graph.nodes[from],
                        graph.nodes[to], flowOf(key, other, range), Verdict::Allow);
                    if (!flow)
                        continue;
                    GraphChangeReason reason = explain(oldEngine, newEngine, *flow, allowedNow);
                    reason.protocol = key;
                    reason.range = range;
                    change.reasons.append(reason);
                }
            }
        }
        diff.changes.append(change);
    }
    return diff;
}

FlowGraph unionOfFlowGraphs(const FlowGraph &before, const FlowGraph &after)
{
    FlowGraph out = after;
    out.denied.clear();
    out.deniedComputed = false;
    QHash<QString, int> ids; // out's nodes by id
    for (qsizetype i = 0; i < out.nodes.size(); ++i)
        ids.insert(out.nodes[i].id, int(i));
    QList<int> index; // before's node -> out's
    for (const GraphNode &n : before.nodes) {
        auto it = ids.constFind(n.id);
        if (it == ids.constEnd()) {
            it = ids.insert(n.id, int(out.nodes.size()));
            out.nodes.append(n);
        }
        index.append(*it);
    }
    QSet<QPair<int, int>> edges;
    for (const GraphEdge &e : std::as_const(out.edges))
        edges.insert({e.from, e.to});
    for (const GraphEdge &e : before.edges) {
        const int from = index.at(e.from);
        const int to = index.at(e.to);
        if (!edges.contains({from, to}))
            out.edges.append(GraphEdge {from, to, e.connections});
    }
    return out;
}

} // namespace ps
