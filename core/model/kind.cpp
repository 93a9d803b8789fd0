#include "core/model/kind.h"

#include <QStringList>

namespace ps {

namespace {

struct KindInfo {
    ResourceKind kind;
    const char16_t *name;
    const char16_t *apiVersion;
    bool namespaced;
};

constexpr KindInfo kKinds[] = {
    {ResourceKind::GlobalNetworkPolicy, u"GlobalNetworkPolicy", u"projectcalico.org/v3", false},
    {ResourceKind::NetworkPolicy, u"NetworkPolicy", u"projectcalico.org/v3", true},
    {ResourceKind::StagedGlobalNetworkPolicy, u"StagedGlobalNetworkPolicy", u"projectcalico.org/v3",
        false},
    {ResourceKind::StagedNetworkPolicy, u"StagedNetworkPolicy", u"projectcalico.org/v3", true},
    {ResourceKind::StagedKubernetesNetworkPolicy, u"StagedKubernetesNetworkPolicy",
        u"projectcalico.org/v3", true},
    {ResourceKind::Tier, u"Tier", u"projectcalico.org/v3", false},
    {ResourceKind::Profile, u"Profile", u"projectcalico.org/v3", false},
    {ResourceKind::GlobalNetworkSet, u"GlobalNetworkSet", u"projectcalico.org/v3", false},
    {ResourceKind::NetworkSet, u"NetworkSet", u"projectcalico.org/v3", true},
    {ResourceKind::HostEndpoint, u"HostEndpoint", u"projectcalico.org/v3", false},
    {ResourceKind::IPPool, u"IPPool", u"projectcalico.org/v3", false},
    {ResourceKind::FelixConfiguration, u"FelixConfiguration", u"projectcalico.org/v3", false},
    {ResourceKind::KubernetesNetworkPolicy, u"NetworkPolicy", u"networking.k8s.io/v1", true},
    {ResourceKind::AdminNetworkPolicy, u"AdminNetworkPolicy", u"policy.networking.k8s.io/v1alpha1",
        false},
    {ResourceKind::BaselineAdminNetworkPolicy, u"BaselineAdminNetworkPolicy",
        u"policy.networking.k8s.io/v1alpha1", false},
    {ResourceKind::ClusterNetworkPolicy, u"ClusterNetworkPolicy",
        u"policy.networking.k8s.io/v1alpha2", false},
    {ResourceKind::Namespace, u"Namespace", u"v1", false},
    {ResourceKind::Pod, u"Pod", u"v1", true},
    {ResourceKind::ServiceAccount, u"ServiceAccount", u"v1", true},
    {ResourceKind::Service, u"Service", u"v1", true},
    {ResourceKind::Node, u"Node", u"v1", false},
    {ResourceKind::EndpointSlice, u"EndpointSlice", u"discovery.k8s.io/v1", true},
    {ResourceKind::Deployment, u"Deployment", u"apps/v1", true},
    {ResourceKind::ReplicaSet, u"ReplicaSet", u"apps/v1", true},
    {ResourceKind::StatefulSet, u"StatefulSet", u"apps/v1", true},
    {ResourceKind::DaemonSet, u"DaemonSet", u"apps/v1", true},
    {ResourceKind::Job, u"Job", u"batch/v1", true},
    {ResourceKind::CronJob, u"CronJob", u"batch/v1", true},
    {ResourceKind::ReplicationController, u"ReplicationController", u"v1", true},
};

const KindInfo &info(ResourceKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}

} // namespace

QStringView apiGroupOf(QStringView apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    return slash < 0 ? QStringView() : apiVersion.left(slash);
}

QString kindName(ResourceKind kind)
{
    return QStringView(info(kind).name).toString();
}

QString kindApiVersion(ResourceKind kind)
{
    return QStringView(info(kind).apiVersion).toString();
}

bool kindIsNamespaced(ResourceKind kind)
{
    return info(kind).namespaced;
}

bool kindIsCalico(ResourceKind kind)
{
    return QStringView(info(kind).apiVersion) == u"projectcalico.org/v3";
}

bool kindIsWorkloadTemplate(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Deployment:
    case ResourceKind::ReplicaSet:
    case ResourceKind::StatefulSet:
    case ResourceKind::DaemonSet:
    case ResourceKind::Job:
    case ResourceKind::CronJob:
    case ResourceKind::ReplicationController:
        return true;
    default:
        return false;
    }
}

QString kindDisplayName(ResourceKind kind)
{
    if (kind == ResourceKind::KubernetesNetworkPolicy)
        return QStringLiteral("KubernetesNetworkPolicy");
    // As Calico keys a converted ClusterNetworkPolicy.
    if (kind == ResourceKind::ClusterNetworkPolicy)
        return QStringLiteral("KubernetesClusterNetworkPolicy");
    return kindName(kind);
}

std::optional<ResourceKind> kindFromApiVersion(const QString &apiVersion, const QString &kind)
{
    for (const auto &k : kKinds) {
        if (kind != QStringView(k.name))
            continue;
        const QStringView kApi(k.apiVersion);
        if (apiVersion == kApi)
            return k.kind;
        // Only the version the API serves: projectcalico.org/v2 or apps/v1beta2 are refused
        // by calicoctl and by the API server ("no matches for kind"). An empty apiVersion is
        // accepted for Calico kinds, as calicoctl does.
        if (apiVersion.isEmpty() && kApi == u"projectcalico.org/v3")
            return k.kind;
    }
    // Kubernetes-only kinds written without apiVersion.
    if (apiVersion.isEmpty()) {
        for (const auto &k : kKinds) {
            if (kind == QStringView(k.name))
                return k.kind;
        }
    }
    return std::nullopt;
}

QStringList allKindNames()
{
    QStringList names;
    for (const auto &k : kKinds) {
        const QString n = QStringView(k.name).toString();
        if (!names.contains(n))
            names.append(n);
    }
    return names;
}

} // namespace ps
