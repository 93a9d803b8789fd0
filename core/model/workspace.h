#pragma once
// Workspace: an immutable snapshot of Calico resources and the cluster inventory. Copies are
// cheap (shared data); an edit makes a new Workspace via edited(), leaving this one untouched,
// so a Workspace can be handed to worker threads freely.

#include <functional>
#include <memory>

#include <QList>

#include "core/model/adminpolicy.h"
#include "core/model/calico.h"
#include "core/model/calicoversion.h"
#include "core/model/kubernetes.h"
#include "core/model/policy.h"

namespace ps {

struct WorkspaceData {
    // projectcalico.org/v3
    QList<CalicoPolicy> policies; // GNP, NP, StagedGNP, StagedNP — in load order
    QList<Tier> tiers;
    QList<Profile> profiles;
    QList<NetworkSet> networkSets; // NetworkSet and GlobalNetworkSet
    QList<HostEndpoint> hostEndpoints;
    QList<IpPool> ipPools;
    QList<FelixConfiguration> felixConfigurations; // `default` and `node.<name>`
    // Kubernetes policy (networking.k8s.io/v1 NetworkPolicy, StagedKubernetesNetworkPolicy)
    QList<KubernetesNetworkPolicy> kubernetesPolicies;
    // AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy
    QList<AdminPolicy> adminPolicies;
    // inventory
    QList<Namespace> namespaces;
    QList<Pod> pods;
    QList<ServiceAccount> serviceAccounts;
    QList<Service> services;
    QList<EndpointSlice> endpointSlices;
    QList<Node> nodes;
    QList<WorkloadTemplate> workloads;
    // the workspace setting: the Calico release the workspace is read, validated and
    // evaluated for
    CalicoVersion calicoVersion = kNewestCalicoVersion;

    friend bool operator==(const WorkspaceData &, const WorkspaceData &) = default;
};

/// Calls `f(&WorkspaceData::list)` for every resource list, in WorkspaceData's order: the one
/// place that knows them all (merging, counting, splitting by file, renumbering).
template<class F> void forEachResourceList(F &&f)
{
    f(&WorkspaceData::policies);
    f(&WorkspaceData::tiers);
    f(&WorkspaceData::profiles);
    f(&WorkspaceData::networkSets);
    f(&WorkspaceData::hostEndpoints);
    f(&WorkspaceData::ipPools);
    f(&WorkspaceData::felixConfigurations);
    f(&WorkspaceData::kubernetesPolicies);
    f(&WorkspaceData::adminPolicies);
    f(&WorkspaceData::namespaces);
    f(&WorkspaceData::pods);
    f(&WorkspaceData::serviceAccounts);
    f(&WorkspaceData::services);
    f(&WorkspaceData::endpointSlices);
    f(&WorkspaceData::nodes);
    f(&WorkspaceData::workloads);
}

/// The index in `list` of the resource with identity `id`, or -1.
template<class T> qsizetype indexOfResource(const QList<T> &list, ResourceId id)
{
    if (id.isNull())
        return -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].source.id == id)
            return i;
    }
    return -1;
}

class Workspace {
public:
    Workspace();
    /// Every resource without an id, or with an id an earlier resource of its list already has
    /// (a copy), gets a fresh one.
    explicit Workspace(WorkspaceData data);

    const WorkspaceData &data() const { return *m_data; }
    const WorkspaceData *operator->() const { return m_data.get(); }

    /// A new Workspace: a copy of this one changed by `edit`. Resources keep their ids; added
    /// ones (null id, or a copy's id) get fresh ones. Lists `edit` did not write are not
    /// scanned, so an edit costs what it changes.
    Workspace edited(const std::function<void(WorkspaceData &)> &edit) const;
    /// Everything of `other` appended after this one's resources.
    Workspace merged(const Workspace &other) const;

    /// Number of resources of every kind.
    qsizetype resourceCount() const;
    bool isEmpty() const { return resourceCount() == 0; }

    friend bool operator==(const Workspace &a, const Workspace &b)
    {
        return a.m_data == b.m_data || *a.m_data == *b.m_data;
    }

private:
    std::shared_ptr<const WorkspaceData> m_data;
};

} // namespace ps
