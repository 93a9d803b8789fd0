#pragma once
// Least-privilege recommendation from a flow log (`policyctl flows recommend`, docs/flows.md):
// the endpoints of one namespace, grouped by workload or by service account (or the host
// endpoints, grouped by their labels), each get one staged policy (StagedNetworkPolicy, or
// StagedGlobalNetworkPolicy when asked and for host endpoints) that allows
// exactly the connections the log observed as allowed to and from them, and nothing else in
// the chosen tier.
//
// * The group's selector is made of stable labels only (never pod-template-hash,
//   controller-revision-hash, statefulset.kubernetes.io/pod-name and the like; app and
//   app.kubernetes.io/* first) and is checked with the selector engine to select exactly the
//   group's pods of the namespace; a group no such selector isolates gets no policy, and its
//   flows are listed as not covered with the reason.
// * Peers are named the same way (their workload's stable labels, with a namespace selector
//   when elsewhere), network sets and host endpoints by their labels, other addresses by
//   nets; ports by the name the destination pods give them when they all declare it.
// * Connections logged as denied are never allowed by a rule and are listed apart; connections
//   whose ends are not resolved are listed with the reason.
// * The proof: the workspace with the recommended policies enforced (as `flows replay
//   --staged` enforces a staged policy) is traced again by the engine for every observed
//   connection — each allowed one must stay allowed, each denied one denied — and the
//   engine's policy selection confirms each selector applies to exactly its group.
// * What else the policies allow is computed, not guessed: every workspace endpoint (and
//   network set) their rules' peers match is traced on the rules' ports in the enforced
//   workspace; the allowed connections the log did not observe are listed.
//
// recommendFlows() reads the log with FlowExplainOptions' progress, cancel and error limit, then
// reports its computing with FlowRecommendOptions::computing (which can cancel too).

#include <functional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/policyengine.h"
#include "core/eval/trace.h"
#include "core/flows/flowendresolver.h"
#include "core/flows/flowexplain.h"
#include "core/flows/flowlogreader.h"
#include "core/flows/flowreplay.h"
#include "core/model/policy.h"

namespace ps {

enum class RecommendGrouping { Workload, ServiceAccount };

struct FlowRecommendOptions {
    QString namespace_; // whose endpoints get policies (required unless hostEndpoints)
    /// The host endpoints get the policies instead (StagedGlobalNetworkPolicy), grouped by
    /// their stable labels; namespace_ and grouping are not used.
    bool hostEndpoints = false;
    QString tier; // "" = default
    RecommendGrouping grouping = RecommendGrouping::Workload;
    /// StagedGlobalNetworkPolicy (its selector limited to the namespace) instead of
    /// StagedNetworkPolicy.
    bool global = false;
    /// Reading: progress, cancel, error limit, --cluster.
    FlowExplainOptions read;
    /// At most so many not-observed allowed connections listed (all are counted).
    int maxOtherFlows = 200;
    /// After reading: called every 256 connections traced for the proof, for each policy
    /// whose other allowed connections are searched, and at the end, with the steps done and
    /// their total; returning false cancels (FlowRecommendation::cancelled).
    std::function<bool(int done, int total)> computing;
};

/// One observed connection (the src and dst records of a connection count once).
struct ObservedConnection {
    FlowRecord record; // its first record
    qint64 records = 0;
    bool loggedDenied = false; // some record of it says deny
    Flow flow; // what the engine traces (when resolved)
    bool resolved = false;
    QString reason; // why not resolved, or why not covered
    /// The verdicts before and after the recommendation is enforced (when resolved).
    Verdict before = Verdict::Deny;
    Verdict after = Verdict::Deny;
    QString afterDecidedBy; // the deciding steps after, "egress: ..., ingress: ..."
    bool proofHolds = false; // allowed stays allowed / denied stays denied

    QString display() const; // "shop/frontend-7c9d8f6b5-* -> shop/checkout-... tcp/8080"
};

struct RecommendedPolicy {
    CalicoPolicy policy; // the staged resource, as written out
    QString group; // "workload checkout", "service account api-service"
    QStringList members; // the group's endpoints (REFs), sorted
    QString selectorReason; // how the selector was chosen
    bool selectorExact = false; // the engine applies the enforced policy to exactly members
    QStringList selectorExtra; // endpoints the enforced policy applies to beyond members
    int connections = 0; // observed allowed connections it allows (either side)
};

struct OtherAllowed {
    QString from;
    QString to;
    QString protocol;
    std::optional<int> port;
    QString policy; // the recommended policies whose rules allow it, ", "-separated
};

struct FlowRecommendation {
    QList<RecommendedPolicy> policies;
    QList<ObservedConnection> allowed; // observed allowed connections of the endpoints
    QList<ObservedConnection> denied; // observed denied connections of the endpoints
    /// Allowed, but no rule could name it (reason); traced with the policies enforced too, as
    /// the other groups' policies may deny it.
    QList<ObservedConnection> uncovered;
    QList<ObservedConnection> unresolved; // ends not resolved (reason), whatever namespace
    QStringList notes; // groups without traffic, tier default action, ...
    QList<OtherAllowed> alsoAllowed; // the first maxOtherFlows
    qint64 alsoAllowedTotal = 0;
    FlowReplay replay; // the observed connections whose verdict enforcing changes
    qint64 records = 0;
    qint64 invalid = 0;
    QList<Error> errors; // unreadable records
    int connections = 0; // distinct connections in the log
    int outside = 0; // resolved connections touching none of the endpoints
    bool cancelled = false;
    QString error; // the recommendation could not be made (unknown namespace or tier)
    double order = 0; // the order given to every policy
    QString tier;

    /// Every allowed connection stays allowed, every denied one stays denied, every selector
    /// is exact.
    bool proven() const;
};

/// The recommendation for the log `reader` reads, against `engine`'s workspace.
FlowRecommendation recommendFlows(
    const PolicyEngine &engine, FlowLogReader &reader, const FlowRecommendOptions &options);

/// Labels a controller sets per pod, revision or generation (pod-template-hash,
/// controller-revision-hash, statefulset.kubernetes.io/pod-name, ...) and Calico's own
/// projectcalico.org/* labels: never used in a recommended selector.
bool isUnstableLabel(const QString &key);

} // namespace ps
