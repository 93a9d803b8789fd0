#include "core/validate/lastvalid.h"

#include <QSet>

namespace ps {

LastValidVersions withLastValidVersions(const Workspace &workspace, const Diagnostics &validation,
    const QHash<ResourceId, CalicoPolicy> &lastValid)
{
    LastValidVersions out {workspace, {}};
    if (lastValid.isEmpty())
        return out;
    QHash<ResourceId, LeftOut> rejected;
    for (const LeftOut &l : admit(workspace, validation).leftOut)
        if (lastValid.contains(l.id))
            rejected.insert(l.id, l);
    if (rejected.isEmpty())
        return out;
    out.workspace = workspace.edited([&](WorkspaceData &d) {
        for (CalicoPolicy &policy : d.policies) {
            const auto r = rejected.constFind(policy.source.id);
            if (r == rejected.cend())
                continue;
            const ResourceId id = policy.source.id;
            policy = lastValid.value(id);
            policy.source.id = id;
            out.replaced.append(*r);
        }
    });
    return out;
}

void rememberValidVersions(const Workspace &workspace, const Diagnostics &validation,
    QHash<ResourceId, CalicoPolicy> &lastValid)
{
    QSet<ResourceId> rejected;
    for (const LeftOut &l : admit(workspace, validation).leftOut)
        rejected.insert(l.id);
    QHash<ResourceId, CalicoPolicy> kept;
    for (const CalicoPolicy &policy : workspace->policies) {
        if (!rejected.contains(policy.source.id))
            kept.insert(policy.source.id, policy);
        else if (const auto previous = lastValid.constFind(policy.source.id);
                 previous != lastValid.cend())
            kept.insert(policy.source.id, *previous);
    }
    lastValid = std::move(kept);
}

} // namespace ps
