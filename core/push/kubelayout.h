#pragma once
// Where a Kubernetes cluster serves what a push writes and a pull reads.
//
// Calico on the Kubernetes datastore comes in three layouts, told apart by the API groups the
// server lists (GET /apis), as Calico's own clients decide:
//   - projectcalico.org and crd.projectcalico.org both listed: the Calico API server
//     (aggregated) serves projectcalico.org/v3 over the crd.projectcalico.org/v1 CRDs;
//   - projectcalico.org only: native projectcalico.org/v3 CRDs (Calico 3.32 and later);
//   - crd.projectcalico.org only: the v1 CRDs without an API server. Writing those by hand
//     bypasses Calico's validation and defaulting (calicoctl does them client-side), so a push
//     refuses this layout; a pull reads it, unpacking the v3 metadata Calico keeps in the
//     annotation projectcalico.org/metadata.
// Kubernetes NetworkPolicies are networking.k8s.io/v1; the inventory (namespaces, pods,
// service accounts, services, nodes) is the core group v1.

#include <QList>
#include <QString>

#include "core/model/calicoversion.h"
#include "core/model/kind.h"

namespace ps {

enum class KubeLayout { ApiServer, NativeCrds, CrdV1 };

/// "Calico API server", "native projectcalico.org/v3 CRDs", ...
QString kubeLayoutName(KubeLayout layout);
/// "api-server", "native-crds", "crd-v1" (the JSON report's words).
QString kubeLayoutKey(KubeLayout layout);

/// The kinds a push writes, in the order they are applied (tiers and sets before the
/// policies that use them; deletions run in the reverse order).
QList<ResourceKind> kubePushedKinds(CalicoVersion version);
/// The kinds a pull reads: the inventory, then the pushed kinds.
QList<ResourceKind> kubePulledKinds(CalicoVersion version);
/// "globalnetworkpolicies", "pods", ...; empty for a kind neither pushed nor pulled.
QString kubePlural(ResourceKind kind);
/// "projectcalico.org/v3" (or "crd.projectcalico.org/v1" in the v1 layout),
/// "networking.k8s.io/v1", "v1".
QString kubeGroupVersion(ResourceKind kind, KubeLayout layout);
/// The collection's path: of one namespace, or of every namespace when `namespace_` is empty.
QString kubeCollectionPath(ResourceKind kind, KubeLayout layout, const QString &namespace_ = {});
/// The path of one object.
QString kubeObjectPath(
    ResourceKind kind, KubeLayout layout, const QString &namespace_, const QString &name);

} // namespace ps
