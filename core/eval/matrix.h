#pragma once
// ConnectivityMatrix: which groups of endpoints may open connections to which, for one probe
// (protocol and port), by pod, workload, namespace or service account. Endpoints that no
// policy can tell apart — same labels as selectors see them (own + inherited), same profiles,
// named ports, network-set memberships of their address, same containment in every CIDR any
// rule names, same service memberships — form one class, and one representative per class
// stands for it, so the cost grows with the number of distinct classes, not of pods. The
// verdicts between representatives come from PairVerdicts (sets of peers per endpoint, see
// below), not from one engine verdict per pair of classes. Renderers for the `policyctl matrix -o
// txt|csv|json|md|dot` formats live here so the CLI and the studio print the same thing.

#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include "core/eval/policyengine.h"

namespace ps {

enum class MatrixGrouping { Pod, Workload, Namespace, ServiceAccount };

/// "pod", "workload", "namespace", "serviceaccount" (nullopt for anything else).
std::optional<MatrixGrouping> matrixGroupingFromName(const QString &name);
QString matrixGroupingName(MatrixGrouping grouping);

enum class CellVerdict { Allow, Deny, Partial };
QString cellVerdictName(CellVerdict v);

struct MatrixGroup {
    QString name;
    QList<int> members; // inventory object ids (endpoints)
    /// The pod, workload template or host endpoint the group is named after; -1 for a
    /// namespace or a service account.
    int object = -1;
};

/// The groups of endpoints computeMatrix() has for `by`, sorted by name: pods (plus workload
/// templates without pods under `Workload`), and every host endpoint a group of its own.
QList<MatrixGroup> matrixGroups(const PolicyEngine &engine, MatrixGrouping by);

/// The side of a packet an endpoint sends or receives with: its first address and the objects
/// at it (itself only when it has no address, as a workload template).
PacketPeer endpointPeer(const Inventory &inventory, int object);
/// An address outside the inventory as a side of a packet: no endpoint, the network sets
/// containing it.
PacketPeer outsidePeer(const Inventory &inventory, const IpAddress &address);

/// One probe of PairVerdicts: an IANA protocol number (nullopt: a protocol the engine cannot
/// build a packet of, every pair denied), a destination port, an ICMP type.
struct MatrixProbe {
    std::optional<int> protocol;
    std::optional<int> port;
    std::optional<int> icmpType;
};

struct MatrixCell {
    CellVerdict verdict = CellVerdict::Deny;
    qint64 allowedPairs = 0; // endpoint pairs allowed
    qint64 pairs = 0;
    qint64 toItself = 0; // of the pairs (all allowed), pods to their own address
};

/// How computeMatrix() gets the verdict of a pair of endpoint classes.
enum class MatrixMethod {
    Sets, // PairVerdicts: per endpoint and direction over sets of peers (the default)
    Pairwise, // one engine verdict per representative pair (the slow reference)
};

struct ConnectivityMatrix {
    MatrixGrouping by = MatrixGrouping::Namespace;
    QString protocol;
    std::optional<int> port;
    QList<MatrixGroup> groups;
    QList<QList<MatrixCell>> cells; // cells[from][to]
    int classes = 0; // distinct endpoint classes
    qint64 evaluations = 0; // Pairwise: representative pairs evaluated; Sets: see PairVerdicts
};

/// Classes of endpoints no selector, net, named port or service can tell apart (see above).
/// Returns, for each object id in `endpoints`, its class number (0-based, dense).
QList<int> endpointClasses(const PolicyEngine &engine, const QList<int> &endpoints);

/// What groupProbeSets() says about one ordered pair of groups (indexes into its groups): bit p
/// set when some pair of members is allowed (denied) for probe p.
struct GroupProbeSets {
    int from = 0;
    int to = 0;
    std::vector<quint64> allowed;
    std::vector<quint64> denied; // empty words unless asked for
};

/// Verdicts of one probe (protocol, destination port) between every ordered pair of the given
/// endpoints (inventory object ids; pods, workload templates, host endpoints), exactly as
/// PolicyEngine::verdict() gives them for a packet between their first addresses — without
/// evaluating pairs one by one. Each rule's peer criterion (selector, nets, ports, service...)
/// is evaluated once per endpoint into a bitset of peers that match it (selector sets narrow
/// the candidates through setMembers()); each endpoint's tiers, Pass, end-of-tier and profiles
/// are then combined with bitset algebra into the set of peers its ingress admits and the set
/// its egress admits. A pair is allowed when the source's egress admits the destination and the
/// destination's ingress admits the source. Pairs whose first addresses are of different
/// families are evaluated one by one, on demand (allowed() is therefore not thread-safe).
class PairVerdicts {
public:
    PairVerdicts(const PolicyEngine &engine, const QList<int> &endpoints, const QString &protocol,
        std::optional<int> port);
    /// The same between sides of packets (endpointPeer(), outsidePeer()): an outside side has no
    /// policy of its own, so only the endpoint on the other side decides.
    PairVerdicts(
        const PolicyEngine &engine, const QList<PacketPeer> &peers, const MatrixProbe &probe);
    ~PairVerdicts();
    PairVerdicts(const PairVerdicts &) = delete;
    PairVerdicts &operator=(const PairVerdicts &) = delete;

    int size() const;
    /// Indexes into the endpoints given to the constructor. Two indexes of the same pod are a
    /// packet to its own address: allowed (PolicyEngine::isToItself). One index paired with
    /// itself stands, as in the matrix and the graph (one peer per endpoint class), for two
    /// distinct endpoints alike to it: the same as allowedBetweenAlike(i, i).
    bool allowed(int from, int to) const;
    /// The policy verdict of the pair as if its sides were two distinct endpoints (the matrix
    /// asks it for two members of one class; the pair's own address stands for the other one's).
    bool allowedBetweenAlike(int from, int to) const;
    /// Rule criteria evaluated against one endpoint (engine rule matches), plus pairs evaluated
    /// one by one.
    qint64 evaluations() const;

    /// Many probes at once, aggregated over groups of sides (indexes into `peers`): for every
    /// ordered pair of groups with some pair of members allowed (or, with `denied`, denied) for
    /// some probe, which probes. The verdicts are those of one PairVerdicts per probe, but each
    /// side's direction is evaluated once per set of probes its rules cannot tell apart (equal
    /// protocol, ICMP and port criteria of every rule it runs through; named and service ports
    /// by value) instead of once per probe; the result lists pairs of groups in (from, to)
    /// order. A group's members are distinct endpoints, a peer standing for one or more of them
    /// (`repeated[g]`: the peers that stand for two or more of group g's members). Only pairs of
    /// distinct endpoints count: a pod peer paired with itself within its group stands for its
    /// pairs with alike members (allowedBetweenAlike), which count only when the group has two
    /// of them; a pod to its own address is left out (PolicyEngine::isToItself: no policy sees
    /// it, so it would put an "everything allowed" edge on every group of pods). Between
    /// different groups, alike members.
    static QList<GroupProbeSets> groupProbeSets(const PolicyEngine &engine,
        const QList<PacketPeer> &peers, const QList<MatrixProbe> &probes,
        const QList<QList<int>> &groups, bool denied, const QList<QSet<int>> &repeated = {});

private:
    struct Data;
    std::unique_ptr<Data> d;
};

/// The matrix of pods (plus workload templates without pods under `Workload`, and host
/// endpoints, each its own group) for one probe. `protocol` as in Flow.
ConnectivityMatrix computeMatrix(const PolicyEngine &engine, MatrixGrouping by,
    const QString &protocol = QStringLiteral("TCP"), std::optional<int> port = std::nullopt,
    MatrixMethod method = MatrixMethod::Sets);

} // namespace ps
