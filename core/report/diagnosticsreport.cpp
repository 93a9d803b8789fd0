#include "core/report/diagnosticsreport.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/io/jsonwriter.h"

namespace ps {

namespace {

// The translation context, in a form lupdate sees (it files a free ValidationWords::tr() under
// the namespace).
struct ValidationWords {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

qsizetype countOf(const Diagnostics &diagnostics, Severity severity)
{
    return std::count_if(diagnostics.begin(), diagnostics.end(),
        [severity](const Diagnostic &d) { return d.severity == severity; });
}

QString diagnosticsToText(const Diagnostics &diagnostics)
{
    QString out;
    for (const Diagnostic &d : diagnostics)
        out += d.toString() + u'\n';
    return out;
}

QByteArray diagnosticsToJson(const Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty())
        return QByteArrayLiteral("[]\n");
    QByteArray out = QByteArrayLiteral("[\n");
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &d = diagnostics.at(i);
        JsonWriter w;
        w.beginObject();
        w.field("severity", severityName(d.severity));
        w.field("message", d.message);
        w.field("file", d.file);
        w.field("line", d.line);
        w.field("column", d.column);
        w.field("path", d.path);
        w.endObject();
        out += "  " + w.take() + (i + 1 < diagnostics.size() ? ",\n" : "\n");
    }
    out += "]\n";
    return out;
}

QString validationSummary(
    const Diagnostics &diagnostics, bool failed, qsizetype files, qsizetype resources)
{
    return ValidationWords::tr("%1: %2 error(s), %3 warning(s) in %4 file(s), %5 resource(s)")
        .arg(failed ? ValidationWords::tr("invalid") : ValidationWords::tr("ok"))
        .arg(countOf(diagnostics, Severity::Error))
        .arg(countOf(diagnostics, Severity::Warning))
        .arg(files)
        .arg(resources);
}

} // namespace ps
