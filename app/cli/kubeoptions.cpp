#include "app/cli/kubeoptions.h"

using namespace Qt::Literals::StringLiterals;

namespace ps::cli {

namespace {

const QString kContext = u"context"_s;
const QString kInsecure = u"insecure-skip-tls-verify"_s;

} // namespace

const QString KubeOptions::kKubeconfig = u"kubeconfig"_s;

void KubeOptions::add(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(kKubeconfig,
        tr("A Kubernetes cluster running Calico: its kubeconfig (clusters, users, contexts; a "
           "CA, client certificate and key, or token)."),
        u"FILE"_s));
    parser.addOption(QCommandLineOption(kContext,
        tr("kubernetes: the kubeconfig's context to use (default: its current-context)."),
        u"NAME"_s));
    parser.addOption(QCommandLineOption(kInsecure,
        tr("kubernetes: accept a kubeconfig with insecure-skip-tls-verify: true (the server's "
           "certificate is then not checked).")));
}

bool KubeOptions::given(const QCommandLineParser &parser)
{
    return parser.isSet(kKubeconfig);
}

QStringList KubeOptions::names()
{
    return {kKubeconfig, kContext};
}

QStringList KubeOptions::dependentNames()
{
    return {kContext, kInsecure};
}

Result<KubeTarget> KubeOptions::target(const QCommandLineParser &parser)
{
    KubeconfigOptions options;
    options.file = parser.value(kKubeconfig);
    if (options.file.trimmed().isEmpty())
        return Error {tr("--kubeconfig needs a file")};
    options.context = parser.value(kContext).trimmed();
    options.allowInsecure = parser.isSet(kInsecure);
    return Kubeconfig::load(options);
}

} // namespace ps::cli
