#pragma once
// AdminNetworkPolicy and BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) rewritten
// as the ClusterNetworkPolicy (v1alpha2) that says the same, for the move to Calico 3.32, which
// enforces only the latter. An AdminNetworkPolicy becomes a ClusterNetworkPolicy of tier Admin
// with its priority; the BaselineAdminNetworkPolicy one of tier Baseline with priority 1000 (the
// order Calico gave it). Each keeps its name, labels, annotations, subject and rules, field by
// field: Allow → Accept, Deny and Pass as they are, a port number or range under its protocol
// (TCP when none is written), peers as they are.
//
// What a ClusterNetworkPolicy cannot say the same way is never changed silently: the policy is
// not rewritten and an error says why (a named port, which Calico up to 3.31 does not convert and
// so matches every port while a ClusterNetworkPolicy's matches one; more than 25 rules, peers or
// ports; text Policy Studio does not keep, such as a metadata field it does not read; a name
// another ClusterNetworkPolicy already has). core/eval/adminmigration.h proves the result
// equivalent; docs/admin-tiers.md describes both.

#include <optional>

#include <QList>

#include "core/model/adminpolicy.h"
#include "core/model/diagnostic.h"
#include "core/model/resourceid.h"
#include "core/model/workspace.h"

namespace ps {

/// The priority the BaselineAdminNetworkPolicy gets: the order Calico converts it to.
inline constexpr int kMigratedBaselinePriority = 1000;

struct AdminPolicyMigration {
    /// The ClusterNetworkPolicy, or nullopt when the policy cannot be rewritten (`problems`
    /// says why) or is not an AdminNetworkPolicy or BaselineAdminNetworkPolicy.
    std::optional<AdminPolicy> clusterPolicy;
    /// Errors, each on the field that cannot be rewritten, in the policy's file and line.
    Diagnostics problems;
};

/// One AdminNetworkPolicy or BaselineAdminNetworkPolicy as a ClusterNetworkPolicy. The result
/// keeps the policy's Source (its id too: it replaces the policy) but not its uid,
/// resourceVersion and creationTimestamp, which belong to the object it replaces.
AdminPolicyMigration migrateAdminPolicy(const AdminPolicy &policy);

/// One policy rewritten: it keeps its id and name.
struct MigratedPolicy {
    ResourceId id;
    ResourceKind from = ResourceKind::AdminNetworkPolicy;
    QString name;
    QString tier; // Admin or Baseline
    std::optional<int> priority;
};

struct WorkspaceMigration {
    /// The workspace with every AdminNetworkPolicy and BaselineAdminNetworkPolicy that can be
    /// rewritten replaced, in its place, by its ClusterNetworkPolicy; everything else (the
    /// policies that cannot be rewritten included) as it was. Its release is `to`.
    Workspace migrated;
    /// The policies rewritten, in the order of the input.
    QList<MigratedPolicy> rewritten;
    /// Errors: what cannot be rewritten (that policy stays as it was).
    Diagnostics problems;
    /// The AdminNetworkPolicies and BaselineAdminNetworkPolicies of the input.
    qsizetype sources = 0;
};

/// Every AdminNetworkPolicy and BaselineAdminNetworkPolicy of `workspace` rewritten (see the
/// file comment); a name that a ClusterNetworkPolicy of the workspace, or one rewritten before
/// it, already has is an error on the later policy.
WorkspaceMigration migrateToClusterNetworkPolicies(
    const Workspace &workspace, CalicoVersion to = CalicoVersion::V3_32);

} // namespace ps
