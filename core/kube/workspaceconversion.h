#pragma once
// WorkspaceConversion: every Kubernetes NetworkPolicy and admin-tier policy (AdminNetworkPolicy,
// BaselineAdminNetworkPolicy, ClusterNetworkPolicy) of a workspace converted at once, as
// `policyctl convert` prints them — the projectcalico.org/v3 (Staged)NetworkPolicies of
// asCalicoNetworkPolicy(), then the GlobalNetworkPolicies of asCalicoGlobalNetworkPolicy() for
// the Calico release of the workspace, in the order of the input, with what could not be
// converted.

#include <QtGlobal>

#include "core/kube/adminconvert.h"
#include "core/kube/kubeconvert.h"
#include "core/model/diagnostic.h"
#include "core/model/workspace.h"

namespace ps {

struct WorkspaceConversion {
    Workspace converted; // only the converted policies
    Diagnostics diagnostics; // rules left out, as Calico leaves them out
    qsizetype sources = 0; // the Kubernetes NetworkPolicies and admin-tier policies converted
    qsizetype ignored = 0; // the other resources of the input
};

WorkspaceConversion convertKubernetesPolicies(const Workspace &workspace, KnpNaming naming);

} // namespace ps
