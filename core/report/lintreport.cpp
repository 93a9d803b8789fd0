#include "core/report/lintreport.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/io/jsonwriter.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees.
struct LintReportWords {
    Q_DECLARE_TR_FUNCTIONS(LintReport)
};

QString placeText(const LintLocation &l)
{
    QString out = l.file.isEmpty() ? QStringLiteral("<input>") : l.file;
    if (l.line > 0)
        out += u':' + QString::number(l.line) + u':' + QString::number(l.column);
    if (!l.path.isEmpty())
        out += QStringLiteral(" [") + l.path + u']';
    return out;
}

void writePlace(JsonWriter &w, const LintLocation &l)
{
    w.field("file", l.file);
    w.field("line", l.line);
    w.field("column", l.column);
    w.field("path", l.path);
}

} // namespace

QString lintFindingsToText(const QList<LintFinding> &findings)
{
    QString out;
    for (const LintFinding &f : findings) {
        Diagnostic d = f.toDiagnostic();
        out += d.toString() + QStringLiteral(" (") + lintCodeName(f.code) + QStringLiteral(")\n");
        for (const LintLocation &r : f.related)
            out += LintReportWords::tr("    related: %1").arg(placeText(r)) + u'\n';
    }
    return out + lintSummary(findings) + u'\n';
}

QByteArray lintFindingsToJson(const QList<LintFinding> &findings)
{
    if (findings.isEmpty())
        return QByteArrayLiteral("[]\n");
    QByteArray out = QByteArrayLiteral("[\n");
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const LintFinding &f = findings.at(i);
        JsonWriter w;
        w.beginObject();
        w.field("code", lintCodeName(f.code));
        w.field("severity", severityName(f.severity));
        w.field("message", f.message);
        writePlace(w, f.location);
        w.beginArray("related");
        for (const LintLocation &r : f.related) {
            w.beginObject();
            writePlace(w, r);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        out += "  " + w.take() + (i + 1 < findings.size() ? ",\n" : "\n");
    }
    out += "]\n";
    return out;
}

QString lintSummary(const QList<LintFinding> &findings)
{
    const auto count = [&](Severity s) {
        return std::count_if(findings.begin(), findings.end(),
            [s](const LintFinding &f) { return f.severity == s; });
    };
    return LintReportWords::tr("lint: %1 error(s), %2 warning(s), %3 info")
        .arg(count(Severity::Error))
        .arg(count(Severity::Warning))
        .arg(count(Severity::Info));
}

} // namespace ps
