#include "ui/editor/podmatcher.h"

namespace ps {

PodMatcher::PodMatcher(const WorkspaceData &workspace)
{
    for (const Namespace &ns : workspace.namespaces) {
        Labels labels = ns.meta.labels;
        labels.insert(QStringLiteral("kubernetes.io/metadata.name"), ns.meta.name);
        m_namespaces.insert(ns.meta.name, labels);
    }
    for (const Pod &pod : workspace.pods) {
        if (pod.hostNetwork)
            continue;
        m_pods.append({pod.meta.namespace_, pod.meta.name, pod.meta.labels});
        // A namespace only pods name still has its name label.
        if (!m_namespaces.contains(pod.meta.namespace_)) {
            m_namespaces.insert(pod.meta.namespace_,
                {{QStringLiteral("kubernetes.io/metadata.name"), pod.meta.namespace_}});
        }
    }
}

bool PodMatcher::matches(const LabelSelector &selector, const Labels &labels)
{
    for (auto it = selector.matchLabels.cbegin(); it != selector.matchLabels.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend() || *found != it.value())
            return false;
    }
    for (const LabelSelectorRequirement &r : selector.matchExpressions) {
        const auto found = labels.constFind(r.key);
        const bool has = found != labels.cend();
        if (r.op == u"In") {
            if (!has || !r.values.contains(*found))
                return false;
        } else if (r.op == u"NotIn") {
            if (has && r.values.contains(*found))
                return false;
        } else if (r.op == u"Exists") {
            if (!has)
                return false;
        } else if (r.op == u"DoesNotExist") {
            if (has)
                return false;
        } else {
            return false; // an unknown operator selects nothing, as the API server refuses it
        }
    }
    return true;
}

QStringList PodMatcher::select(const QString &policyNamespace,
    const std::optional<LabelSelector> &pods, const std::optional<LabelSelector> &namespaces) const
{
    QStringList picked;
    for (const PodLabels &pod : m_pods) {
        if (namespaces) {
            if (!matches(*namespaces, m_namespaces.value(pod.namespace_)))
                continue;
        } else if (pod.namespace_ != policyNamespace) {
            continue;
        }
        if (pods && !matches(*pods, pod.labels))
            continue;
        picked.append(pod.namespace_ + u'/' + pod.name);
    }
    return picked;
}

} // namespace ps
