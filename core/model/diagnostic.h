#pragma once
// Diagnostic: one finding about the input (parse error, validation failure, warning), with
// the position and the field path it concerns. Produced by core/io and core/validate.

#include <QList>
#include <QString>

#include "core/model/resourceid.h"

namespace ps {

enum class Severity { Error, Warning, Info };

struct Diagnostic {
    Severity severity = Severity::Error;
    QString message;
    QString file;
    int line = 0; // 1-based; 0 = unknown
    int column = 0; // 1-based; 0 = unknown
    QString path; // e.g. spec.ingress[0].destination.ports[1]
    /// The resource it concerns (null when none, or not known): set by validation, so the
    /// analyses can leave out what Calico would reject. Like Source, not part of the value.
    ResourceId resource;

    /// "file:line:column: error: message [path]" — the format policyctl prints on stderr.
    QString toString() const;
    /// "file:line:column": where it is (the file alone, or "" when nothing is known).
    QString location() const;
    friend bool operator==(const Diagnostic &a, const Diagnostic &b)
    {
        return a.severity == b.severity && a.message == b.message && a.file == b.file
            && a.line == b.line && a.column == b.column && a.path == b.path;
    }
};

QString severityName(Severity s);

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace ps
