#include "app/cli/validatecommand.h"

#include "core/report/diagnosticsreport.h"

namespace ps::cli {

ValidateCommand::ValidateCommand()
    : WorkspaceCommand(QStringLiteral("validate"),
        tr("Validate resources as Calico does; report file:line:column and field path."),
        {{QStringLiteral("text"), QStringLiteral("json")}}, InvalidInput::Report)
{
}

void ValidateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        QCommandLineOption(QStringLiteral("strict"), tr("Treat warnings as errors (exit 1).")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("q"), QStringLiteral("quiet")}, tr("Text output: no summary line.")));
}

int ValidateCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const LoadedWorkspace &input = context.input();
    const Diagnostics &diagnostics = input.diagnostics();
    const bool failed = hasErrors(diagnostics)
        || (context.parser.isSet(QStringLiteral("strict"))
            && countOf(diagnostics, Severity::Warning) > 0);

    if (context.format == QLatin1StringView("json")) {
        out << QString::fromUtf8(diagnosticsToJson(diagnostics));
    } else {
        err << diagnosticsToText(diagnostics);
        if (!context.parser.isSet(QStringLiteral("quiet"))) {
            err << validationSummary(
                diagnostics, failed, input.loaded().files.size(), input.workspace().resourceCount())
                << u'\n';
        }
    }
    return failed ? ExitFailure : ExitSuccess;
}

} // namespace ps::cli
