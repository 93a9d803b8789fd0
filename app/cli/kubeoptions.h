#pragma once
// The options that reach a Kubernetes cluster, shared by policyctl push and pull:
// --kubeconfig FILE, --context NAME, --insecure-skip-tls-verify (the only way a kubeconfig
// that turns certificate checks off is accepted) and --calico-api-group (or $CALICO_API_GROUP,
// as Calico's components read it) to force the API group instead of detecting it. The kubeconfig is
// read by core's Kubeconfig.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include "core/model/result.h"
#include "core/push/kubeconfig.h"

namespace ps::cli {

struct KubeOptions {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::KubeOptions)

public:
    static const QString kKubeconfig; // "kubeconfig"
    static void add(QCommandLineParser &parser);
    /// True when --kubeconfig is given.
    static bool given(const QCommandLineParser &parser);
    /// Every option that may be given once, for WorkspaceCommand::givenOnce.
    static QStringList names();
    /// The other options, which need --kubeconfig.
    static QStringList dependentNames();
    /// The target the kubeconfig gives; an Error saying what is wrong with it.
    static Result<KubeTarget> target(const QCommandLineParser &parser);
};

} // namespace ps::cli
