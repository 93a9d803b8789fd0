#include "core/eval/hostendpointpipeline.h"

#include <algorithm>

#include "core/selector/labelsource.h"

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

namespace {

bool inPipeline(const CalicoPolicy &p, HostEndpointPipeline pipeline)
{
    switch (pipeline) {
    case HostEndpointPipeline::Untracked:
        return p.doNotTrack;
    case HostEndpointPipeline::PreDnat:
        return !p.doNotTrack && p.preDNAT;
    case HostEndpointPipeline::Normal:
        return !p.doNotTrack && !p.preDNAT;
    case HostEndpointPipeline::Forward:
        return !p.doNotTrack && !p.preDNAT && p.applyOnForward;
    }
    return false;
}

} // namespace

std::vector<int> hostEndpointPolicies(
    const PolicyEngine &engine, int endpoint, Direction direction, HostEndpointPipeline pipeline)
{
    std::vector<int> out;
    if (endpoint < 0 || endpoint >= engine.inventory().objects().size())
        return out;
    const InventoryObject &obj = engine.inventory().object(endpoint);
    if (obj.kind != ObjectKind::HostEndpoint)
        return pipeline == HostEndpointPipeline::Normal
            ? engine.applicablePolicies(endpoint, direction)
            : out;
    const LabelSource labels(obj.effectiveLabels);
    const QList<CompiledPolicy> &policies = engine.policies();
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const CompiledPolicy &p = policies[i];
        if (!inPipeline(p.policy, pipeline) || !p.selector.error.isEmpty())
            continue;
        if (p.staged && p.policy.stagedAction == u"Delete")
            continue;
        // The compiler leaves egress off for preDNAT policies; types decide the rest.
        if (!(direction == Direction::Ingress ? p.appliesIngress : p.appliesEgress))
            continue;
        const Selector *sel = engine.selectors().selector(p.selectorId);
        if (sel && sel->evaluate(labels))
            out.push_back(int(i));
    }
    std::sort(
        out.begin(), out.end(), [&](int a, int b) { return policies[a].rank < policies[b].rank; });
    return out;
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
