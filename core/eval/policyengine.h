#pragma once
// PolicyEngine: the core/eval index over one Workspace. Built once (not cheap: it derives the
// Inventory, converts Kubernetes NetworkPolicies, compiles every policy and profile, and asks a
// LabelIndex which endpoints each policy selects and which objects each rule selector matches),
// then answers quickly and without scanning the cluster:
//
// * resolve(REF)        — "namespace/name" (pod, else workload template), "hep:name", or an IP
//                         (a known endpoint's address is that endpoint; others are outside);
// * trace(flow)         — verdict with every step and why, as values (StepReason; the words
//                         are core/report/explainer.h's; docs/semantics.md: "Evaluating a
//                         packet at an endpoint", "Flows and traces");
// * evaluate(E,dir,pkt) — one direction at one endpoint;
// * chain(E)            — the ordered tiers → policies → rules per direction.
//
// The engine is an immutable value (copies share the index); all const functions are
// thread-safe. Resources that fail validation are left out, as Calico refuses them
// (leftOut() says which and why). Problems in what is evaluated never throw: anything the
// compiler cannot translate matches nothing and is listed in diagnostics().

#include <memory>
#include <optional>
#include <vector>

#include <QList>
#include <QString>

#include "core/eval/endpointchain.h"
#include "core/eval/flow.h"
#include "core/eval/inventory.h"
#include "core/eval/policycompiler.h"
#include "core/eval/policyorder.h"
#include "core/eval/selectortable.h"
#include "core/eval/trace.h"
#include "core/model/diagnostic.h"
#include "core/model/felixsettings.h"
#include "core/model/workspace.h"
#include "core/validate/admission.h"

namespace ps {

/// The policy lists Felix keeps for a host endpoint (core/eval/hostendpointpipeline.h).
enum class HostEndpointPipeline { Normal, Forward, Untracked, PreDnat };

/// What a REF names: an inventory endpoint (object >= 0), or an address outside it.
struct EndpointRef {
    int object = -1;
    std::optional<IpAddress> address; // given as an IP
    QString display; // the endpoint's REF, or the address
    bool isEndpoint() const { return object >= 0; }
};

/// One side of a packet: the address (if any) and every inventory object it belongs to
/// (docs/semantics.md: "Addresses, network sets and endpoints"). A workload template has no
/// address: it stands for itself.
struct PacketPeer {
    int object = -1; // the endpoint, when the side is one
    std::optional<IpAddress> address;
    QList<int> members;
};

struct Packet {
    int family = 4;
    int protocol = 6;
    std::optional<int> sourcePort;
    std::optional<int> destinationPort;
    std::optional<int> icmpType;
    std::optional<int> icmpCode;
    PacketPeer source;
    PacketPeer destination;
    int via = -1; // the host endpoint a forwarded packet arrives on (Flow::via), -1 if none
};

class PolicyEngine {
public:
    PolicyEngine();
    /// Validates `workspace` and evaluates what Calico would accept of it (admit()).
    explicit PolicyEngine(const Workspace &workspace);
    /// The same with the workspace's validation already at hand (Validator::validate of it).
    PolicyEngine(const Workspace &workspace, const Diagnostics &validation);
    /// The same, built from `previous`, the engine of an earlier version of this workspace (the
    /// one before an edit): what did not change is taken over instead of derived again — the
    /// inventory, its label index and every selector's members when no endpoint, namespace,
    /// profile, network set or service changed, and each policy whose resource did not change,
    /// converted and compiled. Answers exactly as PolicyEngine(workspace, validation) does;
    /// only selector ids may differ (ids of the previous engine's selectors are kept).
    PolicyEngine(
        const Workspace &workspace, const Diagnostics &validation, const PolicyEngine &previous);

    /// The workspace evaluated: the one given, less the resources left out.
    const Workspace &workspace() const;
    /// The resources left out because Calico would reject them, and why (admit()).
    const QList<LeftOut> &leftOut() const;
    const Inventory &inventory() const;
    const SelectorTable &selectors() const;
    /// Every policy (Calico ones in load order, then converted Kubernetes ones).
    const QList<CompiledPolicy> &policies() const;
    /// All tiers in evaluation order (including tiers without policies).
    const QList<OrderedTier> &tiers() const;
    const Diagnostics &diagnostics() const;

    /// What the REF names (surrounding space ignored); an Error for an unknown REF or text
    /// that is no REF. EndpointLookup::find adds suggestions to the message.
    Result<EndpointRef> resolve(const QString &ref) const;
    /// The packet a flow sends; an Error when REFs are unknown, the protocol is invalid or the
    /// two sides have no address family in common.
    Result<Packet> packet(const Flow &flow) const;
    Result<Packet> packet(const EndpointRef &from, const EndpointRef &to, const Flow &flow) const;

    FlowTrace trace(const Flow &flow) const;
    QList<FlowTrace> trace(const QList<Flow> &flows) const;
    /// Verdict only, no reasons: for matrices and diffs.
    Verdict verdict(const Packet &packet) const;

    /// One direction at one endpoint. `explain` false records no steps, only the verdict. At a host
    /// endpoint: the failsafe ports, then the untracked, pre-DNAT (ingress) and normal stages
    /// (trace.h); steps carry their stage.
    DirectionTrace evaluate(
        int endpoint, Direction direction, const Packet &packet, bool explain = true) const;
    /// A packet forwarded through the host, arriving on `hostEndpoint`'s interface: its
    /// untracked and pre-DNAT stages, then its applyOnForward (forward) ingress policies.
    DirectionTrace evaluateForwarded(
        int hostEndpoint, const Packet &packet, bool explain = true) const;
    /// Every host endpoint forward check a packet meets in the FORWARD chains of the nodes it
    /// is routed through (docs/semantics.md: "Forwarded traffic"): the ingress forward policy of
    /// the host endpoint it arrives on (evaluateForwarded; a pod's own packets only the pre-DNAT
    /// and forward stages) and the egress forward policy of the one it leaves through, each node's
    /// all-interfaces host endpoint standing for interfaces no other host endpoint names. One
    /// trace, its steps in path order; Allow when no check applies.
    DirectionTrace evaluateForwardPath(const Packet &packet, bool explain = true) const;
    /// A workload's packet to its own host (ownHostOf) at Felix's mangle PREROUTING: the pre-DNAT
    /// policy of that node's all-interfaces host endpoint, its failsafe inbound ports first
    /// (docs/semantics.md: "A workload's traffic to its own host"). A deny is final; an allow
    /// leaves the rest of the path (the workload's egress, defaultEndpointToHostAction) to run.
    /// Allow with no endpoint when the packet goes elsewhere or no such policy applies.
    DirectionTrace evaluateOwnHostPreDnat(const Packet &packet, bool explain = true) const;
    /// Whether some node has an all-interfaces (interfaceName "*") host endpoint.
    bool hasAllInterfacesHostEndpoints() const;

    /// Policies that apply to the endpoint in that direction (indexes into policies()), in
    /// evaluation order, staged ones included.
    const std::vector<int> &applicablePolicies(int endpoint, Direction direction) const;
    /// doNotTrack policies selecting an interfaceName "*" host endpoint: Felix ignores them
    /// there (no untracked stage), and diagnostics() warns of each (indexes into policies()).
    const std::vector<int> &ignoredUntrackedPolicies(int hostEndpoint) const;
    /// The policies of one host endpoint stage (indexes into policies(), evaluation order,
    /// staged ones included): Normal is applicablePolicies(); the others are empty for
    /// workloads (and PreDnat for egress).
    const std::vector<int> &stagePolicies(
        int endpoint, Direction direction, HostEndpointPipeline stage) const;
    /// Does the rule match the packet? With `failures`, every failed criterion is recorded
    /// (for traces; without it nothing is built and the first failure ends the match).
    bool ruleMatches(const CompiledRule &rule, const Packet &packet,
        QList<RuleMismatch> *failures = nullptr) const;
    /// Is the side a member of the selector set (SelectorTable id)?
    bool inSet(int selectorId, const PacketPeer &peer) const;
    /// Ids of the objects a selector set holds, ascending (empty for an unknown id).
    const std::vector<int> &setMembers(int selectorId) const;
    /// A profile's compiled rules in one direction; nullptr when the profile is unknown.
    const QList<CompiledRule> *profileRules(const QString &profile, Direction direction) const;

    EndpointChain chain(int endpoint) const;

    /// What Felix on `node` runs with: FelixConfiguration `node.<name>` over `default` over
    /// Felix's defaults (core/model/felixsettings.h).
    const FelixSettings &felixSettings(const QString &node) const;
    /// The node whose own address the packet goes to from one of its workloads (Felix's
    /// workload-to-host path: the workload's egress policy, then defaultEndpointToHostAction), or
    /// "" for any other packet. A node's addresses: its Node's addresses and the expected IPs of
    /// its host endpoints.
    QString ownHostOf(const Packet &packet) const;
    /// Does a pod send the packet to its own address? It never leaves the pod's network namespace
    /// (the kernel delivers it over the pod's loopback), so no policy applies and it is allowed
    /// (docs/semantics.md: "A pod's traffic to itself").
    bool isToItself(const Packet &packet) const;
    /// The node an address belongs to as one of its own addresses (see ownHostOf), or "".
    QString hostNodeOf(const IpAddress &address) const;
    /// Is the packet at host endpoint `hostEndpoint` in `direction` on a failsafe port of its
    /// node's settings (protocol, port and, when the port names one, the peer's network)?
    bool isFailsafe(int hostEndpoint, Direction direction, const Packet &packet) const;

private:
    bool runStage(int endpoint, Direction direction, const Packet &packet, bool explain,
        HostEndpointPipeline stage, const std::vector<int> &list, DirectionTrace &out) const;
    bool runPodPreDnat(int hostEndpoint, const Packet &packet, bool explain,
        const std::vector<int> &preDnat, DirectionTrace &out) const;
    int matchRule(const CompiledRule &rule, const Packet &packet, QList<RuleMismatch> *failures,
        int *count) const;
    int failureCount(const CompiledRule &rule, const Packet &packet) const;

    struct Data;
    std::shared_ptr<const Data> d;
};

/// Felix's default failsafe host ports (FailsafeInboundHostPorts / FailsafeOutboundHostPorts,
/// docs/semantics.md: "Host endpoints") as (protocol number, port): accepted to (Ingress) or from
/// (Egress) a host endpoint before any of its policy.
const QList<QPair<int, int>> &failsafeHostPorts(Direction direction);
/// Does a packet of `protocol` to `port` hit a failsafe port of that direction?
bool isFailsafePort(Direction direction, int protocol, std::optional<int> port);

} // namespace ps
