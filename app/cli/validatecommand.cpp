#include "app/cli/validatecommand.h"

#include "app/cli/diagnosticprinter.h"
#include "core/validate/validator.h"

namespace ps::cli {

ValidateCommand::ValidateCommand()
    : Command(QStringLiteral("validate"),
        tr("Validate resources as Calico does; report file:line:column and field path."))
{
}

void ValidateCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(fileOption());
    parser.addOption(outputOption({QStringLiteral("text"), QStringLiteral("json")}));
    parser.addOption(
        QCommandLineOption(QStringLiteral("strict"), tr("Treat warnings as errors (exit 1).")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("q"), QStringLiteral("quiet")}, tr("Text output: no summary line.")));
}

int ValidateCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = outputFormat(
        parser, err, {QStringLiteral("text"), QStringLiteral("json")}, QStringLiteral("text"));
    if (format.isEmpty())
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err,
            tr("unexpected argument '%1' (files are given with -f)")
                .arg(parser.positionalArguments().constFirst()));
    }
    LoadResult loaded;
    if (!loadInputs(parser, err, loaded))
        return ExitUsage;

    Diagnostics diagnostics = loaded.diagnostics;
    diagnostics += Validator().validate(loaded.workspace);

    const qsizetype errors = DiagnosticPrinter::count(diagnostics, Severity::Error);
    const qsizetype warnings = DiagnosticPrinter::count(diagnostics, Severity::Warning);
    const bool failed = errors > 0 || (parser.isSet(QStringLiteral("strict")) && warnings > 0);

    if (format == QLatin1StringView("json")) {
        out << DiagnosticPrinter::toJson(diagnostics);
    } else {
        DiagnosticPrinter::printText(err, diagnostics);
        if (!parser.isSet(QStringLiteral("quiet"))) {
            err << tr("%1: %2 error(s), %3 warning(s) in %4 file(s), %5 resource(s)")
                       .arg(failed ? tr("invalid") : tr("ok"))
                       .arg(errors)
                       .arg(warnings)
                       .arg(loaded.files.size())
                       .arg(loaded.workspace.resourceCount())
                << u'\n';
        }
    }
    return failed ? ExitFailure : ExitSuccess;
}

} // namespace ps::cli
