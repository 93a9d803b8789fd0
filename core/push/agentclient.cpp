#include "core/push/agentclient.h"

#include "core/push/curlrequest_p.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

AgentClient::AgentClient(AgentTarget target) : m_target(std::move(target)) { }

Result<HttpReply> AgentClient::request(
    const QByteArray &method, const QString &path, const QByteArray &body, qint64 ifMatch) const
{
    if (!m_target.url.startsWith(u"https://"_s))
        return Error {tr("the agent's URL must start with https:// (got %1)").arg(m_target.url)};
    QString base = m_target.url;
    while (base.endsWith(u'/'))
        base.chop(1);
    CurlRequest http;
    http.url = (base + path).toUtf8();
    http.method = method;
    http.body = body;
    http.caFile = m_target.caFile;
    http.timeoutSeconds = long(m_target.timeoutSeconds);
    http.headers = {"Authorization: Bearer " + m_target.token, "Accept: application/json"};
    if (!body.isEmpty())
        http.headers.append("Content-Type: application/yaml");
    if (ifMatch >= 0)
        http.headers.append("If-Match: \"" + QByteArray::number(ifMatch) + '"');
    const CurlReply answer = performCurl(http);
    if (answer.code != CURLE_OK)
        return Error {tr("cannot reach the agent at %1: %2").arg(m_target.url, answer.error)};
    HttpReply reply;
    reply.status = answer.status;
    reply.body = answer.body;
    return reply;
}

} // namespace ps
