#include "app/cli/diffcommand.h"

#include "core/eval/semanticdiff.h"
#include "core/model/protocol.h"
#include "core/report/diffreport.h"
#include "core/report/leftoutreport.h"

namespace ps::cli {

namespace {

const QString kAgainst = QStringLiteral("against");
const QString kProtocol = QStringLiteral("protocol");
const QString kPort = QStringLiteral("port");
const QString kMaxFlows = QStringLiteral("max-flows");

} // namespace

DiffCommand::DiffCommand()
    : WorkspaceCommand(QStringLiteral("diff"),
        tr("Semantic difference of two workspaces: policies added, removed, changed, and the "
           "flows whose verdict changes."),
        {{QStringLiteral("txt"), QStringLiteral("json")},
            {{QStringLiteral("text"), QStringLiteral("txt")}}},
        InvalidInput::Evaluate,
        {{kAgainst,
            tr("The new workspace: a file, a directory, or - for standard input. Repeatable.")}})
{
}

void DiffCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("Compares the workspace of -f (the old one) with the workspace of --against (the "
             "new one).\n"
             "Exit codes, as diff and kubectl diff: 0 no difference, 1 differences found, 2 usage "
             "error, input that cannot be read, or input with errors without --accept-errors."));
    parser.addOption(QCommandLineOption(kProtocol,
        tr("Probe only this protocol (with --port: only this port). By default every port and "
           "named port either workspace mentions is probed, over TCP and UDP."),
        QStringLiteral("P")));
    parser.addOption(QCommandLineOption(
        kPort, tr("The probe's destination port (needs --protocol)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        kMaxFlows, tr("List at most N flow changes (default 1000)."), QStringLiteral("N")));
}

QString DiffCommand::positionalHint() const
{
    return tr("the old workspace is given with -f, the new one with --against");
}

int DiffCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (!parser.isSet(kAgainst))
        return usageError(err, tr("missing --against PATH (the new workspace)"));
    if (!givenOnce(parser, {kProtocol, kPort, kMaxFlows}, err))
        return ExitUsage;
    if (parser.values(kAgainst).contains(QStringLiteral("-"))
        && parser.values(QStringLiteral("f")).contains(QStringLiteral("-"))) {
        return usageError(err, tr("standard input cannot hold both workspaces"));
    }
    m_options = DiffOptions();
    if (parser.isSet(kMaxFlows)) {
        bool ok = false;
        m_options.maxFlows = parser.value(kMaxFlows).trimmed().toInt(&ok);
        if (!ok || m_options.maxFlows < 0) {
            return usageError(err,
                tr("--max-flows needs a number of at least 0, got '%1'")
                    .arg(parser.value(kMaxFlows)));
        }
    }
    if (parser.isSet(kPort) && !parser.isSet(kProtocol))
        return usageError(err, tr("--port needs --protocol"));
    if (parser.isSet(kProtocol)) {
        const std::optional<int> protocol = parseProtocolNumber(parser.value(kProtocol).trimmed());
        if (!protocol)
            return usageError(err, unknownProtocolMessage(parser.value(kProtocol)));
        DiffProbe probe {protocolDisplayName(*protocol), std::nullopt};
        if (!numberOption(parser, kPort, 0, 65535, probe.port, err))
            return ExitUsage;
        if (probe.port && protocolIcmpFamily(*protocol) != 0)
            return usageError(err, tr("%1 has no ports").arg(probe.protocol));
        m_options.probes.append(probe);
    }
    return Continue;
}

int DiffCommand::checkInputs(const WorkspaceContext &context, QTextStream &err)
{
    // What cannot be read stops the comparison. An error inside a resource of a file that parsed
    // is the input's error like validation's: refused unless --accept-errors, then the resource
    // is left out on its side.
    if (inputsReadCompletely(context, err))
        return Continue;
    printError(err, tr("the input cannot be read completely; nothing compared"));
    return ExitUsage;
}

int DiffCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &)
{
    const PolicyEngine &before = context.inputs.at(0).engine();
    const PolicyEngine &after = context.inputs.at(1).engine();
    const SemanticDiff diff = semanticDiff(before, after, m_options);
    if (context.format == QLatin1StringView("json")) {
        out << QString::fromUtf8(withLeftOut(diffToJson(diff), before.leftOut(), after.leftOut()))
            << u'\n';
    } else {
        out << diffToText(diff) << leftOutText(before.leftOut(), after.leftOut());
    }
    return diff.isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace ps::cli
