#pragma once
// Why a rule did not match and why a trace step happened, as values: which criterion, which
// side of the rule, and the values involved (the packet's and the rule's). PolicyEngine builds
// them only when a trace asks for reasons (never for verdicts, matrices or diffs);
// core/report/explainer.h turns them into translated sentences. Nothing here is meant for
// people: the strings are REFs, policy names, selectors and label values as the input has them.

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/action.h"
#include "core/net/ipaddress.h"
#include "core/net/ipnetwork.h"
#include "core/model/port.h"
#include "core/selector/labelsource.h"
#include "core/selector/selectornode.h"

namespace ps {

/// The side of a rule a criterion belongs to (None: the rule itself).
enum class RuleSide : quint8 { None, Source, Destination };

/// A rule's match criterion. Selector stands for the side's whole selector set: selector,
/// namespaceSelector and serviceAccounts are one set (as Felix renders them); the labels of the
/// failing leaves tell which one (Calico's implicit namespace and service account labels).
enum class Criterion : quint8 {
    Action, // the rule's action
    Protocol,
    NotProtocol,
    IpVersion,
    Nets,
    NotNets,
    Selector,
    NotSelector,
    Ports, // ports: numbers, ranges and named ports
    NotPorts,
    Services,
    IcmpType,
    IcmpCode,
    NotIcmp,
};

/// How a criterion failed.
enum class MismatchKind : quint8 {
    Value, // the packet's value is not among the rule's (for the Not... criteria: it is among them)
    Invalid, // the rule's value cannot be used (action, protocol, a selector that does not parse)
    Missing, // the packet has no value for it (no address, no port, no ICMP type or code)
    OtherFamily, // every net of the list is of the other IP family
    CatchAll, // the notNets exclude every address of the packet's family
    Outside, // the side is outside the inventory, so no selector holds it
    Unknown, // the rule's service is not in the inventory
    Unusable, // a value the engine cannot use (`name` the field, `text` as written): never matches
};

/// A selector node that did not evaluate as the rule needed, with the label it looked at.
struct SelectorMiss {
    SelectorNode node; // a leaf (has, ==, in...), or the subtree when no single leaf is to blame
    bool wanted = true; // the rule needed the node true (false: under a "!", it needed false)
    std::optional<QString> label; // the object's value of node.label(), when it has that label

    friend bool operator==(const SelectorMiss &, const SelectorMiss &) = default;
};

/// The selector nodes that make `node` not evaluate to `want` on `labels`, walking down Not,
/// And and Or to the leaves: one miss, or for an Or that should have held, one per operand.
/// Empty when `node` does evaluate to `want`.
QList<SelectorMiss> selectorMisses(const SelectorNode &node, const LabelSource &labels, bool want);

/// One failed criterion of a rule.
struct RuleMismatch {
    Criterion criterion = Criterion::Action;
    MismatchKind kind = MismatchKind::Value;
    RuleSide side = RuleSide::None;
    // The packet's values.
    int family = 4; // its IP family
    int protocol = 0; // its protocol number
    std::optional<int> value; // its port, source port, ICMP type or code (per criterion)
    std::optional<IpAddress> address; // the side's address, if it has one
    QString peer; // the side's REF when it is an inventory object
    // The rule's values.
    std::optional<int> ruleValue; // its protocol, IP version, ICMP type or code
    QList<IpNetwork> nets; // Nets: those of the packet's family; NotNets/Value: the excluding net
    QList<Port> ports; // Ports or NotPorts
    QString name; // NotSelector: the selector; Services: "namespace/name"; Unusable: the field
    QString text; // Unusable: the value as written
    QList<SelectorMiss> selector; // Selector/Value: what did not match

    friend bool operator==(const RuleMismatch &, const RuleMismatch &) = default;
};

/// A rule that came closest to matching (fewest failed criteria) and what it failed.
struct NearRule {
    QString policy; // its policy's display name
    int rule = -1;
    QList<RuleMismatch> failures;

    friend bool operator==(const NearRule &, const NearRule &) = default;
};

/// Why a trace step happened; TraceStep says where (tier, policy, rule, stage) and what
/// (action).
struct StepReason {
    enum class Kind : quint8 {
        RuleMatched, // a policy's rule matched (log, pass, allow, deny)
        StagedRuleMatched, // a staged policy's rule would match
        StagedNoRule, // a staged policy has no rule in this direction
        StagedNoMatch, // no rule of a staged policy would match
        TierEndNoDeny, // an untracked or pre-DNAT tier ended: those stages have no end-of-tier deny
        TierDefaultPass, // a tier ended and its default action is Pass
        TierEndDeny, // a tier ended and denied: no rule of its policies matched
        StageUndecided, // an untracked or pre-DNAT stage decided nothing
        ForwardDefault, // forwarded traffic that no applyOnForward policy decided is allowed
        ProfileRuleMatched, // a profile's rule matched
        DefaultDeny, // nothing allowed the flow
        Failsafe, // a failsafe host port, accepted before any host endpoint policy
        FailsafeForwarded, // a failsafe port of forwarded traffic skips the raw and mangle stages
        Outside, // the side is outside the inventory: nothing evaluated
        // a workload's traffic to its own host: Felix's defaultEndpointToHostAction decides
        // (names: the action, then the FelixConfigurations that set it; none: Felix's default)
        EndpointToHost,
        // a pod's packet to its own address: it stays inside the pod (its loopback), no rule sees
        // it
        ToItself,
    };
    Kind kind = Kind::RuleMatched;
    Direction direction = Direction::Ingress;
    QString endpoint; // the endpoint's REF, or the outside address
    RuleAction ruleAction = RuleAction::Invalid; // the matching rule's action
    bool httpIgnored = false; // the matching rule has an HTTP match (L7, ignored)
    bool serviceNamespaceDefaulted = false; // the matching rule's service namespace is implied
    bool anyTier = false; // some tier applied (profiles, default deny, forward default)
    QStringList names; // TierEndDeny: the tier's enforced policies; DefaultDeny: the profiles
    QList<NearRule> nearest; // TierEndDeny: the rules that came closest
    int protocol = 0; // Failsafe...: the packet's protocol and port
    std::optional<int> port;
    // On a workload's path to its own host through its all-interfaces host endpoint's pre-DNAT
    // stage (that stage's steps, and the EndpointToHost step after it).
    bool ownHost = false;

    friend bool operator==(const StepReason &, const StepReason &) = default;
};

} // namespace ps
