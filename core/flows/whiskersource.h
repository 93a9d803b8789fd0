#pragma once
// A Whisker backend (Calico 3.30+) as a flow-log source, read over HTTP(S) with core/http:
// GET <url>/flows returns every flow Goldmane holds as one JSON list; with watch=true it is a
// server-sent-event stream, one `data: {flow}` line per flow, that never ends by itself — it is
// read for a bounded time here (WhiskerFollower, core/flows/whiskerfollower.h, follows it until
// stopped). The bytes are what FlowLogReader::openData() reads (it knows both
// forms), so a live backend is explained, replayed and recommended from exactly as a file.
// Errors name the URL and say what the backend answered ({"error": "..."} on 400 and 500).

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/model/result.h"

namespace ps {

struct HttpRequest; // core/http/httpclient.h

struct WhiskerSource {
    /// The backend: http(s)://HOST:PORT[/whisker-backend] (the Whisker pod's nginx serves it
    /// under /whisker-backend on port 8081; the backend container itself at the root).
    QString url;
    QString caFile; // HTTPS: PEM CA the server's certificate must verify against
    QString certFile; // a client certificate and its key, when the backend asks for one
    QString keyFile;
    QByteArray token; // sent as a bearer token when not empty
    qint64 sinceSeconds = 0; // only flows that started this many seconds ago or later; 0: all
    int watchSeconds = 0; // > 0: read the event stream this long instead of the list
    int timeoutSeconds = 120; // the list request as a whole
};

/// Whether `text` names a Whisker backend (an http:// or https:// URL) rather than a file.
bool isWhiskerUrl(const QString &text);

/// The URL of GET /flows for `source` (startTimeGte, watch).
QByteArray whiskerFlowsUrl(const WhiskerSource &source);
/// The URL of the event stream from `startTimeGte` (Unix seconds): what a follow reconnects to.
QByteArray whiskerStreamUrl(const WhiskerSource &source, qint64 startTimeGte);
/// A request to `url` with the source's TLS files and bearer token, accepting `accept`.
HttpRequest whiskerRequest(
    const WhiskerSource &source, const QByteArray &url, const QByteArray &accept);

class WhiskerClient {
    Q_DECLARE_TR_FUNCTIONS(WhiskerClient)

public:
    /// The backend's flows as bytes for FlowLogReader::openData(). `progress` gets the bytes
    /// read so far and may stop the read (returning false: a stream read ends there, a list
    /// read is cancelled and an Error says so).
    static Result<QByteArray> fetch(
        const WhiskerSource &source, const std::function<bool(qint64 bytes)> &progress = {});
};

} // namespace ps
