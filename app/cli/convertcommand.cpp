#include "app/cli/convertcommand.h"

#include "core/io/writer.h"
#include "core/kube/workspaceconversion.h"
#include "core/report/diagnosticsreport.h"

namespace ps::cli {

ConvertCommand::ConvertCommand()
    : WorkspaceCommand(QStringLiteral("convert"),
        tr("Convert Kubernetes NetworkPolicies to Calico NetworkPolicies, and "
           "AdminNetworkPolicies, BaselineAdminNetworkPolicies and ClusterNetworkPolicies to the "
           "GlobalNetworkPolicies Calico makes of them (--calico-version decides which it "
           "enforces)."),
        {{QStringLiteral("yaml"), QStringLiteral("json")}}, InvalidInput::Report)
{
}

void ConvertCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("legacy-names"),
        tr("Name converted policies knp.default.<name>, as Calico 3.31 and earlier did.")));
}

int ConvertCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    // Kubernetes policies are converted as Calico converts them, whether or not they pass
    // Calico's validation: only what could not be read refuses.
    const LoadResult &loaded = context.input().loaded();
    if (hasErrors(loaded.diagnostics)) {
        err << diagnosticsToText(loaded.diagnostics);
        err << tr("convert: the input has errors; nothing was converted") << u'\n';
        return ExitFailure;
    }
    err << diagnosticsToText(loaded.diagnostics); // warnings, if any

    const KnpNaming naming = context.parser.isSet(QStringLiteral("legacy-names"))
        ? KnpNaming::Legacy
        : knpNaming(loaded.workspace->calicoVersion);
    const WorkspaceConversion conversion = convertKubernetesPolicies(loaded.workspace, naming);
    if (conversion.ignored > 0) {
        err << tr("note: ignored %1 resource(s) that are not Kubernetes NetworkPolicies or "
                  "admin-tier policies")
                   .arg(conversion.ignored)
            << u'\n';
    }
    if (conversion.sources == 0)
        err << tr("note: no Kubernetes NetworkPolicy or admin-tier policy in the input") << u'\n';

    err << diagnosticsToText(conversion.diagnostics);
    if (conversion.sources > 0) {
        const QByteArray text = Writer().write(conversion.converted,
            context.format == QLatin1StringView("json") ? OutputFormat::Json : OutputFormat::Yaml);
        out << QString::fromUtf8(text);
    }
    return hasErrors(conversion.diagnostics) ? ExitFailure : ExitSuccess;
}

} // namespace ps::cli
