#include "referenceevaluator.h"

#include <algorithm>

#include "core/eval/policycompiler.h"
#include "core/kube/kubeconvert.h"
#include "core/selector/selector.h"

namespace ps {

namespace {

bool selectorMatchesLabels(const QString &text, const Labels &labels)
{
    const Result<Selector> parsed = Selector::parse(text);
    return parsed && parsed->evaluate(LabelSource(labels));
}

bool namespacedKind(ResourceKind k)
{
    return k == ResourceKind::NetworkPolicy || k == ResourceKind::StagedNetworkPolicy
        || k == ResourceKind::KubernetesNetworkPolicy
        || k == ResourceKind::StagedKubernetesNetworkPolicy;
}

struct RefTier {
    QString name;
    bool defined = true;
    std::optional<double> order;
    QString defaultAction;
};

// docs/semantics.md: "Evaluation order": defined tiers first, then order ascending (none last),
// then name.
bool tierBefore(const RefTier &a, const RefTier &b)
{
    if (a.defined != b.defined)
        return a.defined;
    if (a.order.has_value() != b.order.has_value())
        return a.order.has_value();
    if (a.order && *a.order != *b.order)
        return *a.order < *b.order;
    return a.name < b.name;
}

bool policyBefore(const CalicoPolicy &a, const CalicoPolicy &b)
{
    if (a.order.has_value() != b.order.has_value())
        return a.order.has_value();
    if (a.order && *a.order != *b.order)
        return *a.order < *b.order;
    const QString ka = a.meta.name + u'/' + a.meta.namespace_ + u'/' + kindDisplayName(a.kind);
    const QString kb = b.meta.name + u'/' + b.meta.namespace_ + u'/' + kindDisplayName(b.kind);
    return ka < kb;
}

} // namespace

ReferenceEvaluator::ReferenceEvaluator(const Workspace &workspace)
    : m_workspace(workspace), m_inventory(workspace)
{
    m_policies = workspace->policies;
    for (const KubernetesNetworkPolicy &k : workspace->kubernetesPolicies)
        m_policies.append(convertKubernetesPolicy(k).policy);
}

QList<int> ReferenceEvaluator::objectsOf(const PacketPeer &peer) const
{
    QList<int> out;
    const QList<InventoryObject> &objects = m_inventory.objects();
    if (!peer.address) {
        if (peer.object >= 0)
            out.append(peer.object);
        return out;
    }
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const InventoryObject &o = objects[i];
        bool member = false;
        if (o.kind == ObjectKind::Pod || o.kind == ObjectKind::HostEndpoint)
            member = o.addresses.contains(*peer.address);
        for (const IpNetwork &n : o.nets)
            member = member || n.contains(*peer.address);
        if (member)
            out.append(int(i));
    }
    return out;
}

bool ReferenceEvaluator::selectorMatchesAddress(const QString &text, const PacketPeer &peer) const
{
    for (int id : objectsOf(peer)) {
        if (selectorMatchesLabels(text, m_inventory.object(id).effectiveLabels))
            return true;
    }
    return false;
}

bool ReferenceEvaluator::ruleMatches(
    const Rule &rule, const QString &ns, bool global, const Packet &pkt) const
{
    if (ruleActionFromText(rule.action) == RuleAction::Invalid)
        return false;
    std::optional<int> ipVersion = rule.ipVersion;
    if (rule.protocol) {
        if (!rule.protocol->isValid())
            return false;
        if (*rule.protocol->toNumber() != pkt.protocol)
            return false;
        if (!ipVersion && !rule.protocol->isNumber() && rule.protocol->name() == u"ICMP")
            ipVersion = 4;
        if (!ipVersion && !rule.protocol->isNumber() && rule.protocol->name() == u"ICMPv6")
            ipVersion = 6;
    }
    if (rule.notProtocol
        && (!rule.notProtocol->isValid() || *rule.notProtocol->toNumber() == pkt.protocol))
        return false;
    if (ipVersion && *ipVersion != pkt.family)
        return false;
    if (rule.icmp && rule.icmp->type) {
        if (pkt.icmpType != rule.icmp->type)
            return false;
        if (rule.icmp->code && pkt.icmpCode != rule.icmp->code)
            return false;
    }
    if (rule.notICMP && rule.notICMP->type && pkt.icmpType == rule.notICMP->type
        && (!rule.notICMP->code || pkt.icmpCode == rule.notICMP->code))
        return false;

    // A named port is one protocol's (ip, port) set in Felix: the rule's UDP or SCTP, else TCP.
    int namedPortProtocol = 6;
    if (rule.protocol && rule.protocol->isValid()
        && (*rule.protocol->toNumber() == 17 || *rule.protocol->toNumber() == 132))
        namedPortProtocol = *rule.protocol->toNumber();
    for (const bool isSource : {true, false}) {
        const EntityRule &e = isSource ? rule.source : rule.destination;
        const PacketPeer &peer = isSource ? pkt.source : pkt.destination;
        const std::optional<int> port = isSource ? pkt.sourcePort : pkt.destinationPort;
        // nets: parse, keep the packet's family; non-empty list that becomes empty: no match.
        // An entry that is neither a CIDR nor an address makes the rule match nothing.
        for (const bool negated : {false, true}) {
            QList<IpNetwork> all;
            for (const QString &t : negated ? e.notNets : e.nets) {
                const auto n = IpNetwork::parseCidrOrIp(t);
                if (!n)
                    return false;
                all.append(n->network());
            }
            if (all.isEmpty())
                continue;
            QList<IpNetwork> fam;
            for (const IpNetwork &n : all) {
                if (n.family() == pkt.family)
                    fam.append(n);
            }
            if (fam.isEmpty())
                return false;
            if (!peer.address)
                return false;
            bool in = false;
            for (const IpNetwork &n : fam) {
                if (negated && n.prefixLength() == 0)
                    return false;
                in = in || n.contains(*peer.address);
            }
            if (in == negated)
                return false;
        }
        const EntitySelectorText sel = entityRuleSelectorText(e, ns);
        QString positive = sel.positive;
        if (!positive.isEmpty() && !sel.negative.isEmpty()) {
            positive = u'(' + positive + QStringLiteral(") && !(") + sel.negative + u')';
            if (!selectorMatchesAddress(positive, peer))
                return false;
        } else if (!positive.isEmpty()) {
            if (!selectorMatchesAddress(positive, peer))
                return false;
        } else if (!sel.negative.isEmpty()) {
            // An unparseable notSelector matches nothing (engine: empty set), so it excludes
            // nobody.
            if (selectorMatchesAddress(sel.negative, peer))
                return false;
        }
        const auto portMatches = [&](const QList<Port> &ports) {
            for (const Port &p : ports) {
                if (!p.isNamed()) {
                    if (p.contains(*port))
                        return true;
                    continue;
                }
                for (int id : objectsOf(peer)) {
                    const InventoryObject &o = m_inventory.object(id);
                    if (!o.isEndpoint())
                        continue;
                    if (!positive.isEmpty() && !selectorMatchesLabels(positive, o.effectiveLabels))
                        continue;
                    for (const NamedPort &np : o.namedPorts) {
                        if (np.name == p.name() && np.port == *port
                            && np.protocol == namedPortProtocol
                            && pkt.protocol == namedPortProtocol)
                            return true;
                    }
                }
            }
            return false;
        };
        if (!e.ports.isEmpty() && (!port || !portMatches(e.ports)))
            return false;
        if (!e.notPorts.isEmpty() && port && portMatches(e.notPorts))
            return false;
        if (e.services) {
            QString svcNs = e.services->namespace_;
            if (svcNs.isEmpty() && !global)
                svcNs = ns;
            const ServiceMembers *svc = m_inventory.service(svcNs + u'/' + e.services->name);
            if (!svc || !peer.address)
                return false;
            if (isSource && !svc->addresses.contains(*peer.address))
                return false;
            if (!isSource && (!port || !svc->ports.contains({*peer.address, pkt.protocol, *port})))
                return false;
        }
    }
    return true;
}

namespace {

// Felix's default FailsafeInboundHostPorts / FailsafeOutboundHostPorts (docs/semantics.md: "Host
// endpoints").
bool failsafe(bool inbound, const Packet &pkt)
{
    static const QList<QPair<int, int>> in {{6, 22}, {17, 68}, {6, 179}, {6, 2379}, {6, 2380},
        {6, 5473}, {6, 6443}, {6, 6666}, {6, 6667}};
    static const QList<QPair<int, int>> out {{17, 53}, {17, 67}, {6, 179}, {6, 2379}, {6, 2380},
        {6, 5473}, {6, 6443}, {6, 6666}, {6, 6667}};
    return pkt.destinationPort
        && (inbound ? in : out).contains(qMakePair(pkt.protocol, *pkt.destinationPort));
}

} // namespace

Verdict ReferenceEvaluator::direction(int endpoint, Direction dir, const Packet &pkt) const
{
    return evaluate(endpoint, dir, pkt, false);
}

Verdict ReferenceEvaluator::forwarded(int hostEndpoint, const Packet &pkt) const
{
    return evaluate(hostEndpoint, Direction::Ingress, pkt, true);
}

Verdict ReferenceEvaluator::evaluate(
    int endpoint, Direction dir, const Packet &pkt, bool forwarded) const
{
    const InventoryObject &e = m_inventory.object(endpoint);
    const bool ingress = dir == Direction::Ingress;

    QList<RefTier> tiers = {
        {QStringLiteral("kube-admin"), true, 1000.0, QStringLiteral("Pass")},
        {QStringLiteral("default"), true, 1000000.0, QStringLiteral("Deny")},
        {QStringLiteral("kube-baseline"), true, 10000000.0, QStringLiteral("Pass")},
    };
    const auto hasTier = [&](const QString &n) {
        return std::any_of(
            tiers.begin(), tiers.end(), [&](const RefTier &t) { return t.name == n; });
    };
    for (const Tier &t : m_workspace->tiers) {
        if (!hasTier(t.meta.name))
            tiers.append({t.meta.name, true, t.order,
                t.defaultAction == u"Pass" ? QStringLiteral("Pass") : QStringLiteral("Deny")});
    }
    for (const CalicoPolicy &p : m_policies) {
        const QString tier = p.tier.isEmpty() ? QStringLiteral("default") : p.tier;
        if (!hasTier(tier))
            tiers.append({tier, false, std::nullopt, QStringLiteral("Deny")});
    }
    std::sort(tiers.begin(), tiers.end(), tierBefore);

    // One list of tiers; `pick` chooses the policies of the stage. nullopt: nothing decided.
    const auto stage = [&](const auto &pick, bool endOfTierDeny) -> std::optional<Verdict> {
        for (const RefTier &tier : tiers) {
            QList<CalicoPolicy> applicable;
            for (const CalicoPolicy &p : m_policies) {
                if ((p.tier.isEmpty() ? QStringLiteral("default") : p.tier) != tier.name)
                    continue;
                if (!pick(p) || p.isStaged())
                    continue; // staged policies never change the verdict
                if (p.preDNAT && !ingress)
                    continue; // pre-DNAT policy is ingress only
                const bool types = p.types.isEmpty() || (ingress ? p.hasIngress() : p.hasEgress());
                if (!types || !e.isEndpoint())
                    continue;
                const SelectorText sel = policySelectorText(p);
                if (!sel.error.isEmpty() || !selectorMatchesLabels(sel.text, e.effectiveLabels))
                    continue;
                applicable.append(p);
            }
            if (applicable.isEmpty())
                continue;
            std::sort(applicable.begin(), applicable.end(), policyBefore);
            bool passed = false;
            for (const CalicoPolicy &p : applicable) {
                const QString ns = namespacedKind(p.kind)
                    ? (p.meta.namespace_.isEmpty() ? QStringLiteral("default") : p.meta.namespace_)
                    : QString();
                for (const Rule &r : ingress ? p.ingress : p.egress) {
                    if (!ruleMatches(r, ns, !namespacedKind(p.kind), pkt))
                        continue;
                    const RuleAction a = ruleActionFromText(r.action);
                    if (a == RuleAction::Log)
                        continue;
                    if (a == RuleAction::Allow)
                        return Verdict::Allow;
                    if (a == RuleAction::Deny)
                        return Verdict::Deny;
                    passed = true;
                    break;
                }
                if (passed)
                    break;
            }
            if (passed || tier.defaultAction == u"Pass" || !endOfTierDeny)
                continue;
            return Verdict::Deny;
        }
        return std::nullopt;
    };

    // Felix gives an all-interfaces host endpoint (interfaceName "*") no untracked stage: it
    // ignores doNotTrack policy there.
    bool allInterfaces = false;
    for (const HostEndpoint &h : m_workspace->hostEndpoints) {
        if (e.kind == ObjectKind::HostEndpoint && h.meta.name == e.name
            && h.interfaceName.trimmed() == u'*')
            allInterfaces = true;
    }
    const auto untracked = [&] {
        return allInterfaces ? std::nullopt
                             : stage([](const CalicoPolicy &p) { return p.doNotTrack; }, false);
    };
    if (forwarded) {
        // Arriving on a host endpoint and routed on (docs/semantics.md: "Host endpoints", Calico's
        // host endpoint summary).
        if (!failsafe(true, pkt)) {
            if (const auto v = untracked())
                return *v;
            if (const auto v = stage([](const CalicoPolicy &p) { return p.preDNAT; }, false))
                return *v;
        }
        const auto v = stage(
            [](const CalicoPolicy &p) { return p.applyOnForward && !p.doNotTrack && !p.preDNAT; },
            true);
        return v.value_or(Verdict::Allow); // forwarded traffic no policy decided is allowed
    }
    if (e.kind == ObjectKind::HostEndpoint) {
        if (failsafe(ingress, pkt))
            return Verdict::Allow;
        if (const auto v = untracked())
            return *v;
        if (ingress) {
            if (const auto v = stage([](const CalicoPolicy &p) { return p.preDNAT; }, false))
                return *v;
        }
    }
    if (const auto v
        = stage([](const CalicoPolicy &p) { return !p.doNotTrack && !p.preDNAT; }, true))
        return *v;
    for (const QString &name : e.profiles) {
        const Profile *prof = m_inventory.profile(name);
        if (!prof)
            continue;
        for (const Rule &r : ingress ? prof->ingress : prof->egress) {
            if (!ruleMatches(r, QString(), true, pkt))
                continue;
            const RuleAction a = ruleActionFromText(r.action);
            if (a == RuleAction::Log)
                continue;
            if (a == RuleAction::Allow)
                return Verdict::Allow;
            if (a == RuleAction::Deny)
                return Verdict::Deny;
            break; // Pass: next profile (iptables)
        }
    }
    return Verdict::Deny;
}

Verdict ReferenceEvaluator::flow(const Packet &pkt) const
{
    // A pod to its own address: the kernel keeps the packet inside the pod (its loopback), so
    // it meets no policy.
    if (pkt.source.object >= 0 && pkt.source.object == pkt.destination.object
        && m_inventory.object(pkt.source.object).kind == ObjectKind::Pod)
        return Verdict::Allow;
    if (pkt.source.object >= 0
        && direction(pkt.source.object, Direction::Egress, pkt) == Verdict::Deny)
        return Verdict::Deny;
    if (pkt.via >= 0 && forwarded(pkt.via, pkt) == Verdict::Deny)
        return Verdict::Deny;
    if (pkt.destination.object >= 0
        && direction(pkt.destination.object, Direction::Ingress, pkt) == Verdict::Deny)
        return Verdict::Deny;
    return Verdict::Allow;
}

} // namespace ps
