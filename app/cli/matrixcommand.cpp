#include "app/cli/matrixcommand.h"

#include "core/model/protocol.h"
#include "core/report/matrixreport.h"
#include "core/report/leftoutreport.h"

namespace ps::cli {

namespace {

const QString kBy = QStringLiteral("by");
const QString kProtocol = QStringLiteral("protocol");
const QString kPort = QStringLiteral("port");

} // namespace

MatrixCommand::MatrixCommand()
    : WorkspaceCommand(QStringLiteral("matrix"),
        tr("Connectivity matrix: which pods, workloads, namespaces or service accounts may "
           "connect to which."),
        {{QStringLiteral("txt"), QStringLiteral("csv"), QStringLiteral("json"),
             QStringLiteral("md"), QStringLiteral("dot")},
            {{QStringLiteral("text"), QStringLiteral("txt")}}},
        InvalidInput::Evaluate)
{
}

void MatrixCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(kBy,
        tr("Group endpoints by pod, workload, namespace (the default) or serviceaccount. Host "
           "endpoints are always groups of their own."),
        QStringLiteral("GROUPING")));
    parser.addOption(QCommandLineOption(kProtocol,
        tr("The probe's protocol: %1 (TCP is the default), or a number 1-255.")
            .arg(knownProtocolNames().join(QStringLiteral(", "))),
        QStringLiteral("P")));
    parser.addOption(QCommandLineOption(kPort,
        tr("The probe's destination port. Without it the probe has no port, so only rules "
           "without port criteria match it."),
        QStringLiteral("N")));
}

int MatrixCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (!givenOnce(parser, {kBy, kProtocol, kPort}, err))
        return ExitUsage;
    m_by = MatrixGrouping::Namespace;
    if (parser.isSet(kBy)) {
        const std::optional<MatrixGrouping> grouping
            = matrixGroupingFromName(parser.value(kBy).trimmed().toLower());
        if (!grouping) {
            return usageError(err,
                tr("--by must be pod, workload, namespace or serviceaccount, got '%1'")
                    .arg(parser.value(kBy)));
        }
        m_by = *grouping;
    }
    if (!numberOption(parser, kPort, 0, 65535, m_port, err))
        return ExitUsage;
    m_protocolText
        = parser.isSet(kProtocol) ? parser.value(kProtocol).trimmed() : QStringLiteral("TCP");
    m_protocol = parseProtocolNumber(m_protocolText);
    if (m_protocol && m_port && protocolIcmpFamily(*m_protocol) != 0)
        return usageError(err, tr("%1 has no ports").arg(protocolDisplayName(*m_protocol)));
    return Continue;
}

int MatrixCommand::checkInputs(const WorkspaceContext &, QTextStream &err)
{
    if (m_protocol)
        return Continue;
    printError(err, unknownProtocolMessage(m_protocolText));
    return ExitFailure;
}

int MatrixCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const PolicyEngine &engine = context.input().engine();
    const ConnectivityMatrix matrix
        = computeMatrix(engine, m_by, protocolDisplayName(*m_protocol), m_port);
    const QString &format = context.format;
    // Formats other programs read get the resources left out on stderr.
    if (format == QLatin1StringView("csv"))
        out << matrixToCsv(matrix);
    else if (format == QLatin1StringView("json"))
        out << QString::fromUtf8(withLeftOut(matrixToJson(matrix), engine.leftOut())) << u'\n';
    else if (format == QLatin1StringView("md"))
        out << matrixToMarkdown(matrix);
    else if (format == QLatin1StringView("dot"))
        out << matrixToDot(matrix);
    else
        out << matrixToText(matrix) << leftOutText(engine.leftOut());
    if (format != QLatin1StringView("json") && format != QLatin1StringView("txt"))
        err << leftOutText(engine.leftOut());
    return ExitSuccess;
}

} // namespace ps::cli
