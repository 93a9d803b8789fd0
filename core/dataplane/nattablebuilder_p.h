#pragma once
// Private to core/dataplane. NatTableBuilder: the nat table Felix programs in iptables mode —
// the static nat chains and hooks, and cali-nat-outgoing, which masquerades traffic from the IP
// pools with natOutgoing to destinations outside every pool (masq_mgr.go, nat.go), with the two
// IPAM pool sets it matches on.

#include "core/dataplane/tablebuilder_p.h"

namespace ps {

class IpSetRegistry;
class StaticChains;

class NatTableBuilder : public TableBuilder {
public:
    NatTableBuilder(RenderContext &context, RuleTranslator &translator, const StaticChains &statics,
        IpSetRegistry &ipsets);

    /// The table ("nat", its hooks and chains) for the workspace's IP pools of the render's
    /// family; registers the masq-ipam-pools and all-ipam-pools sets.
    FelixTable build();

private:
    /// The rules of cali-nat-outgoing: one masquerade rule when a pool of the family has
    /// natOutgoing, none otherwise.
    QList<FelixRule> natOutgoingRules();

    const StaticChains &m_statics;
    IpSetRegistry &m_ipsets;
};

} // namespace ps
