#pragma once
// KubeClient: requests to a Kubernetes API server over libcurl, with the target a kubeconfig
// gave (kubeconfig.h): TLS verified against the cluster's CA (or the system's), a client
// certificate and key when given, `Authorization: Bearer <token>` when there is a token (a
// tokenFile is read again once when the server answers 401, as client-go does), JSON answers.
// A 503 (an aggregated API such as Calico's API server not answering) is retried twice, after
// 1 s and 2 s.
//
// request() returns any HTTP answer; only a transport failure (unreachable, a certificate that
// does not verify) is an Error, naming the server. describe() turns an answer that is not a
// success into words: the server's own Status message, with the fields of its causes, and
// what to do for 401, 403, 404, 409, 422 and 503. Never the token.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include "core/model/result.h"
#include "core/push/kubeconfig.h"

namespace ps {

struct KubeReply {
    int status = 0;
    QByteArray body;
    QJsonObject object; // the body when it is a JSON object

    bool ok() const { return status >= 200 && status < 300; }
    /// A Status object's reason ("NotFound", "Conflict", ...); empty when the body is not one.
    QString reason() const;
    /// A Status's details.name (set for an object that is absent, empty for a missing API).
    QString detailsName() const;
    /// True for a 409 whose causes are field manager conflicts of a server-side apply.
    bool isFieldManagerConflict() const;
};

class KubeClient {
    Q_DECLARE_TR_FUNCTIONS(KubeClient)

public:
    explicit KubeClient(KubeTarget target);

    /// One request; `contentType` is sent with a body. Any HTTP status is a reply.
    Result<KubeReply> request(const QByteArray &method, const QString &path,
        const QUrlQuery &query = {}, const QByteArray &body = {},
        const QByteArray &contentType = {}) const;
    /// GET that must answer 200 with a JSON object; otherwise an Error from describe().
    Result<QJsonObject> get(const QString &path, const QUrlQuery &query = {}) const;
    /// Why `reply` is not a success, for the request described by `what` ("apply
    /// GlobalNetworkPolicy allow-dns").
    QString describe(const KubeReply &reply, const QString &what) const;

    const KubeTarget &target() const { return m_target; }
    /// The server URL, and the context it came from when there is one.
    QString server() const;

private:
    KubeTarget m_target;
    mutable QByteArray m_token;
};

} // namespace ps
