#pragma once
// AdminValidator: AdminNetworkPolicy, BaselineAdminNetworkPolicy and ClusterNetworkPolicy as
// their CRDs (network-policy-api) validate them — priority, subject, actions, peers, ports and
// protocols, networks, the limits on rules and peers, the BaselineAdminNetworkPolicy's name — and
// a warning when the Calico release chosen for the workspace does not enforce the kind.

#include <QCoreApplication>

#include "core/model/adminpolicy.h"
#include "core/model/calicoversion.h"

namespace ps {

class DiagnosticSink;

class AdminValidator {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static void validate(DiagnosticSink &sink, const AdminPolicy &policy, CalicoVersion version);
};

} // namespace ps
