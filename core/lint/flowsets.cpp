#include "core/lint/flowsets_p.h"

#include <algorithm>

namespace ps {

bool PeerSet::none() const
{
    return std::all_of(m_words.begin(), m_words.end(), [](quint64 w) { return w == 0; });
}

int PeerSet::first() const
{
    for (size_t w = 0; w < m_words.size(); ++w) {
        if (m_words[w] != 0)
            return int(w * 64) + std::countr_zero(m_words[w]);
    }
    return -1;
}

PeerSet &PeerSet::operator&=(const PeerSet &o)
{
    for (size_t w = 0; w < m_words.size(); ++w)
        m_words[w] &= o.m_words[w];
    return *this;
}

PeerSet &PeerSet::operator|=(const PeerSet &o)
{
    for (size_t w = 0; w < m_words.size(); ++w)
        m_words[w] |= o.m_words[w];
    return *this;
}

PeerSet &PeerSet::operator-=(const PeerSet &o)
{
    for (size_t w = 0; w < m_words.size(); ++w)
        m_words[w] &= ~o.m_words[w];
    return *this;
}

namespace {

bool entityIsEmpty(const CompiledEntity &e)
{
    return e.positiveSet < 0 && e.negativeSet < 0 && e.nets.isEmpty() && e.notNets.isEmpty()
        && e.ports.isEmpty() && e.notPorts.isEmpty() && !e.hasService;
}

int directionIndex(Direction direction)
{
    return direction == Direction::Ingress ? 0 : 1;
}

} // namespace

FlowSets::FlowSets(const PolicyEngine &engine, const LintSpace &space)
    : m_engine(engine), m_space(space), m_size(int(space.peers().size()))
{
    for (const int f : {4, 6}) {
        PeerSet &set = m_family[f == 4 ? 0 : 1];
        set = PeerSet(m_size);
        for (int i = 0; i < m_size; ++i) {
            const PacketPeer &peer = space.peers()[i];
            if (!peer.address || peer.address->family() == f)
                set.set(i);
        }
    }
    for (const int in : {0, 1})
        m_packets[in].resize(size_t(m_size));
    for (int i = 0; i < m_size; ++i) {
        const PacketPeer &peer = space.peers()[i];
        m_packets[0][size_t(i)].source = peer;
        m_packets[1][size_t(i)].destination = peer;
        if (peer.address)
            m_peersAt[*peer.address].append(i);
        for (const int m : peer.members) {
            QList<int> &list = m_peersHolding[m];
            if (list.isEmpty() || list.last() != i)
                list.append(i);
        }
    }
}

QList<PeerSet> FlowSets::groups(int endpoint) const
{
    QList<PeerSet> out;
    QList<std::pair<int, int>> keys;
    for (int i = 0; i < m_size; ++i) {
        const std::optional<std::pair<int, int>> at = m_space.sideOf(endpoint, i);
        if (!at)
            continue;
        qsizetype k = keys.indexOf(*at);
        if (k < 0) {
            k = keys.size();
            keys.append(*at);
            out.append(PeerSet(m_size));
        }
        out[k].set(i);
    }
    return out;
}

const FlowSets::Plan &FlowSets::plan(const CompiledRule &rule)
{
    const auto found = m_plans.find(&rule);
    if (found != m_plans.end())
        return found->second;
    Plan p;
    for (const int in : {0, 1}) {
        // Ingress: the endpoint is the destination, the peer the source; egress the reverse.
        const CompiledEntity &peer = in == 0 ? rule.source : rule.destination;
        p.own[in] = rule;
        (in == 0 ? p.own[in].source : p.own[in].destination) = CompiledEntity();
        // The protocol stays on the peer's side: it decides which named ports count.
        p.peer[in].action = RuleAction::Allow;
        p.peer[in].protocol = rule.protocol;
        (in == 0 ? p.peer[in].source : p.peer[in].destination) = peer;
        p.peerEmpty[in] = entityIsEmpty(peer);
        p.peerPorts[in] = !peer.ports.isEmpty() || !peer.notPorts.isEmpty() || peer.hasService;
    }
    return m_plans.emplace(&rule, std::move(p)).first->second;
}

const PeerSet &FlowSets::peerSet(const Plan &p, int in, int family, const LintProbe &probe)
{
    // Only the family, and for ports or a service the protocol and the peer's port, matter.
    const std::optional<int> port = in == 0 ? probe.sourcePort : probe.port;
    const std::tuple key {&p, in, family, p.peerPorts[in] ? probe.protocol : -1,
        p.peerPorts[in] ? port.value_or(-1) : -2};
    const auto found = m_peerSets.find(key);
    if (found != m_peerSets.end())
        return found->second;
    PeerSet candidates = m_family[family == 4 ? 0 : 1];
    PeerSet out(m_size);
    if (p.peerEmpty[in]) {
        out = candidates;
    } else {
        const CompiledEntity &e = in == 0 ? p.peer[in].source : p.peer[in].destination;
        // A selector matches only the peers holding a member of its set (PolicyEngine::inSet).
        if (e.positiveSet >= 0) {
            PeerSet holding(m_size);
            for (const int object : m_engine.setMembers(e.positiveSet)) {
                const auto found = m_peersHolding.constFind(object);
                if (found == m_peersHolding.constEnd())
                    continue;
                for (const int i : *found)
                    holding.set(i);
            }
            candidates &= holding;
        }
        // A service only the peers at its addresses (a source: a member's; a destination: one
        // with a service port).
        if (e.hasService) {
            PeerSet at(m_size);
            if (const ServiceMembers *svc = m_engine.inventory().service(e.serviceKey)) {
                const auto mark = [&](const IpAddress &a) {
                    const auto found = m_peersAt.constFind(a);
                    if (found == m_peersAt.constEnd())
                        return;
                    for (const int i : *found)
                        at.set(i);
                };
                for (const IpAddress &a : svc->addresses)
                    mark(a);
                for (const ServicePortKey &k : svc->ports)
                    mark(k.address);
            }
            candidates &= at;
        }
        std::vector<Packet> &packets = m_packets[in];
        candidates.forEach([&](int i) {
            Packet &pkt = packets[size_t(i)];
            pkt.family = family;
            pkt.protocol = probe.protocol;
            pkt.destinationPort = probe.port;
            pkt.sourcePort = probe.sourcePort;
            pkt.icmpType = probe.icmpType;
            pkt.icmpCode = probe.icmpCode;
            if (m_engine.ruleMatches(p.peer[in], pkt))
                out.set(i);
        });
    }
    return m_peerSets.emplace(key, std::move(out)).first->second;
}

PeerSet FlowSets::matches(
    const CompiledRule &rule, int endpoint, Direction direction, const PeerSet &group, int probe)
{
    return matches(
        rule, direction, *m_space.packet(endpoint, direction, group.first(), probe), group, probe);
}

PeerSet FlowSets::matches(const CompiledRule &rule, Direction direction, const Packet &packet,
    const PeerSet &group, int probe)
{
    // The packet's peer side does not count: only its own side and the packet's fields do.
    const int in = directionIndex(direction);
    const Plan &p = plan(rule);
    if (!m_engine.ruleMatches(p.own[in], packet))
        return PeerSet(m_size);
    return peerSet(p, in, packet.family, m_space.probes()[probe]) & group;
}

FlowRun FlowSets::run(int endpoint, Direction direction, const PeerSet &peers, int probe,
    const CompiledRule *skip, bool events)
{
    FlowRun out;
    out.allowed = PeerSet(m_size);
    const int object = m_space.endpoints()[endpoint];
    const InventoryObject &obj = m_engine.inventory().object(object);
    const QList<CompiledPolicy> &policies = m_engine.policies();
    const bool isIngress = direction == Direction::Ingress;
    PeerSet undecided = peers;
    const Packet packet = *m_space.packet(endpoint, direction, peers.first(), probe);
    const auto record = [&](FlowEvent e) {
        if (events)
            out.events.push_back(std::move(e));
    };
    // One stage's tiers (PolicyEngine::runStage()): what no rule decides goes on to the next
    // stage, or to the profiles.
    const auto runTiers = [&](const std::vector<int> &list, bool endOfTierDeny) {
        size_t i = 0;
        while (i < list.size() && !undecided.none()) {
            const int tierIndex = policies[list[i]].tierIndex;
            size_t end = i;
            int lastEnforced = -1;
            while (end < list.size() && policies[list[end]].tierIndex == tierIndex) {
                if (!policies[list[end]].staged)
                    lastEnforced = list[end];
                ++end;
            }
            PeerSet remaining = undecided; // neither decided nor passed in this tier
            for (size_t k = i; k < end && !remaining.none(); ++k) {
                const CompiledPolicy &p = policies[list[k]];
                if (p.staged)
                    continue;
                for (const CompiledRule &r : isIngress ? p.ingress : p.egress) {
                    if (r.action == RuleAction::Invalid || &r == skip)
                        continue;
                    const PeerSet matched = matches(r, direction, packet, remaining, probe);
                    if (matched.none())
                        continue;
                    if (r.action != RuleAction::Log) {
                        remaining -= matched;
                        if (r.action != RuleAction::Pass)
                            undecided -= matched;
                        if (r.action == RuleAction::Allow)
                            out.allowed |= matched;
                    }
                    record({FlowEvent::Kind::Rule, list[k], &r, tierIndex, -1, matched});
                    if (remaining.none())
                        break;
                }
            }
            i = end;
            if (lastEnforced < 0 || !endOfTierDeny || remaining.none()
                || m_engine.tiers()[tierIndex].defaultAction == u"Pass")
                continue;
            undecided -= remaining;
            record({FlowEvent::Kind::EndOfTierDeny, lastEnforced, nullptr, tierIndex, -1,
                std::move(remaining)});
        }
    };
    if (obj.kind == ObjectKind::HostEndpoint) {
        PeerSet failsafe(m_size);
        peers.forEach([&](int peer) {
            const std::optional<Packet> pkt = m_space.packet(endpoint, direction, peer, probe);
            if (m_engine.isFailsafe(object, direction, *pkt))
                failsafe.set(peer);
        });
        if (!failsafe.none()) {
            undecided -= failsafe;
            out.allowed |= failsafe;
            record({FlowEvent::Kind::Failsafe, -1, nullptr, -1, -1, std::move(failsafe)});
        }
        runTiers(m_engine.stagePolicies(object, direction, HostEndpointPipeline::Untracked), false);
        if (isIngress)
            runTiers(
                m_engine.stagePolicies(object, direction, HostEndpointPipeline::PreDnat), false);
    }
    runTiers(m_engine.applicablePolicies(object, direction), true);
    // Profiles, in the endpoint's order; Pass ends a profile.
    for (qsizetype k = 0; k < obj.profiles.size() && !undecided.none(); ++k) {
        const QList<CompiledRule> *rules = m_engine.profileRules(obj.profiles[k], direction);
        if (!rules)
            continue;
        PeerSet remaining = undecided;
        for (const CompiledRule &r : *rules) {
            if (r.action == RuleAction::Invalid || r.action == RuleAction::Log)
                continue;
            const PeerSet matched = matches(r, direction, packet, remaining, probe);
            if (matched.none())
                continue;
            remaining -= matched;
            if (r.action != RuleAction::Pass)
                undecided -= matched;
            if (r.action == RuleAction::Allow)
                out.allowed |= matched;
            record({FlowEvent::Kind::Profile, -1, &r, -1, int(k), matched});
            if (remaining.none())
                break;
        }
    }
    if (!undecided.none())
        record({FlowEvent::Kind::DefaultDeny, -1, nullptr, -1, -1, std::move(undecided)});
    return out;
}

} // namespace ps
