#pragma once
// Private to core/dataplane. MangleTableBuilder: the mangle table: the static mangle chains, the
// host endpoints' pre-DNAT ingress chains and their egress chains for host traffic that was
// DNATed, the dispatch chains to them, and (Calico 3.31 and later) cali-egress-dscp with the
// DSCP endpoint set.

#include "core/dataplane/tablebuilder_p.h"

namespace ps {

class IpSetRegistry;
class StaticChains;

class MangleTableBuilder : public TableBuilder {
public:
    MangleTableBuilder(RenderContext &context, RuleTranslator &translator,
        const StaticChains &statics, IpSetRegistry &ipsets);

    /// The table ("mangle", its hooks and chains) for the host endpoints the filter table
    /// rendered (RenderContext::hostEndpoints).
    FelixTable build();

private:
    /// cali-egress-dscp (dscp.go EgressDSCPChain, filled as dscp_mgr.go does): one rule per
    /// local endpoint with a valid DSCP value and an address of the family, sorted by source.
    void addEgressDscpChain();

    const StaticChains &m_statics;
    IpSetRegistry &m_ipsets;
};

} // namespace ps
