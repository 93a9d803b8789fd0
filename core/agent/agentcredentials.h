#pragma once
// The node agent's credentials: a self-signed certificate and its private key (an ECDSA P-256
// key, the certificate naming the node and the addresses clients reach it by) and a random
// bearer token. `policy-agent init DIR` writes them as DIR/cert.pem, DIR/key.pem and
// DIR/token, each readable by its owner only (mode 0600). Clients verify the agent with
// cert.pem as their CA and send the token.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/model/result.h"

namespace ps {

struct AgentCredentialOptions {
    QString commonName; // the node's name
    /// Subject alternative names: DNS names and IP addresses clients use to reach the agent
    /// ("node-1.example", "10.0.0.5"); localhost and 127.0.0.1 are always added.
    QStringList names;
    int days = 825;
    bool overwrite = false; // replace existing files
};

struct AgentCredentialFiles {
    QString certificate;
    QString key;
    QString token;
};

class AgentCredentials {
    Q_DECLARE_TR_FUNCTIONS(NodeAgent)

public:
    static AgentCredentialFiles filesIn(const QString &dir);
    /// Writes cert.pem, key.pem and token into `dir` (made if needed, mode 0700). Refuses to
    /// replace existing files unless options.overwrite.
    static Result<AgentCredentialFiles> create(
        const QString &dir, const AgentCredentialOptions &options);
    /// The token in `file` (surrounding white space dropped); an Error when it cannot be read,
    /// is empty, or can be read by others than its owner.
    static Result<QByteArray> readToken(const QString &file);
};

} // namespace ps
