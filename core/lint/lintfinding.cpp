#include "core/lint/lintfinding.h"

#include <algorithm>
#include <tuple>

namespace ps {

QList<LintCode> allLintCodes()
{
    return {LintCode::SelectsNothing, LintCode::PeerSelectsNothing, LintCode::LogOnly,
        LintCode::LogAfterVerdict, LintCode::UnusedNetworkSet, LintCode::EndOfTierDrop,
        LintCode::ShadowedRule, LintCode::RedundantRule, LintCode::StagedDiffers};
}

QString lintCodeName(LintCode code)
{
    switch (code) {
    case LintCode::SelectsNothing:
        return QStringLiteral("selects-nothing");
    case LintCode::PeerSelectsNothing:
        return QStringLiteral("peer-selects-nothing");
    case LintCode::LogOnly:
        return QStringLiteral("log-only");
    case LintCode::LogAfterVerdict:
        return QStringLiteral("log-after-verdict");
    case LintCode::UnusedNetworkSet:
        return QStringLiteral("unused-networkset");
    case LintCode::EndOfTierDrop:
        return QStringLiteral("end-of-tier-drop");
    case LintCode::ShadowedRule:
        return QStringLiteral("shadowed-rule");
    case LintCode::RedundantRule:
        return QStringLiteral("redundant-rule");
    case LintCode::StagedDiffers:
        return QStringLiteral("staged-differs");
    }
    return QString();
}

std::optional<LintCode> lintCodeFromName(const QString &name)
{
    for (const LintCode code : allLintCodes()) {
        if (lintCodeName(code) == name)
            return code;
    }
    return std::nullopt;
}

Severity lintCodeSeverity(LintCode code)
{
    switch (code) {
    // Traffic the author most likely meant later tiers to decide never gets there; an intended
    // drop is written as an explicit Deny rule, which silences it.
    case LintCode::EndOfTierDrop:
        return Severity::Error;
    // Nothing changes if they are removed, or what they say is not what happens.
    case LintCode::SelectsNothing:
    case LintCode::PeerSelectsNothing:
    case LintCode::LogOnly:
    case LintCode::LogAfterVerdict:
    case LintCode::ShadowedRule:
        return Severity::Warning;
    // Harmless, or the very purpose of the resource (a staged policy is there to differ).
    case LintCode::UnusedNetworkSet:
    case LintCode::RedundantRule:
    case LintCode::StagedDiffers:
        return Severity::Info;
    }
    return Severity::Warning;
}

LintLocation lintLocation(const Source &source, const QString &path)
{
    const SourcePos pos = source.find(path);
    return {source.file, pos.line, pos.column, path, source.id};
}

Diagnostic LintFinding::toDiagnostic() const
{
    Diagnostic d;
    d.severity = severity;
    d.message = message;
    d.file = location.file;
    d.line = location.line;
    d.column = location.column;
    d.path = location.path;
    d.resource = location.resource;
    return d;
}

void sortLintFindings(QList<LintFinding> &findings)
{
    std::stable_sort(
        findings.begin(), findings.end(), [](const LintFinding &a, const LintFinding &b) {
            return std::tie(a.location.file, a.location.line, a.location.column, a.code, a.message)
                < std::tie(b.location.file, b.location.line, b.location.column, b.code, b.message);
        });
}

bool hasLintErrors(const QList<LintFinding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
        [](const LintFinding &f) { return f.severity == Severity::Error; });
}

} // namespace ps
