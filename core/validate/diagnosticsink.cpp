#include "core/validate/diagnosticsink.h"

#include "core/model/excerpt.h"

namespace ps {

void DiagnosticSink::error(const QString &path, const QString &message)
{
    report(Severity::Error, path, message);
}

void DiagnosticSink::warning(const QString &path, const QString &message)
{
    report(Severity::Warning, path, message);
}

void DiagnosticSink::report(Severity severity, const QString &path, const QString &message)
{
    const SourcePos pos = m_source.find(path);
    Diagnostic d;
    d.severity = severity;
    // A rule that quotes a value without excerpt() still gives a short, one-line message.
    d.message = shortWords(oneLine(message));
    d.file = m_source.file;
    d.line = pos.line;
    d.column = pos.column;
    d.path = path;
    d.resource = m_source.id;
    m_out.append(d);
}

void DiagnosticSink::errorInValue(
    const QString &path, const QString &value, qsizetype offset, const QString &message)
{
    report(Severity::Error, path, message);
    m_out.last().column = m_source.find(path).columnInValue(value, offset);
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
