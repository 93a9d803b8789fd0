#include "core/eval/hostendpointpipeline.h"

namespace ps {

QString hostEndpointPipelineName(HostEndpointPipeline pipeline)
{
    switch (pipeline) {
    case HostEndpointPipeline::Normal:
        return QStringLiteral("normal");
    case HostEndpointPipeline::Forward:
        return QStringLiteral("forward");
    case HostEndpointPipeline::Untracked:
        return QStringLiteral("untracked");
    case HostEndpointPipeline::PreDnat:
        return QStringLiteral("preDNAT");
    }
    return QString();
}

std::vector<int> hostEndpointPolicies(
    const PolicyEngine &engine, int endpoint, Direction direction, HostEndpointPipeline pipeline)
{
    if (endpoint < 0 || endpoint >= engine.inventory().objects().size())
        return {};
    return engine.stagePolicies(endpoint, direction, pipeline);
}

PipelineResult evaluateHostEndpointPipeline(const PolicyEngine &engine, int endpoint,
    Direction direction, HostEndpointPipeline pipeline, const Packet &packet)
{
    PipelineResult result;
    const std::vector<int> list = hostEndpointPolicies(engine, endpoint, direction, pipeline);
    const QList<CompiledPolicy> &policies = engine.policies();
    const bool endOfTierDeny
        = pipeline == HostEndpointPipeline::Forward || pipeline == HostEndpointPipeline::Normal;
    bool anyEnforced = false;
    size_t i = 0;
    while (i < list.size()) {
        const int tier = policies[list[i]].tierIndex;
        size_t end = i;
        while (end < list.size() && policies[list[end]].tierIndex == tier)
            ++end;
        bool passed = false;
        bool tierEnforced = false;
        for (size_t k = i; k < end && !passed; ++k) {
            const CompiledPolicy &p = policies[list[k]];
            if (p.staged)
                continue; // staged policies never enforce
            tierEnforced = true;
            const QList<CompiledRule> &rules
                = direction == Direction::Ingress ? p.ingress : p.egress;
            for (const CompiledRule &r : rules) {
                if (r.action == RuleAction::Invalid || !engine.ruleMatches(r, packet))
                    continue;
                if (r.action == RuleAction::Log)
                    continue;
                if (r.action == RuleAction::Pass) {
                    passed = true;
                    break;
                }
                result.verdict
                    = r.action == RuleAction::Allow ? StageVerdict::Allow : StageVerdict::Deny;
                result.policy = list[k];
                result.rule = r.index;
                result.reason = QStringLiteral("%1 %2 rule %3 (%4 pipeline)")
                                    .arg(p.displayName, directionName(direction))
                                    .arg(r.index)
                                    .arg(hostEndpointPipelineName(pipeline));
                return result;
            }
        }
        anyEnforced = anyEnforced || tierEnforced;
        const OrderedTier &t = engine.tiers()[tier];
        if (endOfTierDeny && tierEnforced && !passed && t.defaultAction != u"Pass") {
            result.verdict = StageVerdict::Deny;
            result.reason = QStringLiteral("end of tier %1: no %2 policy allowed the packet")
                                .arg(t.name, hostEndpointPipelineName(pipeline));
            return result;
        }
        i = end;
    }
    if (pipeline == HostEndpointPipeline::Forward && !anyEnforced) {
        result.verdict = StageVerdict::Allow;
        result.reason
            = QStringLiteral("no applyOnForward policy applies: forwarded traffic is allowed");
    } else if (pipeline == HostEndpointPipeline::Forward
        || pipeline == HostEndpointPipeline::Normal) {
        // Every tier passed: the forward chain has no profiles and returns without the accept
        // mark, leaving the verdict to the chains after it (Normal: to the profiles).
        result.verdict = StageVerdict::NoVerdict;
        result.reason = QStringLiteral("every tier passed");
    } else {
        result.reason
            = QStringLiteral("no %1 policy decided").arg(hostEndpointPipelineName(pipeline));
    }
    return result;
}

} // namespace ps
