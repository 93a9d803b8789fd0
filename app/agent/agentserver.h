#pragma once
// AgentServer: the node agent's HTTPS server, a thin layer over AgentService. A QHttpServer
// base bound to a QSslServer (so there is no plain HTTP listener at all: a client that does
// not speak TLS fails the handshake and is dropped); every request goes to
// AgentService::handle. A connection that sends more than the request limit is answered 413
// and closed while it is still sending, before the body is kept.

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>

#include "core/agent/agentservice.h"

class QSslSocket;

namespace ps::agent {

class AgentServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    AgentServer(AgentService &service, qint64 maxRequestBytes, QObject *parent = nullptr);

    /// Listens on address:port (0: any free port); the port listened on, or 0 with `error` set.
    quint16 listen(const QHostAddress &address, quint16 port,
        const QSslConfiguration &configuration, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void watch(QSslSocket *socket);

    AgentService &m_service;
    qint64 m_maxRequestBytes;
    QHash<QTcpSocket *, qint64> m_received;
};

/// One line on standard error, for the journal.
void logLine(const QString &line);

} // namespace ps::agent
