#include "app/cli/pullcommand.h"

#include "app/cli/etcdoptions.h"
#include "app/cli/kubeoptions.h"
#include "core/io/resourcefolder.h"
#include "core/push/etcdpush.h"
#include "core/push/kubepush.h"
#include "core/report/etcdpushreport.h"
#include "core/report/kubepushreport.h"

namespace ps::cli {

namespace {

const QString kOutOption = QStringLiteral("out");
const QString kVersionOption = QStringLiteral("calico-version");

} // namespace

PullCommand::PullCommand()
    : Command(QStringLiteral("pull"),
        tr("Read a live cluster into a workspace folder, one file per resource: Calico's etcd "
           "datastore, or a Kubernetes cluster (its inventory and policies)."))
{
}

void PullCommand::configure(QCommandLineParser &parser) const
{
    EtcdOptions::add(parser);
    KubeOptions::add(parser);
    parser.addOption(QCommandLineOption(
        kOutOption, tr("The workspace folder to write (new or empty)."), QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(kVersionOption,
        tr("The Calico release the datastore belongs to, one of %1 (default %2): kept in the "
           "folder's settings.")
            .arg(calicoVersionNames().join(QStringLiteral(", ")),
                calicoVersionName(kNewestCalicoVersion)),
        QStringLiteral("VERSION")));
}

int PullCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            err, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    for (const QString &option :
        EtcdOptions::names() + KubeOptions::names() + QStringList {kOutOption, kVersionOption}) {
        if (parser.values(option).size() > 1)
            return usageError(err, tr("--%1 is given more than once").arg(option));
    }
    if (EtcdOptions::given(parser) && KubeOptions::given(parser))
        return usageError(err, tr("give one source: --etcd or --kubeconfig"));
    if (!EtcdOptions::given(parser) && !KubeOptions::given(parser)) {
        return usageError(err,
            tr("pull needs --etcd URL (Calico's etcd datastore) or --kubeconfig FILE (a "
               "Kubernetes cluster)"));
    }
    if (!KubeOptions::given(parser)) {
        for (const QString &kubeOnly : KubeOptions::dependentNames()) {
            if (parser.isSet(kubeOnly))
                return usageError(
                    err, tr("--%1 is for a Kubernetes cluster (--kubeconfig)").arg(kubeOnly));
        }
    }
    if (parser.value(kOutOption).isEmpty())
        return usageError(err, tr("pull needs --out DIR"));
    CalicoVersion version = kNewestCalicoVersion;
    if (parser.isSet(kVersionOption)) {
        const std::optional<CalicoVersion> chosen
            = calicoVersionFromName(parser.value(kVersionOption));
        if (!chosen) {
            return usageError(err,
                tr("--%1 must be one of %2, got '%3'")
                    .arg(kVersionOption, calicoVersionNames().join(QStringLiteral(", ")),
                        parser.value(kVersionOption)));
        }
        version = *chosen;
    }
    if (KubeOptions::given(parser))
        return pullFromKube(parser, version, out, err);
    const Result<EtcdTarget> target = EtcdOptions::target(parser);
    if (!target)
        return usageError(err, target.error().message);

    const EtcdClient client(*target);
    const Result<EtcdPulled> pulled = EtcdPush::pull(client, version);
    if (!pulled) {
        printError(err, pulled.error().message);
        return ExitFailure;
    }
    if (!pulled->diagnostics.isEmpty()) {
        for (const Diagnostic &d : pulled->diagnostics)
            err << d.toString() << u'\n';
        printError(err,
            tr("%n value(s) in etcd could not be read; nothing was written", nullptr,
                int(pulled->diagnostics.size())));
        return ExitFailure;
    }
    const QString folder = parser.value(kOutOption);
    const Result<QStringList> written = ResourceFolderWriter::write(pulled->workspace, folder);
    if (!written) {
        printError(err, written.error().message);
        return ExitFailure;
    }
    out << EtcdPushReport::pullText(*pulled, client.endpoint(), folder, written->size());
    return ExitSuccess;
}

int PullCommand::pullFromKube(
    const QCommandLineParser &parser, CalicoVersion version, QTextStream &out, QTextStream &err)
{
    const Result<KubeTarget> target = KubeOptions::target(parser);
    if (!target)
        return usageError(err, target.error().message);
    const Result<KubePulled> pulled = KubePush::pull(KubeClient(*target), version);
    if (!pulled) {
        printError(err, pulled.error().message);
        return ExitFailure;
    }
    if (!pulled->diagnostics.isEmpty()) {
        for (const Diagnostic &d : pulled->diagnostics)
            err << d.toString() << u'\n';
        printError(err,
            tr("%n object(s) of the cluster could not be read; nothing was written", nullptr,
                int(pulled->diagnostics.size())));
        return ExitFailure;
    }
    const QString folder = parser.value(kOutOption);
    const Result<QStringList> written = ResourceFolderWriter::write(pulled->workspace, folder);
    if (!written) {
        printError(err, written.error().message);
        return ExitFailure;
    }
    out << KubePushReport::pullText(*pulled, folder, written->size());
    return ExitSuccess;
}

} // namespace ps::cli
