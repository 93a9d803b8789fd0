#include "app/cli/graphcommand.h"

#include "core/graph/graphdot.h"
#include "core/io/workspacestore.h"
#include "core/model/protocol.h"
#include "core/report/graphreport.h"
#include "core/report/leftoutreport.h"

namespace ps::cli {

namespace {

const QString kBy = QStringLiteral("by");
const QString kDenied = QStringLiteral("denied");
const QString kProtocol = QStringLiteral("protocol");
const QString kPort = QStringLiteral("port");
const QString kOut = QStringLiteral("out");

} // namespace

GraphCommand::GraphCommand()
    : WorkspaceCommand(QStringLiteral("graph"),
        tr("Flow graph: which namespaces, service accounts, workloads, host endpoints and outside "
           "address ranges may connect to which, over exactly which protocols and ports."),
        {{QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("dot")},
            {{QStringLiteral("text"), QStringLiteral("txt")}}},
        InvalidInput::Evaluate)
{
}

void GraphCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("Exit codes: 0 the graph was written, 1 unknown protocol, input with errors "
             "(without --accept-errors) or an output file that cannot be written, 2 usage "
             "error."));
    parser.addOption(QCommandLineOption(kBy,
        tr("Group endpoints by namespace (the default), serviceaccount, workload or pod. Host "
           "endpoints are always nodes of their own."),
        QStringLiteral("GROUPING")));
    parser.addOption(QCommandLineOption(
        kDenied, tr("Also list the pairs of nodes between which policy denies some flow.")));
    parser.addOption(QCommandLineOption(kProtocol,
        tr("Only this protocol: %1, or a number 1-255.")
            .arg(knownProtocolNames().join(QStringLiteral(", "))),
        QStringLiteral("P")));
    parser.addOption(QCommandLineOption(
        kPort, tr("Only this destination port (needs --protocol)."), QStringLiteral("N")));
    parser.addOption(
        QCommandLineOption(kOut, tr("Write the output to FILE instead."), QStringLiteral("FILE")));
}

int GraphCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (!givenOnce(parser, {kBy, kProtocol, kPort, kOut}, err))
        return ExitUsage;
    m_options = GraphOptions();
    if (parser.isSet(kBy)) {
        const std::optional<MatrixGrouping> grouping
            = matrixGroupingFromName(parser.value(kBy).trimmed().toLower());
        if (!grouping) {
            return usageError(err,
                tr("--by must be namespace, serviceaccount, workload or pod, got '%1'")
                    .arg(parser.value(kBy)));
        }
        m_options.by = *grouping;
    }
    m_options.denied = parser.isSet(kDenied);
    if (parser.isSet(kPort) && !parser.isSet(kProtocol))
        return usageError(err, tr("--port needs --protocol"));
    if (!numberOption(parser, kPort, 0, 65535, m_options.port, err))
        return ExitUsage;
    m_protocolText = parser.isSet(kProtocol) ? parser.value(kProtocol).trimmed() : QString();
    if (!m_protocolText.isEmpty())
        m_options.protocol = parseProtocolNumber(m_protocolText);
    if (m_options.protocol && m_options.port && !protocolCarriesPorts(*m_options.protocol)) {
        return usageError(err, tr("%1 has no ports").arg(protocolDisplayName(*m_options.protocol)));
    }
    m_outFile = parser.value(kOut);
    if (parser.isSet(kOut) && m_outFile.isEmpty())
        return usageError(err, tr("--out needs a file name"));
    return Continue;
}

int GraphCommand::checkInputs(const WorkspaceContext &, QTextStream &err)
{
    if (m_protocolText.isEmpty() || m_options.protocol)
        return Continue;
    printError(err, unknownProtocolMessage(m_protocolText));
    return ExitFailure;
}

int GraphCommand::emit(const QByteArray &bytes, QTextStream &out, QTextStream &err) const
{
    if (m_outFile.isEmpty()) {
        out << QString::fromUtf8(bytes);
        return ExitSuccess;
    }
    const Result<FileFingerprint> written = writeFileAtomically(m_outFile, bytes);
    if (!written) {
        printError(err, written.error().message);
        return ExitFailure;
    }
    return ExitSuccess;
}

int GraphCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const PolicyEngine &engine = context.input().engine();
    const FlowGraph graph = computeFlowGraph(engine, m_options);
    const QString &format = context.format;
    if (format == QLatin1StringView("json"))
        return emit(withLeftOut(graphToJson(graph), engine.leftOut()) + '\n', out, err);
    if (format == QLatin1StringView("dot")) {
        // Formats other programs read get the resources left out on stderr.
        err << leftOutText(engine.leftOut());
        return emit(graphToDot(graph).toUtf8(), out, err);
    }
    return emit((graphToText(graph) + leftOutText(engine.leftOut())).toUtf8(), out, err);
}

} // namespace ps::cli
