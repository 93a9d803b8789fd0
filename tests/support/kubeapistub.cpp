// A stub of the Kubernetes API server for tests (see kubeapistub.h): not a real API server.

#include "tests/support/kubeapistub.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace ps::test {

namespace {

struct Plural {
    const char *plural;
    const char *kind;
    bool namespaced;
    const char *group; // "" for the core group; "calico" for projectcalico.org and its v1 CRDs
};

constexpr Plural kPlurals[] = {
    {"tiers", "Tier", false, "calico"},
    {"globalnetworkpolicies", "GlobalNetworkPolicy", false, "calico"},
    {"networkpolicies", "NetworkPolicy", true, "calico"},
    {"stagedglobalnetworkpolicies", "StagedGlobalNetworkPolicy", false, "calico"},
    {"stagednetworkpolicies", "StagedNetworkPolicy", true, "calico"},
    {"stagedkubernetesnetworkpolicies", "StagedKubernetesNetworkPolicy", true, "calico"},
    {"globalnetworksets", "GlobalNetworkSet", false, "calico"},
    {"networksets", "NetworkSet", true, "calico"},
    {"hostendpoints", "HostEndpoint", false, "calico"},
    {"networkpolicies", "NetworkPolicy", true, "networking.k8s.io"},
    {"namespaces", "Namespace", false, ""},
    {"pods", "Pod", true, ""},
    {"serviceaccounts", "ServiceAccount", true, ""},
    {"services", "Service", true, ""},
    {"nodes", "Node", false, ""},
};

bool isTieredPolicy(const QString &plural)
{
    return plural == u"globalnetworkpolicies"_s || plural == u"networkpolicies"_s
        || plural == u"stagedglobalnetworkpolicies"_s || plural == u"stagednetworkpolicies"_s;
}

QJsonObject status(
    int code, const QString &reason, const QString &message, const QJsonObject &details = {})
{
    QJsonObject o {{u"kind"_s, u"Status"_s}, {u"apiVersion"_s, u"v1"_s},
        {u"metadata"_s, QJsonObject()}, {u"status"_s, u"Failure"_s}, {u"message"_s, message},
        {u"reason"_s, reason}, {u"code"_s, code}};
    o.insert(u"details"_s, details);
    return o;
}

/// Where a path points: a group/version, a collection or an object.
struct Target {
    QString group; // "" core
    QString version;
    const Plural *plural = nullptr;
    QString namespace_;
    QString name;
    bool valid = false;
    QString groupVersion() const { return group.isEmpty() ? version : group + u'/' + version; }
    QString collectionPath(const QString &ns) const
    {
        QString p = group.isEmpty() ? u"/api/"_s + version : u"/apis/"_s + groupVersion();
        if (!ns.isEmpty())
            p += u"/namespaces/"_s + ns;
        return p + u'/' + QString::fromLatin1(plural->plural);
    }
    QString objectPath(const QString &ns, const QString &n) const
    {
        return collectionPath(plural->namespaced ? ns : QString()) + u'/' + n;
    }
    QString qualified() const
    {
        return group.isEmpty() ? QString::fromLatin1(plural->plural)
                               : QString::fromLatin1(plural->plural) + u'.' + group;
    }
};

const QRegularExpression kDnsName(u"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"_s);

} // namespace

class KubeApiStubServer : public QAbstractHttpServer {
public:
    explicit KubeApiStubServer(KubeApiStub &stub, QByteArray clientCert)
        : m_stub(stub), m_clientCert(std::move(clientCert))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        KubeApiStub::Request r;
        r.method = QByteArray(
            QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                       .toUpper();
        r.path = request.url().path();
        r.query = request.url().query(QUrl::FullyEncoded);
        r.contentType = request.value("Content-Type");
        r.body = request.body();
        const QByteArray auth = request.value("Authorization");
        bool cert = false;
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            cert = !ssl->peerCertificate().isNull()
                && ssl->peerCertificate().toPem() == m_clientCert;
        KubeApiStub::Answer a;
        if (auth != "Bearer " + m_stub.m_token && !cert) {
            a = {401, status(401, u"Unauthorized"_s, u"Unauthorized"_s)};
        } else {
            a = m_stub.handle(r, cert);
        }
        r.status = a.status;
        {
            QMutexLocker lock(&m_stub.m_mutex);
            m_stub.m_requests.append(r);
        }
        const QByteArray body = QJsonDocument(a.body).toJson(QJsonDocument::Compact);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(a.status));
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeBody(body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    KubeApiStub &m_stub;
    QByteArray m_clientCert;
};

KubeApiStub::KubeApiStub(QString certDir, QByteArray token, Layout layout)
    : m_certDir(std::move(certDir)), m_token(std::move(token)), m_layout(layout)
{
}

KubeApiStub::~KubeApiStub()
{
    quit();
    wait();
}

bool KubeApiStub::start(QString &why)
{
    QSemaphore ready;
    m_startError.clear();
    // run() releases the semaphore once it listens (or failed to).
    setObjectName(u"kube-api-stub"_s);
    m_ready = &ready;
    QThread::start();
    ready.acquire();
    m_ready = nullptr;
    why = m_startError;
    return m_port != 0;
}

QString KubeApiStub::url() const
{
    return u"https://127.0.0.1:%1"_s.arg(m_port);
}

void KubeApiStub::run()
{
    const auto readFile = [this](const QString &name) {
        QFile f(m_certDir + u'/' + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(readFile(u"server.pem"_s)));
    config.setPrivateKey(QSslKey(readFile(u"server-key.pem"_s), QSsl::Rsa));
    config.setCaCertificates(QSslCertificate::fromData(readFile(u"ca.pem"_s)));
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    const QByteArray clientCert = QSslCertificate(readFile(u"client.pem"_s)).toPem();
    KubeApiStubServer server(*this, clientCert);
    auto *tcp = new QSslServer(&server);
    tcp->setSslConfiguration(config);
    if (config.localCertificate().isNull() || config.privateKey().isNull()) {
        m_startError = u"no certificate or key in "_s + m_certDir;
    } else if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        m_startError = tcp->errorString();
    } else {
        server.bind(tcp);
        QObject::connect(tcp, &QSslServer::startedEncryptionHandshake, tcp,
            [this](QSslSocket *) { ++m_connections; });
        m_port = tcp->serverPort();
    }
    m_ready->release();
    if (m_port != 0)
        exec();
}

QString KubeApiStub::seed(QJsonObject object, const QString &manager)
{
    QMutexLocker lock(&m_mutex);
    const QString apiVersion = object.value(u"apiVersion"_s).toString();
    const QString group = apiVersion.contains(u'/') ? apiVersion.section(u'/', 0, 0) : QString();
    const QString version = apiVersion.section(u'/', -1);
    const QString kind = object.value(u"kind"_s).toString();
    for (const Plural &p : kPlurals) {
        const QString g = QString::fromLatin1(p.group);
        const bool groupMatches = g == u"calico"_s
            ? (group == u"projectcalico.org"_s || group == u"crd.projectcalico.org"_s)
            : g == group;
        if (!groupMatches || QString::fromLatin1(p.kind) != kind)
            continue;
        Target t;
        t.group = group;
        t.version = version;
        t.plural = &p;
        QJsonObject meta = object.value(u"metadata"_s).toObject();
        const QString path
            = t.objectPath(meta.value(u"namespace"_s).toString(), meta.value(u"name"_s).toString());
        meta.insert(u"uid"_s, u"00000000-0000-4000-8000-%1"_s.arg(++m_uid, 12, 10, QChar(u'0')));
        meta.insert(u"resourceVersion"_s, QString::number(++m_revision));
        meta.insert(u"creationTimestamp"_s, u"2026-01-01T00:00:00Z"_s);
        meta.insert(u"managedFields"_s,
            QJsonArray {QJsonObject {{u"manager"_s, manager}, {u"operation"_s, u"Update"_s},
                {u"apiVersion"_s, apiVersion}, {u"fieldsType"_s, u"FieldsV1"_s}}});
        object.insert(u"metadata"_s, meta);
        const QJsonObject spec = object.value(u"spec"_s).toObject();
        for (auto it = spec.begin(); it != spec.end(); ++it)
            m_owners[path].insert(it.key(), manager);
        m_objects.insert(path, object);
        return meta.value(u"resourceVersion"_s).toString();
    }
    qWarning(
        "KubeApiStub::seed: no collection for %s %s", qPrintable(apiVersion), qPrintable(kind));
    return {};
}

bool KubeApiStub::touch(const QString &path, const QJsonObject &specPatch)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_objects.find(path);
    if (it == m_objects.end())
        return false;
    QJsonObject spec = it->value(u"spec"_s).toObject();
    for (auto s = specPatch.begin(); s != specPatch.end(); ++s) {
        spec.insert(s.key(), s.value());
        m_owners[path].insert(s.key(), u"kubectl-edit"_s);
    }
    it->insert(u"spec"_s, spec);
    QJsonObject meta = it->value(u"metadata"_s).toObject();
    meta.insert(u"resourceVersion"_s, QString::number(++m_revision));
    it->insert(u"metadata"_s, meta);
    return true;
}

QJsonObject KubeApiStub::object(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_objects.value(path);
}

QStringList KubeApiStub::paths() const
{
    QMutexLocker lock(&m_mutex);
    QStringList out = m_objects.keys();
    out.sort();
    return out;
}

QList<KubeApiStub::Request> KubeApiStub::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void KubeApiStub::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void KubeApiStub::forbid(const QString &verb, const QString &plural, bool realOnly)
{
    QMutexLocker lock(&m_mutex);
    (realOnly ? m_forbiddenReal : m_forbidden).insert(verb + u' ' + plural);
}

void KubeApiStub::withhold(const QString &plural)
{
    QMutexLocker lock(&m_mutex);
    m_withheld.insert(plural);
}

void KubeApiStub::unavailable(int count)
{
    QMutexLocker lock(&m_mutex);
    m_unavailable = count;
}

void KubeApiStub::setApplyCreateBug(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_applyCreateBug = on;
}

KubeApiStub::Answer KubeApiStub::handle(const Request &r, bool)
{
    QMutexLocker lock(&m_mutex);
    const bool v3 = m_layout == Layout::ApiServer || m_layout == Layout::NativeCrds;
    const bool v1 = m_layout == Layout::ApiServer || m_layout == Layout::CrdV1;
    const Answer notFound {
        404, status(404, u"NotFound"_s, u"the server could not find the requested resource"_s)};

    // Query parameters: only those the API knows, with values it accepts.
    const QUrlQuery query(r.query);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"fieldManager"_s && key != u"force"_s && key != u"dryRun"_s
            && key != u"labelSelector"_s && key != u"fieldValidation"_s)
            return {400, status(400, u"BadRequest"_s, u"unknown query parameter %1"_s.arg(key))};
        if (key == u"dryRun"_s && value != u"All"_s)
            return {400,
                status(400, u"BadRequest"_s,
                    u"Invalid dry run value: %1: supported values: \"All\""_s.arg(value))};
    }
    const bool dryRun = query.hasQueryItem(u"dryRun"_s);
    const QString manager = query.queryItemValue(u"fieldManager"_s);
    const bool force = query.queryItemValue(u"force"_s) == u"true"_s;

    if (r.method == "GET" && r.path == u"/apis"_s) {
        QJsonArray groups;
        const auto group = [](const QString &name, const QString &version) {
            const QJsonObject gv {
                {u"groupVersion"_s, name + u'/' + version}, {u"version"_s, version}};
            return QJsonObject {
                {u"name"_s, name}, {u"versions"_s, QJsonArray {gv}}, {u"preferredVersion"_s, gv}};
        };
        groups.append(group(u"networking.k8s.io"_s, u"v1"_s));
        if (v1)
            groups.append(group(u"crd.projectcalico.org"_s, u"v1"_s));
        if (v3)
            groups.append(group(u"projectcalico.org"_s, u"v3"_s));
        return {200,
            QJsonObject {
                {u"kind"_s, u"APIGroupList"_s}, {u"apiVersion"_s, u"v1"_s}, {u"groups"_s, groups}}};
    }

    if (r.method == "GET" && r.path == u"/api"_s) {
        return {200,
            QJsonObject {{u"kind"_s, u"APIVersions"_s}, {u"versions"_s, QJsonArray {u"v1"_s}},
                {u"serverAddressByClientCIDRs"_s,
                    QJsonArray {QJsonObject {{u"clientCIDR"_s, u"0.0.0.0/0"_s},
                        {u"serverAddress"_s, u"127.0.0.1"_s}}}}}};
    }
    // /api/v1/... or /apis/GROUP/VERSION/...
    QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts);
    Target t;
    if (parts.size() >= 2 && parts[0] == u"api"_s) {
        t.version = parts[1];
        parts = parts.mid(2);
    } else if (parts.size() >= 3 && parts[0] == u"apis"_s) {
        t.group = parts[1];
        t.version = parts[2];
        parts = parts.mid(3);
    } else {
        return notFound;
    }
    const QString gv = t.groupVersion();
    if (t.group == u"projectcalico.org"_s && m_unavailable > 0) {
        --m_unavailable;
        return {503,
            status(503, u"ServiceUnavailable"_s,
                u"the server is currently unable to handle the request"_s)};
    }
    const bool served = gv == u"v1"_s || gv == u"networking.k8s.io/v1"_s
        || (gv == u"projectcalico.org/v3"_s && v3) || (gv == u"crd.projectcalico.org/v1"_s && v1);
    if (!served)
        return notFound;
    const QString calicoGroup = t.group.contains(u"projectcalico.org"_s) ? u"calico"_s : t.group;
    if (parts.isEmpty()) {
        if (r.method != "GET")
            return {405,
                status(405, u"MethodNotAllowed"_s, u"the server does not allow this method"_s)};
        QJsonArray resources;
        for (const Plural &p : kPlurals) {
            if (QString::fromLatin1(p.group) == calicoGroup
                && !m_withheld.contains(QString::fromLatin1(p.plural)))
                resources.append(QJsonObject {{u"name"_s, QString::fromLatin1(p.plural)},
                    {u"namespaced"_s, p.namespaced}, {u"kind"_s, QString::fromLatin1(p.kind)},
                    {u"verbs"_s,
                        QJsonArray {u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s,
                            u"update"_s, u"watch"_s}}});
        }
        return {200,
            QJsonObject {{u"kind"_s, u"APIResourceList"_s}, {u"apiVersion"_s, u"v1"_s},
                {u"groupVersion"_s, gv}, {u"resources"_s, resources}}};
    }
    if (parts.size() >= 3 && parts[0] == u"namespaces"_s) {
        t.namespace_ = parts[1];
        parts = parts.mid(2);
    }
    if (parts.size() > 2)
        return notFound;
    for (const Plural &p : kPlurals) {
        if (QString::fromLatin1(p.plural) == parts[0]
            && QString::fromLatin1(p.group) == calicoGroup)
            t.plural = &p;
    }
    if (!t.plural || m_withheld.contains(parts[0]))
        return notFound;
    if (!t.namespace_.isEmpty() && !t.plural->namespaced)
        return notFound;
    t.name = parts.value(1);
    const QString plural = parts[0];
    const QString kind = QString::fromLatin1(t.plural->kind);

    QString verb;
    if (r.method == "GET")
        verb = t.name.isEmpty() ? u"list"_s : u"get"_s;
    else if (r.method == "PATCH" && !t.name.isEmpty())
        verb = u"patch"_s;
    else if (r.method == "POST" && t.name.isEmpty())
        verb = u"create"_s;
    else if (r.method == "DELETE" && !t.name.isEmpty())
        verb = u"delete"_s;
    else
        return {405,
            status(405, u"MethodNotAllowed"_s,
                u"the server does not allow this method on the requested resource"_s)};
    if (t.plural->namespaced && t.namespace_.isEmpty() && verb != u"list"_s)
        return notFound;
    if (m_forbidden.contains(verb + u' ' + plural)
        || (!dryRun && m_forbiddenReal.contains(verb + u' ' + plural))) {
        const QString scope = t.namespace_.isEmpty()
            ? u"at the cluster scope"_s
            : u"in the namespace \"%1\""_s.arg(t.namespace_);
        return {403,
            status(403, u"Forbidden"_s,
                u"%1%2 is forbidden: User \"test-user\" cannot %3 resource \"%4\" in API group \"%5\" %6"_s
                    .arg(t.qualified(), t.name.isEmpty() ? QString() : u" \"%1\""_s.arg(t.name),
                        verb, plural, t.group, scope),
                QJsonObject {{u"name"_s, t.name}, {u"group"_s, t.group}, {u"kind"_s, plural}})};
    }
    if (force && verb != u"patch"_s)
        return {422,
            status(422, u"Invalid"_s,
                u"force: Forbidden: may not be specified for non-apply patch"_s)};
    const QString path = t.objectPath(t.namespace_, t.name);
    const Answer absent {404,
        status(404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(t.qualified(), t.name),
            QJsonObject {{u"name"_s, t.name}, {u"group"_s, t.group}, {u"kind"_s, plural}})};

    if (verb == u"list"_s) {
        QJsonArray items;
        QStringList keys = m_objects.keys();
        keys.sort();
        const QString prefix = t.collectionPath(QString());
        for (const QString &key : std::as_const(keys)) {
            QJsonObject o = m_objects.value(key);
            const QJsonObject meta = o.value(u"metadata"_s).toObject();
            if (t.objectPath(
                    meta.value(u"namespace"_s).toString(), meta.value(u"name"_s).toString())
                != key)
                continue;
            if (!t.namespace_.isEmpty() && meta.value(u"namespace"_s).toString() != t.namespace_)
                continue;
            if (t.group.isEmpty()) {
                // Items of a core list carry no apiVersion and kind.
                o.remove(u"apiVersion"_s);
                o.remove(u"kind"_s);
            }
            items.append(o);
        }
        Q_UNUSED(prefix);
        return {200,
            QJsonObject {{u"kind"_s, kind + u"List"_s}, {u"apiVersion"_s, gv},
                {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, QString::number(m_revision)}}},
                {u"items"_s, items}}};
    }
    if (verb == u"get"_s)
        return m_objects.contains(path) ? Answer {200, m_objects.value(path)} : absent;

    if (verb == u"delete"_s) {
        if (!r.body.isEmpty() && r.contentType != "application/json")
            return {415,
                status(415, u"UnsupportedMediaType"_s,
                    u"the body of the request was in an unknown format"_s)};
        if (!m_objects.contains(path))
            return absent;
        const QJsonObject options = QJsonDocument::fromJson(r.body).object();
        const QJsonObject pre = options.value(u"preconditions"_s).toObject();
        const QJsonObject meta = m_objects.value(path).value(u"metadata"_s).toObject();
        if (pre.contains(u"uid"_s) && pre.value(u"uid"_s) != meta.value(u"uid"_s))
            return {409,
                status(409, u"Conflict"_s,
                    u"Precondition failed: UID in precondition: %1, UID in object meta: %2"_s.arg(
                        pre.value(u"uid"_s).toString(), meta.value(u"uid"_s).toString()))};
        if (pre.contains(u"resourceVersion"_s)
            && pre.value(u"resourceVersion"_s) != meta.value(u"resourceVersion"_s))
            return {409,
                status(409, u"Conflict"_s,
                    u"Precondition failed: ResourceVersion in precondition: %1, ResourceVersion in object meta: %2"_s
                        .arg(pre.value(u"resourceVersion"_s).toString(),
                            meta.value(u"resourceVersion"_s).toString()))};
        if (!dryRun) {
            m_objects.remove(path);
            m_owners.remove(path);
        }
        return {200,
            QJsonObject {{u"kind"_s, u"Status"_s}, {u"apiVersion"_s, u"v1"_s},
                {u"status"_s, u"Success"_s},
                {u"details"_s,
                    QJsonObject {{u"name"_s, t.name}, {u"group"_s, t.group}, {u"kind"_s, plural},
                        {u"uid"_s, meta.value(u"uid"_s)}}}}};
    }

    // create (POST) and apply (PATCH)
    const QByteArray expected
        = verb == u"patch"_s ? "application/apply-patch+yaml" : "application/json";
    if (r.contentType != expected) {
        return {415,
            status(415, u"UnsupportedMediaType"_s,
                u"the body of the request was in an unknown format - accepted media types "
                "include: %1"_s.arg(QString::fromLatin1(expected)))};
    }
    if (manager.isEmpty() && verb == u"patch"_s)
        return {422,
            status(422, u"Invalid"_s,
                u"PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch"_s,
                QJsonObject {{u"group"_s, u"meta.k8s.io"_s}, {u"kind"_s, u"PatchOptions"_s},
                    {u"causes"_s,
                        QJsonArray {QJsonObject {{u"reason"_s, u"FieldValueRequired"_s},
                            {u"message"_s, u"Required value: is required for apply patch"_s},
                            {u"field"_s, u"fieldManager"_s}}}}})};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {400,
            status(
                400, u"BadRequest"_s, u"error decoding YAML: %1"_s.arg(parseError.errorString()))};
    QJsonObject body = doc.object();
    QJsonObject meta = body.value(u"metadata"_s).toObject();
    if (body.value(u"apiVersion"_s).toString() != gv || body.value(u"kind"_s).toString() != kind)
        return {400,
            status(400, u"BadRequest"_s,
                u"the API version in the data (%1) does not match the expected API version (%2)"_s
                    .arg(body.value(u"apiVersion"_s).toString(), gv))};
    const QString name = meta.value(u"name"_s).toString();
    if (verb == u"patch"_s && name != t.name)
        return {400,
            status(400, u"BadRequest"_s,
                u"the name of the object (%1) does not match the name on the URL (%2)"_s.arg(
                    name, t.name))};
    if (t.plural->namespaced && meta.value(u"namespace"_s).toString() != t.namespace_)
        return {400,
            status(400, u"BadRequest"_s,
                u"the namespace of the provided object does not match the namespace sent on the request"_s)};
    if (meta.contains(u"managedFields"_s))
        return {400, status(400, u"BadRequest"_s, u"metadata.managedFields must be nil"_s)};
    const QString objectPath = t.objectPath(t.namespace_, name);
    const bool exists = m_objects.contains(objectPath);
    if (verb == u"create"_s && exists)
        return {409,
            status(409, u"AlreadyExists"_s, u"%1 \"%2\" already exists"_s.arg(t.qualified(), name),
                QJsonObject {{u"name"_s, name}, {u"group"_s, t.group}, {u"kind"_s, plural}})};
    const QJsonObject stored = m_objects.value(objectPath);
    const QJsonObject storedMeta = stored.value(u"metadata"_s).toObject();
    if (meta.contains(u"resourceVersion"_s)
        && (!exists || meta.value(u"resourceVersion"_s) != storedMeta.value(u"resourceVersion"_s)))
        return {409,
            status(409, u"Conflict"_s,
                u"Operation cannot be fulfilled on %1 \"%2\": the object has been modified; "
                "please apply your changes to the latest version and try again"_s.arg(
                    t.qualified(), name),
                QJsonObject {{u"name"_s, name}, {u"group"_s, t.group}, {u"kind"_s, plural}})};
    if (verb == u"patch"_s && !exists && m_applyCreateBug && isTieredPolicy(plural)
        && calicoGroup == u"calico"_s)
        return absent;
    // The stub's stand-in for validation: names as DNS subdomains, and a selector with "!!".
    const QString selector = body.value(u"spec"_s).toObject().value(u"selector"_s).toString();
    QString invalidField;
    QString invalidMessage;
    if (!kDnsName.match(name).hasMatch()) {
        invalidField = u"metadata.name"_s;
        invalidMessage
            = u"Invalid value: \"%1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'"_s
                  .arg(name);
    } else if (selector.contains(u"!!"_s)) {
        invalidField = u"spec.selector"_s;
        invalidMessage = u"Invalid value: \"%1\": invalid selector"_s.arg(selector);
    }
    if (!invalidField.isEmpty())
        return {422,
            status(422, u"Invalid"_s,
                u"%1.%2 \"%3\" is invalid: %4: %5"_s.arg(
                    kind, t.group, name, invalidField, invalidMessage),
                QJsonObject {{u"name"_s, name}, {u"group"_s, t.group}, {u"kind"_s, kind},
                    {u"causes"_s,
                        QJsonArray {QJsonObject {{u"reason"_s, u"FieldValueInvalid"_s},
                            {u"message"_s, invalidMessage}, {u"field"_s, invalidField}}}}})};

    // Field ownership, per top-level field of spec.
    const QJsonObject spec = body.value(u"spec"_s).toObject();
    const QJsonObject storedSpec = stored.value(u"spec"_s).toObject();
    QHash<QString, QString> owners = m_owners.value(objectPath);
    if (verb == u"patch"_s && !force) {
        QJsonArray causes;
        QStringList fields;
        QString other;
        for (auto it = spec.begin(); it != spec.end(); ++it) {
            const QString owner = owners.value(it.key());
            if (!owner.isEmpty() && owner != manager && storedSpec.value(it.key()) != it.value()) {
                fields.append(u".spec."_s + it.key());
                other = owner;
                causes.append(QJsonObject {{u"reason"_s, u"FieldManagerConflict"_s},
                    {u"message"_s, u"conflict with \"%1\""_s.arg(owner)},
                    {u"field"_s, u".spec."_s + it.key()}});
            }
        }
        if (!causes.isEmpty())
            return {409,
                status(409, u"Conflict"_s,
                    u"Apply failed with %1 conflict(s): conflict with \"%2\": %3"_s
                        .arg(causes.size())
                        .arg(other, fields.join(u", "_s)),
                    QJsonObject {{u"causes"_s, causes}})};
    }
    QJsonObject out = body;
    QJsonObject outSpec = verb == u"patch"_s ? storedSpec : QJsonObject();
    for (auto it = owners.begin(); it != owners.end();) {
        // Fields this manager applied before and no longer applies go away.
        if (it.value() == manager && !spec.contains(it.key()) && verb == u"patch"_s) {
            outSpec.remove(it.key());
            it = owners.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        outSpec.insert(it.key(), it.value());
        owners.insert(it.key(), manager.isEmpty() ? u"unknown"_s : manager);
    }
    if (!outSpec.isEmpty() || body.contains(u"spec"_s))
        out.insert(u"spec"_s, outSpec);
    QJsonObject outMeta = meta;
    if (calicoGroup == u"calico"_s && isTieredPolicy(plural)) {
        // Calico labels a tiered policy with its tier.
        QJsonObject labels = outMeta.value(u"labels"_s).toObject();
        const QString tier = outSpec.value(u"tier"_s).toString();
        labels.insert(u"projectcalico.org/tier"_s, tier.isEmpty() ? u"default"_s : tier);
        outMeta.insert(u"labels"_s, labels);
    }
    outMeta.insert(u"uid"_s,
        exists ? storedMeta.value(u"uid"_s)
               : QJsonValue(u"00000000-0000-4000-8000-%1"_s.arg(m_uid + 1, 12, 10, QChar(u'0'))));
    outMeta.insert(u"creationTimestamp"_s,
        exists ? storedMeta.value(u"creationTimestamp"_s)
               : QJsonValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    QJsonArray managed;
    QSet<QString> managers;
    for (const QString &m : std::as_const(owners))
        managers.insert(m);
    for (const auto &v : storedMeta.value(u"managedFields"_s).toArray()) {
        const QJsonObject e = v.toObject();
        if (managers.contains(e.value(u"manager"_s).toString())
            && e.value(u"manager"_s).toString() != manager)
            managed.append(e);
    }
    managed.append(QJsonObject {{u"manager"_s, manager.isEmpty() ? u"unknown"_s : manager},
        {u"operation"_s, verb == u"patch"_s ? u"Apply"_s : u"Update"_s}, {u"apiVersion"_s, gv},
        {u"fieldsType"_s, u"FieldsV1"_s}});
    outMeta.insert(u"managedFields"_s, managed);
    // Unchanged content keeps its resourceVersion, as the server does for a no-op apply.
    QJsonObject compareOld = stored;
    QJsonObject compareNew = out;
    compareNew.insert(u"metadata"_s, outMeta);
    compareOld.remove(u"metadata"_s);
    compareNew.remove(u"metadata"_s);
    QJsonObject oldMetaCmp = storedMeta;
    QJsonObject newMetaCmp = outMeta;
    for (const QString &f : {u"resourceVersion"_s, u"managedFields"_s}) {
        oldMetaCmp.remove(f);
        newMetaCmp.remove(f);
    }
    const bool same = exists && compareOld == compareNew && oldMetaCmp == newMetaCmp;
    if (same) {
        outMeta.insert(u"resourceVersion"_s, storedMeta.value(u"resourceVersion"_s));
    } else {
        outMeta.insert(u"resourceVersion"_s, QString::number(m_revision + 1));
    }
    out.insert(u"metadata"_s, outMeta);
    if (!dryRun) {
        if (!same)
            ++m_revision;
        if (!exists)
            ++m_uid;
        m_objects.insert(objectPath, out);
        m_owners.insert(objectPath, owners);
    }
    return {exists ? 200 : 201, out};
}

} // namespace ps::test
