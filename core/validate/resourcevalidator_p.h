#pragma once
// ResourceValidator: Calico's validation of the non-policy projectcalico.org/v3 kinds
// (docs/semantics.md: "Validation"): Tier (name, defaultAction, the fixed built-in tiers),
// Profile (labelsToApply, rules), NetworkSet / GlobalNetworkSet (nets, the reserved namespace
// label), HostEndpoint (node, interface or expected IPs, profiles, named ports) and IPPool
// (CIDR, block size, encapsulation modes, allowed uses, selectors; overlaps between pools) and
// FelixConfiguration (the settings Policy Studio honours: their values as the CRD allows them, the
// failsafe ports as Calico validates and Felix reads them, the names Felix reads).

#include <QCoreApplication>

#include "core/model/calico.h"
#include "core/model/diagnostic.h"

namespace ps {

class DiagnosticSink;

class ResourceValidator {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static void validate(DiagnosticSink &sink, const Tier &tier);
    static void validate(DiagnosticSink &sink, const Profile &profile);
    static void validate(DiagnosticSink &sink, const NetworkSet &set);
    static void validate(DiagnosticSink &sink, const HostEndpoint &endpoint);
    static void validate(DiagnosticSink &sink, const IpPool &pool);
    static void validate(DiagnosticSink &sink, const FelixConfiguration &config);
    /// Each pool whose CIDR overlaps an earlier pool's is an error, as libcalico-go refuses to
    /// create it.
    static void checkOverlaps(Diagnostics &out, const QList<IpPool> &pools);
};

} // namespace ps
