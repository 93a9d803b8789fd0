#pragma once
// KubeApiStub: a STUB of the Kubernetes API server — not a real one (none can run in the test
// environment). It is strict where a client can go wrong: HTTPS only, with a certificate made
// by the test with openssl (EtcdServer::makeCertificates); every request needs
// `Authorization: Bearer <token>` or the client certificate signed by the test CA, else 401;
// paths are checked against the groups, versions and plurals of the layout it plays (the Calico
// API server, native projectcalico.org/v3 CRDs, crd.projectcalico.org/v1 only, or no Calico);
// verbs, content types (PATCH only as application/apply-patch+yaml, POST and DELETE as
// application/json), and query parameters (fieldManager required for apply, force only on
// apply, dryRun only as "All", nothing unknown) are checked and answered as kube-apiserver
// answers them, with Status objects (401, 403, 404 with and without details.name, 409
// AlreadyExists / Conflict / field manager conflicts with causes, 415, 422 with causes).
//
// Objects live in memory with increasing resourceVersions, uids, creationTimestamps and
// managedFields (field ownership is tracked per top-level field of spec, which is enough to
// answer an apply conflict the way the server does). Dry runs validate and change nothing.
// Every request is recorded for the tests to assert on. It runs on its own thread, so a
// blocking client can call it from the test's thread.

#include <atomic>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QString>
#include <QStringList>

#include <QThread>

namespace ps::test {

class KubeApiStub : public QThread {
public:
    enum class Layout { ApiServer, NativeCrds, CrdV1, NoCalico };

    struct Request {
        QByteArray method;
        QString path;
        QString query; // as sent
        QByteArray contentType;
        QByteArray body;
        int status = 0;
    };

    /// `certDir` holds makeCertificates()' files; `token` is the bearer token accepted.
    KubeApiStub(QString certDir, QByteArray token, Layout layout = Layout::ApiServer);
    ~KubeApiStub() override;
    KubeApiStub(const KubeApiStub &) = delete;
    KubeApiStub &operator=(const KubeApiStub &) = delete;

    /// Starts listening on 127.0.0.1 (a free port); false with `why` when it cannot.
    bool start(QString &why);
    /// https://127.0.0.1:PORT
    QString url() const;

    /// Stores `object` as if another client created it (manager `manager`, operation Update).
    /// `apiVersion` and `kind` pick the collection. Returns its resourceVersion.
    QString seed(QJsonObject object, const QString &manager = QStringLiteral("kubectl-edit"));
    /// Changes an object behind the client's back (a new resourceVersion); false when absent.
    bool touch(const QString &path, const QJsonObject &specPatch);
    /// The stored object at `path` (e.g. /apis/projectcalico.org/v3/globalnetworkpolicies/x);
    /// empty when absent.
    QJsonObject object(const QString &path) const;
    /// The paths of every stored object of `collection` (a collection path without namespaces).
    QStringList paths() const;
    QList<Request> requests() const;
    void clearRequests();
    /// TLS connections clients opened so far (a client that reuses its connection opens one).
    int connections() const { return m_connections.load(); }

    /// Answer 403 to `verb` (get, list, patch, create, delete) on `plural`; with `realOnly`,
    /// only to requests that are not dry runs (as if the permission went between the two).
    void forbid(const QString &verb, const QString &plural, bool realOnly = false);
    /// Plurals the layout does not serve (an older Calico): 404 without details.name.
    void withhold(const QString &plural);
    /// Answer the next `count` requests under /apis/projectcalico.org with 503, as an
    /// aggregated API server that is down.
    void unavailable(int count);
    /// Play Calico's API server 3.32.0: an apply that creates a policy answers 404.
    void setApplyCreateBug(bool on);

protected:
    void run() override;

private:
    friend class KubeApiStubServer;
    struct Answer {
        int status = 200;
        QJsonObject body;
    };
    Answer handle(const Request &request, bool clientCertificate);

    QString m_certDir;
    QByteArray m_token;
    Layout m_layout;
    mutable QMutex m_mutex;
    quint16 m_port = 0;
    QString m_startError;
    QHash<QString, QJsonObject> m_objects; // by object path (group-version form)
    QHash<QString, QHash<QString, QString>> m_owners; // path → spec field → manager
    QList<Request> m_requests;
    std::atomic<int> m_connections {0};
    QSet<QString> m_forbidden; // "verb plural"
    QSet<QString> m_forbiddenReal;
    QSet<QString> m_withheld;
    bool m_applyCreateBug = false;
    int m_unavailable = 0;
    QSemaphore *m_ready = nullptr;
    qint64 m_revision = 1000;
    qint64 m_uid = 0;
};

} // namespace ps::test
