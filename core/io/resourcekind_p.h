#pragma once
// The kind and the shown name ("namespace/name") of any resource value, for the parts of
// core/io that handle every resource list alike (the WorkspaceStore, the ResourcePatcher).
// Private to core/io.

#include <QString>

#include "core/model/calico.h"
#include "core/model/kind.h"
#include "core/model/kubernetes.h"
#include "core/model/policy.h"

namespace ps {

inline ResourceKind kindOf(const CalicoPolicy &r)
{
    return r.kind;
}
inline ResourceKind kindOf(const Tier &)
{
    return ResourceKind::Tier;
}
inline ResourceKind kindOf(const Profile &)
{
    return ResourceKind::Profile;
}
inline ResourceKind kindOf(const NetworkSet &r)
{
    return r.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet;
}
inline ResourceKind kindOf(const HostEndpoint &)
{
    return ResourceKind::HostEndpoint;
}
inline ResourceKind kindOf(const IpPool &)
{
    return ResourceKind::IPPool;
}
inline ResourceKind kindOf(const KubernetesNetworkPolicy &r)
{
    return r.staged ? ResourceKind::StagedKubernetesNetworkPolicy
                    : ResourceKind::KubernetesNetworkPolicy;
}
inline ResourceKind kindOf(const Namespace &)
{
    return ResourceKind::Namespace;
}
inline ResourceKind kindOf(const Pod &)
{
    return ResourceKind::Pod;
}
inline ResourceKind kindOf(const ServiceAccount &)
{
    return ResourceKind::ServiceAccount;
}
inline ResourceKind kindOf(const Service &)
{
    return ResourceKind::Service;
}
inline ResourceKind kindOf(const EndpointSlice &)
{
    return ResourceKind::EndpointSlice;
}
inline ResourceKind kindOf(const Node &)
{
    return ResourceKind::Node;
}
inline ResourceKind kindOf(const WorkloadTemplate &r)
{
    return r.kind;
}

template<class T> QString displayName(const T &r)
{
    return r.meta.namespace_.isEmpty() ? r.meta.name : r.meta.namespace_ + u'/' + r.meta.name;
}

} // namespace ps
