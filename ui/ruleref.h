#pragma once
// RuleRef: how the studio's views name a policy, or one of its rules, to each other (the chain
// view, the trace panel and the dataplane panel say "this rule"; the editor opens it). The
// policy is identified by its ResourceId (a Kubernetes policy by the Kubernetes resource), so
// a renamed policy is still found and two policies with the same name stay apart. The kind and
// name are the engine's (CompiledPolicy::kindName and displayName), for display: Kubernetes
// and staged policies are named exactly as traces and renderings name them.

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
    ResourceId id = {}; // the policy's resource; null for profiles

    bool isValid() const { return !policy.isEmpty(); }
    /// The same policy (by id when both have one, else by kind and name).
    bool samePolicy(const RuleRef &other) const;
    friend bool operator==(const RuleRef &, const RuleRef &) = default;
};

/// The index in workspace->policies of the Calico policy `ref` names, or -1 (Kubernetes
/// policies, which live in kubernetesPolicies, profiles, or no such policy). A ref with an id
/// is looked up by it; one without (written by hand: tests, a command line) by kind and name.
qsizetype policyIndex(const Workspace &workspace, const RuleRef &ref);
/// The index in workspace->kubernetesPolicies of the Kubernetes policy `ref` names, or -1.
qsizetype kubernetesPolicyIndex(const Workspace &workspace, const RuleRef &ref);
/// The RuleRef naming policy `index` of workspace->policies as a whole.
RuleRef policyRef(const Workspace &workspace, qsizetype index);
/// The RuleRef naming `policy` as a whole (a Calico policy, or a Kubernetes policy converted by
/// convertKubernetesPolicy(), which keeps the Kubernetes resource's id).
RuleRef policyRef(const CalicoPolicy &policy);

} // namespace ps

Q_DECLARE_METATYPE(ps::RuleRef)
