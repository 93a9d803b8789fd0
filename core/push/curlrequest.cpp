#include "core/push/curlrequest_p.h"

#include <mutex>

namespace ps {

namespace {

// One easy handle and its header list, freed together; libcurl's global initialisation is done
// once per process.
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
    CurlHandle(const CurlHandle &) = delete;
    CurlHandle &operator=(const CurlHandle &) = delete;

    CURL *handle = nullptr;
    curl_slist *headers = nullptr;
};

size_t appendToByteArray(char *data, size_t size, size_t count, void *user)
{
    const size_t bytes = size * count;
    static_cast<QByteArray *>(user)->append(data, qsizetype(bytes));
    return bytes;
}

} // namespace

CurlReply performCurl(const CurlRequest &request)
{
    CurlReply reply;
    CurlHandle curl;
    if (!curl.handle) {
        reply.code = CURLE_FAILED_INIT;
        reply.error = QString::fromUtf8(curl_easy_strerror(reply.code));
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
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, request.protocols);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
    if (!cert.isEmpty())
        curl_easy_setopt(h, CURLOPT_SSLCERT, cert.constData());
    if (!key.isEmpty())
        curl_easy_setopt(h, CURLOPT_SSLKEY, key.constData());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, curl.headers);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.constData());
    if (request.method != "GET") {
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    }
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &appendToByteArray);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, request.timeoutSeconds);
    reply.code = curl_easy_perform(h);
    if (reply.code != CURLE_OK) {
        reply.error = errorText[0] ? QString::fromUtf8(errorText)
                                   : QString::fromUtf8(curl_easy_strerror(reply.code));
        return reply;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    reply.status = int(status);
    return reply;
}

} // namespace ps
