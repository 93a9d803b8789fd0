#include "app/cli/lintcommand.h"

#include "core/report/leftoutreport.h"
#include "core/report/lintreport.h"

namespace ps::cli {

namespace {

const QString kNoFlows = QStringLiteral("no-flows");

} // namespace

LintCommand::LintCommand()
    : WorkspaceCommand(QStringLiteral("lint"),
        tr("Lint: rules that never decide or change nothing, policies that select nothing, "
           "traffic dropped at the end of a tier, staged policies that would change verdicts."),
        {{QStringLiteral("text"), QStringLiteral("json")},
            {{QStringLiteral("txt"), QStringLiteral("text")}}},
        InvalidInput::Evaluate)
{
}

void LintCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("Each finding has a stable code (see docs/lint.md), a severity (error, warning or "
             "info), a sentence that explains it, the file, line, column and field it concerns "
             "and the places it points at.\n"
             "Exit codes: 0 no finding of error severity, 1 some finding of error severity or "
             "input with errors (without --accept-errors), 2 usage error or input that cannot "
             "be read."));
    parser.addOption(QCommandLineOption(kNoFlows,
        tr("Skip the checks that evaluate flows (end-of-tier-drop, shadowed-rule, "
           "redundant-rule, staged-differs).")));
}

int LintCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &)
{
    m_options = LintOptions();
    m_options.flows = !parser.isSet(kNoFlows);
    return Continue;
}

int LintCommand::checkInputs(const WorkspaceContext &context, QTextStream &err)
{
    if (!inputsReadCompletely(context, err)) {
        printError(err, tr("the input cannot be read completely; nothing linted"));
        return ExitUsage;
    }
    return Continue;
}

int LintCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const PolicyEngine &engine = context.input().engine();
    const QList<LintFinding> findings = lintWorkspace(engine, m_options);
    if (context.format == QLatin1StringView("json")) {
        // The array is the contract; what was left out goes to stderr.
        err << leftOutText(engine.leftOut());
        out << QString::fromUtf8(lintFindingsToJson(findings));
    } else {
        out << lintFindingsToText(findings) << leftOutText(engine.leftOut());
    }
    return hasLintErrors(findings) ? ExitFailure : ExitSuccess;
}

} // namespace ps::cli
