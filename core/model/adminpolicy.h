#pragma once
// AdminPolicy: the cluster-wide policies of the Kubernetes network-policy API that Calico puts
// in its admin tiers — AdminNetworkPolicy and BaselineAdminNetworkPolicy
// (policy.networking.k8s.io/v1alpha1) and ClusterNetworkPolicy (policy.networking.k8s.io/
// v1alpha2). One value type, the kind says which; core/kube/adminconvert turns it into the
// Calico policy the chosen release makes of it.

#include <optional>

#include <QList>
#include <QStringList>

#include "core/model/kind.h"
#include "core/model/kubernetes.h"
#include "core/model/meta.h"
#include "core/model/source.h"

namespace ps {

/// `pods:` of a subject or peer: pods chosen by a namespace selector and a pod selector.
struct AdminPods {
    LabelSelector namespaceSelector;
    LabelSelector podSelector;
    friend bool operator==(const AdminPods &, const AdminPods &) = default;
};

/// One entry of a rule's `ports` (AdminNetworkPolicy) or `protocols` (ClusterNetworkPolicy):
/// a port number, a port range or a named port, each with its protocol (empty: not written).
struct AdminPort {
    QString protocol; // TCP, UDP, SCTP; ClusterNetworkPolicy: the key written (tcp/udp/sctp)
    std::optional<int> port;
    std::optional<int> start;
    std::optional<int> end;
    QString namedPort;
    friend bool operator==(const AdminPort &, const AdminPort &) = default;
};

/// One peer of `from` / `to`: exactly one of its fields should be set.
struct AdminPeer {
    std::optional<LabelSelector> namespaces;
    std::optional<AdminPods> pods;
    QStringList networks; // egress only
    /// Egress `nodes:`: the nodes its label selector picks, by their host addresses (Calico does
    /// not convert such a peer); empty selects every node.
    std::optional<LabelSelector> nodes;
    friend bool operator==(const AdminPeer &, const AdminPeer &) = default;
};

struct AdminRule {
    QString name;
    QString action; // ANP: Allow, Deny, Pass; BANP: Allow, Deny; CNP: Accept, Deny, Pass
    QList<AdminPeer> peers; // `from` of an ingress rule, `to` of an egress rule
    QList<AdminPort> ports;
    friend bool operator==(const AdminRule &, const AdminRule &) = default;
};

struct AdminPolicy {
    ResourceKind kind = ResourceKind::AdminNetworkPolicy;
    ObjectMeta meta;
    QString tier; // ClusterNetworkPolicy: Admin or Baseline
    std::optional<int> priority; // not in BaselineAdminNetworkPolicy
    std::optional<LabelSelector> subjectNamespaces;
    std::optional<AdminPods> subjectPods;
    QList<AdminRule> ingress;
    QList<AdminRule> egress;
    Source source;
    friend bool operator==(const AdminPolicy &, const AdminPolicy &) = default;
};

} // namespace ps
