#pragma once
// The smallest change that would allow a denied flow (`policyctl flows explain --suggest`,
// docs/flows.md): at each side that denies it, one Allow rule naming exactly this flow's peer,
// protocol and port, put into the policy that decided — before the denying rule, or after the
// last rule when the tier ended without a match. The change is applied to a copy of the
// workspace and checked by the engine (the flow traced again), and what else it would allow is
// computed by the semantic diff of the two workspaces, never guessed. Kubernetes
// NetworkPolicies and verdicts no policy made (no tier, no profile) get no proposal, with the
// reason.

#include <QList>
#include <QString>

#include "core/eval/policyengine.h"
#include "core/eval/semanticdiff.h"
#include "core/eval/trace.h"
#include "core/model/rule.h"

namespace ps {

struct RuleAddition {
    QString policy; // "Kind ns/name"
    QString direction; // "ingress" or "egress"
    int index = 0; // the new rule's index in that list
    Rule rule;
    QString description; // the rule in words
};

struct AllowChange {
    bool found = false;
    QString reason; // why there is no proposal
    QList<RuleAddition> additions; // one per denying side
    FlowTrace after; // the flow traced in the changed workspace
    QList<FlowChange> alsoAllowed; // other flows denied before and allowed after the change
    bool alsoTruncated = false;
};

/// `trace` is engine.trace(flow) of a denied flow.
AllowChange smallestAllowingChange(
    const PolicyEngine &engine, const Flow &flow, const FlowTrace &trace, int maxOtherFlows = 50);

} // namespace ps
