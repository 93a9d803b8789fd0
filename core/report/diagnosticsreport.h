#pragma once
// Diagnostics as policyctl prints them: one `file:line:column: error: message [field.path]` line
// each, the JSON array of `validate -o json`, and the summary line of `validate`.

#include <QByteArray>
#include <QString>

#include "core/model/diagnostic.h"

namespace ps {

/// How many of `diagnostics` have `severity`.
qsizetype countOf(const Diagnostics &diagnostics, Severity severity);

/// One Diagnostic::toString() line each.
QString diagnosticsToText(const Diagnostics &diagnostics);

/// [{severity,message,file,line,column,path}]: one object per line, then a newline ("[]\n"
/// when there is none).
QByteArray diagnosticsToJson(const Diagnostics &diagnostics);

/// "ok: 0 error(s), 2 warning(s) in 3 file(s), 12 resource(s)", "invalid: ..." when `failed`
/// (no newline).
QString validationSummary(
    const Diagnostics &diagnostics, bool failed, qsizetype files, qsizetype resources);

} // namespace ps
