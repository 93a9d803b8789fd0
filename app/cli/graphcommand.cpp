#include "app/cli/graphcommand.h"

#include "core/graph/graphcollapse.h"
#include "core/graph/graphdiff.h"
#include "core/graph/graphdot.h"
#include "core/graph/graphlayout.h"
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
const QString kAgainst = QStringLiteral("against");
const QString kGroupBy = QStringLiteral("group-by");

} // namespace

GraphCommand::GraphCommand()
    : WorkspaceCommand(QStringLiteral("graph"),
        tr("Flow graph: which namespaces, service accounts, workloads, host endpoints and outside "
           "address ranges may connect to which, over exactly which protocols and ports."),
        {{QStringLiteral("txt"), QStringLiteral("json"), QStringLiteral("dot"),
             QStringLiteral("svg"), QStringLiteral("png")},
            {{QStringLiteral("text"), QStringLiteral("txt")}}},
        InvalidInput::Evaluate,
        {{kAgainst,
            tr("Compare with this workspace (the new one): a file, a directory, or - for standard "
               "input. Repeatable.")}})
{
}

QString GraphCommand::positionalHint() const
{
    return tr("the workspace is given with -f, a new one to compare with --against");
}

void GraphCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("With --against, the difference of the graph of -f (the old workspace) and the graph "
             "of the new one: nodes and edges added, removed and changed, with the rule "
             "responsible for each added or removed piece.\n"
             "Exit codes: 0 the graph was written, 1 unknown protocol, input with errors "
             "(without --accept-errors) or an output file that cannot be written, 2 usage "
             "error. With --against, as diff: 0 no difference, 1 differences, 2 any error."));
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
    parser.addOption(QCommandLineOption(kGroupBy,
        tr("Draw the overview the studio draws of a large graph: namespaces (and their network "
           "sets) grouped by the first word of their name (prefix) or by the value of the "
           "namespace label KEY (label:KEY; the namespaces without it form one group), the "
           "connections between two groups merged into one edge."),
        QStringLiteral("prefix|label:KEY")));
    parser.addOption(
        QCommandLineOption(kOut, tr("Write the output to FILE instead."), QStringLiteral("FILE")));
}

int GraphCommand::parseOptions(
    const QCommandLineParser &parser, const QString &format, QTextStream &err)
{
    if (!givenOnce(parser, {kBy, kProtocol, kPort, kOut, kGroupBy}, err))
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
    if (format == QLatin1StringView("png") && m_outFile.isEmpty())
        return usageError(err, tr("-o png needs --out FILE"));
    m_against = parser.isSet(kAgainst);
    m_grouping.reset();
    if (parser.isSet(kGroupBy)) {
        const Result<OverviewGrouping> grouping = OverviewGrouping::parse(parser.value(kGroupBy));
        if (!grouping)
            return usageError(err, grouping.error().message);
        if (m_against)
            return usageError(err, tr("--group-by cannot be combined with --against"));
        m_grouping = grouping.value();
    }
    if (m_against && parser.values(kAgainst).contains(QStringLiteral("-"))
        && parser.values(QStringLiteral("f")).contains(QStringLiteral("-"))) {
        return usageError(err, tr("standard input cannot hold both workspaces"));
    }
    return Continue;
}

int GraphCommand::checkInputs(const WorkspaceContext &context, QTextStream &err)
{
    if (!m_protocolText.isEmpty() && !m_options.protocol) {
        printError(err, unknownProtocolMessage(m_protocolText));
        return failure();
    }
    if (m_against && !inputsReadCompletely(context, err)) {
        printError(err, tr("the input cannot be read completely; nothing compared"));
        return ExitUsage;
    }
    return Continue;
}

int GraphCommand::emit(
    const QByteArray &bytes, int success, QTextStream &out, QTextStream &err) const
{
    if (m_outFile.isEmpty()) {
        out << QString::fromUtf8(bytes);
        return success;
    }
    const Result<FileFingerprint> written = writeFileAtomically(m_outFile, bytes);
    if (!written) {
        printError(err, written.error().message);
        return failure();
    }
    return success;
}

int GraphCommand::runDiff(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const PolicyEngine &before = context.inputs.at(0).engine();
    const PolicyEngine &after = context.inputs.at(1).engine();
    const auto [oldGraph, newGraph] = comparableFlowGraphs(before, after, m_options);
    const GraphDiff diff = diffFlowGraphs(before, oldGraph, after, newGraph);
    const int success = diff.isEmpty() ? ExitSuccess : ExitFailure;
    const QString &format = context.format;
    if (format == QLatin1StringView("json")) {
        return emit(withLeftOut(graphDiffToJson(diff), before.leftOut(), after.leftOut()) + '\n',
            success, out, err);
    }
    if (format == QLatin1StringView("txt")) {
        return emit(
            (graphDiffToText(diff) + leftOutText(before.leftOut(), after.leftOut())).toUtf8(),
            success, out, err);
    }
    err << leftOutText(before.leftOut(), after.leftOut());
    const QString dot = graphDiffToDot(diff, oldGraph, newGraph);
    if (format == QLatin1StringView("dot"))
        return emit(dot.toUtf8(), success, out, err);
    const Result<QByteArray> image = renderDot(dot, format, layoutEngineFor(newGraph));
    if (!image) {
        printError(err, image.error().message);
        return failure();
    }
    return emit(image.value(), success, out, err);
}

int GraphCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    if (m_against)
        return runDiff(context, out, err);
    const PolicyEngine &engine = context.input().engine();
    FlowGraph graph = computeFlowGraph(engine, m_options);
    if (m_grouping) {
        graph = flowGraphOverview(graph, *m_grouping, namespaceLabelsOf(engine.workspace())).graph;
    }
    const QString &format = context.format;
    if (format == QLatin1StringView("json"))
        return emit(
            withLeftOut(graphToJson(graph), engine.leftOut()) + '\n', ExitSuccess, out, err);
    if (format == QLatin1StringView("txt")) {
        return emit(
            (graphToText(graph) + leftOutText(engine.leftOut())).toUtf8(), ExitSuccess, out, err);
    }
    // Formats other programs read get the resources left out on stderr.
    err << leftOutText(engine.leftOut());
    if (format == QLatin1StringView("dot"))
        return emit(graphToDot(graph).toUtf8(), ExitSuccess, out, err);
    const Result<QByteArray> image = renderFlowGraph(graph, format);
    if (!image) {
        printError(err, image.error().message);
        return ExitFailure;
    }
    return emit(image.value(), ExitSuccess, out, err);
}

} // namespace ps::cli
