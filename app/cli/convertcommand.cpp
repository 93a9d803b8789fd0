#include "app/cli/convertcommand.h"

#include "app/cli/diagnosticprinter.h"
#include "core/kube/kubeconvert.h"
#include "core/io/writer.h"

namespace ps::cli {

ConvertCommand::ConvertCommand()
    : Command(QStringLiteral("convert"),
        tr("Convert Kubernetes NetworkPolicies to Calico NetworkPolicies."))
{
}

void ConvertCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(fileOption());
    parser.addOption(outputOption({QStringLiteral("yaml"), QStringLiteral("json")}));
    parser.addOption(QCommandLineOption(QStringLiteral("legacy-names"),
        tr("Name converted policies knp.default.<name>, as Calico 3.31 and earlier did.")));
}

int ConvertCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = outputFormat(
        parser, err, {QStringLiteral("yaml"), QStringLiteral("json")}, QStringLiteral("yaml"));
    if (format.isEmpty())
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(err,
            tr("unexpected argument '%1' (files are given with -f)")
                .arg(parser.positionalArguments().constFirst()));
    }
    LoadResult loaded;
    if (!loadInputs(parser, err, loaded))
        return ExitUsage;
    if (hasErrors(loaded.diagnostics)) {
        DiagnosticPrinter::printText(err, loaded.diagnostics);
        err << tr("convert: the input has errors; nothing was converted") << u'\n';
        return ExitFailure;
    }
    DiagnosticPrinter::printText(err, loaded.diagnostics); // warnings, if any

    const KnpNaming naming
        = parser.isSet(QStringLiteral("legacy-names")) ? KnpNaming::Legacy : KnpNaming::Current;
    const QList<KubernetesNetworkPolicy> &sources = loaded.workspace->kubernetesPolicies;
    Diagnostics diagnostics;
    WorkspaceData converted;
    for (const KubernetesNetworkPolicy &policy : sources) {
        KubeConversion conversion = convertKubernetesPolicy(policy, naming);
        diagnostics += conversion.diagnostics;
        converted.policies.append(asCalicoNetworkPolicy(conversion.policy));
    }

    const qsizetype ignored = loaded.workspace.resourceCount() - sources.size();
    if (ignored > 0) {
        err << tr("note: ignored %1 resource(s) that are not Kubernetes NetworkPolicies")
                   .arg(ignored)
            << u'\n';
    }
    if (sources.isEmpty())
        err << tr("note: no Kubernetes NetworkPolicy in the input") << u'\n';

    DiagnosticPrinter::printText(err, diagnostics);
    if (!converted.policies.isEmpty()) {
        const QByteArray text = Writer().write(Workspace(std::move(converted)),
            format == QLatin1StringView("json") ? OutputFormat::Json : OutputFormat::Yaml);
        out << QString::fromUtf8(text);
    }
    return hasErrors(diagnostics) ? ExitFailure : ExitSuccess;
}

} // namespace ps::cli
