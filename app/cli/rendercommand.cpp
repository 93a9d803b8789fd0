#include "app/cli/rendercommand.h"

#include <QSet>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/rulesetformat.h"
#include "core/report/renderreport.h"
#include "core/eval/nodelist.h"
#include "core/eval/policyengine.h"
#include "core/io/didyoumean.h"
#include "core/report/leftoutreport.h"

namespace ps::cli {

namespace {

const QString kNodeOption = QStringLiteral("node");
const QString kEndpointOption = QStringLiteral("endpoint");
const QString kDataplaneOption = QStringLiteral("dataplane");
const QString kLegacyNamingOption = QStringLiteral("legacy-naming");
const QString kIpVersionOption = QStringLiteral("ip-version");

} // namespace

RenderCommand::RenderCommand()
    : WorkspaceCommand(QStringLiteral("render"),
        tr("Show what Calico's Felix would program on a node: iptables and ipsets, or "
           "nftables."),
        {{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("save")}},
        InvalidInput::Evaluate)
{
}

void RenderCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(kNodeOption,
        tr("Render every pod and host endpoint on this node (default: the only node that has "
           "endpoints)."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kEndpointOption,
        tr("Render one endpoint, as if alone on its node: namespace/name (a pod), hep:name (a "
           "host endpoint) or the IP address of one."),
        QStringLiteral("REF")));
    parser.addOption(QCommandLineOption(kDataplaneOption,
        tr("iptables (ipset restore + iptables-restore input, the default) or nft (an nft -f "
           "script)."),
        QStringLiteral("DATAPLANE")));
    parser.addOption(QCommandLineOption(kIpVersionOption,
        tr("The IP family to render: 4 (iptables, ip, cali40 sets; the default) or 6 "
           "(ip6tables, ip6, cali60 sets), as Felix programs each."),
        QStringLiteral("4|6")));
    parser.addOption(QCommandLineOption(kLegacyNamingOption,
        tr("Name policy chains as Felix v3.29 to v3.31 did (tier/namespace/backend name) "
           "instead of the current kind/namespace/name.")));
}

QString RenderCommand::positionalHint() const
{
    return tr("use --node N or --endpoint REF");
}

int RenderCommand::parseOptions(
    const QCommandLineParser &parser, const QString &format, QTextStream &err)
{
    for (const QString &option :
        {kNodeOption, kEndpointOption, kDataplaneOption, kIpVersionOption}) {
        if (parser.values(option).size() > 1)
            return usageError(err, tr("--%1 is given more than once").arg(option));
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return usageError(err, tr("--%1 needs a value").arg(option));
    }
    if (parser.isSet(kNodeOption) && parser.isSet(kEndpointOption))
        return usageError(err, tr("give either --node or --endpoint, not both"));

    m_request = RenderRequest();
    // Without --dataplane, the node's FelixConfiguration (nftablesMode) picks it.
    m_request.dataplaneFromFelixConfiguration = !parser.isSet(kDataplaneOption);
    if (parser.isSet(kDataplaneOption)) {
        const QString dataplane = parser.value(kDataplaneOption).toLower();
        if (dataplane == QLatin1StringView("iptables")) {
            m_request.dataplane = Dataplane::Iptables;
        } else if (dataplane == QLatin1StringView("nft")
            || dataplane == QLatin1StringView("nftables")) {
            m_request.dataplane = Dataplane::Nftables;
        } else {
            return usageError(err,
                tr("unknown dataplane '%1' (expected iptables or nft)")
                    .arg(parser.value(kDataplaneOption)));
        }
    }
    if (format == QLatin1StringView("save") && m_request.dataplane == Dataplane::Nftables)
        return usageError(
            err, tr("-o save is the iptables-save view; it needs --dataplane iptables"));
    if (parser.isSet(kLegacyNamingOption))
        m_request.options.naming = FelixNaming::V3_29;
    if (parser.isSet(kIpVersionOption)) {
        const QString version = parser.value(kIpVersionOption).trimmed();
        if (version != QLatin1StringView("4") && version != QLatin1StringView("6"))
            return usageError(err, tr("--ip-version is 4 or 6, not '%1'").arg(version));
        m_request.options.ipVersion = version.toInt();
    }
    return Continue;
}

int RenderCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const QCommandLineParser &parser = context.parser;
    RenderRequest request = m_request;
    const PolicyEngine &engine = context.input().engine();
    if (parser.isSet(kEndpointOption)) {
        const QString outside = tr("%1 is outside the inventory: it is no Calico endpoint, so "
                                   "Felix programs nothing for it");
        if (!resolveEndpoint(engine, parser.value(kEndpointOption).trimmed(), outside, err))
            return ExitFailure;
        request.endpoint = parser.value(kEndpointOption).trimmed();
    } else {
        const NodeList nodeList = NodeList::of(engine);
        const QStringList &nodes = nodeList.nodes;
        const QStringList &withEndpoints = nodeList.nodesWithEndpoints;
        if (parser.isSet(kNodeOption)) {
            request.node = parser.value(kNodeOption).trimmed();
            if (!nodes.contains(request.node)) {
                QString message = tr("unknown node '%1'").arg(request.node);
                if (const QString best = didYouMean(request.node, nodes); !best.isEmpty())
                    message += u'\n' + tr("Did you mean '%1'?").arg(best);
                else if (!nodes.isEmpty())
                    message += u'\n' + tr("Nodes: %1").arg(nodes.join(QStringLiteral(", ")));
                printError(err, message);
                return ExitFailure;
            }
        } else if (withEndpoints.size() == 1) {
            request.node = withEndpoints.constFirst();
        } else if (withEndpoints.isEmpty()) {
            printError(err, tr("no pod or host endpoint in the input is on a node"));
            return ExitFailure;
        } else {
            return usageError(err,
                tr("give --node N or --endpoint REF (nodes with endpoints: %1)")
                    .arg(withEndpoints.join(QStringLiteral(", "))));
        }
    }

    // -o save is the iptables-save view: it keeps iptables whatever the node's configuration.
    if (context.format != QLatin1StringView("save"))
        request.dataplane = renderDataplane(engine, request);
    request.dataplaneFromFelixConfiguration = false;
    const Result<FelixRuleset> ruleset = render(engine, request);
    if (!ruleset) {
        printError(err, ruleset.error().message);
        return ExitFailure;
    }
    for (const QString &warning : ruleset->warnings)
        err << QStringLiteral("policyctl render: warning: ") << warning << u'\n';

    // The rules are the dataplane's input: the resources left out go to stderr, or into JSON.
    const RenderFormat renderFormat
        = context.format == QLatin1StringView("json") ? RenderFormat::Json : RenderFormat::Text;
    if (renderFormat != RenderFormat::Json)
        err << leftOutText(engine.leftOut());
    if (context.format == QLatin1StringView("save")) {
        out << iptablesSaveText(*ruleset);
        return ExitSuccess;
    }
    QByteArray output = renderOutput(*ruleset, request.dataplane, renderFormat);
    if (renderFormat == RenderFormat::Json)
        output = withLeftOut(output, engine.leftOut());
    out << QString::fromUtf8(output);
    if (renderFormat == RenderFormat::Json)
        out << u'\n';
    return ExitSuccess;
}

} // namespace ps::cli
