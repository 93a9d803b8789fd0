#include "core/push/kubelayout.h"

#include <QUrl>

#include "core/push/etcdlayout.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

QString kubeLayoutName(KubeLayout layout)
{
    switch (layout) {
    case KubeLayout::ApiServer:
        return u"Calico API server (projectcalico.org/v3)"_s;
    case KubeLayout::NativeCrds:
        return u"native projectcalico.org/v3 CRDs"_s;
    case KubeLayout::CrdV1:
        return u"crd.projectcalico.org/v1 CRDs without the Calico API server"_s;
    }
    return {};
}

QString kubeLayoutKey(KubeLayout layout)
{
    switch (layout) {
    case KubeLayout::ApiServer:
        return u"api-server"_s;
    case KubeLayout::NativeCrds:
        return u"native-crds"_s;
    case KubeLayout::CrdV1:
        return u"crd-v1"_s;
    }
    return {};
}

QList<ResourceKind> kubePushedKinds(CalicoVersion version)
{
    // etcdStoredKinds() knows which Calico kinds a release has; profiles are synthesized on
    // the Kubernetes datastore (read-only), so never pushed.
    const QList<ResourceKind> calico = etcdStoredKinds(version);
    QList<ResourceKind> out;
    for (const ResourceKind kind :
        {ResourceKind::Tier, ResourceKind::GlobalNetworkSet, ResourceKind::NetworkSet,
            ResourceKind::HostEndpoint, ResourceKind::GlobalNetworkPolicy,
            ResourceKind::NetworkPolicy, ResourceKind::StagedGlobalNetworkPolicy,
            ResourceKind::StagedNetworkPolicy, ResourceKind::StagedKubernetesNetworkPolicy}) {
        if (calico.contains(kind))
            out.append(kind);
    }
    out.append(ResourceKind::KubernetesNetworkPolicy);
    return out;
}

QList<ResourceKind> kubePulledKinds(CalicoVersion version)
{
    return QList<ResourceKind> {ResourceKind::Namespace, ResourceKind::Node,
               ResourceKind::ServiceAccount, ResourceKind::Pod, ResourceKind::Service}
    + kubePushedKinds(version);
}

QString kubePlural(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::KubernetesNetworkPolicy:
        return u"networkpolicies"_s;
    case ResourceKind::Namespace:
        return u"namespaces"_s;
    case ResourceKind::Pod:
        return u"pods"_s;
    case ResourceKind::ServiceAccount:
        return u"serviceaccounts"_s;
    case ResourceKind::Service:
        return u"services"_s;
    case ResourceKind::Node:
        return u"nodes"_s;
    case ResourceKind::Profile:
        return {};
    default:
        return etcdPlural(kind);
    }
}

QString kubeGroupVersion(ResourceKind kind, KubeLayout layout)
{
    if (kind == ResourceKind::KubernetesNetworkPolicy)
        return u"networking.k8s.io/v1"_s;
    if (!kindIsCalico(kind))
        return u"v1"_s;
    return layout == KubeLayout::CrdV1 ? u"crd.projectcalico.org/v1"_s : u"projectcalico.org/v3"_s;
}

QString kubeCollectionPath(ResourceKind kind, KubeLayout layout, const QString &namespace_)
{
    const QString gv = kubeGroupVersion(kind, layout);
    QString path = gv == u"v1"_s ? u"/api/v1"_s : u"/apis/"_s + gv;
    if (kindIsNamespaced(kind) && !namespace_.isEmpty())
        path += u"/namespaces/"_s + QString::fromUtf8(QUrl::toPercentEncoding(namespace_));
    return path + u'/' + kubePlural(kind);
}

QString kubeObjectPath(
    ResourceKind kind, KubeLayout layout, const QString &namespace_, const QString &name)
{
    return kubeCollectionPath(kind, layout, namespace_) + u'/'
        + QString::fromUtf8(QUrl::toPercentEncoding(name));
}

} // namespace ps
