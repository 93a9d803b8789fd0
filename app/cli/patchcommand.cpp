#include "app/cli/patchcommand.h"

#include <QSet>

#include "core/io/resourcepatch.h"
#include "core/io/workspacestore.h"
#include "core/report/diagnosticsreport.h"
#include "core/validate/validator.h"

namespace ps::cli {

PatchCommand::PatchCommand()
    : WorkspaceCommand(QStringLiteral("patch"),
        tr("Patch one resource in its file, as kubectl patch --local does, changing only the "
           "lines of what the patch changes."),
        {{QStringLiteral("yaml")}}, InvalidInput::Report)
{
}

void PatchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("kind"),
        tr("The resource's kind (any case), one of: %1.")
            .arg(ResourcePatcher::kindNames().join(QStringLiteral(", "))),
        tr("KIND")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("name"), tr("The resource's name."), tr("NAME")));
    parser.addOption(QCommandLineOption({QStringLiteral("n"), QStringLiteral("namespace")},
        tr("The resource's namespace (needed when the name is in several)."), tr("NS")));
    parser.addOption(QCommandLineOption(QStringLiteral("type"),
        tr("merge (a JSON merge patch, RFC 7386; the default) or json (a JSON patch, RFC 6902: "
           "add, remove, replace, move, copy, test)."),
        tr("TYPE"), QStringLiteral("merge")));
    parser.addOption(QCommandLineOption({QStringLiteral("p"), QStringLiteral("patch")},
        tr("The patch, as JSON, applied to the resource's JSON form (calicoctl get -o json)."),
        tr("JSON")));
    parser.addOption(QCommandLineOption({QStringLiteral("w"), QStringLiteral("write")},
        tr("Write the patched resource back into its file instead of printing it.")));
}

int PatchCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    const QStringList single = {QStringLiteral("kind"), QStringLiteral("name"),
        QStringLiteral("namespace"), QStringLiteral("type"), QStringLiteral("patch")};
    if (!givenOnce(parser, single, err))
        return ExitUsage;
    for (const QString &required :
        {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("patch")}) {
        if (!parser.isSet(required))
            return usageError(err, tr("--%1 is required").arg(required));
    }
    const QString type = parser.value(QStringLiteral("type"));
    if (type != QLatin1StringView("merge") && type != QLatin1StringView("json"))
        return usageError(err, tr("--type must be merge or json, not '%1'").arg(type));
    if (parser.isSet(QStringLiteral("write"))
        && parser.values(QStringLiteral("f")).contains(QStringLiteral("-")))
        return usageError(err, tr("standard input cannot be written back; drop --write"));
    return Continue;
}

int PatchCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = context.parser;
    const LoadResult &loaded = context.input().loaded();

    ResourcePatch patch;
    patch.kind = parser.value(QStringLiteral("kind"));
    patch.name = parser.value(QStringLiteral("name"));
    patch.namespace_ = parser.value(QStringLiteral("namespace"));
    patch.type = parser.value(QStringLiteral("type")) == QLatin1StringView("json")
        ? PatchType::Json
        : PatchType::Merge;
    patch.patch = parser.value(QStringLiteral("patch")).toUtf8();
    const Result<PatchedResource> patched = ResourcePatcher::apply(loaded.workspace, patch);
    if (!patched) {
        printError(err, patched.error().message);
        return ExitFailure;
    }
    const QString what = kindDisplayName(patched->kind) + u' ' + patched->name;

    WorkspaceStore store(loaded);
    PlanOptions options;
    options.preview = !parser.isSet(QStringLiteral("write")); // printed: standard input too
    const Result<WritePlan> plan = store.plan(patched->workspace, options);
    if (!plan) {
        printError(err, plan.error().toString());
        return ExitFailure;
    }
    if (plan->isEmpty()) {
        // The patch changes nothing: the document as it is.
        const Source &source = patched->source;
        for (const LoadedFile &file : loaded.loadedFiles) {
            if (file.name == source.file && !parser.isSet(QStringLiteral("write")))
                out << QString::fromUtf8(file.text.sliced(source.begin, source.end - source.begin))
                    << u'\n';
        }
        if (parser.isSet(QStringLiteral("write")))
            out << tr("%1 unchanged").arg(what) << u'\n';
        return ExitSuccess;
    }

    // Calico's validation of the patched resource, at its lines in the patched file.
    const std::optional<WritePlan::Written> written = plan->written(patched->id);
    if (!written) {
        printError(err, tr("%1 cannot be found in the patched text").arg(what));
        return ExitFailure;
    }
    // Errors the resource had before the patch are not the patch's (a tier defined in a file
    // that was not given, say): only new ones refuse it.
    QSet<QString> before;
    for (const Diagnostic &d : context.input().diagnostics())
        before.insert(d.file + u'\n' + d.path + u'\n' + d.message);
    Diagnostics problems;
    for (const Diagnostic &d :
        plan->writtenDiagnostics() + Validator().validate(plan->writtenWorkspace())) {
        if (d.severity == Severity::Error && d.file == written->source.file
            && d.line >= written->source.pos.line && d.line <= written->lastLine
            && !before.contains(d.file + u'\n' + d.path + u'\n' + d.message))
            problems.append(d);
    }
    if (!problems.isEmpty()) {
        err << diagnosticsToText(problems);
        printError(err, tr("the patched %1 is invalid; nothing was written").arg(what));
        return ExitFailure;
    }

    if (!parser.isSet(QStringLiteral("write"))) {
        out << QString::fromUtf8(written->text) << u'\n';
        return ExitSuccess;
    }
    const Result<QStringList> applied = store.apply(*plan);
    if (!applied) {
        printError(err, applied.error().toString());
        return ExitFailure;
    }
    out << tr("%1 patched in %2").arg(what, written->source.file) << u'\n';
    return ExitSuccess;
}

} // namespace ps::cli
