#include "app/agent/agentserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QSslSocket>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace ps::agent {

void logLine(const QString &line)
{
    static QTextStream err(stderr);
    err << line << Qt::endl;
}

AgentServer::AgentServer(AgentService &service, qint64 maxRequestBytes, QObject *parent)
    : QAbstractHttpServer(parent), m_service(service), m_maxRequestBytes(maxRequestBytes)
{
}

quint16 AgentServer::listen(const QHostAddress &address, quint16 port,
    const QSslConfiguration &configuration, QString *error)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    // Counting starts with the handshake, before QHttpServer reads the socket.
    connect(server, &QSslServer::startedEncryptionHandshake, this, &AgentServer::watch);
    connect(server, &QSslServer::errorOccurred, this,
        [](QSslSocket *socket, QAbstractSocket::SocketError) {
            if (!socket->isEncrypted())
                logLine(u"%1: refused: no TLS handshake (%2)"_s.arg(
                    socket->peerAddress().toString(), socket->errorString()));
        });
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void AgentServer::watch(QSslSocket *socket)
{
    m_received.insert(socket, 0);
    connect(socket, &QObject::destroyed, this, [this, socket]() { m_received.remove(socket); });
    connect(socket, &QIODevice::readyRead, this, [this, socket]() {
        // Runs before QHttpServer's own reader, which takes everything available each time.
        qint64 &received = m_received[socket];
        received += socket->bytesAvailable();
        if (received <= m_maxRequestBytes)
            return;
        disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
        const AgentResponse r = m_service.tooLarge(received, m_maxRequestBytes);
        socket->readAll();
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: "
            + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body);
        socket->disconnectFromHost();
        logLine(u"%1: %2"_s.arg(socket->peerAddress().toString(), r.log));
    });
}

bool AgentServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    AgentRequest r;
    r.method = QByteArray(
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                   .toUpper();
    r.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    r.headers = HttpHeaders(request.headers().cbegin(), request.headers().cend());
    r.body = request.body();
    r.peer = request.remoteAddress().toString();
    m_received[socket] = 0;
    const AgentResponse response = m_service.handle(r);
    logLine(response.log);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
    return true;
}

void AgentServer::missingHandler(const QHttpServerRequest &, QTcpSocket *) { }

} // namespace ps::agent
