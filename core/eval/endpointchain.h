#pragma once
// EndpointChain: what `policyctl chain --endpoint` prints and the studio's chain view shows —
// for one endpoint and each direction, the applicable tiers in evaluation order, their
// policies in order (staged ones included and marked), each policy's rules, then the
// endpoint's profiles (docs/semantics.md: "Evaluation order", "Evaluating a packet at an
// endpoint"). Plain values built by PolicyEngine::chain().

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/model/resourceid.h"
#include "core/model/rule.h"

namespace ps {

struct ChainRule {
    int index = 0;
    QString action; // as written: Allow, Deny, Log, Pass
    Rule rule; // in words: describeRule() (core/report/explainer.h)
};

struct ChainPolicy {
    int policy = -1; // index into PolicyEngine::policies()
    ResourceId id; // the policy's resource (in memory only: not in the JSON)
    QString name; // "ns/name" or "name"
    QString kind;
    std::optional<double> order;
    bool staged = false;
    QString selector; // the compiled selector (docs/semantics.md: "Compiling a policy")
    QList<ChainRule> rules;
};

struct ChainTier {
    QString name;
    QString defaultAction; // Deny or Pass
    bool stagedOnly = false; // only staged policies: skipped when enforcing
    QList<ChainPolicy> policies;
};

struct ChainProfile {
    QString name;
    bool defined = true; // false: referenced but unknown (no rules)
    QList<ChainRule> rules;
};

/// A host endpoint's other policy lists (docs/semantics.md: "Host endpoints"): "untracked"
/// (doNotTrack), "preDNAT" (ingress only) and "forward" (applyOnForward, forwarded traffic). Their
/// tiers have no end-of-tier deny except forward's; none has profiles.
struct ChainStage {
    QString stage;
    QList<ChainTier> tiers;
};

struct ChainDirection {
    QList<ChainTier> tiers; // workloads: the chain; host endpoints: the normal stage
    QList<ChainProfile> profiles;
    QList<ChainStage> stages; // host endpoints only, in Felix's order (see ChainStage)
};

struct EndpointChain {
    QString endpoint; // REF
    QString kind; // Pod, Deployment..., HostEndpoint
    ChainDirection ingress;
    ChainDirection egress;
};

} // namespace ps
