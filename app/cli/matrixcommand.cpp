#include "app/cli/matrixcommand.h"

#include "app/cli/chaincommand.h"
#include "core/eval/matrix.h"
#include "core/model/protocol.h"
#include "core/report/matrixreport.h"
#include "core/validate/validator.h"

namespace ps::cli {

namespace {

const QString kBy = QStringLiteral("by");
const QString kProtocol = QStringLiteral("protocol");
const QString kPort = QStringLiteral("port");

const QStringList &formats()
{
    static const QStringList list {QStringLiteral("txt"), QStringLiteral("csv"),
        QStringLiteral("json"), QStringLiteral("md"), QStringLiteral("dot"),
        QStringLiteral("text")};
    return list;
}

} // namespace

MatrixCommand::MatrixCommand()
    : Command(QStringLiteral("matrix"),
        tr("Connectivity matrix: which pods, workloads, namespaces or service accounts may "
           "connect to which."))
{
}

void MatrixCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(fileOption());
    parser.addOption(outputOption(formats().mid(0, 5)));
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

int MatrixCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = outputFormat(parser, err, formats(), QStringLiteral("txt"));
    if (format.isEmpty())
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err,
            tr("unexpected argument '%1' (files are given with -f)")
                .arg(parser.positionalArguments().constFirst()));
    }
    for (const QString &single : {kBy, kProtocol, kPort}) {
        if (parser.values(single).size() > 1)
            return usageError(err, tr("--%1 is given more than once").arg(single));
    }
    MatrixGrouping by = MatrixGrouping::Namespace;
    if (parser.isSet(kBy)) {
        const std::optional<MatrixGrouping> grouping
            = matrixGroupingFromName(parser.value(kBy).trimmed().toLower());
        if (!grouping) {
            return usageError(err,
                tr("--by must be pod, workload, namespace or serviceaccount, got '%1'")
                    .arg(parser.value(kBy)));
        }
        by = *grouping;
    }
    std::optional<int> port;
    if (parser.isSet(kPort)) {
        bool ok = false;
        const int value = parser.value(kPort).trimmed().toInt(&ok);
        if (!ok || value < 0 || value > 65535) {
            return usageError(err,
                tr("--port needs a number from 0 to 65535, got '%1'").arg(parser.value(kPort)));
        }
        port = value;
    }
    const QString protocolText
        = parser.isSet(kProtocol) ? parser.value(kProtocol).trimmed() : QStringLiteral("TCP");
    const std::optional<int> protocol = parseProtocolNumber(protocolText);
    if (protocol && port) {
        if (protocolIcmpFamily(*protocol) != 0)
            return usageError(err, tr("%1 has no ports").arg(protocolDisplayName(*protocol)));
    }

    LoadResult loaded;
    if (!loadInputs(parser, err, loaded))
        return ExitUsage;
    if (!protocol) {
        err << QStringLiteral("policyctl matrix: error: ") << unknownProtocolMessage(protocolText)
            << u'\n';
        return ExitFailure;
    }
    Diagnostics diagnostics = loaded.diagnostics;
    diagnostics += Validator().validate(loaded.workspace);
    warnAboutInvalidInput(err, name(), diagnostics);

    const PolicyEngine engine(loaded.workspace);
    const ConnectivityMatrix matrix
        = computeMatrix(engine, by, protocolDisplayName(*protocol), port);
    if (format == QLatin1StringView("csv"))
        out << matrixToCsv(matrix);
    else if (format == QLatin1StringView("json"))
        out << QString::fromUtf8(matrixToJson(matrix)) << u'\n';
    else if (format == QLatin1StringView("md"))
        out << matrixToMarkdown(matrix);
    else if (format == QLatin1StringView("dot"))
        out << matrixToDot(matrix);
    else
        out << matrixToText(matrix);
    return ExitSuccess;
}

} // namespace ps::cli
