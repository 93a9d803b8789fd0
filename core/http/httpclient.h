#pragma once
// One HTTP(S) request over libcurl, the way every client in core makes it: certificate checks
// always on (unless a user explicitly turned them off), a CA, a client certificate and key when
// given (files or PEM data), the protocols allowed, a connect timeout of 15 s and a
// whole-request timeout, no signals (the clients run on worker threads).
// performHttp() returns the whole body; streamHttp() hands it over as it arrives (an event
// stream), until the server ends it, the sink or the keep-going check says stop, or the time is
// up. A stream's connection has TCP keep-alive on, so a peer that vanished is noticed.

#include <functional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ps {

struct HttpRequest {
    QByteArray url;
    QByteArray method = "GET"; // any other method sends `body` (possibly empty)
    QByteArray body;
    QList<QByteArray> headers; // "Name: value"
    QByteArray protocols = "https"; // "https" or "http,https"
    QString caFile; // empty: the system's trust store
    QString certFile; // a client certificate and its key, when the server asks for one
    QString keyFile;
    QByteArray caPem; // the same as PEM data, passed to libcurl in memory; used when not empty
    QByteArray certPem;
    QByteArray keyPem;
    bool verifyPeer = true; // false only where the user explicitly allowed it
    long timeoutSeconds = 30; // the whole request (a stream: how long to read it; 0: no limit)
};

struct HttpReply {
    enum class Failure {
        None, // an HTTP answer (of any status) came back
        NoReply, // the server closed the connection without answering
        Stopped, // the sink or the keep-going check said stop (a stream)
        TimedOut, // the time was up (for a stream: the normal end of a bounded read)
        Other, // refused, a certificate that does not verify, a bad URL...
    };
    Failure failure = Failure::None;
    QString error; // why, in libcurl's words, when failure is not None
    int status = 0; // the HTTP status (also for Stopped and TimedOut streams)
    QByteArray body; // performHttp(): the body; streamHttp(): empty
};

/// Performs `request` and waits for its whole answer.
HttpReply performHttp(const HttpRequest &request);

/// Performs `request` and hands the body to `sink` chunk by chunk as it arrives; `sink`
/// returning false stops the transfer (Failure::Stopped). `keepGoing`, when given, is called
/// about every 100 ms whether data arrives or not (also while connecting) on the calling thread,
/// with the HTTP status once the answer's header has come (0 before); returning false stops the
/// transfer the same way.
HttpReply streamHttp(const HttpRequest &request, const std::function<bool(QByteArrayView)> &sink,
    const std::function<bool(int status)> &keepGoing = {});

/// `text` percent-encoded for a URL's query.
QByteArray percentEncoded(const QByteArray &text);

} // namespace ps
