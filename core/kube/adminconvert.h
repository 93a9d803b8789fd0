#pragma once
// AdminNetworkPolicy, BaselineAdminNetworkPolicy and ClusterNetworkPolicy → the Calico policy the
// chosen Calico release makes of each, as its converter does (libcalico-go's
// k8s/conversion: K8sAdminNetworkPolicyToCalico, K8sBaselineAdminNetworkPolicyToCalico,
// K8sClusterNetworkPolicyToCalico): a cluster-wide policy in the admin or baseline tier, order
// from the priority (1000 for the baseline), the subject as namespace and pod selectors, one rule
// per (protocol, peer) with the ports grouped and simplified, Accept as Allow, and a rule that
// cannot be converted replaced by a Deny rule when it would deny or pass (dropped when it would
// allow). docs/admin-tiers.md describes it in full.

#include <optional>

#include "core/model/adminpolicy.h"
#include "core/model/calicoversion.h"
#include "core/model/diagnostic.h"
#include "core/model/policy.h"

namespace ps {

struct AdminConversion {
    /// nullopt when `version` does not enforce the kind, or Calico skips the policy (a
    /// ClusterNetworkPolicy without a valid tier or subject); `skipped` says why.
    std::optional<CalicoPolicy> policy;
    QString skipped;
    Diagnostics diagnostics; // rules replaced or dropped, as Calico replaces or drops them
};

AdminConversion convertAdminPolicy(const AdminPolicy &policy, CalicoVersion version);

/// The converted policy as a projectcalico.org/v3 GlobalNetworkPolicy that `calicoctl apply`
/// takes (no Kubernetes identity), for `policyctl convert`.
CalicoPolicy asCalicoGlobalNetworkPolicy(const CalicoPolicy &converted);

} // namespace ps
