#include "core/report/matrixreport.h"

#include <QCoreApplication>

#include "core/graph/graphdot.h"
#include "core/io/jsonwriter.h"

namespace ps {

namespace {

QString mark(const MatrixCell &c)
{
    switch (c.verdict) {
    case CellVerdict::Allow:
        return QStringLiteral("A");
    case CellVerdict::Deny:
        return QStringLiteral("-");
    case CellVerdict::Partial:
        return QStringLiteral("P");
    }
    return QString();
}

QString probeText(const ConnectivityMatrix &m)
{
    return m.port ? m.protocol + u'/' + QString::number(*m.port) : m.protocol;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace

QString matrixToText(const ConnectivityMatrix &m)
{
    QString out = QCoreApplication::translate(
        "Matrix", "%1 by %2 (rows: from, columns: to; A allow, - deny, P partial)\n")
                      .arg(probeText(m), matrixGroupingName(m.by));
    qsizetype width = 0;
    for (const MatrixGroup &g : m.groups)
        width = std::max(width, g.name.size());
    for (qsizetype j = 0; j < m.groups.size(); ++j)
        out += QString(width + 2, u' ')
            + QStringLiteral("%1 %2\n").arg(j + 1, 3).arg(m.groups[j].name);
    out += QString(width + 2, u' ');
    for (qsizetype j = 0; j < m.groups.size(); ++j)
        out += QStringLiteral("%1").arg(j + 1, 3);
    out += u'\n';
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        out += m.groups[i].name.leftJustified(width + 2);
        for (qsizetype j = 0; j < m.groups.size(); ++j)
            out += QStringLiteral("%1").arg(mark(m.cells[i][j]), 3);
        out += u'\n';
    }
    return out;
}

QString matrixToCsv(const ConnectivityMatrix &m)
{
    QString out = QStringLiteral("from\\to");
    for (const MatrixGroup &g : m.groups)
        out += u',' + csvField(g.name);
    out += u'\n';
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        out += csvField(m.groups[i].name);
        for (qsizetype j = 0; j < m.groups.size(); ++j)
            out += u',' + cellVerdictName(m.cells[i][j].verdict);
        out += u'\n';
    }
    return out;
}

QString matrixToMarkdown(const ConnectivityMatrix &m)
{
    QString out = QStringLiteral("| from \\ to |");
    for (const MatrixGroup &g : m.groups)
        out += u' ' + g.name + QStringLiteral(" |");
    out += QStringLiteral("\n|---|");
    for (qsizetype j = 0; j < m.groups.size(); ++j)
        out += QStringLiteral("---|");
    out += u'\n';
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        out += QStringLiteral("| ") + m.groups[i].name + QStringLiteral(" |");
        for (qsizetype j = 0; j < m.groups.size(); ++j)
            out += u' ' + cellVerdictName(m.cells[i][j].verdict) + QStringLiteral(" |");
        out += u'\n';
    }
    return out;
}

QString matrixToDot(const ConnectivityMatrix &m)
{
    QString out = QStringLiteral("digraph connectivity {\n  label=%1;\n  node [shape=box];\n")
                      .arg(dotQuoted(probeText(m)));
    for (const MatrixGroup &g : m.groups)
        out += QStringLiteral("  %1;\n").arg(dotQuoted(g.name));
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        for (qsizetype j = 0; j < m.groups.size(); ++j) {
            const MatrixCell &c = m.cells[i][j];
            if (c.verdict == CellVerdict::Deny)
                continue;
            out += QStringLiteral("  %1 -> %2%3;\n")
                       .arg(dotQuoted(m.groups[i].name), dotQuoted(m.groups[j].name),
                           c.verdict == CellVerdict::Partial ? QStringLiteral(" [style=dashed]")
                                                             : QString());
        }
    }
    out += QStringLiteral("}\n");
    return out;
}

QByteArray matrixToJson(const ConnectivityMatrix &m)
{
    JsonWriter w;
    w.beginObject();
    w.field("by", matrixGroupingName(m.by));
    w.field("protocol", m.protocol);
    if (m.port)
        w.field("port", *m.port);
    w.beginArray("groups");
    for (const MatrixGroup &g : m.groups) {
        w.beginObject();
        w.field("name", g.name);
        w.field("endpoints", int(g.members.size()));
        w.endObject();
    }
    w.endArray();
    w.beginArray("cells");
    for (qsizetype i = 0; i < m.groups.size(); ++i) {
        w.beginArray();
        for (qsizetype j = 0; j < m.groups.size(); ++j)
            w.value(cellVerdictName(m.cells[i][j].verdict));
        w.endArray();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace ps
