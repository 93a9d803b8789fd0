#include "core/eval/matrix.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <deque>
#include <map>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/model/protocol.h"

namespace ps {

std::optional<MatrixGrouping> matrixGroupingFromName(const QString &name)
{
    if (name == u"pod")
        return MatrixGrouping::Pod;
    if (name == u"workload")
        return MatrixGrouping::Workload;
    if (name == u"namespace")
        return MatrixGrouping::Namespace;
    if (name == u"serviceaccount")
        return MatrixGrouping::ServiceAccount;
    return std::nullopt;
}

QString matrixGroupingName(MatrixGrouping grouping)
{
    switch (grouping) {
    case MatrixGrouping::Pod:
        return QStringLiteral("pod");
    case MatrixGrouping::Workload:
        return QStringLiteral("workload");
    case MatrixGrouping::Namespace:
        return QStringLiteral("namespace");
    case MatrixGrouping::ServiceAccount:
        return QStringLiteral("serviceaccount");
    }
    return QString();
}

QString cellVerdictName(CellVerdict v)
{
    switch (v) {
    case CellVerdict::Allow:
        return QStringLiteral("allow");
    case CellVerdict::Deny:
        return QStringLiteral("deny");
    case CellVerdict::Partial:
        return QStringLiteral("partial");
    }
    return QString();
}

namespace {

// The failsafe ports of the host endpoint's node (its FelixConfiguration) that a packet of
// `protocol` to `port` meets in `direction`: open to every peer, or only to the peers inside some
// nets (inbound ports: the source's address, outbound ones: the destination's; a net that does
// not parse opens nothing, as in PolicyEngine::isFailsafe).
struct FailsafeOpening {
    bool everyPeer = false;
    QList<IpNetwork> nets;

    bool containsAddressOf(const PacketPeer &peer) const
    {
        return peer.address && std::any_of(nets.begin(), nets.end(), [&](const IpNetwork &n) {
            return n.contains(*peer.address);
        });
    }
};

FailsafeOpening failsafeAt(const PolicyEngine &engine, int object, Direction direction,
    int protocol, std::optional<int> port)
{
    FailsafeOpening out;
    if (!port || object < 0)
        return out;
    const FelixSettings &s = engine.felixSettings(engine.inventory().object(object).node);
    for (const FailsafePort &p :
        direction == Direction::Ingress ? s.failsafeInbound : s.failsafeOutbound) {
        if (p.protocol != protocol || p.port != *port)
            continue;
        if (p.net.isEmpty()) {
            out.everyPeer = true;
            out.nets.clear();
            return out;
        }
        if (const auto net = IpNetwork::parseCidrOrIp(p.net); net && !out.nets.contains(*net))
            out.nets.append(*net);
    }
    return out;
}

void collectNets(const QList<CompiledRule> &rules, QList<IpNetwork> &out)
{
    for (const CompiledRule &r : rules) {
        for (const CompiledEntity *e : {&r.source, &r.destination}) {
            for (const QList<IpNetwork> *nets : {&e->nets, &e->notNets}) {
                for (const IpNetwork &n : *nets) {
                    if (!out.contains(n))
                        out.append(n);
                }
            }
        }
    }
}

} // namespace

namespace {

// A fixed-size set of endpoint indexes.
class Bits {
public:
    Bits() = default;
    explicit Bits(int size) : m_words(size_t(size + 63) / 64, 0) { }

    void set(int i) { m_words[size_t(i) >> 6] |= quint64(1) << (i & 63); }
    void reset(int i) { m_words[size_t(i) >> 6] &= ~(quint64(1) << (i & 63)); }
    bool test(int i) const { return (m_words[size_t(i) >> 6] >> (i & 63)) & 1U; }
    size_t words() const { return m_words.size(); }
    friend bool operator==(const Bits &, const Bits &) = default;
    quint64 word(size_t w) const { return m_words[w]; }
    bool none() const
    {
        return std::all_of(m_words.begin(), m_words.end(), [](quint64 w) { return w == 0; });
    }
    void unite(const Bits &o)
    {
        for (size_t k = 0; k < m_words.size(); ++k)
            m_words[k] |= o.m_words[k];
    }
    void subtract(const Bits &o)
    {
        for (size_t k = 0; k < m_words.size(); ++k)
            m_words[k] &= ~o.m_words[k];
    }
    /// Calls fn(i) for each member i, in increasing order.
    template<typename Fn> void forEach(Fn &&fn) const
    {
        for (size_t w = 0; w < m_words.size(); ++w) {
            for (quint64 bits = m_words[w]; bits != 0; bits &= bits - 1)
                fn(int(w * 64 + size_t(std::countr_zero(bits))));
        }
    }
    /// The words [first, end) outside which every word is empty.
    struct Span {
        size_t first = 0;
        size_t end = 0;
    };
    Span span() const
    {
        Span out;
        while (out.first < m_words.size() && m_words[out.first] == 0)
            ++out.first;
        out.end = m_words.size();
        while (out.end > out.first && m_words[out.end - 1] == 0)
            --out.end;
        return out;
    }
    /// The members of `matched` (whose words outside `span` are empty) still in `remaining`
    /// leave it and `decided` (when given), and join `into` (when given).
    static void decide(const Bits &matched, Span span, Bits &remaining, Bits *decided, Bits *into)
    {
        for (size_t k = span.first; k < span.end; ++k) {
            const quint64 m = matched.m_words[k] & remaining.m_words[k];
            if (m == 0)
                continue;
            remaining.m_words[k] &= ~m;
            if (decided)
                decided->m_words[k] &= ~m;
            if (into)
                into->m_words[k] |= m;
        }
    }
    static Bits intersection(const Bits &a, const Bits &b)
    {
        Bits out;
        out.m_words.resize(a.m_words.size());
        for (size_t k = 0; k < a.m_words.size(); ++k)
            out.m_words[k] = a.m_words[k] & b.m_words[k];
        return out;
    }

private:
    std::vector<quint64> m_words;
};

// The peers a rule's side matches, with the span of its words that hold any: most selectors
// match a few peers, and applying the rule then reads only those words.
struct PeerSet {
    explicit PeerSet(Bits bits) : members(std::move(bits)), span(members.span()) { }
    Bits members;
    Bits::Span span;
};

// A rule side's criteria as a key: sides with equal keys match the same peers. Named ports count
// for the rule's protocol (TCP when it names none), so that protocol is part of the key.
struct SideKey {
    bool isSource = false;
    int positiveSet = -1;
    int negativeSet = -1;
    QList<IpNetwork> nets;
    QList<IpNetwork> notNets;
    QList<Port> ports;
    QList<Port> notPorts;
    bool hasService = false;
    QString serviceKey;
    int namedPortProtocol = -1; // -1: no named port

    SideKey(bool source, const CompiledEntity &e, const CompiledRule &rule)
        : isSource(source), positiveSet(e.positiveSet), negativeSet(e.negativeSet), nets(e.nets),
          notNets(e.notNets), ports(e.ports), notPorts(e.notPorts), hasService(e.hasService),
          serviceKey(e.serviceKey),
          namedPortProtocol(e.hasNamedPorts() ? rule.protocol.value_or(0) : -1)
    {
    }
    friend bool operator==(const SideKey &, const SideKey &) = default;
};

size_t qHash(const SideKey &k, size_t seed = 0)
{
    size_t h = qHashMulti(seed, k.isSource, k.positiveSet, k.negativeSet, k.hasService,
        k.serviceKey, k.namedPortProtocol);
    for (const QList<IpNetwork> *nets : {&k.nets, &k.notNets})
        h = qHashRange(nets->begin(), nets->end(), h);
    for (const QList<Port> *ports : {&k.ports, &k.notPorts}) {
        for (const Port &port : *ports)
            h = qHashMulti(h, port.min(), port.max(), port.name());
    }
    return h;
}

// A rule's criteria of the packet alone (see RulePlan::global) as a key: rules with equal keys
// match a packet alike.
struct GlobalKey {
    RuleAction action = RuleAction::Invalid;
    std::optional<int> ipVersion;
    std::optional<int> protocol;
    std::optional<int> notProtocol;
    bool protocolUnknown = false;
    bool translatable = true;
    std::optional<IcmpFields> icmp;
    std::optional<IcmpFields> notIcmp;

    explicit GlobalKey(const CompiledRule &rule)
        : action(rule.action), ipVersion(rule.ipVersion), protocol(rule.protocol),
          notProtocol(rule.notProtocol), protocolUnknown(rule.protocolUnknown),
          translatable(rule.translatable()), icmp(rule.icmp), notIcmp(rule.notIcmp)
    {
    }
    friend bool operator==(const GlobalKey &, const GlobalKey &) = default;
};

size_t qHash(const GlobalKey &k, size_t seed = 0)
{
    const auto number = [](std::optional<int> v) { return v ? *v + 1 : 0; };
    const auto icmp = [&](const std::optional<IcmpFields> &f) {
        return f ? (number(f->type) << 10 | number(f->code)) + 1 : 0;
    };
    return qHashMulti(seed, int(k.action), number(k.ipVersion), number(k.protocol),
        number(k.notProtocol), k.protocolUnknown, k.translatable, icmp(k.icmp), icmp(k.notIcmp));
}

// Whether a side's criteria are ports alone (no selector, nets or service): only named ports
// can tell its peers apart.
bool onlyPorts(const CompiledEntity &e)
{
    return e.positiveSet < 0 && e.negativeSet < 0 && e.nets.isEmpty() && e.notNets.isEmpty()
        && !e.hasService;
}

bool entityIsEmpty(const CompiledEntity &e)
{
    return e.positiveSet < 0 && e.negativeSet < 0 && e.nets.isEmpty() && e.notNets.isEmpty()
        && e.ports.isEmpty() && e.notPorts.isEmpty() && !e.hasService;
}

// One rule split into the criteria of the packet alone (protocol, ICMP, IP version...), of the
// source alone and of the destination alone: the rule matches iff all three do.
struct RulePlan {
    const CompiledRule *rule = nullptr;
    CompiledRule global;
    CompiledRule sourceOnly;
    CompiledRule destinationOnly;
    int sourceKey = 0; // the sides' criteria as numbers (SideKey)
    int destinationKey = 0;
    bool sourceEmpty = true;
    bool destinationEmpty = true;
    // The destination side depends on the probe's port (ports, not-ports, a service); the
    // source side never does: a probe has no source port.
    bool destinationVaries = false;
    bool namedOrService = false; // ... through named ports or a service
    int globalKey = 0; // the packet-only criteria: rules with the same key match alike
    int id = 0; // dense, in creation order
    int generation[2] = {-1, -1}; // the probe globalMatch[] was computed for, per family
    bool globalMatch[2] = {false, false};
    int tokenGeneration[2] = {-1, -1}; // the same for tokenValue[]
    qint64 tokenValue[2] = {0, 0};
    // The peer sets of its sides, [source, destination][family]: index into the store and, for
    // a destination that varies, the probe it is for.
    int peerSetIndex[2][2] = {{-1, -1}, {-1, -1}};
    int peerSetGeneration[2][2] = {{-1, -1}, {-1, -1}};
};

} // namespace

struct PairVerdicts::Data {
    PolicyEngine engine;
    std::optional<int> protocol;
    std::optional<int> port;
    std::optional<int> icmpType;
    int generation = 0; // bumped by setProbe()
    QHash<SideKey, int> sideKeyIds; // side criteria as numbers
    QHash<GlobalKey, int> globalKeyIds; // criteria of the packet alone as numbers
    std::vector<int> globalGeneration[2]; // by RulePlan::globalKey: the probe it was computed for
    std::vector<char> globalByKey[2]; // ... and this probe's global match
    QSet<qint64> specialPorts; // (protocol << 32 | port) of every named port and service port
    QList<int> family; // 0: no address
    QList<PacketPeer> peers; // first address and the objects at it
    QStringList podNode; // per peer: a workload endpoint's node, else ""
    QStringList hostNode; // per peer: the node whose own address it is, else ""
    std::vector<char> pod; // per peer: a pod (a packet to its own address stays inside it)
    QHash<int, QList<int>> indexesOf; // object id -> endpoint indexes whose side holds it
    QHash<int, QList<int>> peersNamingPort; // port -> peers with a member naming that port
    QHash<IpAddress, QList<int>> indexesAt; // address -> peers sending from it
    bool computed[2] = {false, false};
    std::vector<Bits> egress[2]; // [f][i]: destinations i's egress admits
    std::vector<Bits> ingress[2]; // [f][j]: sources j's ingress admits
    Bits compatible[2];
    std::deque<RulePlan> planStore; // stable addresses
    QHash<const CompiledRule *, RulePlan *> plans;
    // By side key (RulePlan::sourceKey, destinationKey) and destination token: index into
    // peerSetStore (stable addresses).
    QHash<std::pair<int, qint64>, int> peerSets[2];
    std::deque<PeerSet> peerSetStore;
    mutable QHash<qint64, bool> mixed;
    std::vector<char> tierDenies; // per tier: whether its end denies (admitted() fills it)
    // Per direction (egress, ingress) and policy: the plans of its rules that decide (neither
    // invalid nor Log), made on first use, so that admitted() does not look each rule up.
    std::vector<std::vector<RulePlan *>> policyPlans[2];
    std::vector<char> policyPlanned[2];
    // admitted()'s working sets, kept so that their memory is reused.
    Bits undecided;
    Bits remaining;
    mutable qint64 evaluations = 0;

    int n() const { return int(peers.size()); }
    void init(const PolicyEngine &engine, const QList<PacketPeer> &peers);
    /// Whether some pair is evaluated in family f's tables (pairs without addresses use IPv4's).
    bool uses(int f) const
    {
        return std::any_of(
            family.begin(), family.end(), [&](int x) { return f == 4 ? x != 6 : x == 6; });
    }
    void setProbe(const MatrixProbe &probe);
    RulePlan &plan(const CompiledRule &rule);
    /// What of the current probe the rule's destination side sees (see RulePlan).
    qint64 destinationToken(const RulePlan &plan) const;
    /// What of the current probe the rule sees at all: rules with equal tokens for two probes
    /// decide alike for every pair.
    qint64 token(RulePlan &plan, int f);
    Packet packet(int f) const;
    /// The current probe between sides whose first addresses are of different families: the
    /// engine looks for addresses of a common family.
    bool pairAllowedAcrossFamilies(int from, int to) const;
    bool matches(const CompiledRule &sideRule, int f, bool isSource, int index) const;
    bool matches(const CompiledRule &sideRule, int f, bool isSource, const PacketPeer &peer) const;
    const PeerSet &peerSet(RulePlan &plan, bool isSource, int f);
    const std::vector<RulePlan *> &plansOf(int policy, Direction direction);
    Bits computePeerSet(const RulePlan &plan, bool isSource, int f);
    bool globalMatches(RulePlan &plan, int f);
    Bits admitted(int self, Direction direction, int f);
    void compute(int f);
};

RulePlan &PairVerdicts::Data::plan(const CompiledRule &rule)
{
    auto it = plans.constFind(&rule);
    if (it != plans.constEnd())
        return **it;
    RulePlan p;
    p.rule = &rule;
    p.global = rule;
    p.global.source = CompiledEntity();
    p.global.destination = CompiledEntity();
    p.sourceOnly.action = RuleAction::Allow;
    p.sourceOnly.source = rule.source;
    p.destinationOnly.action = RuleAction::Allow;
    p.destinationOnly.destination = rule.destination;
    // The protocol stays on the sides too: it decides which named ports count (TCP unless the
    // rule says UDP or SCTP, as in Felix).
    p.sourceOnly.protocol = rule.protocol;
    p.destinationOnly.protocol = rule.protocol;
    p.sourceEmpty = entityIsEmpty(rule.source);
    p.destinationEmpty = entityIsEmpty(rule.destination);
    const auto keyId = [](auto &ids, const auto &key) {
        auto found = ids.constFind(key);
        if (found == ids.constEnd())
            found = ids.insert(key, int(ids.size()));
        return *found;
    };
    p.sourceKey = keyId(sideKeyIds, SideKey(true, rule.source, rule));
    p.destinationKey = keyId(sideKeyIds, SideKey(false, rule.destination, rule));
    const CompiledEntity &dst = rule.destination;
    p.destinationVaries = !dst.ports.isEmpty() || !dst.notPorts.isEmpty() || dst.hasService;
    p.namedOrService = dst.hasService || dst.hasNamedPorts();
    p.globalKey = keyId(globalKeyIds, GlobalKey(rule));
    p.id = int(planStore.size());
    planStore.push_back(std::move(p));
    plans.insert(&rule, &planStore.back());
    return planStore.back();
}

const std::vector<RulePlan *> &PairVerdicts::Data::plansOf(int policy, Direction direction)
{
    const int di = direction == Direction::Ingress ? 1 : 0;
    if (policyPlanned[di].empty()) {
        policyPlanned[di].assign(size_t(engine.policies().size()), 0);
        policyPlans[di].resize(size_t(engine.policies().size()));
    }
    std::vector<RulePlan *> &out = policyPlans[di][size_t(policy)];
    if (!policyPlanned[di][size_t(policy)]) {
        const CompiledPolicy &p = engine.policies()[policy];
        for (const CompiledRule &r : direction == Direction::Ingress ? p.ingress : p.egress) {
            if (r.action != RuleAction::Invalid && r.action != RuleAction::Log)
                out.push_back(&plan(r));
        }
        policyPlanned[di][size_t(policy)] = 1;
    }
    return out;
}

Packet PairVerdicts::Data::packet(int f) const
{
    Packet pkt;
    pkt.family = f;
    pkt.protocol = *protocol;
    pkt.destinationPort = port;
    pkt.icmpType = icmpType;
    return pkt;
}

bool PairVerdicts::Data::pairAllowedAcrossFamilies(int from, int to) const
{
    ++evaluations;
    const auto refOf = [&](const PacketPeer &peer) {
        if (peer.object < 0)
            return EndpointRef {-1, peer.address, peer.address->toString()};
        return EndpointRef {
            peer.object, std::nullopt, engine.inventory().object(peer.object).ref()};
    };
    Flow probe;
    probe.protocol = QString::number(*protocol);
    probe.port = port;
    probe.icmpType = icmpType;
    const Result<Packet> pkt = engine.packet(refOf(peers[from]), refOf(peers[to]), probe);
    return pkt.ok() && engine.verdict(pkt.value()) == Verdict::Allow;
}

bool PairVerdicts::Data::matches(
    const CompiledRule &sideRule, int f, bool isSource, int index) const
{
    return matches(sideRule, f, isSource, peers[index]);
}

bool PairVerdicts::Data::matches(
    const CompiledRule &sideRule, int f, bool isSource, const PacketPeer &peer) const
{
    ++evaluations;
    Packet pkt = packet(f);
    (isSource ? pkt.source : pkt.destination) = peer;
    return engine.ruleMatches(sideRule, pkt);
}

bool PairVerdicts::Data::globalMatches(RulePlan &p, int f)
{
    const int fi = f == 4 ? 0 : 1;
    if (p.generation[fi] != generation) {
        std::vector<int> &computedFor = globalGeneration[fi];
        if (computedFor.size() <= size_t(p.globalKey)) {
            computedFor.resize(size_t(p.globalKey) + 1, -1);
            globalByKey[fi].resize(size_t(p.globalKey) + 1, 0);
        }
        if (computedFor[size_t(p.globalKey)] != generation) {
            ++evaluations;
            globalByKey[fi][size_t(p.globalKey)] = engine.ruleMatches(p.global, packet(f));
            computedFor[size_t(p.globalKey)] = generation;
        }
        p.globalMatch[fi] = globalByKey[fi][size_t(p.globalKey)] != 0;
        p.generation[fi] = generation;
    }
    return p.globalMatch[fi];
}

qint64 PairVerdicts::Data::destinationToken(const RulePlan &p) const
{
    if (!p.destinationVaries)
        return 0;
    const CompiledEntity &e = p.rule->destination;
    const auto numericIn = [&](const QList<Port> &list) {
        return port && std::any_of(list.begin(), list.end(), [&](const Port &x) {
            return !x.isNamed() && x.contains(*port);
        });
    };
    qint64 t = 1 + (numericIn(e.ports) ? 2 : 0) + (numericIn(e.notPorts) ? 4 : 0);
    // Named ports and services match per peer: the port itself matters when some named port or
    // service port has it.
    if (p.namedOrService && port && protocol
        && specialPorts.contains((qint64(*protocol) << 32) | *port))
        t += qint64(*port + 1) << 8;
    // Which named ports count depends on the protocol too.
    if (p.namedOrService && protocol)
        t += qint64(*protocol) << 32;
    return t;
}

qint64 PairVerdicts::Data::token(RulePlan &p, int f)
{
    const int fi = f == 4 ? 0 : 1;
    if (p.tokenGeneration[fi] != generation) {
        p.tokenValue[fi] = globalMatches(p, f) ? 1 + (destinationToken(p) << 1) : 0;
        p.tokenGeneration[fi] = generation;
    }
    return p.tokenValue[fi];
}

const PeerSet &PairVerdicts::Data::peerSet(RulePlan &p, bool isSource, int f)
{
    const int fi = f == 4 ? 0 : 1;
    const int side = isSource ? 0 : 1;
    int &index = p.peerSetIndex[side][fi];
    const bool varies = !isSource && p.destinationVaries;
    if (index >= 0 && (!varies || p.peerSetGeneration[side][fi] == generation))
        return peerSetStore[size_t(index)];
    const std::pair<int, qint64> key = isSource ? std::pair<int, qint64> {p.sourceKey, 0}
                                                : std::pair {p.destinationKey, destinationToken(p)};
    auto it = peerSets[fi].constFind(key);
    if (it == peerSets[fi].constEnd()) {
        peerSetStore.emplace_back(computePeerSet(p, isSource, f));
        it = peerSets[fi].insert(key, int(peerSetStore.size()) - 1);
    }
    index = *it;
    p.peerSetGeneration[side][fi] = generation;
    return peerSetStore[size_t(index)];
}

Bits PairVerdicts::Data::computePeerSet(const RulePlan &p, bool isSource, int f)
{
    const Bits &all = compatible[f == 4 ? 0 : 1];
    if (isSource ? p.sourceEmpty : p.destinationEmpty)
        return all;
    const CompiledEntity &e = isSource ? p.rule->source : p.rule->destination;
    Bits candidates(n());
    if (e.positiveSet >= 0) {
        // Only sides holding a member of the selector's set can match.
        for (int object : engine.setMembers(e.positiveSet)) {
            const auto found = indexesOf.constFind(object);
            if (found == indexesOf.constEnd())
                continue;
            for (int i : *found)
                candidates.set(i);
        }
        candidates = Bits::intersection(candidates, all);
    } else {
        candidates = all;
    }
    if (e.hasService) {
        // Only sides at one of the service's addresses can match it (as a source: a member's
        // address; as a destination: an address with a service port).
        Bits atService(n());
        if (const ServiceMembers *svc = engine.inventory().service(e.serviceKey)) {
            const auto mark = [&](const IpAddress &a) {
                const auto found = indexesAt.constFind(a);
                if (found != indexesAt.constEnd()) {
                    for (const int i : *found)
                        atService.set(i);
                }
            };
            for (const IpAddress &a : svc->addresses)
                mark(a);
            for (const ServicePortKey &k : svc->ports)
                mark(k.address);
        }
        candidates = Bits::intersection(candidates, atService);
    }
    Bits out(n());
    const CompiledRule &sideRule = isSource ? p.sourceOnly : p.destinationOnly;
    if (onlyPorts(e)) {
        // No selector, net or service: every peer matches alike, except through a named port
        // of the probe's port held by one of its members; one evaluation decides for the others.
        const Bits::Span span = candidates.span();
        if (span.first == span.end)
            return out;
        PacketPeer plain
            = peers[int(span.first * 64) + std::countr_zero(candidates.word(span.first))];
        plain.object = -1;
        plain.members.clear();
        if (matches(sideRule, f, isSource, plain))
            out = candidates;
        const auto named = port ? peersNamingPort.constFind(*port) : peersNamingPort.constEnd();
        if (e.hasNamedPorts() && named != peersNamingPort.constEnd()) {
            for (const int i : *named) {
                if (!candidates.test(i))
                    continue;
                if (matches(sideRule, f, isSource, peers[i]))
                    out.set(i);
                else
                    out.reset(i);
            }
        }
        return out;
    }
    candidates.forEach([&](int i) {
        if (matches(sideRule, f, isSource, i))
            out.set(i);
    });
    return out;
}

// The peers that `self`'s ingress (sources) or egress (destinations) admits, following
// PolicyEngine::evaluate() (docs/semantics.md: "Evaluating a packet at an endpoint") for every peer
// at once.
Bits PairVerdicts::Data::admitted(int self, Direction direction, int f)
{
    const bool isIngress = direction == Direction::Ingress;
    const int object = peers[self].object;
    if (object < 0)
        return compatible[f == 4 ? 0 : 1]; // outside the inventory: Calico has no policy there
    undecided = compatible[f == 4 ? 0 : 1];
    Bits allowed(n());
    // Applies one rule (neither invalid nor Log) to the peers still in `remaining` (not yet
    // decided or passed).
    const auto apply = [&](RulePlan &p) {
        const RuleAction action = p.rule->action;
        if (!globalMatches(p, f))
            return;
        // The endpoint's own side: the destination of its ingress, the source of its egress.
        // (The peer sets of the other direction hold exactly the sides that match it.)
        const bool ownEmpty = isIngress ? p.destinationEmpty : p.sourceEmpty;
        if (!ownEmpty && !peerSet(p, !isIngress, f).members.test(self))
            return;
        // Pass: on to the next tier (or profile) for the matched peers.
        const PeerSet &matched = peerSet(p, isIngress, f);
        Bits::decide(matched.members, matched.span, remaining,
            action == RuleAction::Pass ? nullptr : &undecided,
            action == RuleAction::Allow ? &allowed : nullptr);
    };

    // One stage's tiers (docs/semantics.md: "Evaluating a packet at an endpoint"); untracked and
    // pre-DNAT tiers have no end-of-tier deny and leave what they do not decide to the next stage
    // (docs/semantics.md: "Host endpoints").
    const QList<CompiledPolicy> &policies = engine.policies();
    if (tierDenies.size() != size_t(engine.tiers().size())) {
        tierDenies.clear();
        for (const auto &tier : engine.tiers())
            tierDenies.push_back(tier.defaultAction != u"Pass");
    }
    const auto runTiers = [&](const std::vector<int> &list, bool endOfTierDeny) {
        size_t i = 0;
        while (i < list.size() && !undecided.none()) {
            const int tierIndex = policies[list[i]].tierIndex;
            size_t end = i;
            bool anyEnforced = false;
            while (end < list.size() && policies[list[end]].tierIndex == tierIndex) {
                anyEnforced = anyEnforced || !policies[list[end]].staged;
                ++end;
            }
            remaining = undecided; // neither decided nor passed in this tier
            for (size_t k = i; k < end; ++k) {
                if (policies[list[k]].staged)
                    continue;
                for (RulePlan *p : plansOf(list[k], direction))
                    apply(*p);
            }
            i = end;
            if (endOfTierDeny && anyEnforced && tierDenies[size_t(tierIndex)])
                undecided.subtract(remaining); // end of tier: deny
        }
    };
    if (engine.inventory().object(object).kind == ObjectKind::HostEndpoint) {
        // Failsafe ports first, then the untracked and pre-DNAT stages (PolicyEngine::evaluate).
        // A port open to some nets admits the peers inside them and leaves the rest to policy.
        if (protocol) {
            const FailsafeOpening failsafe = failsafeAt(engine, object, direction, *protocol, port);
            if (failsafe.everyPeer)
                return undecided;
            if (!failsafe.nets.isEmpty()) {
                Bits open(n());
                for (int i = 0; i < n(); ++i) {
                    if (undecided.test(i) && failsafe.containsAddressOf(peers[i]))
                        open.set(i);
                }
                allowed.unite(open);
                undecided.subtract(open);
            }
        }
        runTiers(engine.stagePolicies(object, direction, HostEndpointPipeline::Untracked), false);
        if (isIngress)
            runTiers(engine.stagePolicies(object, direction, HostEndpointPipeline::PreDnat), false);
    }
    runTiers(engine.applicablePolicies(object, direction), true);
    // Profiles, in the endpoint's order; Pass ends a profile.
    for (const QString &name : engine.inventory().object(object).profiles) {
        if (undecided.none())
            break;
        const QList<CompiledRule> *rules = engine.profileRules(name, direction);
        if (!rules)
            continue;
        remaining = undecided;
        for (const CompiledRule &r : *rules) {
            if (r.action != RuleAction::Invalid && r.action != RuleAction::Log)
                apply(plan(r));
        }
    }
    return allowed;
}

void PairVerdicts::Data::compute(int f)
{
    const int fi = f == 4 ? 0 : 1;
    egress[fi].assign(size_t(n()), Bits());
    ingress[fi].assign(size_t(n()), Bits());
    for (int i = 0; i < n(); ++i) {
        if (!compatible[fi].test(i))
            continue;
        egress[fi][size_t(i)] = admitted(i, Direction::Egress, f);
        ingress[fi][size_t(i)] = admitted(i, Direction::Ingress, f);
    }
    computed[fi] = true;
}

PacketPeer endpointPeer(const Inventory &inventory, int object)
{
    const InventoryObject &o = inventory.object(object);
    PacketPeer peer;
    peer.object = object;
    if (!o.addresses.isEmpty()) {
        peer.address = o.addresses.first();
        peer.members = inventory.objectsAt(*peer.address);
    } else {
        peer.members = {object};
    }
    return peer;
}

PacketPeer outsidePeer(const Inventory &inventory, const IpAddress &address)
{
    return PacketPeer {-1, address, inventory.objectsAt(address)};
}

namespace {

QList<PacketPeer> endpointPeers(const Inventory &inventory, const QList<int> &endpoints)
{
    QList<PacketPeer> peers;
    peers.reserve(endpoints.size());
    for (int id : endpoints)
        peers.append(endpointPeer(inventory, id));
    return peers;
}

} // namespace

PairVerdicts::PairVerdicts(const PolicyEngine &engine, const QList<int> &endpoints,
    const QString &protocol, std::optional<int> port)
    : PairVerdicts(engine, endpointPeers(engine.inventory(), endpoints),
        MatrixProbe {parseProtocolNumber(protocol), port, std::nullopt})
{
}

void PairVerdicts::Data::init(const PolicyEngine &e, const QList<PacketPeer> &list)
{
    engine = e;
    for (int i = 0; i < int(list.size()); ++i) {
        const PacketPeer &peer = list[i];
        // The endpoint itself, and every object sharing its address (network sets,
        // docs/semantics.md: "Addresses, network sets and endpoints").
        if (peer.object >= 0)
            indexesOf[peer.object].append(i);
        for (int m : peer.members) {
            if (m != peer.object)
                indexesOf[m].append(i);
            for (const NamedPort &np : e.inventory().object(m).namedPorts) {
                QList<int> &list = peersNamingPort[np.port];
                if (list.isEmpty() || list.last() != i)
                    list.append(i);
            }
        }
        family.append(peer.address ? peer.address->family() : 0);
        if (peer.address)
            indexesAt[*peer.address].append(i);
        peers.append(peer);
        const bool workload
            = peer.object >= 0 && e.inventory().object(peer.object).isWorkloadEndpoint();
        podNode.append(workload ? e.inventory().object(peer.object).node : QString());
        pod.push_back(
            peer.object >= 0 && e.inventory().object(peer.object).kind == ObjectKind::Pod);
        hostNode.append(peer.address ? e.hostNodeOf(*peer.address) : QString());
    }
    for (const int f : {4, 6}) {
        Bits &c = compatible[f == 4 ? 0 : 1];
        c = Bits(n());
        for (int i = 0; i < n(); ++i) {
            if (family[i] == 0 || family[i] == f)
                c.set(i);
        }
    }
}

void PairVerdicts::Data::setProbe(const MatrixProbe &probe)
{
    protocol = probe.protocol;
    port = probe.port;
    icmpType = probe.icmpType;
    ++generation;
    mixed.clear();
}

PairVerdicts::PairVerdicts(
    const PolicyEngine &engine, const QList<PacketPeer> &peers, const MatrixProbe &probe)
    : d(std::make_unique<Data>())
{
    d->init(engine, peers);
    d->setProbe(probe);
    if (!d->protocol)
        return; // every pair is denied: the engine cannot build the packet
    for (const int f : {4, 6}) {
        if (d->uses(f))
            d->compute(f);
    }
}

PairVerdicts::~PairVerdicts() = default;

int PairVerdicts::size() const
{
    return d->n();
}

qint64 PairVerdicts::evaluations() const
{
    return d->evaluations;
}

bool PairVerdicts::allowed(int from, int to) const
{
    if (!d->protocol)
        return false;
    // A pod to its own address (PolicyEngine::isToItself).
    if (from != to && d->pod[size_t(from)] && d->peers[from].object == d->peers[to].object)
        return true;
    return allowedBetweenAlike(from, to);
}

bool PairVerdicts::allowedBetweenAlike(int from, int to) const
{
    if (!d->protocol)
        return false;
    const int ff = d->family[from];
    const int ft = d->family[to];
    if (ff != 0 && ft != 0 && ff != ft) {
        // Different families first: the engine looks for addresses of a common family.
        const qint64 key = (qint64(from) << 32) | quint32(to);
        const auto it = d->mixed.constFind(key);
        if (it != d->mixed.constEnd())
            return *it;
        const bool ok = d->pairAllowedAcrossFamilies(from, to);
        d->mixed.insert(key, ok);
        return ok;
    }
    const int f = ff != 0 ? ff : (ft != 0 ? ft : 4);
    const int fi = f == 4 ? 0 : 1;
    const QString &node = d->podNode[from];
    if (!node.isEmpty() && node == d->hostNode[to]) {
        // A workload to its own host: the all-interfaces host endpoint's pre-DNAT policy, its
        // egress, then defaultEndpointToHostAction (PolicyEngine::trace).
        if (!d->egress[fi][size_t(from)].test(to)
            || d->engine.felixSettings(node).endpointToHost == EndpointToHostAction::Drop)
            return false;
        if (!d->engine.hasAllInterfacesHostEndpoints())
            return true;
        Packet pkt = d->packet(f);
        pkt.source = d->peers[from];
        pkt.destination = d->peers[to];
        return d->engine.evaluateOwnHostPreDnat(pkt, false).verdict == Verdict::Allow;
    }
    if (!d->egress[fi][size_t(from)].test(to) || !d->ingress[fi][size_t(to)].test(from))
        return false;
    if (!d->engine.hasAllInterfacesHostEndpoints())
        return true;
    // Forwarded across a node with an all-interfaces host endpoint: its forward policy too
    // (PolicyEngine::evaluateForwardPath).
    Packet pkt = d->packet(f);
    pkt.source = d->peers[from];
    pkt.destination = d->peers[to];
    return d->engine.evaluateForwardPath(pkt, false).verdict == Verdict::Allow;
}

QList<GroupProbeSets> PairVerdicts::groupProbeSets(const PolicyEngine &engine,
    const QList<PacketPeer> &peers, const QList<MatrixProbe> &probes,
    const QList<QList<int>> &groups, bool denied, const QList<QSet<int>> &repeated)
{
    Data d;
    d.init(engine, peers);
    const Inventory &inv = engine.inventory();
    for (const InventoryObject &o : inv.objects()) {
        for (const NamedPort &np : o.namedPorts)
            d.specialPorts.insert((qint64(np.protocol) << 32) | np.port);
    }
    for (const Service &svc : engine.workspace()->services) {
        const QString ns
            = svc.meta.namespace_.isEmpty() ? QStringLiteral("default") : svc.meta.namespace_;
        if (const ServiceMembers *m = inv.service(ns + u'/' + svc.meta.name)) {
            for (const ServicePortKey &k : m->ports)
                d.specialPorts.insert((qint64(k.protocol) << 32) | k.port);
        }
    }
    const int n = d.n();
    const size_t words = (size_t(probes.size()) + 63) / 64;
    std::vector<quint64> valid(words, 0);
    for (qsizetype p = 0; p < probes.size(); ++p) {
        if (probes[p].protocol)
            valid[size_t(p) / 64] |= quint64(1) << (p % 64);
    }

    // The rules each endpoint's direction runs through, in order (admitted() decides with
    // them; tiers and Pass are the same for every probe).
    const QList<CompiledPolicy> &policies = engine.policies();
    struct Side {
        std::vector<RulePlan *> rules;
        bool host = false;
        int object = -1;
    };
    std::vector<Side> sides(size_t(n) * 2);
    for (int i = 0; i < n; ++i) {
        const int object = d.peers[i].object;
        if (object < 0)
            continue;
        for (const Direction direction : {Direction::Egress, Direction::Ingress}) {
            Side &side = sides[size_t(i) * 2 + (direction == Direction::Ingress ? 1 : 0)];
            const auto add = [&](const QList<CompiledRule> &rules) {
                for (const CompiledRule &r : rules) {
                    if (r.action != RuleAction::Invalid && r.action != RuleAction::Log)
                        side.rules.push_back(&d.plan(r));
                }
            };
            const auto addPolicies = [&](const std::vector<int> &list) {
                for (const int k : list) {
                    if (!policies[k].staged)
                        add(direction == Direction::Ingress ? policies[k].ingress
                                                            : policies[k].egress);
                }
            };
            side.host = inv.object(object).kind == ObjectKind::HostEndpoint;
            side.object = object;
            if (side.host) {
                addPolicies(
                    engine.stagePolicies(object, direction, HostEndpointPipeline::Untracked));
                addPolicies(engine.stagePolicies(object, direction, HostEndpointPipeline::PreDnat));
            }
            addPolicies(engine.applicablePolicies(object, direction));
            for (const QString &name : inv.object(object).profiles) {
                if (const QList<CompiledRule> *rules = engine.profileRules(name, direction))
                    add(*rules);
            }
        }
    }

    // Per endpoint, direction and family: the probes its rules cannot tell apart form one
    // class, evaluated once (admitted() at the first probe of the class). Two probes are alike
    // for a side when every rule it runs through sees the same of them (RulePlan tokens) and, at
    // a host endpoint, both or neither are failsafe ports. The tokens of a rule over all probes
    // form its signature; sides with the same set of signatures split the probes alike, so the
    // split is made once per set of signatures.
    // Classes admitting the same peers share one entry (probes united).
    struct Classes {
        std::vector<int> entryOf; // class -> entry
        std::vector<Bits> admitted; // by entry
        std::vector<std::vector<quint64>> probes;
    };
    std::vector<Classes> classes(size_t(n) * 4); // [(i * 2 + ingress) * 2 + family index]
    std::vector<char> evaluated(size_t(probes.size()), 0); // a packet can be built
    for (qsizetype p = 0; p < probes.size(); ++p)
        evaluated[size_t(p)] = probes[p].protocol.has_value();
    std::map<std::vector<qint64>, int> signatureIds[2];
    std::vector<std::vector<qint64>> signatures[2]; // by id: the tokens, per probe
    const auto signatureId = [&](size_t fi, std::vector<qint64> tokens) {
        const auto [it, added] = signatureIds[fi].emplace(tokens, int(signatures[fi].size()));
        if (added)
            signatures[fi].push_back(std::move(tokens));
        return it->second;
    };
    std::vector<int> planSignature[2]; // by RulePlan::id
    for (const int f : {4, 6}) {
        const size_t fi = f == 4 ? 0 : 1;
        if (!d.uses(f))
            continue;
        std::vector<std::vector<qint64>> tokens(d.planStore.size());
        for (qsizetype p = 0; p < probes.size(); ++p) {
            d.setProbe(probes[p]);
            for (RulePlan &plan : d.planStore)
                tokens[size_t(plan.id)].push_back(d.protocol ? d.token(plan, f) : 0);
        }
        for (const RulePlan &plan : d.planStore)
            planSignature[fi].push_back(signatureId(fi, std::move(tokens[size_t(plan.id)])));
    }
    // What a host endpoint's failsafe stage does for a probe, exactly: nothing (0), open to
    // every peer (1), or open to the peers inside one list of nets (2 and up, a number per list).
    std::map<QString, qint64> openingIds;
    const auto openingToken = [&](const FailsafeOpening &opening) -> qint64 {
        if (opening.everyPeer)
            return 1;
        if (opening.nets.isEmpty())
            return 0;
        QString nets;
        for (const IpNetwork &n : opening.nets)
            nets += n.toString() + u',';
        return 2 + openingIds.emplace(nets, qint64(openingIds.size())).first->second;
    };
    // Per side and family: its set of signatures, as a number; and per set, each probe's class.
    std::map<std::vector<int>, int> setIds[2];
    std::vector<std::vector<int>> classOfProbe[2]; // by set id, per probe (-1: not evaluated)
    std::vector<int> setOf[2];
    for (const int f : {4, 6}) {
        const size_t fi = f == 4 ? 0 : 1;
        if (!d.uses(f))
            continue;
        setOf[fi].assign(sides.size(), -1);
        for (size_t k = 0; k < sides.size(); ++k) {
            const Side &side = sides[k];
            std::vector<int> set;
            for (const RulePlan *plan : side.rules)
                set.push_back(planSignature[fi][size_t(plan->id)]);
            if (side.host) {
                std::vector<qint64> failsafe;
                const Direction direction = k % 2 ? Direction::Ingress : Direction::Egress;
                for (const MatrixProbe &probe : probes) {
                    failsafe.push_back(probe.protocol ? openingToken(failsafeAt(engine, side.object,
                                           direction, *probe.protocol, probe.port))
                                                      : 0);
                }
                set.push_back(signatureId(fi, std::move(failsafe)));
            }
            std::sort(set.begin(), set.end());
            set.erase(std::unique(set.begin(), set.end()), set.end());
            const auto [it, added] = setIds[fi].emplace(set, int(classOfProbe[fi].size()));
            if (added) {
                std::map<std::vector<qint64>, int> classOfTokens;
                std::vector<int> split(size_t(probes.size()), -1);
                for (size_t p = 0; p < split.size(); ++p) {
                    if (!evaluated[p])
                        continue;
                    std::vector<qint64> key;
                    key.reserve(set.size());
                    for (const int sig : set)
                        key.push_back(signatures[fi][size_t(sig)][p]);
                    split[p] = classOfTokens.emplace(key, int(classOfTokens.size())).first->second;
                }
                classOfProbe[fi].push_back(std::move(split));
            }
            setOf[fi][k] = it->second;
        }
    }
    for (qsizetype p = 0; p < probes.size(); ++p) {
        if (!evaluated[size_t(p)])
            continue;
        d.setProbe(probes[p]);
        for (const int f : {4, 6}) {
            if (!d.uses(f))
                continue;
            const size_t fi = f == 4 ? 0 : 1;
            for (int i = 0; i < n; ++i) {
                if (!d.compatible[fi].test(i))
                    continue;
                for (const int in : {0, 1}) {
                    const size_t sideIndex = size_t(i) * 2 + size_t(in);
                    const size_t k
                        = size_t(classOfProbe[fi][size_t(setOf[fi][sideIndex])][size_t(p)]);
                    Classes &c = classes[sideIndex * 2 + fi];
                    if (k == c.entryOf.size()) { // the class's first probe
                        Bits bits = d.admitted(i, in ? Direction::Ingress : Direction::Egress, f);
                        const auto same = std::find(c.admitted.begin(), c.admitted.end(), bits);
                        c.entryOf.push_back(int(same - c.admitted.begin()));
                        if (same == c.admitted.end()) {
                            c.admitted.push_back(std::move(bits));
                            c.probes.emplace_back(words, 0);
                        }
                    }
                    c.probes[size_t(c.entryOf[k])][size_t(p) / 64] |= quint64(1) << (p % 64);
                }
            }
        }
    }

    // Pairs of groups: the probes some pair of members allows (and denies). Per source side `a`,
    // its egress classes give the probes it sends to every destination at once (`sent`, scanning
    // the admitted sets word by word); each destination's ingress classes then keep those it
    // accepts from `a`.
    std::vector<std::vector<int>> groupsOf(static_cast<size_t>(n));
    for (int g = 0; g < int(groups.size()); ++g) {
        for (const int b : groups[g]) {
            std::vector<int> &list = groupsOf[size_t(b)];
            if (std::find(list.begin(), list.end(), g) == list.end())
                list.push_back(g);
        }
    }
    // Per side: the node a workload endpoint runs on and the node whose own address it is, as
    // numbers (0: none), and whether that node drops what its workloads send to it.
    QHash<QString, int> nodeIds;
    const auto nodeId = [&](const QString &node) {
        if (node.isEmpty())
            return 0;
        auto it = nodeIds.constFind(node);
        if (it == nodeIds.constEnd())
            it = nodeIds.insert(node, int(nodeIds.size()) + 1);
        return *it;
    };
    std::vector<int> podNodeOf(static_cast<size_t>(n));
    std::vector<int> hostNodeOf(static_cast<size_t>(n));
    std::vector<char> dropsToHost(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        podNodeOf[size_t(i)] = nodeId(d.podNode[i]);
        hostNodeOf[size_t(i)] = nodeId(d.hostNode[i]);
        if (podNodeOf[size_t(i)] != 0)
            dropsToHost[size_t(i)]
                = engine.felixSettings(d.podNode[i]).endpointToHost == EndpointToHostAction::Drop;
    }
    // Destinations whose pair with a source of family fa (0: no address) is evaluated in family
    // fi's tables; the others have an address of the other family (evaluated pair by pair).
    Bits pairsIn[3][2];
    for (const int fa : {0, 4, 6}) {
        for (const int fi : {0, 1}) {
            Bits &mask = pairsIn[fa / 3][fi];
            mask = Bits(n);
            for (int b = 0; b < n; ++b) {
                const int fb = d.family[b];
                const int f = fa != 0 ? fa : (fb != 0 ? fb : 4);
                if ((fa == 0 || fb == 0 || fa == fb) && (f == 4 ? 0 : 1) == fi)
                    mask.set(b);
            }
        }
    }
    // Per source family (as pairsIn) and destination: the family index of the pair's tables,
    // -1 for a pair of different families.
    std::vector<int> pairFamilyOf[3];
    for (const int fa : {0, 4, 6}) {
        std::vector<int> &of = pairFamilyOf[fa / 3];
        of.assign(size_t(n), -1);
        for (const int fi : {0, 1}) {
            for (int b = 0; b < n; ++b) {
                if (pairsIn[fa / 3][fi].test(b))
                    of[size_t(b)] = fi;
            }
        }
    }
    // The destinations' ingress classes, transposed so that one source reads them in order: per
    // family, slots (one per destination and class, by destination) with their probes, and for
    // each 64 sources the word of each slot's admitted set that holds them.
    struct Transposed {
        std::vector<size_t> firstSlot; // per destination, and one past the last
        std::vector<quint64> probes; // per slot: `words` words
        std::vector<quint64> admitted; // [block * slots + slot]
        size_t slots = 0;
    };
    const size_t blocks = (size_t(n) + 63) / 64;
    Transposed ingressOf[2];
    for (const size_t fi : {size_t(0), size_t(1)}) {
        Transposed &t = ingressOf[fi];
        t.firstSlot.reserve(size_t(n) + 1);
        for (int b = 0; b < n; ++b) {
            t.firstSlot.push_back(t.slots);
            const Classes &ci = classes[(size_t(b) * 2 + 1) * 2 + fi];
            for (size_t k = 0; k < ci.admitted.size(); ++k)
                t.probes.insert(t.probes.end(), ci.probes[k].begin(), ci.probes[k].end());
            t.slots += ci.admitted.size();
        }
        t.firstSlot.push_back(t.slots);
        t.admitted.assign(blocks * t.slots, 0);
        for (int b = 0; b < n; ++b) {
            const Classes &ci = classes[(size_t(b) * 2 + 1) * 2 + fi];
            for (size_t k = 0; k < ci.admitted.size(); ++k) {
                const size_t slot = t.firstSlot[size_t(b)] + k;
                for (size_t w = 0; w < ci.admitted[k].words(); ++w)
                    t.admitted[w * t.slots + slot] = ci.admitted[k].word(w);
            }
        }
    }
    const size_t groupCount = size_t(groups.size());
    // Per source family (as pairsIn): the destinations evaluated pair by pair (different
    // families), and per group how many of its members are evaluated in the tables. A source
    // visits only the destinations its egress admits (and those): with `denied`, a group with a
    // member it does not reach is denied every probe.
    std::vector<int> acrossOf[3];
    std::vector<int> inTablesOf[3];
    for (const int fa : {0, 4, 6}) {
        inTablesOf[fa / 3].assign(groupCount, 0);
        for (int b = 0; b < n; ++b) {
            if (pairFamilyOf[fa / 3][size_t(b)] < 0) {
                if (!groupsOf[size_t(b)].empty())
                    acrossOf[fa / 3].push_back(b);
                continue;
            }
            for (const int t : groupsOf[size_t(b)])
                ++inTablesOf[fa / 3][size_t(t)];
        }
    }
    // Sources of groups [first, last) into `out`. Reads the tables only, except for pairs of
    // different families (the engine, through `d`).
    const auto pairsFrom = [&](int first, int last, QList<GroupProbeSets> &out) {
        std::vector<quint64> rowAllowed(groupCount * words, 0);
        std::vector<quint64> rowDenied(groupCount * words, 0);
        std::vector<quint64> sent(size_t(n) * words, 0); // all zero between sources
        std::vector<int> reached; // the destinations with some probe in `sent`
        std::vector<int> reachedIn(groupCount, 0); // per group: how many of its members
        std::vector<quint64> e(words);
        for (int s = first; s < last; ++s) {
            std::fill(rowAllowed.begin(), rowAllowed.end(), 0);
            std::fill(rowDenied.begin(), rowDenied.end(), 0);
            for (const int a : groups[s]) {
                const int fa = d.family[a];
                reached.clear();
                const std::vector<int> &pairFamily = pairFamilyOf[fa / 3];
                for (const size_t fi : {size_t(0), size_t(1)}) {
                    const Bits &mask = pairsIn[fa / 3][fi];
                    const Classes &ce = classes[(size_t(a) * 2) * 2 + fi];
                    for (size_t k = 0; k < ce.admitted.size(); ++k) {
                        const Bits &admittedTo = ce.admitted[k];
                        const std::vector<quint64> &probesOf = ce.probes[k];
                        for (size_t w = 0; w < mask.words(); ++w) {
                            quint64 bits = admittedTo.word(w) & mask.word(w);
                            while (bits != 0) {
                                const size_t b = w * 64 + size_t(std::countr_zero(bits));
                                bits &= bits - 1;
                                quint64 *toB = &sent[b * words];
                                if (std::all_of(toB, toB + words, [](quint64 x) { return x == 0; }))
                                    reached.push_back(int(b));
                                for (size_t x = 0; x < words; ++x)
                                    toB[x] |= probesOf[x];
                            }
                        }
                    }
                }
                // A peer with itself within its own group stands for pairs of two alike members,
                // which count only when it stands for several: the graph draws pairs of distinct
                // endpoints, and a pod to its own address is no network flow (no policy sees it).
                const bool podPeer = d.pod[size_t(a)] != 0;
                bool itselfVisited = false;
                const auto addToRows = [&](int b) {
                    const bool itself = a == b && podPeer;
                    for (const int t : groupsOf[size_t(b)]) {
                        const bool ownGroup = itself && t == s;
                        const bool alike = !ownGroup || repeated.value(s).contains(a);
                        if (!alike)
                            continue;
                        quint64 *row = &rowAllowed[size_t(t) * words];
                        for (size_t x = 0; x < words; ++x)
                            row[x] |= e[x];
                        if (denied) {
                            quint64 *deniedRow = &rowDenied[size_t(t) * words];
                            for (size_t x = 0; x < words; ++x)
                                deniedRow[x] |= valid[x] & ~e[x];
                        }
                    }
                };
                for (const int b : acrossOf[fa / 3]) {
                    // Different families: the engine picks the addresses, probe by probe.
                    std::fill(e.begin(), e.end(), 0);
                    for (qsizetype p = 0; p < probes.size(); ++p) {
                        if (!probes[p].protocol)
                            continue;
                        d.setProbe(probes[p]);
                        if (d.pairAllowedAcrossFamilies(a, b))
                            e[size_t(p) / 64] |= quint64(1) << (p % 64);
                    }
                    addToRows(b);
                }
                // Clears from `e` the probes a host endpoint stage denies between a and b, probe
                // by probe from the probes alone (`d` holds one probe and is shared among the
                // threads).
                const auto dropDenied = [&](int fi, int b, const auto &evaluate) {
                    Packet pkt;
                    pkt.family = fi == 0 ? 4 : 6;
                    pkt.source = d.peers[a];
                    pkt.destination = d.peers[b];
                    for (qsizetype p = 0; p < probes.size(); ++p) {
                        const quint64 bit = quint64(1) << (p % 64);
                        if ((e[size_t(p) / 64] & bit) == 0 || !probes[p].protocol)
                            continue;
                        pkt.protocol = *probes[p].protocol;
                        pkt.destinationPort = probes[p].port;
                        pkt.icmpType = probes[p].icmpType;
                        if (evaluate(pkt) == Verdict::Deny)
                            e[size_t(p) / 64] &= ~bit;
                    }
                };
                for (const int b : reached) {
                    quint64 *toB = &sent[size_t(b) * words];
                    const int fi = pairFamily[size_t(b)];
                    if (podNodeOf[size_t(a)] != 0
                        && podNodeOf[size_t(a)] == hostNodeOf[size_t(b)]) {
                        // A workload to its own host: the all-interfaces host endpoint's
                        // pre-DNAT policy, its egress, then defaultEndpointToHostAction
                        // (PairVerdicts::allowed), the pre-DNAT stage probe by probe.
                        for (size_t x = 0; x < words; ++x)
                            e[x] = dropsToHost[size_t(a)] ? 0 : toB[x];
                        if (engine.hasAllInterfacesHostEndpoints()) {
                            dropDenied(fi, b, [&](const Packet &pkt) {
                                return engine.evaluateOwnHostPreDnat(pkt, false).verdict;
                            });
                        }
                    } else {
                        std::fill(e.begin(), e.end(), 0);
                        const Transposed &t = ingressOf[fi];
                        const quint64 *admittedA = &t.admitted[(size_t(a) / 64) * t.slots];
                        for (size_t slot = t.firstSlot[size_t(b)];
                             slot < t.firstSlot[size_t(b) + 1]; ++slot) {
                            if ((admittedA[slot] >> (a % 64)) & 1U) {
                                for (size_t x = 0; x < words; ++x)
                                    e[x] |= t.probes[slot * words + x];
                            }
                        }
                        for (size_t x = 0; x < words; ++x)
                            e[x] &= toB[x];
                        if (engine.hasAllInterfacesHostEndpoints()) {
                            // Forwarded across a node with an all-interfaces host endpoint: its
                            // pre-DNAT and forward policy too (PairVerdicts::allowed).
                            dropDenied(fi, b, [&](const Packet &pkt) {
                                return engine.evaluateForwardPath(pkt, false).verdict;
                            });
                        }
                    }
                    std::fill(toB, toB + words, 0);
                    addToRows(b);
                    for (const int t : groupsOf[size_t(b)])
                        ++reachedIn[size_t(t)];
                    itselfVisited = itselfVisited || b == a;
                }
                if (podPeer && !itselfVisited) {
                    // Its egress admits nothing to its own address: its pairs with alike members
                    // are denied (when it stands for several), and it counts as reached so that
                    // its own group is not taken for unreached.
                    std::fill(e.begin(), e.end(), 0);
                    addToRows(a);
                    for (const int t : groupsOf[size_t(a)])
                        ++reachedIn[size_t(t)];
                }
                const std::vector<int> &inTables = inTablesOf[fa / 3];
                for (size_t t = 0; t < groupCount; ++t) {
                    if (denied && reachedIn[t] < inTables[t]) {
                        quint64 *deniedRow = &rowDenied[t * words];
                        for (size_t x = 0; x < words; ++x)
                            deniedRow[x] |= valid[x];
                    }
                    reachedIn[t] = 0;
                }
            }
            for (size_t t = 0; t < groupCount; ++t) {
                const auto allowedAt = rowAllowed.begin() + qsizetype(t * words);
                const auto deniedAt = rowDenied.begin() + qsizetype(t * words);
                const auto nonZero = [](quint64 w) { return w != 0; };
                if (std::any_of(allowedAt, allowedAt + qsizetype(words), nonZero)
                    || std::any_of(deniedAt, deniedAt + qsizetype(words), nonZero))
                    out.append(
                        {s, int(t), std::vector<quint64>(allowedAt, allowedAt + qsizetype(words)),
                            std::vector<quint64>(deniedAt, deniedAt + qsizetype(words))});
            }
        }
    };
    // Both families among the sides: pairs across them need the engine, one thread. Otherwise
    // the sources are shared out among the cores, by number of members.
    const bool mixed = std::any_of(d.family.begin(), d.family.end(), [](int x) { return x == 4; })
        && std::any_of(d.family.begin(), d.family.end(), [](int x) { return x == 6; });
    const int threads = mixed ? 1 : int(std::clamp(std::thread::hardware_concurrency(), 1U, 8U));
    qsizetype members = 0;
    for (const QList<int> &g : groups)
        members += g.size();
    std::vector<int> bounds {0};
    qsizetype counted = 0;
    for (int g = 0; g < int(groups.size()); ++g) {
        counted += groups[g].size();
        if (int(bounds.size()) < threads && counted * threads >= members * qsizetype(bounds.size()))
            bounds.push_back(g + 1);
    }
    bounds.push_back(int(groups.size()));
    std::vector<QList<GroupProbeSets>> parts(bounds.size() - 1);
    std::vector<std::thread> workers;
    for (size_t k = 1; k < parts.size(); ++k)
        workers.emplace_back(pairsFrom, bounds[k], bounds[k + 1], std::ref(parts[k]));
    pairsFrom(bounds[0], bounds[1], parts[0]);
    for (std::thread &w : workers)
        w.join();
    QList<GroupProbeSets> out = std::move(parts[0]);
    for (size_t k = 1; k < parts.size(); ++k)
        out.append(std::move(parts[k]));
    return out;
}

namespace {

// A quick hash of a text, four code units at a time: endpointClasses() compares the texts of
// endpoints with equal hashes anyway, so it needs speed more than spread (qHash's is slower).
size_t quickHash(QStringView text)
{
    constexpr quint64 kMultiplier = 0x9e3779b97f4a7c15ULL;
    quint64 h = quint64(text.size()) * kMultiplier;
    const char16_t *p = text.utf16();
    qsizetype left = text.size();
    for (; left >= 4; left -= 4, p += 4) {
        quint64 chunk = 0;
        std::memcpy(&chunk, p, sizeof chunk);
        h = (h ^ chunk) * kMultiplier;
        h ^= h >> 29;
    }
    for (; left > 0; --left, ++p)
        h = (h ^ *p) * kMultiplier;
    return size_t(h ^ (h >> 32));
}

} // namespace

QList<int> endpointClasses(const PolicyEngine &engine, const QList<int> &endpoints)
{
    const Inventory &inv = engine.inventory();
    QList<IpNetwork> nets;
    for (const CompiledPolicy &p : engine.policies()) {
        collectNets(p.ingress, nets);
        collectNets(p.egress, nets);
    }
    for (auto it = inv.profiles().cbegin(); it != inv.profiles().cend(); ++it) {
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            if (const QList<CompiledRule> *rules = engine.profileRules(it.key(), direction))
                collectNets(*rules, nets);
        }
    }
    // Nets by family and prefix length (masked address -> indexes into nets), so an address
    // finds the nets containing it with one lookup per prefix length, not one test per net.
    struct NetBucket {
        int family;
        int prefixLength;
        QHash<IpAddress, QList<int>> nets;
    };
    QList<NetBucket> netBuckets;
    for (qsizetype i = 0; i < nets.size(); ++i) {
        const IpNetwork &n = nets[i];
        auto bucket = std::find_if(netBuckets.begin(), netBuckets.end(), [&](const NetBucket &b) {
            return b.family == n.family() && b.prefixLength == n.prefixLength();
        });
        if (bucket == netBuckets.end()) {
            netBuckets.append({n.family(), n.prefixLength(), {}});
            bucket = netBuckets.end() - 1;
        }
        bucket->nets[n.networkAddress()].append(int(i));
    }
    // Services by member address, in workspace order, each with its ports at that address
    // (protocol, port; sorted).
    struct ServiceAt {
        const ServiceMembers *service;
        QList<QPair<int, int>> ports;
    };
    QHash<IpAddress, QList<ServiceAt>> servicesAt;
    for (const Service &s : engine.workspace()->services) {
        const QString ns
            = s.meta.namespace_.isEmpty() ? QStringLiteral("default") : s.meta.namespace_;
        const ServiceMembers *m = inv.service(ns + u'/' + s.meta.name);
        if (!m)
            continue;
        QHash<IpAddress, QList<QPair<int, int>>> portsAt;
        for (const ServicePortKey &k : m->ports)
            portsAt[k.address].append({k.protocol, k.port});
        for (const IpAddress &a : m->addresses) {
            QList<ServiceAt> &list = servicesAt[a];
            if (std::any_of(
                    list.begin(), list.end(), [&](const ServiceAt &x) { return x.service == m; }))
                continue;
            QList<QPair<int, int>> ports = portsAt.value(a);
            std::sort(ports.begin(), ports.end());
            list.append({m, ports});
        }
    }

    // What of an endpoint's first address (the one a packet uses) tells it apart; families are
    // kept apart too.
    struct AddressFacts {
        int family = 0; // 0: no address
        QList<int> others; // the other objects at it
        QList<int> containing; // indexes into nets, sorted
        const QList<ServiceAt> *services = nullptr; // the services at it, if any
    };
    const auto addressFacts = [&](int id) {
        AddressFacts facts;
        const InventoryObject &o = inv.object(id);
        if (o.addresses.isEmpty())
            return facts;
        const IpAddress &a = o.addresses.first();
        facts.family = a.family();
        facts.others = inv.objectsAt(a);
        facts.others.removeAll(id);
        for (const NetBucket &b : netBuckets) {
            if (b.family != a.family())
                continue;
            const auto found = b.nets.constFind(a.masked(b.prefixLength));
            if (found != b.nets.constEnd())
                facts.containing.append(*found);
        }
        std::sort(facts.containing.begin(), facts.containing.end());
        const auto services = servicesAt.constFind(a);
        if (services != servicesAt.constEnd())
            facts.services = &*services;
        return facts;
    };
    // Endpoints are hashed on what tells them apart, and an endpoint whose hash some class
    // has is compared with that class's first endpoint field by field: no key text is built.
    const auto hashOf = [&](const InventoryObject &o, const AddressFacts &facts) {
        size_t h = size_t(o.kind);
        const auto mix = [&h](size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
        for (auto it = o.effectiveLabels.cbegin(); it != o.effectiveLabels.cend(); ++it) {
            mix(quickHash(it.key()));
            mix(quickHash(it.value()));
        }
        mix(o.effectiveLabels.size());
        for (const QString &profile : o.profiles)
            mix(quickHash(profile));
        mix(size_t(o.profiles.size()));
        for (const NamedPort &np : o.namedPorts) {
            mix(quickHash(np.name));
            mix(size_t(np.protocol) << 16 | size_t(np.port));
        }
        mix(size_t(o.namedPorts.size()));
        mix(size_t(facts.family));
        for (const int other : facts.others)
            mix(size_t(other));
        mix(size_t(facts.others.size()));
        for (const int net : facts.containing)
            mix(size_t(net));
        mix(size_t(facts.containing.size()));
        if (facts.services) {
            for (const ServiceAt &svc : *facts.services)
                mix(quintptr(svc.service));
        }
        return h;
    };
    const auto namedPortsEqual = [](const QList<NamedPort> &a, const QList<NamedPort> &b) {
        return std::equal(
            a.begin(), a.end(), b.begin(), b.end(), [](const NamedPort &x, const NamedPort &y) {
                return x.name == y.name && x.protocol == y.protocol && x.port == y.port;
            });
    };
    const auto servicesEqual = [](const QList<ServiceAt> *a, const QList<ServiceAt> *b) {
        static const QList<ServiceAt> none;
        return std::equal((a ? a : &none)->begin(), (a ? a : &none)->end(),
            (b ? b : &none)->begin(), (b ? b : &none)->end(),
            [](const ServiceAt &x, const ServiceAt &y) {
                return x.service == y.service
                    && std::equal(x.ports.begin(), x.ports.end(), y.ports.begin(), y.ports.end());
            });
    };
    struct Representative {
        int id;
        AddressFacts facts;
    };
    std::vector<Representative> representatives; // by class
    QMultiHash<size_t, int> classesOfHash;
    QList<int> out;
    out.reserve(endpoints.size());
    for (const int id : endpoints) {
        const InventoryObject &o = inv.object(id);
        AddressFacts facts = addressFacts(id);
        const size_t h = hashOf(o, facts);
        int cls = -1;
        for (auto it = classesOfHash.constFind(h); it != classesOfHash.constEnd() && it.key() == h;
             ++it) {
            const Representative &r = representatives[size_t(*it)];
            const InventoryObject &other = inv.object(r.id);
            if (o.kind == other.kind && o.effectiveLabels == other.effectiveLabels
                && o.profiles == other.profiles && namedPortsEqual(o.namedPorts, other.namedPorts)
                && facts.family == r.facts.family && facts.others == r.facts.others
                && facts.containing == r.facts.containing
                && servicesEqual(facts.services, r.facts.services)) {
                cls = *it;
                break;
            }
        }
        if (cls < 0) {
            cls = int(representatives.size());
            representatives.push_back({id, std::move(facts)});
            classesOfHash.insert(h, cls);
        }
        out.append(cls);
    }
    return out;
}

QList<MatrixGroup> matrixGroups(const PolicyEngine &engine, MatrixGrouping by)
{
    QList<MatrixGroup> groups;
    const Inventory &inv = engine.inventory();
    const QList<InventoryObject> &objects = inv.objects();

    // Groups.
    QHash<QString, int> groupIndex;
    const auto addTo = [&](const QString &name, int id, int object = -1) {
        auto it = groupIndex.constFind(name);
        if (it == groupIndex.constEnd()) {
            it = groupIndex.insert(name, int(groups.size()));
            groups.append({name, {}, object});
        }
        groups[*it].members.append(id);
    };
    // Workload templates by namespace, with the labels their pods carry.
    struct Template {
        int id;
        Labels labels;
    };
    QHash<QString, QList<Template>> templatesByNamespace;
    QList<int> templates;
    QSet<int> seenTemplates;
    for (const WorkloadTemplate &w : engine.workspace()->workloads) {
        const QString ns
            = w.meta.namespace_.isEmpty() ? QStringLiteral("default") : w.meta.namespace_;
        const int id = inv.findWorkload(ns, w.meta.name);
        if (id < 0 || seenTemplates.contains(id))
            continue;
        seenTemplates.insert(id);
        templates.append(id);
        if (!w.templateLabels.isEmpty())
            templatesByNamespace[ns].append({id, w.templateLabels});
    }
    QSet<int> templatesWithPods;
    for (qsizetype id = 0; id < objects.size(); ++id) {
        const InventoryObject &o = objects[id];
        if (o.kind == ObjectKind::HostEndpoint) {
            addTo(o.ref(), int(id), int(id));
            continue;
        }
        if (o.kind != ObjectKind::Pod)
            continue;
        switch (by) {
        case MatrixGrouping::Pod:
            addTo(o.ref(), int(id), int(id));
            break;
        case MatrixGrouping::Namespace:
            addTo(o.namespace_, int(id));
            break;
        case MatrixGrouping::ServiceAccount:
            addTo(o.namespace_ + u'/'
                    + (o.serviceAccount.isEmpty() ? QStringLiteral("default") : o.serviceAccount),
                int(id));
            break;
        case MatrixGrouping::Workload: {
            // No owner references in the inventory: a pod belongs to the first template of its
            // namespace whose template labels it carries.
            QString owner;
            int ownerId = int(id);
            for (const Template &t : templatesByNamespace.value(o.namespace_)) {
                bool carries = true;
                for (auto it = t.labels.cbegin(); it != t.labels.cend() && carries; ++it)
                    carries = o.labels.contains(it.key()) && o.labels.value(it.key()) == it.value();
                if (carries) {
                    owner = objects[t.id].ref();
                    ownerId = t.id;
                    templatesWithPods.insert(t.id);
                    break;
                }
            }
            addTo(owner.isEmpty() ? o.ref() : owner, int(id), ownerId);
            break;
        }
        }
    }
    if (by == MatrixGrouping::Workload) {
        for (int t : templates) {
            if (!templatesWithPods.contains(t))
                addTo(objects[t].ref(), t, t);
        }
    }
    std::sort(groups.begin(), groups.end(),
        [](const MatrixGroup &a, const MatrixGroup &b) { return a.name < b.name; });
    return groups;
}

ConnectivityMatrix computeMatrix(const PolicyEngine &engine, MatrixGrouping by,
    const QString &protocol, std::optional<int> port, MatrixMethod method)
{
    ConnectivityMatrix m;
    m.by = by;
    m.protocol = protocol;
    m.port = port;
    const Inventory &inv = engine.inventory();
    const QList<InventoryObject> &objects = inv.objects();
    m.groups = matrixGroups(engine, by);

    // Classes within groups: (group, class) pairs with their sizes.
    QList<int> all;
    for (const MatrixGroup &g : m.groups)
        all.append(g.members);
    const QList<int> cls = endpointClasses(engine, all);
    QHash<int, int> classOf;
    QHash<int, int> representative;
    QHash<int, int> twin; // a second member of the class, when it has one
    for (qsizetype i = 0; i < all.size(); ++i) {
        classOf.insert(all[i], cls[i]);
        if (!representative.contains(cls[i]))
            representative.insert(cls[i], all[i]);
        else if (!twin.contains(cls[i]))
            twin.insert(cls[i], all[i]);
    }
    m.classes = int(representative.size());
    struct Part {
        int cls;
        qint64 count;
    };
    QList<QList<Part>> parts;
    for (const MatrixGroup &g : m.groups) {
        QHash<int, qint64> counts;
        QList<int> order;
        for (int id : g.members) {
            const int c = classOf.value(id);
            if (!counts.contains(c))
                order.append(c);
            counts[c] += 1;
        }
        QList<Part> p;
        for (int c : order)
            p.append({c, counts.value(c)});
        parts.append(p);
    }

    m.cells.resize(m.groups.size());
    // A pod to itself is allowed (PolicyEngine::isToItself): of a class's pairs within its own
    // group, `count` are its pods to themselves; the others are pairs of distinct members
    // (allowed(c, c) answers for those).
    const auto fill = [&](const auto &allowed) {
        for (qsizetype i = 0; i < m.groups.size(); ++i) {
            m.cells[i].resize(m.groups.size());
            for (qsizetype j = 0; j < m.groups.size(); ++j) {
                MatrixCell &cell = m.cells[i][j];
                for (const Part &a : parts[i]) {
                    for (const Part &b : parts[j]) {
                        const qint64 pairs = a.count * b.count;
                        cell.pairs += pairs;
                        const qint64 toItself = i == j && a.cls == b.cls
                                && objects[representative.value(a.cls)].kind == ObjectKind::Pod
                            ? a.count
                            : 0;
                        cell.allowedPairs += toItself;
                        cell.toItself += toItself;
                        if (pairs > toItself && allowed(a.cls, b.cls))
                            cell.allowedPairs += pairs - toItself;
                    }
                }
                cell.verdict = cell.allowedPairs == cell.pairs ? CellVerdict::Allow
                    : cell.allowedPairs == 0                   ? CellVerdict::Deny
                                                               : CellVerdict::Partial;
            }
        }
    };
    if (method == MatrixMethod::Sets) {
        QList<int> reps(m.classes);
        for (auto it = representative.cbegin(); it != representative.cend(); ++it)
            reps[it.key()] = it.value();
        const PairVerdicts verdicts(engine, reps, protocol, port);
        fill([&](int a, int b) { return verdicts.allowedBetweenAlike(a, b); });
        m.evaluations = verdicts.evaluations();
        return m;
    }

    // The reference: one engine verdict per representative pair.
    Flow probe;
    probe.protocol = protocol;
    probe.port = port;
    const std::optional<int> protocolNumber = parseProtocolNumber(protocol);
    // Each class's side of a packet, computed once (address, objects it belongs to).
    QHash<int, PacketPeer> peers;
    for (auto it = representative.cbegin(); it != representative.cend(); ++it)
        peers.insert(it.key(), endpointPeer(inv, it.value()));
    // Two distinct members of one class: the representative and its twin.
    QHash<int, PacketPeer> twins;
    for (auto it = twin.cbegin(); it != twin.cend(); ++it)
        twins.insert(it.key(), endpointPeer(inv, it.value()));
    QHash<qint64, bool> verdicts;
    const auto allowed = [&](int fromClass, int toClass) {
        const qint64 key = (qint64(fromClass) << 32) | quint32(toClass);
        const auto it = verdicts.constFind(key);
        if (it != verdicts.constEnd())
            return *it;
        ++m.evaluations;
        const PacketPeer &src = peers[fromClass];
        const PacketPeer &dst
            = fromClass == toClass && twins.contains(toClass) ? twins[toClass] : peers[toClass];
        bool ok = false;
        if (protocolNumber
            && (!src.address || !dst.address || src.address->family() == dst.address->family())) {
            Packet pkt;
            pkt.family
                = src.address ? src.address->family() : (dst.address ? dst.address->family() : 4);
            pkt.protocol = *protocolNumber;
            pkt.destinationPort = port;
            pkt.source = src;
            pkt.destination = dst;
            ok = engine.verdict(pkt) == Verdict::Allow;
        } else {
            // Mixed families: let the engine pick addresses of a common family.
            const int a = representative.value(fromClass);
            const int b
                = fromClass == toClass ? twin.value(toClass, a) : representative.value(toClass);
            const Result<Packet> pkt
                = engine.packet(EndpointRef {a, std::nullopt, objects[a].ref()},
                    EndpointRef {b, std::nullopt, objects[b].ref()}, probe);
            ok = pkt.ok() && engine.verdict(pkt.value()) == Verdict::Allow;
        }
        verdicts.insert(key, ok);
        return ok;
    };
    fill(allowed);
    return m;
}

} // namespace ps
