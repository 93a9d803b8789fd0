#include "core/agent/agentservice.h"

#include <QCryptographicHash>

#include "core/io/jsonwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

AgentResponse json(int status, QByteArray body)
{
    AgentResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

AgentResponse errorResponse(
    int status, const QString &message, qint64 generation, const QStringList &details = {})
{
    JsonWriter w;
    w.beginObject();
    w.field("error", message);
    w.fieldStrings("details", details);
    w.key("generation");
    w.value64(generation);
    w.endObject();
    AgentResponse r = json(status, w.take());
    r.log = message;
    return r;
}

QByteArray etag(qint64 generation)
{
    return '"' + QByteArray::number(generation) + '"';
}

} // namespace

bool tokensEqual(QByteArrayView given, QByteArrayView expected)
{
    // Compared as digests: equal length whatever was sent, every byte looked at.
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expected, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0 && !expected.isEmpty();
}

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

AgentService::AgentService(NodeAgent &agent, QByteArray token, qint64 maxBody)
    : m_agent(agent), m_token(std::move(token)), m_maxBody(maxBody)
{
}

AgentResponse AgentService::tooLarge(qint64 size, qint64 limit) const
{
    return errorResponse(413,
        tr("the request has %1 bytes or more; the agent accepts at most %2 (refused, nothing "
           "changed)")
            .arg(size)
            .arg(limit),
        m_agent.state().generation);
}

AgentResponse AgentService::applyResponse(const ApplyOutcome &outcome, const char *what)
{
    const qint64 generation = m_agent.state().generation;
    switch (outcome.status) {
    case ApplyOutcome::Status::Invalid:
        return errorResponse(400, outcome.message, generation, outcome.details);
    case ApplyOutcome::Status::Conflict:
    case ApplyOutcome::Status::NothingToRollBack:
        return errorResponse(409, outcome.message, generation);
    case ApplyOutcome::Status::Failed:
        return errorResponse(500, outcome.message, generation);
    case ApplyOutcome::Status::Applied:
        break;
    }
    JsonWriter w;
    w.beginObject();
    w.field("result", QString::fromLatin1(what));
    w.field("message", outcome.message);
    w.key("milliseconds");
    w.value64(outcome.milliseconds);
    w.endObject();
    QByteArray body = w.take();
    body.chop(1);
    body += ",\"plan\":" + toJson(outcome.plan) + ",\"state\":" + toJson(m_agent.state()) + '}';
    AgentResponse r = json(200, body);
    r.headers.append({QByteArray("ETag"), etag(generation)});
    r.log = outcome.message + tr(" in %1 ms").arg(outcome.milliseconds);
    return r;
}

AgentResponse AgentService::handle(const AgentRequest &request)
{
    const qint64 generation = m_agent.state().generation;
    const QString what = QString::fromLatin1(request.method) + u' '
        + QString::fromLatin1(request.path.left(200).toPercentEncoding("/"));
    const auto finish = [&](AgentResponse r) {
        r.log = u"%1 %2 → %3: %4"_s.arg(request.peer, what).arg(r.status).arg(r.log);
        // A client that put the token where it does not belong (the path) must not get it
        // logged.
        r.log.replace(QString::fromLatin1(m_token), u"[token]"_s);
        return r;
    };

    const QByteArray authorization = headerValue(request.headers, "authorization");
    static constexpr QByteArrayView kBearer = "Bearer ";
    if (authorization.isEmpty())
        return finish(errorResponse(401,
            tr("no bearer token: send \"Authorization: Bearer "
               "<token>\" with the agent's token"),
            generation));
    if (!authorization.startsWith(kBearer)
        || !tokensEqual(QByteArrayView(authorization).sliced(kBearer.size()), m_token))
        return finish(errorResponse(401, tr("the bearer token is wrong"), generation));

    if (request.body.size() > m_maxBody)
        return finish(tooLarge(request.body.size(), m_maxBody));

    const QByteArray &method = request.method;
    const QByteArray &path = request.path;
    const auto wrongMethod = [&](const char *allowed) {
        AgentResponse r = errorResponse(405,
            tr("%1 does not take %2 (use %3)")
                .arg(QString::fromLatin1(path), QString::fromLatin1(method),
                    QString::fromLatin1(allowed)),
            generation);
        r.headers.append({QByteArray("Allow"), QByteArray(allowed)});
        return finish(r);
    };
    // If-Match: "<generation>", <generation> or *.
    std::optional<qint64> ifMatch;
    if (const QByteArray value = headerValue(request.headers, "if-match");
        !value.isNull() && value != "*") {
        QByteArray digits = value;
        if (digits.size() >= 2 && digits.startsWith('"') && digits.endsWith('"'))
            digits = digits.mid(1, digits.size() - 2);
        bool ok = !digits.isEmpty();
        for (char c : std::as_const(digits))
            ok = ok && c >= '0' && c <= '9';
        const qint64 g = ok ? digits.toLongLong(&ok) : 0;
        if (!ok)
            return finish(errorResponse(400,
                tr("If-Match must name a generation, such as \"3\" (got %1)")
                    .arg(QString::fromLatin1(value.left(40).toPercentEncoding())),
                generation));
        ifMatch = g;
    }

    if (path == "/healthz") {
        if (method != "GET")
            return wrongMethod("GET");
        JsonWriter w;
        w.beginObject();
        w.field("status", u"ok"_s);
        w.field("node", m_agent.state().node);
        w.endObject();
        AgentResponse r = json(200, w.take());
        r.log = u"ok"_s;
        return finish(r);
    }
    if (path == "/v1/state") {
        if (method != "GET")
            return wrongMethod("GET");
        AgentResponse r = json(200, toJson(m_agent.state()));
        r.headers.append({QByteArray("ETag"), etag(generation)});
        r.log = tr("generation %1").arg(generation);
        return finish(r);
    }
    if (path == "/v1/ruleset") {
        if (method != "GET")
            return wrongMethod("GET");
        AgentResponse r = json(200, m_agent.rulesetText());
        r.headers.append({QByteArray("ETag"), etag(generation)});
        r.log = tr("generation %1").arg(generation);
        return finish(r);
    }
    if (path == "/v1/plan") {
        if (method != "POST")
            return wrongMethod("POST");
        const Result<AgentPlan> plan = m_agent.plan(request.body);
        if (!plan) {
            const QStringList lines = plan.error().message.split(u'\n');
            return finish(errorResponse(400, lines.first(), generation, lines.mid(1)));
        }
        AgentResponse r = json(200, toJson(*plan));
        r.log = tr("%1 chains, %2 IP sets would change")
                    .arg(plan->chains.added.size() + plan->chains.removed.size()
                        + plan->chains.changed.size())
                    .arg(plan->sets.added.size() + plan->sets.removed.size()
                        + plan->sets.changed.size());
        return finish(r);
    }
    if (path == "/v1/apply") {
        if (method != "PUT")
            return wrongMethod("PUT");
        return finish(applyResponse(m_agent.apply(request.body, ifMatch), "applied"));
    }
    if (path == "/v1/rollback") {
        if (method != "POST")
            return wrongMethod("POST");
        return finish(applyResponse(m_agent.rollback(ifMatch), "rolled back"));
    }
    return finish(errorResponse(404,
        tr("no such endpoint: %1 (the agent serves /healthz, /v1/state, /v1/plan, /v1/apply, "
           "/v1/ruleset and /v1/rollback)")
            .arg(QString::fromLatin1(path.left(200).toPercentEncoding("/"))),
        generation));
}

} // namespace ps
