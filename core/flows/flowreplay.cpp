#include "core/flows/flowreplay.h"

#include <algorithm>

#include <QCoreApplication>

namespace ps {

namespace {

struct ReplayWords {
    Q_DECLARE_TR_FUNCTIONS(FlowLog)
};

constexpr int kReasonsKept = 20;

const TraceStep *decidingStep(const DirectionTrace &d)
{
    for (qsizetype i = d.steps.size() - 1; i >= 0; --i) {
        const QString &a = d.steps.at(i).action;
        if (a == u"allow" || a == u"deny" || a == u"end-of-tier-deny" || a == u"default-deny"
            || a == u"default-allow")
            return &d.steps.at(i);
    }
    return nullptr;
}

QString stepPolicy(const TraceStep *step)
{
    if (!step)
        return ReplayWords::tr("no policy");
    if (step->policy.isEmpty())
        return step->action;
    return step->kind + u' ' + step->policy;
}

ResourceKind enforcedKind(ResourceKind staged)
{
    switch (staged) {
    case ResourceKind::StagedGlobalNetworkPolicy:
        return ResourceKind::GlobalNetworkPolicy;
    case ResourceKind::StagedNetworkPolicy:
        return ResourceKind::NetworkPolicy;
    default:
        return staged;
    }
}

} // namespace

FlowReplayer::FlowReplayer(
    const PolicyEngine &before, const PolicyEngine &after, FlowExplainOptions options)
    : m_before(before), m_after(after), m_options(std::move(options)), m_beforeResolver(before),
      m_afterResolver(after)
{
}

void FlowReplayer::add(const FlowRecord &record)
{
    ++m_result.records;
    const QString key = flowGroupKey(record, false);
    if (const auto it = m_seen.constFind(key); it != m_seen.constEnd()) {
        if (*it >= 0)
            ++m_flows[*it].records;
        return;
    }
    ++m_result.connections;
    const Result<Flow> before
        = FlowExplainer::flowOf(record, m_beforeResolver, nullptr, nullptr, m_options.cluster);
    const Result<Flow> after
        = FlowExplainer::flowOf(record, m_afterResolver, nullptr, nullptr, m_options.cluster);
    const auto unresolved = [&](const QString &which, const QString &reason) {
        ++m_result.unresolved;
        m_seen.insert(key, -1);
        if (m_result.unresolvedReasons.size() < kReasonsKept) {
            m_result.unresolvedReasons.append(
                QStringLiteral("%1 -> %2 %3/%4: %5: %6")
                    .arg(flowEndDisplay(record.source), flowEndDisplay(record.destination),
                        record.protocol,
                        record.port ? QString::number(*record.port) : QStringLiteral("-"), which,
                        reason));
        }
    };
    if (!before) {
        unresolved(ReplayWords::tr("before"), before.error().message);
        return;
    }
    if (!after) {
        unresolved(ReplayWords::tr("after"), after.error().message);
        return;
    }
    ReplayFlow flow;
    flow.record = record;
    flow.records = 1;
    flow.before = m_before.trace(*before);
    flow.after = m_after.trace(*after);
    if (!flow.before.ok() || !flow.after.ok()) {
        unresolved(flow.before.ok() ? ReplayWords::tr("after") : ReplayWords::tr("before"),
            flow.before.ok() ? flow.after.error : flow.before.error);
        return;
    }
    if (flow.before.verdict == flow.after.verdict) {
        m_seen.insert(key, -1);
        return;
    }
    m_seen.insert(key, int(m_flows.size()));
    m_flows.append(std::move(flow));
}

FlowReplay FlowReplayer::take()
{
    FlowReplay result = std::exchange(m_result, FlowReplay {});
    QHash<QString, int> groupOf;
    for (ReplayFlow &f : m_flows) {
        // The side whose verdict changes: egress first, as a packet meets it first.
        const bool egress = f.before.egress.verdict != f.after.egress.verdict;
        const DirectionTrace &after = egress ? f.after.egress : f.after.ingress;
        const DirectionTrace &before = egress ? f.before.egress : f.before.ingress;
        const TraceStep *step = decidingStep(after);
        if (!step || step->policy.isEmpty())
            step = decidingStep(before) && !decidingStep(before)->policy.isEmpty()
                ? decidingStep(before)
                : step;
        const QString policy = stepPolicy(step);
        const QString endpoint = after.endpoint;
        const QString ns = endpoint.contains(u'/') && !endpoint.startsWith(u"hep:")
            ? endpoint.section(u'/', 0, 0)
            : QString();
        const QString key = policy + u'\n' + ns;
        auto it = groupOf.constFind(key);
        if (it == groupOf.constEnd()) {
            it = groupOf.insert(key, int(result.groups.size()));
            result.groups.append({policy, ns, {}});
        }
        result.groups[*it].flows.append(std::move(f));
        ++result.changed;
    }
    std::stable_sort(
        result.groups.begin(), result.groups.end(), [](const ReplayGroup &a, const ReplayGroup &b) {
            return std::tie(a.policy, a.namespace_) < std::tie(b.policy, b.namespace_);
        });
    m_flows.clear();
    m_seen.clear();
    return result;
}

FlowReplay replayFlowLog(const PolicyEngine &before, const PolicyEngine &after,
    FlowLogReader &reader, const FlowExplainOptions &options)
{
    FlowReplayer replayer(before, after, options);
    FlowLogRead read
        = readFlowLog(reader, options, [&replayer](const FlowRecord &r) { replayer.add(r); });
    FlowReplay result = replayer.take();
    result.errors = std::move(read.errors);
    result.invalid = read.invalid;
    result.cancelled = read.cancelled;
    return result;
}

Workspace enforceStagedPolicies(const Workspace &workspace)
{
    return workspace.edited([](WorkspaceData &data) {
        QList<CalicoPolicy> staged;
        QList<CalicoPolicy> enforced;
        for (const CalicoPolicy &p : data.policies)
            (p.isStaged() ? staged : enforced).append(p);
        for (CalicoPolicy p : staged) {
            const ResourceKind kind = enforcedKind(p.kind);
            enforced.removeIf([&](const CalicoPolicy &e) {
                return e.kind == kind && e.meta.name == p.meta.name
                    && e.meta.namespace_ == p.meta.namespace_;
            });
            if (p.stagedAction.compare(u"Delete", Qt::CaseInsensitive) == 0)
                continue;
            p.kind = kind;
            p.stagedAction.clear();
            p.source.id = {};
            enforced.append(p);
        }
        data.policies = enforced;
        QList<KubernetesNetworkPolicy> kube;
        QList<KubernetesNetworkPolicy> stagedKube;
        for (const KubernetesNetworkPolicy &p : data.kubernetesPolicies)
            (p.staged ? stagedKube : kube).append(p);
        for (KubernetesNetworkPolicy p : stagedKube) {
            kube.removeIf([&](const KubernetesNetworkPolicy &e) {
                return e.meta.name == p.meta.name && e.meta.namespace_ == p.meta.namespace_;
            });
            if (p.stagedAction.compare(u"Delete", Qt::CaseInsensitive) == 0)
                continue;
            p.staged = false;
            p.stagedAction.clear();
            p.source.id = {};
            kube.append(p);
        }
        data.kubernetesPolicies = kube;
    });
}

FlowLogWhatIf explainAndReplayFlowLog(const PolicyEngine &engine, const PolicyEngine *saved,
    FlowLogReader &reader, const FlowExplainOptions &options)
{
    FlowExplainer explainer(engine, options);
    std::optional<FlowReplayer> replayer;
    if (saved)
        replayer.emplace(*saved, engine, options);
    FlowLogRead read = readFlowLog(reader, options, [&](const FlowRecord &r) {
        explainer.add(r);
        if (replayer)
            replayer->add(r);
    });
    FlowLogWhatIf out;
    out.explanation = explainer.take();
    out.explanation.errors = read.errors;
    out.explanation.invalid = read.invalid;
    out.explanation.cancelled = read.cancelled;
    if (replayer) {
        out.replay = replayer->take();
        out.replay->errors = std::move(read.errors);
        out.replay->invalid = read.invalid;
        out.replay->cancelled = read.cancelled;
    }
    return out;
}

} // namespace ps
