#pragma once
// Private to core/dataplane. Short constructors for the parts of a FelixRule (match criteria,
// actions, whole rules and chains with their hashes), shared by the rule translator, the table
// builders and the static chains so each of them reads like the rule it builds.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixrule.h"

namespace ps::ruleparts {

using K = MatchCriterion::Kind;
using A = FelixAction::Kind;

inline MatchCriterion crit(K kind, const QString &text = QString(), bool negated = false)
{
    MatchCriterion m;
    m.kind = kind;
    m.text = text;
    m.negated = negated;
    return m;
}

inline MatchCriterion markCrit(K kind, quint32 mark)
{
    MatchCriterion m;
    m.kind = kind;
    m.mark = mark;
    return m;
}

inline MatchCriterion protoCrit(int number, const QString &text, bool negated = false)
{
    MatchCriterion m = crit(K::Protocol, text, negated);
    m.number = number;
    return m;
}

inline MatchCriterion portsCrit(
    bool source, const QList<QPair<int, int>> &ports, bool negated = false)
{
    MatchCriterion m = crit(source ? K::SourcePorts : K::DestPorts, QString(), negated);
    m.ports = ports;
    return m;
}

inline MatchCriterion setCrit(
    bool source, const QString &name, const QString &flags, bool negated = false)
{
    MatchCriterion m = crit(source ? K::SourceSet : K::DestSet, name, negated);
    m.flags = flags;
    return m;
}

inline FelixAction act(A kind, const QString &target = QString())
{
    FelixAction a;
    a.kind = kind;
    a.target = target;
    return a;
}

inline FelixAction markAct(A kind, quint32 mark, quint32 mask = 0)
{
    FelixAction a;
    a.kind = kind;
    a.mark = mark;
    a.mask = mask;
    return a;
}

inline FelixRule rule(QList<MatchCriterion> match, FelixAction action, QStringList comments = {})
{
    FelixRule r;
    r.match = std::move(match);
    r.action = std::move(action);
    r.comments = std::move(comments);
    return r;
}

/// The word Felix's generated comments use for the configured deny action.
inline QString denyWord(const RenderOptions &o)
{
    return o.denyAction == QLatin1StringView("REJECT") ? QStringLiteral("Reject")
                                                       : QStringLiteral("Drop");
}

inline FelixAction denyAct(const RenderOptions &o)
{
    return act(o.denyAction == QLatin1StringView("REJECT") ? A::Reject : A::Drop);
}

/// A chain with its rules hashed as Felix hashes them (seeded with the chain name).
inline FelixChain chain(
    const QString &name, QList<FelixRule> rules, const QString &purpose, RuleOrigin origin = {})
{
    FelixChain c;
    c.name = name;
    c.rules = std::move(rules);
    c.purpose = purpose;
    c.origin = std::move(origin);
    computeIptablesHashes(c.rules, name);
    return c;
}

} // namespace ps::ruleparts
