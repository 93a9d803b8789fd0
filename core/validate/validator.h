#pragma once
// Validator: Calico's validation rules (docs/semantics.md: "Validation") over a loaded Workspace —
// names, labels, annotations, actions, protocols, ports and port ranges, named ports, nets
// and IP families, ICMP, HTTP, selectors in each position, service accounts, services,
// types, tiers (existence, built-in tiers), staged kinds, HostEndpoint, NetworkSet,
// GlobalNetworkPolicy-only flags, and resources defined twice. Diagnostics carry the field
// path and its position from the resource's Source. Pure function of the Workspace.

#include "core/model/diagnostic.h"
#include "core/model/workspace.h"

namespace ps {

class Validator {
public:
    Diagnostics validate(const Workspace &workspace) const;
};

} // namespace ps
