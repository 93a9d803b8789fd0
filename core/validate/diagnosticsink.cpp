#include "core/validate/diagnosticsink.h"

namespace ps {

void DiagnosticSink::error(const QString &path, const QString &message, int columnOffset)
{
    report(Severity::Error, path, message, columnOffset);
}

void DiagnosticSink::warning(const QString &path, const QString &message, int columnOffset)
{
    report(Severity::Warning, path, message, columnOffset);
}

void DiagnosticSink::report(
    Severity severity, const QString &path, const QString &message, int columnOffset)
{
    const SourcePos pos = m_source.find(path);
    Diagnostic d;
    d.severity = severity;
    d.message = message;
    d.file = m_source.file;
    d.line = pos.line;
    d.column = pos.column > 0 ? pos.column + columnOffset : 0;
    d.path = path;
    m_out.append(d);
}

QString DiagnosticSink::location(const QString &path) const
{
    const SourcePos pos = m_source.find(path);
    QString out = m_source.file.isEmpty() ? QStringLiteral("<input>") : m_source.file;
    if (pos.line > 0)
        out += u':' + QString::number(pos.line);
    return out;
}

} // namespace ps
