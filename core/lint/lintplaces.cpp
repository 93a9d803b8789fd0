#include "core/lint/lintplaces_p.h"

#include "core/model/kind.h"

namespace ps {

LintPlaces::LintPlaces(const PolicyEngine &engine)
{
    for (const CalicoPolicy &p : engine.workspace()->policies)
        m_native.insert(p.source.id);
}

QString LintPlaces::directionWord(Direction direction)
{
    return direction == Direction::Ingress ? LintWords::tr("ingress") : LintWords::tr("egress");
}

QString LintPlaces::policyName(const CompiledPolicy &p)
{
    return p.kindName + u' ' + p.displayName;
}

QString LintPlaces::ruleName(const CompiledPolicy &p, Direction direction, int index)
{
    return LintWords::tr("%1 rule %2 of %3")
        .arg(directionWord(direction))
        .arg(index)
        .arg(policyName(p));
}

QString LintPlaces::rulePath(const CompiledPolicy &p, Direction direction, int index) const
{
    const QString list = QStringLiteral("spec.") + directionName(direction);
    return isNative(p) ? list + u'[' + QString::number(index) + u']' : list;
}

QString LintPlaces::selectorPath(const CompiledPolicy &p) const
{
    if (!isNative(p)) {
        return p.policy.kind == ResourceKind::KubernetesNetworkPolicy
                || p.policy.kind == ResourceKind::StagedKubernetesNetworkPolicy
            ? QStringLiteral("spec.podSelector")
            : QStringLiteral("spec.subject");
    }
    if (p.policy.selector.isEmpty() && !p.policy.namespaceSelector.isEmpty())
        return QStringLiteral("spec.namespaceSelector");
    if (p.policy.selector.isEmpty() && !p.policy.serviceAccountSelector.isEmpty())
        return QStringLiteral("spec.serviceAccountSelector");
    return QStringLiteral("spec.selector");
}

void addLintFinding(QList<LintFinding> &findings, LintCode code, const QString &message,
    LintLocation location, QList<LintLocation> related)
{
    findings.append(
        {code, lintCodeSeverity(code), message, std::move(location), std::move(related)});
}

} // namespace ps
