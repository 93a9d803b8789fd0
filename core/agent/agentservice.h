#pragma once
// AgentService: the node agent's HTTP API as a function from a request to a response, with
// no sockets in it — the agent's server (app/agent) hands every request here, and the fuzz
// target calls it directly. It checks the bearer token first (compared in constant time;
// missing or wrong → 401 and nothing else happens), then the size, the route and the body:
//
//   GET  /healthz       → {"status":"ok","node":…}
//   GET  /v1/state      → AgentState as JSON, ETag "<generation>"
//   POST /v1/plan       → AgentPlan (body: the node's workspace as YAML; the kernel is not
//                         touched)
//   PUT  /v1/apply      → {"result":"applied","message","milliseconds","plan","state"};
//                         If-Match: "<generation>" (or *), 409 when it is not the current one
//   GET  /v1/ruleset    → what the kernel was given (NodeAgent::rulesetText)
//   POST /v1/rollback   → as apply, with the previous generation's workspace
//
// Errors are {"error":"<message>","details":[…],"generation":N} with 400 (malformed), 401,
// 404, 405, 409, 413 or 500 (the kernel refused; the previous ruleset is in place). Every
// response carries a log line for the agent's log, which never holds the token.

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/agent/nodeagent.h"

namespace ps {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct AgentRequest {
    QByteArray method; // "GET", "PUT" …
    QByteArray path; // without the query
    HttpHeaders headers; // names in any case
    QByteArray body;
    QString peer; // for the log
};

struct AgentResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HttpHeaders headers;
    QString log; // one line: what was asked and what happened
};

/// True when `given` equals `expected`; takes the same time wherever they differ.
bool tokensEqual(QByteArrayView given, QByteArrayView expected);

class AgentService {
    Q_DECLARE_TR_FUNCTIONS(NodeAgent)

public:
    /// The largest body accepted by default (a large cluster's workspace is tens of MB).
    static constexpr qint64 kDefaultMaxBody = qint64(256) << 20;

    AgentService(NodeAgent &agent, QByteArray token, qint64 maxBody = kDefaultMaxBody);

    AgentResponse handle(const AgentRequest &request);
    /// The 413 answer for a request of `size` bytes (or more) when `limit` is the most.
    AgentResponse tooLarge(qint64 size, qint64 limit) const;

private:
    AgentResponse applyResponse(const ApplyOutcome &outcome, const char *what);

    NodeAgent &m_agent;
    QByteArray m_token;
    qint64 m_maxBody;
};

/// The value of header `name` (case-insensitive), or a null QByteArray.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

} // namespace ps
