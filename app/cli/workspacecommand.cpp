#include "app/cli/workspacecommand.h"

#include <utility>

#include <QSet>

#include "app/cli/inputloader.h"
#include "core/eval/endpointlookup.h"
#include "core/report/diagnosticsreport.h"
#include "core/validate/validator.h"

namespace ps::cli {

namespace {

const QString kFileOption = QStringLiteral("f");
const QString kAcceptErrors = QStringLiteral("accept-errors");
const QString kCalicoVersion = QStringLiteral("calico-version");

// --calico-version wins over the setting of the workspace folder.
LoadResult forVersion(LoadResult loaded, std::optional<CalicoVersion> version)
{
    if (version && loaded.workspace->calicoVersion != *version) {
        loaded.workspace
            = loaded.workspace.edited([version](WorkspaceData &d) { d.calicoVersion = *version; });
    }
    return loaded;
}

} // namespace

LoadedWorkspace::LoadedWorkspace(QString option, LoadResult loaded)
    : m_option(std::move(option)), m_loaded(std::move(loaded))
{
}

const Diagnostics &LoadedWorkspace::validation() const
{
    if (!m_validation)
        m_validation = Validator().validate(m_loaded.workspace);
    return *m_validation;
}

const Diagnostics &LoadedWorkspace::diagnostics() const
{
    if (!m_diagnostics)
        m_diagnostics = m_loaded.diagnostics + validation();
    return *m_diagnostics;
}

const PolicyEngine &LoadedWorkspace::engine() const
{
    if (!m_engine)
        m_engine.emplace(m_loaded.workspace, validation());
    return *m_engine;
}

WorkspaceCommand::WorkspaceCommand(QString name, QString description, OutputFormats formats,
    InvalidInput invalidInput, QList<InputOption> moreInputs)
    : Command(std::move(name), std::move(description)), m_formats(std::move(formats)),
      m_invalidInput(invalidInput), m_moreInputs(std::move(moreInputs))
{
}

QString WorkspaceCommand::positionalHint() const
{
    return tr("files are given with -f");
}

int WorkspaceCommand::parseOptions(const QCommandLineParser &, const QString &, QTextStream &)
{
    return Continue;
}

int WorkspaceCommand::checkInputs(const WorkspaceContext &, QTextStream &)
{
    return Continue;
}

bool WorkspaceCommand::givenOnce(
    const QCommandLineParser &parser, const QStringList &options, QTextStream &err) const
{
    for (const QString &option : options) {
        if (parser.values(option).size() > 1) {
            usageError(err, tr("--%1 is given more than once").arg(option));
            return false;
        }
    }
    return true;
}

bool WorkspaceCommand::numberOption(const QCommandLineParser &parser, const QString &name, int min,
    int max, std::optional<int> &value, QTextStream &err) const
{
    value.reset();
    if (!parser.isSet(name))
        return true;
    bool isNumber = false;
    const int number = parser.value(name).trimmed().toInt(&isNumber);
    if (!isNumber || number < min || number > max) {
        usageError(err,
            tr("--%1 needs a number from %2 to %3, got '%4'")
                .arg(name)
                .arg(min)
                .arg(max)
                .arg(parser.value(name)));
        return false;
    }
    value = number;
    return true;
}

std::optional<EndpointRef> WorkspaceCommand::resolveEndpoint(
    const PolicyEngine &engine, const QString &ref, const QString &outside, QTextStream &err) const
{
    const Result<EndpointRef> resolved = EndpointLookup::find(engine, ref);
    if (!resolved) {
        printError(err, resolved.error().message);
        return std::nullopt;
    }
    if (!resolved->isEndpoint()) {
        printError(err, outside.arg(resolved->display));
        return std::nullopt;
    }
    return *resolved;
}

void WorkspaceCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption({kFileOption, QStringLiteral("filename")},
        tr("A YAML or JSON file, a directory (read recursively), or - for standard input. "
           "Repeatable."),
        QStringLiteral("PATH")));
    for (const InputOption &input : m_moreInputs)
        parser.addOption(QCommandLineOption(input.name, input.description, QStringLiteral("PATH")));
    parser.addOption(outputOption(m_formats.listed));
    parser.addOption(QCommandLineOption(kCalicoVersion,
        tr("The Calico release the cluster runs: %1 (default: the workspace folder's setting, "
           "else %2). Decides which kinds exist, the admin tiers, policy names and validation.")
            .arg(calicoVersionNames().join(QStringLiteral(", ")),
                calicoVersionName(kNewestCalicoVersion)),
        QStringLiteral("VERSION")));
    if (m_invalidInput == InvalidInput::Evaluate) {
        parser.addOption(QCommandLineOption(kAcceptErrors,
            tr("Analyse input that has errors: without the resources that fail validation, as "
               "Calico would refuse them (the output lists them as left out). Without it, input "
               "with errors is refused.")));
    }
    addOptions(parser);
}

QString WorkspaceCommand::chosenFormat(const QCommandLineParser &parser, QTextStream &err) const
{
    QStringList accepted = m_formats.listed;
    for (const auto &[alias, format] : m_formats.aliases)
        accepted.append(alias);
    const QString chosen = outputFormat(parser, err, accepted, m_formats.listed.constFirst());
    for (const auto &[alias, format] : m_formats.aliases) {
        if (chosen == alias)
            return format;
    }
    return chosen;
}

int WorkspaceCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = chosenFormat(parser, err);
    if (format.isEmpty())
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err,
            tr("unexpected argument '%1' (%2)")
                .arg(parser.positionalArguments().constFirst(), positionalHint()));
    }
    if (!givenOnce(parser, {kCalicoVersion}, err))
        return ExitUsage;
    std::optional<CalicoVersion> version;
    if (parser.isSet(kCalicoVersion)) {
        const std::optional<CalicoVersion> chosen
            = calicoVersionFromName(parser.value(kCalicoVersion));
        if (!chosen) {
            return usageError(err,
                tr("--%1 must be one of %2, got '%3'")
                    .arg(kCalicoVersion, calicoVersionNames().join(QStringLiteral(", ")),
                        parser.value(kCalicoVersion)));
        }
        version = chosen;
    }
    if (const int code = parseOptions(parser, format, err); code != Continue)
        return code;

    const QStringList paths = parser.values(kFileOption);
    if (paths.isEmpty()) {
        return usageError(
            err, tr("no input: give -f PATH (a file, a directory, or - for standard input)"));
    }
    WorkspaceContext context {parser, format, {}};
    context.inputs.emplace_back(
        QStringLiteral("-f"), forVersion(InputLoader(input()).load(paths), version));
    for (const InputOption &more : m_moreInputs) {
        context.inputs.emplace_back(QStringLiteral("--") + more.name,
            forVersion(InputLoader(input()).load(parser.values(more.name)), version));
    }

    if (const int code = checkInputs(context, err); code != Continue)
        return code;
    if (m_invalidInput == InvalidInput::Evaluate) {
        const bool accepted = parser.isSet(kAcceptErrors);
        bool refused = false;
        for (const LoadedWorkspace &loaded : context.inputs) {
            if (!checkInvalidInput(loaded, context.inputs.size() > 1, accepted, err))
                refused = true;
        }
        if (refused)
            return refusedInputCode();
    }
    return runOn(context, out, err);
}

bool WorkspaceCommand::checkInvalidInput(
    const LoadedWorkspace &input, bool several, bool accepted, QTextStream &err) const
{
    const Diagnostics &diagnostics = input.diagnostics();
    const qsizetype errors = countOf(diagnostics, Severity::Error);
    if (errors == 0)
        return true;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            err << d.toString() << u'\n';
    }
    const QString command
        = several ? QStringLiteral("%1 (%2)").arg(name(), input.option()) : name();
    if (!accepted) {
        err << tr("policyctl %1: error: the input has %2 error(s) (see 'policyctl validate'); "
                  "Calico would refuse the invalid resources. Fix them, or give --accept-errors "
                  "to analyse without them")
                   .arg(command)
                   .arg(errors)
            << u'\n';
        return false;
    }
    err << tr("policyctl %1: warning: the input has %2 error(s) (see 'policyctl validate'); "
              "analysing without the resources Calico would refuse")
               .arg(command)
               .arg(errors)
        << u'\n';
    return true;
}

bool WorkspaceCommand::inputsReadCompletely(const WorkspaceContext &context, QTextStream &err) const
{
    bool complete = true;
    for (const LoadedWorkspace &input : context.inputs) {
        QSet<QString> parsed;
        for (const LoadedFile &file : input.loaded().loadedFiles) {
            if (file.parsed)
                parsed.insert(file.name);
        }
        for (const Diagnostic &d : input.loaded().diagnostics) {
            if (d.severity != Severity::Error || parsed.contains(d.file))
                continue;
            err << d.toString() << u'\n';
            complete = false;
        }
    }
    return complete;
}

} // namespace ps::cli
