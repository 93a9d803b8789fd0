#include "core/dataplane/simulator.h"

#include <vector>

#include "core/model/protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

// A protocol as a FelixRule writes it after "-p": the iptables name or the number.
int protocolNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok)
        return n;
    const ProtocolFacts *p = protocolFacts(text, Qt::CaseInsensitive);
    return p ? p->number : -1;
}

bool interfaceMatches(const QString &pattern, const QString &iface)
{
    if (pattern.endsWith(u'+'))
        return !iface.isEmpty() && iface.startsWith(QStringView(pattern).chopped(1));
    return pattern == iface;
}

bool inPorts(const QList<QPair<int, int>> &ports, int port)
{
    for (const auto &[lo, hi] : ports) {
        if (port >= lo && port <= hi)
            return true;
    }
    return false;
}

} // namespace

Simulator::Simulator(const FelixRuleset &ruleset) : m_ruleset(&ruleset)
{
    for (const FelixChain &c : ruleset.chains)
        m_chains.insert(c.name, &c);
    for (const IpSetDefinition &s : ruleset.ipsets) {
        SetIndex idx;
        idx.ipPort = s.type == u"hash:ip,port";
        for (const QString &m : s.members) {
            if (idx.ipPort) {
                idx.ipPorts.insert(m);
            } else if (const auto net = IpNetwork::parseCidrOrIp(m)) {
                idx.nets.append(net->network());
            }
        }
        m_sets.insert(s.name, idx);
    }
}

bool Simulator::inSet(const QString &set, const IpAddress &ip, int protocol, int port) const
{
    const auto it = m_sets.constFind(set);
    if (it == m_sets.constEnd())
        return false;
    if (it->ipPort)
        return it->ipPorts.contains(
            ip.toString() + u',' + protocolIptablesName(protocol) + u':' + QString::number(port));
    for (const IpNetwork &n : it->nets) {
        if (n.contains(ip))
            return true;
    }
    return false;
}

bool Simulator::matches(const MatchCriterion &m, const SimPacket &p, quint32 mark) const
{
    using K = MatchCriterion::Kind;
    bool r = false;
    const bool hasPorts = protocolCarriesPorts(p.protocol);
    switch (m.kind) {
    case K::Protocol:
        r = protocolNumber(m.text) == p.protocol;
        break;
    case K::SourceNet:
    case K::DestNet: {
        const auto net = IpNetwork::parseCidrOrIp(m.text);
        r = net && net->contains(m.kind == K::SourceNet ? p.source : p.destination);
        break;
    }
    case K::SourceSet:
    case K::DestSet: {
        const bool src = m.kind == K::SourceSet;
        const IpAddress &ip = src ? p.source : p.destination;
        if (m.flags.contains(u',')) {
            // ip,port sets match the port of the same side.
            r = hasPorts && inSet(m.text, ip, p.protocol, src ? p.sourcePort : p.destinationPort);
        } else {
            r = inSet(m.text, ip, p.protocol, 0);
        }
        break;
    }
    case K::SourcePorts:
        // multiport needs a port-carrying protocol; Felix always puts -p before it.
        r = hasPorts && inPorts(m.ports, p.sourcePort);
        break;
    case K::DestPorts:
        r = hasPorts && inPorts(m.ports, p.destinationPort);
        break;
    case K::Icmp:
    case K::Icmp6: {
        const bool icmpOfFamily = protocolIcmpFamily(p.protocol) == (m.kind == K::Icmp ? 4 : 6);
        r = icmpOfFamily && p.icmpType == m.number && (m.code < 0 || p.icmpCode == m.code);
        if (m.negated) // "! --icmp-type" still requires an ICMP packet
            return icmpOfFamily && !r;
        break;
    }
    case K::MarkClear:
        return (mark & m.mark) == 0;
    case K::MarkSingleBitSet:
        return (mark & m.mark) == m.mark;
    case K::MarkNotClear:
        return (mark & m.mark) != 0;
    case K::InInterface:
        r = interfaceMatches(m.text, p.inInterface);
        break;
    case K::OutInterface:
        r = interfaceMatches(m.text, p.outInterface);
        break;
    case K::ConntrackState:
        if (m.text == u"DNAT")
            r = p.dnat;
        else
            r = m.text.split(u',').contains(p.conntrackState);
        break;
    case K::DestAddrTypeLocal:
        r = p.destinationLocal;
        break;
    case K::SrcAddrTypeLocal:
        r = p.sourceLocal;
        break;
    case K::DestPort:
        r = hasPorts && p.destinationPort == m.number;
        break;
    case K::RpFilterFailed:
        r = false; // the simulator's packets come from where their routes point
        break;
    }
    if ((m.kind == K::SourcePorts || m.kind == K::DestPorts) && m.negated)
        return hasPorts && !r;
    return m.negated ? !r : r;
}

SimResult Simulator::run(const SimPacket &packet, SimHook hook) const
{
    SimResult res;
    const QString kernel = hook == SimHook::Forward ? u"FORWARD"_s
        : hook == SimHook::Input                    ? u"INPUT"_s
                                                    : u"OUTPUT"_s;
    QList<FelixRule> kernelRules;
    for (const KernelHook &h : m_ruleset->hooks) {
        if (h.chain == kernel)
            kernelRules = h.inserted + h.appended;
    }
    struct Frame {
        QString chain;
        const QList<FelixRule> *rules;
        qsizetype next;
    };
    std::vector<Frame> stack;
    stack.push_back({kernel, &kernelRules, 0});
    quint32 mark = packet.mark;
    int guard = 0;
    while (!stack.empty()) {
        Frame &f = stack.back();
        if (f.next >= f.rules->size()) {
            stack.pop_back(); // fell off the end: implicit RETURN (or the kernel chain's policy)
            continue;
        }
        const qsizetype index = f.next++;
        const FelixRule &r = (*f.rules)[index];
        ++res.rulesTraversed;
        if (++guard > 1000000)
            break;
        bool ok = true;
        for (const MatchCriterion &m : r.match) {
            if (m.kind == MatchCriterion::Kind::SourceSet
                || m.kind == MatchCriterion::Kind::DestSet)
                ++res.setLookups;
            if (!matches(m, packet, mark)) {
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        res.path.append({f.chain, int(index), true, r.origin});
        using A = FelixAction::Kind;
        const auto decide = [&](bool accepted) {
            res.accepted = accepted;
            res.decidingChain = f.chain;
            res.decidingRule = int(index);
            res.decidedBy = r.origin;
            res.finalMark = mark;
        };
        switch (r.action.kind) {
        case A::None:
        case A::Log:
        case A::NoTrack:
        case A::Dscp: // rewrites a header field, the walk goes on
            break;
        case A::Accept:
        case A::Masquerade: // nat table: rewrites the source and ends the table's walk
            decide(true);
            return res;
        case A::Drop:
        case A::Reject:
            decide(false);
            return res;
        case A::Return:
            stack.pop_back();
            break;
        case A::SetMark:
            mark |= r.action.mark;
            break;
        case A::ClearMark:
            mark &= ~r.action.mark;
            break;
        case A::SetMaskedMark:
            mark = (mark & ~r.action.mask) | r.action.mark;
            break;
        case A::Jump:
        case A::Goto: {
            const FelixChain *target = m_chains.value(r.action.target);
            if (!target)
                break; // iptables-restore would have refused the ruleset; treat as no-op
            ++res.jumps;
            if (r.action.kind == A::Goto && stack.size() > 1)
                stack.pop_back();
            stack.push_back({target->name, &target->rules, 0});
            break;
        }
        }
    }
    // The kernel chain's policy (ACCEPT in the namespaces Felix runs in).
    res.accepted = true;
    res.finalMark = mark;
    return res;
}

} // namespace ps
