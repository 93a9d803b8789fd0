#include "core/flows/flowrecord.h"

#include <QCoreApplication>

namespace ps {

namespace {

struct RecordWords {
    Q_DECLARE_TR_FUNCTIONS(FlowLog)
};

} // namespace

QString flowActionName(FlowAction action)
{
    switch (action) {
    case FlowAction::Allow:
        return QStringLiteral("allow");
    case FlowAction::Deny:
        return QStringLiteral("deny");
    case FlowAction::Pass:
        return QStringLiteral("pass");
    case FlowAction::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString flowReporterName(FlowReporter reporter)
{
    switch (reporter) {
    case FlowReporter::Src:
        return QStringLiteral("src");
    case FlowReporter::Dst:
        return QStringLiteral("dst");
    case FlowReporter::Fwd:
        return QStringLiteral("fwd");
    case FlowReporter::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString flowFormatName(FlowFormat format)
{
    switch (format) {
    case FlowFormat::Whisker:
        return QStringLiteral("whisker");
    case FlowFormat::Goldmane:
        return QStringLiteral("goldmane");
    case FlowFormat::Enterprise:
        break;
    }
    return QStringLiteral("enterprise");
}

QString flowEndKindName(FlowEndKind kind)
{
    switch (kind) {
    case FlowEndKind::Workload:
        return QStringLiteral("wep");
    case FlowEndKind::HostEndpoint:
        return QStringLiteral("hep");
    case FlowEndKind::NetworkSet:
        return QStringLiteral("ns");
    case FlowEndKind::Network:
        return QStringLiteral("net");
    case FlowEndKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString hitKindName(HitKind kind)
{
    switch (kind) {
    case HitKind::CalicoNetworkPolicy:
        return QStringLiteral("NetworkPolicy");
    case HitKind::GlobalNetworkPolicy:
        return QStringLiteral("GlobalNetworkPolicy");
    case HitKind::StagedNetworkPolicy:
        return QStringLiteral("StagedNetworkPolicy");
    case HitKind::StagedGlobalNetworkPolicy:
        return QStringLiteral("StagedGlobalNetworkPolicy");
    case HitKind::StagedKubernetesNetworkPolicy:
        return QStringLiteral("StagedKubernetesNetworkPolicy");
    case HitKind::KubernetesNetworkPolicy:
        return QStringLiteral("KubernetesNetworkPolicy");
    case HitKind::AdminNetworkPolicy:
        return QStringLiteral("AdminNetworkPolicy");
    case HitKind::BaselineAdminNetworkPolicy:
        return QStringLiteral("BaselineAdminNetworkPolicy");
    case HitKind::ClusterNetworkPolicy:
        return QStringLiteral("ClusterNetworkPolicy");
    case HitKind::Profile:
        return QStringLiteral("Profile");
    case HitKind::Unknown:
        break;
    }
    return QString();
}

QString hitDescription(const PolicyHit &hit)
{
    const QString ref = hit.namespace_.isEmpty() ? hit.name : hit.namespace_ + u'/' + hit.name;
    QString policy = hitKindName(hit.kind);
    if (!ref.isEmpty())
        policy = policy.isEmpty() ? ref : policy + u' ' + ref;
    QString text;
    if (hit.endOfTier) {
        text = RecordWords::tr("end of tier %1 (%2, selected by %3)")
                   .arg(hit.tier, flowActionName(hit.action),
                       policy.isEmpty() ? RecordWords::tr("an unknown policy") : policy);
        return text;
    }
    text = policy;
    if (hit.rule)
        text += RecordWords::tr(" rule %1").arg(*hit.rule);
    text += u' ' + flowActionName(hit.action);
    if (!hit.tier.isEmpty())
        text = RecordWords::tr("tier %1: %2").arg(hit.tier, text);
    return text;
}

} // namespace ps
