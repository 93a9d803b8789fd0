#include "app/cli/pushcommand.h"

#include "core/agent/agentcredentials.h"
#include "core/io/writer.h"
#include "core/push/agentpush.h"
#include "core/report/pushreport.h"

namespace ps::cli {

namespace {

const QString kAgentOption = QStringLiteral("agent");
const QString kNodeOption = QStringLiteral("node");
const QString kTokenFileOption = QStringLiteral("token-file");
const QString kCaOption = QStringLiteral("ca");
const QString kDryRunOption = QStringLiteral("dry-run");

} // namespace

PushCommand::PushCommand()
    : WorkspaceCommand(QStringLiteral("push"),
        tr("Send the workspace to a node agent (policy-agent): print the plan, apply it as one "
           "transaction, print the results."),
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
}

int PushCommand::parseOptions(const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (!givenOnce(parser, {kAgentOption, kNodeOption, kTokenFileOption, kCaOption}, err))
        return ExitUsage;
    for (const QString &required : {kAgentOption, kNodeOption, kTokenFileOption}) {
        if (parser.value(required).trimmed().isEmpty())
            return usageError(err, tr("push needs --%1").arg(required));
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

int PushCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
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

} // namespace ps::cli
