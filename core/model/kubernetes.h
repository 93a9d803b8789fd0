#pragma once
// Kubernetes kinds: networking.k8s.io/v1 NetworkPolicy (and Calico's
// StagedKubernetesNetworkPolicy, which carries the same spec), and the inventory — Namespace,
// Pod, ServiceAccount, Service, EndpointSlice, Node and workload templates. Only the fields
// policy evaluation needs are kept; other fields of inventory objects are ignored on load.

#include <optional>

#include <QList>
#include <QStringList>

#include "core/model/kind.h"
#include "core/model/meta.h"
#include "core/model/source.h"

namespace ps {

struct LabelSelectorRequirement {
    QString key;
    QString op; // In, NotIn, Exists, DoesNotExist
    QStringList values;
    friend bool operator==(const LabelSelectorRequirement &, const LabelSelectorRequirement &)
        = default;
};

/// A Kubernetes metav1.LabelSelector. An empty selector ({}) matches everything.
struct LabelSelector {
    Labels matchLabels;
    QList<LabelSelectorRequirement> matchExpressions;
    bool isEmpty() const { return matchLabels.isEmpty() && matchExpressions.isEmpty(); }
    friend bool operator==(const LabelSelector &, const LabelSelector &) = default;
};

/// Kubernetes IntOrString port; exactly one of number / name is set when present.
struct K8sPort {
    QString protocol; // empty = not written (TCP)
    std::optional<int> number;
    QString name;
    std::optional<int> endPort;
    friend bool operator==(const K8sPort &, const K8sPort &) = default;
};

struct IpBlock {
    QString cidr;
    QStringList except;
    friend bool operator==(const IpBlock &, const IpBlock &) = default;
};

struct K8sPeer {
    std::optional<LabelSelector> podSelector;
    std::optional<LabelSelector> namespaceSelector;
    std::optional<IpBlock> ipBlock;
    friend bool operator==(const K8sPeer &, const K8sPeer &) = default;
};

struct K8sRule {
    QList<K8sPort> ports;
    QList<K8sPeer> peers; // `from` for ingress, `to` for egress
    friend bool operator==(const K8sRule &, const K8sRule &) = default;
};

struct KubernetesNetworkPolicy {
    bool staged = false; // StagedKubernetesNetworkPolicy
    QString stagedAction; // staged only; "Set" when not written
    ObjectMeta meta;
    LabelSelector podSelector;
    QStringList policyTypes;
    QList<K8sRule> ingress;
    QList<K8sRule> egress;
    Source source;
    friend bool operator==(const KubernetesNetworkPolicy &, const KubernetesNetworkPolicy &)
        = default;
};

struct Namespace {
    ObjectMeta meta;
    Source source;
    friend bool operator==(const Namespace &, const Namespace &) = default;
};

struct ServiceAccount {
    ObjectMeta meta;
    Source source;
    friend bool operator==(const ServiceAccount &, const ServiceAccount &) = default;
};

struct ContainerPort {
    QString name;
    int containerPort = 0;
    QString protocol; // TCP when not written
    friend bool operator==(const ContainerPort &, const ContainerPort &) = default;
};

struct Pod {
    ObjectMeta meta;
    QString serviceAccountName; // "default" when not written, as the API server does
    QString nodeName;
    bool hostNetwork = false;
    QList<ContainerPort> ports; // all containers' ports, in order
    QStringList podIPs; // status.podIPs (status.podIP first)
    Source source;
    friend bool operator==(const Pod &, const Pod &) = default;
};

/// Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob or ReplicationController:
/// the pod template is what policy sees.
struct WorkloadTemplate {
    ResourceKind kind = ResourceKind::Deployment;
    ObjectMeta meta;
    std::optional<int> replicas;
    Labels templateLabels;
    QString serviceAccountName;
    bool hostNetwork = false;
    QList<ContainerPort> ports;
    Source source;
    friend bool operator==(const WorkloadTemplate &, const WorkloadTemplate &) = default;
};

struct ServicePort {
    QString name;
    QString protocol; // TCP when not written
    int port = 0;
    std::optional<int> targetPortNumber;
    QString targetPortName;
    friend bool operator==(const ServicePort &, const ServicePort &) = default;
};

struct Service {
    ObjectMeta meta;
    std::optional<Labels> selector; // absent = a Service without selector (manual slices)
    QString type;
    QString clusterIP;
    QList<ServicePort> ports;
    Source source;
    friend bool operator==(const Service &, const Service &) = default;
};

struct EndpointSlicePort {
    QString name;
    QString protocol; // TCP when not written
    std::optional<int> port;
    friend bool operator==(const EndpointSlicePort &, const EndpointSlicePort &) = default;
};

struct EndpointSliceEndpoint {
    QStringList addresses;
    QString nodeName;
    QString targetPod; // targetRef name when kind Pod
    friend bool operator==(const EndpointSliceEndpoint &, const EndpointSliceEndpoint &) = default;
};

struct EndpointSlice {
    ObjectMeta meta;
    QString addressType; // IPv4, IPv6, FQDN
    QList<EndpointSliceEndpoint> endpoints;
    QList<EndpointSlicePort> ports;
    Source source;
    /// The owning Service: the kubernetes.io/service-name label.
    QString serviceName() const
    {
        return meta.labels.value(QStringLiteral("kubernetes.io/service-name"));
    }
    friend bool operator==(const EndpointSlice &, const EndpointSlice &) = default;
};

struct NodeAddress {
    QString type;
    QString address;
    friend bool operator==(const NodeAddress &, const NodeAddress &) = default;
};

struct Node {
    ObjectMeta meta;
    QList<NodeAddress> addresses;
    QStringList podCIDRs;
    Source source;
    friend bool operator==(const Node &, const Node &) = default;
};

} // namespace ps
