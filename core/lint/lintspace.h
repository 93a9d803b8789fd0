#pragma once
// LintSpace: the flows the lint evaluates, chosen so that what it concludes holds for every
// flow of the inventory, not for samples. A flow at an endpoint is a direction, a peer, a
// protocol and ports; the space has one representative of each kind the engine can tell apart:
//
// * endpoints: one per endpoint class (endpointClasses(): no selector, net, named port or
//   service tells the members apart), each evaluated once for its whole class;
// * peers: the same classes (one side per address family an endpoint has), plus the outside
//   world as the flow graph cuts it (outsideGraphNodes(): each address range the rules and
//   network sets distinguish, and each network set);
// * probes: every protocol a rule names plus one that none does, each split at every port
//   (or ICMP type) boundary a rule, named port, service port or failsafe port makes
//   (graphProbes()); when some rule matches source ports (or ICMP codes), each probe is split
//   at their boundaries too.
//
// Packets are then built as the engine sees them and evaluated as PolicyEngine::evaluate() does
// (FlowSets does so for all peers at once): one direction at one endpoint, in the normal
// pipeline (and, at host endpoints, the untracked and pre-DNAT stages before it). Traffic forwarded
// through a host endpoint is not in the space. The space only reads the engine; its lists are fixed
// at construction.

#include <optional>
#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/policyengine.h"

namespace ps {

struct LintProbe {
    int protocol = 6; // IANA number
    std::optional<int> port; // destination port (protocols with ports)
    std::optional<int> sourcePort;
    std::optional<int> icmpType;
    std::optional<int> icmpCode;
};

class LintSpace {
public:
    explicit LintSpace(const PolicyEngine &engine);

    const PolicyEngine &engine() const { return m_engine; }
    /// Inventory ids of the endpoints evaluated, one per class.
    const QList<int> &endpoints() const { return m_endpoints; }
    /// How many endpoints endpoints()[i] stands for.
    int classSize(int i) const { return m_classSizes.at(i); }
    const QList<PacketPeer> &peers() const { return m_peers; }
    const QList<LintProbe> &probes() const { return m_probes; }

    /// The packet of `probe` between endpoints()[endpoint] and peers()[peer] in `direction`
    /// (ingress: from the peer; egress: to it); nullopt when the two have no address family in
    /// common.
    std::optional<Packet> packet(int endpoint, Direction direction, int peer, int probe) const;
    /// Which side of endpoints()[endpoint] packet() uses with peers()[peer] (an index into its
    /// sides) and the packet's address family; nullopt when packet() gives none. Packets of
    /// the same side and family differ only in the peer.
    std::optional<std::pair<int, int>> sideOf(int endpoint, int peer) const;
    /// Calls f(peer, probe, packet) for every packet of the space at endpoints()[endpoint] in
    /// `direction`, peers first, then probes.
    template<typename F> void forEachPacket(int endpoint, Direction direction, F f) const
    {
        for (int peer = 0; peer < int(m_peers.size()); ++peer) {
            for (int probe = 0; probe < int(m_probes.size()); ++probe) {
                if (const std::optional<Packet> pkt = packet(endpoint, direction, peer, probe))
                    f(peer, probe, *pkt);
            }
        }
    }
    /// "TCP port 8080 from production/client-0 to production/server-0": the flow in words.
    QString describe(int endpoint, Direction direction, int peer, int probe) const;

private:
    const PolicyEngine &m_engine;
    QList<int> m_endpoints;
    QList<int> m_classSizes;
    QList<QList<PacketPeer>> m_selves; // per endpoint: its sides, one per address family
    QList<PacketPeer> m_peers;
    QStringList m_peerNames;
    QList<LintProbe> m_probes;
};

} // namespace ps
