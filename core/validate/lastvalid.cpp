#include "core/validate/lastvalid.h"

namespace ps {

LastValidVersions withLastValidVersions(const Workspace &workspace, const Diagnostics &validation,
    const QHash<ResourceId, CalicoPolicy> &lastValid)
{
    QHash<ResourceId, LeftOut> rejected;
    for (const LeftOut &l : admit(workspace, validation).leftOut)
        rejected.insert(l.id, l);

    LastValidVersions out {workspace, {}, {}};
    out.lastValid.reserve(workspace->policies.size());
    bool replacing = false;
    for (const CalicoPolicy &policy : workspace->policies) {
        const ResourceId id = policy.source.id;
        if (!rejected.contains(id))
            out.lastValid.insert(id, policy);
        else if (const auto previous = lastValid.constFind(id); previous != lastValid.cend()) {
            out.lastValid.insert(id, *previous);
            replacing = true;
        }
    }
    if (!replacing)
        return out;
    out.workspace = workspace.edited([&](WorkspaceData &d) {
        for (CalicoPolicy &policy : d.policies) {
            const ResourceId id = policy.source.id;
            const auto r = rejected.constFind(id);
            if (r == rejected.cend() || !lastValid.contains(id))
                continue;
            policy = lastValid.value(id);
            policy.source.id = id;
            out.replaced.append(*r);
        }
    });
    return out;
}

} // namespace ps
