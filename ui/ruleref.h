#pragma once
// RuleRef: how the studio's views name a policy, or one of its rules, to each other (the chain
// view, the trace panel and the dataplane panel say "this rule"; the editor opens it). It uses
// the engine's names (CompiledPolicy::kindName and displayName), so Kubernetes policies and
// staged policies are named exactly as traces and renderings name them.

#include <QMetaType>
#include <QString>

#include "core/eval/policyengine.h"
#include "core/model/workspace.h"

namespace ps {

struct RuleRef {
    QString kind; // CompiledPolicy::kindName: GlobalNetworkPolicy, NetworkPolicy, ...
    QString policy; // CompiledPolicy::displayName: "namespace/name" or "name"
    Direction direction = Direction::Ingress;
    int rule = -1; // rule index in that direction; -1 names the policy as a whole

    bool isValid() const { return !policy.isEmpty(); }
    friend bool operator==(const RuleRef &, const RuleRef &) = default;
};

/// The index in workspace->policies of the Calico policy `ref` names, or -1 (Kubernetes
/// policies, which live in kubernetesPolicies, profiles, or no such policy).
qsizetype policyIndex(const Workspace &workspace, const RuleRef &ref);
/// The index in workspace->kubernetesPolicies of the Kubernetes policy `ref` names, or -1.
qsizetype kubernetesPolicyIndex(const Workspace &workspace, const RuleRef &ref);
/// The RuleRef naming policy `index` of workspace->policies as a whole.
RuleRef policyRef(const Workspace &workspace, qsizetype index);

} // namespace ps

Q_DECLARE_METATYPE(ps::RuleRef)
