#pragma once
// CalicoVersion: the Calico releases Policy Studio models (3.28 to 3.32) and the one table of
// what changed between them. Each row names a behaviour, the release that introduced it and the
// release that removed it; everything that depends on the version (which kinds a release
// understands, the tiers it creates, how it names and converts policies) asks here. The
// workspace carries the version it is analysed for (WorkspaceData::calicoVersion).

#include <optional>
#include <span>

#include <QString>
#include <QStringList>

#include "core/model/kind.h"

namespace ps {

enum class CalicoVersion {
    V3_28,
    V3_29,
    V3_30,
    V3_31,
    V3_32,
};

/// The newest release modelled: the default of the workspace setting and --calico-version.
inline constexpr CalicoVersion kNewestCalicoVersion = CalicoVersion::V3_32;

enum class CalicoBehaviour {
    /// The Tier kind and a policy's spec.tier.
    Tiers,
    /// A policy outside the default tier must be named "<tier>.<name>".
    TierPrefixedPolicyNames,
    /// StagedGlobalNetworkPolicy, StagedNetworkPolicy, StagedKubernetesNetworkPolicy.
    StagedKinds,
    /// AdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) enforced in the admin tier.
    AdminNetworkPolicy,
    /// BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) in the baseline tier.
    BaselineAdminNetworkPolicy,
    /// ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2), Admin and Baseline tiers.
    ClusterNetworkPolicy,
    /// The admin tiers are "kube-admin" and "kube-baseline" (before: "adminnetworkpolicy" and
    /// "baselineadminnetworkpolicy").
    KubeAdminTierNames,
    /// A converted Kubernetes NetworkPolicy is named "knp.default.<name>".
    LegacyKubernetesPolicyNames,
    /// An admin policy's types come from the rules it converts to (before: from the rules
    /// written, so a direction whose rules all failed to convert still counted).
    AdminPolicyTypesFromConvertedRules,
    /// The datastore stores a default-tier policy whose name has no dot as "default.<name>"
    /// (before 3.29: every policy, as clientv3 prefixed them all).
    StoredDefaultTierPrefix,
    /// The datastore keeps a policy's v3 name in the annotation projectcalico.org/metadata.
    StoredPolicyNameAnnotation,
    /// Policies of the default tier are labelled projectcalico.org/tier too (before: only
    /// those of other tiers).
    DefaultTierLabel,
    /// Felix sets the DSCP field of traffic leaving the cluster from endpoints annotated
    /// qos.projectcalico.org/dscp (mangle cali-POSTROUTING jumps to cali-egress-dscp).
    EgressDscp,
};

struct CalicoVersionRow {
    CalicoBehaviour behaviour;
    CalicoVersion since; // the first release with the behaviour
    std::optional<CalicoVersion> until; // the first release without it again
    const char *change; // what the release changed, in a few words (English, for docs/tests)
};

/// Every behaviour that differs between the releases modelled, one row each.
std::span<const CalicoVersionRow> calicoVersionTable();
/// True when `version` has `behaviour`.
bool calicoHas(CalicoVersion version, CalicoBehaviour behaviour);

/// The first release with `behaviour`, and the first release without it again (nullopt: every
/// later release has it).
CalicoVersion calicoSince(CalicoBehaviour behaviour);
std::optional<CalicoVersion> calicoUntil(CalicoBehaviour behaviour);

/// The behaviour that says whether a release enforces the admin-tier kind `kind`
/// (AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy); nullopt for others.
std::optional<CalicoBehaviour> adminKindBehaviour(ResourceKind kind);
/// True when `version` converts and enforces the admin-tier kind `kind`.
bool calicoEnforces(CalicoVersion version, ResourceKind kind);

/// "3.32".
QString calicoVersionName(CalicoVersion version);
/// "3.28", "v3.29", "3.30.2" (a patch release means its minor release); nullopt otherwise.
std::optional<CalicoVersion> calicoVersionFromName(QStringView text);
/// Every release modelled, oldest first ("3.28", ..., "3.32").
QStringList calicoVersionNames();

/// The tier AdminNetworkPolicy (and ClusterNetworkPolicy tier Admin) converts into.
QString adminTierName(CalicoVersion version);
/// The tier BaselineAdminNetworkPolicy (and ClusterNetworkPolicy tier Baseline) converts into.
QString baselineTierName(CalicoVersion version);

} // namespace ps
