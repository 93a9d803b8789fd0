#pragma once
// What the Kubernetes API server fills in before Calico (or anyone) reads an object, for the
// fields whose default changes what a policy means (docs/semantics.md: "What the API server
// adds"). The model keeps every resource as written, so a save never writes these values; the
// analyses ask here for the values the cluster's copy has:
//
// * every Namespace carries the label kubernetes.io/metadata.name = its name (the API server
//   sets it on create and update, replacing any other value);
// * a NetworkPolicy without policyTypes gets [Ingress], plus Egress when it has egress rules
//   (StagedKubernetesNetworkPolicy is a Calico kind: Calico's own rule applies to it);
// * a NetworkPolicy port, container port, Service port or EndpointSlice port without a protocol
//   is TCP; a Service port without targetPort targets its port;
// * a Pod without serviceAccountName runs as "default".
//
// impliedValues() lists, per resource, the values that are implied rather than written (for
// the editor to show as such); withApiServerDefaults() writes them into a copy, for a front
// end that is asked to make them explicit.

#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/kubernetes.h"
#include "core/model/meta.h"
#include "core/model/workspace.h"

namespace ps {

/// The label every Namespace carries, set to its name.
inline const QString kNamespaceNameLabel = QStringLiteral("kubernetes.io/metadata.name");

/// A value the API server fills in: the field's path (as Diagnostic::path and Source use it) and
/// the value, as it would be written in YAML.
struct ImpliedValue {
    QString path;
    QString value;
    friend bool operator==(const ImpliedValue &, const ImpliedValue &) = default;
};

/// The labels the cluster's copy of the Namespace has: the written ones and
/// kubernetes.io/metadata.name = name.
Labels namespaceLabels(const Namespace &ns);

/// The policy types the policy is enforced with: as written; when none are written, for a
/// NetworkPolicy the API server's [Ingress] (+ Egress with egress rules), for a
/// StagedKubernetesNetworkPolicy Calico's [Ingress].
QStringList effectivePolicyTypes(const KubernetesNetworkPolicy &policy);

QList<ImpliedValue> impliedValues(const Namespace &ns);
QList<ImpliedValue> impliedValues(const KubernetesNetworkPolicy &policy);
/// serviceAccountName when neither it nor the deprecated serviceAccount field was written (the
/// loader has already filled the value in; the Source tells what the text holds).
QList<ImpliedValue> impliedValues(const Pod &pod);
QList<ImpliedValue> impliedValues(const Service &service);

/// `policy` with its implied values written out (policy types, port protocols): what the
/// cluster's copy holds.
KubernetesNetworkPolicy withApiServerDefaults(KubernetesNetworkPolicy policy);

/// A copy of `workspace` where every implied value above is written out (namespace labels,
/// policy types, port protocols). Resources keep their ids and sources.
Workspace withApiServerDefaults(const Workspace &workspace);

} // namespace ps
