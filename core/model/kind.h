#pragma once
// ResourceKind: every kind Policy Studio reads, with its apiVersion and List kind names.

#include <optional>

#include <QString>

namespace ps {

enum class ResourceKind {
    // projectcalico.org/v3
    GlobalNetworkPolicy,
    NetworkPolicy,
    StagedGlobalNetworkPolicy,
    StagedNetworkPolicy,
    StagedKubernetesNetworkPolicy,
    Tier,
    Profile,
    GlobalNetworkSet,
    NetworkSet,
    HostEndpoint,
    IPPool,
    FelixConfiguration,
    // networking.k8s.io/v1
    KubernetesNetworkPolicy,
    // policy.networking.k8s.io/v1alpha1, v1alpha2
    AdminNetworkPolicy,
    BaselineAdminNetworkPolicy,
    ClusterNetworkPolicy,
    // v1
    Namespace,
    Pod,
    ServiceAccount,
    Service,
    Node,
    // discovery.k8s.io/v1
    EndpointSlice,
    // apps/v1, batch/v1, v1 — workload templates
    Deployment,
    ReplicaSet,
    StatefulSet,
    DaemonSet,
    Job,
    CronJob,
    ReplicationController,
};

/// The `kind:` as written in YAML ("NetworkPolicy" for both the Calico and the Kubernetes
/// kind; apiVersion tells them apart).
QString kindName(ResourceKind kind);
/// The apiVersion written for the kind ("projectcalico.org/v3", "networking.k8s.io/v1", ...).
QString kindApiVersion(ResourceKind kind);
/// Resolve apiVersion + kind: only the version the API serves (group and version); an empty
/// apiVersion is accepted for Calico kinds (calicoctl does the same). nullopt when unknown.
std::optional<ResourceKind> kindFromApiVersion(const QString &apiVersion, const QString &kind);
/// "projectcalico.org" of "projectcalico.org/v3"; empty for the core group ("v1").
QStringView apiGroupOf(QStringView apiVersion);
/// True for kinds that live in a namespace.
bool kindIsNamespaced(ResourceKind kind);
/// True for projectcalico.org/v3 kinds (validated strictly: unknown fields are errors).
bool kindIsCalico(ResourceKind kind);
bool kindIsWorkloadTemplate(ResourceKind kind);
/// The name shown to users where Calico and Kubernetes kinds share a `kind:`
/// ("KubernetesNetworkPolicy" vs "NetworkPolicy").
QString kindDisplayName(ResourceKind kind);
/// Every kind name that may be written, for "did you mean" suggestions.
QStringList allKindNames();

} // namespace ps
