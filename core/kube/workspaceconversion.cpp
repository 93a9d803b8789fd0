#include "core/kube/workspaceconversion.h"

namespace ps {

WorkspaceConversion convertKubernetesPolicies(const Workspace &workspace, KnpNaming naming)
{
    WorkspaceConversion result;
    WorkspaceData converted;
    const QList<KubernetesNetworkPolicy> &sources = workspace->kubernetesPolicies;
    for (const KubernetesNetworkPolicy &policy : sources) {
        KubeConversion conversion = convertKubernetesPolicy(policy, naming);
        result.diagnostics += conversion.diagnostics;
        converted.policies.append(asCalicoNetworkPolicy(conversion.policy));
    }
    for (const AdminPolicy &policy : workspace->adminPolicies) {
        AdminConversion conversion = convertAdminPolicy(policy, workspace->calicoVersion);
        result.diagnostics += conversion.diagnostics;
        if (conversion.policy) {
            converted.policies.append(asCalicoGlobalNetworkPolicy(*conversion.policy));
        } else {
            Diagnostic skipped;
            skipped.severity = Severity::Warning;
            skipped.message = conversion.skipped;
            skipped.file = policy.source.file;
            skipped.line = policy.source.pos.line;
            skipped.column = policy.source.pos.column;
            result.diagnostics.append(skipped);
        }
    }
    converted.calicoVersion = workspace->calicoVersion;
    result.converted = Workspace(std::move(converted));
    result.sources = sources.size() + workspace->adminPolicies.size();
    result.ignored = workspace.resourceCount() - result.sources;
    return result;
}

} // namespace ps
