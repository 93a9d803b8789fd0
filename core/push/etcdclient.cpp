#include "core/push/etcdclient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "core/push/curlrequest_p.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

// etcd's gRPC status codes as the gateway reports them in "code".
constexpr int kInvalidArgument = 3;
constexpr int kPermissionDenied = 7;
constexpr int kFailedPrecondition = 9;
constexpr int kUnavailable = 14;
constexpr int kUnauthenticated = 16;

const QString kAuthenticatePath = QStringLiteral("/v3/auth/authenticate");

// Keys per page when reading a prefix.
constexpr int kPageSize = 1000;

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

// The gateway writes int64 fields as JSON strings and leaves out zero values.
qint64 int64Of(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toLongLong();
    return qint64(v.toDouble());
}

QString int64Text(qint64 n)
{
    return QString::number(n);
}

EtcdKeyValue keyValueOf(const QJsonObject &o)
{
    EtcdKeyValue kv;
    kv.key = fromBase64(o.value(u"key"_s));
    kv.value = fromBase64(o.value(u"value"_s));
    kv.createRevision = int64Of(o.value(u"create_revision"_s));
    kv.modRevision = int64Of(o.value(u"mod_revision"_s));
    kv.version = int64Of(o.value(u"version"_s));
    return kv;
}

QList<EtcdKeyValue> keyValuesOf(const QJsonValue &kvs)
{
    QList<EtcdKeyValue> out;
    for (const QJsonValue v : kvs.toArray())
        out.append(keyValueOf(v.toObject()));
    return out;
}

QJsonObject operationJson(const EtcdOperation &op)
{
    QJsonObject request {{u"key"_s, base64(op.key)}};
    switch (op.type) {
    case EtcdOperation::Type::Put:
        request.insert(u"value"_s, base64(op.value));
        return {{u"request_put"_s, request}};
    case EtcdOperation::Type::Delete:
        return {{u"request_delete_range"_s, request}};
    case EtcdOperation::Type::Get:
        break;
    }
    return {{u"request_range"_s, request}};
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

} // namespace

struct EtcdClient::Reply {
    QString endpoint;
    int status = 0;
    QByteArray body;
    bool nothing = false; // the connection closed without an answer
    QString unreachable; // not empty: no answer at all (refused, TLS, timeout), and why
};

EtcdClient::EtcdClient(EtcdTarget target) : m_target(std::move(target)) { }

QString EtcdClient::endpoint() const
{
    return m_target.endpoints.value(m_endpoint);
}

QByteArray EtcdClient::prefixEnd(const QByteArray &prefix)
{
    QByteArray end = prefix;
    while (!end.isEmpty() && static_cast<unsigned char>(end.back()) == 0xFF)
        end.chop(1);
    if (end.isEmpty())
        return QByteArray(1, '\0'); // every key from `prefix` to the end of the key space
    end.back() = char(static_cast<unsigned char>(end.back()) + 1);
    return end;
}

EtcdClient::Reply EtcdClient::post(
    const QString &endpoint, const QString &path, const QByteArray &body, bool withToken) const
{
    Reply reply;
    reply.endpoint = endpoint;
    CurlRequest http;
    http.url = (withoutTrailingSlash(endpoint) + path).toUtf8();
    http.method = "POST";
    http.body = body;
    http.protocols = "http,https";
    http.caFile = m_target.caFile;
    http.certFile = m_target.certFile;
    http.keyFile = m_target.keyFile;
    http.timeoutSeconds = long(m_target.timeoutSeconds);
    http.headers = {"Content-Type: application/json", "Accept: application/json"};
    // etcd takes the token as it is, without a "Bearer" scheme.
    if (withToken && !m_token.isEmpty())
        http.headers.append("Authorization: " + m_token);
    CurlReply answer = performCurl(http);
    if (answer.code == CURLE_GOT_NOTHING) {
        reply.nothing = true;
        return reply;
    }
    if (answer.code != CURLE_OK) {
        reply.unreachable = tr("cannot reach etcd at %1: %2").arg(endpoint, answer.error);
        return reply;
    }
    reply.status = answer.status;
    reply.body = std::move(answer.body);
    reply.nothing = reply.body.trimmed().isEmpty();
    return reply;
}

Result<QJsonObject> EtcdClient::answer(const Reply &reply, const QString &path) const
{
    const QString &at = reply.endpoint;
    if (reply.nothing) {
        if (m_target.username.isEmpty())
            return Error {tr("etcd at %1 closed the connection without answering %2; etcd does "
                             "this when it has authentication enabled and no user is given: "
                             "give a user name and password")
                              .arg(at, path)};
        return Error {tr("etcd at %1 closed the connection without answering %2; etcd 3.4.23 "
                         "does this when authentication fails (etcd issue 15256): check the "
                         "user name and password of user '%3'")
                          .arg(at, path, m_target.username)};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    const QJsonObject o = doc.object();
    if (reply.status == 200 && parseError.error == QJsonParseError::NoError && doc.isObject())
        return o;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error {tr("etcd at %1 answered %2 with HTTP %3 and a body that is not JSON (is "
                         "this etcd's client URL?)")
                          .arg(at, path)
                          .arg(reply.status)};
    }
    const int code = o.value(u"code"_s).toInt();
    QString message = o.value(u"message"_s).toString();
    if (message.isEmpty())
        message = o.value(u"error"_s).toString();
    if (message.contains(u"user name is empty"_s)
        || (code == kUnauthenticated && m_target.username.isEmpty())) {
        return Error {tr("etcd at %1 has authentication enabled: give a user name and password "
                         "(%2)")
                          .arg(at, message)};
    }
    if (message.contains(u"authentication failed"_s)) {
        return Error {tr("etcd at %1 refused user '%2': wrong user name or password")
                          .arg(at, m_target.username)};
    }
    if (code == kUnauthenticated || reply.status == 401) {
        return Error {tr("etcd at %1 did not accept the credentials of user '%2' (%3)")
                          .arg(at, m_target.username, message)};
    }
    if (code == kPermissionDenied || reply.status == 403) {
        const QString who = m_target.username.isEmpty() ? tr("the client")
                                                        : tr("user '%1'").arg(m_target.username);
        return Error {tr("etcd at %1 denied %2 %3 (%4): its role needs read and write "
                         "permission on the prefix /calico/resources/v3/projectcalico.org/")
                          .arg(at, who, path, message)};
    }
    if (message.contains(u"too many operations in txn request"_s)) {
        return Error {tr("etcd at %1 refused the transaction: it has more operations than etcd "
                         "allows in one (its --max-txn-ops, 128 by default)")
                          .arg(at)};
    }
    if (message.contains(u"request is too large"_s)) {
        return Error {tr("etcd at %1 refused the request: it is larger than etcd accepts (its "
                         "--max-request-bytes, 1.5 MiB by default)")
                          .arg(at)};
    }
    if (code == kUnavailable || reply.status == 503) {
        return Error {tr("etcd at %1 is unavailable (%2): is its cluster without a leader?")
                          .arg(at, message)};
    }
    if (code == kInvalidArgument || code == kFailedPrecondition || !message.isEmpty())
        return Error {tr("etcd at %1 refused %2: %3").arg(at, path, message)};
    return Error {tr("etcd at %1 answered %2 with HTTP %3").arg(at, path).arg(reply.status)};
}

Result<void> EtcdClient::authenticate(const Reply &reply) const
{
    if (reply.status != 200 && reply.body.contains("authentication is not enabled")) {
        m_token.clear(); // etcd without authentication: requests need no token
        return {};
    }
    const Result<QJsonObject> o = answer(reply, kAuthenticatePath);
    if (!o)
        return o.error();
    m_token = o->value(u"token"_s).toString().toLatin1();
    return {};
}

EtcdClient::Reply EtcdClient::requestToken() const
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"name"_s, m_target.username},
                            {u"password"_s, QString::fromUtf8(m_target.password)}})
              .toJson(QJsonDocument::Compact);
    return post(endpoint(), kAuthenticatePath, body, false);
}

Result<QJsonObject> EtcdClient::call(const QString &path, const QJsonObject &json) const
{
    if (m_target.endpoints.isEmpty())
        return Error {tr("no etcd endpoint given")};
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QStringList unreachable;
    const qsizetype count = m_target.endpoints.size();
    const auto nextEndpoint = [&](const QString &why) {
        unreachable.append(why);
        m_endpoint = (m_endpoint + 1) % count;
        m_token.clear(); // a token belongs to the member that issued it
    };
    for (qsizetype tried = 0; tried < count; ++tried) {
        if (!m_target.username.isEmpty() && m_token.isEmpty()) {
            const Reply auth = requestToken();
            if (!auth.unreachable.isEmpty()) {
                nextEndpoint(auth.unreachable);
                continue;
            }
            if (const Result<void> token = authenticate(auth); !token)
                return token.error();
        }
        Reply reply = post(endpoint(), path, body, true);
        if (!reply.unreachable.isEmpty()) {
            nextEndpoint(reply.unreachable);
            continue;
        }
        if (reply.status == 401 && !m_target.username.isEmpty()) {
            // The token expired (etcd's simple tokens do after a few idle minutes): once more
            // with a new one.
            m_token.clear();
            const Reply auth = requestToken();
            if (!auth.unreachable.isEmpty())
                return Error {auth.unreachable};
            if (const Result<void> token = authenticate(auth); !token)
                return token.error();
            reply = post(endpoint(), path, body, true);
            if (!reply.unreachable.isEmpty())
                return Error {reply.unreachable};
        }
        return answer(reply, path);
    }
    return Error {unreachable.join(u"; "_s)};
}

Result<EtcdRange> EtcdClient::rangePrefix(const QByteArray &prefix) const
{
    EtcdRange out;
    const QString end = base64(prefixEnd(prefix));
    QByteArray from = prefix;
    for (;;) {
        QJsonObject request {
            {u"key"_s, base64(from)}, {u"range_end"_s, end}, {u"limit"_s, int64Text(kPageSize)}};
        if (out.revision > 0)
            request.insert(u"revision"_s, int64Text(out.revision));
        const Result<QJsonObject> o = call(u"/v3/kv/range"_s, request);
        if (!o)
            return o.error();
        if (out.revision == 0)
            out.revision = int64Of(o->value(u"header"_s).toObject().value(u"revision"_s));
        const QList<EtcdKeyValue> page = keyValuesOf(o->value(u"kvs"_s));
        out.kvs.append(page);
        if (!o->value(u"more"_s).toBool() || page.isEmpty())
            return out;
        from = page.back().key + '\0';
    }
}

Result<EtcdTxnResult> EtcdClient::txn(const EtcdTxn &txn) const
{
    QJsonArray compare;
    for (const EtcdCompare &c : txn.compare) {
        const bool version = c.target == EtcdCompare::Target::Version;
        compare.append(QJsonObject {{u"key"_s, base64(c.key)},
            {u"target"_s, version ? u"VERSION"_s : u"MOD"_s}, {u"result"_s, u"EQUAL"_s},
            {version ? u"version"_s : u"mod_revision"_s, int64Text(c.value)}});
    }
    QJsonArray success;
    for (const EtcdOperation &op : txn.success)
        success.append(operationJson(op));
    QJsonArray failure;
    for (const EtcdOperation &op : txn.failure)
        failure.append(operationJson(op));
    const Result<QJsonObject> o = call(u"/v3/kv/txn"_s,
        QJsonObject {{u"compare"_s, compare}, {u"success"_s, success}, {u"failure"_s, failure}});
    if (!o)
        return o.error();
    EtcdTxnResult out;
    out.succeeded = o->value(u"succeeded"_s).toBool();
    out.revision = int64Of(o->value(u"header"_s).toObject().value(u"revision"_s));
    for (const QJsonValue v : o->value(u"responses"_s).toArray()) {
        const QJsonObject response = v.toObject();
        if (response.contains(u"response_range"_s))
            out.gets.append(
                keyValuesOf(response.value(u"response_range"_s).toObject().value(u"kvs"_s)));
    }
    return out;
}

} // namespace ps
