#pragma once
// resourceKindOf(): the ResourceKind of a resource of any list of WorkspaceData, for code that
// walks every list with forEachResourceList (admission, the workspace store).

#include "core/model/adminpolicy.h"
#include "core/model/calico.h"
#include "core/model/kind.h"
#include "core/model/kubernetes.h"
#include "core/model/policy.h"

namespace ps {

inline ResourceKind resourceKindOf(const CalicoPolicy &r)
{
    return r.kind;
}
inline ResourceKind resourceKindOf(const Tier &)
{
    return ResourceKind::Tier;
}
inline ResourceKind resourceKindOf(const Profile &)
{
    return ResourceKind::Profile;
}
inline ResourceKind resourceKindOf(const NetworkSet &r)
{
    return r.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet;
}
inline ResourceKind resourceKindOf(const HostEndpoint &)
{
    return ResourceKind::HostEndpoint;
}
inline ResourceKind resourceKindOf(const IpPool &)
{
    return ResourceKind::IPPool;
}
inline ResourceKind resourceKindOf(const FelixConfiguration &)
{
    return ResourceKind::FelixConfiguration;
}
inline ResourceKind resourceKindOf(const KubernetesNetworkPolicy &r)
{
    return r.staged ? ResourceKind::StagedKubernetesNetworkPolicy
                    : ResourceKind::KubernetesNetworkPolicy;
}
inline ResourceKind resourceKindOf(const AdminPolicy &r)
{
    return r.kind;
}
inline ResourceKind resourceKindOf(const Namespace &)
{
    return ResourceKind::Namespace;
}
inline ResourceKind resourceKindOf(const Pod &)
{
    return ResourceKind::Pod;
}
inline ResourceKind resourceKindOf(const ServiceAccount &)
{
    return ResourceKind::ServiceAccount;
}
inline ResourceKind resourceKindOf(const Service &)
{
    return ResourceKind::Service;
}
inline ResourceKind resourceKindOf(const EndpointSlice &)
{
    return ResourceKind::EndpointSlice;
}
inline ResourceKind resourceKindOf(const Node &)
{
    return ResourceKind::Node;
}
inline ResourceKind resourceKindOf(const WorkloadTemplate &r)
{
    return r.kind;
}

} // namespace ps
