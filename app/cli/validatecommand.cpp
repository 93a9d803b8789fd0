#include "app/cli/validatecommand.h"

#include "app/cli/diagnosticprinter.h"

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
    const qsizetype errors = DiagnosticPrinter::count(diagnostics, Severity::Error);
    const qsizetype warnings = DiagnosticPrinter::count(diagnostics, Severity::Warning);
    const bool failed
        = errors > 0 || (context.parser.isSet(QStringLiteral("strict")) && warnings > 0);

    if (context.format == QLatin1StringView("json")) {
        out << DiagnosticPrinter::toJson(diagnostics);
    } else {
        DiagnosticPrinter::printText(err, diagnostics);
        if (!context.parser.isSet(QStringLiteral("quiet"))) {
            err << tr("%1: %2 error(s), %3 warning(s) in %4 file(s), %5 resource(s)")
                       .arg(failed ? tr("invalid") : tr("ok"))
                       .arg(errors)
                       .arg(warnings)
                       .arg(input.loaded().files.size())
                       .arg(input.workspace().resourceCount())
                << u'\n';
        }
    }
    return failed ? ExitFailure : ExitSuccess;
}

} // namespace ps::cli
