#pragma once
// `policyctl convert`: Kubernetes NetworkPolicies (and StagedKubernetesNetworkPolicies) →
// the projectcalico.org/v3 NetworkPolicies (StagedNetworkPolicies) Calico makes of them, and the
// admin-tier kinds → the GlobalNetworkPolicies Calico makes of them, as YAML or `-o json`.
// `--legacy-names` names them knp.default.<name> as Calico up to 3.31 did. Other resources in
// the input are ignored with a note on stderr. Exit 1 when the input has errors (nothing
// printed) or a rule could not be converted (printed without that rule, as Calico does).
//
// `--to clusternetworkpolicy` migrates instead (core/eval/adminmigration.h): the workspace with
// every AdminNetworkPolicy and BaselineAdminNetworkPolicy rewritten as a ClusterNetworkPolicy
// (every other document copied as written) on stdout and the proof on stderr; with --check
// only the proof, on stdout (-o json: as JSON). Exit 0 equivalent, 1 not equivalent or not
// convertible, 2 usage error or input with errors (as diff).

#include <optional>

#include "app/cli/workspacecommand.h"
#include "core/model/calicoversion.h"

namespace ps::cli {

class ConvertCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::ConvertCommand)

public:
    ConvertCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    int migrate(const WorkspaceContext &context, QTextStream &out, QTextStream &err) const;

    bool m_migrate = false;
    bool m_check = false;
    std::optional<CalicoVersion> m_from; // --calico-version with --to
};

} // namespace ps::cli
