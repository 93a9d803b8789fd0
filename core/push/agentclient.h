#pragma once
// AgentClient: HTTPS requests to a node agent over libcurl — the agent's certificate checked
// against the CA file given (its own cert.pem for a self-signed agent), the bearer token sent
// with every request, https:// URLs only. Replies are returned as they came (status, body);
// transport failures (refused connection, a certificate that does not verify, a timeout) are
// Errors whose message says what and where, never the token.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/model/result.h"

namespace ps {

struct AgentTarget {
    QString url; // https://host:port
    QString node; // the node the agent must be serving
    QByteArray token;
    QString caFile; // PEM file the agent's certificate must verify against
    int timeoutSeconds = 300;
};

struct HttpReply {
    int status = 0;
    QByteArray body;
};

class AgentClient {
    Q_DECLARE_TR_FUNCTIONS(AgentClient)

public:
    explicit AgentClient(AgentTarget target);

    /// One request: `method` on target.url + `path` with `body` (sent as application/yaml
    /// when not empty) and an If-Match header when `ifMatch` >= 0.
    Result<HttpReply> request(const QByteArray &method, const QString &path,
        const QByteArray &body = {}, qint64 ifMatch = -1) const;

    const AgentTarget &target() const { return m_target; }

private:
    AgentTarget m_target;
};

} // namespace ps
