#pragma once
// `policyctl convert`: Kubernetes NetworkPolicies (and StagedKubernetesNetworkPolicies) →
// the projectcalico.org/v3 NetworkPolicies (StagedNetworkPolicies) Calico makes of them,
// as YAML or `-o json`. `--legacy-names` names them knp.default.<name> as Calico up to 3.31
// did. Other resources in the input are ignored with a note on stderr. Exit 1 when the input
// has errors (nothing printed) or a rule could not be converted (printed without that rule,
// as Calico does).

#include "app/cli/workspacecommand.h"

namespace ps::cli {

class ConvertCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::ConvertCommand)

public:
    ConvertCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
