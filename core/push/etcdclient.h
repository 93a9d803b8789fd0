#pragma once
// EtcdClient: etcd's v3 API through its JSON gateway (POST /v3/kv/range, /v3/kv/txn,
// /v3/auth/authenticate; etcd 3.4 and later) over libcurl, the way Calico's etcdv3 datastore is
// reached by calicoctl: a list of endpoints tried in turn, TLS verified against the CA given (or
// the system's), a client certificate and key when etcd asks for one, and user name and password
// exchanged for a token when etcd has authentication enabled (the token is sent with every
// request and fetched again once when etcd says it expired).
//
// Keys and values are raw bytes here (the gateway's base64 is this class's business); revisions
// are etcd's int64 revisions. A failed transaction comparison is not an error (succeeded is
// false). Everything else that goes wrong — no endpoint reachable, a certificate that does not
// verify, wrong credentials, a permission etcd denies, a request etcd refuses — is an Error whose
// message names the endpoint and says what to do, never the password or the token.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/result.h"

namespace ps {

struct EtcdTarget {
    QStringList endpoints; // http://host:port or https://host:port, tried in this order
    QString caFile; // PEM CA bundle the server's certificate must verify against; empty: system
    QString certFile; // client certificate (PEM), for etcd's --client-cert-auth
    QString keyFile; // its key (PEM)
    QString username; // empty: no authentication
    QByteArray password;
    int timeoutSeconds = 60;
};

struct EtcdKeyValue {
    QByteArray key;
    QByteArray value;
    qint64 createRevision = 0;
    qint64 modRevision = 0;
    qint64 version = 0;
};

struct EtcdRange {
    qint64 revision = 0; // the store's revision the range was read at
    QList<EtcdKeyValue> kvs; // sorted by key
};

/// One comparison of a transaction: the key's version or mod revision equals `value`.
struct EtcdCompare {
    enum class Target { Version, ModRevision };
    QByteArray key;
    Target target = Target::ModRevision;
    qint64 value = 0;
};

/// One operation of a transaction on one key.
struct EtcdOperation {
    enum class Type { Put, Delete, Get };
    Type type = Type::Get;
    QByteArray key;
    QByteArray value; // Put only
};

struct EtcdTxn {
    QList<EtcdCompare> compare;
    QList<EtcdOperation> success;
    QList<EtcdOperation> failure;
};

struct EtcdTxnResult {
    bool succeeded = false;
    qint64 revision = 0; // the store's revision after the transaction
    /// What each Get of the branch that ran found (one entry per Get, in order; empty list: the
    /// key does not exist).
    QList<QList<EtcdKeyValue>> gets;
};

class EtcdClient {
    Q_DECLARE_TR_FUNCTIONS(EtcdClient)

public:
    explicit EtcdClient(EtcdTarget target);

    /// Every key starting with `prefix`, read in pages at one revision (a consistent snapshot).
    Result<EtcdRange> rangePrefix(const QByteArray &prefix) const;
    /// One transaction: the comparisons, then the success or the failure operations.
    Result<EtcdTxnResult> txn(const EtcdTxn &txn) const;

    const EtcdTarget &target() const { return m_target; }
    /// The endpoint that answered last (the first one before any request).
    QString endpoint() const;

    /// The range_end that makes a range cover every key starting with `prefix`.
    static QByteArray prefixEnd(const QByteArray &prefix);

private:
    struct Reply;
    Result<QJsonObject> call(const QString &path, const QJsonObject &body) const;
    Reply post(
        const QString &endpoint, const QString &path, const QByteArray &body, bool withToken) const;
    /// POST /v3/auth/authenticate with the user name and password.
    Reply requestToken() const;
    /// The token from requestToken()'s reply kept, or why there is none.
    Result<void> authenticate(const Reply &reply) const;
    Result<QJsonObject> answer(const Reply &reply, const QString &path) const;

    EtcdTarget m_target;
    mutable qsizetype m_endpoint = 0;
    mutable QByteArray m_token;
};

} // namespace ps
