#pragma once
// Host-endpoint pipelines (docs/semantics.md: "Host endpoints"): Felix splits the policies that
// select a host endpoint into four lists (felix/calc event_sequencer, tierInfoToProtoTierInfo):
//
// * Untracked — doNotTrack GNPs: raw table, before conntrack, both directions;
// * PreDnat   — preDNAT GNPs: mangle PREROUTING, ingress only, before DNAT;
// * Normal    — every other policy: traffic to and from the host itself (filter INPUT/OUTPUT);
// * Forward   — the Normal ones with applyOnForward: traffic forwarded through the interface.
//
// The PolicyEngine's applicablePolicies() is the Normal list and stagePolicies() the others; the
// engine's evaluate() / evaluateForwarded() run the stages in Felix's order for traces and
// verdicts. This file names the lists and evaluates a packet through one pipeline on its own
// (as the renderer's chains do). Pure functions of the engine; thread-safe.

#include <vector>

#include <QString>

#include "core/eval/policyengine.h"

namespace ps {

QString hostEndpointPipelineName(HostEndpointPipeline pipeline);

/// Indexes into engine.policies(), in evaluation order (tier order, then policy order), staged
/// policies included, of the policies that apply to `endpoint` (a host endpoint) in `direction`
/// in that pipeline. Empty for workload endpoints except for Normal.
std::vector<int> hostEndpointPolicies(
    const PolicyEngine &engine, int endpoint, Direction direction, HostEndpointPipeline pipeline);

/// What one pipeline decides for a packet at a host endpoint.
enum class StageVerdict {
    Allow, // accepted by this stage (Untracked: also untracked by conntrack)
    Deny, // dropped
    NoVerdict // Untracked / PreDnat: no policy decided (every tier passes); later stages decide
};

struct PipelineResult {
    StageVerdict verdict = StageVerdict::NoVerdict;
    int policy = -1; // the deciding policy (engine index), -1 for defaults
    int rule = -1; // its rule index, -1 for an end-of-tier deny or a default
    QString reason;
};

/// Evaluates the packet through the pipeline at `endpoint` in `direction`, as Felix's chains
/// do: tiers in order, a policy's first matching rule decides (Log continues, Pass skips to the
/// next tier). Forward: an end-of-tier deny unless the tier's default action is Pass, and
/// Allow when no applyOnForward policy applies; Untracked / PreDnat: no end-of-tier deny,
/// NoVerdict when nothing matched. Normal runs its tiers only (NoVerdict when every tier
/// passes); PolicyEngine::evaluate adds the profiles.
PipelineResult evaluateHostEndpointPipeline(const PolicyEngine &engine, int endpoint,
    Direction direction, HostEndpointPipeline pipeline, const Packet &packet);

} // namespace ps
