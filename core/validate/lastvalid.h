#pragma once
// The last valid version of an edited policy. Calico refuses an update that fails validation
// and keeps enforcing the version it accepted before, so an editor that analysed only what
// validates would let an edited policy vanish from every analysis the moment a keystroke makes
// it invalid: traffic it denies would show as allowed. withLastValidVersions() puts back, for
// each policy that admit() would leave out, the version the caller last saw validate, and says
// which ones it replaced and why; a policy that never validated stays left out.

#include <QHash>
#include <QList>

#include "core/model/diagnostic.h"
#include "core/model/policy.h"
#include "core/model/resourceid.h"
#include "core/model/workspace.h"
#include "core/validate/admission.h"

namespace ps {

struct LastValidVersions {
    /// The workspace to analyse: the input with the replaced policies in their last valid
    /// version (the input itself when nothing was replaced).
    Workspace workspace;
    /// The policies replaced, each with the error that rejects its current version.
    QList<LeftOut> replaced;
};

/// `lastValid` maps a Calico policy's identity to its last version that validated.
LastValidVersions withLastValidVersions(const Workspace &workspace, const Diagnostics &validation,
    const QHash<ResourceId, CalicoPolicy> &lastValid);

/// Records in `lastValid` every Calico policy of `workspace` that `validation` does not reject
/// (it becomes that policy's last valid version) and forgets policies that are gone.
void rememberValidVersions(const Workspace &workspace, const Diagnostics &validation,
    QHash<ResourceId, CalicoPolicy> &lastValid);

} // namespace ps
