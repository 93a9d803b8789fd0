#pragma once
// The endpoints a selector selects in the engine's inventory, for every front end that shows
// them live (the policy forms' "Endpoints selected", the Kubernetes form's pod counts). A
// Kubernetes selector is evaluated as Calico converts it: k8sSelectorToCalico, a namespace
// selector on the namespaces' profile labels, the policy's namespace otherwise — so the counts
// are the endpoints the converted policy applies to, workload templates' pods included.

#include <optional>

#include <QStringList>

#include "core/eval/policyengine.h"
#include "core/model/kubernetes.h"
#include "core/selector/selector.h"

namespace ps {

/// The endpoints (their refs, "namespace/name" or "hep:name") `selector` selects, in inventory
/// order.
QStringList endpointsSelectedBy(const PolicyEngine &engine, const Selector &selector);

/// The pods a Kubernetes NetworkPolicy selector of a policy in `policyNamespace` picks: with
/// `namespaces`, the pods of the namespaces it selects; without, the pods of `policyNamespace`;
/// `pods` narrows them (absent: every pod). Both absent picks nothing.
QStringList kubernetesSelectedPods(const PolicyEngine &engine, const QString &policyNamespace,
    const std::optional<LabelSelector> &pods, const std::optional<LabelSelector> &namespaces);

} // namespace ps
