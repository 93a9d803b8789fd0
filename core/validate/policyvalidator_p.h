#pragma once
// PolicyValidator: Calico's validation of a GlobalNetworkPolicy, NetworkPolicy or Staged*
// policy (docs/semantics.md: "Validation"): metadata, tier existence, order, the policy selectors,
// types, GlobalNetworkPolicy-only fields and flags, performanceHints, stagedAction and the
// Delete rule, and every rule (through RuleValidator). Also warns where Calico accepts a
// policy that is surely a mistake (rules of a direction its types leave out).

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include "core/model/policy.h"

namespace ps {

class DiagnosticSink;

class PolicyValidator {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    /// `tiers`: the names of every tier that exists (the built-in ones included).
    static void validate(
        DiagnosticSink &sink, const CalicoPolicy &policy, const QSet<QString> &tiers);
};

} // namespace ps
