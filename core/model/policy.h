#pragma once
// CalicoPolicy: GlobalNetworkPolicy, NetworkPolicy and their Staged variants — one value type,
// the kind says which. A Kubernetes NetworkPolicy converted by core/io/kubeconvert is also a
// CalicoPolicy, of kind KubernetesNetworkPolicy (or StagedKubernetesNetworkPolicy). Defaults (tier
// "default", types) are applied by core/io on load exactly as Calico's API server applies them;
// whether the text writes `types` is in `source.fields`.

#include <optional>

#include <QList>
#include <QStringList>

#include "core/model/kind.h"
#include "core/model/meta.h"
#include "core/model/rule.h"
#include "core/model/source.h"

namespace ps {

struct CalicoPolicy {
    ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
    ObjectMeta meta;

    QString tier; // "default" when not written
    std::optional<double> order;
    QString selector;
    QString serviceAccountSelector;
    QString namespaceSelector; // GlobalNetworkPolicy kinds only
    QList<Rule> ingress;
    QList<Rule> egress;
    QStringList types; // after defaulting (docs/semantics.md)
    bool doNotTrack = false;
    bool preDNAT = false;
    bool applyOnForward = false;
    QStringList performanceHints;
    QString stagedAction; // Staged kinds: "Set" when not written

    Source source;

    bool isGlobal() const
    {
        return kind == ResourceKind::GlobalNetworkPolicy
            || kind == ResourceKind::StagedGlobalNetworkPolicy;
    }
    bool isStaged() const
    {
        return kind == ResourceKind::StagedGlobalNetworkPolicy
            || kind == ResourceKind::StagedNetworkPolicy
            || kind == ResourceKind::StagedKubernetesNetworkPolicy;
    }
    bool hasIngress() const { return types.contains(QStringLiteral("Ingress")); }
    bool hasEgress() const { return types.contains(QStringLiteral("Egress")); }

    friend bool operator==(const CalicoPolicy &, const CalicoPolicy &) = default;
};

/// Calico's types defaulting: no egress rules ⇒ [Ingress]; egress but no ingress rules ⇒
/// [Egress]; both ⇒ [Ingress, Egress]. Explicit types are returned unchanged.
QStringList defaultPolicyTypes(
    const QStringList &written, bool hasIngressRules, bool hasEgressRules);

} // namespace ps
