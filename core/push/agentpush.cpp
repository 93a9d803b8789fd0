#include "core/push/agentpush.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

/// The agent's error reply: its message and detail lines; the status when it is not JSON.
void takeError(const HttpReply &reply, PushOutcome &out)
{
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    out.message = o.value(u"error"_s).toString();
    if (out.message.isEmpty())
        out.message = u"HTTP %1"_s.arg(reply.status);
    for (const QJsonValue v : o.value(u"details"_s).toArray())
        out.details.append(v.toString());
}

} // namespace

QString pushStatusName(PushOutcome::Status status)
{
    switch (status) {
    case PushOutcome::Status::Applied:
        return u"applied"_s;
    case PushOutcome::Status::DryRun:
        return u"dry-run"_s;
    case PushOutcome::Status::Failed:
        break;
    }
    return u"failed"_s;
}

QString pushResultName(PushOutcome::Status status, ResourceChange::Action action)
{
    if (action == ResourceChange::Action::Unchanged)
        return u"unchanged"_s;
    switch (status) {
    case PushOutcome::Status::Applied:
        return u"applied"_s;
    case PushOutcome::Status::DryRun:
        return u"planned"_s;
    case PushOutcome::Status::Failed:
        break;
    }
    return u"not applied"_s;
}

PushOutcome AgentPush::push(
    const AgentClient &client, const QByteArray &yaml, bool dryRun, qint64 expectedGeneration)
{
    PushOutcome out;
    const std::optional<AgentState> current = readState(client, out);
    if (!current)
        return out;
    if (expectedGeneration >= 0 && current->generation != expectedGeneration) {
        out.message = tr("the agent at %1 holds generation %2 now, not generation %3 the plan was "
                         "made against (another push came in between): plan again")
                          .arg(client.target().url)
                          .arg(current->generation)
                          .arg(expectedGeneration);
        return out;
    }
    const Result<HttpReply> planned = client.request("POST", u"/v1/plan"_s, yaml);
    if (!planned || planned->status != 200) {
        if (!planned)
            out.message = planned.error().message;
        else
            takeError(*planned, out);
        return out;
    }
    const Result<AgentPlan> plan = agentPlanFromJson(planned->body);
    if (!plan) {
        out.message = plan.error().message;
        return out;
    }
    out.plan = *plan;
    out.planned = true;
    if (dryRun) {
        out.status = PushOutcome::Status::DryRun;
        out.message = tr("dry run: nothing was applied");
        return out;
    }
    takeApplied(
        client.request("PUT", u"/v1/apply"_s, yaml, current->generation), current->generation, out);
    return out;
}

PushOutcome AgentPush::rollback(const AgentClient &client)
{
    PushOutcome out;
    const std::optional<AgentState> current = readState(client, out);
    if (!current)
        return out;
    if (current->previousGeneration == 0) {
        out.message = tr("the agent at %1 holds nothing earlier than generation %2 to roll back "
                         "to")
                          .arg(client.target().url)
                          .arg(current->generation);
        return out;
    }
    takeApplied(client.request("POST", u"/v1/rollback"_s, {}, current->generation),
        current->generation, out);
    return out;
}

std::optional<AgentState> AgentPush::readState(const AgentClient &client, PushOutcome &out)
{
    const Result<HttpReply> state = client.request("GET", u"/v1/state"_s);
    if (!state) {
        out.message = state.error().message;
        return std::nullopt;
    }
    if (state->status != 200) {
        takeError(*state, out);
        return std::nullopt;
    }
    const Result<AgentState> current = agentStateFromJson(state->body);
    if (!current) {
        out.message = current.error().message;
        return std::nullopt;
    }
    out.generationBefore = current->generation;
    if (!client.target().node.isEmpty() && current->node != client.target().node) {
        out.message = tr("the agent at %1 serves node %2, not %3")
                          .arg(client.target().url, current->node, client.target().node);
        return std::nullopt;
    }
    return *current;
}

void AgentPush::takeApplied(const Result<HttpReply> &applied, qint64 before, PushOutcome &out)
{
    if (!applied) {
        out.message = tr("%1; whether the agent applied it is not known: read its state "
                         "(generation %2 before the push)")
                          .arg(applied.error().message)
                          .arg(before);
        return;
    }
    if (applied->status != 200) {
        takeError(*applied, out);
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(applied->body).object();
    const Result<AgentState> after = agentStateFromJson(
        QJsonDocument(o.value(u"state"_s).toObject()).toJson(QJsonDocument::Compact));
    if (!after) {
        out.message = after.error().message;
        return;
    }
    out.state = *after;
    out.milliseconds = qint64(o.value(u"milliseconds"_s).toDouble());
    out.message = o.value(u"message"_s).toString();
    out.status = PushOutcome::Status::Applied;
}

} // namespace ps
