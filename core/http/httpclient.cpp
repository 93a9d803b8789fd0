#include "core/http/httpclient.h"

#include <mutex>

#include <curl/curl.h>

namespace ps {

namespace {

// One easy handle and its header list, freed together; libcurl's global initialisation is done
// once per process. A handle kept between requests keeps its connections (and TLS sessions)
// open for the next request to the same server, which libcurl reuses only when the server,
// the certificates and the checks asked for are the same.
struct CurlHandle {
    CurlHandle()
    {
        static std::once_flag once;
        std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        handle = curl_easy_init();
    }
    ~CurlHandle()
    {
        curl_slist_free_all(headers);
        if (handle)
            curl_easy_cleanup(handle);
    }
    /// Ready for another request: every option back to its default, connections kept.
    void reset()
    {
        curl_slist_free_all(headers);
        headers = nullptr;
        if (handle)
            curl_easy_reset(handle);
    }
    CurlHandle(const CurlHandle &) = delete;
    CurlHandle &operator=(const CurlHandle &) = delete;

    CURL *handle = nullptr;
    curl_slist *headers = nullptr;
};

struct Sink {
    QByteArray *body = nullptr; // whole replies
    const std::function<bool(QByteArrayView)> *stream = nullptr; // streamed ones
    bool stopped = false;
};

size_t write(char *data, size_t size, size_t count, void *user)
{
    const size_t bytes = size * count;
    auto *sink = static_cast<Sink *>(user);
    if (sink->body) {
        sink->body->append(data, qsizetype(bytes));
        return bytes;
    }
    if (!(*sink->stream)(QByteArrayView(data, qsizetype(bytes)))) {
        sink->stopped = true;
        return 0; // libcurl ends the transfer with CURLE_WRITE_ERROR
    }
    return bytes;
}

// The check interval of streamHttp()'s keepGoing.
constexpr int kPollMs = 100;

// Runs the transfer through a multi handle, waking every kPollMs to ask keepGoing; the easy
// handle's own result as curl_easy_perform() would give it.
CURLcode performPolled(CURL *easy, Sink &sink, const std::function<bool(int status)> &keepGoing)
{
    CURLM *multi = curl_multi_init();
    if (!multi)
        return CURLE_FAILED_INIT;
    curl_multi_add_handle(multi, easy);
    CURLcode code = CURLE_OK;
    for (;;) {
        int running = 0;
        if (curl_multi_perform(multi, &running) != CURLM_OK) {
            code = CURLE_FAILED_INIT;
            break;
        }
        if (running == 0) {
            int left = 0;
            while (CURLMsg *message = curl_multi_info_read(multi, &left)) {
                if (message->msg == CURLMSG_DONE)
                    code = message->data.result;
            }
            break;
        }
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        if (!keepGoing(int(status))) {
            sink.stopped = true;
            code = CURLE_WRITE_ERROR;
            break;
        }
        curl_multi_poll(multi, nullptr, 0, kPollMs, nullptr);
    }
    curl_multi_remove_handle(multi, easy);
    curl_multi_cleanup(multi);
    return code;
}

HttpReply perform(const HttpRequest &request, Sink &sink, CurlHandle &curl,
    const std::function<bool(int status)> &keepGoing = {})
{
    HttpReply reply;
    if (!curl.handle) {
        reply.failure = HttpReply::Failure::Other;
        reply.error = QString::fromUtf8(curl_easy_strerror(CURLE_FAILED_INIT));
        return reply;
    }
    for (const QByteArray &header : request.headers)
        curl.headers = curl_slist_append(curl.headers, header.constData());
    const QByteArray ca = request.caFile.toLocal8Bit();
    const QByteArray cert = request.certFile.toLocal8Bit();
    const QByteArray key = request.keyFile.toLocal8Bit();
    char errorText[CURL_ERROR_SIZE] = {};
    CURL *h = curl.handle;
    curl_easy_setopt(h, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, request.protocols.constData());
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, request.verifyPeer ? 1L : 0L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, request.verifyPeer ? 2L : 0L);
    if (!ca.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
    if (!cert.isEmpty())
        curl_easy_setopt(h, CURLOPT_SSLCERT, cert.constData());
    if (!key.isEmpty())
        curl_easy_setopt(h, CURLOPT_SSLKEY, key.constData());
    // PEM data (a kubeconfig's): libcurl copies the blobs, nothing touches the disk.
    const auto setBlob = [h](CURLoption option, const QByteArray &pem) {
        if (pem.isEmpty())
            return;
        curl_blob blob {const_cast<char *>(pem.constData()), size_t(pem.size()), CURL_BLOB_COPY};
        curl_easy_setopt(h, option, &blob);
    };
    setBlob(CURLOPT_CAINFO_BLOB, request.caPem);
    setBlob(CURLOPT_SSLCERT_BLOB, request.certPem);
    setBlob(CURLOPT_SSLKEY_BLOB, request.keyPem);
    if (!request.certPem.isEmpty())
        curl_easy_setopt(h, CURLOPT_SSLCERTTYPE, "PEM");
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, curl.headers);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.constData());
    if (request.method != "GET") {
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    }
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &write);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, request.timeoutSeconds);
    if (sink.stream) {
        curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
        curl_easy_setopt(h, CURLOPT_TCP_KEEPIDLE, 30L);
        curl_easy_setopt(h, CURLOPT_TCP_KEEPINTVL, 10L);
    }
    const CURLcode code = keepGoing ? performPolled(h, sink, keepGoing) : curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    reply.status = int(status);
    if (code == CURLE_OK)
        return reply;
    reply.error
        = errorText[0] ? QString::fromUtf8(errorText) : QString::fromUtf8(curl_easy_strerror(code));
    reply.failure = sink.stopped           ? HttpReply::Failure::Stopped
        : code == CURLE_GOT_NOTHING        ? HttpReply::Failure::NoReply
        : code == CURLE_OPERATION_TIMEDOUT ? HttpReply::Failure::TimedOut
                                           : HttpReply::Failure::Other;
    return reply;
}

} // namespace

HttpReply performHttp(const HttpRequest &request)
{
    QByteArray body;
    Sink sink;
    sink.body = &body;
    // One handle per thread for whole requests: a plan or a push of a thousand changes talks to
    // one server over one connection instead of a TLS handshake per request.
    thread_local CurlHandle handle;
    handle.reset();
    HttpReply reply = perform(request, sink, handle);
    handle.reset(); // no header list or blob kept past the request
    reply.body = std::move(body);
    return reply;
}

HttpReply streamHttp(const HttpRequest &request, const std::function<bool(QByteArrayView)> &sink,
    const std::function<bool(int status)> &keepGoing)
{
    Sink s;
    s.stream = &sink;
    CurlHandle handle; // a stream holds its connection for as long as it is read
    return perform(request, s, handle, keepGoing);
}

QByteArray percentEncoded(const QByteArray &text)
{
    return text.toPercentEncoding();
}

} // namespace ps
