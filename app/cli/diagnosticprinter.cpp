#include "app/cli/diagnosticprinter.h"

#include <algorithm>

#include "app/cli/jsonobjectbuilder.h"

namespace ps::cli {

void DiagnosticPrinter::printText(QTextStream &stream, const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        stream << d.toString() << u'\n';
}

QString DiagnosticPrinter::toJson(const Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty())
        return QStringLiteral("[]\n");
    QString out = QStringLiteral("[\n");
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &d = diagnostics.at(i);
        out += QStringLiteral("  ");
        out += JsonObjectBuilder()
                   .addString(u"severity", severityName(d.severity))
                   .addString(u"message", d.message)
                   .addString(u"file", d.file)
                   .addNumber(u"line", d.line)
                   .addNumber(u"column", d.column)
                   .addString(u"path", d.path)
                   .toString();
        out += i + 1 < diagnostics.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
    }
    out += QStringLiteral("]\n");
    return out;
}

qsizetype DiagnosticPrinter::count(const Diagnostics &diagnostics, Severity severity)
{
    return std::count_if(diagnostics.begin(), diagnostics.end(),
        [severity](const Diagnostic &d) { return d.severity == severity; });
}

} // namespace ps::cli
