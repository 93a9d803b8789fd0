// The overview of a flow graph (core/graph/graphcollapse.h flowGraphOverview()) against the
// connectivity matrix, on random workspaces (generated clusters whose namespace labels are then
// randomly dropped, changed and shared), for every grouping: by name prefix and by the value of
// each namespace label key, plus a key no namespace has. For every probe the graph evaluates and
// every ordered pair of overview nodes, the overview's edge (allowed, and denied) holds the probe
// exactly when some pair of their members does: between namespaces by the matrix of that probe
// (`policyctl matrix`'s computeMatrix(), cell by cell); with the outside world, and for ICMP,
// by the engine's verdict of every pair of members. Both ways: an edge holding a probe no member
// pair has fails, as does a missing one; a test corrupts an overview to show the check fails.

#include <random>

#include <QTest>

#include "core/eval/matrix.h"
#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphcollapse.h"
#include "core/model/protocol.h"
#include "tests/support/randomworkspace.h"

using namespace ps;

namespace {

bool isOutside(const GraphNode &n)
{
    return n.kind == GraphNodeKind::External || n.kind == GraphNodeKind::NetworkSet;
}

// The members of a node of the whole graph as flows name them: a matrix group's endpoints, or
// the node's sides of packets (outside ranges).
QList<EndpointRef> membersOf(
    const PolicyEngine &engine, const GraphNode &node, const MatrixGroup *group)
{
    QList<EndpointRef> out;
    if (group) {
        for (int m : group->members)
            out.append({m, std::nullopt, engine.inventory().object(m).ref()});
        return out;
    }
    for (qsizetype i = 0; i < node.peers.size(); ++i) {
        const PacketPeer &peer = node.peers[i];
        if (peer.object >= 0)
            out.append({peer.object, std::nullopt, node.peerRefs[i]});
        else
            out.append({-1, peer.address, node.peerRefs[i]});
    }
    return out;
}

// Some pair of members allowed / denied, by the engine, pair by pair.
void pairwise(const PolicyEngine &engine, const QList<EndpointRef> &from,
    const QList<EndpointRef> &to, const GraphProbe &p, bool &anyAllowed, bool &anyDenied)
{
    Flow flow;
    flow.protocol = QString::number(p.number);
    const std::optional<int> value
        = p.range ? std::optional<int>(p.range->first) : std::optional<int>();
    if (protocolIcmpFamily(p.number) != 0)
        flow.icmpType = value;
    else
        flow.port = value;
    const QList<InventoryObject> &objects = engine.inventory().objects();
    for (const EndpointRef &a : from) {
        for (const EndpointRef &b : to) {
            // Pairs of distinct endpoints: a pod to its own address makes no edge.
            if (a.object >= 0 && a.object == b.object && objects[a.object].kind == ObjectKind::Pod)
                continue;
            const Result<Packet> pkt = engine.packet(a, b, flow);
            const bool ok = pkt.ok() && engine.verdict(pkt.value()) == Verdict::Allow;
            anyAllowed = anyAllowed || ok;
            anyDenied = anyDenied || !ok;
            if (anyAllowed && anyDenied)
                return;
        }
    }
}

// The first pair of overview nodes and probe where the overview and the matrix disagree, as
// text; "" when they agree everywhere.
QString disagreement(
    const PolicyEngine &engine, const FlowGraph &whole, const GraphOverview &overview)
{
    const QList<MatrixGroup> groups = matrixGroups(engine, MatrixGrouping::Namespace);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (whole.nodes.value(i).endpoints != groups[i].members.size())
            return QStringLiteral("the graph's node %1 is not the matrix group %2")
                .arg(i)
                .arg(groups[i].name);
    }
    const qsizetype n = overview.graph.nodes.size();
    const qsizetype w = whole.nodes.size();
    for (const GraphProbe &p : whole.probes) {
        const std::optional<int> value
            = p.range ? std::optional<int>(p.range->first) : std::optional<int>();
        const bool icmp = protocolIcmpFamily(p.number) != 0;
        QList<bool> allowed(n * n, false);
        QList<bool> denied(n * n, false);
        const auto note = [&](qsizetype a, qsizetype b, bool anyAllowed, bool anyDenied) {
            const qsizetype k = overview.nodeOf[a] * n + overview.nodeOf[b];
            allowed[k] = allowed[k] || anyAllowed;
            denied[k] = denied[k] || anyDenied;
        };
        if (!icmp) {
            const ConnectivityMatrix m = computeMatrix(
                engine, MatrixGrouping::Namespace, QString::number(p.number), value);
            for (qsizetype a = 0; a < groups.size(); ++a) {
                for (qsizetype b = 0; b < groups.size(); ++b) {
                    const MatrixCell &cell = m.cells[a][b];
                    // Pairs of distinct endpoints: a pod to itself (always allowed) is no edge.
                    note(a, b, cell.allowedPairs - cell.toItself > 0,
                        cell.allowedPairs < cell.pairs);
                }
            }
        }
        for (qsizetype a = 0; a < w; ++a) {
            for (qsizetype b = 0; b < w; ++b) {
                const GraphNode &from = whole.nodes[a];
                const GraphNode &to = whole.nodes[b];
                if (!icmp && !isOutside(from) && !isOutside(to))
                    continue;
                if (isOutside(from) && isOutside(to))
                    continue; // never an edge: no policy sits between two outside addresses
                bool anyAllowed = false;
                bool anyDenied = false;
                pairwise(engine, membersOf(engine, from, a < groups.size() ? &groups[a] : nullptr),
                    membersOf(engine, to, b < groups.size() ? &groups[b] : nullptr), p, anyAllowed,
                    anyDenied);
                note(a, b, anyAllowed, anyDenied);
            }
        }
        for (const bool deniedList : {false, true}) {
            QList<bool> actual(n * n, false);
            for (const GraphEdge &e : deniedList ? overview.graph.denied : overview.graph.edges)
                actual[e.from * n + e.to] = e.connections.holds(p.protocol, value);
            const QList<bool> &expected = deniedList ? denied : allowed;
            for (qsizetype k = 0; k < n * n; ++k) {
                if (actual[k] == expected[k])
                    continue;
                return QStringLiteral("%1 -> %2, %3 %4 %5: the overview says %6, the members %7")
                    .arg(overview.graph.nodes[k / n].id, overview.graph.nodes[k % n].id,
                        graphProtocolName(p.protocol), value ? QString::number(*value) : QString(),
                        deniedList ? QStringLiteral("denied") : QStringLiteral("allowed"),
                        actual[k] ? QStringLiteral("yes") : QStringLiteral("no"),
                        expected[k] ? QStringLiteral("yes") : QStringLiteral("no"));
            }
        }
    }
    return QString();
}

// A generated cluster with its namespaces' labels shuffled by `seed`: some lose `team`, some
// get another namespace's `environment`, some a label only they carry; a few namespaces share
// a first word with another.
Workspace randomWorkspace(quint64 seed)
{
    std::mt19937_64 rng(seed);
    GeneratorOptions options;
    options.namespaces = 8 + int(rng() % 6);
    options.pods = 30 + int(rng() % 20);
    options.policies = 15 + int(rng() % 20);
    options.hostEndpoints = int(rng() % 2);
    options.seed = seed;
    const Workspace generated = Generator(options).generateWorkspace().value();
    return generated.edited([&rng](WorkspaceData &data) {
        test::addOutsideServiceEndpoints(data);
        const qsizetype count = data.namespaces.size();
        for (Namespace &ns : data.namespaces) {
            Labels &labels = ns.meta.labels;
            switch (rng() % 5) {
            case 0:
                labels.remove(QStringLiteral("team"));
                break;
            case 1:
                labels.insert(QStringLiteral("environment"),
                    data.namespaces[qsizetype(rng() % quint64(count))].meta.labels.value(
                        QStringLiteral("environment"), QStringLiteral("staging")));
                break;
            case 2:
                labels.insert(QStringLiteral("owner"), QStringLiteral("o%1").arg(rng() % 2));
                break;
            default:
                break;
            }
        }
    });
}

QList<OverviewGrouping> groupingsOf(const NamespaceLabels &labels)
{
    QList<OverviewGrouping> out {OverviewGrouping {}};
    for (const QString &key : namespaceLabelKeys(labels))
        out.append({OverviewGrouping::By::Label, key});
    out.append({OverviewGrouping::By::Label, QStringLiteral("no-such-label")});
    return out;
}

} // namespace

class TestOverviewMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithMatrix_data()
    {
        QTest::addColumn<quint64>("seed");
        // Seeds from a fixed generator: random workspaces, the same on every run.
        std::mt19937_64 seeds(20261207);
        for (int i = 0; i < 6; ++i) {
            const quint64 seed = seeds() % 100000 + 1;
            QTest::addRow("random-%llu", seed) << seed;
        }
    }

    void agreesWithMatrix()
    {
        QFETCH(quint64, seed);
        const PolicyEngine engine(randomWorkspace(seed));
        const NamespaceLabels labels = namespaceLabelsOf(engine.workspace());
        const FlowGraph whole = computeFlowGraph(
            engine, {MatrixGrouping::Namespace, true, std::nullopt, std::nullopt});
        int grouped = 0;
        for (const OverviewGrouping &grouping : groupingsOf(labels)) {
            const GraphOverview overview = flowGraphOverview(whole, grouping, labels);
            QCOMPARE(overview.nodeOf.size(), whole.nodes.size());
            // Every namespace in the group its label (or its name) says.
            for (qsizetype i = 0; i < whole.nodes.size(); ++i) {
                const GraphNode &node = whole.nodes[i];
                const GraphNode &group = overview.graph.nodes[overview.nodeOf[i]];
                if (node.kind != GraphNodeKind::Namespace)
                    continue;
                if (grouping.by == OverviewGrouping::By::Label) {
                    const QString value = labels.value(node.name).value(grouping.labelKey);
                    QCOMPARE(group.id,
                        labels.value(node.name).contains(grouping.labelKey)
                            ? grouping.labelKey + u'=' + value
                            : u'!' + grouping.labelKey);
                    QVERIFY(group.members.contains(node.id));
                } else {
                    QVERIFY(group.id == node.id || group.members.contains(node.id));
                }
            }
            grouped += overview.groups;
            const QString wrong = disagreement(engine, whole, overview);
            QVERIFY2(wrong.isEmpty(), qPrintable(grouping.text() + u": "_qs + wrong));
        }
        QVERIFY(grouped > 0);
    }

    // The check itself fails on a wrong overview: an edge losing a probe, an edge holding one no
    // pair of members has.
    void aFaultIsFound()
    {
        const PolicyEngine engine(randomWorkspace(7));
        const NamespaceLabels labels = namespaceLabelsOf(engine.workspace());
        const FlowGraph whole = computeFlowGraph(
            engine, {MatrixGrouping::Namespace, true, std::nullopt, std::nullopt});
        const GraphOverview overview = flowGraphOverview(
            whole, {OverviewGrouping::By::Label, QStringLiteral("environment")}, labels);
        QCOMPARE(disagreement(engine, whole, overview), QString());
        QVERIFY(!overview.graph.edges.isEmpty());

        GraphOverview missing = overview;
        missing.graph.edges.removeFirst();
        QVERIFY(!disagreement(engine, whole, missing).isEmpty());

        // An edge between two nodes that have none, holding everything.
        GraphOverview extra = overview;
        const qsizetype n = overview.graph.nodes.size();
        bool added = false;
        for (qsizetype k = 0; k < n * n && !added; ++k) {
            if (!overview.graph.edge(int(k / n), int(k % n))) {
                extra.graph.edges.append(
                    GraphEdge {int(k / n), int(k % n), Connections {true, {}}});
                added = true;
            }
        }
        QVERIFY(added);
        QVERIFY(!disagreement(engine, whole, extra).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOverviewMatrix)
#include "tst_overviewmatrix.moc"
