#pragma once
// PodMatcher: the pods of a workspace a Kubernetes NetworkPolicy's selectors pick, for the
// forms' live counts — a pod selector within the policy's namespace, a namespace selector (every
// pod of the namespaces it picks), or both. Namespaces carry the label kubernetes.io/metadata.name
// the API server adds; host-network pods are left out (no policy applies to them). A copy of the
// pods and namespaces is kept, so a matcher outlives the workspace it was made from.

#include <optional>

#include <QStringList>

#include "core/model/kubernetes.h"
#include "core/model/workspace.h"

namespace ps {

class PodMatcher {
public:
    PodMatcher() = default;
    explicit PodMatcher(const WorkspaceData &workspace);

    /// True when `selector` picks `labels` (an empty selector picks everything).
    static bool matches(const LabelSelector &selector, const Labels &labels);

    /// "namespace/name" of the pods picked, in workspace order. Without a namespace selector
    /// the pods of `policyNamespace`; without a pod selector every pod of the namespaces.
    QStringList select(const QString &policyNamespace, const std::optional<LabelSelector> &pods,
        const std::optional<LabelSelector> &namespaces) const;
    qsizetype podCount() const { return m_pods.size(); }

private:
    struct PodLabels {
        QString namespace_;
        QString name;
        Labels labels;
    };
    QList<PodLabels> m_pods;
    QMap<QString, Labels> m_namespaces;
};

} // namespace ps
