#pragma once
// The policy inventory in numbers — what the studio's charts draw beside the ruleset's cost:
// policies per tier (in evaluation order, empty tiers included), per namespace (cluster-wide
// policies under ""), and the endpoints (pods and host endpoints) each policy applies to, in any
// direction or host endpoint stage.
// Every policy the engine evaluates is counted (Kubernetes and admin-tier policies in their
// tiers, staged ones too); none is left out.
//
// Plain values; policyStats() is const on the engine and thread-safe.

#include <QList>
#include <QString>

#include "core/eval/policyengine.h"

namespace ps {

struct PolicyCount {
    QString name; // a tier, a namespace ("" for cluster-wide) or a policy
    qsizetype count = 0;
};

struct PolicyStats {
    QList<PolicyCount> perTier; // evaluation order
    QList<PolicyCount> perNamespace; // most policies first, then by name
    QList<PolicyCount> endpointsSelected; // per policy (display name): most endpoints first
    qsizetype policies = 0;
    qsizetype endpoints = 0; // pods and host endpoints in the inventory
};

PolicyStats policyStats(const PolicyEngine &engine);

} // namespace ps
