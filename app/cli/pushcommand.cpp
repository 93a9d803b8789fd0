#include "app/cli/pushcommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "app/cli/etcdoptions.h"
#include "app/cli/kubeoptions.h"
#include "core/agent/agentcredentials.h"
#include "core/io/writer.h"
#include "core/push/agentpush.h"
#include "core/report/etcdpushreport.h"
#include "core/report/kubepushreport.h"
#include "core/report/pushreport.h"

namespace ps::cli {

namespace {

const QString kAgentOption = QStringLiteral("agent");
const QString kNodeOption = QStringLiteral("node");
const QString kTokenFileOption = QStringLiteral("token-file");
const QString kCaOption = QStringLiteral("ca");
const QString kDryRunOption = QStringLiteral("dry-run");
const QString kStackOption = QStringLiteral("stack");
const QString kPruneOption = QStringLiteral("prune");
const QString kAdoptOption = QStringLiteral("adopt");
const QString kRollbackOption = QStringLiteral("rollback");
const QString kRollbackFileOption = QStringLiteral("rollback-file");
const QString kForceOption = QStringLiteral("force-conflicts");
const QString kDefaultRollbackFile = QStringLiteral(".policy-studio-etcd-rollback.json");

} // namespace

PushCommand::PushCommand()
    : WorkspaceCommand(QStringLiteral("push"),
        tr("Send the workspace to a node agent (policy-agent), Calico's etcd datastore or a "
           "Kubernetes cluster: print the plan, apply it, print the results."),
        {{QStringLiteral("text"), QStringLiteral("json")}}, InvalidInput::Evaluate)
{
}

void PushCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(
        kAgentOption, tr("The agent's URL, https://HOST:PORT."), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(kNodeOption,
        tr("The node the agent serves (checked before anything is applied)."),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(kTokenFileOption,
        tr("File holding the agent's bearer token (mode 0600)."), QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(kCaOption,
        tr("PEM file to verify the agent's certificate with (its cert.pem for a self-signed "
           "agent; default: the system's CAs)."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(kDryRunOption, tr("Print the plan only; apply nothing.")));
    EtcdOptions::add(parser);
    KubeOptions::add(parser);
    parser.addOption(QCommandLineOption(kStackOption,
        tr("etcd, kubernetes: the name this push marks what it writes with (annotation "
           "policy-studio.io/stack; default: default)."),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(kPruneOption,
        tr("etcd, kubernetes: delete what this stack wrote before that the workspace no longer "
           "has.")));
    parser.addOption(QCommandLineOption(kAdoptOption,
        tr("etcd, kubernetes: overwrite objects that this stack did not write (calicoctl's, "
           "kubectl's, another stack's).")));
    parser.addOption(QCommandLineOption(kForceOption,
        tr("kubernetes: server-side apply with force, taking over fields another field manager "
           "owns.")));
    parser.addOption(QCommandLineOption(kRollbackFileOption,
        tr("etcd: where a push keeps what it replaced (default: %1 in the workspace's folder).")
            .arg(kDefaultRollbackFile),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(kRollbackOption,
        tr("etcd: put back what the last push replaced (from its rollback file), guarded like a "
           "push.")));
}

int PushCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (!givenOnce(parser,
            QStringList {kAgentOption, kNodeOption, kTokenFileOption, kCaOption, kStackOption,
                kRollbackFileOption}
                + EtcdOptions::names() + KubeOptions::names(),
            err))
        return ExitUsage;
    const int targets = int(EtcdOptions::given(parser)) + int(parser.isSet(kAgentOption))
        + int(KubeOptions::given(parser));
    if (targets > 1)
        return usageError(err, tr("give one target: --agent, --etcd or --kubeconfig"));
    m_kind = EtcdOptions::given(parser) ? Target::Etcd
        : KubeOptions::given(parser)    ? Target::Kube
                                        : Target::Agent;
    if (m_kind != Target::Kube) {
        for (const QString &kubeOnly : KubeOptions::dependentNames() + QStringList {kForceOption}) {
            if (parser.isSet(kubeOnly))
                return usageError(
                    err, tr("--%1 is for the Kubernetes target (--kubeconfig)").arg(kubeOnly));
        }
    }
    switch (m_kind) {
    case Target::Etcd:
        return parseEtcdOptions(parser, err);
    case Target::Kube:
        return parseKubeOptions(parser, err);
    case Target::Agent:
        break;
    }
    return parseAgentOptions(parser, err);
}

int PushCommand::parseKubeOptions(const QCommandLineParser &parser, QTextStream &err)
{
    for (const QString &other :
        {kNodeOption, kTokenFileOption, kCaOption, kRollbackOption, kRollbackFileOption}) {
        if (parser.isSet(other)) {
            return usageError(
                err, tr("--%1 is not for the Kubernetes target (--kubeconfig)").arg(other));
        }
    }
    const Result<KubeTarget> target = KubeOptions::target(parser);
    if (!target)
        return usageError(err, target.error().message);
    m_kubeTarget = *target;
    m_kubeOptions = KubePushOptions();
    if (parser.isSet(kStackOption)) {
        m_kubeOptions.stack = parser.value(kStackOption).trimmed();
        if (m_kubeOptions.stack.isEmpty())
            return usageError(err, tr("--stack needs a name"));
    }
    m_kubeOptions.prune = parser.isSet(kPruneOption);
    m_kubeOptions.adopt = parser.isSet(kAdoptOption);
    m_kubeOptions.force = parser.isSet(kForceOption);
    return Continue;
}

int PushCommand::parseAgentOptions(const QCommandLineParser &parser, QTextStream &err)
{
    for (const QString &etcdOnly : {kRollbackOption, kRollbackFileOption}) {
        if (parser.isSet(etcdOnly))
            return usageError(err, tr("--%1 is for the etcd target (--etcd)").arg(etcdOnly));
    }
    for (const QString &clusterOnly : {kStackOption, kPruneOption, kAdoptOption}) {
        if (parser.isSet(clusterOnly))
            return usageError(err,
                tr("--%1 is for the etcd and Kubernetes targets (--etcd, --kubeconfig)")
                    .arg(clusterOnly));
    }
    for (const QString &required : {kAgentOption, kNodeOption, kTokenFileOption}) {
        if (parser.value(required).trimmed().isEmpty())
            return usageError(
                err, tr("push needs --%1 (or --etcd URL, or --kubeconfig FILE)").arg(required));
    }
    m_target = AgentTarget();
    m_target.url = parser.value(kAgentOption).trimmed();
    if (!m_target.url.startsWith(QStringLiteral("https://")))
        return usageError(err,
            tr("--agent must be an https:// URL (the agent serves HTTPS only), got '%1'")
                .arg(m_target.url));
    m_target.node = parser.value(kNodeOption).trimmed();
    m_target.caFile = parser.value(kCaOption);
    const Result<QByteArray> token = AgentCredentials::readToken(parser.value(kTokenFileOption));
    if (!token)
        return usageError(err, token.error().message);
    m_target.token = *token;
    return Continue;
}

int PushCommand::parseEtcdOptions(const QCommandLineParser &parser, QTextStream &err)
{
    for (const QString &agentOnly : {kNodeOption, kTokenFileOption, kCaOption}) {
        if (parser.isSet(agentOnly))
            return usageError(err, tr("--%1 is for the agent target (--agent)").arg(agentOnly));
    }
    if (parser.isSet(kRollbackOption)
        && (parser.isSet(kDryRunOption) || parser.isSet(kPruneOption)
            || parser.isSet(kAdoptOption))) {
        return usageError(err, tr("--rollback takes no --dry-run, --prune or --adopt"));
    }
    const Result<EtcdTarget> target = EtcdOptions::target(parser);
    if (!target)
        return usageError(err, target.error().message);
    m_etcdTarget = *target;
    m_etcdOptions = EtcdPushOptions();
    if (parser.isSet(kStackOption)) {
        m_etcdOptions.stack = parser.value(kStackOption).trimmed();
        if (m_etcdOptions.stack.isEmpty())
            return usageError(err, tr("--stack needs a name"));
    }
    m_etcdOptions.prune = parser.isSet(kPruneOption);
    m_etcdOptions.adopt = parser.isSet(kAdoptOption);
    return Continue;
}

QString PushCommand::rollbackFile(const QCommandLineParser &parser) const
{
    if (parser.isSet(kRollbackFileOption))
        return parser.value(kRollbackFileOption);
    const QString first = parser.values(QStringLiteral("f")).value(0);
    if (first.isEmpty() || first == u'-' || first.startsWith(u':'))
        return {};
    const QFileInfo info(first);
    return QDir(info.isDir() ? info.filePath() : info.path()).filePath(kDefaultRollbackFile);
}

int PushCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    if (m_kind == Target::Kube)
        return pushToKube(context, out, err);
    if (m_kind == Target::Etcd) {
        return context.parser.isSet(kRollbackOption) ? rollbackEtcd(context, out, err)
                                                     : pushToEtcd(context, out, err);
    }
    const QByteArray yaml = Writer().write(context.input().workspace());
    const PushOutcome outcome
        = AgentPush::push(AgentClient(m_target), yaml, context.parser.isSet(kDryRunOption));
    if (context.format == QLatin1StringView("json"))
        out << QString::fromUtf8(PushReport::json(outcome, m_target)) << u'\n';
    else
        out << PushReport::text(outcome, m_target);
    if (outcome.status == PushOutcome::Status::Failed) {
        printError(err, outcome.message);
        return ExitFailure;
    }
    return ExitSuccess;
}

int PushCommand::pushToEtcd(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const EtcdPushOutcome outcome
        = EtcdPush::push(EtcdClient(m_etcdTarget), context.input().workspace(), m_etcdOptions,
            context.parser.isSet(kDryRunOption), rollbackFile(context.parser));
    if (context.format == QLatin1StringView("json"))
        out << QString::fromUtf8(EtcdPushReport::json(outcome)) << u'\n';
    else
        out << EtcdPushReport::text(outcome);
    if (outcome.status == PushOutcome::Status::Failed) {
        printError(err, outcome.message);
        return ExitFailure;
    }
    return ExitSuccess;
}

int PushCommand::pushToKube(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const KubePushOutcome outcome = KubePush::push(KubeClient(m_kubeTarget),
        context.input().workspace(), m_kubeOptions, context.parser.isSet(kDryRunOption));
    if (context.format == QLatin1StringView("json"))
        out << QString::fromUtf8(KubePushReport::json(outcome)) << u'\n';
    else
        out << KubePushReport::text(outcome);
    if (outcome.status == PushOutcome::Status::Failed) {
        printError(err, outcome.message);
        return ExitFailure;
    }
    return ExitSuccess;
}

int PushCommand::rollbackEtcd(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    const QString file = rollbackFile(context.parser);
    if (file.isEmpty()) {
        return usageError(
            err, tr("--rollback needs --rollback-file when the workspace is standard input"));
    }
    const Result<EtcdRollback> state = EtcdPush::readRollback(file);
    if (!state) {
        printError(err, state.error().message);
        return ExitFailure;
    }
    const Result<qint64> revision = EtcdPush::rollback(EtcdClient(m_etcdTarget), *state);
    if (!revision) {
        printError(err, revision.error().message);
        return ExitFailure;
    }
    // Done: the same state must not be put back twice (its guard would refuse it anyway).
    QFile::remove(file);
    if (context.format == QLatin1StringView("json"))
        out << QString::fromUtf8(EtcdPushReport::rollbackJson(*state, *revision)) << u'\n';
    else
        out << EtcdPushReport::rollbackText(*state, *revision);
    return ExitSuccess;
}

} // namespace ps::cli
