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
    result.converted = Workspace(std::move(converted));
    result.sources = sources.size();
    result.ignored = workspace.resourceCount() - sources.size();
    return result;
}

} // namespace ps
