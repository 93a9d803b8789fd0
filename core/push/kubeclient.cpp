#include "core/push/kubeclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QThread>

#include "core/http/httpclient.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

QJsonObject statusDetails(const QJsonObject &o)
{
    return o.value(u"details"_s).toObject();
}

bool isStatus(const QJsonObject &o)
{
    return o.value(u"kind"_s).toString() == u"Status"_s;
}

} // namespace

QString KubeReply::reason() const
{
    return isStatus(object) ? object.value(u"reason"_s).toString() : QString();
}

QString KubeReply::detailsName() const
{
    return isStatus(object) ? statusDetails(object).value(u"name"_s).toString() : QString();
}

bool KubeReply::isFieldManagerConflict() const
{
    if (status != 409)
        return false;
    for (const auto &cause : statusDetails(object).value(u"causes"_s).toArray()) {
        if (cause.toObject().value(u"reason"_s).toString() == u"FieldManagerConflict"_s)
            return true;
    }
    return false;
}

KubeClient::KubeClient(KubeTarget target) : m_target(std::move(target)), m_token(m_target.token) { }

QString KubeClient::server() const
{
    return m_target.context.isEmpty()
        ? m_target.server
        : tr("%1 (context %2)").arg(m_target.server, m_target.context);
}

Result<KubeReply> KubeClient::request(const QByteArray &method, const QString &path,
    const QUrlQuery &query, const QByteArray &body, const QByteArray &contentType) const
{
    if (!m_target.server.startsWith(u"https://"_s))
        return Error {
            tr("the API server's URL must start with https:// (got %1)").arg(m_target.server)};
    HttpRequest http;
    QString url = m_target.server + path;
    if (!query.isEmpty())
        url += u'?' + query.toString(QUrl::FullyEncoded);
    http.url = url.toUtf8();
    http.method = method;
    http.body = body;
    http.caPem = m_target.caPem;
    http.certPem = m_target.certPem;
    http.keyPem = m_target.keyPem;
    http.verifyPeer = !m_target.insecureSkipTlsVerify;
    http.timeoutSeconds = long(m_target.timeoutSeconds);
    bool reread = false;
    for (int attempt = 0; attempt < 4; ++attempt) {
        // "Expect:" turns off libcurl's 100-continue wait on larger bodies.
        http.headers = {"Accept: application/json", "User-Agent: policy-studio", "Expect:"};
        if (!m_token.isEmpty())
            http.headers.append("Authorization: Bearer " + m_token);
        if (!contentType.isEmpty())
            http.headers.append("Content-Type: " + contentType);
        const HttpReply answer = performHttp(http);
        if (answer.failure != HttpReply::Failure::None) {
            return Error {
                tr("cannot reach the Kubernetes API server at %1: %2").arg(server(), answer.error)};
        }
        KubeReply reply;
        reply.status = answer.status;
        reply.body = answer.body;
        reply.object = QJsonDocument::fromJson(answer.body).object();
        // A projected service account token rotates: read it again once, as client-go does.
        if (reply.status == 401 && !reread && !m_target.tokenFile.isEmpty()) {
            reread = true;
            const Result<QByteArray> again = Kubeconfig::readTokenFile(m_target.tokenFile);
            if (again && *again != m_token) {
                m_token = *again;
                continue;
            }
        }
        // 503: an aggregated API (Calico's API server) registered but not answering, often
        // while it restarts; try again after 1 s and 2 s before giving up.
        if (reply.status == 503 && attempt < 2) {
            QThread::sleep(attempt == 0 ? 1UL : 2UL);
            continue;
        }
        return reply;
    }
    return Error {tr("unreachable")};
}

Result<QJsonObject> KubeClient::get(const QString &path, const QUrlQuery &query) const
{
    const Result<KubeReply> reply = request("GET", path, query);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return Error {describe(*reply, tr("GET %1").arg(path))};
    if (reply->object.isEmpty())
        return Error {
            tr("%1 answered GET %2 with something that is not a JSON object").arg(server(), path)};
    return reply->object;
}

QString KubeClient::describe(const KubeReply &reply, const QString &what) const
{
    const QJsonObject &o = reply.object;
    QString message = isStatus(o) ? o.value(u"message"_s).toString() : QString();
    if (message.isEmpty())
        message = QString::fromUtf8(reply.body.left(300)).trimmed();
    QStringList causes;
    for (const auto &v : statusDetails(o).value(u"causes"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString field = c.value(u"field"_s).toString();
        const QString text = c.value(u"message"_s).toString();
        causes.append(field.isEmpty() ? text : u"%1: %2"_s.arg(field, text));
    }
    QString causeText;
    if (!causes.isEmpty() && !message.contains(causes.constFirst()))
        causeText = u" ("_s + causes.join(u"; "_s) + u')';
    const QString who = m_target.user.isEmpty()
        ? tr("the credentials given")
        : tr("user %1 of the kubeconfig").arg(m_target.user);
    switch (reply.status) {
    case 401:
        return tr("%1: %2 refused %3 (401 Unauthorized): the token or client certificate is "
                  "wrong or expired")
            .arg(what, server(), who);
    case 403:
        return tr("%1: forbidden (403) for %2: %3 — the user needs RBAC permission for it")
            .arg(what, who, message);
    case 404:
        if (reply.detailsName().isEmpty()) {
            return tr("%1: %2 does not serve this API (404: %3)").arg(what, server(), message);
        }
        return tr("%1: not found (404): %2").arg(what, message);
    case 409:
        if (reply.isFieldManagerConflict()) {
            return tr("%1: conflict (409): %2%3 — another field manager owns these fields; "
                      "--force-conflicts takes them over")
                .arg(what, message, causeText);
        }
        return tr("%1: conflict (409): %2%3").arg(what, message, causeText);
    case 415:
        return tr("%1: the server refused the content type (415): %2").arg(what, message);
    case 422:
        return tr("%1: invalid (422): %2%3").arg(what, message, causeText);
    case 503:
        return tr("%1: the service is unavailable (503: %2) — for projectcalico.org, the Calico "
                  "API server is registered but not answering")
            .arg(what, message);
    default:
        break;
    }
    return tr("%1: HTTP %2: %3%4").arg(what).arg(reply.status).arg(message, causeText);
}

} // namespace ps
