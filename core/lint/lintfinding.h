#pragma once
// LintFinding: one finding of the lint (`policyctl lint`, the studio's Problems dock): a stable
// code, a severity, a sentence that explains it, where it is (file, line, column and field path,
// as validation's diagnostics carry them, plus the resource so a view can open it) and the
// places it points at (the rule that shadows, the policy that decides...). Plain values.

#include <optional>

#include <QList>
#include <QString>

#include "core/model/diagnostic.h"
#include "core/model/resourceid.h"
#include "core/model/source.h"

namespace ps {

enum class LintCode {
    SelectsNothing,
    PeerSelectsNothing,
    LogOnly,
    LogAfterVerdict,
    UnusedNetworkSet,
    EndOfTierDrop,
    ShadowedRule,
    RedundantRule,
    StagedDiffers,
};

/// Every code, in the order above.
QList<LintCode> allLintCodes();
/// The stable name: "selects-nothing", "shadowed-rule"...
QString lintCodeName(LintCode code);
std::optional<LintCode> lintCodeFromName(const QString &name);
/// The severity a finding of that code has.
Severity lintCodeSeverity(LintCode code);

/// A place in the input: as a Diagnostic has it.
struct LintLocation {
    QString file;
    int line = 0; // 1-based; 0 = unknown
    int column = 0; // 1-based; 0 = unknown
    QString path; // field path inside the resource: spec.ingress[0].source.selector
    ResourceId resource; // null when none; not part of any output

    friend bool operator==(const LintLocation &a, const LintLocation &b)
    {
        return a.file == b.file && a.line == b.line && a.column == b.column && a.path == b.path;
    }
};

/// The position of `path` in the resource `source` describes (its nearest recorded ancestor).
LintLocation lintLocation(const Source &source, const QString &path);

struct LintFinding {
    LintCode code = LintCode::SelectsNothing;
    Severity severity = Severity::Warning;
    QString message;
    LintLocation location;
    QList<LintLocation> related;

    /// The finding as a Diagnostic (message prefixed with nothing, code left out), for views that
    /// list diagnostics.
    Diagnostic toDiagnostic() const;
};

/// Findings sorted by file, line, column, code and message (the order every output uses).
void sortLintFindings(QList<LintFinding> &findings);
/// True when some finding has error severity.
bool hasLintErrors(const QList<LintFinding> &findings);

} // namespace ps
