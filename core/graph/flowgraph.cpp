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

// 128-bit address arithmetic over IpAddress's mapped form.
struct Bits128 {
    quint64 hi = 0;
    quint64 lo = 0;
    friend auto operator<=>(const Bits128 &, const Bits128 &) = default;
    friend bool operator==(const Bits128 &, const Bits128 &) = default;
};

Bits128 bitsOf(const IpAddress &a)
{
    return {a.hi(), a.lo()};
}

Bits128 lastOf(const IpNetwork &n)
{
    Bits128 b = bitsOf(n.networkAddress());
    const int bits = n.prefixLength() + (n.family() == 4 ? 96 : 0);
    if (bits >= 64) {
        b.lo |= bits == 128 ? 0 : ~quint64(0) >> (bits - 64);
    } else {
        b.hi |= ~quint64(0) >> bits;
        b.lo = ~quint64(0);
    }
    return b;
}

struct Interval {
    Bits128 first;
    Bits128 last;
};

// The first address of [first, last] outside every interval of `taken` (sorted by first).
std::optional<Bits128> firstFree(Bits128 first, Bits128 last, const std::vector<Interval> &taken)
{
    Bits128 candidate = first;
    for (const Interval &iv : taken) {
        if (iv.last < candidate)
            continue;
        if (candidate < iv.first)
            break;
        if (iv.last >= last)
            return std::nullopt;
        candidate = iv.last;
        if (++candidate.lo == 0)
            ++candidate.hi;
    }
    return candidate <= last ? std::optional(candidate) : std::nullopt;
}

// One node of the outside world and an address standing for each of its ranges.
struct OutsideNode {
    GraphNode node;
    QList<IpAddress> addresses;
};

// The outside world as the policies and network sets cut it (see flowgraph.h), and at `extra`.
QList<OutsideNode> outsideNodes(const PolicyEngine &engine, const QList<IpNetwork> &extra)
{
    const Inventory &inv = engine.inventory();
    QHash<QString, IpNetwork> nets;
    const auto addNets = [&](const QList<IpNetwork> &list) {
        for (const IpNetwork &n : list)
            nets.insert(n.toString(), n);
    };
    addNets(extra);
    // A `services:` peer picks out its Service's endpoint addresses, which may lie outside
    // every endpoint of the inventory (the API server's): each is a range of its own.
    QSet<QString> services;
    forEachCompiledRule(engine, [&](const CompiledRule &r) {
        addNets(r.source.nets);
        addNets(r.source.notNets);
        addNets(r.destination.nets);
        addNets(r.destination.notNets);
        for (const CompiledEntity *e : {&r.source, &r.destination}) {
            if (e->hasService)
                services.insert(e->serviceKey);
        }
    });
    for (const QString &key : std::as_const(services)) {
        if (const ServiceMembers *m = inv.service(key)) {
            for (const IpAddress &a : m->addresses) {
                const IpNetwork host(a, a.family() == 4 ? 32 : 128);
                nets.insert(host.toString(), host);
            }
        }
    }
    QHash<QString, int> owner; // net -> the first network set holding it
    QList<OutsideNode> out;
    QHash<int, int> nodeOfSet; // network set object -> index into out
    const QList<InventoryObject> &objects = inv.objects();
    std::vector<Bits128> endpointAddresses[2];
    for (qsizetype id = 0; id < objects.size(); ++id) {
        const InventoryObject &o = objects[id];
        if (o.isEndpoint()) {
            for (const IpAddress &a : o.addresses)
                endpointAddresses[a.family() == 4 ? 0 : 1].push_back(bitsOf(a));
            continue;
        }
        if (o.kind != ObjectKind::NetworkSet && o.kind != ObjectKind::GlobalNetworkSet)
            continue;
        addNets(o.nets);
        OutsideNode n;
        n.node.id = o.ref();
        n.node.kind = GraphNodeKind::NetworkSet;
        n.node.name = o.name;
        n.node.namespace_ = o.kind == ObjectKind::NetworkSet ? o.namespace_ : QString();
        for (const IpNetwork &net : o.nets) {
            n.node.cidrs.append(net.toString());
            if (!owner.contains(net.toString()))
                owner.insert(net.toString(), int(id));
        }
        nodeOfSet.insert(int(id), int(out.size()));
        out.append(n);
    }
    for (std::vector<Bits128> &list : endpointAddresses) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }

    QList<OutsideNode> ranges;
    for (const int family : {4, 6}) {
        const int fi = family == 4 ? 0 : 1;
        if (endpointAddresses[fi].empty())
            continue; // no endpoint can talk to that family
        std::vector<IpNetwork> list;
        for (const IpNetwork &n : nets) {
            if (n.family() == family && !n.isCatchAll())
                list.push_back(n);
        }
        std::sort(list.begin(), list.end(), [](const IpNetwork &a, const IpNetwork &b) {
            return std::pair {bitsOf(a.networkAddress()), a.prefixLength()}
            < std::pair {bitsOf(b.networkAddress()), b.prefixLength()};
        });
        // Parents: the smallest listed net around each (CIDRs nest or are disjoint).
        std::vector<int> parent(list.size(), -1);
        std::vector<int> open;
        for (size_t i = 0; i < list.size(); ++i) {
            while (!open.empty()
                && lastOf(list[size_t(open.back())]) < bitsOf(list[i].networkAddress()))
                open.pop_back();
            parent[i] = open.empty() ? -1 : open.back();
            open.push_back(int(i));
        }
        const IpNetwork root
            = family == 4 ? *IpNetwork::parseCidr(u"0.0.0.0/0") : *IpNetwork::parseCidr(u"::/0");
        for (int i = -1; i < int(list.size()); ++i) {
            const IpNetwork &net = i < 0 ? root : list[size_t(i)];
            const Bits128 first = bitsOf(net.networkAddress());
            const Bits128 last = lastOf(net);
            std::vector<Interval> taken;
            for (size_t c = 0; c < list.size(); ++c) {
                if (parent[c] == i)
                    taken.push_back({bitsOf(list[c].networkAddress()), lastOf(list[c])});
            }
            if (family == 6) // IPv4-mapped addresses are IPv4's
                taken.push_back({{0, 0xffff00000000ULL}, {0, 0xffffffffffffULL}});
            const std::vector<Bits128> &addresses = endpointAddresses[fi];
            for (auto it = std::lower_bound(addresses.begin(), addresses.end(), first);
                 it != addresses.end() && *it <= last; ++it)
                taken.push_back({*it, *it});
            std::sort(taken.begin(), taken.end(),
                [](const Interval &a, const Interval &b) { return a.first < b.first; });
            const std::optional<Bits128> free = firstFree(first, last, taken);
            const QString key = net.toString();
            const auto setIt = owner.constFind(key);
            if (setIt != owner.constEnd()) {
                if (free)
                    out[nodeOfSet.value(*setIt)].addresses.append(
                        IpAddress::v6(free->hi, free->lo));
                continue;
            }
            if (!free)
                continue;
            OutsideNode n;
            n.node.id = key;
            n.node.kind = GraphNodeKind::External;
            n.node.name = i >= 0 ? key
                : family == 4 ? QCoreApplication::translate("FlowGraph", "any other IPv4 address")
                              : QCoreApplication::translate("FlowGraph", "any other IPv6 address");
            n.node.cidrs = {key};
            n.addresses = {IpAddress::v6(free->hi, free->lo)};
            ranges.append(n);
        }
    }
    // Network sets, then ranges (roots last), each in a stable order.
    std::stable_sort(out.begin(), out.end(),
        [](const OutsideNode &a, const OutsideNode &b) { return a.node.id < b.node.id; });
    std::stable_sort(ranges.begin(), ranges.end(), [](const OutsideNode &a, const OutsideNode &b) {
        const bool ra = a.node.id.endsWith(QStringLiteral("/0"));
        const bool rb = b.node.id.endsWith(QStringLiteral("/0"));
        return ra != rb ? rb : false;
    });
    out.append(ranges);
    return out;
}

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

QList<IpNetwork> outsideCuts(const PolicyEngine &engine)
{
    QList<IpNetwork> cuts;
    for (const OutsideNode &outside : outsideNodes(engine, {})) {
        for (const QString &cidr : outside.node.cidrs) {
            if (const std::optional<IpNetwork> net = IpNetwork::parseCidr(cidr);
                net && !net->isCatchAll())
                cuts.append(*net);
        }
    }
    return cuts;
}

QList<GraphNode> outsideGraphNodes(const PolicyEngine &engine, const QList<IpNetwork> &extraCuts)
{
    QList<GraphNode> nodes;
    for (OutsideNode &outside : outsideNodes(engine, extraCuts)) {
        for (const IpAddress &a : outside.addresses) {
            outside.node.peers.append(outsidePeer(engine.inventory(), a));
            outside.node.peerRefs.append(a.toString());
        }
        nodes.append(std::move(outside.node));
    }
    return nodes;
}

} // namespace ps
