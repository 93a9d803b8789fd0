#pragma once
// Private to core/dataplane. MangleTableBuilder: the mangle table, rendered for nodes with host
// endpoints: the static mangle chains, the host endpoints' pre-DNAT ingress chains and their
// egress chains for host traffic that was DNATed, and the dispatch chains to them.

#include "core/dataplane/tablebuilder_p.h"

namespace ps {

class StaticChains;

class MangleTableBuilder : public TableBuilder {
public:
    MangleTableBuilder(
        RenderContext &context, RuleTranslator &translator, const StaticChains &statics);

    /// The table ("mangle", its hooks and chains) for the host endpoints the filter table
    /// rendered (RenderContext::hostEndpoints).
    FelixTable build();

private:
    const StaticChains &m_statics;
};

} // namespace ps
