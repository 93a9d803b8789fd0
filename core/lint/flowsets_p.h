#pragma once
// FlowSets: the flows of a LintSpace at one endpoint class, evaluated for every peer at once
// instead of one trace per flow (the lint's flow checks, flowlint_p.h). Each rule's peer
// criterion is evaluated once per address family (and, when it has ports or a service, per
// protocol and port) into a set of peers, as PairVerdicts does for the flow graph; the rule's
// packet-only and own-side criteria once per probe. An evaluation then walks the endpoint's
// stages, tiers, policies and profiles in PolicyEngine::evaluate()'s order with sets of peers,
// and records what its trace would record for each peer: which rule steps, end-of-tier denies,
// failsafe ports, profile rules or the default deny each peer meets, in order. Only reads the
// engine and the space; not thread-safe (the sets are cached).

#include <bit>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <QHash>
#include <QList>
#include <QtGlobal>

#include "core/eval/policyengine.h"
#include "core/lint/lintspace.h"

namespace ps {

/// A set of peers (indexes into LintSpace::peers()).
class PeerSet {
public:
    PeerSet() = default;
    explicit PeerSet(int size) : m_words(size_t(size + 63) / 64, 0) { }

    void set(int i) { m_words[size_t(i) >> 6] |= quint64(1) << (i & 63); }
    void reset(int i) { m_words[size_t(i) >> 6] &= ~(quint64(1) << (i & 63)); }
    bool test(int i) const { return (m_words[size_t(i) >> 6] >> (i & 63)) & 1U; }
    bool none() const;
    /// The first member, -1 when empty.
    int first() const;
    template<typename F> void forEach(F f) const
    {
        for (size_t w = 0; w < m_words.size(); ++w) {
            quint64 bits = m_words[w];
            while (bits != 0) {
                f(int(w * 64) + std::countr_zero(bits));
                bits &= bits - 1;
            }
        }
    }
    PeerSet &operator&=(const PeerSet &o);
    PeerSet &operator|=(const PeerSet &o);
    /// Removes the members of `o`.
    PeerSet &operator-=(const PeerSet &o);
    friend PeerSet operator&(PeerSet a, const PeerSet &b) { return a &= b; }
    friend PeerSet operator-(PeerSet a, const PeerSet &b) { return a -= b; }
    friend bool operator==(const PeerSet &, const PeerSet &) = default;

private:
    std::vector<quint64> m_words;
};

/// A step of PolicyEngine::evaluate()'s trace that the peers of `peers` meet.
struct FlowEvent {
    enum class Kind {
        Rule, // a rule of a policy matched (allow, deny, pass or log)
        EndOfTierDeny, // in the normal stage
        Failsafe, // a host endpoint's failsafe port allowed
        Profile, // a profile rule matched (allow, deny or pass)
        DefaultDeny,
    };
    Kind kind = Kind::Rule;
    int policy = -1; // Rule: its policy; EndOfTierDeny: the tier's last enforced policy
    const CompiledRule *rule = nullptr; // Rule, Profile
    int tier = -1; // Rule, EndOfTierDeny: index into PolicyEngine::tiers()
    int profile = -1; // Profile: index into the endpoint's profiles
    PeerSet peers;

    /// Whether the step gives the verdict (allow, deny, end-of-tier deny, default deny).
    bool decisive() const
    {
        if (kind == Kind::Rule || kind == Kind::Profile)
            return rule->action == RuleAction::Allow || rule->action == RuleAction::Deny;
        return true;
    }
};

struct FlowRun {
    std::vector<FlowEvent> events; // in evaluation order
    PeerSet allowed; // the peers whose verdict is Allow (the others: Deny)
};

class FlowSets {
public:
    FlowSets(const PolicyEngine &engine, const LintSpace &space);

    const PolicyEngine &engine() const { return m_engine; }
    /// The peers that have a packet with endpoints()[endpoint], one set per side and address
    /// family of those packets (LintSpace::sideOf()).
    QList<PeerSet> groups(int endpoint) const;
    /// The peers of `group` (one of groups()) whose packet of `probe` at endpoints()[endpoint]
    /// in `direction` the rule matches (PolicyEngine::ruleMatches()).
    PeerSet matches(const CompiledRule &rule, int endpoint, Direction direction,
        const PeerSet &group, int probe);
    /// The same with the packet of `probe` between the endpoint and a peer of `group` at hand.
    PeerSet matches(const CompiledRule &rule, Direction direction, const Packet &packet,
        const PeerSet &group, int probe);
    /// PolicyEngine::evaluate() for the peers of `peers` (a subset of one group): with
    /// `events`, the steps they meet; `skip`, a rule of the engine's policies left out as if it
    /// were removed from its policy.
    FlowRun run(int endpoint, Direction direction, const PeerSet &peers, int probe,
        const CompiledRule *skip = nullptr, bool events = true);

private:
    // One rule split into its packet-and-own-side criteria (for each direction the endpoint's
    // side is the destination of ingress, the source of egress) and its peer side's.
    struct Plan {
        CompiledRule own[2]; // [ingress, egress]
        CompiledRule peer[2];
        bool peerEmpty[2] = {true, true};
        bool peerPorts[2] = {false, false}; // the peer side depends on protocol and port
    };
    const Plan &plan(const CompiledRule &rule);
    const PeerSet &peerSet(const Plan &plan, int in, int family, const LintProbe &probe);

    const PolicyEngine &m_engine;
    const LintSpace &m_space;
    int m_size = 0;
    PeerSet m_family[2]; // peers with an address of IPv4 (IPv6) or none
    QHash<int, QList<int>> m_peersHolding; // object id -> the peers it is a member of
    QHash<IpAddress, QList<int>> m_peersAt; // address -> the peers with it
    std::vector<Packet> m_packets[2]; // per direction and peer: a packet with the peer's side set
    std::unordered_map<const CompiledRule *, Plan> m_plans;
    // (plan, direction, family, protocol, port) -> the peers that match
    using PeerSetKey = std::tuple<const Plan *, int, int, int, int>;
    struct PeerSetKeyHash {
        size_t operator()(const PeerSetKey &k) const
        {
            size_t h = std::hash<const void *>()(std::get<0>(k));
            for (const int v : {std::get<1>(k), std::get<2>(k), std::get<3>(k), std::get<4>(k)})
                h = h * 1000003U ^ std::hash<int>()(v);
            return h;
        }
    };
    std::unordered_map<PeerSetKey, PeerSet, PeerSetKeyHash> m_peerSets;
};

} // namespace ps
