#include "app/cli/flowscommand.h"

#include "app/cli/inputloader.h"
#include "app/cli/stopsignals.h"
#include "core/agent/agentcredentials.h"
#include "core/flows/flowexplain.h"
#include "core/flows/flowlogreader.h"
#include "core/flows/flowrecommend.h"
#include "core/flows/flowreplay.h"
#include "core/flows/whiskerfollower.h"
#include "core/flows/whiskersource.h"
#include "core/io/workspacestore.h"
#include "core/report/flowsreport.h"
#include "core/report/leftoutreport.h"

namespace ps::cli {

namespace {

const QString kLog = QStringLiteral("log");
const QString kCluster = QStringLiteral("cluster");
const QString kAgainst = QStringLiteral("against");
const QString kStaged = QStringLiteral("staged");
const QString kSuggest = QStringLiteral("suggest");
const QString kNamespace = QStringLiteral("namespace");
const QString kTier = QStringLiteral("tier");
const QString kBy = QStringLiteral("by");
const QString kGlobal = QStringLiteral("global");
const QString kHostEndpoints = QStringLiteral("host-endpoints");
const QString kReport = QStringLiteral("report");
const QString kSince = QStringLiteral("since");
const QString kWatch = QStringLiteral("watch");
const QString kFollow = QStringLiteral("follow");
const QString kWhiskerCa = QStringLiteral("whisker-ca");
const QString kWhiskerCert = QStringLiteral("whisker-cert");
const QString kWhiskerKey = QStringLiteral("whisker-key");
const QString kWhiskerToken = QStringLiteral("whisker-token-file");

QCommandLineOption logOption()
{
    return QCommandLineOption(kLog,
        FlowsExplainCommand::tr("The flow log: Whisker JSON (a list response, its event stream "
                                "or one flow per line), Goldmane JSON lines or Calico "
                                "Enterprise / Cloud JSON lines, plain or gzip; - for standard "
                                "input; or a live Whisker backend's URL, http(s)://HOST:PORT"
                                "[/whisker-backend]."),
        QStringLiteral("FILE|URL"));
}

void addWhiskerOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(kSince,
        FlowsExplainCommand::tr("A Whisker backend: only the flows of the last SECONDS."),
        QStringLiteral("SECONDS")));
    parser.addOption(QCommandLineOption(kWatch,
        FlowsExplainCommand::tr("A Whisker backend: read its live stream for SECONDS instead of "
                                "the flows it holds."),
        QStringLiteral("SECONDS")));
    parser.addOption(QCommandLineOption(kWhiskerCa,
        FlowsExplainCommand::tr("A Whisker backend over HTTPS: the PEM file to verify its "
                                "certificate with (default: the system's CAs)."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(kWhiskerCert,
        FlowsExplainCommand::tr("A Whisker backend that asks for a client certificate: the "
                                "certificate (PEM)."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(kWhiskerKey,
        FlowsExplainCommand::tr("The client certificate's key (PEM)."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(kWhiskerToken,
        FlowsExplainCommand::tr("A file holding a bearer token for the Whisker backend (mode "
                                "0600)."),
        QStringLiteral("FILE")));
}

// Checks the Whisker options; a usage error message, or "" when fine.
QString checkWhisker(const QCommandLineParser &parser)
{
    const bool live = isWhiskerUrl(parser.value(kLog));
    for (const QString &name :
        {kSince, kWatch, kWhiskerCa, kWhiskerCert, kWhiskerKey, kWhiskerToken}) {
        if (parser.values(name).size() > 1)
            return FlowsExplainCommand::tr("--%1 is given more than once").arg(name);
        if (parser.isSet(name) && !live)
            return FlowsExplainCommand::tr("--%1 needs --log URL (a Whisker backend)").arg(name);
    }
    for (const QString &name : {kSince, kWatch}) {
        bool ok = true;
        if (parser.isSet(name) && (parser.value(name).toInt(&ok) <= 0 || !ok))
            return FlowsExplainCommand::tr("--%1 takes a whole number of seconds above 0 (got %2)")
                .arg(name, parser.value(name));
    }
    if (parser.isSet(kWhiskerCert) != parser.isSet(kWhiskerKey))
        return FlowsExplainCommand::tr("--whisker-cert and --whisker-key go together");
    return {};
}

QCommandLineOption clusterOption()
{
    return QCommandLineOption(kCluster,
        FlowsExplainCommand::tr("Records naming another cluster (Enterprise's cluster field) are "
                                "not resolved."),
        QStringLiteral("NAME"));
}

// Checks --log; a usage error message, or "" when fine.
QString checkLog(const QCommandLineParser &parser)
{
    if (!parser.isSet(kLog))
        return FlowsExplainCommand::tr("missing --log FILE (the flow log)");
    if (parser.values(kLog).size() > 1)
        return FlowsExplainCommand::tr("--log is given more than once");
    if (parser.value(kLog) == QLatin1StringView("-")
        && parser.values(QStringLiteral("f")).contains(QStringLiteral("-")))
        return FlowsExplainCommand::tr("standard input cannot hold both the resources and the log");
    return checkWhisker(parser);
}

void printErrors(const QList<Error> &errors, qint64 invalid, QTextStream &err)
{
    for (const Error &e : errors)
        err << e.file << u':' << e.line << u':' << e.column << FlowsExplainCommand::tr(": error: ")
            << e.message << (e.path.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e.path))
            << u'\n';
    if (invalid > errors.size())
        err << FlowsExplainCommand::tr("... and %1 more unreadable records")
                   .arg(invalid - errors.size())
            << u'\n';
}

} // namespace

bool FlowsCommand::whiskerSource(
    WhiskerSource &source, const QCommandLineParser &parser, QTextStream &err) const
{
    source.url = parser.value(kLog);
    source.caFile = parser.value(kWhiskerCa);
    source.certFile = parser.value(kWhiskerCert);
    source.keyFile = parser.value(kWhiskerKey);
    source.sinceSeconds = parser.value(kSince).toLongLong();
    source.watchSeconds = parser.value(kWatch).toInt();
    if (parser.isSet(kWhiskerToken)) {
        const Result<QByteArray> token = AgentCredentials::readToken(parser.value(kWhiskerToken));
        if (!token) {
            printError(err, token.error().toString());
            return false;
        }
        source.token = *token;
    }
    return true;
}

bool FlowsCommand::openLog(
    FlowLogReader &reader, const QCommandLineParser &parser, QTextStream &err) const
{
    const QString path = parser.value(kLog);
    if (isWhiskerUrl(path)) {
        WhiskerSource source;
        if (!whiskerSource(source, parser, err))
            return false;
        const Result<QByteArray> flows = WhiskerClient::fetch(source);
        if (!flows) {
            printError(err, flows.error().toString());
            return false;
        }
        reader.openData(*flows, QString::fromUtf8(whiskerFlowsUrl(source)));
        return true;
    }
    if (path == QLatin1StringView("-")) {
        reader.openDevice(input(), InputLoader::standardInputName());
        return true;
    }
    if (Result<void> opened = reader.open(path); !opened) {
        printError(err, opened.error().toString());
        return false;
    }
    return true;
}

FlowsExplainCommand::FlowsExplainCommand()
    : FlowsCommand(QStringLiteral("flows explain"),
        tr("Explain a Calico flow log: the logged verdict and policy beside the engine's trace "
           "of each flow, and drift where they differ."),
        {{QStringLiteral("text"), QStringLiteral("json")}}, InvalidInput::Evaluate)
{
}

void FlowsExplainCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("Exit codes: 0 every resolved flow group agrees, 1 drift or unreadable records, "
             "2 usage error."));
    parser.addOption(logOption());
    addWhiskerOptions(parser);
    parser.addOption(clusterOption());
    parser.addOption(QCommandLineOption(kSuggest,
        tr("For each flow the workspace denies: the smallest change that would allow it (one "
           "rule added to the policy that decided), checked by tracing again, and what else "
           "that change would allow.")));
    parser.addOption(QCommandLineOption(kFollow,
        tr("A Whisker backend: follow its live stream until interrupted (Ctrl+C, SIGTERM), "
           "printing each new flow group as its first record arrives and a line when a known "
           "one changes outcome; -o json prints one JSON object per line.")));
}

QString FlowsExplainCommand::positionalHint() const
{
    return tr("the workspace is given with -f, the log with --log");
}

int FlowsExplainCommand::parseOptions(
    const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (const QString problem = checkLog(parser); !problem.isEmpty())
        return usageError(err, problem);
    if (!givenOnce(parser, {kCluster}, err))
        return ExitUsage;
    if (parser.isSet(kFollow) && !isWhiskerUrl(parser.value(kLog)))
        return usageError(err, tr("--follow needs --log URL (a Whisker backend)"));
    if (parser.isSet(kFollow) && parser.isSet(kWatch))
        return usageError(err, tr("give either --follow or --watch SECONDS"));
    return Continue;
}

int FlowsExplainCommand::follow(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    WhiskerSource source;
    if (!whiskerSource(source, context.parser, err))
        return ExitFailure;
    const PolicyEngine &engine = context.input().engine();
    FlowExplainOptions options;
    options.cluster = context.parser.value(kCluster).trimmed();
    options.suggest = context.parser.isSet(kSuggest);
    const bool json = context.format == QLatin1StringView("json");
    FlowExplainer explainer(engine, options);
    QHash<QString, int> latestBySide; // flowSideKey -> the side's newest group
    qint64 errorsShown = 0;
    const StopSignals stopSignals;
    WhiskerFollower::Callbacks callbacks;
    callbacks.record = [&](const FlowRecord &record) {
        const FlowExplainer::Added added = explainer.add(record);
        if (!added.isNew)
            return;
        const QList<FlowGroup> &groups = explainer.explanation().groups;
        const FlowGroup &group = groups.at(added.group);
        const QString side = flowSideKey(record);
        const int before = latestBySide.value(side, -1);
        latestBySide.insert(side, added.group);
        if (before < 0) {
            if (json)
                out << QString::fromUtf8(flowGroupToJson(group, "group")) << u'\n';
            else
                out << flowGroupToText(group);
        } else if (flowGroupOutcomeChanged(groups.at(before), group)) {
            if (json)
                out << QString::fromUtf8(flowGroupChangeToJson(groups.at(before), group)) << u'\n';
            else
                out << flowGroupChangeText(groups.at(before), group) << u'\n';
        }
        out.flush();
    };
    callbacks.invalid = [&](const Error &e) {
        if (errorsShown++ < options.maxErrors)
            printErrors({e}, 1, err);
        err.flush();
    };
    callbacks.state = [&](const WhiskerFollowState &state) {
        err << QStringLiteral("policyctl %1: %2").arg(name(), state.text()) << u'\n';
        err.flush();
    };
    callbacks.keepGoing = [] { return StopSignals::caught() == 0; };
    const WhiskerFollowResult result = WhiskerFollower(source).run(callbacks);
    FlowExplanation explanation = explainer.take();
    explanation.invalid = result.invalid;
    if (result.end == WhiskerFollowResult::End::Failed)
        printError(err, result.error);
    err << QStringLiteral("policyctl %1: %2").arg(name(), result.message()) << u'\n';
    if (json)
        err << flowExplanationSummary(explanation) << u'\n' << leftOutText(engine.leftOut());
    else
        out << flowExplanationSummary(explanation) << u'\n' << leftOutText(engine.leftOut());
    if (result.end == WhiskerFollowResult::End::Failed)
        return ExitFailure;
    return explanation.drifting() > 0 || explanation.invalid > 0 ? ExitFailure : ExitSuccess;
}

int FlowsExplainCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    if (context.parser.isSet(kFollow))
        return follow(context, out, err);
    FlowLogReader reader;
    if (!openLog(reader, context.parser, err))
        return ExitFailure;
    const PolicyEngine &engine = context.input().engine();
    FlowExplainOptions options;
    options.cluster = context.parser.value(kCluster).trimmed();
    options.suggest = context.parser.isSet(kSuggest);
    const FlowExplanation explanation = explainFlowLog(engine, reader, options);
    printErrors(explanation.errors, explanation.invalid, err);
    if (context.format == QLatin1StringView("json")) {
        out << QString::fromUtf8(flowExplanationToJson(explanation)) << u'\n';
        err << flowExplanationSummary(explanation) << u'\n' << leftOutText(engine.leftOut());
    } else {
        out << flowExplanationToText(explanation) << leftOutText(engine.leftOut());
    }
    return explanation.drifting() > 0 || explanation.invalid > 0 ? ExitFailure : ExitSuccess;
}

FlowsReplayCommand::FlowsReplayCommand()
    : FlowsCommand(QStringLiteral("flows replay"),
        tr("Replay a flow log against an edit: the observed flows whose verdict changes, with "
           "both traces."),
        {{QStringLiteral("text"), QStringLiteral("json")}}, InvalidInput::Evaluate,
        {{kAgainst, tr("The new workspace: a file, a directory, or - for standard input.")}})
{
}

void FlowsReplayCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("Compares the workspace of -f (the old one) with --against (the new one), or with "
             "--staged the same workspace with its staged policies enforced.\n"
             "Exit codes, as diff: 0 no verdict changes, 1 some change, 2 usage error."));
    parser.addOption(logOption());
    addWhiskerOptions(parser);
    parser.addOption(clusterOption());
    parser.addOption(QCommandLineOption(kStaged,
        tr("Compare with -f's staged policies enforced (what enforcing them would change on the "
           "observed traffic) instead of --against.")));
}

QString FlowsReplayCommand::positionalHint() const
{
    return tr("the old workspace is given with -f, the new one with --against, the log with "
              "--log");
}

int FlowsReplayCommand::parseOptions(
    const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (const QString problem = checkLog(parser); !problem.isEmpty())
        return usageError(err, problem);
    m_staged = parser.isSet(kStaged);
    if (m_staged == parser.isSet(kAgainst))
        return usageError(err, tr("give either --against PATH (the new workspace) or --staged"));
    if (!givenOnce(parser, {kCluster}, err))
        return ExitUsage;
    if (parser.values(kAgainst).contains(QStringLiteral("-"))
        && (parser.values(QStringLiteral("f")).contains(QStringLiteral("-"))
            || parser.value(kLog) == QLatin1StringView("-")))
        return usageError(err, tr("standard input can hold only one input"));
    return Continue;
}

int FlowsReplayCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    FlowLogReader reader;
    if (!openLog(reader, context.parser, err))
        return ExitFailure;
    const PolicyEngine &before = context.inputs.at(0).engine();
    std::optional<PolicyEngine> staged;
    if (m_staged)
        staged.emplace(enforceStagedPolicies(before.workspace()));
    const PolicyEngine &after = m_staged ? *staged : context.inputs.at(1).engine();
    FlowExplainOptions options;
    options.cluster = context.parser.value(kCluster).trimmed();
    const FlowReplay replay = replayFlowLog(before, after, reader, options);
    printErrors(replay.errors, replay.invalid, err);
    if (context.format == QLatin1StringView("json")) {
        out << QString::fromUtf8(flowReplayToJson(replay)) << u'\n';
        err << leftOutText(before.leftOut(), after.leftOut());
    } else {
        out << flowReplayToText(replay) << leftOutText(before.leftOut(), after.leftOut());
    }
    return replay.changed > 0 ? ExitFailure : ExitSuccess;
}

FlowsRecommendCommand::FlowsRecommendCommand()
    : FlowsCommand(QStringLiteral("flows recommend"),
        tr("Recommend least-privilege staged policies for a namespace (or the host "
           "endpoints) from the traffic a flow log observed, with the engine's proof."),
        {{QStringLiteral("yaml"), QStringLiteral("json")}}, InvalidInput::Evaluate)
{
}

void FlowsRecommendCommand::addOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("The staged policies go to standard output (YAML documents, or a JSON List), ready "
             "for calicoctl apply; the report goes to standard error: each policy's selector, "
             "the proof (every observed connection traced again with the policies enforced), "
             "the connections logged as denied, those no rule can name and those not resolved, "
             "and what else the policies allow. --report FILE also writes that report as JSON.\n"
             "Exit codes: 0 proven and every allowed connection covered, 1 not proven, not "
             "covered, unreadable records, or an unknown namespace or tier, 2 usage error."));
    parser.addOption(logOption());
    addWhiskerOptions(parser);
    parser.addOption(clusterOption());
    parser.addOption(QCommandLineOption(kNamespace,
        tr("The namespace whose endpoints get policies (this or --host-endpoints is "
           "required)."),
        QStringLiteral("NS")));
    parser.addOption(QCommandLineOption(kHostEndpoints,
        tr("The host endpoints get the policies instead, as StagedGlobalNetworkPolicy "
           "resources, one per set of stable labels.")));
    parser.addOption(QCommandLineOption(kTier,
        tr("The tier the policies are placed in (default: default)."), QStringLiteral("TIER")));
    parser.addOption(QCommandLineOption(kBy,
        tr("One policy per workload or per service account (workload or serviceaccount)."),
        QStringLiteral("GROUPING")));
    parser.addOption(QCommandLineOption(kReport,
        tr("Also write the report — the policies, the proof for each observed connection and "
           "what else they allow — as JSON to FILE."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(kGlobal,
        tr("StagedGlobalNetworkPolicy resources (selectors limited to the namespace) instead of "
           "StagedNetworkPolicy.")));
}

QString FlowsRecommendCommand::positionalHint() const
{
    return tr("the workspace is given with -f, the log with --log, the namespace with "
              "--namespace");
}

int FlowsRecommendCommand::parseOptions(
    const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (const QString problem = checkLog(parser); !problem.isEmpty())
        return usageError(err, problem);
    if (!givenOnce(parser, {kCluster, kNamespace, kTier, kBy, kReport}, err))
        return ExitUsage;
    const bool hosts = parser.isSet(kHostEndpoints);
    if (hosts && parser.isSet(kNamespace))
        return usageError(err, tr("give either --namespace NS or --host-endpoints"));
    if (hosts && parser.isSet(kBy))
        return usageError(err, tr("--by groups a namespace's endpoints, not host endpoints"));
    if (!hosts && parser.value(kNamespace).trimmed().isEmpty())
        return usageError(err, tr("missing --namespace NS (whose endpoints get policies)"));
    if (parser.isSet(kBy) && parser.value(kBy) != QLatin1StringView("workload")
        && parser.value(kBy) != QLatin1StringView("serviceaccount"))
        return usageError(
            err, tr("--by is workload or serviceaccount, not '%1'").arg(parser.value(kBy)));
    if (parser.isSet(kTier) && parser.value(kTier).trimmed().isEmpty())
        return usageError(err, tr("--tier needs a tier name"));
    if (parser.isSet(kReport) && parser.value(kReport).trimmed().isEmpty())
        return usageError(err, tr("--report needs a file name"));
    return Continue;
}

int FlowsRecommendCommand::runOn(
    const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    FlowLogReader reader;
    if (!openLog(reader, context.parser, err))
        return ExitFailure;
    const PolicyEngine &engine = context.input().engine();
    FlowRecommendOptions options;
    options.namespace_ = context.parser.value(kNamespace).trimmed();
    options.tier = context.parser.value(kTier).trimmed();
    options.grouping = context.parser.value(kBy) == QLatin1StringView("serviceaccount")
        ? RecommendGrouping::ServiceAccount
        : RecommendGrouping::Workload;
    options.global = context.parser.isSet(kGlobal);
    options.hostEndpoints = context.parser.isSet(kHostEndpoints);
    options.read.cluster = context.parser.value(kCluster).trimmed();
    const FlowRecommendation recommendation = recommendFlows(engine, reader, options);
    printErrors(recommendation.errors, recommendation.invalid, err);
    if (const QString report = context.parser.value(kReport); !report.isEmpty()) {
        const Result<FileFingerprint> written
            = writeFileAtomically(report, flowRecommendationToJson(recommendation) + '\n');
        if (!written) {
            printError(err, written.error().message);
            return ExitFailure;
        }
    }
    if (!recommendation.error.isEmpty()) {
        printError(err, recommendation.error);
        return ExitFailure;
    }
    out << QString::fromUtf8(
        flowRecommendationPolicies(recommendation, context.format == QLatin1StringView("json")));
    if (context.format == QLatin1StringView("json"))
        out << u'\n';
    err << flowRecommendationToText(recommendation) << leftOutText(engine.leftOut());
    const bool complete = recommendation.proven() && recommendation.uncovered.isEmpty()
        && recommendation.invalid == 0;
    return complete ? ExitSuccess : ExitFailure;
}

} // namespace ps::cli
