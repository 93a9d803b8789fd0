#include "app/cli/costcommand.h"

#include "core/dataplane/traversalcost.h"
#include "core/eval/nodelist.h"
#include "core/report/costreport.h"
#include "core/report/leftoutreport.h"

namespace ps::cli {

namespace {

const QString kBy = QStringLiteral("by");
const QString kNode = QStringLiteral("node");
const QString kGrowth = QStringLiteral("growth");
const QString kPolicies = QStringLiteral("policies");
const QString kNamespaces = QStringLiteral("namespaces");
const QString kPods = QStringLiteral("pods");
const QString kForecastNode = QStringLiteral("forecast-node");
const QString kPlace = QStringLiteral("place");

} // namespace

CostCommand::CostCommand()
    : WorkspaceCommand(QStringLiteral("cost"),
        tr("Ruleset cost: the rules, chains and IP sets Felix renders per node or endpoint "
           "against a flat rendering, the rules a connection traverses as policies grow, and a "
           "node's forecast for a pod placement."),
        {{QStringLiteral("text"), QStringLiteral("json")},
            {{QStringLiteral("txt"), QStringLiteral("text")}}},
        InvalidInput::Evaluate)
{
}

void CostCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("The flat rendering writes every IP set match out as one rule per member: what "
             "Felix's IP sets save. Rules traversed are counted by the dataplane simulator for "
             "new TCP connections between the pods of a node.\n"
             "Exit codes: 0 written, 1 input with errors (without --accept-errors), an unknown "
             "node or workload or no free pod address, 2 usage error."));
    parser.addOption(QCommandLineOption(kBy,
        tr("One line per node (the default) or per endpoint (the rules its chains reach)."),
        QStringLiteral("node|endpoint")));
    parser.addOption(QCommandLineOption(kNode, tr("Only this node."), QStringLiteral("NODE")));
    parser.addOption(QCommandLineOption(kGrowth,
        tr("Rules a new connection traverses as the number of policies grows, on generated "
           "clusters of one node (--namespaces, --pods, --policies), and on the workspace's "
           "busiest node.")));
    parser.addOption(QCommandLineOption(kPolicies,
        tr("With --growth: the policy counts, comma-separated (default 0,100,200,400,800,1600,"
           "3200)."),
        QStringLiteral("LIST")));
    parser.addOption(QCommandLineOption(kNamespaces,
        tr("With --growth: namespaces of the generated clusters (default 3)."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kPods,
        tr("With --growth: pods of the generated clusters, all on one node, 2 to 250 (default "
           "110)."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kForecastNode,
        tr("Forecast this node's cost with the pods of --place added."), QStringLiteral("NODE")));
    parser.addOption(QCommandLineOption(kPlace,
        tr("With --forecast-node: COUNT pods (default 1) like the workload or pod "
           "NAMESPACE/NAME. Repeatable."),
        QStringLiteral("NS/WORKLOAD[:COUNT]")));
}

int CostCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (!givenOnce(parser, {kBy, kNode, kPolicies, kNamespaces, kPods, kForecastNode}, err))
        return ExitUsage;
    m_byEndpoint = false;
    if (parser.isSet(kBy)) {
        const QString by = parser.value(kBy).trimmed().toLower();
        if (by != u"node" && by != u"endpoint")
            return usageError(err, tr("--by must be node or endpoint, got '%1'").arg(by));
        m_byEndpoint = by == u"endpoint";
    }
    m_node = parser.value(kNode).trimmed();
    m_growth = parser.isSet(kGrowth);
    m_forecastNode = parser.value(kForecastNode).trimmed();
    const bool forecast = parser.isSet(kForecastNode);
    if (int(m_growth) + int(forecast) + int(parser.isSet(kBy) || parser.isSet(kNode)) > 1) {
        return usageError(
            err, tr("--growth, --forecast-node and --by / --node cannot be combined"));
    }
    for (const QString &option : {kPolicies, kNamespaces, kPods}) {
        if (parser.isSet(option) && !m_growth)
            return usageError(err, tr("--%1 needs --growth").arg(option));
    }
    m_growthOptions = GrowthOptions();
    std::optional<int> namespaces;
    std::optional<int> pods;
    if (!numberOption(parser, kNamespaces, 1, 1000, namespaces, err)
        || !numberOption(parser, kPods, 2, 250, pods, err))
        return ExitUsage;
    m_growthOptions.namespaces = namespaces.value_or(m_growthOptions.namespaces);
    m_growthOptions.pods = pods.value_or(m_growthOptions.pods);
    QList<int> &policies = m_growthOptions.policies;
    if (parser.isSet(kPolicies)) {
        policies.clear();
        for (const QString &part : parser.value(kPolicies).split(u',')) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 0 || n > 100000) {
                return usageError(err,
                    tr("--policies must list numbers from 0 to 100000, got '%1'")
                        .arg(parser.value(kPolicies)));
            }
            policies.append(n);
        }
    }
    if (parser.isSet(kPlace) && !forecast)
        return usageError(err, tr("--place needs --forecast-node"));
    if (forecast && !parser.isSet(kPlace))
        return usageError(err, tr("--forecast-node needs --place"));
    m_placements.clear();
    for (const QString &text : parser.values(kPlace)) {
        const Result<Placement> p = parsePlacement(text);
        if (!p)
            return usageError(err, p.error().message);
        m_placements.append(*p);
    }
    return Continue;
}

int CostCommand::runGrowth(
    const WorkspaceContext &context, QTextStream &out, QTextStream &err) const
{
    const GrowthOptions &options = m_growthOptions;
    const Result<QList<GrowthPoint>> points = traversalGrowth(options);
    if (!points) {
        printError(err, points.error().message);
        return ExitFailure;
    }
    const GrowthPoint workspace = workspacePoint(context.input().engine(), options.maxEndpoints);
    if (context.format == QLatin1StringView("json"))
        out << QString::fromUtf8(growthToJson(options, *points, workspace));
    else
        out << growthToText(options, *points, workspace);
    return ExitSuccess;
}

int CostCommand::runForecast(
    const WorkspaceContext &context, QTextStream &out, QTextStream &err) const
{
    const Result<PlacementForecast> forecast
        = forecastPlacement(context.input().engine(), m_forecastNode, m_placements);
    if (!forecast) {
        printError(err, forecast.error().message);
        return ExitFailure;
    }
    if (context.format == QLatin1StringView("json"))
        out << QString::fromUtf8(forecastToJson(*forecast));
    else
        out << forecastToText(*forecast);
    return ExitSuccess;
}

int CostCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const PolicyEngine &engine = context.input().engine();
    // The numbers are the contract; what was left out goes to stderr.
    err << leftOutText(engine.leftOut());
    if (m_growth)
        return runGrowth(context, out, err);
    if (!m_forecastNode.isEmpty() || !m_placements.isEmpty())
        return runForecast(context, out, err);
    QList<RulesetCost> nodes;
    if (m_node.isEmpty()) {
        nodes = rulesetCostPerNode(engine);
    } else {
        if (!NodeList::of(engine).nodes.contains(m_node)) {
            printError(err, tr("there is no node '%1'").arg(m_node));
            return ExitFailure;
        }
        nodes = {rulesetCost(renderNode(engine, m_node))};
    }
    const bool json = context.format == QLatin1StringView("json");
    if (m_byEndpoint)
        out << (json ? QString::fromUtf8(endpointCostsToJson(nodes)) : endpointCostsToText(nodes));
    else
        out << (json ? QString::fromUtf8(nodeCostsToJson(nodes)) : nodeCostsToText(nodes));
    return ExitSuccess;
}

} // namespace ps::cli
