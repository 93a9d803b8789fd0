#include "core/graph/graphcollapse.h"

#include <map>
#include <vector>

#include "core/graph/graphpieces_p.h"

namespace ps {

namespace {

bool collapsible(const GraphNode &n)
{
    return n.kind == GraphNodeKind::Workload || n.kind == GraphNodeKind::Pod
        || n.kind == GraphNodeKind::ServiceAccount;
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

    const bool canBeAll = !fine.protocol && !fine.port;
    const auto merge = [&](const QList<GraphEdge> &edges) {
        std::map<std::pair<int, int>, std::vector<quint64>> sets;
        for (const GraphEdge &e : edges) {
            std::vector<quint64> &bits = sets[{nodeOf.at(e.from), nodeOf.at(e.to)}];
            graphpieces::addProbes(bits, e.connections, fine.probes);
        }
        QList<GraphEdge> merged;
        for (const auto &[ends, bits] : sets) {
            merged.append(GraphEdge {
                ends.first, ends.second, graphpieces::connectionsOf(bits, fine.probes, canBeAll)});
        }
        return merged;
    };
    out.edges = merge(fine.edges);
    out.denied = merge(fine.denied);
    return out;
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
