#pragma once
// The lint's findings (core/lint/linter.h) as `policyctl lint` prints them:
//
// * text: one line per finding, as validation's diagnostics are printed, with the code —
//   `file:line:column: warning: message [field.path] (code)` — each place it points at on an
//   indented `related:` line below it, then a summary line;
// * JSON (the contract scripts use): one object per finding, in the order of the text,
//   [{"code","severity","message","file","line","column","path",
//     "related":[{"file","line","column","path"}]}] ("[]" when there is none).

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/lint/lintfinding.h"

namespace ps {

QString lintFindingsToText(const QList<LintFinding> &findings);
QByteArray lintFindingsToJson(const QList<LintFinding> &findings);
/// "lint: 1 error(s), 2 warning(s), 0 info" (no newline).
QString lintSummary(const QList<LintFinding> &findings);

} // namespace ps
