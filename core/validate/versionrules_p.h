#pragma once
// VersionRules: what the Calico release chosen for the workspace (WorkspaceData::calicoVersion)
// does not understand or refuses — kinds it does not have (Tier before 3.29, the staged kinds
// before 3.30), tiers before 3.29, and the "<tier>.<name>" policy names 3.29 to 3.31 require;
// and what a release reads that an earlier one ignores (the DSCP annotation from 3.31).
// The differences come from the version table (core/model/calicoversion.h).

#include <QCoreApplication>

#include "core/model/calicoversion.h"
#include "core/model/meta.h"
#include "core/model/policy.h"

namespace ps {

class DiagnosticSink;
struct Tier;
struct KubernetesNetworkPolicy;

class VersionRules {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static void check(DiagnosticSink &sink, const CalicoPolicy &policy, CalicoVersion version);
    static void check(DiagnosticSink &sink, const Tier &tier, CalicoVersion version);
    static void check(
        DiagnosticSink &sink, const KubernetesNetworkPolicy &policy, CalicoVersion version);
    /// A pod's or host endpoint's qos.projectcalico.org/dscp annotation, in the releases that
    /// read it: an error when Calico would refuse the value (and mark nothing).
    static void checkDscpAnnotation(
        DiagnosticSink &sink, const ObjectMeta &meta, CalicoVersion version);
};

} // namespace ps
