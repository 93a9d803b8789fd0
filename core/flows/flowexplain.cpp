#include "core/flows/flowexplain.h"

#include <QCoreApplication>

#include "core/model/protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

struct ExplainWords {
    Q_DECLARE_TR_FUNCTIONS(FlowLog)
};

constexpr qint64 kProgressEvery = 4096;

bool decides(const QString &action)
{
    return action == u"allow" || action == u"deny" || action == u"end-of-tier-deny"
        || action == u"default-deny" || action == u"default-allow";
}

// The kind name the engine gives a policy (CompiledPolicy::kindName) for a hit's kind.
QString engineKind(HitKind kind)
{
    switch (kind) {
    case HitKind::CalicoNetworkPolicy:
        return QStringLiteral("NetworkPolicy");
    case HitKind::KubernetesNetworkPolicy:
        return kindDisplayName(ResourceKind::KubernetesNetworkPolicy);
    case HitKind::ClusterNetworkPolicy:
        return kindDisplayName(ResourceKind::ClusterNetworkPolicy);
    default:
        return hitKindName(kind);
    }
}

QString protocolForEngine(const QString &logged)
{
    if (logged == u"icmp6")
        return QStringLiteral("ICMPv6");
    return logged.toUpper();
}

} // namespace

const DirectionTrace *FlowGroup::side() const
{
    if (!resolved)
        return nullptr;
    return record.reporter == FlowReporter::Src ? &trace.egress : &trace.ingress;
}

int FlowExplanation::agreeing() const
{
    return int(std::count_if(
        groups.begin(), groups.end(), [](const FlowGroup &g) { return g.resolved && g.agree; }));
}

int FlowExplanation::drifting() const
{
    return int(std::count_if(
        groups.begin(), groups.end(), [](const FlowGroup &g) { return g.resolved && !g.agree; }));
}

int FlowExplanation::unresolved() const
{
    return int(std::count_if(
        groups.begin(), groups.end(), [](const FlowGroup &g) { return !g.resolved; }));
}

PolicyHitIndex::PolicyHitIndex(const PolicyEngine &engine)
{
    const QList<CompiledPolicy> &policies = engine.policies();
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const CompiledPolicy &p = policies.at(i);
        const QString ns = p.policy.meta.namespace_;
        QString name = p.policy.meta.name;
        const auto add = [&](const QString &n) {
            m_byKey.insert(p.kindName + u'|' + (ns.isEmpty() ? n : ns + u'/' + n), int(i));
        };
        add(name);
        // Legacy hit strings drop the tier prefix of old-style names and Kubernetes policies
        // may carry Felix's "knp.default." prefix.
        if (name.startsWith(p.tier + u'.'))
            add(name.mid(p.tier.size() + 1));
        if (name.startsWith(u"knp.default."))
            add(name.mid(12));
        // Calico 3.29–3.31 turn AdminNetworkPolicy and BaselineAdminNetworkPolicy into global
        // policies named kanp.adminnetworkpolicy.NAME and kbanp.baselineadminnetworkpolicy.NAME;
        // their hits name the Kubernetes kind and NAME.
        for (const auto &[prefix, kind] :
            {std::pair {u"kanp.adminnetworkpolicy."_s, ResourceKind::AdminNetworkPolicy},
                std::pair {u"kbanp.baselineadminnetworkpolicy."_s,
                    ResourceKind::BaselineAdminNetworkPolicy}}) {
            if (ns.isEmpty() && name.startsWith(prefix))
                m_byKey.insert(kindDisplayName(kind) + u'|' + name.mid(prefix.size()), int(i));
        }
    }
}

int PolicyHitIndex::find(const PolicyHit &hit) const
{
    const QString ref = hit.namespace_.isEmpty() ? hit.name : hit.namespace_ + u'/' + hit.name;
    return m_byKey.value(engineKind(hit.kind) + u'|' + ref, -1);
}

bool PolicyHitIndex::sameRule(const PolicyHit &hit, const TraceStep &step) const
{
    if (hit.kind == HitKind::Profile)
        return step.kind == u"Profile" && step.policy == hit.name;
    if (hit.endOfTier)
        return step.action.startsWith(u"end-of-tier") && step.tier == hit.tier;
    const int policy = find(hit);
    const QString ref = hit.namespace_.isEmpty() ? hit.name : hit.namespace_ + u'/' + hit.name;
    // The same policy by its name or by any name the index knows it by.
    const bool samePolicy = (step.kind == engineKind(hit.kind) && step.policy == ref)
        || (policy >= 0 && m_byKey.value(step.kind + u'|' + step.policy, -2) == policy);
    return samePolicy && (!hit.rule || *hit.rule == step.rule);
}

QString flowEndDisplay(const FlowEnd &end)
{
    const QString name = !end.name.isEmpty() ? end.name : end.aggregated;
    QString text;
    switch (end.kind) {
    case FlowEndKind::HostEndpoint:
        text = QStringLiteral("hep ") + name;
        break;
    case FlowEndKind::Network:
        text = end.aggregated;
        break;
    default:
        text = end.namespace_.isEmpty() ? name : end.namespace_ + u'/' + name;
    }
    if (!end.ip.isEmpty() && end.kind != FlowEndKind::Workload)
        text += u' ' + end.ip;
    return text;
}

QString flowSideKey(const FlowRecord &record)
{
    return flowGroupKey(record, false) + u'|' + QString::number(int(record.reporter));
}

bool flowGroupOutcomeChanged(const FlowGroup &before, const FlowGroup &after)
{
    return before.record.action != after.record.action || before.loggedHit != after.loggedHit
        || before.resolved != after.resolved || before.agree != after.agree;
}

QString flowGroupKey(const FlowRecord &r, bool withTrace)
{
    QString key;
    key.reserve(160);
    const auto end = [&key](const FlowEnd &e) {
        key += QString::number(int(e.kind));
        key += u'|';
        key += e.namespace_;
        key += u'|';
        key += e.name;
        key += u'|';
        key += e.aggregated;
        key += u'|';
        key += e.ip;
        key += u'|';
    };
    end(r.source);
    end(r.destination);
    key += r.protocol;
    key += u'|';
    key += r.port ? QString::number(*r.port) : QStringLiteral("-");
    if (!withTrace)
        return key;
    key += u'|';
    key += QString::number(int(r.reporter));
    key += QString::number(int(r.action));
    for (const PolicyHit &h : r.enforced) {
        key += u'|';
        key += h.tier;
        key += u'/';
        key += QString::number(int(h.kind));
        key += h.namespace_;
        key += u'/';
        key += h.name;
        key += u'/';
        key += QString::number(int(h.action));
        key += h.rule ? QString::number(*h.rule)
                      : (h.endOfTier ? QStringLiteral("e") : QStringLiteral("?"));
    }
    return key;
}

FlowExplainer::FlowExplainer(const PolicyEngine &engine, FlowExplainOptions options)
    : m_engine(engine), m_options(std::move(options)), m_resolver(engine), m_hits(engine)
{
}

FlowExplainer::~FlowExplainer() = default;

FlowExplainer::Added FlowExplainer::add(const FlowRecord &record)
{
    ++m_result.records;
    const QString key = flowGroupKey(record);
    const auto it = m_groupByKey.constFind(key);
    FlowGroup *group = nullptr;
    Added added;
    if (it != m_groupByKey.constEnd()) {
        added.group = *it;
        group = &m_result.groups[*it];
    } else {
        added.group = int(m_result.groups.size());
        added.isNew = true;
        m_groupByKey.insert(key, added.group);
        m_result.groups.append(FlowGroup {});
        group = &m_result.groups.last();
        group->record = record;
        explain(*group);
    }
    ++group->records;
    group->packets += record.packetsIn + record.packetsOut;
    group->bytes += record.bytesIn + record.bytesOut;
    return added;
}

void FlowExplainer::addExplainedAgain(const FlowGroup &previous)
{
    const QString key = flowGroupKey(previous.record);
    int index = m_groupByKey.value(key, -1);
    if (index < 0) {
        index = int(m_result.groups.size());
        m_groupByKey.insert(key, index);
        m_result.groups.append(FlowGroup {});
        m_result.groups.last().record = previous.record;
        explain(m_result.groups.last());
    }
    FlowGroup &group = m_result.groups[index];
    m_result.records += previous.records;
    group.records += previous.records;
    group.packets += previous.packets;
    group.bytes += previous.bytes;
}

FlowExplanation FlowExplainer::take()
{
    m_groupByKey.clear();
    return std::exchange(m_result, FlowExplanation {});
}

Result<Flow> FlowExplainer::flowOf(const FlowRecord &record, const FlowEndResolver &resolver,
    ResolvedEnd *source, ResolvedEnd *destination, const QString &cluster)
{
    if (!cluster.isEmpty() && !record.cluster.isEmpty() && record.cluster != cluster) {
        return Error {ExplainWords::tr("the record is from cluster %1, the workspace is %2")
                          .arg(record.cluster, cluster)};
    }
    const ResolvedEnd from = resolver.resolve(record.source);
    const ResolvedEnd to = resolver.resolve(record.destination);
    if (source)
        *source = from;
    if (destination)
        *destination = to;
    if (!from.resolved)
        return Error {
            ExplainWords::tr("source %1: %2").arg(flowEndDisplay(record.source), from.reason)};
    if (!to.resolved)
        return Error {ExplainWords::tr("destination %1: %2")
                          .arg(flowEndDisplay(record.destination), to.reason)};
    Flow flow;
    flow.from = from.ref;
    flow.to = to.ref;
    flow.protocol = protocolForEngine(record.protocol);
    const std::optional<int> number = parseProtocolNumber(flow.protocol);
    if (!number)
        return Error {ExplainWords::tr("unknown protocol %1").arg(record.protocol)};
    const bool hasPorts = *number == 6 || *number == 17 || *number == 132 || *number == 136;
    if (hasPorts) {
        if (!record.port) {
            return Error {ExplainWords::tr("the destination port is aggregated away "
                                           "(aggregation level 3): a trace needs it")};
        }
        flow.port = record.port;
    }
    return flow;
}

void FlowExplainer::explain(FlowGroup &g) const
{
    const FlowRecord &r = g.record;
    if (r.reporter != FlowReporter::Src && r.reporter != FlowReporter::Dst) {
        g.reason = ExplainWords::tr("records of forwarded traffic (reporter fwd) do not say which "
                                    "host endpoint forwarded them");
        return;
    }
    Result<Flow> flow = flowOf(r, m_resolver, &g.source, &g.destination, m_options.cluster);
    for (const ResolvedEnd *e : {&g.source, &g.destination}) {
        if (!e->note.isEmpty())
            g.notes.append(e->note);
    }
    if (!flow) {
        g.reason = flow.error().message;
        return;
    }
    g.trace = m_engine.trace(*flow);
    if (!g.trace.ok()) {
        g.reason = g.trace.error;
        return;
    }
    g.resolved = true;
    if (m_options.suggest && g.trace.verdict == Verdict::Deny)
        g.change = smallestAllowingChange(m_engine, *flow, g.trace, m_options.maxOtherFlows);
    const DirectionTrace &side = *g.side();
    for (qsizetype i = side.steps.size() - 1; i >= 0; --i) {
        if (decides(side.steps.at(i).action)) {
            g.engineStep = int(i);
            break;
        }
    }
    for (qsizetype i = r.enforced.size() - 1; i >= 0; --i) {
        if (!r.enforced.at(i).isStaged()) {
            g.loggedHit = r.enforced.at(i);
            break;
        }
    }
    const QString sideName = r.reporter == FlowReporter::Src
        ? ExplainWords::tr("egress at %1").arg(g.trace.egress.endpoint)
        : ExplainWords::tr("ingress at %1").arg(g.trace.ingress.endpoint);
    const Verdict logged = r.action == FlowAction::Allow ? Verdict::Allow : Verdict::Deny;
    if (r.action == FlowAction::Allow || r.action == FlowAction::Deny) {
        if (logged != side.verdict) {
            g.differences.append(
                ExplainWords::tr("verdict (%1): logged %2, engine %3")
                    .arg(sideName, flowActionName(r.action), verdictName(side.verdict)));
        }
    } else {
        g.differences.append(ExplainWords::tr("the log has no allow or deny action to compare (%1)")
                                 .arg(flowActionName(r.action)));
    }
    for (const PolicyHit &hit : r.enforced) {
        if (hit.kind == HitKind::Profile || hit.kind == HitKind::Unknown)
            continue;
        if (m_hits.find(hit) < 0) {
            g.differences.append(
                ExplainWords::tr("the logged policy %1 %2 is not in the workspace")
                    .arg(hitKindName(hit.kind),
                        hit.namespace_.isEmpty() ? hit.name : hit.namespace_ + u'/' + hit.name));
        }
    }
    if (g.loggedHit && g.engineStep >= 0) {
        const TraceStep &step = side.steps.at(g.engineStep);
        if (!m_hits.sameRule(*g.loggedHit, step)) {
            QString engine = step.policy.isEmpty() ? step.action
                                                   : QStringLiteral("%1 %2 rule %3 %4")
                                                         .arg(step.kind, step.policy)
                                                         .arg(step.rule)
                                                         .arg(step.action);
            if (!step.tier.isEmpty())
                engine = ExplainWords::tr("tier %1: %2").arg(step.tier, engine);
            g.differences.append(ExplainWords::tr("deciding rule: logged %1, engine %2")
                                     .arg(hitDescription(*g.loggedHit), engine));
        }
    }
    g.agree = g.differences.isEmpty();
}

FlowLogRead readFlowLog(FlowLogReader &reader, const FlowExplainOptions &options,
    const std::function<void(const FlowRecord &)> &consume)
{
    FlowLogRead read;
    qint64 seen = 0;
    FlowRecord record;
    Error error;
    for (;;) {
        const FlowLogReader::Status status = reader.next(record, error);
        if (status == FlowLogReader::Status::End) {
            if (!error.message.isEmpty()) {
                ++read.invalid;
                read.errors.append(error);
            }
            break;
        }
        if (status == FlowLogReader::Status::Invalid) {
            ++read.invalid;
            if (read.errors.size() < options.maxErrors)
                read.errors.append(error);
            error = {};
        } else {
            consume(record);
        }
        if (++seen % kProgressEvery == 0 && options.progress
            && !options.progress(reader.bytesRead(), reader.totalBytes(), seen)) {
            read.cancelled = true;
            break;
        }
    }
    if (options.progress && !read.cancelled)
        options.progress(reader.bytesRead(), reader.totalBytes(), seen);
    return read;
}

FlowExplanation explainFlowLog(
    const PolicyEngine &engine, FlowLogReader &reader, const FlowExplainOptions &options)
{
    FlowExplainer explainer(engine, options);
    FlowLogRead read
        = readFlowLog(reader, options, [&explainer](const FlowRecord &r) { explainer.add(r); });
    FlowExplanation result = explainer.take();
    result.errors = std::move(read.errors);
    result.invalid = read.invalid;
    result.cancelled = read.cancelled;
    return result;
}

} // namespace ps
