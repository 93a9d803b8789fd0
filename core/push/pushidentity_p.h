#pragma once
// What the datastore targets of core/push (etcd, the Kubernetes API) agree on when they pair a
// workspace resource with a stored one and compare the two: which kinds a user expects to be
// pushed, a resource's identity, and the fields a server or a push adds that a comparison
// ignores. Private to core/push.

#include <QString>

#include "core/model/builtintier.h"
#include "core/model/resourcekindof.h"
#include "core/push/etcdlayout.h"

namespace ps::pushdetail {

/// The datastore a push writes to: they differ in what they add to an object.
enum class Datastore {
    Etcd,
    Kubernetes, // also keys identities by apiVersion; kubectl adds its last-applied annotation
};

/// The policy stack a push marks its objects with (one value for every target).
inline constexpr char16_t kStackAnnotation[] = u"policy-studio.io/stack";
inline constexpr char16_t kLastAppliedAnnotation[]
    = u"kubectl.kubernetes.io/last-applied-configuration";

/// Kinds a user may expect to be pushed; the inventory (pods, namespaces, services) is the
/// cluster's and never is.
inline bool isPolicyKind(ResourceKind kind)
{
    return kindIsCalico(kind) || kind == ResourceKind::KubernetesNetworkPolicy
        || kind == ResourceKind::AdminNetworkPolicy
        || kind == ResourceKind::BaselineAdminNetworkPolicy
        || kind == ResourceKind::ClusterNetworkPolicy;
}

template<class T> QString tierOf(const T &)
{
    return {};
}
inline QString tierOf(const CalicoPolicy &p)
{
    return effectiveTier(p.tier);
}

/// What pairs a workspace resource with a stored one: kind (and, for the Kubernetes API, its
/// apiVersion), namespace and v3 name; a default-tier policy's name without its "default."
/// prefix, since Calico up to 3.31 answers to both spellings of one object.
template<class T> QString identityOf(const T &r, Datastore store)
{
    const ResourceKind kind = resourceKindOf(r);
    QString name = r.meta.name;
    const QString prefix = defaultTierName() + u'.';
    if (etcdIsTieredPolicyKind(kind) && tierOf(r) == defaultTierName() && name.startsWith(prefix))
        name = name.mid(prefix.size());
    QString ns = r.meta.namespace_;
    if (kindIsNamespaced(kind) && ns.isEmpty())
        ns = QStringLiteral("default");
    QString identity = kindName(kind) + u'|';
    if (store == Datastore::Kubernetes)
        identity += kindApiVersion(kind) + u'|';
    return identity + ns + u'|' + name;
}

/// Removes what the datastore, Calico or a push adds to `r`, leaving what a comparison looks at.
template<class T> void normalize(T &r, Datastore store)
{
    r.meta.resourceVersion.clear();
    r.meta.uid.clear();
    r.meta.creationTimestamp.clear();
    r.meta.annotations.remove(QString::fromUtf16(kCalicoMetadataAnnotation));
    r.meta.annotations.remove(QString::fromUtf16(kStackAnnotation));
    if (store == Datastore::Kubernetes)
        r.meta.annotations.remove(QString::fromUtf16(kLastAppliedAnnotation));
    if (etcdIsTieredPolicyKind(resourceKindOf(r)))
        r.meta.labels.remove(QString::fromUtf16(kCalicoTierLabel));
    if (kindIsNamespaced(resourceKindOf(r)) && r.meta.namespace_.isEmpty())
        r.meta.namespace_ = QStringLiteral("default");
}

} // namespace ps::pushdetail
