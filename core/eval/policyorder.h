#pragma once
// PolicyOrder: the order in which Calico evaluates tiers and the policies inside them
// (felix/calc/policy_sorter.go, docs/semantics.md: "Evaluation order"). Tiers that exist come
// before tiers only referenced by a policy; then by order ascending with no order last; ties by
// name. Inside a tier: by order ascending, no order last; ties by the byte-wise string
// "name/namespace/kind". The built-in tiers (core/model/builtintier.h) always exist with
// their fixed order and default action.

#include <optional>

#include <QList>
#include <QString>

#include "core/model/policy.h"
#include "core/model/workspace.h"

namespace ps {

struct OrderedTier {
    QString name;
    std::optional<double> order;
    QString defaultAction; // Deny or Pass; empty for a tier that is only referenced
    bool defined = true; // false: referenced by a policy but no Tier object exists
    QList<qsizetype> policies; // indexes into the policy list given, in evaluation order
};

/// True when `a` is evaluated before `b` within one tier.
bool policyEvaluatedBefore(const CalicoPolicy &a, const CalicoPolicy &b);

/// Tiers in evaluation order, each with the policies of `policies` that name it. Tiers with
/// no policy are included when `includeEmptyTiers` (the studio shows them; the engine
/// drops them).
QList<OrderedTier> orderPolicies(
    const Workspace &workspace, const QList<CalicoPolicy> &policies, bool includeEmptyTiers = true);

} // namespace ps
