#include "core/graph/flowgraph.h"

#include <algorithm>
#include <compare>
#include <map>
#include <set>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/eval/compiledrules.h"
#include "core/graph/graphpieces_p.h"
#include "core/model/protocol.h"

namespace ps {

QString graphNodeKindName(GraphNodeKind kind)
{
    switch (kind) {
    case GraphNodeKind::Namespace:
        return QStringLiteral("namespace");
    case GraphNodeKind::ServiceAccount:
        return QStringLiteral("serviceaccount");
    case GraphNodeKind::Workload:
        return QStringLiteral("workload");
    case GraphNodeKind::Pod:
        return QStringLiteral("pod");
    case GraphNodeKind::External:
        return QStringLiteral("external");
    case GraphNodeKind::NetworkSet:
        return QStringLiteral("networkset");
    case GraphNodeKind::HostEndpoint:
        return QStringLiteral("hostendpoint");
    }
    return QString();
}

QString graphProtocolName(int protocol)
{
    return protocol == kOtherProtocols ? QStringLiteral("other") : protocolDisplayName(protocol);
}

namespace {

int rangeLimit(int protocol)
{
    return protocolIcmpFamily(protocol) != 0 ? 255 : 65535;
}

QString rangesText(const QList<PortRange> &ranges)
{
    QStringList parts;
    for (const PortRange &r : ranges) {
        parts.append(r.first == r.last ? QString::number(r.first)
                                       : QString::number(r.first) + u'-' + QString::number(r.last));
    }
    return parts.join(u',');
}

} // namespace

QString connectionsSummary(const Connections &connections)
{
    if (connections.all)
        return QCoreApplication::translate("FlowGraph", "All");
    QStringList parts;
    for (const ProtocolConnections &p : connections.protocols) {
        QString part = graphProtocolName(p.protocol);
        const bool whole = p.ranges.isEmpty()
            || (p.ranges.size() == 1 && p.ranges.first().first == 0
                && p.ranges.first().last == rangeLimit(p.protocol));
        if (!whole) {
            part += protocolIcmpFamily(p.protocol) != 0
                ? QCoreApplication::translate("FlowGraph", " types %1").arg(rangesText(p.ranges))
                : u' ' + rangesText(p.ranges);
        }
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

bool Connections::holds(int protocol, std::optional<int> value) const
{
    if (all)
        return true;
    for (const ProtocolConnections &p : protocols) {
        if (p.protocol != protocol)
            continue;
        if (p.ranges.isEmpty() || !value)
            return true;
        return std::any_of(p.ranges.begin(), p.ranges.end(),
            [&](const PortRange &r) { return *value >= r.first && *value <= r.last; });
    }
    return false;
}

int FlowGraph::nodeIndex(const QString &id) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return int(i);
    }
    return -1;
}

const GraphEdge *FlowGraph::edge(int from, int to) const
{
    const auto it = std::lower_bound(edges.begin(), edges.end(), std::pair {from, to},
        [](const GraphEdge &e, const std::pair<int, int> &key) {
            return std::pair {e.from, e.to} < key;
        });
    return it != edges.end() && it->from == from && it->to == to ? &*it : nullptr;
}

namespace {

// Does a rule's port or type criterion concern packets of `protocol`?
bool concerns(const CompiledRule &r, int protocol)
{
    return !r.protocol || *r.protocol == protocol;
}

void cut(std::set<int> &cuts, int first, int last)
{
    cuts.insert(first);
    cuts.insert(last + 1);
}

} // namespace

QList<GraphProbe> graphProbes(const PolicyEngine &engine, const GraphOptions &options)
{
    const Inventory &inv = engine.inventory();
    std::set<int> named;
    for (const ProtocolFacts &facts : knownProtocols())
        named.insert(facts.number);
    bool anyNamedPort = false;
    bool anyService = false;
    forEachCompiledRule(engine, [&](const CompiledRule &r) {
        if (r.protocol)
            named.insert(*r.protocol);
        if (r.notProtocol)
            named.insert(*r.notProtocol);
        anyService = anyService || r.destination.hasService;
        anyNamedPort = anyNamedPort || r.destination.hasNamedPorts();
    });
    std::optional<int> other;
    for (int n = 1; n <= 255 && !other; ++n) {
        if (!named.contains(n))
            other = n;
    }
    QList<int> protocols;
    if (options.protocol) {
        protocols.append(*options.protocol);
    } else {
        protocols = QList<int>(named.begin(), named.end());
        if (other)
            protocols.append(kOtherProtocols);
    }
    const bool anyHostEndpoint = std::any_of(inv.objects().begin(), inv.objects().end(),
        [](const InventoryObject &o) { return o.kind == ObjectKind::HostEndpoint; });

    QList<GraphProbe> probes;
    for (const int protocol : protocols) {
        const int number = protocol == kOtherProtocols ? *other : protocol;
        const auto add = [&](std::optional<PortRange> range) {
            GraphProbe p;
            p.protocol = protocol;
            p.number = number;
            p.range = range;
            p.probe.protocol = number;
            if (range && protocolIcmpFamily(number) != 0)
                p.probe.icmpType = range->first;
            else if (range)
                p.probe.port = range->first;
            probes.append(p);
        };
        const bool ports = protocol != kOtherProtocols && protocolCarriesPorts(number);
        const bool types = protocol != kOtherProtocols && protocolIcmpFamily(number) != 0;
        if (ports && options.port) {
            add(PortRange {*options.port, *options.port});
            continue;
        }
        if (!ports && !types) {
            add(std::nullopt);
            continue;
        }
        std::set<int> cuts {0, rangeLimit(number) + 1};
        forEachCompiledRule(engine, [&](const CompiledRule &r) {
            if (!concerns(r, number))
                return;
            if (types) {
                for (const std::optional<IcmpFields> *icmp : {&r.icmp, &r.notIcmp}) {
                    if (*icmp && (*icmp)->type)
                        cut(cuts, *(*icmp)->type, *(*icmp)->type);
                }
                return;
            }
            for (const QList<Port> *list : {&r.destination.ports, &r.destination.notPorts}) {
                for (const Port &p : *list) {
                    if (!p.isNamed())
                        cut(cuts, p.min(), p.max());
                }
            }
        });
        if (ports && anyNamedPort) {
            for (const InventoryObject &o : inv.objects()) {
                for (const NamedPort &np : o.namedPorts) {
                    if (np.protocol == number)
                        cut(cuts, np.port, np.port);
                }
            }
        }
        if (ports && anyService) {
            for (const Service &s : engine.workspace()->services) {
                const QString ns
                    = s.meta.namespace_.isEmpty() ? QStringLiteral("default") : s.meta.namespace_;
                if (const ServiceMembers *m = inv.service(ns + u'/' + s.meta.name)) {
                    for (const ServicePortKey &k : m->ports) {
                        if (k.protocol == number)
                            cut(cuts, k.port, k.port);
                    }
                }
            }
        }
        if (ports && anyHostEndpoint) {
            for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
                for (const auto &[p, port] : failsafeHostPorts(direction)) {
                    if (p == number)
                        cut(cuts, port, port);
                }
                // And those the FelixConfigurations set, on every node they apply to.
                QStringList nodes {QString()};
                for (const FelixConfiguration &c : engine.workspace()->felixConfigurations)
                    nodes.append(felixConfigurationNode(c.meta.name));
                for (const QString &node : nodes) {
                    const FelixSettings &s = engine.felixSettings(node);
                    for (const FailsafePort &fp :
                        direction == Direction::Ingress ? s.failsafeInbound : s.failsafeOutbound) {
                        if (fp.protocol == number)
                            cut(cuts, fp.port, fp.port);
                    }
                }
            }
        }
        for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
            if (*it <= rangeLimit(number))
                add(PortRange {*it, std::min(*std::next(it) - 1, rangeLimit(number))});
        }
    }
    return probes;
}

namespace {

GraphNode groupNode(const Inventory &inv, const MatrixGroup &group, MatrixGrouping by)
{
    GraphNode node;
    node.endpoints = group.members.size();
    if (group.object >= 0) {
        const InventoryObject &o = inv.object(group.object);
        node.id = o.ref();
        node.name = o.name;
        node.namespace_ = o.kind == ObjectKind::HostEndpoint ? QString() : o.namespace_;
        node.kind = o.kind == ObjectKind::HostEndpoint ? GraphNodeKind::HostEndpoint
            : o.kind == ObjectKind::Workload           ? GraphNodeKind::Workload
                                                       : GraphNodeKind::Pod;
        return node;
    }
    const InventoryObject &first = inv.object(group.members.first());
    node.namespace_ = first.namespace_;
    if (by == MatrixGrouping::ServiceAccount) {
        node.kind = GraphNodeKind::ServiceAccount;
        node.name = group.name.mid(first.namespace_.size() + 1);
        node.id = first.namespace_ + QStringLiteral("/sa:") + node.name;
    } else {
        node.kind = GraphNodeKind::Namespace;
        node.name = group.name;
        node.id = group.name;
    }
    return node;
}

bool isOutside(const GraphNode &n)
{
    return n.kind == GraphNodeKind::External || n.kind == GraphNodeKind::NetworkSet;
}

} // namespace

FlowGraph computeFlowGraph(const PolicyEngine &engine, const GraphOptions &options)
{
    FlowGraph g;
    g.by = options.by;
    g.protocol = options.protocol;
    g.port = options.port;
    g.deniedComputed = options.denied;
    const Inventory &inv = engine.inventory();

    // Endpoint groups, each with one peer per endpoint class it holds.
    const QList<MatrixGroup> groups = matrixGroups(engine, options.by);
    QList<int> all;
    for (const MatrixGroup &group : groups)
        all.append(group.members);
    const QList<int> classes = endpointClasses(engine, all);
    QList<PacketPeer> peers;
    QList<QList<int>> nodePeers;
    QList<QSet<int>> repeated; // per node: the peers standing for two or more of its members
    QHash<int, int> peerOfClass;
    qsizetype k = 0;
    for (const MatrixGroup &group : groups) {
        GraphNode node = groupNode(inv, group, options.by);
        QList<int> mine;
        QSet<int> twice;
        for (const int member : group.members) {
            const int cls = classes[k++];
            auto it = peerOfClass.constFind(cls);
            if (it == peerOfClass.constEnd()) {
                it = peerOfClass.insert(cls, int(peers.size()));
                peers.append(endpointPeer(inv, member));
            }
            if (mine.contains(*it)) {
                twice.insert(*it);
            } else {
                mine.append(*it);
                // The group's own member of that class names it in flows and traces.
                node.peers.append(endpointPeer(inv, member));
                node.peerRefs.append(inv.object(member).ref());
            }
        }
        nodePeers.append(mine);
        repeated.append(twice);
        g.nodes.append(node);
    }
    g.classes = int(peerOfClass.size());
    for (const GraphNode &outside : outsideGraphNodes(engine, options.extraCuts)) {
        QList<int> mine;
        for (const PacketPeer &peer : outside.peers) {
            mine.append(int(peers.size()));
            peers.append(peer);
        }
        nodePeers.append(mine);
        g.nodes.append(outside);
    }

    // Every probe between every pair of nodes.
    const QList<GraphProbe> probes = graphProbes(engine, options);
    g.probes = probes;
    QList<MatrixProbe> matrixProbes;
    for (const GraphProbe &p : probes)
        matrixProbes.append(p.probe);
    const auto any = [](const std::vector<quint64> &bits) {
        return std::any_of(bits.begin(), bits.end(), [](quint64 w) { return w != 0; });
    };
    const bool canBeAll = !options.protocol && !options.port;
    // Most edges carry one of a few sets of probes: each set becomes connections once.
    std::map<std::vector<quint64>, Connections> connectionsOfProbes;
    const auto connectionsOf = [&](const std::vector<quint64> &bits) {
        auto it = connectionsOfProbes.find(bits);
        if (it == connectionsOfProbes.end())
            it = connectionsOfProbes
                     .emplace(bits, graphpieces::connectionsOf(bits, probes, canBeAll))
                     .first;
        return it->second;
    };
    // The pairs come in (from, to) order, as the edges are kept.
    for (const GroupProbeSets &pair : PairVerdicts::groupProbeSets(
             engine, peers, matrixProbes, nodePeers, options.denied, repeated)) {
        if (isOutside(g.nodes[pair.from]) && isOutside(g.nodes[pair.to]))
            continue; // no policy between two outside addresses
        if (any(pair.allowed))
            g.edges.append({pair.from, pair.to, connectionsOf(pair.allowed)});
        if (options.denied && any(pair.denied))
            g.denied.append({pair.from, pair.to, connectionsOf(pair.denied)});
    }
    return g;
}

QList<GraphNode> outsideGraphNodes(const PolicyEngine &engine, const QList<IpNetwork> &extraCuts)
{
    QList<GraphNode> nodes;
    for (OutsideRange &range : outsideRanges(engine, extraCuts)) {
        GraphNode node;
        node.id = std::move(range.id);
        node.kind = range.isNetworkSet ? GraphNodeKind::NetworkSet : GraphNodeKind::External;
        node.name = std::move(range.name);
        node.namespace_ = std::move(range.namespace_);
        node.cidrs = std::move(range.cidrs);
        for (const IpAddress &a : range.addresses) {
            node.peers.append(outsidePeer(engine.inventory(), a));
            node.peerRefs.append(a.toString());
        }
        nodes.append(std::move(node));
    }
    return nodes;
}

} // namespace ps
