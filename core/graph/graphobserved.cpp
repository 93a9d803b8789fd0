#include "core/graph/graphobserved.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

#include "core/net/ipnetwork.h"

namespace ps {

namespace {

// The graph node of each endpoint (inventory object id), as the graph groups them.
QHash<int, int> nodesOfEndpoints(const PolicyEngine &engine, const FlowGraph &graph)
{
    QHash<int, int> out;
    const Inventory &inv = engine.inventory();
    for (const MatrixGroup &group : matrixGroups(engine, graph.by)) {
        if (group.members.isEmpty())
            continue;
        QString id;
        if (group.object >= 0) {
            id = inv.object(group.object).ref();
        } else if (graph.by == MatrixGrouping::ServiceAccount) {
            const QString &ns = inv.object(group.members.first()).namespace_;
            id = ns + QStringLiteral("/sa:") + group.name.mid(ns.size() + 1);
        } else {
            id = group.name;
        }
        int node = graph.nodeIndex(id);
        if (node < 0) // a namespace shown collapsed in a graph by workload
            node = graph.nodeIndex(inv.object(group.members.first()).namespace_);
        if (node < 0)
            continue;
        for (const int member : group.members)
            out.insert(member, node);
    }
    return out;
}

int outsideNodeOf(const FlowGraph &graph, const IpAddress &address)
{
    int best = -1;
    int bestLength = -1;
    for (qsizetype n = 0; n < graph.nodes.size(); ++n) {
        const GraphNode &node = graph.nodes.at(n);
        if (node.kind != GraphNodeKind::External && node.kind != GraphNodeKind::NetworkSet)
            continue;
        for (const QString &cidr : node.cidrs) {
            const std::optional<IpNetwork> net = IpNetwork::parseCidrOrIp(cidr);
            if (net && net->contains(address) && net->prefixLength() > bestLength) {
                best = int(n);
                bestLength = net->prefixLength();
            }
        }
    }
    return best;
}

int nodeOf(const PolicyEngine &engine, const FlowGraph &graph, const QHash<int, int> &endpoints,
    const QString &ref)
{
    if (const int object = engine.inventory().findByRef(ref); object >= 0)
        return endpoints.value(object, -1);
    if (const std::optional<IpAddress> address = IpAddress::parse(ref))
        return outsideNodeOf(graph, *address);
    return -1;
}

} // namespace

const ObservedEdge *GraphObservation::edge(int from, int to) const
{
    const auto it = std::lower_bound(edges.cbegin(), edges.cend(), std::pair {from, to},
        [](const ObservedEdge &e, const std::pair<int, int> &key) {
            return std::pair {e.from, e.to} < key;
        });
    return it != edges.cend() && it->from == from && it->to == to ? &*it : nullptr;
}

int graphNodeOf(const PolicyEngine &engine, const FlowGraph &graph, const QString &ref)
{
    return nodeOf(engine, graph, nodesOfEndpoints(engine, graph), ref);
}

GraphObservation observeOnGraph(
    const PolicyEngine &engine, const FlowGraph &graph, const QList<ObservedFlow> &flows)
{
    GraphObservation out;
    const QHash<int, int> endpoints = nodesOfEndpoints(engine, graph);
    QHash<std::pair<int, int>, ObservedEdge> pairs;
    for (const ObservedFlow &f : flows) {
        const int from = nodeOf(engine, graph, endpoints, f.from);
        const int to = nodeOf(engine, graph, endpoints, f.to);
        if (from < 0 || to < 0) {
            out.unplaced.append(QCoreApplication::translate(
                "GraphObservation", "%1 -> %2: %3 is on no node of the graph")
                                    .arg(f.from, f.to, from < 0 ? f.from : f.to));
            continue;
        }
        ObservedEdge &e = pairs[{from, to}];
        e.from = from;
        e.to = to;
        ++(f.allowed ? e.allowed : e.denied);
    }
    out.edges = pairs.values();
    std::sort(out.edges.begin(), out.edges.end(), [](const ObservedEdge &a, const ObservedEdge &b) {
        return std::pair {a.from, a.to} < std::pair {b.from, b.to};
    });
    return out;
}

} // namespace ps
