#include "app/cli/fmtcommand.h"

#include <QFile>
#include <QSaveFile>

#include "app/cli/diagnosticprinter.h"
#include "app/cli/inputloader.h"
#include "core/io/writer.h"
#include "core/validate/validator.h"

namespace ps::cli {

FmtCommand::FmtCommand()
    : Command(QStringLiteral("fmt"),
        tr("Print resources as canonical YAML or JSON that calicoctl apply -f accepts."))
{
}

void FmtCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(fileOption());
    parser.addOption(outputOption({QStringLiteral("yaml"), QStringLiteral("json")}));
    parser.addOption(QCommandLineOption({QStringLiteral("w"), QStringLiteral("write")},
        tr("Rewrite the input files in place instead of "
           "printing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("check"),
        tr("Print the files that are not in canonical form; "
           "exit 1 if there are any.")));
    parser.addOption(QCommandLineOption(QStringLiteral("skip-validation"),
        tr("Format even if Calico's validation rules fail "
           "(files must still parse).")));
}

int FmtCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = outputFormat(
        parser, err, {QStringLiteral("yaml"), QStringLiteral("json")}, QStringLiteral("yaml"));
    if (format.isEmpty())
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err,
            tr("unexpected argument '%1' (files are given with -f)")
                .arg(parser.positionalArguments().constFirst()));
    }
    const bool write = parser.isSet(QStringLiteral("write"));
    const bool check = parser.isSet(QStringLiteral("check"));
    if (write && check)
        return usageError(err, tr("--write and --check cannot be combined"));
    if ((write || check) && parser.isSet(QStringLiteral("o")))
        return usageError(err,
            tr("-o cannot be combined with --write or --check (each file "
               "keeps its format)"));
    if ((write || check) && parser.values(QStringLiteral("f")).contains(QStringLiteral("-")))
        return usageError(err, tr("standard input cannot be rewritten; drop --write/--check"));

    LoadResult loaded;
    if (!loadInputs(parser, err, loaded))
        return ExitUsage;

    Diagnostics diagnostics = loaded.diagnostics;
    if (!hasErrors(diagnostics) && !parser.isSet(QStringLiteral("skip-validation")))
        diagnostics += Validator().validate(loaded.workspace);
    if (hasErrors(diagnostics)) {
        DiagnosticPrinter::printText(err, diagnostics);
        err << tr("fmt: the input has errors; nothing was written") << u'\n';
        return ExitFailure;
    }
    DiagnosticPrinter::printText(err, diagnostics); // warnings, if any

    if (write || check)
        return rewriteFiles(loaded.files, check, out, err);

    const QByteArray text = Writer().write(loaded.workspace,
        format == QLatin1StringView("json") ? OutputFormat::Json : OutputFormat::Yaml);
    out << QString::fromUtf8(text);
    return ExitSuccess;
}

int FmtCommand::rewriteFiles(
    const QStringList &files, bool checkOnly, QTextStream &out, QTextStream &err) const
{
    const Loader loader;
    const Writer writer;
    int unformatted = 0;
    int failures = 0;
    for (const QString &fileName : files) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("%1: error: cannot read: %2").arg(fileName, file.errorString()) << u'\n';
            ++failures;
            continue;
        }
        const QByteArray original = file.readAll();
        file.close();
        const LoadResult one = loader.loadText(original, fileName);
        if (hasErrors(one.diagnostics) || one.workspace.isEmpty())
            continue; // nothing this file holds can be written back
        const bool json = fileName.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
        const QByteArray formatted
            = writer.write(one.workspace, json ? OutputFormat::Json : OutputFormat::Yaml);
        if (formatted == original)
            continue;
        ++unformatted;
        if (checkOnly) {
            out << fileName << u'\n';
            continue;
        }
        QSaveFile save(fileName);
        if (!save.open(QIODevice::WriteOnly) || save.write(formatted) != formatted.size()
            || !save.commit()) {
            err << tr("%1: error: cannot write: %2").arg(fileName, save.errorString()) << u'\n';
            ++failures;
        }
    }
    if (failures > 0)
        return ExitFailure;
    return checkOnly && unformatted > 0 ? ExitFailure : ExitSuccess;
}

} // namespace ps::cli
