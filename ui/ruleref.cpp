#include "ui/ruleref.h"

#include "core/model/kind.h"

namespace ps {

namespace {

QString namespacedName(const ObjectMeta &meta, const QString &name)
{
    const QString ns = meta.namespace_.isEmpty() ? QStringLiteral("default") : meta.namespace_;
    return ns + u'/' + name;
}

} // namespace

bool RuleRef::samePolicy(const RuleRef &other) const
{
    if (!id.isNull() && !other.id.isNull())
        return id == other.id;
    return kind == other.kind && policy == other.policy;
}

qsizetype policyIndex(const Workspace &workspace, const RuleRef &ref)
{
    const QList<CalicoPolicy> &policies = workspace->policies;
    if (!ref.id.isNull())
        return indexOfResource(policies, ref.id);
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const CalicoPolicy &p = policies[i];
        if (kindDisplayName(p.kind) != ref.kind)
            continue;
        const QString name
            = kindIsNamespaced(p.kind) ? namespacedName(p.meta, p.meta.name) : p.meta.name;
        if (name == ref.policy)
            return i;
    }
    return -1;
}

qsizetype kubernetesPolicyIndex(const Workspace &workspace, const RuleRef &ref)
{
    const QList<KubernetesNetworkPolicy> &policies = workspace->kubernetesPolicies;
    if (!ref.id.isNull())
        return indexOfResource(policies, ref.id);
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const KubernetesNetworkPolicy &p = policies[i];
        // Converted policies are named as written or with the legacy "knp.default." prefix.
        if (namespacedName(p.meta, p.meta.name) == ref.policy
            || namespacedName(p.meta, QStringLiteral("knp.default.") + p.meta.name) == ref.policy)
            return i;
    }
    return -1;
}

RuleRef policyRef(const Workspace &workspace, qsizetype index)
{
    if (index < 0 || index >= workspace->policies.size())
        return {};
    return policyRef(workspace->policies[index]);
}

RuleRef policyRef(const CalicoPolicy &p)
{
    RuleRef ref;
    ref.kind = kindDisplayName(p.kind);
    ref.policy = kindIsNamespaced(p.kind) ? namespacedName(p.meta, p.meta.name) : p.meta.name;
    ref.id = p.source.id;
    return ref;
}

} // namespace ps
