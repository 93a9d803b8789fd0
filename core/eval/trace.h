#pragma once
// Trace: the verdict of a flow with every step that led to it, per direction (egress at the
// source, ingress at the destination; docs/semantics.md: "Evaluating a packet at an endpoint",
// "Flows and traces"). Plain values produced by PolicyEngine::trace(). Each step says why as a
// value (StepReason, core/eval/matchreason.h); core/report/explainer.h puts it in words and
// core/report/tracereport.h writes the `policyctl trace -o json` contract with its key order
// (the "reason" is the explainer's):
//   {"from","to","protocol","port","verdict","egress":{"endpoint","verdict","steps":[
//      {"tier","policy","kind","rule","action","reason"}]},"ingress":{...}}
// A flow forwarded through a host endpoint adds "via" (after the ports) and "forward":{...}
// (after "egress"); a step at a host endpoint starts with "stage".
//
// Host endpoints (docs/semantics.md: "Host endpoints"; Calico's "Summary of host endpoint
// policies"): Felix evaluates a packet at a host endpoint in stages, each its own list of policies
// — "failsafe" (Felix's failsafe ports, before any policy), "untracked" (doNotTrack policies, raw
// table, before connection tracking), "preDNAT" (ingress only, mangle table), then "normal" (to and
// from the host) or, for forwarded traffic, "forward" (applyOnForward policies). An untracked
// or pre-DNAT allow accepts the packet and skips the later stages at that host endpoint (the
// other side's own policy still applies); their denies are final; a stage without policies
// does not apply.
//
// Step actions: "allow", "deny", "pass", "log" (a rule; `rule` is its index),
// "end-of-tier-deny" and "end-of-tier-pass" (a tier ended without a verdict; rule -1),
// "would-allow", "would-deny", "would-pass", "would-no-match" (a staged policy, never
// enforced), "default-deny" (no tier or profile allowed; rule -1), "not-evaluated" (the side
// is outside the inventory, Calico has no policy there), "next-stage" (an untracked or pre-DNAT
// stage decided nothing: on to the next stage), "default-allow" (forwarded traffic that no
// applyOnForward policy decided).

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/matchreason.h"
#include "core/model/action.h"
#include "core/model/resourceid.h"

namespace ps {

struct TraceStep {
    QString tier; // "" for profiles and default steps
    QString policy; // "ns/name", "name", a profile name, or ""
    QString
        kind; // GlobalNetworkPolicy, NetworkPolicy, KubernetesNetworkPolicy, Staged..., Profile, ""
    int rule = -1;
    QString action;
    StepReason why; // in words: explainStep() (core/report/explainer.h)
    QString stage = {}; // host endpoints: failsafe, untracked, preDNAT, normal, forward; "" else
    /// The resource of the policy (Kubernetes policies: the Kubernetes resource), so a view can
    /// open exactly that one; null for profiles and default steps. Not part of any output.
    ResourceId policyId = {};

    friend bool operator==(const TraceStep &, const TraceStep &) = default;
};

struct DirectionTrace {
    QString endpoint; // the endpoint's REF, or the outside address
    bool isEndpoint = false; // false: outside the inventory, nothing evaluated
    Verdict verdict = Verdict::Allow;
    QList<TraceStep> steps;
    QStringList stages; // host endpoints: the stages on this traffic's path, in order
};

struct FlowTrace {
    QString from;
    QString to;
    QString via; // the host endpoint a forwarded flow arrives on, or ""
    QString protocol;
    std::optional<int> port;
    std::optional<int> sourcePort;
    std::optional<int> icmpType;
    std::optional<int> icmpCode;
    QString error; // the flow could not be evaluated (unknown REF, bad protocol...)
    Verdict verdict = Verdict::Deny;
    DirectionTrace egress;
    DirectionTrace forward; // at `via` (untracked, preDNAT, forward); isEndpoint false without
    DirectionTrace ingress;

    bool ok() const { return error.isEmpty(); }
};

} // namespace ps
