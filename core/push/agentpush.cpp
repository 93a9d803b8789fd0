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

PushOutcome AgentPush::push(const AgentClient &client, const QByteArray &yaml, bool dryRun)
{
    PushOutcome out;
    const Result<HttpReply> state = client.request("GET", u"/v1/state"_s);
    if (!state) {
        out.message = state.error().message;
        return out;
    }
    if (state->status != 200) {
        takeError(*state, out);
        return out;
    }
    const Result<AgentState> current = agentStateFromJson(state->body);
    if (!current) {
        out.message = current.error().message;
        return out;
    }
    out.generationBefore = current->generation;
    if (!client.target().node.isEmpty() && current->node != client.target().node) {
        out.message = tr("the agent at %1 serves node %2, not %3")
                          .arg(client.target().url, current->node, client.target().node);
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
    const Result<HttpReply> applied
        = client.request("PUT", u"/v1/apply"_s, yaml, current->generation);
    if (!applied) {
        out.message = tr("%1; whether the agent applied it is not known: read its state "
                         "(generation %2 before the push)")
                          .arg(applied.error().message)
                          .arg(current->generation);
        return out;
    }
    if (applied->status != 200) {
        takeError(*applied, out);
        return out;
    }
    const QJsonObject o = QJsonDocument::fromJson(applied->body).object();
    const Result<AgentState> after = agentStateFromJson(
        QJsonDocument(o.value(u"state"_s).toObject()).toJson(QJsonDocument::Compact));
    if (!after) {
        out.message = after.error().message;
        return out;
    }
    out.state = *after;
    out.milliseconds = qint64(o.value(u"milliseconds"_s).toDouble());
    out.message = o.value(u"message"_s).toString();
    out.status = PushOutcome::Status::Applied;
    return out;
}

} // namespace ps
