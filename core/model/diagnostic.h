#pragma once
// Diagnostic: one finding about the input (parse error, validation failure, warning), with
// the position and the field path it concerns. Produced by core/io and core/validate.

#include <QList>
#include <QString>

namespace ps {

enum class Severity { Error, Warning, Info };

struct Diagnostic {
    Severity severity = Severity::Error;
    QString message;
    QString file;
    int line = 0; // 1-based; 0 = unknown
    int column = 0; // 1-based; 0 = unknown
    QString path; // e.g. spec.ingress[0].destination.ports[1]

    /// "file:line:column: error: message [path]" — the format policyctl prints on stderr.
    QString toString() const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

QString severityName(Severity s);

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace ps
