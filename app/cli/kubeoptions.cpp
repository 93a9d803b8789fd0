#include "app/cli/kubeoptions.h"

using namespace Qt::Literals::StringLiterals;

namespace ps::cli {

namespace {

const QString kContext = u"context"_s;
const QString kInsecure = u"insecure-skip-tls-verify"_s;
const QString kApiGroup = u"calico-api-group"_s;

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
    parser.addOption(QCommandLineOption(kApiGroup,
        tr("kubernetes: the Calico API group to use instead of detecting it, as Calico's "
           "CALICO_API_GROUP forces it (default: $CALICO_API_GROUP, else detected), one of: "
           "projectcalico.org/v3, crd.projectcalico.org/v1."),
        u"GROUP"_s));
}

bool KubeOptions::given(const QCommandLineParser &parser)
{
    return parser.isSet(kKubeconfig);
}

QStringList KubeOptions::names()
{
    return {kKubeconfig, kContext, kApiGroup};
}

QStringList KubeOptions::dependentNames()
{
    return {kContext, kInsecure, kApiGroup};
}

Result<KubeTarget> KubeOptions::target(const QCommandLineParser &parser)
{
    KubeconfigOptions options;
    options.file = parser.value(kKubeconfig);
    if (options.file.trimmed().isEmpty())
        return Error {tr("--kubeconfig needs a file")};
    options.context = parser.value(kContext).trimmed();
    options.allowInsecure = parser.isSet(kInsecure);
    const QString group = parser.isSet(kApiGroup)
        ? parser.value(kApiGroup).trimmed()
        : qEnvironmentVariable("CALICO_API_GROUP").trimmed();
    if (!group.isEmpty() && group != u"projectcalico.org/v3"_s
        && group != u"crd.projectcalico.org/v1"_s) {
        return Error {tr("--calico-api-group is projectcalico.org/v3 or crd.projectcalico.org/v1, "
                         "not '%1'")
                          .arg(group)};
    }
    Result<KubeTarget> target = Kubeconfig::load(options);
    if (target)
        target->apiGroup = group;
    return target;
}

} // namespace ps::cli
