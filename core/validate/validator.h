#pragma once
// Validator: Calico's validation rules (docs/semantics.md: "Validation") over a loaded Workspace —
// names, labels, annotations, actions, protocols, ports and port ranges, named ports, nets
// and IP families, ICMP, HTTP, selectors in each position, service accounts, services,
// types, tiers (existence, built-in tiers), staged kinds, HostEndpoint, NetworkSet,
// GlobalNetworkPolicy-only flags, and resources defined twice. Diagnostics carry the field
// path and its position from the resource's Source. Pure function of the Workspace.

#include <memory>

#include "core/model/diagnostic.h"
#include "core/model/workspace.h"

namespace ps {

struct ValidationMemo;

/// One validation's findings, and what the validation of the next version of the workspace
/// (after an edit) takes over from it.
struct Validation {
    Diagnostics diagnostics;
    std::shared_ptr<const ValidationMemo> memo;
};

class Validator {
public:
    Diagnostics validate(const Workspace &workspace) const;
    /// The same findings, in the same order, taking over from `previous` (a validation of an
    /// earlier version of this workspace, or none) what did not change: a resource list the
    /// edit did not write is not looked at, and in one it wrote, only the resources whose value
    /// or origin changed are checked again (duplicates are looked for again in the whole list).
    Validation validate(const Workspace &workspace, const Validation &previous) const;
};

} // namespace ps
