#include "core/validate/versionrules_p.h"

#include "core/model/builtintier.h"
#include "core/model/calico.h"
#include "core/model/dscp.h"
#include "core/model/kubernetes.h"
#include "core/validate/diagnosticsink.h"

namespace ps {

namespace {

QString notUnderstood(ResourceKind kind, CalicoVersion version, CalicoVersion since)
{
    return VersionRules::tr("Calico %1 does not understand %2 (it arrived in Calico %3); the "
                            "cluster would refuse it")
        .arg(calicoVersionName(version), kindDisplayName(kind), calicoVersionName(since));
}

} // namespace

void VersionRules::check(DiagnosticSink &sink, const CalicoPolicy &policy, CalicoVersion version)
{
    if (policy.isStaged() && !calicoHas(version, CalicoBehaviour::StagedKinds)) {
        sink.error(QStringLiteral("kind"),
            notUnderstood(policy.kind, version, calicoSince(CalicoBehaviour::StagedKinds)));
        return;
    }
    const QString &tier = effectiveTier(policy.tier);
    if (!calicoHas(version, CalicoBehaviour::Tiers)) {
        if (tier != defaultTierName()) {
            sink.error(QStringLiteral("spec.tier"),
                tr("Calico %1 has no tiers (they arrived in Calico %2); the policy cannot be in "
                   "tier \"%3\"")
                    .arg(calicoVersionName(version),
                        calicoVersionName(calicoSince(CalicoBehaviour::Tiers)), tier));
        }
        return;
    }
    if (calicoHas(version, CalicoBehaviour::TierPrefixedPolicyNames) && tier != defaultTierName()
        && !policy.meta.name.startsWith(tier + u'.')) {
        sink.error(QStringLiteral("metadata.name"),
            tr("Calico %1 requires the name of a policy in tier \"%2\" to start with \"%2.\" "
               "(Calico 3.32 dropped the rule)")
                .arg(calicoVersionName(version), tier));
    }
}

void VersionRules::check(DiagnosticSink &sink, const Tier &, CalicoVersion version)
{
    if (!calicoHas(version, CalicoBehaviour::Tiers)) {
        sink.error(QStringLiteral("kind"),
            notUnderstood(ResourceKind::Tier, version, calicoSince(CalicoBehaviour::Tiers)));
    }
}

void VersionRules::check(
    DiagnosticSink &sink, const KubernetesNetworkPolicy &policy, CalicoVersion version)
{
    if (policy.staged && !calicoHas(version, CalicoBehaviour::StagedKinds)) {
        sink.error(QStringLiteral("kind"),
            notUnderstood(ResourceKind::StagedKubernetesNetworkPolicy, version,
                calicoSince(CalicoBehaviour::StagedKinds)));
    }
}

void VersionRules::checkDscpAnnotation(
    DiagnosticSink &sink, const ObjectMeta &meta, CalicoVersion version)
{
    if (!calicoHas(version, CalicoBehaviour::EgressDscp))
        return;
    const auto it = meta.annotations.constFind(kDscpAnnotation);
    if (it == meta.annotations.cend())
        return;
    if (const Result<int> value = parseDscp(*it); !value) {
        sink.error(QStringLiteral("metadata.annotations.") + QString(kDscpAnnotation),
            tr("%1 (Felix marks none of this endpoint's traffic)").arg(value.error().message));
    }
}

} // namespace ps
