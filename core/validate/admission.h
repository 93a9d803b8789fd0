#pragma once
// Admission: what Calico would accept of a workspace. Calico validates every resource when it
// is created or updated and refuses one that fails (calicoctl and the API server answer with
// the validation error; nothing of it reaches Felix), and the Kubernetes API server does the
// same for its kinds. So the analyses (trace, chain, matrix, render, diff, the studio's views)
// evaluate only the resources that validate: admit() splits a workspace into those and the
// ones left out, each with the first error that rejects it (docs/semantics.md: "Resources that
// fail validation").

#include <QList>
#include <QString>

#include "core/model/diagnostic.h"
#include "core/model/kind.h"
#include "core/model/resourceid.h"
#include "core/model/workspace.h"

namespace ps {

/// A resource the analyses leave out, and why.
struct LeftOut {
    ResourceId id;
    ResourceKind kind = ResourceKind::GlobalNetworkPolicy;
    QString name; // "namespace/name" for namespaced kinds, else "name"
    /// The first error that rejects it (the loader's, else validation's), with its position.
    Diagnostic reason;

    friend bool operator==(const LeftOut &, const LeftOut &) = default;
};

struct Admission {
    /// The workspace without the resources left out (the input itself when nothing is).
    Workspace admitted;
    /// In the workspace's order (resource lists in WorkspaceData's order, then load order).
    QList<LeftOut> leftOut;
};

/// Leaves out every resource that had an error when read (Source::readError) or that has an
/// error in `validation` (Validator::validate of the same workspace; diagnostics name their
/// resource). Resources that only depend on a left-out one stay.
Admission admit(const Workspace &workspace, const Diagnostics &validation);

} // namespace ps
