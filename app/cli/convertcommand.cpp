#include "app/cli/convertcommand.h"

#include "core/eval/adminmigration.h"
#include "core/io/workspacestore.h"
#include "core/io/writer.h"
#include "core/kube/workspaceconversion.h"
#include "core/report/diagnosticsreport.h"
#include "core/report/migrationreport.h"
#include "core/validate/validator.h"

namespace ps::cli {

namespace {

const QString kTo = QStringLiteral("to");
const QString kCheck = QStringLiteral("check");
const QString kLegacyNames = QStringLiteral("legacy-names");
const QString kCalicoVersion = QStringLiteral("calico-version");
const QString kClusterNetworkPolicy = QStringLiteral("clusternetworkpolicy");

} // namespace

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
    parser.setApplicationDescription(description() + QStringLiteral("\n\n")
        + tr("With --to clusternetworkpolicy it migrates instead: it rewrites every "
             "AdminNetworkPolicy and BaselineAdminNetworkPolicy as the ClusterNetworkPolicy of "
             "the same name that Calico 3.32 enforces (tier Admin with the same priority, or "
             "Baseline with priority 1000), prints the workspace with them in their place (every "
             "other document as written; -o json: every resource in canonical form), and proves "
             "it equivalent: the workspace as Calico 3.29-3.31 evaluates it (--calico-version, "
             "else the workspace folder's setting, else 3.31) against the migrated one as 3.32 "
             "evaluates it, flow by flow. The proof goes to standard error: \"equivalent\", or "
             "what cannot be rewritten and the flows that differ with the rule that decides each "
             "under each release.\n"
             "Exit codes with --to: 0 equivalent, 1 not equivalent or not convertible, 2 usage "
             "error, input that cannot be read, or input with errors."));
    parser.addOption(QCommandLineOption(kLegacyNames,
        tr("Name converted policies knp.default.<name>, as Calico 3.31 and earlier did.")));
    parser.addOption(QCommandLineOption(kTo,
        tr("Migrate to KIND instead of converting: clusternetworkpolicy (the only one)."),
        QStringLiteral("KIND")));
    parser.addOption(QCommandLineOption(kCheck,
        tr("With --to: print only the proof, on standard output (-o json: as JSON), not the "
           "migrated resources.")));
}

int ConvertCommand::parseOptions(
    const QCommandLineParser &parser, const QString &, QTextStream &err)
{
    if (!givenOnce(parser, {kTo}, err))
        return ExitUsage;
    m_migrate = parser.isSet(kTo);
    m_check = parser.isSet(kCheck);
    m_from.reset();
    if (m_migrate && parser.value(kTo).trimmed().toLower() != kClusterNetworkPolicy) {
        return usageError(
            err, tr("--to must be %1, got '%2'").arg(kClusterNetworkPolicy, parser.value(kTo)));
    }
    if (m_check && !m_migrate)
        return usageError(err, tr("--check needs --to clusternetworkpolicy"));
    if (m_migrate && parser.isSet(kLegacyNames))
        return usageError(err, tr("--legacy-names cannot be combined with --to"));
    if (m_migrate && parser.isSet(kCalicoVersion)) {
        // The base has checked that it names a release.
        const std::optional<CalicoVersion> from
            = calicoVersionFromName(parser.value(kCalicoVersion));
        if (from && !isMigrationSource(*from)) {
            return usageError(err,
                tr("--calico-version with --to names the release the cluster runs now, one "
                   "that enforces AdminNetworkPolicy: 3.29, 3.30 or 3.31, got '%1'")
                    .arg(parser.value(kCalicoVersion)));
        }
        m_from = from;
    }
    return Continue;
}

int ConvertCommand::runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err)
{
    if (m_migrate)
        return migrate(context, out, err);
    // Kubernetes policies are converted as Calico converts them, whether or not they pass
    // Calico's validation: only what could not be read refuses.
    const LoadResult &loaded = context.input().loaded();
    if (hasErrors(loaded.diagnostics)) {
        err << diagnosticsToText(loaded.diagnostics);
        err << tr("convert: the input has errors; nothing was converted") << u'\n';
        return ExitFailure;
    }
    err << diagnosticsToText(loaded.diagnostics); // warnings, if any

    const KnpNaming naming = context.parser.isSet(kLegacyNames)
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

int ConvertCommand::migrate(
    const WorkspaceContext &context, QTextStream &out, QTextStream &err) const
{
    const LoadResult &loaded = context.input().loaded();
    // The release the cluster runs now: --calico-version, else the folder's setting when it is
    // one that enforces AdminNetworkPolicy, else the last one that does.
    const CalicoVersion from
        = m_from.value_or(defaultMigrationSource(loaded.workspace->calicoVersion));
    const Workspace current = loaded.workspace->calicoVersion == from
        ? loaded.workspace
        : loaded.workspace.edited([from](WorkspaceData &d) { d.calicoVersion = from; });

    // Proving a workspace Calico would partly refuse proves nothing: input errors stop here.
    Diagnostics problems;
    for (const Diagnostic &d : loaded.diagnostics + Validator().validate(current)) {
        if (d.severity == Severity::Error)
            problems.append(d);
    }
    if (!problems.isEmpty()) {
        err << diagnosticsToText(problems);
        printError(err,
            tr("the input has %1 error(s) (see 'policyctl validate --calico-version %2'); "
               "nothing was migrated")
                .arg(problems.size())
                .arg(calicoVersionName(from)));
        return ExitUsage;
    }
    err << diagnosticsToText(loaded.diagnostics); // warnings, if any

    const AdminMigration migration = migrateAdminPolicies(current, from);
    if (migration.rewrite.sources == 0) {
        err << tr("note: no AdminNetworkPolicy or BaselineAdminNetworkPolicy in the input")
            << u'\n';
    }
    const bool json = context.format == QLatin1StringView("json");
    if (m_check) {
        if (json)
            out << QString::fromUtf8(migrationToJson(migration)) << u'\n';
        else
            out << migrationToText(migration);
        return migration.equivalent() ? ExitSuccess : ExitFailure;
    }

    if (json) {
        out << QString::fromUtf8(Writer().write(migration.rewrite.migrated, OutputFormat::Json));
    } else {
        // Every document as written but the rewritten ones, in their place.
        const Result<WritePlan> plan = WorkspaceStore(loaded).planSaveAs(
            migration.rewrite.migrated, QStringLiteral("<policyctl convert --to>.yaml"));
        if (plan && plan->writes.size() == 1) {
            out << QString::fromUtf8(plan->writes.constFirst().bytes);
        } else {
            err << tr("note: %1; every resource is written in canonical form instead")
                       .arg(plan ? tr("nothing to write") : plan.error().toString())
                << u'\n';
            out << QString::fromUtf8(Writer().write(migration.rewrite.migrated));
        }
    }
    err << migrationToText(migration);
    return migration.equivalent() ? ExitSuccess : ExitFailure;
}

} // namespace ps::cli
