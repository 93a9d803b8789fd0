#pragma once
// The clients of core/push (the node agent's, etcd's) make their requests with core/http; this
// is its form with libcurl's result code, which they test (CURLE_OK, CURLE_GOT_NOTHING).
// Private to core/push.

#include <curl/curl.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace ps {

struct CurlRequest {
    QByteArray url;
    QByteArray method = "GET"; // any other method sends `body` (possibly empty)
    QByteArray body;
    QList<QByteArray> headers; // "Name: value"
    const char *protocols = "https"; // CURLOPT_PROTOCOLS_STR: "https" or "http,https"
    QString caFile; // empty: the system's trust store
    QString certFile; // a client certificate and its key, when the server asks for one
    QString keyFile;
    long timeoutSeconds = 30;
};

struct CurlReply {
    CURLcode code = CURLE_OK; // CURLE_OK when an HTTP answer (of any status) came back
    QString error; // why not, in libcurl's words, when `code` is not CURLE_OK
    int status = 0; // the HTTP status
    QByteArray body;
};

/// Performs `request` and waits for its answer.
CurlReply performCurl(const CurlRequest &request);

} // namespace ps
