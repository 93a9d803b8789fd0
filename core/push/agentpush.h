#pragma once
// pushToAgent: sends a workspace to a node agent the way policyctl push and the studio do —
// read the agent's state (and check it serves the node asked for), ask for the plan, then
// (unless it is a dry run) apply it with If-Match on the generation that was read, so a push
// that came in between is detected (409) instead of overwritten. The agent applies a node's
// ruleset as one transaction: either every change is in the kernel or none is.

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/agent/agentplan.h"
#include "core/push/agentclient.h"

namespace ps {

struct PushOutcome {
    enum class Status {
        Applied, // the agent holds the workspace now
        DryRun, // planned only; nothing was sent to be applied
        Failed, // nothing was applied: the node is as it was (message says why)
    };
    Status status = Status::Failed;
    QString message;
    QStringList details; // the agent's per-error lines (input it refused)
    bool planned = false; // `plan` holds the agent's plan
    AgentPlan plan;
    qint64 generationBefore = -1; // -1: unknown (the agent was not reached)
    AgentState state; // after the push (Applied)
    qint64 milliseconds = 0; // the agent's kernel transaction
};

/// "applied", "dry-run", "failed": the status in policyctl push's JSON.
QString pushStatusName(PushOutcome::Status status);
/// What became of one resource change in a push of that status: "applied", "planned",
/// "not applied" or "unchanged".
QString pushResultName(PushOutcome::Status status, ResourceChange::Action action);

class AgentPush {
    Q_DECLARE_TR_FUNCTIONS(AgentClient)

public:
    /// `expectedGeneration` >= 0: apply only if the agent still holds that generation (the one a
    /// plan the user confirmed was made against); otherwise nothing is applied and the message
    /// asks for a new plan.
    static PushOutcome push(const AgentClient &client, const QByteArray &yaml, bool dryRun,
        qint64 expectedGeneration = -1);
    /// Asks the agent to apply again the workspace it held before its last apply (POST
    /// /v1/rollback, If-Match on the generation read): the same one-transaction apply. Fails
    /// without changing anything when the agent holds nothing earlier.
    static PushOutcome rollback(const AgentClient &client);

private:
    /// The agent's state, checked to serve the node asked for; nullopt with `out` saying why.
    static std::optional<AgentState> readState(const AgentClient &client, PushOutcome &out);
    /// The reply of an apply or a rollback into `out` (Applied, or why not).
    static void takeApplied(const Result<HttpReply> &applied, qint64 before, PushOutcome &out);
};

} // namespace ps
