#pragma once
// AgentConfig: the node agent's configuration file (/etc/policy-agent/agent.conf in the
// package), one `key = value` per line, `#` comments. Keys: dir, state-dir, listen, node,
// dataplane, max-request-bytes — the options of `policy-agent serve`, which win over the file.
// An unknown key, a line without `=` or a bad value is an Error naming the file and line.

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/model/result.h"

namespace ps {

struct AgentConfig {
    QString dir; // credentials (cert.pem, key.pem, token)
    QString stateDir;
    QString listen; // HOST:PORT
    QString node;
    QString dataplane; // iptables | nft
    std::optional<qint64> maxRequestBytes;

    static Result<AgentConfig> read(const QString &file);
    static Result<AgentConfig> parse(const QByteArray &text, const QString &file);

private:
    Q_DECLARE_TR_FUNCTIONS(NodeAgent)
};

} // namespace ps
