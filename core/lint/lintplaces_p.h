#pragma once
// What every lint check says about policies and rules, and where it points: the names in the
// findings' words and the field paths of rules and selectors in the resource as written.

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include "core/eval/policyengine.h"
#include "core/lint/lintfinding.h"

namespace ps {

/// The translation context of the lint's words, in a form lupdate sees.
struct LintWords {
    Q_DECLARE_TR_FUNCTIONS(Lint)
};

class LintPlaces {
public:
    explicit LintPlaces(const PolicyEngine &engine);

    /// A policy written as a Calico policy (not converted from a Kubernetes or admin one): its
    /// compiled rules are the resource's rules, index for index.
    bool isNative(const CompiledPolicy &p) const { return m_native.contains(p.policy.source.id); }

    static const QList<CompiledRule> &rulesOf(const CompiledPolicy &p, Direction direction)
    {
        return direction == Direction::Ingress ? p.ingress : p.egress;
    }
    /// "ingress" or "egress", translated.
    static QString directionWord(Direction direction);
    /// "NetworkPolicy shop/web".
    static QString policyName(const CompiledPolicy &p);
    /// "ingress rule 1 of NetworkPolicy shop/web".
    static QString ruleName(const CompiledPolicy &p, Direction direction, int index);

    /// "spec.ingress[1]"; a converted policy's rule list ("spec.ingress").
    QString rulePath(const CompiledPolicy &p, Direction direction, int index) const;
    /// The field that selects the endpoints: spec.selector, spec.namespaceSelector...
    QString selectorPath(const CompiledPolicy &p) const;
    LintLocation ruleLocation(const CompiledPolicy &p, Direction direction, int index) const
    {
        return lintLocation(p.policy.source, rulePath(p, direction, index));
    }

private:
    QSet<ResourceId> m_native;
};

/// Appends a finding of `code` with the code's severity.
void addLintFinding(QList<LintFinding> &findings, LintCode code, const QString &message,
    LintLocation location, QList<LintLocation> related = {});

} // namespace ps
