#include "app/cli/fmtcommand.h"

#include "core/io/workspacestore.h"
#include "core/io/writer.h"
#include "core/model/apiserverdefaults.h"
#include "core/report/diagnosticsreport.h"

namespace ps::cli {

FmtCommand::FmtCommand()
    : WorkspaceCommand(QStringLiteral("fmt"),
        tr("Print resources as canonical YAML or JSON that calicoctl apply -f accepts."),
        {{QStringLiteral("yaml"), QStringLiteral("json")}}, InvalidInput::Report)
{
}

void FmtCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption({QStringLiteral("w"), QStringLiteral("write")},
        tr("Rewrite the input files in place instead of "
           "printing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("check"),
        tr("Print the files that are not in canonical form; "
           "exit 1 if there are any.")));
    parser.addOption(QCommandLineOption(QStringLiteral("with-defaults"),
        tr("Also write the values the Kubernetes API server fills in (namespace name labels, "
           "NetworkPolicy policyTypes, port protocols, Service target ports).")));
    parser.addOption(QCommandLineOption(QStringLiteral("skip-validation"),
        tr("Format even if Calico's validation rules fail "
           "(files must still parse).")));
}

int FmtCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
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
    return Continue;
}

int FmtCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = context.parser;
    const LoadResult &loaded = context.input().loaded();
    const bool write = parser.isSet(QStringLiteral("write"));
    const bool check = parser.isSet(QStringLiteral("check"));

    // In place, what cannot be read is kept as it is: only validation errors refuse.
    const bool inPlace = write || check;
    Diagnostics validation;
    if ((inPlace || !hasErrors(loaded.diagnostics))
        && !parser.isSet(QStringLiteral("skip-validation")))
        validation = context.input().validation();
    err << diagnosticsToText(loaded.diagnostics + validation);
    if (hasErrors(validation) || (!inPlace && hasErrors(loaded.diagnostics))) {
        err << tr("fmt: the input has errors; nothing was written") << u'\n';
        return ExitFailure;
    }

    // What the manifests say; the API server's defaults only when asked.
    const Workspace workspace = parser.isSet(QStringLiteral("with-defaults"))
        ? withApiServerDefaults(loaded.workspace)
        : loaded.workspace;
    if (inPlace)
        return rewriteFiles(loaded, workspace, check, out, err);

    const QByteArray text = Writer().write(workspace,
        context.format == QLatin1StringView("json") ? OutputFormat::Json : OutputFormat::Yaml);
    out << QString::fromUtf8(text);
    return ExitSuccess;
}

int FmtCommand::rewriteFiles(const LoadResult &loaded, const Workspace &workspace, bool checkOnly,
    QTextStream &out, QTextStream &err) const
{
    // Every document in the Writer's form, each where it is; comments between documents,
    // documents that were not read completely and files that did not parse stay as written.
    WorkspaceStore store(loaded);
    PlanOptions options;
    options.rewriteAll = true;
    const Result<WritePlan> plan = store.plan(workspace, options);
    if (!plan) {
        printError(err, plan.error().toString());
        return ExitFailure;
    }
    for (const QString &note : plan->notes)
        err << tr("note: %1").arg(note) << u'\n';
    if (checkOnly) {
        for (const FileWrite &write : plan->writes)
            out << write.file << u'\n';
        return plan->isEmpty() ? ExitSuccess : ExitFailure;
    }
    const Result<QStringList> written = store.apply(*plan);
    if (!written) {
        printError(err, written.error().toString());
        return ExitFailure;
    }
    return hasErrors(loaded.diagnostics) ? ExitFailure : ExitSuccess;
}

} // namespace ps::cli
