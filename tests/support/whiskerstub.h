#pragma once
// WhiskerStub: a STUB of Calico's whisker-backend HTTP API (GET /flows), for the tests of the
// live flow-log source. The real backend cannot run here (it needs Goldmane, which needs Felix
// on a cluster), so this plain-HTTP server on 127.0.0.1 answers the way whisker-backend 3.30 to
// 3.32 does, and checks the requests strictly: only GET, only <prefix>/flows, only the query
// parameters the backend knows (startTimeGte a whole number, watch true or false; anything else
// is answered 400 with {"error": "..."} as the backend does), the Authorization header recorded.
// The list is {"total":{"totalPages":1},"items":[…]}; watch=true is a text/event-stream of
// `data: {flow}` lines that stays open (as the real one does) until the client goes. A
// startTimeGte above 0 (Unix seconds: a client resuming a stream) serves only the flows that
// start then or later, as the backend's backfill does; relative values serve every flow.
// For follow clients it can send the stream's events over time, and drop the first stream
// once part-way through.
// It runs on a thread of its own: the client under test blocks its thread.

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>

namespace ps::test {

class WhiskerStub {
public:
    struct Request {
        QByteArray method;
        QByteArray target; // path and query as sent
        QByteArray authorization;
    };

    /// `flows`: the flow objects served (one JSON object each); `prefix`: "" or
    /// "/whisker-backend".
    WhiskerStub(QList<QByteArray> flows, QByteArray prefix = {});
    ~WhiskerStub();
    WhiskerStub(const WhiskerStub &) = delete;
    WhiskerStub &operator=(const WhiskerStub &) = delete;

    /// http://127.0.0.1:PORT + prefix; empty when the server could not start.
    QString url() const;
    QList<Request> requests() const;
    /// Answer every request with this status and {"error": message} (a failing Goldmane: 500).
    void failWith(int status, const QByteArray &message);
    /// Write each event of the stream in two halves, a pause between them, so a client reads
    /// records cut in the middle.
    void splitStream(bool split);
    /// Send the stream's events one at a time, `intervalMs` apart (0: all at once).
    void streamInterval(int intervalMs);
    /// Close the first stream's connection abruptly after `events` events (once; -1: never).
    void dropFirstStreamAfter(int events);

private:
    class Server;
    QThread m_thread;
    Server *m_server = nullptr;
    QByteArray m_prefix;
    quint16 m_port = 0;
};

} // namespace ps::test
