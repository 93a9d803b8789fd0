#pragma once
// The last valid version of an edited policy. Calico refuses an update that fails validation
// and keeps enforcing the version it accepted before, so an editor that analysed only what
// validates would let an edited policy vanish from every analysis the moment a keystroke makes
// it invalid: traffic it denies would show as allowed. withLastValidVersions() puts back, for
// each policy that admit() would leave out, the version last seen to validate, says which ones
// it replaced and why, and returns the versions to remember for the next edit; a policy that
// never validated stays left out.

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
    /// The last valid version of every Calico policy of the input that has one: its current
    /// version when that validates, else the one it had (policies that are gone are dropped).
    /// The `lastValid` of the next call.
    QHash<ResourceId, CalicoPolicy> lastValid;
};

/// `lastValid` maps a Calico policy's identity to its last version that validated (the
/// previous call's LastValidVersions::lastValid; empty at first). `validation` is the
/// workspace's diagnostics (load and validation), as admit() reads them.
LastValidVersions withLastValidVersions(const Workspace &workspace, const Diagnostics &validation,
    const QHash<ResourceId, CalicoPolicy> &lastValid);

} // namespace ps
