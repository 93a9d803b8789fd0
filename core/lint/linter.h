#pragma once
// lintWorkspace(): the lint of a workspace as the engine evaluates it — the checks behind
// `policyctl lint` and the studio's Problems dock (docs/lint.md describes every code):
//
// * from the resources and the inventory: selects-nothing, peer-selects-nothing, log-only,
//   log-after-verdict (a Log rule after a rule of its policy that decides all it matches),
//   unused-networkset;
// * from evaluated flows (LintSpace: every endpoint class, every outside address range, every
//   protocol and port interval a rule can tell apart, so the answers are exact for the
//   inventory, not samples): end-of-tier-drop, shadowed-rule, redundant-rule, staged-differs.
//
// Findings that depend on the inventory (which endpoints exist) say so in their message. The
// engine is only read; the result is sorted (sortLintFindings()). Thread-safe: the studio runs
// it off the GUI thread.

#include <QList>

#include "core/eval/policyengine.h"
#include "core/lint/lintfinding.h"

namespace ps {

struct LintOptions {
    /// The checks that evaluate flows (end-of-tier-drop, shadowed-rule, redundant-rule,
    /// staged-differs); false runs only the others, which are cheap.
    bool flows = true;
    /// Evaluates the flows one by one with the engine's traces (and an engine per candidate
    /// redundant rule) instead of over sets of peers: the same findings, far slower; kept as
    /// the reference the differential test compares with.
    bool referenceFlows = false;
};

/// Up to this many policies a view that lints after every edit (the studio) runs the flow checks
/// too, in the background; above it, views run the other checks and say so. Over sets of peers
/// the flow checks take 1.25 s of CPU for 500 policies and 1,000 pods and 4.7 s for 1,000
/// policies and 5,000 pods (bench_lint, docs/lint.md "Cost"); the 10,000-policy cluster takes
/// minutes, which is policyctl lint's job.
inline constexpr qsizetype kInteractiveLintPolicies = 1000;

QList<LintFinding> lintWorkspace(const PolicyEngine &engine, const LintOptions &options = {});

} // namespace ps
