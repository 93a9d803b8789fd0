#pragma once
// Export of policies for applying them to a cluster: only policies (and the tiers they need),
// in the order Calico evaluates them, as one YAML stream — what File ▸ Export writes. Unlike
// the workspace's own files it holds no inventory (namespaces, pods...), which calicoctl
// refuses and which a cluster has already.

#include <QByteArray>
#include <QList>

#include "core/model/resourceid.h"
#include "core/model/workspace.h"

namespace ps {

enum class PolicyExportTarget {
    /// `calicoctl apply -f`: the Tier resources the exported policies use (those the workspace
    /// defines; built-in tiers exist in every cluster), then the Calico policies and staged
    /// policies in evaluation order.
    Calicoctl,
    /// `kubectl apply -f`: the Kubernetes NetworkPolicies, by namespace and name.
    Kubectl,
};

struct PolicyExport {
    QByteArray yaml; // the documents, separated by "---" lines; empty when nothing matched
    int count = 0; // resources written, tiers included
    /// Selected policies the target cannot take (Calico policies for kubectl, Kubernetes ones
    /// for calicoctl), as "Kind namespace/name", so the caller can say they were not written.
    QStringList skipped;
    /// Selected policies not written because their text could not be read as written (a
    /// value or field Policy Studio could not read): writing what was read would drop that
    /// part and could make a rule broader. "Kind namespace/name: reason", one each.
    QStringList unreadable;
};

/// The policies of `workspace` with identities `ids` (every policy when `ids` is empty) for
/// `target`.
PolicyExport exportPolicies(
    const Workspace &workspace, const QList<ResourceId> &ids, PolicyExportTarget target);

} // namespace ps
