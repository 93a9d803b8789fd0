#pragma once
// Private to core/dataplane. FilterTableBuilder: the filter table of a render — each local
// endpoint's chains (workloads: cali-tw-/cali-fw-; host endpoints: cali-th-/cali-fh- and the
// applyOnForward cali-thfw-/cali-fhfw-) with the policy and profile chains they jump to, the
// dispatch chains by interface, the static filter chains and Felix's kernel hooks. Records the
// rendered endpoints in the RenderContext for the raw and mangle tables.

#include "core/dataplane/tablebuilder_p.h"

namespace ps {

class StaticChains;

class FilterTableBuilder : public TableBuilder {
public:
    FilterTableBuilder(RenderContext &context, RuleTranslator &translator, StaticChains &statics);

    /// A pod's chains.
    void addWorkload(int object);
    /// A host endpoint's chains; one without an interface name is not rendered (a warning).
    void addHostEndpoint(int object);
    /// The static chains, the dispatch chains of the endpoints added so far and, with host
    /// endpoints, the failsafe chains; then the table ("filter", its hooks and chains).
    FelixTable build(bool anyHostEndpoint);

private:
    StaticChains &m_statics;
};

} // namespace ps
