#include "core/lint/lintspace.h"

#include <map>
#include <set>

#include "core/eval/compiledrules.h"
#include "core/eval/matrix.h"
#include "core/graph/flowgraph.h"
#include "core/lint/lintplaces_p.h"
#include "core/model/protocol.h"

namespace ps {

namespace {

// An endpoint's sides of a packet: its first address of each family (itself alone when it has
// no address, as a workload template).
QList<PacketPeer> sidesOf(const Inventory &inv, int object)
{
    const InventoryObject &o = inv.object(object);
    QList<PacketPeer> sides;
    bool seen[2] = {false, false};
    for (const IpAddress &a : o.addresses) {
        bool &done = seen[a.family() == 4 ? 0 : 1];
        if (done)
            continue;
        done = true;
        sides.append(PacketPeer {object, a, inv.objectsAt(a)});
    }
    if (sides.isEmpty())
        sides.append(endpointPeer(inv, object));
    return sides;
}

// The first values of the intervals [0, limit] is cut into at `cuts` (each a first value or
// one past a last one); just nullopt when nothing cuts it.
QList<std::optional<int>> representatives(const std::set<int> &cuts, int limit)
{
    if (cuts.empty())
        return {std::nullopt};
    std::set<int> all = cuts;
    all.insert(0);
    QList<std::optional<int>> out;
    for (const int c : all) {
        if (c <= limit)
            out.append(c);
    }
    return out;
}

} // namespace

LintSpace::LintSpace(const PolicyEngine &engine) : m_engine(engine)
{
    const Inventory &inv = engine.inventory();
    QList<int> all;
    for (qsizetype id = 0; id < inv.objects().size(); ++id) {
        if (inv.object(int(id)).isEndpoint())
            all.append(int(id));
    }
    const QList<int> classes = endpointClasses(engine, all);
    QHash<int, int> indexOfClass;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto it = indexOfClass.constFind(classes[i]);
        if (it != indexOfClass.constEnd()) {
            ++m_classSizes[*it];
            continue;
        }
        indexOfClass.insert(classes[i], int(m_endpoints.size()));
        m_endpoints.append(all[i]);
        m_classSizes.append(1);
        m_selves.append(sidesOf(inv, all[i]));
        for (const PacketPeer &side : m_selves.last()) {
            m_peers.append(side);
            m_peerNames.append(inv.object(all[i]).ref());
        }
    }
    for (const GraphNode &node : outsideGraphNodes(engine)) {
        for (qsizetype i = 0; i < node.peers.size(); ++i) {
            m_peers.append(node.peers[i]);
            const QString what = node.kind == GraphNodeKind::NetworkSet ? node.id : node.name;
            m_peerNames.append(what == node.peerRefs[i]
                    ? what
                    : QStringLiteral("%1 (%2)").arg(node.peerRefs[i], what));
        }
    }

    // Source ports and ICMP codes cut only when some rule matches them.
    std::map<int, std::set<int>> sourceCuts; // protocol (-1: any) -> cuts
    std::map<int, std::set<int>> codeCuts;
    forEachCompiledRule(engine, [&](const CompiledRule &r) {
        const int key = r.protocol.value_or(-1);
        for (const QList<Port> *list : {&r.source.ports, &r.source.notPorts}) {
            for (const Port &p : *list) {
                std::set<int> &cuts = sourceCuts[key];
                if (p.isNamed()) {
                    for (const InventoryObject &o : inv.objects()) {
                        for (const NamedPort &np : o.namedPorts) {
                            if (np.name == p.name()) {
                                cuts.insert(np.port);
                                cuts.insert(np.port + 1);
                            }
                        }
                    }
                    continue;
                }
                cuts.insert(p.min());
                cuts.insert(p.max() + 1);
            }
        }
        for (const std::optional<IcmpFields> *icmp : {&r.icmp, &r.notIcmp}) {
            if (*icmp && (*icmp)->code) {
                std::set<int> &cuts = codeCuts[key];
                cuts.insert(*(*icmp)->code);
                cuts.insert(*(*icmp)->code + 1);
            }
        }
    });
    const auto cutsFor = [](const std::map<int, std::set<int>> &byProtocol, int protocol) {
        std::set<int> cuts;
        for (const int key : {-1, protocol}) {
            const auto it = byProtocol.find(key);
            if (it != byProtocol.end())
                cuts.insert(it->second.begin(), it->second.end());
        }
        return cuts;
    };
    for (const GraphProbe &g : graphProbes(engine, {})) {
        LintProbe probe;
        probe.protocol = g.number;
        probe.port = g.probe.port;
        // Any port of the interval stands for it; port 0 only when it is alone.
        if (probe.port == 0 && g.range && g.range->last > 0)
            probe.port = 1;
        probe.icmpType = g.probe.icmpType;
        const bool ports = protocolCarriesPorts(g.number);
        const bool icmp = protocolIcmpFamily(g.number) != 0 && g.probe.icmpType;
        const QList<std::optional<int>> sources = ports
            ? representatives(cutsFor(sourceCuts, g.number), 65535)
            : QList<std::optional<int>> {std::nullopt};
        const QList<std::optional<int>> codes = icmp
            ? representatives(cutsFor(codeCuts, g.number), 255)
            : QList<std::optional<int>> {std::nullopt};
        for (const std::optional<int> &source : sources) {
            for (const std::optional<int> &code : codes) {
                probe.sourcePort = source;
                probe.icmpCode = code;
                m_probes.append(probe);
            }
        }
    }
}

std::optional<Packet> LintSpace::packet(
    int endpoint, Direction direction, int peer, int probe) const
{
    const std::optional<std::pair<int, int>> at = sideOf(endpoint, peer);
    if (!at)
        return std::nullopt;
    const PacketPeer &other = m_peers.at(peer);
    const PacketPeer *self = &m_selves.at(endpoint).at(at->first);
    const LintProbe &p = m_probes.at(probe);
    Packet pkt;
    pkt.family = at->second;
    pkt.protocol = p.protocol;
    pkt.destinationPort = p.port;
    pkt.sourcePort = p.sourcePort;
    pkt.icmpType = p.icmpType;
    pkt.icmpCode = p.icmpCode;
    pkt.source = direction == Direction::Ingress ? other : *self;
    pkt.destination = direction == Direction::Ingress ? *self : other;
    return pkt;
}

std::optional<std::pair<int, int>> LintSpace::sideOf(int endpoint, int peer) const
{
    const PacketPeer &other = m_peers.at(peer);
    const QList<PacketPeer> &selves = m_selves.at(endpoint);
    for (qsizetype i = 0; i < selves.size(); ++i) {
        const PacketPeer &side = selves[i];
        if (!other.address || !side.address || side.address->family() == other.address->family()) {
            const int family = other.address ? other.address->family()
                : side.address               ? side.address->family()
                                             : 4;
            return std::pair {int(i), family};
        }
    }
    return std::nullopt;
}

QString LintSpace::describe(int endpoint, Direction direction, int peer, int probe) const
{
    const LintProbe &p = m_probes.at(probe);
    QString what = protocolDisplayName(p.protocol);
    if (p.port)
        what = LintWords::tr("%1 port %2").arg(what).arg(*p.port);
    if (p.icmpType)
        what = LintWords::tr("%1 type %2").arg(what).arg(*p.icmpType);
    if (p.icmpCode)
        what = LintWords::tr("%1 code %2").arg(what).arg(*p.icmpCode);
    if (p.sourcePort)
        what = LintWords::tr("%1 from source port %2").arg(what).arg(*p.sourcePort);
    const QString self = m_engine.inventory().object(m_endpoints.at(endpoint)).ref();
    const QString &other = m_peerNames.at(peer);
    return direction == Direction::Ingress
        ? LintWords::tr("%1 from %2 to %3").arg(what, other, self)
        : LintWords::tr("%1 from %2 to %3").arg(what, self, other);
}

} // namespace ps
