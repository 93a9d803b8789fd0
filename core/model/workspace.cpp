#include "core/model/workspace.h"

namespace ps {

Workspace::Workspace() : m_data(std::make_shared<const WorkspaceData>()) {}

Workspace::Workspace(WorkspaceData data)
    : m_data(std::make_shared<const WorkspaceData>(std::move(data)))
{
}

Workspace Workspace::edited(const std::function<void(WorkspaceData &)> &edit) const
{
    WorkspaceData copy = *m_data; // QList members share their storage until written
    edit(copy);
    return Workspace(std::move(copy));
}

Workspace Workspace::merged(const Workspace &other) const
{
    return edited([&other](WorkspaceData &d) {
        const WorkspaceData &o = other.data();
        d.policies += o.policies;
        d.tiers += o.tiers;
        d.profiles += o.profiles;
        d.networkSets += o.networkSets;
        d.hostEndpoints += o.hostEndpoints;
        d.kubernetesPolicies += o.kubernetesPolicies;
        d.namespaces += o.namespaces;
        d.pods += o.pods;
        d.serviceAccounts += o.serviceAccounts;
        d.services += o.services;
        d.endpointSlices += o.endpointSlices;
        d.nodes += o.nodes;
        d.workloads += o.workloads;
    });
}

qsizetype Workspace::resourceCount() const
{
    const WorkspaceData &d = *m_data;
    return d.policies.size() + d.tiers.size() + d.profiles.size() + d.networkSets.size()
        + d.hostEndpoints.size() + d.kubernetesPolicies.size() + d.namespaces.size()
        + d.pods.size() + d.serviceAccounts.size() + d.services.size()
        + d.endpointSlices.size() + d.nodes.size() + d.workloads.size();
}

} // namespace ps
