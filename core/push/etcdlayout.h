#pragma once
// How Calico's etcdv3 datastore keeps projectcalico.org/v3 resources, as libcalico-go's etcdv3
// backend (lib/backend/etcdv3, model/resource.go) stores them:
//
//   key    /calico/resources/v3/projectcalico.org/<plural>/<name>              (cluster-scoped)
//          /calico/resources/v3/projectcalico.org/<plural>/<namespace>/<name>  (namespaced)
//   value  the whole v3 object as compact JSON (kind, apiVersion, metadata, spec); metadata
//          carries uid and creationTimestamp but never resourceVersion, which is the key's
//          mod_revision when read.
//
// The four tiered policy kinds are stored under a name that depends on the release: up to 3.31
// a name without a dot gets the "default." prefix (3.28: every name, as its clientv3 did), from
// 3.32 the name is stored as given; from 3.30 the v3 name is also kept in the annotation
// projectcalico.org/metadata ({"name":"..."}), which wins when the object is read back. Calico
// labels tiered policies with projectcalico.org/tier (3.32: always; 3.29 to 3.31: outside the
// default tier only).

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/model/calicoversion.h"
#include "core/model/kind.h"

namespace ps {

/// "/calico/resources/v3/projectcalico.org/".
QByteArray etcdResourceRoot();
/// The kinds a push writes to etcd and a pull reads from it (those `version` has).
QList<ResourceKind> etcdStoredKinds(CalicoVersion version);
/// "globalnetworkpolicies"; empty for a kind etcd does not store here.
QString etcdPlural(ResourceKind kind);
/// The prefix every key of `kind` starts with: root + plural + "/".
QByteArray etcdKindPrefix(ResourceKind kind);
/// The key of a resource stored under `storedName`.
QByteArray etcdKey(ResourceKind kind, const QString &namespace_, const QString &storedName);

/// The kind, namespace and stored name a key names; nullopt for a key outside the layout.
struct EtcdKeyParts {
    ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
    QString namespace_;
    QString storedName;
};
std::optional<EtcdKeyParts> etcdKeyParts(const QByteArray &key);

/// True for GlobalNetworkPolicy, NetworkPolicy and their staged kinds.
bool etcdIsTieredPolicyKind(ResourceKind kind);
/// The name `version` stores a tiered policy named `name` under.
QString etcdStoredPolicyName(const QString &name, CalicoVersion version);
/// The v3 name of a tiered policy read back: the name in its projectcalico.org/metadata
/// annotation (`metadataName`, empty when there is none) wins; otherwise a default-tier
/// policy loses its "default." prefix.
QString etcdPolicyNameOnRead(
    const QString &storedName, const QString &tier, const QString &metadataName);
/// True when `version` labels a policy of `tier` with projectcalico.org/tier.
bool etcdLabelsTier(CalicoVersion version, const QString &tier);
/// True when `version` keeps a tiered policy's v3 name in projectcalico.org/metadata.
bool etcdKeepsPolicyNameAnnotation(CalicoVersion version);

/// Calico's annotation holding the v3 metadata of a stored policy.
inline constexpr char16_t kCalicoMetadataAnnotation[] = u"projectcalico.org/metadata";
/// Calico's label naming a policy's tier.
inline constexpr char16_t kCalicoTierLabel[] = u"projectcalico.org/tier";

} // namespace ps
