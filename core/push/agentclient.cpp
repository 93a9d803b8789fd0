#include "core/push/agentclient.h"

#include "core/push/curlhandle_p.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

AgentClient::AgentClient(AgentTarget target) : m_target(std::move(target)) { }

Result<HttpReply> AgentClient::request(
    const QByteArray &method, const QString &path, const QByteArray &body, qint64 ifMatch) const
{
    if (!m_target.url.startsWith(u"https://"_s))
        return Error {tr("the agent's URL must start with https:// (got %1)").arg(m_target.url)};
    CurlHandle curl;
    if (!curl.handle)
        return Error {tr("libcurl could not be initialised")};
    QString base = m_target.url;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QByteArray url = (base + path).toUtf8();
    const QByteArray ca = m_target.caFile.toLocal8Bit();
    const QByteArray authorization = "Authorization: Bearer " + m_target.token;
    curl.headers = curl_slist_append(curl.headers, authorization.constData());
    curl.headers = curl_slist_append(curl.headers, "Accept: application/json");
    if (!body.isEmpty())
        curl.headers = curl_slist_append(curl.headers, "Content-Type: application/yaml");
    if (ifMatch >= 0) {
        const QByteArray header = "If-Match: \"" + QByteArray::number(ifMatch) + '"';
        curl.headers = curl_slist_append(curl.headers, header.constData());
    }
    char errorText[CURL_ERROR_SIZE] = {};
    HttpReply reply;
    CURL *h = curl.handle;
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, curl.headers);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.constData());
    if (!body.isEmpty() || method != "GET") {
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    }
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &appendToByteArray);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, long(m_target.timeoutSeconds));
    const CURLcode code = curl_easy_perform(h);
    if (code != CURLE_OK) {
        const QString why = errorText[0] ? QString::fromUtf8(errorText)
                                         : QString::fromUtf8(curl_easy_strerror(code));
        return Error {tr("cannot reach the agent at %1: %2").arg(m_target.url, why)};
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    reply.status = int(status);
    return reply;
}

} // namespace ps
