#pragma once
// The plan of a push, as text, the same for every target: the changes that do something, the
// unchanged ones counted, then (for the datastores) what the workspace no longer has, what is
// left alone, what is not pushed and the semantic diff. Each target's report adds its own
// header and results around it. Private to core/report.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/semanticdiff.h"
#include "core/model/kind.h"
#include "core/agent/agentplan.h"

namespace ps {

/// What one change of a plan does to which resource.
struct PlanLine {
    ResourceChange::Action action = ResourceChange::Action::Unchanged;
    QString kind;
    QString name;
    bool adopted = false; // the target holds it without the stack's mark
};

class PushPlanText {
    Q_DECLARE_TR_FUNCTIONS(PushPlanText)
public:
    /// "  create   Kind name" for each change that does something (`adoptedNote` after the
    /// adopted ones), then "  N unchanged".
    static QString changes(const QList<PlanLine> &lines, const QString &adoptedNote = {});

    /// What follows a datastore's changes: the kept objects, `foreignLine` when not empty, the
    /// skipped resources, and "what changes:" with the semantic diff when `diff` is given.
    static QString datastoreTail(const QStringList &kept, const QString &foreignLine,
        const QStringList &skipped, const SemanticDiff *diff);

    /// Both, for an etcd or Kubernetes plan.
    template<class Plan>
    static QString datastorePlan(
        const Plan &p, const QString &adoptedNote, const QString &foreignLine)
    {
        QList<PlanLine> lines;
        lines.reserve(p.changes.size());
        for (const auto &c : p.changes)
            lines.append({c.action, kindDisplayName(c.kind), c.name, c.adopted});
        return changes(lines, adoptedNote)
            + datastoreTail(
                p.kept, foreignLine, p.skipped, p.changesSomething() ? &p.diff : nullptr);
    }
};

} // namespace ps
