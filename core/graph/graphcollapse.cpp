#include "core/graph/graphcollapse.h"

#include <map>
#include <vector>

#include <QHash>

#include "core/graph/graphpieces_p.h"

namespace ps {

namespace {

bool collapsible(const GraphNode &n)
{
    return n.kind == GraphNodeKind::Workload || n.kind == GraphNodeKind::Pod
        || n.kind == GraphNodeKind::ServiceAccount;
}

// The edges of `graph` between the nodes they are merged into (nodeOf), the connections of the
// edges between the same two united.
QList<GraphEdge> mergeEdges(
    const FlowGraph &graph, const QList<GraphEdge> &edges, const QList<int> &nodeOf)
{
    const bool canBeAll = !graph.protocol && !graph.port;
    std::map<std::pair<int, int>, std::vector<quint64>> sets;
    for (const GraphEdge &e : edges) {
        std::vector<quint64> &bits = sets[{nodeOf.at(e.from), nodeOf.at(e.to)}];
        graphpieces::addProbes(bits, e.connections, graph.probes);
    }
    QList<GraphEdge> merged;
    for (const auto &[ends, bits] : sets) {
        merged.append(GraphEdge {
            ends.first, ends.second, graphpieces::connectionsOf(bits, graph.probes, canBeAll)});
    }
    return merged;
}

} // namespace

FlowGraph collapseFlowGraph(const FlowGraph &fine, const QSet<QString> &expanded)
{
    FlowGraph out;
    out.by = fine.by;
    out.deniedComputed = fine.deniedComputed;
    out.protocol = fine.protocol;
    out.port = fine.port;
    out.classes = fine.classes;
    out.probes = fine.probes;

    QList<int> nodeOf; // fine's node -> out's
    QHash<QString, int> namespaceNode;
    for (const GraphNode &n : fine.nodes) {
        if (!collapsible(n) || expanded.contains(n.namespace_)) {
            nodeOf.append(int(out.nodes.size()));
            out.nodes.append(n);
            continue;
        }
        auto it = namespaceNode.constFind(n.namespace_);
        if (it == namespaceNode.constEnd()) {
            it = namespaceNode.insert(n.namespace_, int(out.nodes.size()));
            GraphNode merged;
            merged.id = n.namespace_;
            merged.kind = GraphNodeKind::Namespace;
            merged.name = n.namespace_;
            merged.namespace_ = n.namespace_;
            out.nodes.append(merged);
        }
        GraphNode &merged = out.nodes[*it];
        merged.endpoints += n.endpoints;
        merged.peers.append(n.peers);
        merged.peerRefs.append(n.peerRefs);
        nodeOf.append(*it);
    }

    out.edges = mergeEdges(fine, fine.edges, nodeOf);
    out.denied = mergeEdges(fine, fine.denied, nodeOf);
    return out;
}

QString overviewGroupOf(const GraphNode &node)
{
    const QString *name = node.kind == GraphNodeKind::Namespace                ? &node.name
        : node.kind == GraphNodeKind::NetworkSet && !node.namespace_.isEmpty() ? &node.namespace_
                                                                               : nullptr;
    if (!name)
        return QString();
    const qsizetype dash = name->indexOf(u'-');
    return dash > 0 ? name->left(dash) : *name;
}

GraphOverview flowGraphOverview(const FlowGraph &graph, const QSet<QString> &expanded)
{
    // Groups by key ("n" or "s" for network sets, then the group's name), in node order.
    QHash<QString, QList<int>> membersOf;
    QList<QString> keyOf(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        const QString group = overviewGroupOf(n);
        if (group.isEmpty() || expanded.contains(group))
            continue;
        keyOf[i] = (n.kind == GraphNodeKind::NetworkSet ? u's' : u'n') + group;
        membersOf[keyOf[i]].append(int(i));
    }
    GraphOverview o;
    FlowGraph &out = o.graph;
    out.by = graph.by;
    out.deniedComputed = graph.deniedComputed;
    out.protocol = graph.protocol;
    out.port = graph.port;
    out.classes = graph.classes;
    out.probes = graph.probes;
    QHash<QString, int> groupNode;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        const QString &key = keyOf[i];
        if (key.isEmpty() || membersOf.value(key).size() < 2) {
            o.nodeOf.append(int(out.nodes.size()));
            out.nodes.append(n);
            continue;
        }
        auto it = groupNode.constFind(key);
        if (it == groupNode.constEnd()) {
            it = groupNode.insert(key, int(out.nodes.size()));
            const QString group = key.mid(1) + QStringLiteral("-*");
            const bool sets = key.startsWith(u's');
            GraphNode merged;
            merged.kind = n.kind;
            merged.id = sets ? QStringLiteral("netset:") + group : group;
            merged.name = group;
            merged.namespace_ = group;
            out.nodes.append(merged);
            ++o.groups;
        }
        GraphNode &merged = out.nodes[*it];
        merged.endpoints += n.endpoints;
        merged.peers.append(n.peers);
        merged.peerRefs.append(n.peerRefs);
        merged.members.append(n.id);
        o.nodeOf.append(*it);
    }
    out.edges = mergeEdges(graph, graph.edges, o.nodeOf);
    out.denied = mergeEdges(graph, graph.denied, o.nodeOf);
    return o;
}

FlowGraph flowSubgraph(const FlowGraph &graph, const QString &text)
{
    const QString needle = text.trimmed();
    const auto outside = [](const GraphNode &n) {
        return n.kind == GraphNodeKind::External || n.kind == GraphNodeKind::NetworkSet;
    };
    QList<bool> keep(graph.nodes.size(), false);
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        keep[i] = !outside(n)
            && (n.name.contains(needle, Qt::CaseInsensitive)
                || n.namespace_.contains(needle, Qt::CaseInsensitive)
                || n.id.contains(needle, Qt::CaseInsensitive));
    }
    QList<bool> connected = keep;
    for (const QList<GraphEdge> *edges : {&graph.edges, &graph.denied}) {
        for (const GraphEdge &e : *edges) {
            if (keep[e.from] && outside(graph.nodes[e.to]))
                connected[e.to] = true;
            if (keep[e.to] && outside(graph.nodes[e.from]))
                connected[e.from] = true;
        }
    }
    FlowGraph out = graph;
    out.nodes.clear();
    out.edges.clear();
    out.denied.clear();
    QList<int> index(graph.nodes.size(), -1);
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        if (connected[i]) {
            index[i] = int(out.nodes.size());
            out.nodes.append(graph.nodes[i]);
        }
    }
    for (const bool denied : {false, true}) {
        for (const GraphEdge &e : denied ? graph.denied : graph.edges) {
            if (index[e.from] >= 0 && index[e.to] >= 0)
                (denied ? out.denied : out.edges)
                    .append(GraphEdge {index[e.from], index[e.to], e.connections});
        }
    }
    return out;
}

} // namespace ps
