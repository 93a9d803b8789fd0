#include "app/cli/diffcommand.h"

#include "app/cli/chaincommand.h"
#include "app/cli/inputloader.h"
#include "core/eval/semanticdiff.h"
#include "core/model/protocol.h"
#include "core/report/diffreport.h"
#include "core/validate/validator.h"

namespace ps::cli {

namespace {

const QString kAgainst = QStringLiteral("against");
const QString kProtocol = QStringLiteral("protocol");
const QString kPort = QStringLiteral("port");
const QString kMaxFlows = QStringLiteral("max-flows");

/// Loader errors (a path that cannot be read or parsed) on stderr; true when there were any.
bool reportLoadErrors(QTextStream &err, const LoadResult &loaded)
{
    bool any = false;
    for (const Diagnostic &d : loaded.diagnostics) {
        if (d.severity != Severity::Error)
            continue;
        err << d.toString() << u'\n';
        any = true;
    }
    return any;
}

} // namespace

DiffCommand::DiffCommand()
    : Command(QStringLiteral("diff"),
        tr("Semantic difference of two workspaces: policies added, removed, changed, and the "
           "flows whose verdict changes."))
{
}

void DiffCommand::configure(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("Compares the workspace of -f (the old one) with the workspace of --against (the "
             "new one).\n"
             "Exit codes, as diff and kubectl diff: 0 no difference, 1 differences found, 2 usage "
             "error or input that cannot be read."));
    parser.addOption(fileOption());
    parser.addOption(QCommandLineOption(kAgainst,
        tr("The new workspace: a file, a directory, or - for standard input. Repeatable."),
        QStringLiteral("PATH")));
    parser.addOption(outputOption({QStringLiteral("txt"), QStringLiteral("json")}));
    parser.addOption(QCommandLineOption(kProtocol,
        tr("Probe only this protocol (with --port: only this port). By default every port and "
           "named port either workspace mentions is probed, over TCP and UDP."),
        QStringLiteral("P")));
    parser.addOption(QCommandLineOption(
        kPort, tr("The probe's destination port (needs --protocol)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        kMaxFlows, tr("List at most N flow changes (default 1000)."), QStringLiteral("N")));
}

int DiffCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = outputFormat(parser, err,
        {QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("text")},
        QStringLiteral("txt"));
    if (format.isEmpty())
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err,
            tr("unexpected argument '%1' (the old workspace is given with -f, the new one with "
               "--against)")
                .arg(parser.positionalArguments().constFirst()));
    }
    if (!parser.isSet(kAgainst))
        return usageError(err, tr("missing --against PATH (the new workspace)"));
    for (const QString &single : {kProtocol, kPort, kMaxFlows}) {
        if (parser.values(single).size() > 1)
            return usageError(err, tr("--%1 is given more than once").arg(single));
    }
    const QStringList against = parser.values(kAgainst);
    if (against.contains(QStringLiteral("-"))
        && parser.values(QStringLiteral("f")).contains(QStringLiteral("-"))) {
        return usageError(err, tr("standard input cannot hold both workspaces"));
    }
    DiffOptions options;
    if (parser.isSet(kMaxFlows)) {
        bool ok = false;
        options.maxFlows = parser.value(kMaxFlows).trimmed().toInt(&ok);
        if (!ok || options.maxFlows < 0) {
            return usageError(err,
                tr("--max-flows needs a number of at least 0, got '%1'")
                    .arg(parser.value(kMaxFlows)));
        }
    }
    if (parser.isSet(kPort) && !parser.isSet(kProtocol))
        return usageError(err, tr("--port needs --protocol"));
    if (parser.isSet(kProtocol)) {
        const std::optional<int> protocol = parseProtocolNumber(parser.value(kProtocol).trimmed());
        if (!protocol) {
            return usageError(err, unknownProtocolMessage(parser.value(kProtocol)));
        }
        DiffProbe probe {protocolDisplayName(*protocol), std::nullopt};
        if (parser.isSet(kPort)) {
            bool ok = false;
            const int port = parser.value(kPort).trimmed().toInt(&ok);
            if (!ok || port < 0 || port > 65535) {
                return usageError(err,
                    tr("--port needs a number from 0 to 65535, got '%1'").arg(parser.value(kPort)));
            }
            if (protocolIcmpFamily(*protocol) != 0)
                return usageError(err, tr("%1 has no ports").arg(probe.protocol));
            probe.port = port;
        }
        options.probes.append(probe);
    }

    LoadResult before;
    if (!loadInputs(parser, err, before))
        return ExitUsage;
    const LoadResult after = InputLoader(input()).load(against);
    const bool unreadableBefore = reportLoadErrors(err, before);
    const bool unreadableAfter = reportLoadErrors(err, after);
    if (unreadableBefore || unreadableAfter) {
        err << tr("policyctl diff: error: the input cannot be read completely; nothing compared")
            << u'\n';
        return ExitUsage;
    }
    warnAboutInvalidInput(
        err, name() + QStringLiteral(" (-f)"), Validator().validate(before.workspace));
    warnAboutInvalidInput(
        err, name() + QStringLiteral(" (--against)"), Validator().validate(after.workspace));

    const PolicyEngine oldEngine(before.workspace);
    const PolicyEngine newEngine(after.workspace);
    const SemanticDiff diff = semanticDiff(oldEngine, newEngine, options);
    if (format == QLatin1StringView("json"))
        out << QString::fromUtf8(diffToJson(diff)) << u'\n';
    else
        out << diffToText(diff);
    return diff.isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace ps::cli
