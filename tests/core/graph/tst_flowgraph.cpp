// The flow graph (core/graph/flowgraph.h) against the connectivity matrix and the engine, both
// ways: on generated clusters and on the evaluation scenarios, for every probe the graph
// evaluates, the last port of each of its intervals, a port inside it and a protocol no rule
// names, an edge (and a denied pair) holds a flow exactly when the matrix cell (or, for the
// outside world and ICMP, the engine's verdict of some pair of members) says some pair of
// members is allowed (denied). The addresses `services:` peers resolve to outside the endpoints,
// which the graph's own representatives may miss, are checked one by one against the node
// holding them (random workspaces; the demo's API server). Plus the demo workspace's graph as
// golden JSON and DOT.

#include <QDir>
#include <QTest>

#include "core/eval/matrix.h"
#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphdot.h"
#include "core/io/loader.h"
#include "core/model/protocol.h"
#include "core/report/graphreport.h"
#include "tests/support/golden.h"
#include "tests/support/randomworkspace.h"
#include "tests/support/testfiles.h"

using namespace ps;

Q_DECLARE_METATYPE(ps::MatrixGrouping)

namespace {

// One flow the graph must answer for: a protocol (as the graph lists it: a number or
// kOtherProtocols), the number the packet carries, and its port or ICMP type.
struct Sample {
    int protocol;
    int number;
    std::optional<int> value;
};

const Connections *connectionsOf(const QList<GraphEdge> &edges, int from, int to)
{
    for (const GraphEdge &e : edges) {
        if (e.from == from && e.to == to)
            return &e.connections;
    }
    return nullptr;
}

bool edgeHolds(const QList<GraphEdge> &edges, int from, int to, const Sample &s)
{
    const Connections *c = connectionsOf(edges, from, to);
    return c && c->holds(s.protocol, s.value);
}

QList<Sample> samplesOf(const PolicyEngine &engine)
{
    QList<Sample> samples;
    QList<int> named;
    for (const GraphProbe &p : graphProbes(engine, {})) {
        if (p.protocol != kOtherProtocols)
            named.append(p.protocol);
        if (!p.range) {
            samples.append({p.protocol, p.number, std::nullopt});
            continue;
        }
        for (const int v : {p.range->first, (p.range->first + p.range->last) / 2, p.range->last}) {
            if (samples.isEmpty() || samples.last().protocol != p.protocol
                || samples.last().value != v)
                samples.append({p.protocol, p.number, v});
        }
    }
    // A second protocol no rule names answers as "other" does.
    for (int n = 255; n >= 1; --n) {
        if (!named.contains(n) && samples.last().number != n) {
            samples.append({kOtherProtocols, n, std::nullopt});
            break;
        }
    }
    return samples;
}

// Some pair of (node's peers) is allowed / denied for the sample, by the engine, one by one.
struct PairCount {
    bool anyAllowed = false;
    bool anyDenied = false;
};

EndpointRef refOf(const GraphNode &node, qsizetype i)
{
    const PacketPeer &peer = node.peers[i];
    if (peer.object >= 0)
        return {peer.object, std::nullopt, node.peerRefs[i]};
    return {-1, peer.address, node.peerRefs[i]};
}

QList<EndpointRef> membersOf(
    const PolicyEngine &engine, const GraphNode &node, const MatrixGroup *group)
{
    QList<EndpointRef> out;
    if (group) {
        for (int m : group->members)
            out.append({m, std::nullopt, engine.inventory().object(m).ref()});
        return out;
    }
    for (qsizetype i = 0; i < node.peers.size(); ++i)
        out.append(refOf(node, i));
    return out;
}

PairCount pairwise(const PolicyEngine &engine, const QList<EndpointRef> &from,
    const QList<EndpointRef> &to, const Sample &s)
{
    PairCount c;
    Flow flow;
    flow.protocol = QString::number(s.number);
    if (s.value && protocolIcmpFamily(s.number) != 0)
        flow.icmpType = s.value;
    else
        flow.port = s.value;
    const QList<InventoryObject> &objects = engine.inventory().objects();
    for (const EndpointRef &a : from) {
        for (const EndpointRef &b : to) {
            // Pairs of distinct endpoints: a pod to its own address makes no edge.
            if (a.object >= 0 && a.object == b.object && objects[a.object].kind == ObjectKind::Pod)
                continue;
            const Result<Packet> pkt = engine.packet(a, b, flow);
            const bool ok = pkt.ok() && engine.verdict(pkt.value()) == Verdict::Allow;
            c.anyAllowed = c.anyAllowed || ok;
            c.anyDenied = c.anyDenied || !ok;
            if (c.anyAllowed && c.anyDenied)
                return c;
        }
    }
    return c;
}

bool isOutside(const GraphNode &n)
{
    return n.kind == GraphNodeKind::External || n.kind == GraphNodeKind::NetworkSet;
}

QString scenarioWorkspace(const QString &dir)
{
    const QByteArray pathFile = test::readFile(dir + QStringLiteral("/workspace-path")).trimmed();
    if (!pathFile.isEmpty())
        return test::projectPath(QString::fromUtf8(pathFile));
    return dir + QStringLiteral("/workspace");
}

} // namespace

class TestFlowGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithMatrix_data();
    void agreesWithMatrix();
    void filterNarrowsToOneProbe();
    void outsideRanges();
    void serviceAddressesAgree_data();
    void serviceAddressesAgree();
    void demoApiServer_data();
    void demoApiServer();
    void demoGolden_data();
    void demoGolden();
};

void TestFlowGraph::agreesWithMatrix_data()
{
    QTest::addColumn<QString>("scenario"); // a folder, or "" for a generated cluster
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<MatrixGrouping>("by");
    const QList<MatrixGrouping> groupings {MatrixGrouping::Namespace,
        MatrixGrouping::ServiceAccount, MatrixGrouping::Workload, MatrixGrouping::Pod};
    for (quint64 seed = 1; seed <= 4; ++seed) {
        for (const MatrixGrouping by : groupings) {
            QTest::addRow("generated-%llu-%s", seed, qPrintable(matrixGroupingName(by)))
                << QString() << seed << by;
        }
    }
    const QDir root(test::fixturePath(u"eval"));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const MatrixGrouping by : {MatrixGrouping::Namespace, MatrixGrouping::Pod}) {
            QTest::addRow("%s-%s", qPrintable(name), qPrintable(matrixGroupingName(by)))
                << root.filePath(name) << quint64(0) << by;
        }
    }
}

void TestFlowGraph::agreesWithMatrix()
{
    QFETCH(QString, scenario);
    QFETCH(quint64, seed);
    QFETCH(MatrixGrouping, by);
    Workspace workspace;
    if (scenario.isEmpty()) {
        GeneratorOptions options;
        options.namespaces = 3;
        options.pods = 24;
        options.policies = 16;
        options.seed = seed;
        const Result<Workspace> generated = Generator(options).generateWorkspace();
        QVERIFY(generated.ok());
        workspace = generated.value().edited(
            [](WorkspaceData &data) { test::addOutsideServiceEndpoints(data); });
    } else {
        workspace = Loader().loadPaths({scenarioWorkspace(scenario)}).workspace;
    }
    const PolicyEngine engine(workspace);
    const FlowGraph graph = computeFlowGraph(engine, {by, true, std::nullopt, std::nullopt});
    const QList<MatrixGroup> groups = matrixGroups(engine, by);
    QVERIFY(graph.nodes.size() >= groups.size());
    for (qsizetype i = 0; i < groups.size(); ++i)
        QCOMPARE(graph.nodes[i].endpoints, groups[i].members.size());

    int checked = 0;
    for (const Sample &s : samplesOf(engine)) {
        const bool icmp = protocolIcmpFamily(s.number) != 0;
        const QString what = QStringLiteral("%1/%2").arg(s.number).arg(s.value.value_or(-1));
        if (!icmp) {
            // Between groups of endpoints: the matrix of that probe, cell by cell.
            const ConnectivityMatrix m
                = computeMatrix(engine, by, QString::number(s.number), s.value);
            QCOMPARE(m.groups.size(), groups.size());
            for (int i = 0; i < int(groups.size()); ++i) {
                for (int j = 0; j < int(groups.size()); ++j) {
                    const MatrixCell &cell = m.cells[i][j];
                    // Pairs of distinct endpoints: a pod to itself (always allowed) is no edge.
                    QVERIFY2(
                        edgeHolds(graph.edges, i, j, s) == (cell.allowedPairs - cell.toItself > 0),
                        qPrintable(what + u' ' + graph.nodes[i].id + u' ' + graph.nodes[j].id));
                    QVERIFY2(edgeHolds(graph.denied, i, j, s) == (cell.allowedPairs < cell.pairs),
                        qPrintable(what + u' ' + graph.nodes[i].id + u' ' + graph.nodes[j].id));
                    ++checked;
                }
            }
        }
        // Pairs with the outside world (and ICMP everywhere): the engine, pair by pair.
        for (int i = 0; i < int(graph.nodes.size()); ++i) {
            for (int j = 0; j < int(graph.nodes.size()); ++j) {
                const bool outside = isOutside(graph.nodes[i]) || isOutside(graph.nodes[j]);
                if (!outside && !icmp)
                    continue;
                if (isOutside(graph.nodes[i]) && isOutside(graph.nodes[j])) {
                    QVERIFY(!connectionsOf(graph.edges, i, j));
                    continue;
                }
                const PairCount c = pairwise(engine,
                    membersOf(engine, graph.nodes[i], i < groups.size() ? &groups[i] : nullptr),
                    membersOf(engine, graph.nodes[j], j < groups.size() ? &groups[j] : nullptr), s);
                QVERIFY2(edgeHolds(graph.edges, i, j, s) == c.anyAllowed,
                    qPrintable(what + u' ' + graph.nodes[i].id + u' ' + graph.nodes[j].id));
                QVERIFY2(edgeHolds(graph.denied, i, j, s) == c.anyDenied,
                    qPrintable(what + u' ' + graph.nodes[i].id + u' ' + graph.nodes[j].id));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 0);
}

void TestFlowGraph::filterNarrowsToOneProbe()
{
    const PolicyEngine engine(Loader().loadPaths({test::projectPath(u"resources/demo")}).workspace);
    const FlowGraph full = computeFlowGraph(engine);
    const FlowGraph one = computeFlowGraph(engine, {MatrixGrouping::Namespace, false, 6, 80});
    QCOMPARE(one.probes.size(), 1);
    QCOMPARE(one.nodes.size(), full.nodes.size());
    const Sample s {6, 6, 80};
    for (int i = 0; i < int(full.nodes.size()); ++i) {
        for (int j = 0; j < int(full.nodes.size()); ++j) {
            const Connections *c = connectionsOf(one.edges, i, j);
            QCOMPARE(edgeHolds(full.edges, i, j, s), c != nullptr);
            if (c) {
                QCOMPARE(c->all, false);
                QCOMPARE(c->protocols,
                    QList<ProtocolConnections>({ProtocolConnections {6, {PortRange {80, 80}}}}));
            }
        }
    }
}

void TestFlowGraph::outsideRanges()
{
    // A namespace whose pods may reach 10.0.0.0/8 except 10.1.0.0/16 (a network set), and
    // nothing else: the outside world is cut into the network set, the rest of 10.0.0.0/8 and
    // every other address.
    const QByteArray yaml = R"(apiVersion: v1
kind: Pod
metadata: {name: a, namespace: n, labels: {app: a}}
spec: {containers: [{name: c}]}
status: {podIP: 10.9.0.1}
---
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: inner, namespace: n, labels: {zone: inner}}
spec: {nets: [10.1.0.0/16]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: out, namespace: n}
spec:
  selector: app == 'a'
  types: [Egress]
  egress:
  - action: Deny
    destination: {selector: zone == 'inner'}
  - action: Allow
    protocol: TCP
    destination: {nets: [10.0.0.0/8], ports: [443]}
)";
    const LoadResult loaded = Loader().loadText(yaml, QStringLiteral("outside.yaml"));
    const PolicyEngine engine(loaded.workspace);
    const FlowGraph g = computeFlowGraph(engine);
    QStringList ids;
    for (const GraphNode &n : g.nodes)
        ids.append(graphNodeKindName(n.kind) + u':' + n.id);
    QCOMPARE(ids,
        QStringList({QStringLiteral("namespace:n"), QStringLiteral("networkset:netset:n/inner"),
            QStringLiteral("external:10.0.0.0/8"), QStringLiteral("external:0.0.0.0/0")}));
    const int n = g.nodeIndex(QStringLiteral("n"));
    const int wide = g.nodeIndex(QStringLiteral("10.0.0.0/8"));
    QVERIFY(!g.edge(n, g.nodeIndex(QStringLiteral("netset:n/inner"))));
    QVERIFY(!g.edge(n, g.nodeIndex(QStringLiteral("0.0.0.0/0"))));
    QVERIFY(g.edge(n, wide));
    QCOMPARE(connectionsSummary(g.edge(n, wide)->connections), QStringLiteral("TCP 443"));
    // Nothing applies to ingress: everything outside may connect in.
    QVERIFY(g.edge(g.nodeIndex(QStringLiteral("0.0.0.0/0")), n));
    QVERIFY(g.edge(g.nodeIndex(QStringLiteral("0.0.0.0/0")), n)->connections.all);
}

void TestFlowGraph::serviceAddressesAgree_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("random-%u", seed) << seed;
}

// Each address a Service's EndpointSlices hold that no endpoint has, as a peer of its own: the
// engine's verdicts between it and every endpoint group are the edges of the outside node that
// holds it (the node with the longest CIDR around it).
void TestFlowGraph::serviceAddressesAgree()
{
    QFETCH(quint32, seed);
    const PolicyEngine engine(test::RandomWorkspace(seed).workspace());
    const FlowGraph graph
        = computeFlowGraph(engine, {MatrixGrouping::Namespace, true, std::nullopt, std::nullopt});
    const QList<MatrixGroup> groups = matrixGroups(engine, MatrixGrouping::Namespace);
    QSet<int> families; // of the endpoints: no flow of another family reaches one
    for (const InventoryObject &o : engine.inventory().objects()) {
        for (const IpAddress &a : o.isEndpoint() ? o.addresses : QList<IpAddress>())
            families.insert(a.family());
    }
    QSet<IpAddress> addresses;
    for (const ServiceMembers &m : engine.inventory().services()) {
        for (const IpAddress &a : m.addresses) {
            if (engine.inventory().endpointAt(a) < 0 && families.contains(a.family()))
                addresses.insert(a);
        }
    }
    QVERIFY(addresses.size() >= 2);
    const QList<Sample> samples = samplesOf(engine);
    int checked = 0;
    for (const IpAddress &a : std::as_const(addresses)) {
        int holder = -1;
        int longest = -1;
        bool tie = false;
        for (int n = int(groups.size()); n < int(graph.nodes.size()); ++n) {
            for (const QString &cidr : graph.nodes[n].cidrs) {
                const std::optional<IpNetwork> net = IpNetwork::parseCidr(cidr);
                if (!net || !net->contains(a) || net->prefixLength() < longest)
                    continue;
                tie = net->prefixLength() == longest && holder != n;
                longest = net->prefixLength();
                holder = n;
            }
        }
        QVERIFY2(holder >= 0, qPrintable(a.toString()));
        if (tie)
            continue; // two network sets hold it alike: whichever owns it is not ours to say
        const QList<EndpointRef> outside {{-1, a, a.toString()}};
        for (const Sample &s : samples) {
            const QString what = QStringLiteral("%1/%2 %3 (%4)")
                                     .arg(s.number)
                                     .arg(s.value.value_or(-1))
                                     .arg(a.toString(), graph.nodes[holder].id);
            for (int g = 0; g < int(groups.size()); ++g) {
                const QList<EndpointRef> members = membersOf(engine, graph.nodes[g], &groups[g]);
                const PairCount out = pairwise(engine, members, outside, s);
                QVERIFY2(edgeHolds(graph.edges, g, holder, s) == out.anyAllowed,
                    qPrintable(graph.nodes[g].id + QStringLiteral(" -> ") + what));
                const PairCount in = pairwise(engine, outside, members, s);
                QVERIFY2(edgeHolds(graph.edges, holder, g, s) == in.anyAllowed,
                    qPrintable(what + QStringLiteral(" -> ") + graph.nodes[g].id));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 0);
}

void TestFlowGraph::demoApiServer_data()
{
    QTest::addColumn<bool>("filtered"); // --protocol TCP --port 6443
    QTest::newRow("every flow") << false;
    QTest::newRow("TCP 6443") << true;
}

// The demo's my-app may reach the Kubernetes API server (allow-api-access: a `services:` peer
// whose EndpointSlice holds the node address 192.168.1.10, which no pod has) on TCP 6443.
void TestFlowGraph::demoApiServer()
{
    QFETCH(bool, filtered);
    const PolicyEngine engine(Loader().loadPaths({test::projectPath(u"resources/demo")}).workspace);
    GraphOptions options;
    if (filtered) {
        options.protocol = 6;
        options.port = 6443;
    }
    const FlowGraph g = computeFlowGraph(engine, options);
    const int app = g.nodeIndex(QStringLiteral("my-app"));
    const int api = g.nodeIndex(QStringLiteral("192.168.1.10/32"));
    QVERIFY(app >= 0);
    QVERIFY(api >= 0);
    QCOMPARE(g.nodes[api].kind, GraphNodeKind::External);
    QCOMPARE(g.nodes[api].peerRefs, QStringList {QStringLiteral("192.168.1.10")});
    const GraphEdge *edge = g.edge(app, api);
    QVERIFY(edge);
    QVERIFY(edge->connections.holds(6, 6443));
    QVERIFY(!edge->connections.holds(6, 443));
}

void TestFlowGraph::demoGolden_data()
{
    QTest::addColumn<MatrixGrouping>("by");
    QTest::newRow("namespace") << MatrixGrouping::Namespace;
    QTest::newRow("workload") << MatrixGrouping::Workload;
}

void TestFlowGraph::demoGolden()
{
    QFETCH(MatrixGrouping, by);
    const PolicyEngine engine(Loader().loadPaths({test::projectPath(u"resources/demo")}).workspace);
    const FlowGraph graph = computeFlowGraph(engine, {by, true, std::nullopt, std::nullopt});
    const QString base = test::fixturePath(u"graph/demo-") + matrixGroupingName(by);
    PS_COMPARE_GOLDEN(graphToJson(graph) + '\n', base + QStringLiteral(".json"));
    PS_COMPARE_GOLDEN(graphToDot(graph), base + QStringLiteral(".dot"));
}

QTEST_GUILESS_MAIN(TestFlowGraph)
#include "tst_flowgraph.moc"
