#pragma once
// Private to core/dataplane. StaticChains: the chains and kernel hooks Felix programs on every
// node, host endpoints or not, whatever the policy says (its static filter, raw and mangle chains:
// cali-FORWARD, cali-INPUT, cali-OUTPUT, cali-wl-to-host, cali-PREROUTING, the failsafe chains...)
// and its static nat chains, shaped only by the options (deny action, VXLAN and IPIP, interface
// prefix, mark bits). The table builders add them next to the chains they render from policy and
// endpoints.

#include <QList>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"

namespace ps {

class IpSetRegistry;
struct RenderContext;

class StaticChains {
public:
    StaticChains(const RenderContext &context, IpSetRegistry &ipsets);

    /// filter: cali-FORWARD, cali-INPUT, cali-OUTPUT, cali-wl-to-host, cali-cidr-block (the
    /// VXLAN rules register the all-hosts VXLAN set).
    QList<FelixChain> filterChains();
    /// Felix's inserts into INPUT, FORWARD, OUTPUT and its appends to FORWARD.
    QList<KernelHook> filterHooks() const;
    /// The end rule of the workload dispatch chains: drop what comes from or goes to an
    /// interface with the workload prefix that no local workload has.
    FelixRule unknownInterfaceRule() const;
    /// cali-failsafe-in / cali-failsafe-out: accept the failsafe host ports. The raw table's
    /// also accept the replies (source ports of the other direction's list), as it runs
    /// before conntrack.
    FelixChain failsafeChain(bool inbound, bool raw) const;

    /// raw: cali-PREROUTING (anti-spoofing, untracked policy), cali-OUTPUT, cali-rpf-skip and
    /// the failsafe chains (the table builder drops those when no host endpoint chain of the
    /// table jumps to them).
    QList<FelixChain> rawChains() const;
    QList<KernelHook> rawHooks() const;
    /// mangle: cali-PREROUTING (pre-DNAT policy), cali-POSTROUTING (egress policy of DNATed
    /// host traffic) and the failsafe chains (dropped likewise when unreferenced).
    QList<FelixChain> mangleChains() const;
    QList<KernelHook> mangleHooks() const;
    /// nat: cali-PREROUTING and cali-OUTPUT (to cali-fip-dnat), cali-POSTROUTING (to
    /// cali-fip-snat and cali-nat-outgoing, then the masquerade rules of the enabled tunnels),
    /// and the floating-IP chains, empty (static.go's StaticNATTableChains; floating IPs are
    /// an OpenStack feature).
    QList<FelixChain> natChains() const;
    /// Felix's inserts into PREROUTING and OUTPUT and its append to POSTROUTING (last, after
    /// kube-proxy's masquerade).
    QList<KernelHook> natHooks() const;

private:
    QString words(const char *source) const;
    /// A kernel hook inserting one jump from `kernelChain` to `target`.
    KernelHook hook(const QString &kernelChain, const QString &target) const;
    /// A fixed rule with its purpose.
    FelixRule fixedRule(FelixRule rule, const QString &purpose) const;

    const RenderContext &m_context;
    const RenderOptions &m_options;
    IpSetRegistry &m_ipsets;
};

} // namespace ps
