#pragma once
// FlowGraph: who may connect to whom, aggregated — `policyctl graph` and the studio's graph.
// Nodes are groups of endpoints (namespaces, service accounts, workloads or pods, as the
// connectivity matrix groups them; every host endpoint is a node of its own) and the outside
// world: each address range the policies or network sets distinguish (the addresses of a CIDR
// that no smaller named CIDR and no endpoint holds; each address a `services:` peer resolves to
// outside the endpoints is a range of its own), network sets, and "any other address" of each
// family in use. An edge from A to B carries the exact set of protocols and destination
// ports for which some member of A may open a connection to some member of B; with `denied`,
// a second list holds the pairs of groups where some flow is denied, with the set of those
// flows. Edges are made of pairs of distinct endpoints: a pod's packets to its own address never
// leave it and meet no policy (PolicyEngine::isToItself), so counting them would give every
// group of pods an edge to itself that allows everything. A group's edge to itself says what
// its distinct members may open to each other.
//
// Exact, not sampled: for each protocol the port space (ICMP: the type space) is cut at every
// boundary a rule can make — ports and port ranges, named ports resolved on every endpoint,
// service ports, Felix's failsafe ports — and one port of each interval is evaluated between
// every pair of endpoint classes (endpointClasses()) and outside ranges
// (PairVerdicts::groupProbeSets(), which evaluates each endpoint once per set of probes its own
// rules cannot tell apart); adjacent intervals with the same verdict merge. Protocols no rule names
// behave alike and are evaluated once, as "other". Probes carry no source port (as `policyctl
// matrix` does: a rule that matches source ports never matches them) and no ICMP code.
//
// Plain values; computeFlowGraph() is const on the engine and thread-safe.

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/matrix.h"
#include "core/eval/outsideranges.h"
#include "core/eval/policyengine.h"
#include "core/net/ipnetwork.h"

namespace ps {

enum class GraphNodeKind {
    Namespace,
    ServiceAccount,
    Workload,
    Pod,
    External,
    NetworkSet,
    HostEndpoint
};

/// "namespace", "serviceaccount", "workload", "pod", "external", "networkset", "hostendpoint".
QString graphNodeKindName(GraphNodeKind kind);

/// An inclusive range of ports (or ICMP types).
struct PortRange {
    int first = 0;
    int last = 0;
    friend bool operator==(const PortRange &, const PortRange &) = default;
};

/// What is allowed (or denied) of one protocol.
struct ProtocolConnections {
    /// IANA number; kOtherProtocols for every protocol no rule names and the graph does not
    /// list by name.
    int protocol = 0;
    /// Protocols with ports: the destination ports; ICMP and ICMPv6: the types; empty for the
    /// others (the protocol as a whole).
    QList<PortRange> ranges;
    friend bool operator==(const ProtocolConnections &, const ProtocolConnections &) = default;
};

inline constexpr int kOtherProtocols = -1;

/// A set of flows between two nodes: everything, or per protocol.
struct Connections {
    bool all = false;
    QList<ProtocolConnections> protocols; // ordered by protocol number, "other" last
    bool isEmpty() const { return !all && protocols.isEmpty(); }
    /// Whether the flow of `protocol` (a key as in ProtocolConnections) to that port or ICMP
    /// type (nullopt: the protocol as a whole, or some port of it) is in the set.
    bool holds(int protocol, std::optional<int> value) const;
    friend bool operator==(const Connections &, const Connections &) = default;
};

/// The protocol's name (TCP, ICMP, 47) or "other".
QString graphProtocolName(int protocol);
/// "All", or "TCP 80,443,8000-8100; UDP 53; ICMP types 0,8; other": the label of an edge.
QString connectionsSummary(const Connections &connections);

struct GraphNode {
    QString id; // the endpoint reference: "ns", "ns/name", "ns/sa:name", "hep:name",
                // "netset:ns/name", "gnetset:name", or a CIDR
    GraphNodeKind kind = GraphNodeKind::Namespace;
    QString name;
    QString namespace_; // "" for cluster-wide nodes
    QStringList cidrs; // outside nodes: their ranges
    qint64 endpoints = 0; // endpoints in the group (0 for outside nodes)
    /// Sides of packets standing for the node (one per endpoint class, one per outside address
    /// range), and how a flow names each: an endpoint's REF or an address.
    QList<PacketPeer> peers;
    QStringList peerRefs;
    /// A group of an overview (flowGraphOverview()): the ids of the nodes merged into it.
    QStringList members;
};

struct GraphEdge {
    int from = 0; // indexes into FlowGraph::nodes
    int to = 0;
    Connections connections;
};

/// One evaluated probe of a flow graph: a protocol and one interval of its ports or ICMP
/// types, with the representative flow evaluated for it.
struct GraphProbe {
    int protocol = 0; // kOtherProtocols: `number` stands for them
    int number = 0; // the protocol number the packet carries
    std::optional<PortRange> range; // ports or ICMP types; nullopt: the protocol as a whole
    MatrixProbe probe;
};

struct GraphOptions {
    MatrixGrouping by = MatrixGrouping::Namespace;
    bool denied = false; // also compute FlowGraph::denied
    std::optional<int> protocol; // only this protocol (IANA number)
    std::optional<int> port; // only this destination port (needs a protocol with ports)
    /// Also cut the outside world at these CIDRs: another workspace's outsideCuts(), so that
    /// two graphs to compare hold the same address ranges (comparableFlowGraphs()).
    QList<IpNetwork> extraCuts;
};

struct FlowGraph {
    MatrixGrouping by = MatrixGrouping::Namespace;
    QList<GraphNode> nodes;
    QList<GraphEdge> edges; // allowed, ordered by (from, to)
    QList<GraphEdge> denied; // with GraphOptions::denied: what is denied, ordered by (from, to)
    bool deniedComputed = false;
    std::optional<int> protocol; // the filter it was computed with
    std::optional<int> port;
    int classes = 0; // endpoint classes evaluated
    QList<GraphProbe> probes; // evaluated, in protocol order

    /// The node's index by id, -1 when absent.
    int nodeIndex(const QString &id) const;
    /// The edge from -> to in `edges`, nullptr when none.
    const GraphEdge *edge(int from, int to) const;
};

/// The probes that cover every flow the engine can tell apart (see above), restricted to the
/// options' protocol and port, in protocol order.
QList<GraphProbe> graphProbes(const PolicyEngine &engine, const GraphOptions &options);

FlowGraph computeFlowGraph(const PolicyEngine &engine, const GraphOptions &options = {});

/// The outside world's nodes as computeFlowGraph() has them: network sets, then the address
/// ranges the policies and network sets distinguish (also cut at `extraCuts`), each with one side
/// of a packet per range it holds (`peers`; `peerRefs` names its address). Also the outside
/// peers the lint probes.
QList<GraphNode> outsideGraphNodes(
    const PolicyEngine &engine, const QList<IpNetwork> &extraCuts = {});

} // namespace ps
