#pragma once
// Kubernetes NetworkPolicy → Calico, as Calico's conversion does it (docs/semantics.md: "Kubernetes
// NetworkPolicy"): selectors with the orchestrator term, one Allow rule per (protocol group, peer),
// ports grouped and simplified, ipBlock → nets/notNets, types from policyTypes, order 1000, tier
// default. The result is a CalicoPolicy whose kind is KubernetesNetworkPolicy (or
// StagedKubernetesNetworkPolicy); `asCalicoNetworkPolicy` gives the NetworkPolicy that
// `policyctl convert` prints.

#include "core/model/calicoversion.h"
#include "core/model/diagnostic.h"
#include "core/model/kubernetes.h"
#include "core/model/policy.h"

namespace ps {

enum class KnpNaming {
    Current, // name unchanged, the kind tells converted policies apart (Calico HEAD)
    Legacy, // "knp.default.<name>" (Calico up to 3.31)
};

/// How `version` names converted policies.
KnpNaming knpNaming(CalicoVersion version);

struct KubeConversion {
    CalicoPolicy policy;
    Diagnostics diagnostics; // rules dropped because a port failed to parse, bad CIDRs
};

KubeConversion convertKubernetesPolicy(
    const KubernetesNetworkPolicy &policy, KnpNaming naming = KnpNaming::Current);

/// The converted policy as a projectcalico.org/v3 NetworkPolicy (StagedNetworkPolicy for a
/// staged one), ready to be written.
CalicoPolicy asCalicoNetworkPolicy(const CalicoPolicy &converted);

/// Calico's SimplifyPorts: named ports in input order, then the numeric ports sorted,
/// de-duplicated and coalesced into ranges — unless there is nothing to combine.
QList<Port> simplifyPorts(const QList<Port> &ports);

/// k8sSelectorToCalico: a Kubernetes LabelSelector as a Calico selector string.
/// `forPods` adds the `projectcalico.org/orchestrator == 'k8s'` term.
QString kubernetesSelectorToCalico(const LabelSelector &selector, bool forPods);

} // namespace ps
