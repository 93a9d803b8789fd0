#include "app/cli/tracecommand.h"

#include <algorithm>

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include "app/cli/inputloader.h"
#include "core/eval/endpointlookup.h"
#include "core/io/jsonposition.h"
#include "core/model/protocol.h"
#include "core/eval/portverdicts.h"
#include "core/report/chainreport.h"
#include "core/report/explainer.h"
#include "core/report/tracereport.h"
#include "core/report/leftoutreport.h"

namespace ps::cli {

namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kVia = QStringLiteral("via");
const QString kProtocol = QStringLiteral("protocol");
const QString kPort = QStringLiteral("port");
const QString kSourcePort = QStringLiteral("source-port");
const QString kIcmpType = QStringLiteral("icmp-type");
const QString kIcmpCode = QStringLiteral("icmp-code");
const QString kFlows = QStringLiteral("flows");
const QString kExpect = QStringLiteral("expect");

} // namespace

TraceCommand::TraceCommand()
    : WorkspaceCommand(QStringLiteral("trace"),
        tr("Trace a flow (or a --flows batch): the verdict and every step that led to it."),
        {{QStringLiteral("text"), QStringLiteral("json")}}, InvalidInput::Evaluate)
{
}

void TraceCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(kFrom,
        tr("The source: namespace/name (a pod, else a workload template), hep:name, or an IP "
           "address."),
        QStringLiteral("REF")));
    parser.addOption(
        QCommandLineOption(kTo, tr("The destination, as for --from."), QStringLiteral("REF")));
    parser.addOption(QCommandLineOption(kVia,
        tr("Forwarded traffic: the host endpoint (hep:name) the flow arrives on before the host "
           "routes it on; its untracked, pre-DNAT and applyOnForward policies apply too."),
        QStringLiteral("REF")));
    parser.addOption(QCommandLineOption(kProtocol,
        tr("%1, or a protocol number 1-255.").arg(knownProtocolNames().join(QStringLiteral(", "))),
        QStringLiteral("P")));
    parser.addOption(QCommandLineOption(kPort, tr("The destination port."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kSourcePort,
        tr("The source port (only rules with source ports need it)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kIcmpType, tr("The ICMP type."), QStringLiteral("T")));
    parser.addOption(QCommandLineOption(kIcmpCode, tr("The ICMP code."), QStringLiteral("C")));
    parser.addOption(QCommandLineOption(kFlows,
        tr("Trace every flow of a JSON array of {from,to,protocol,port,icmpType,icmpCode} "
           "(and sourcePort, via; - for standard input) instead of --from/--to; results come in "
           "the "
           "same order."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(kExpect,
        tr("For scripts: exit 1 unless every verdict is this one (allow or deny)."),
        QStringLiteral("VERDICT")));
}

std::optional<Flow> TraceCommand::flowFromOptions(
    const QCommandLineParser &parser, QTextStream &err) const
{
    for (const QString &required : {kFrom, kTo, kProtocol}) {
        if (!parser.isSet(required) || parser.value(required).trimmed().isEmpty()) {
            usageError(err,
                tr("missing --%1 (or give --flows FILE)")
                    .arg(required == kProtocol ? QStringLiteral("protocol P")
                                               : required + QStringLiteral(" REF")));
            return std::nullopt;
        }
    }
    if (!givenOnce(
            parser, {kFrom, kTo, kVia, kProtocol, kPort, kSourcePort, kIcmpType, kIcmpCode}, err))
        return std::nullopt;
    Flow flow;
    flow.from = parser.value(kFrom).trimmed();
    flow.to = parser.value(kTo).trimmed();
    flow.via = parser.value(kVia).trimmed();
    flow.protocol = parser.value(kProtocol).trimmed();
    if (!numberOption(parser, kPort, 0, 65535, flow.port, err)
        || !numberOption(parser, kSourcePort, 0, 65535, flow.sourcePort, err)
        || !numberOption(parser, kIcmpType, 0, 255, flow.icmpType, err)
        || !numberOption(parser, kIcmpCode, 0, 255, flow.icmpCode, err))
        return std::nullopt;
    if (flow.icmpCode && !flow.icmpType) {
        usageError(err, tr("--icmp-code needs --icmp-type"));
        return std::nullopt;
    }
    // An unknown protocol is invalid input (exit 1), reported by the engine; a known one must
    // agree with the options given.
    if (const std::optional<int> number = parseProtocolNumber(flow.protocol)) {
        const bool icmp = protocolIcmpFamily(*number) != 0;
        if (icmp && (flow.port || flow.sourcePort)) {
            usageError(err,
                tr("%1 has no ports: give --icmp-type and --icmp-code instead")
                    .arg(protocolDisplayName(*number)));
            return std::nullopt;
        }
        if (!icmp && flow.icmpType) {
            usageError(err,
                tr("--icmp-type and --icmp-code apply to ICMP and ICMPv6, not %1")
                    .arg(protocolDisplayName(*number)));
            return std::nullopt;
        }
    }
    return flow;
}

bool TraceCommand::readFlows(
    const QString &path, QList<Flow> &flows, QByteArray &text, int &code, QTextStream &err) const
{
    QString fileName = path;
    if (path == QLatin1StringView("-")) {
        fileName = InputLoader::standardInputName();
        QIODevice *device = input();
        if (device && (device->isOpen() || device->open(QIODevice::ReadOnly)))
            text = device->readAll();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("%1: error: cannot read the flows file: %2").arg(path, file.errorString())
                << u'\n';
            code = ExitFailure;
            return false;
        }
        text = file.readAll();
    }
    Result<QList<Flow>> parsed = parseFlows(text, fileName);
    if (parsed) {
        flows = std::move(parsed).value();
        return true;
    }
    const Error &error = parsed.error();
    err << QStringLiteral("%1:%2:%3: error: %4")
               .arg(error.file)
               .arg(error.line)
               .arg(error.column)
               .arg(error.message)
        << u'\n';
    code = ExitFailure;
    return false;
}

QString TraceCommand::positionalHint() const
{
    return tr("endpoints are given with --from and --to, files with -f");
}

int TraceCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    m_expected.reset();
    m_flows.clear();
    m_flowsText.clear();
    if (parser.isSet(kExpect)) {
        const QString value = parser.value(kExpect).trimmed().toLower();
        if (value == QLatin1StringView("allow")) {
            m_expected = Verdict::Allow;
        } else if (value == QLatin1StringView("deny")) {
            m_expected = Verdict::Deny;
        } else {
            return usageError(
                err, tr("--expect must be allow or deny, got '%1'").arg(parser.value(kExpect)));
        }
    }

    m_batch = parser.isSet(kFlows);
    if (!m_batch) {
        const std::optional<Flow> flow = flowFromOptions(parser, err);
        if (!flow)
            return ExitUsage;
        m_flows.append(*flow);
        return Continue;
    }
    for (const QString &single :
        {kFrom, kTo, kVia, kProtocol, kPort, kSourcePort, kIcmpType, kIcmpCode}) {
        if (parser.isSet(single)) {
            return usageError(err,
                tr("--%1 cannot be combined with --flows (each flow of the file gives its own)")
                    .arg(single));
        }
    }
    if (!givenOnce(parser, {kFlows}, err))
        return ExitUsage;
    if (parser.value(kFlows) == QLatin1StringView("-")
        && parser.values(QStringLiteral("f")).contains(QStringLiteral("-"))) {
        return usageError(err, tr("standard input cannot hold both the resources and the flows"));
    }
    return Continue;
}

int TraceCommand::checkInputs(const WorkspaceContext &context, QTextStream &err)
{
    if (!m_batch)
        return Continue;
    int code = ExitFailure;
    if (!readFlows(context.parser.value(kFlows), m_flows, m_flowsText, code, err))
        return code;
    return Continue;
}

int TraceCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const PolicyEngine &engine = context.input().engine();
    const QList<FlowTrace> traces = engine.trace(m_flows);

    // Flows that could not be traced: the engine's message, with "did you mean" for an
    // unknown REF and, in a batch, where the flow is in the file.
    const QList<qsizetype> offsets
        = m_batch ? jsonArrayItemOffsets(m_flowsText) : QList<qsizetype>();
    const QString flowsFile = context.parser.value(kFlows) == QLatin1StringView("-")
        ? InputLoader::standardInputName()
        : context.parser.value(kFlows);
    // "Did you mean" scans every endpoint: only for the first few errors of a large batch.
    constexpr int kSuggestedErrors = 20;
    int errors = 0;
    for (qsizetype i = 0; i < traces.size(); ++i) {
        const FlowTrace &trace = traces.at(i);
        if (trace.ok())
            continue;
        QString message = trace.error;
        for (const QString &ref : {m_flows.at(i).from, m_flows.at(i).to}) {
            if (errors >= kSuggestedErrors)
                break;
            if (const Result<EndpointRef> found = EndpointLookup::find(engine, ref); !found) {
                message = found.error().message;
                break;
            }
        }
        ++errors;
        if (m_batch) {
            const SourcePos pos = textPositionAt(m_flowsText, offsets.value(i, 0));
            err << QStringLiteral("%1:%2:%3").arg(flowsFile).arg(pos.line).arg(pos.column)
                << tr(": error: flow %1: %2").arg(QString::number(i), message) << u'\n';
        } else {
            printError(err, message);
        }
    }
    if (errors > 0 && !m_batch)
        return ExitFailure;

    if (context.format == QLatin1StringView("json")) {
        // A batch is an array of traces, one per line: the resources left out go to stderr.
        const QByteArray json = m_batch
            ? ps::toJson(traces)
            : withLeftOut(ps::toJson(traces.constFirst()), engine.leftOut());
        out << QString::fromUtf8(json) << u'\n';
        if (m_batch)
            err << leftOutText(engine.leftOut());
    } else {
        out << ps::toText(traces) << leftOutText(engine.leftOut());
    }
    if (errors > 0)
        return ExitFailure;
    // A flow without a port stands for every port: say so when the ports disagree.
    if (!m_batch && !m_flows.constFirst().port) {
        const std::optional<int> protocol = parseProtocolNumber(m_flows.constFirst().protocol);
        if (protocol && protocolCarriesPorts(*protocol)) {
            const PortVerdicts byPort = verdictsByPort(engine, m_flows.constFirst());
            if (byPort.ok() && !byPort.uniform()) {
                err << tr("policyctl trace: warning: no --port given and the verdict depends on "
                          "the port: %1; the trace above is for a port no rule names")
                           .arg(portVerdictsText(byPort))
                    << u'\n';
            }
        }
    }

    if (m_expected) {
        bool differs = false;
        for (qsizetype i = 0; i < traces.size(); ++i) {
            const FlowTrace &trace = traces.at(i);
            if (trace.verdict == *m_expected)
                continue;
            differs = true;
            err << tr("policyctl trace: expected %1, got %2: %3")
                       .arg(verdictName(*m_expected), verdictName(trace.verdict),
                           flowDescription(trace))
                << u'\n';
        }
        if (differs)
            return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace ps::cli
