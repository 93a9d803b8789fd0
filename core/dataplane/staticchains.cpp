#include "core/dataplane/staticchains_p.h"

#include "core/dataplane/ipsetregistry_p.h"
#include "core/dataplane/rendercontext_p.h"
#include "core/dataplane/ruleparts_p.h"
#include "core/net/ipnetwork.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

using namespace ruleparts;

namespace {

RuleOrigin fixedOrigin()
{
    RuleOrigin fixed;
    fixed.kind = RuleOrigin::Kind::Fixed;
    return fixed;
}

} // namespace

StaticChains::StaticChains(const RenderContext &context, IpSetRegistry &ipsets)
    : m_context(context), m_options(context.options), m_ipsets(ipsets)
{
}

QString StaticChains::words(const char *source) const
{
    return m_context.words(source);
}

FelixRule StaticChains::fixedRule(FelixRule rule, const QString &purpose) const
{
    rule.origin = fixedOrigin();
    rule.origin.purpose = purpose;
    return rule;
}

KernelHook StaticChains::hook(const QString &kernelChain, const QString &target) const
{
    RuleOrigin h;
    h.kind = RuleOrigin::Kind::Hook;
    h.purpose = words(QT_TRANSLATE_NOOP("FelixPurpose", "hook into %1")).arg(kernelChain);
    FelixRule r = rule({}, act(A::Jump, target));
    r.origin = h;
    KernelHook k {kernelChain, {r}, {}};
    computeIptablesHashes(k.inserted, k.chain);
    return k;
}

QList<FelixChain> StaticChains::filterChains()
{
    const FelixMarks &mk = m_context.marks;
    const RuleOrigin fixed = fixedOrigin();
    QList<FelixChain> chains;
    const auto addChain = [&](const QString &name, QList<FelixRule> rules, const QString &purpose,
                              const RuleOrigin &origin) {
        chains.append(chain(name, std::move(rules), purpose, origin));
    };
    const QString wl = m_options.interfacePrefix + u'+';

    addChain(u"cali-FORWARD"_s,
        {fixedRule(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits() & ~mk.accept)),
             words(QT_TRANSLATE_NOOP("FelixPurpose", "clear every Calico mark bit but accept"))),
            fixedRule(
                rule({markCrit(K::MarkClear, mk.accept)}, act(A::Jump, u"cali-from-hep-forward"_s)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "host endpoint applyOnForward ingress policy"))),
            fixedRule(rule({crit(K::InInterface, wl)}, act(A::Jump, u"cali-from-wl-dispatch"_s)),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "egress policy of the sending workload"))),
            fixedRule(rule({crit(K::OutInterface, wl)}, act(A::Jump, u"cali-to-wl-dispatch"_s)),
                words(
                    QT_TRANSLATE_NOOP("FelixPurpose", "ingress policy of the receiving workload"))),
            fixedRule(rule({}, act(A::Jump, u"cali-to-hep-forward"_s)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "host endpoint applyOnForward egress policy"))),
            fixedRule(rule({}, act(A::Jump, u"cali-cidr-block"_s)),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "blocked CIDRs")))},
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "filter FORWARD: workload and host-endpoint forward policy")),
        fixed);

    QList<FelixRule> input;
    if (m_context.vxlanEnabled) {
        const QString allHosts = m_ipsets.allVxlanHostsSet();
        input.append(
            fixedRule(rule({protoCrit(17, u"17"_s),
                               portsCrit(false, {{m_options.vxlanPort, m_options.vxlanPort}}),
                               setCrit(true, allHosts, u"src"_s), crit(K::DestAddrTypeLocal)},
                          act(A::Accept), {u"Allow IPv4 VXLAN packets from allowed hosts"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN from other nodes"))));
        input.append(
            fixedRule(rule({protoCrit(17, u"17"_s),
                               portsCrit(false, {{m_options.vxlanPort, m_options.vxlanPort}}),
                               crit(K::DestAddrTypeLocal)},
                          act(A::Drop), {u"Drop IPv4 VXLAN packets from non-allowed hosts"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN from elsewhere"))));
    }
    input.append(fixedRule(rule({crit(K::InInterface, wl)}, act(A::Goto, u"cali-wl-to-host"_s)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "traffic from workloads to this host"))));
    input.append(fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "accepted earlier"))));
    input.append(fixedRule(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "clear Calico mark bits"))));
    input.append(fixedRule(rule({}, act(A::Jump, u"cali-from-host-endpoint"_s)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "host endpoint ingress policy"))));
    input.append(fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept),
                               {u"Host endpoint policy accepted packet."_s}),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "host endpoint policy accepted"))));
    addChain(u"cali-INPUT"_s, input,
        words(QT_TRANSLATE_NOOP("FelixPurpose", "filter INPUT: traffic to this host")), fixed);

    QList<FelixRule> output {
        fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "accepted earlier"))),
        fixedRule(rule({crit(K::OutInterface, wl)}, act(A::Return)),
            words(QT_TRANSLATE_NOOP(
                "FelixPurpose", "host to workload traffic is not policed here")))};
    if (m_context.vxlanEnabled) {
        output.append(
            fixedRule(rule({protoCrit(17, u"17"_s),
                               portsCrit(false, {{m_options.vxlanPort, m_options.vxlanPort}}),
                               crit(K::SrcAddrTypeLocal),
                               setCrit(false, m_ipsets.allVxlanHostsSet(), u"dst"_s)},
                          act(A::Accept), {u"Allow IPv4 VXLAN packets to other allowed hosts"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN to other nodes"))));
    }
    addChain(u"cali-OUTPUT"_s,
        output
            + QList<FelixRule> {fixedRule(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
                                    words(QT_TRANSLATE_NOOP(
                                        "FelixPurpose", "clear Calico mark bits"))),
                fixedRule(rule({crit(K::ConntrackState, u"DNAT"_s, true)},
                              act(A::Jump, u"cali-to-host-endpoint"_s)),
                    words(QT_TRANSLATE_NOOP("FelixPurpose", "host endpoint egress policy"))),
                fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept),
                              {u"Host endpoint policy accepted packet."_s}),
                    words(QT_TRANSLATE_NOOP("FelixPurpose", "host endpoint policy accepted")))},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "filter OUTPUT: traffic from this host")), fixed);

    const FelixAction toHost = m_options.defaultEndpointToHostAction == u"ACCEPT" ? act(A::Accept)
        : m_options.defaultEndpointToHostAction == u"RETURN"                      ? act(A::Return)
                                                             : denyAct(m_options);
    QList<FelixRule> toHostRules;
    if (m_options.ipVersion == 6) {
        // Felix accepts a workload's ICMPv6 multicast-listener (130-132), router-solicitation
        // (133) and neighbour-discovery (135, 136) messages to its host before any policy:
        // without them a pod could not resolve its gateway with the Drop action.
        for (const int type : {130, 131, 132, 133, 135, 136}) {
            MatchCriterion icmp = crit(K::Icmp6);
            icmp.number = type;
            icmp.code = -1;
            toHostRules.append(fixedRule(rule({protoCrit(58, u"58"_s), icmp}, act(A::Accept)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "IPv6 neighbour discovery and multicast listeners"))));
        }
    }
    toHostRules.append(fixedRule(rule({}, act(A::Jump, u"cali-from-wl-dispatch"_s)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "egress policy of the workload"))));
    toHostRules.append(fixedRule(rule({}, toHost, {u"Configured DefaultEndpointToHostAction"_s}),
        u"DefaultEndpointToHostAction"_s));
    addChain(u"cali-wl-to-host"_s, toHostRules,
        words(QT_TRANSLATE_NOOP("FelixPurpose", "workload to host traffic")), fixed);
    addChain(u"cali-cidr-block"_s, {},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "blocked CIDRs (none)")), fixed);
    return chains;
}

FelixRule StaticChains::unknownInterfaceRule() const
{
    return fixedRule(rule({}, denyAct(m_options), {u"Unknown interface"_s}),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "drop traffic of unknown workload interfaces")));
}

QList<KernelHook> StaticChains::filterHooks() const
{
    const FelixMarks &mk = m_context.marks;
    RuleOrigin hook;
    hook.kind = RuleOrigin::Kind::Hook;
    const auto h = [&](FelixRule r, const QString &purpose) {
        r.origin = hook;
        r.origin.purpose = purpose;
        return r;
    };
    KernelHook input {u"INPUT"_s,
        {h(rule({}, act(A::Jump, u"cali-INPUT"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "hook into INPUT")))},
        {}};
    KernelHook forward {u"FORWARD"_s,
        {h(rule({}, act(A::Jump, u"cali-FORWARD"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "hook into FORWARD")))},
        {h(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept),
               {u"Policy explicitly accepted packet."_s}),
             words(QT_TRANSLATE_NOOP("FelixPurpose", "accept what policy accepted"))),
            h(rule({}, markAct(A::SetMark, mk.accept)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "mark other forwarded traffic accepted (for later tables)")))}};
    KernelHook output {u"OUTPUT"_s,
        {h(rule({}, act(A::Jump, u"cali-OUTPUT"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "hook into OUTPUT")))},
        {}};
    for (KernelHook *k : {&input, &forward, &output}) {
        computeIptablesHashes(k->inserted, k->chain);
        computeIptablesHashes(k->appended, k->chain + u"*appends*"_s);
    }
    return {input, forward, output};
}

FelixChain StaticChains::failsafeChain(bool in, bool raw) const
{
    const QList<FailsafePort> &failsafeIn
        = m_options.failsafeInbound ? *m_options.failsafeInbound : defaultFailsafePorts(true);
    const QList<FailsafePort> &failsafeOut
        = m_options.failsafeOutbound ? *m_options.failsafeOutbound : defaultFailsafePorts(false);
    QList<FelixRule> rules;
    // failsafeInChain / failsafeOutChain: protocol, port, and the port's net as the source
    // (inbound, and the raw table's replies to outbound ports) or the destination (outbound);
    // a net of the other family leaves the rule out.
    const auto add = [&](const QList<FailsafePort> &list, bool source) {
        for (const FailsafePort &fp : list) {
            const int proto = fp.protocol;
            const int port = fp.port;
            const QString p = proto == 6 ? u"tcp"_s : u"udp"_s;
            QList<MatchCriterion> match {protoCrit(proto, p), portsCrit(source, {{port, port}})};
            if (!fp.net.isEmpty()) {
                const auto net = IpNetwork::parseCidrOrIp(fp.net);
                if (!net || net->family() != m_options.ipVersion)
                    continue;
                match.append(crit(in ? K::SourceNet : K::DestNet, fp.net.trimmed()));
            }
            rules.append(fixedRule(rule(match, act(A::Accept)),
                (source ? words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe port %1/%2 (replies)"))
                        : words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe port %1/%2")))
                    .arg(p)
                    .arg(port)));
        }
    };
    add(in ? failsafeIn : failsafeOut, false);
    if (raw)
        add(in ? failsafeOut : failsafeIn, true);
    return chain(in ? u"cali-failsafe-in"_s : u"cali-failsafe-out"_s, rules,
        in ? words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe inbound host ports"))
           : words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe outbound host ports")),
        fixedOrigin());
}

QList<FelixChain> StaticChains::rawChains() const
{
    const FelixMarks &mk = m_context.marks;
    const RuleOrigin fixed = fixedOrigin();
    QList<FelixChain> chains;
    const auto addChain = [&](const QString &name, QList<FelixRule> rules, const QString &purpose,
                              const RuleOrigin &origin) {
        chains.append(chain(name, std::move(rules), purpose, origin));
    };
    const QString wl = m_options.interfacePrefix + u'+';
    const auto udpPort = [&](int port) {
        MatchCriterion m = crit(K::DestPort, u"udp"_s);
        m.number = port;
        return m;
    };

    QList<FelixRule> pre {fixedRule(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "clear Calico mark bits")))};
    if (m_context.vxlanEnabled)
        pre.append(fixedRule(
            rule({protoCrit(17, u"udp"_s), udpPort(m_options.vxlanPort)}, act(A::NoTrack)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN is not tracked"))));
    pre.append(fixedRule(rule({crit(K::InInterface, wl)}, markAct(A::SetMark, mk.scratch0)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "mark packets from workloads"))));
    pre.append(fixedRule(
        rule({markCrit(K::MarkSingleBitSet, mk.scratch0)}, act(A::Jump, u"cali-rpf-skip"_s)),
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "workloads allowed to skip the reverse-path check"))));
    pre.append(fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.scratch0), crit(K::RpFilterFailed)},
                             denyAct(m_options)),
        words(QT_TRANSLATE_NOOP("FelixPurpose",
            "drop workload packets with a spoofed source (strict reverse-path check)"))));
    pre.append(fixedRule(
        rule({markCrit(K::MarkClear, mk.scratch0)}, act(A::Jump, u"cali-from-host-endpoint"_s)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "untracked ingress policy of host endpoints"))));
    pre.append(fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "untracked policy accepted the packet"))));
    addChain(u"cali-PREROUTING"_s, pre,
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "raw PREROUTING: anti-spoofing and untracked policy")),
        fixed);
    QList<FelixRule> out {fixedRule(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
                              words(QT_TRANSLATE_NOOP("FelixPurpose", "clear Calico mark bits"))),
        fixedRule(rule({}, act(A::Jump, u"cali-to-host-endpoint"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "untracked egress policy of host endpoints")))};
    if (m_context.vxlanEnabled)
        out.append(fixedRule(
            rule({protoCrit(17, u"udp"_s), udpPort(m_options.vxlanPort)}, act(A::NoTrack)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN is not tracked"))));
    out.append(fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "untracked policy accepted the packet"))));
    addChain(u"cali-OUTPUT"_s, out,
        words(QT_TRANSLATE_NOOP("FelixPurpose", "raw OUTPUT: untracked policy")), fixed);
    addChain(u"cali-rpf-skip"_s, {},
        words(
            QT_TRANSLATE_NOOP("FelixPurpose", "workloads that skip the reverse-path check (none)")),
        fixed);
    chains.append(failsafeChain(true, true));
    chains.append(failsafeChain(false, true));
    return chains;
}

QList<KernelHook> StaticChains::rawHooks() const
{
    return {hook(u"PREROUTING"_s, u"cali-PREROUTING"_s), hook(u"OUTPUT"_s, u"cali-OUTPUT"_s)};
}

QList<FelixChain> StaticChains::mangleChains() const
{
    const FelixMarks &mk = m_context.marks;
    const RuleOrigin fixed = fixedOrigin();
    QList<FelixChain> chains;
    const auto addChain = [&](const QString &name, QList<FelixRule> rules, const QString &purpose,
                              const RuleOrigin &origin) {
        chains.append(chain(name, std::move(rules), purpose, origin));
    };

    addChain(u"cali-PREROUTING"_s,
        {fixedRule(rule({crit(K::ConntrackState, u"RELATED,ESTABLISHED"_s)}, act(A::Accept)),
             words(QT_TRANSLATE_NOOP("FelixPurpose", "accept packets of established connections"))),
            fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "accepted by untracked policy in raw"))),
            fixedRule(rule({}, act(A::Jump, u"cali-from-host-endpoint"_s)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "pre-DNAT ingress policy of host endpoints"))),
            fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept),
                          {u"Host endpoint policy accepted packet."_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "pre-DNAT policy accepted the packet")))},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "mangle PREROUTING: pre-DNAT policy")), fixed);
    QList<FelixRule> post;
    if (m_context.egressDscp) {
        // 3.31 and later (static.go StaticManglePostroutingChain, outside BPF mode): traffic
        // from an endpoint with a DSCP value, leaving the cluster (to neither an IP pool nor
        // this host), gets its DSCP field set in cali-egress-dscp. Forwarded traffic too: this
        // comes before the accept-mark return.
        const QString allPools = m_ipsets.ipamPoolSet(IpSetRegistry::IpamPoolSet::All);
        post.append(fixedRule(
            rule({setCrit(true, m_ipsets.dscpEndpointsSet(), u"src"_s),
                     setCrit(false, allPools, u"dst"_s, true),
                     setCrit(false, m_ipsets.thisHostSet(m_context.node), u"dst"_s, true)},
                act(A::Jump, u"cali-egress-dscp"_s), {u"set dscp for traffic leaving cluster."_s}),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "DSCP of traffic leaving the cluster"))));
    }
    post += QList<FelixRule> {
        fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Return)),
            words(QT_TRANSLATE_NOOP(
                "FelixPurpose", "forwarded traffic (filter FORWARD set the accept mark)"))),
        fixedRule(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "clear Calico mark bits"))),
        fixedRule(
            rule({crit(K::ConntrackState, u"DNAT"_s)}, act(A::Jump, u"cali-to-host-endpoint"_s)),
            words(QT_TRANSLATE_NOOP(
                "FelixPurpose", "egress policy of host endpoints for DNATed host traffic"))),
        fixedRule(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Return),
                      {u"Host endpoint policy accepted packet."_s}),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "host endpoint policy accepted the packet")))};
    addChain(u"cali-POSTROUTING"_s, post,
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "mangle POSTROUTING: host endpoint egress policy after DNAT")),
        fixed);
    chains.append(failsafeChain(true, false));
    chains.append(failsafeChain(false, false));
    return chains;
}

QList<KernelHook> StaticChains::mangleHooks() const
{
    return {
        hook(u"PREROUTING"_s, u"cali-PREROUTING"_s), hook(u"POSTROUTING"_s, u"cali-POSTROUTING"_s)};
}

QList<FelixChain> StaticChains::natChains() const
{
    const RuleOrigin fixed = fixedOrigin();
    QList<FelixChain> chains;
    const FelixRule toDnat = fixedRule(rule({}, act(A::Jump, u"cali-fip-dnat"_s)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "floating IPs: destination NAT")));
    chains.append(chain(u"cali-PREROUTING"_s, {toDnat},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "nat PREROUTING: floating IPs")), fixed));
    chains.append(chain(u"cali-OUTPUT"_s, {toDnat},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "nat OUTPUT: floating IPs of local traffic")),
        fixed));

    QList<FelixRule> post {
        fixedRule(rule({}, act(A::Jump, u"cali-fip-snat"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "floating IPs: source NAT"))),
        fixedRule(rule({}, act(A::Jump, u"cali-nat-outgoing"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "natOutgoing of IP pools")))};
    // Traffic the host itself sends into a tunnel from an address other than the tunnel's own
    // (a socket bound to the wrong address, a service address NATed to a pod): masqueraded to
    // the tunnel address. Workload addresses are not local, so pod traffic never matches.
    QStringList tunnels;
    if (m_options.ipVersion == 4 && m_context.ipipEnabled)
        tunnels.append(u"tunl0"_s);
    if (m_context.vxlanEnabled)
        tunnels.append(m_options.ipVersion == 4 ? u"vxlan.calico"_s : u"vxlan-v6.calico"_s);
    for (const QString &tunnel : std::as_const(tunnels)) {
        MatchCriterion notTunnelAddress = crit(K::SrcAddrTypeLocal, QString(), true);
        notTunnelAddress.flags = u"limit-iface-out"_s;
        FelixAction masquerade = act(A::Masquerade);
        masquerade.randomFully = m_options.masqueradeFullyRandom;
        post.append(fixedRule(
            rule({crit(K::OutInterface, tunnel), notTunnelAddress, crit(K::SrcAddrTypeLocal)},
                masquerade),
            words(QT_TRANSLATE_NOOP("FelixPurpose",
                      "host traffic into tunnel %1 from another local address: masquerade"))
                .arg(tunnel)));
    }
    chains.append(chain(u"cali-POSTROUTING"_s, post,
        words(QT_TRANSLATE_NOOP("FelixPurpose", "nat POSTROUTING: source NAT")), fixed));
    chains.append(chain(u"cali-fip-dnat"_s, {},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "floating IPs: destination NAT (none)")), fixed));
    chains.append(chain(u"cali-fip-snat"_s, {},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "floating IPs: source NAT (none)")), fixed));
    return chains;
}

QList<KernelHook> StaticChains::natHooks() const
{
    KernelHook post = hook(u"POSTROUTING"_s, u"cali-POSTROUTING"_s);
    // Appended, not inserted: kube-proxy's masquerade rule runs first and clears its mark bit.
    post.appended = std::move(post.inserted);
    post.inserted.clear();
    computeIptablesHashes(post.appended, post.chain + u"*appends*"_s);
    return {hook(u"PREROUTING"_s, u"cali-PREROUTING"_s), hook(u"OUTPUT"_s, u"cali-OUTPUT"_s), post};
}

} // namespace ps
