#pragma once
// DiagnosticSink: where the validation rules of one resource report their findings. It turns a
// field path into the file, line and column recorded in the resource's Source and appends a
// Diagnostic to a list the caller owns; the list and the Source must outlive the sink.

#include <QString>

#include "core/model/diagnostic.h"
#include "core/model/source.h"

namespace ps {

class DiagnosticSink {
public:
    DiagnosticSink(Diagnostics &out, const Source &source) : m_out(out), m_source(source) { }

    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);
    void report(Severity severity, const QString &path, const QString &message);
    /// An error at character `offset` of the scalar at `path`, whose text as read is `value`:
    /// the column is that character's in the file (see SourcePos::columnInValue).
    void errorInValue(
        const QString &path, const QString &value, qsizetype offset, const QString &message);

    const Source &source() const { return m_source; }
    /// "file:line" of a field, for messages that point elsewhere.
    QString location(const QString &path) const;
    int count() const { return int(m_out.size()); }

private:
    Diagnostics &m_out;
    const Source &m_source;
};

} // namespace ps
