#include "core/report/pushplantext_p.h"

#include "core/report/diffreport.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

QString PushPlanText::changes(const QList<PlanLine> &lines, const QString &adoptedNote)
{
    QString out;
    qsizetype unchanged = 0;
    for (const PlanLine &l : lines) {
        if (l.action == ResourceChange::Action::Unchanged) {
            ++unchanged;
            continue;
        }
        out += u"  %1 %2 %3"_s.arg(resourceActionName(l.action), -9).arg(l.kind, l.name);
        if (l.adopted)
            out += adoptedNote;
        out += u'\n';
    }
    return out + tr("  %1 unchanged\n").arg(unchanged);
}

QString PushPlanText::datastoreTail(const QStringList &kept, const QString &foreignLine,
    const QStringList &skipped, const SemanticDiff *diff)
{
    QString out;
    for (const QString &k : kept)
        out += tr("  kept %1: not in the workspace (--prune deletes it)\n").arg(k);
    out += foreignLine;
    for (const QString &s : skipped)
        out += tr("  skipped %1\n").arg(s);
    if (diff) {
        out += tr("what changes:\n");
        for (const QString &line : diffToText(*diff).split(u'\n', Qt::SkipEmptyParts))
            out += u"  "_s + line + u'\n';
    }
    return out;
}

} // namespace ps
