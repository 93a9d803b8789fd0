#pragma once
// The lint checks that evaluate flows (see linter.h): every flow of a LintSpace at each endpoint
// class, evaluated over sets of peers (FlowSets, flowsets_p.h); the steps each flow meets decide
// end-of-tier-drop, shadowed-rule and log-after-verdict; redundant-rule evaluates the flows a rule
// decides again without it, staged-differs the flows where a staged policy applies with it
// enforced.

#include <QList>

#include "core/eval/policyengine.h"
#include "core/lint/lintfinding.h"
#include "core/lint/lintplaces_p.h"

namespace ps {

/// Appends the findings of the flow checks to `findings`. By default every endpoint class's
/// flows are evaluated over sets of peers (flowsets_p.h); `reference` traces them one by one
/// and builds an engine per candidate redundant rule instead (slow, same findings: the
/// differential test compares the two).
void lintFlows(const PolicyEngine &engine, const LintPlaces &places, QList<LintFinding> &findings,
    bool reference = false);

} // namespace ps
