#include "app/cli/rendercommand.h"

#include <QSet>

#include "app/cli/chaincommand.h"
#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/rulesetformat.h"
#include "core/eval/endpointlookup.h"
#include "core/eval/nodelist.h"
#include "core/eval/policyengine.h"
#include "core/io/didyoumean.h"
#include "core/validate/validator.h"

namespace ps::cli {

namespace {

const QString kNodeOption = QStringLiteral("node");
const QString kEndpointOption = QStringLiteral("endpoint");
const QString kDataplaneOption = QStringLiteral("dataplane");
const QString kLegacyNamingOption = QStringLiteral("legacy-naming");

} // namespace

RenderCommand::RenderCommand()
    : Command(QStringLiteral("render"),
        tr("Show what Calico's Felix would program on a node: iptables and ipsets, or "
           "nftables."))
{
}

void RenderCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(fileOption());
    parser.addOption(
        outputOption({QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("save")}));
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
    parser.addOption(QCommandLineOption(kLegacyNamingOption,
        tr("Name policy chains as Felix v3.29 to v3.31 did (tier/namespace/backend name) "
           "instead of the current kind/namespace/name.")));
}

int RenderCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = outputFormat(parser, err,
        {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("save")},
        QStringLiteral("text"));
    if (format.isEmpty())
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err,
            tr("unexpected argument '%1' (use --node N or --endpoint REF)")
                .arg(parser.positionalArguments().constFirst()));
    }
    for (const QString &option : {kNodeOption, kEndpointOption, kDataplaneOption}) {
        if (parser.values(option).size() > 1)
            return usageError(err, tr("--%1 is given more than once").arg(option));
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return usageError(err, tr("--%1 needs a value").arg(option));
    }
    if (parser.isSet(kNodeOption) && parser.isSet(kEndpointOption))
        return usageError(err, tr("give either --node or --endpoint, not both"));

    RenderRequest request;
    if (parser.isSet(kDataplaneOption)) {
        const QString dataplane = parser.value(kDataplaneOption).toLower();
        if (dataplane == QLatin1StringView("iptables")) {
            request.dataplane = Dataplane::Iptables;
        } else if (dataplane == QLatin1StringView("nft")
            || dataplane == QLatin1StringView("nftables")) {
            request.dataplane = Dataplane::Nftables;
        } else {
            return usageError(err,
                tr("unknown dataplane '%1' (expected iptables or nft)")
                    .arg(parser.value(kDataplaneOption)));
        }
    }
    if (format == QLatin1StringView("save") && request.dataplane == Dataplane::Nftables)
        return usageError(
            err, tr("-o save is the iptables-save view; it needs --dataplane iptables"));
    if (parser.isSet(kLegacyNamingOption))
        request.options.naming = FelixNaming::V3_29;

    LoadResult loaded;
    if (!loadInputs(parser, err, loaded))
        return ExitUsage;
    Diagnostics diagnostics = loaded.diagnostics;
    diagnostics += Validator().validate(loaded.workspace);
    warnAboutInvalidInput(err, name(), diagnostics);

    const PolicyEngine engine(loaded.workspace);
    const QString errorPrefix = QStringLiteral("policyctl render: error: ");
    if (parser.isSet(kEndpointOption)) {
        const EndpointRef ref = engine.resolve(parser.value(kEndpointOption).trimmed());
        if (!ref.ok()) {
            err << errorPrefix << EndpointLookup::unresolvedMessage(engine, ref) << u'\n';
            return ExitFailure;
        }
        if (!ref.isEndpoint()) {
            err << errorPrefix
                << tr("%1 is outside the inventory: it is no Calico endpoint, so Felix programs "
                      "nothing for it")
                       .arg(ref.display)
                << u'\n';
            return ExitFailure;
        }
        request.endpoint = parser.value(kEndpointOption).trimmed();
    } else {
        const NodeList nodeList = NodeList::of(engine);
        const QStringList &nodes = nodeList.nodes;
        const QStringList &withEndpoints = nodeList.nodesWithEndpoints;
        if (parser.isSet(kNodeOption)) {
            request.node = parser.value(kNodeOption).trimmed();
            if (!nodes.contains(request.node)) {
                err << errorPrefix << tr("unknown node '%1'").arg(request.node);
                if (const QString best = didYouMean(request.node, nodes); !best.isEmpty())
                    err << u'\n' << tr("Did you mean '%1'?").arg(best);
                else if (!nodes.isEmpty())
                    err << u'\n' << tr("Nodes: %1").arg(nodes.join(QStringLiteral(", ")));
                err << u'\n';
                return ExitFailure;
            }
        } else if (withEndpoints.size() == 1) {
            request.node = withEndpoints.constFirst();
        } else if (withEndpoints.isEmpty()) {
            err << errorPrefix << tr("no pod or host endpoint in the input is on a node") << u'\n';
            return ExitFailure;
        } else {
            return usageError(err,
                tr("give --node N or --endpoint REF (nodes with endpoints: %1)")
                    .arg(withEndpoints.join(QStringLiteral(", "))));
        }
    }

    const RenderResult result = render(engine, request);
    if (!result.ok()) {
        err << errorPrefix << result.error << u'\n';
        return ExitFailure;
    }
    for (const QString &warning : result.ruleset.warnings)
        err << QStringLiteral("policyctl render: warning: ") << warning << u'\n';

    if (format == QLatin1StringView("save")) {
        out << iptablesSaveText(result.ruleset);
        return ExitSuccess;
    }
    const RenderFormat renderFormat
        = format == QLatin1StringView("json") ? RenderFormat::Json : RenderFormat::Text;
    out << QString::fromUtf8(renderOutput(result.ruleset, request.dataplane, renderFormat));
    if (renderFormat == RenderFormat::Json)
        out << u'\n';
    return ExitSuccess;
}

} // namespace ps::cli
