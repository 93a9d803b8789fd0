#pragma once
// Kubeconfig: how a Kubernetes API server is reached, read from a kubeconfig file the way
// kubectl reads one — clusters, users and contexts by name, the current-context or the one
// asked for, relative paths resolved against the file's folder.
//
// Supported: cluster `server`, `certificate-authority` / `certificate-authority-data` (the data
// wins), `tls-server-name` is refused (libcurl cannot verify against another name here);
// user `client-certificate[-data]` with `client-key[-data]`, `token`, `tokenFile` (preferred
// over `token`, re-read when the server answers 401). PEM data stays in memory (passed to
// libcurl as blobs); nothing is written to disk. `insecure-skip-tls-verify: true` is refused
// unless the caller allows it, and refused with a CA as client-go does. `exec`,
// `auth-provider` and `username`/`password` users are refused, naming the field.
//
// Which file: the one given, else the first entry of $KUBECONFIG (':'-separated; kubectl
// merges them all, we read the first existing file only), else ~/.kube/config. Every error
// names the file and the field (e.g. `users[0].user.client-key-data`).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/model/result.h"

namespace ps {

/// A server and the credentials to reach it, as one context of a kubeconfig gives them.
struct KubeTarget {
    QString server; // https://host:port[/path]
    QString file; // the kubeconfig read ("" when built by hand)
    QString context; // the context used
    QString cluster;
    QString user;
    QString namespace_; // the context's namespace; empty: none
    QByteArray caPem; // PEM bundle the server certificate must verify against; empty: system
    QByteArray certPem; // client certificate (PEM)
    QByteArray keyPem; // its key (PEM)
    QByteArray token; // bearer token; empty: none
    QString tokenFile; // where the token was read from (re-read on 401); empty: none
    bool insecureSkipTlsVerify = false; // only when the caller allowed it
    int timeoutSeconds = 60;
    /// The Calico API group to use, as Calico's CALICO_API_GROUP forces it:
    /// "projectcalico.org/v3" or "crd.projectcalico.org/v1"; empty: detected from /apis.
    QString apiGroup;
};

struct KubeconfigOptions {
    QString file; // empty: $KUBECONFIG's first file, else ~/.kube/config
    QString context; // empty: the file's current-context
    bool allowInsecure = false; // accept insecure-skip-tls-verify: true
};

class Kubeconfig {
    Q_DECLARE_TR_FUNCTIONS(Kubeconfig)

public:
    /// The file `options` names, read and resolved to one target.
    static Result<KubeTarget> load(const KubeconfigOptions &options);
    /// A kubeconfig's text (`file` names it in errors and anchors relative paths).
    static Result<KubeTarget> parse(
        const QByteArray &text, const QString &file, const KubeconfigOptions &options);
    /// The file load() reads when none is given.
    static QString defaultFile();
    /// Reads a token file (trimmed); an Error naming it.
    static Result<QByteArray> readTokenFile(const QString &file);
};

} // namespace ps
