#include "core/report/leftoutreport.h"

#include <QCoreApplication>

#include "core/io/jsonwriter.h"
#include "core/model/excerpt.h"

namespace ps {

namespace {

struct LeftOutWords {
    Q_DECLARE_TR_FUNCTIONS(LeftOut)
};

/// A resource's name as the notes quote it: a name of 200 KB (invalid, hence left out) is cut.
QString shortName(const QString &name)
{
    return excerpt(name, 0, 100);
}

QByteArray withLeftOutArray(const QByteArray &object, const QByteArray &array)
{
    const qsizetype close = object.lastIndexOf('}');
    if (array.size() <= 2 || !object.startsWith('{') || close < 0)
        return object;
    QByteArray out = object.left(close);
    if (!out.trimmed().endsWith('{'))
        out += ',';
    out += "\"leftOut\":";
    out += array;
    out += object.mid(close);
    return out;
}

} // namespace

QString leftOutText(const QList<LeftOut> &before, const QList<LeftOut> &after)
{
    return leftOutText(before, LeftOutWords::tr("old"))
        + leftOutText(after, LeftOutWords::tr("new"));
}

QString leftOutText(const QList<LeftOut> &leftOut, const QString &side)
{
    QString out;
    for (const LeftOut &l : leftOut) {
        const QString name = shortName(l.name);
        const QString what = side.isEmpty() ? kindName(l.kind) + u' ' + name
                                            : side + u' ' + kindName(l.kind) + u' ' + name;
        const QString where = l.reason.location();
        out += where.isEmpty()
            ? LeftOutWords::tr("left out: %1 — %2").arg(what, l.reason.message)
            : LeftOutWords::tr("left out: %1 — %2 (%3)").arg(what, l.reason.message, where);
        out += u'\n';
    }
    return out;
}

QString replacedNote(const LeftOut &replaced)
{
    return LeftOutWords::tr("Using the last valid version of %1; the edited one is invalid: %2")
        .arg(shortName(replaced.name), replaced.reason.message);
}

QString leftOutNote(const LeftOut &leftOut)
{
    return LeftOutWords::tr("Left out, as Calico would reject it: %1").arg(leftOut.reason.message);
}

QString analysisNote(const QList<LeftOut> &replaced, const QList<LeftOut> &leftOut, int limit)
{
    QStringList lines;
    for (const LeftOut &r : replaced)
        lines.append(LeftOutWords::tr("Using the last valid version of %1 %2; the edited one is "
                                      "invalid: %3")
                         .arg(kindName(r.kind), shortName(r.name), r.reason.message));
    for (const LeftOut &l : leftOut)
        lines.append(LeftOutWords::tr("Left out, as Calico would reject it: %1 %2 — %3")
                         .arg(kindName(l.kind), shortName(l.name), l.reason.message));
    if (lines.size() > limit) {
        const qsizetype more = lines.size() - limit;
        lines.resize(limit);
        lines.append(LeftOutWords::tr("… and %n more (see Problems)", nullptr, int(more)));
    }
    return lines.join(u'\n');
}

QByteArray leftOutJson(const QList<LeftOut> &leftOut, const QString &side)
{
    JsonWriter w;
    w.beginArray();
    for (const LeftOut &l : leftOut) {
        w.beginObject();
        if (!side.isEmpty())
            w.field("side", side);
        w.field("kind", kindName(l.kind));
        w.field("name", l.name);
        w.field("message", l.reason.message);
        w.field("file", l.reason.file);
        w.field("line", l.reason.line);
        w.field("column", l.reason.column);
        w.field("path", l.reason.path);
        w.endObject();
    }
    w.endArray();
    return w.take();
}

QByteArray withLeftOut(const QByteArray &object, const QList<LeftOut> &leftOut)
{
    if (leftOut.isEmpty())
        return object;
    return withLeftOutArray(object, leftOutJson(leftOut));
}

QByteArray withLeftOut(
    const QByteArray &object, const QList<LeftOut> &before, const QList<LeftOut> &after)
{
    const QByteArray old = leftOutJson(before, QStringLiteral("old"));
    const QByteArray current = leftOutJson(after, QStringLiteral("new"));
    if (before.isEmpty())
        return withLeftOutArray(object, current);
    if (after.isEmpty())
        return withLeftOutArray(object, old);
    return withLeftOutArray(object, old.chopped(1) + ',' + current.mid(1));
}

} // namespace ps
