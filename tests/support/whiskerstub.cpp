#include "tests/support/whiskerstub.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QTimer>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace ps::test {

class WhiskerStub::Server : public QTcpServer {
public:
    Server(QList<QByteArray> flows, QByteArray prefix)
        : m_flows(std::move(flows)), m_prefix(std::move(prefix))
    {
        connect(this, &QTcpServer::newConnection, this, &Server::accept);
    }

    QList<Request> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

    void failWith(int status, const QByteArray &message)
    {
        QMutexLocker lock(&m_mutex);
        m_failStatus = status;
        m_failMessage = message;
    }

    void splitStream(bool split)
    {
        QMutexLocker lock(&m_mutex);
        m_split = split;
    }

    void streamInterval(int intervalMs)
    {
        QMutexLocker lock(&m_mutex);
        m_interval = intervalMs;
    }

    void dropFirstStreamAfter(int events)
    {
        QMutexLocker lock(&m_mutex);
        m_dropAfter = events;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    static void answer(QTcpSocket *socket, int status, const QByteArray &reason,
        const QByteArray &type, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    static QByteArray error(const QByteArray &message) { return "{\"error\":\"" + message + "\"}"; }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = first.value(0);
        request.target = first.value(1);
        for (const QByteArray &line : lines.mid(1)) {
            if (line.toLower().startsWith("authorization:"))
                request.authorization = line.mid(14).trimmed();
        }
        int failStatus = 0;
        QByteArray failMessage;
        bool split = false;
        int interval = 0;
        int dropAfter = -1;
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(request);
            failStatus = m_failStatus;
            failMessage = m_failMessage;
            split = m_split;
            interval = m_interval;
            dropAfter = m_dropAfter;
        }
        if (request.method != "GET")
            return answer(
                socket, 405, "Method Not Allowed", "application/json", error("method not allowed"));
        const qsizetype question = request.target.indexOf('?');
        const QByteArray path = question < 0 ? request.target : request.target.left(question);
        if (path != m_prefix + "/flows")
            return answer(socket, 404, "Not Found", "text/plain", "404 page not found\n");
        if (failStatus != 0)
            return answer(socket, failStatus, "Error", "application/json", error(failMessage));
        bool watch = false;
        qint64 startTimeGte = 0;
        const QUrlQuery query(
            QString::fromUtf8(question < 0 ? QByteArray() : request.target.mid(question + 1)));
        for (const auto &[key, value] : query.queryItems()) {
            bool ok = true;
            if (key == u"startTimeGte")
                startTimeGte = value.toLongLong(&ok);
            else if (key == u"watch" && (value == u"true" || value == u"false"))
                watch = value == u"true";
            else
                ok = false;
            if (!ok)
                return answer(socket, 400, "Bad Request", "application/json",
                    error("invalid query parameter " + key.toUtf8()));
        }
        QList<QByteArray> flows;
        for (const QByteArray &flow : std::as_const(m_flows)) {
            if (startTimeGte <= 0 || startOf(flow) >= startTimeGte)
                flows.append(flow);
        }
        if (!watch) {
            QByteArray items = flows.isEmpty() ? QByteArray("null") : '[' + flows.join(',') + ']';
            return answer(socket, 200, "OK", "application/json",
                "{\"total\":{\"totalPages\":" + QByteArray(flows.isEmpty() ? "0" : "1")
                    + "},\"items\":" + items + '}');
        }
        // The stream stays open: the client ends it.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: "
                      "no-cache\r\nConnection: keep-alive\r\n\r\n");
        socket->flush();
        const bool drop = dropAfter >= 0 && !m_dropped;
        if (drop)
            m_dropped = true;
        if (interval > 0 || drop) {
            sendOverTime(socket, flows, interval, drop ? dropAfter : -1);
            return;
        }
        for (const QByteArray &flow : std::as_const(flows)) {
            const QByteArray event = "data: " + flow + "\n\n";
            if (!split) {
                socket->write(event);
                continue;
            }
            const qsizetype half = event.size() / 2;
            for (const QByteArray &piece : {event.left(half), event.mid(half)}) {
                socket->write(piece);
                socket->flush(); // small pieces on loopback: written at once
                if (socket->state() != QAbstractSocket::ConnectedState)
                    return; // the client has gone
                QThread::msleep(20);
            }
        }
        socket->flush();
    }

    static qint64 startOf(const QByteArray &flow)
    {
        const QString text
            = QJsonDocument::fromJson(flow).object().value(QStringLiteral("start_time")).toString();
        return QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch();
    }

    // One event per tick; after `dropAfter` events (>= 0) the connection is cut without an
    // orderly end, as a failing proxy or a restarting backend does.
    static void sendOverTime(
        QTcpSocket *socket, const QList<QByteArray> &flows, int interval, int dropAfter)
    {
        auto *timer = new QTimer(socket);
        timer->setInterval(interval);
        auto sent = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, flows, dropAfter, sent] {
            if (dropAfter >= 0 && *sent >= dropAfter) {
                timer->stop();
                socket->abort();
                return;
            }
            if (*sent >= flows.size()) {
                timer->stop(); // stays open, quiet, as a stream without traffic
                return;
            }
            socket->write("data: " + flows.at((*sent)++) + "\n\n");
            socket->flush();
        });
        timer->start();
    }

    QList<QByteArray> m_flows;
    QByteArray m_prefix;
    bool m_dropped = false;
    int m_interval = 0;
    int m_dropAfter = -1;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    int m_failStatus = 0;
    QByteArray m_failMessage;
    bool m_split = false;
};

WhiskerStub::WhiskerStub(QList<QByteArray> flows, QByteArray prefix) : m_prefix(prefix)
{
    m_thread.start();
    QSemaphore started;
    m_server = new Server(std::move(flows), std::move(prefix));
    m_server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_server,
        [this, &started] {
            if (m_server->listen(QHostAddress::LocalHost, 0))
                m_port = m_server->serverPort();
            started.release();
        },
        Qt::QueuedConnection);
    started.acquire();
}

WhiskerStub::~WhiskerStub()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString WhiskerStub::url() const
{
    return m_port == 0
        ? QString()
        : QStringLiteral("http://127.0.0.1:%1").arg(m_port) + QString::fromUtf8(m_prefix);
}

QList<WhiskerStub::Request> WhiskerStub::requests() const
{
    return m_server->requests();
}

void WhiskerStub::failWith(int status, const QByteArray &message)
{
    m_server->failWith(status, message);
}

void WhiskerStub::splitStream(bool split)
{
    m_server->splitStream(split);
}

void WhiskerStub::streamInterval(int intervalMs)
{
    m_server->streamInterval(intervalMs);
}

void WhiskerStub::dropFirstStreamAfter(int events)
{
    m_server->dropFirstStreamAfter(events);
}

} // namespace ps::test
