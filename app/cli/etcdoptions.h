#pragma once
// The options that reach Calico's etcd datastore, shared by policyctl push and pull:
// --etcd URL[,URL] (also spelt --etcd-endpoints), --etcd-ca-cert, --etcd-cert, --etcd-key,
// --etcd-username and --etcd-password-file. As calicoctl does, the TLS files and the user fall
// back to ETCD_CA_CERT_FILE, ETCD_CERT_FILE, ETCD_KEY_FILE, ETCD_USERNAME and ETCD_PASSWORD, and a
// user is used only with a password. The password is never taken on the command line (it would
// show in the process list).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include "core/model/result.h"
#include "core/push/etcdclient.h"

namespace ps::cli {

struct EtcdOptions {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::EtcdOptions)

public:
    static const QString kEndpoints; // "etcd"
    static void add(QCommandLineParser &parser);
    /// True when --etcd is given.
    static bool given(const QCommandLineParser &parser);
    /// Every etcd option that may be given once, for WorkspaceCommand::givenOnce.
    static QStringList names();
    /// The target the options (and the environment) describe; an Error with the usage problem.
    static Result<EtcdTarget> target(const QCommandLineParser &parser);
};

} // namespace ps::cli
