#pragma once
// Private to core/dataplane. RawTableBuilder: the raw table, rendered for nodes with host
// endpoints: the static raw chains and, for host endpoints with untracked (doNotTrack) policy,
// their cali-fh-/cali-th- chains in the untracked stage and the dispatch chains to them.

#include "core/dataplane/tablebuilder_p.h"

namespace ps {

class StaticChains;

class RawTableBuilder : public TableBuilder {
public:
    RawTableBuilder(
        RenderContext &context, RuleTranslator &translator, const StaticChains &statics);

    /// The table ("raw", its hooks and chains) for the host endpoints the filter table
    /// rendered (RenderContext::hostEndpoints).
    FelixTable build();

private:
    const StaticChains &m_statics;
};

} // namespace ps
