// Kernel conformance: does the kernel do what the engine says, with our rendering loaded?
//
// For a workspace and a node, build a Calico-shaped node out of network namespaces
// (docs/rendering.md: "Kernel tests"): a node namespace with one `cali…` veth per local pod into
// the pod's own namespace, /32 routes and proxy ARP, and an "outside" namespace behind an uplink
// that holds the other nodes' pods and external addresses. Load our `ipset restore` +
// `iptables-restore --noflush` output (and, in a fresh node, our `nft -f` script) into the node
// namespace, then send real TCP, UDP and ICMP between every pair of endpoints on the ports the
// policies mention, and compare each outcome with the engine's verdict: the whole flow for two
// local pods, the local side's direction otherwise. Also checks that `iptables-save` in the
// node shows exactly our iptables-save view. Root only; every namespace is named uniquely per
// run and deleted by an RAII guard, also on failure. Only addresses inside namespaces made
// here are contacted; every probe is bounded in time and their number is capped.

#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <QRegularExpression>
#include <QtTest>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"
#include "core/dataplane/rulesetformat.h"
#include "core/eval/matrix.h"
#include "core/eval/policyengine.h"
#include "core/generate/generator.h"
#include "core/graph/flowgraph.h"
#include "core/io/loader.h"
#include "core/report/chainreport.h"
#include "core/report/tracereport.h"
#include "tests/kernel/allowedpodpair.h"
#include "tests/kernel/netnsnode.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace ps::kerneltest;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxProbes = 4000;
constexpr double kProbeTimeoutSeconds = 2.0;

struct Probe {
    int id = 0;
    QString proto; // tcp, udp, icmp
    QString srcIp, dstIp;
    QString srcRef, dstRef;
    int port = 0;
    QString sourceNs;
    Verdict expected = Verdict::Allow;
};

struct Tally {
    int agree = 0;
    int disagree = 0;
    int allowed = 0;
    QStringList failures;
};

enum class Mode { Iptables, Nft };

QList<int> probePorts(const PolicyEngine &engine)
{
    QSet<int> ports;
    const auto addRules = [&](const QList<CompiledRule> &rules) {
        for (const CompiledRule &r : rules) {
            for (const CompiledEntity *e : {&r.source, &r.destination}) {
                for (const Port &p : e->ports + e->notPorts) {
                    if (!p.isNamed())
                        ports.insert(p.min());
                }
            }
        }
    };
    for (const CompiledPolicy &p : engine.policies()) {
        addRules(p.ingress);
        addRules(p.egress);
    }
    for (const InventoryObject &o : engine.inventory().objects()) {
        for (const NamedPort &np : o.namedPorts)
            ports.insert(np.port);
    }
    QList<int> out(ports.begin(), ports.end());
    std::sort(out.begin(), out.end());
    out.erase(std::remove_if(out.begin(), out.end(), [](int p) { return p <= 0 || p > 65535; }),
        out.end());
    while (out.size() > 6)
        out.removeLast();
    out.append(9999); // a port no policy mentions
    return out;
}

} // namespace

class TestKernelConformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demo_data();
    void demo();
    void randomWorkspaces_data();
    void randomWorkspaces();
    void throughput();
    void natOutgoing();
    void hostEndpoints_data();
    void hostEndpoints();
    void podToOwnHostPreDnat_data();
    void podToOwnHostPreDnat();
    void ownHostFixture_data();
    void ownHostFixture();
    void cleanupTestCase();

private:
    void checkNode(const Workspace &ws, const QString &node, Mode mode, const QString &tag);
    static Workspace randomWorkspace(quint32 seed);

    // hostEndpoints(): flows checked, and how many of them the trace and the matrix agreed on.
    int m_hostFlows = 0;
    int m_hostTraceAgreed = 0;
    int m_hostMatrixFlows = 0;
    int m_hostMatrixAgreed = 0;
    int m_hostUntrackedDenied = 0; // flows the untracked stage denied, kernel and trace agreeing
    int m_hostToItself = 0; // flows of a pod to its own address, all allowed by the kernel
    // podToOwnHostPreDnat(): the same.
    int m_ownHostFlows = 0;
    int m_ownHostTraceAgreed = 0;
    int m_ownHostMatrixAgreed = 0;
    // ownHostFixture(): flows, and how many the trace, PairVerdicts, the matrix and the graph
    // agreed on with the kernel.
    int m_fixtureFlows = 0;
    int m_fixtureAgreed[4] = {0, 0, 0, 0};
};

void TestKernelConformance::initTestCase()
{
    const QString unavailable = namespacesUnavailable(
        {u"ip"_s, u"ipset"_s, u"iptables-restore"_s, u"iptables-save"_s, u"nft"_s, u"python3"_s});
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
}

void TestKernelConformance::checkNode(
    const Workspace &ws, const QString &node, Mode mode, const QString &tag)
{
    QElapsedTimer clock;
    clock.start();
    const auto phase = [&](const char *what) {
        if (qEnvironmentVariableIsSet("POLICY_KERNEL_TIMING"))
            qInfo("  %s: %lld ms", what, clock.restart());
    };
    const PolicyEngine engine(ws);
    RenderOptions options;
    options.nftables = mode == Mode::Nft;
    const FelixRuleset rendered = renderNode(engine, node, options);
    const Inventory &inv = engine.inventory();

    // Endpoints: local pods get namespaces; other pods and two external addresses live outside.
    struct Peer {
        QString ref, ip, ns;
        bool local = false;
        int object = -1;
    };
    QList<Peer> peers;
    QStringList outsideIps;
    NetnsNode netns(tag);
    for (qsizetype i = 0; i < inv.objects().size(); ++i) {
        const InventoryObject &o = inv.objects()[i];
        if (o.kind != ObjectKind::Pod)
            continue;
        QString ip;
        for (const IpAddress &a : o.addresses) {
            if (a.family() == 4)
                ip = a.toString();
        }
        if (ip.isEmpty())
            continue;
        Peer p {o.ref(), ip, QString(), o.node == node, int(i)};
        if (!p.local)
            outsideIps.append(ip);
        peers.append(p);
    }
    for (const QString &ext : {u"198.51.100.77"_s, u"203.0.113.77"_s}) {
        peers.append({ext, ext, QString(), false, -1});
        outsideIps.append(ext);
    }
    QVERIFY2(netns.build(outsideIps), qPrintable(netns.error()));
    for (Peer &p : peers) {
        if (p.local) {
            QVERIFY2(netns.addPod(endpointInterfaceName(engine, p.object, options), p.ip),
                qPrintable(netns.error()));
            p.ns = netns.podNamespace(p.ip);
        } else {
            p.ns = netns.outside();
        }
    }

    phase("topology");
    // Load our rendering into the node namespace.
    const FelixRuleset &rs = rendered;
    if (mode == Mode::Iptables) {
        QVERIFY2(netns.sh(netns.node(), {u"ipset"_s, u"restore"_s}, ipsetRestoreText(rs).toUtf8()),
            qPrintable(netns.error()));
        QVERIFY2(netns.sh(netns.node(), {u"iptables-restore"_s, u"--noflush"_s},
                     iptablesRestoreText(rs).toUtf8()),
            qPrintable(netns.error()));
        // The kernel shows exactly our iptables-save view, table by table: Felix's static raw,
        // mangle and nat chains, then the filter table (protocol 4 is named per build; the
        // counters of chains packets have already met differ).
        const QRegularExpression counters(u" \\[\\d+:\\d+\\]$"_s);
        const QStringList ours = iptablesSaveText(rs).split(u'\n');
        for (const QString &table : {u"raw"_s, u"mangle"_s, u"nat"_s, u"filter"_s}) {
            QVERIFY2(netns.sh(netns.node(), {u"iptables-save"_s, u"-t"_s, table}),
                qPrintable(netns.error()));
            QStringList kernel;
            for (QString l : netns.lastOut().split(u'\n')) {
                if (l.startsWith(u'#') || l.isEmpty())
                    continue;
                kernel.append(l.replace(u" -p ipencap "_s, u" -p ipv4 "_s).remove(counters));
            }
            QStringList ourTable;
            bool in = false;
            for (QString l : ours) {
                in = in || l == u'*' + table;
                if (in)
                    ourTable.append(l.remove(counters));
                if (in && l == u"COMMIT")
                    break;
            }
            QVERIFY2(!ourTable.isEmpty(), qPrintable(table));
            QCOMPARE(kernel.join(u'\n'), ourTable.join(u'\n'));
        }
    } else {
        QVERIFY2(netns.sh(netns.node(), {u"nft"_s, u"-f"_s, u"-"_s}, nftablesScript(rs).toUtf8()),
            qPrintable(netns.error()));
    }

    phase("load");
    // Listeners on every probe port, in every local pod and outside.
    const QList<int> ports = probePorts(engine);
    QHash<QString, QStringList> addressesByNs;
    for (const Peer &p : peers)
        addressesByNs[p.ns].append(p.ip);
    for (auto it = addressesByNs.cbegin(); it != addressesByNs.cend(); ++it)
        netns.listen(it.key(), *it, ports);
    QVERIFY2(netns.listenersReady(), qPrintable(netns.error()));

    phase("listeners");
    // Probes: every ordered pair with at least one local pod, TCP/UDP on each port, ICMP echo.
    QList<Probe> probes;
    for (const Peer &src : peers) {
        for (const Peer &dst : peers) {
            if (src.ip == dst.ip || (!src.local && !dst.local))
                continue;
            QList<std::pair<QString, int>> kinds;
            for (int port : ports) {
                kinds.append({u"tcp"_s, port});
                kinds.append({u"udp"_s, port});
            }
            kinds.append({u"icmp"_s, 0});
            for (const auto &[proto, port] : kinds) {
                if (probes.size() >= kMaxProbes)
                    break;
                Flow f;
                f.from = src.object >= 0 ? src.ref : src.ip;
                f.to = dst.object >= 0 ? dst.ref : dst.ip;
                f.protocol = proto.toUpper();
                if (proto == u"icmp") {
                    f.icmpType = 8;
                    f.icmpCode = 0;
                } else {
                    f.port = port;
                }
                const FlowTrace t = engine.trace(f);
                QVERIFY2(t.ok(), qPrintable(t.error));
                Probe pr;
                pr.id = int(probes.size());
                pr.proto = proto;
                pr.srcIp = src.ip;
                pr.dstIp = dst.ip;
                pr.srcRef = f.from;
                pr.dstRef = f.to;
                pr.port = port;
                pr.sourceNs = src.ns;
                // Only this node's side of the flow is enforced here.
                pr.expected = src.local && dst.local ? t.verdict
                    : src.local                      ? t.egress.verdict
                                                     : t.ingress.verdict;
                probes.append(pr);
            }
        }
    }

    phase("engine verdicts");
    // One prober per source namespace, all at once.
    QHash<QString, QList<const Probe *>> bySource;
    for (const Probe &p : probes)
        bySource[p.sourceNs].append(&p);
    QList<QProcess *> probers;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        QJsonArray arr;
        for (const Probe *p : *it)
            arr.append(QJsonObject {{u"id"_s, p->id}, {u"proto"_s, p->proto}, {u"src"_s, p->srcIp},
                {u"dst"_s, p->dstIp}, {u"port"_s, p->port}});
        auto *proc = new QProcess(this);
        proc->start(u"ip"_s,
            {u"netns"_s, u"exec"_s, it.key(), python(), QStringLiteral(POLICY_NETPROBE), u"probe"_s,
                QString::number(kProbeTimeoutSeconds)});
        proc->write(QJsonDocument(arr).toJson(QJsonDocument::Compact));
        proc->waitForBytesWritten(10000); // QProcess only writes inside waitFor*/the event loop
        proc->closeWriteChannel();
        probers.append(proc);
    }
    QHash<int, bool> answered;
    for (QProcess *proc : probers) {
        const bool finished = proc->waitForFinished(60000);
        if (!finished)
            proc->kill();
        const QJsonObject o = QJsonDocument::fromJson(proc->readAllStandardOutput()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            answered.insert(it.key().toInt(), it.value().toBool());
        delete proc;
    }

    phase("probes");
    Tally tally;
    for (const Probe &p : probes) {
        const bool got = answered.value(p.id, false);
        const bool want = p.expected == Verdict::Allow;
        tally.allowed += got ? 1 : 0;
        if (got == want) {
            ++tally.agree;
        } else {
            ++tally.disagree;
            if (tally.failures.size() < 15)
                tally.failures.append(
                    u"%1 %2 -> %3 port %4: engine %5, kernel %6"_s
                        .arg(p.proto.toUpper(), p.srcRef, p.dstRef)
                        .arg(p.port)
                        .arg(verdictName(p.expected), got ? u"allowed"_s : u"dropped"_s));
        }
    }
    qInfo("%s node %s (%s): %d probes, %d agree, %d disagree (%d answered), %d rules, %d ipsets",
        qPrintable(tag), qPrintable(node), mode == Mode::Nft ? "nft" : "iptables",
        int(probes.size()), tally.agree, tally.disagree, tally.allowed, int(rs.ruleCount()),
        int(rs.ipsets.size()));
    if (tally.disagree)
        QFAIL(qPrintable(tally.failures.join(u'\n')));
    QVERIFY(tally.allowed > 0); // the topology carries traffic at all
}

void TestKernelConformance::demo_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("mode");
    for (const QString &node : {u"worker-1"_s, u"worker-2"_s}) {
        QTest::newRow(qPrintable(node + u" iptables"_s)) << node << int(Mode::Iptables);
        QTest::newRow(qPrintable(node + u" nft"_s)) << node << int(Mode::Nft);
    }
}

void TestKernelConformance::demo()
{
    QFETCH(QString, node);
    QFETCH(int, mode);
    const LoadResult lr = Loader().loadPaths({u":/demo"_s});
    QVERIFY(!lr.workspace.isEmpty());
    checkNode(lr.workspace, node, Mode(mode), u"d"_s);
}

Workspace TestKernelConformance::randomWorkspace(quint32 seed)
{
    QRandomGenerator rng(seed);
    const auto below = [&](int n) { return int(rng.bounded(n)); };
    const auto chance = [&](int pct) { return below(100) < pct; };
    const auto pick = [&](const QStringList &l) { return l[below(int(l.size()))]; };
    WorkspaceData ws;
    const QStringList nss {u"ns-a"_s, u"ns-b"_s};
    for (const QString &n : nss) {
        Namespace ns;
        ns.meta.name = n;
        ns.meta.labels.insert(u"env"_s, n == u"ns-a" ? u"prod"_s : u"dev"_s);
        ws.namespaces.append(ns);
    }
    const int pods = 4 + below(3);
    for (int i = 0; i < pods; ++i) {
        Pod p;
        p.meta.name = u"p%1"_s.arg(i);
        p.meta.namespace_ = pick(nss);
        p.meta.labels.insert(u"app"_s, pick({u"web"_s, u"api"_s, u"db"_s}));
        p.serviceAccountName = u"default"_s;
        p.nodeName = i % 3 == 2 ? u"node-b"_s : u"node-a"_s;
        p.podIPs = {u"10.66.%1.%2"_s.arg(i % 2).arg(10 + i)};
        // Two pods of node-a ask for DSCP values (without drawing from the generator, so the
        // workspaces stay what they were): their mangle rules are loaded and compared too.
        if (i == 0)
            p.meta.annotations.insert(u"qos.projectcalico.org/dscp"_s, u"AF11"_s);
        else if (i == 1)
            p.meta.annotations.insert(u"qos.projectcalico.org/dscp"_s, u"46"_s);
        if (chance(50))
            p.ports.append({u"http"_s, 80, u"TCP"_s});
        ws.pods.append(p);
    }
    NetworkSet ext;
    ext.global = true;
    ext.meta.name = u"outside"_s;
    ext.meta.labels.insert(u"kind"_s, u"ext"_s);
    ext.nets = {u"198.51.100.0/24"_s};
    ws.networkSets.append(ext);
    if (chance(50)) {
        Tier t;
        t.meta.name = u"security"_s;
        t.order = 100;
        t.defaultAction = chance(50) ? u"Pass"_s : u"Deny"_s;
        ws.tiers.append(t);
    }
    const QStringList selectors {QString(), u"all()"_s, u"app == 'web'"_s,
        u"app in {'api', 'db'}"_s, u"app != 'db'"_s, u"kind == 'ext'"_s};
    for (int i = 0, n = 1 + below(4); i < n; ++i) {
        CalicoPolicy p;
        p.kind = chance(50) ? ResourceKind::GlobalNetworkPolicy : ResourceKind::NetworkPolicy;
        p.meta.name = u"pol%1"_s.arg(i);
        if (!p.isGlobal())
            p.meta.namespace_ = pick(nss);
        p.tier = ws.tiers.isEmpty() ? u"default"_s : pick({u"default"_s, u"security"_s});
        if (chance(50))
            p.order = double(below(3) * 10);
        p.selector = pick(selectors);
        for (int dir = 0; dir < 2; ++dir) {
            QList<Rule> &rules = dir == 0 ? p.ingress : p.egress;
            for (int r = below(3); r > 0; --r) {
                Rule rule;
                rule.action = pick({u"Allow"_s, u"Allow"_s, u"Deny"_s, u"Pass"_s, u"Log"_s});
                const int proto = below(4);
                if (proto == 1)
                    rule.protocol = Protocol::fromString(u"TCP"_s);
                else if (proto == 2)
                    rule.protocol = Protocol::fromString(u"UDP"_s);
                else if (proto == 3)
                    rule.protocol = Protocol::fromString(u"ICMP"_s);
                EntityRule &peer = dir == 0 ? rule.source : rule.destination;
                if (chance(50))
                    peer.selector = pick(selectors);
                if (chance(20))
                    peer.nets
                        = {pick({u"10.66.0.0/24"_s, u"198.51.100.0/24"_s, u"10.66.1.13/32"_s})};
                if (chance(15))
                    peer.notNets = {u"10.66.1.0/24"_s};
                if (rule.protocol && rule.protocol->supportsPorts() && chance(60)) {
                    if (chance(30) && rule.protocol->name() == u"TCP")
                        rule.destination.ports = {Port::named(u"http"_s)};
                    else
                        rule.destination.ports
                            = {Port::single(pick({u"80"_s, u"443"_s, u"5432"_s}).toInt())};
                }
                if (rule.protocol && rule.protocol->isIcmpV4() && chance(50))
                    rule.icmp = IcmpFields {8, std::nullopt};
                rules.append(rule);
            }
        }
        p.types = defaultPolicyTypes(
            chance(50) ? QStringList {u"Ingress"_s, u"Egress"_s} : QStringList {},
            !p.ingress.isEmpty(), !p.egress.isEmpty());
        ws.policies.append(p);
    }
    return Workspace(ws);
}

void TestKernelConformance::randomWorkspaces_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {11u, 12u, 13u, 14u})
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
}

void TestKernelConformance::randomWorkspaces()
{
    QFETCH(quint32, seed);
    const Workspace ws = randomWorkspace(seed);
    checkNode(ws, u"node-a"_s, Mode::Iptables, u"r"_s);
    checkNode(ws, u"node-a"_s, Mode::Nft, u"r"_s);
}

// iperf3 between two pods of one node of the generated 10,000-policy cluster, through the
// node namespace: no rules, our rendering of that node (all its endpoints' chains and sets),
// and a naive rendering (5,000 plain rules, one per peer address, before the real match).
// A benchmark, not a check: runs only with POLICY_KERNEL_THROUGHPUT=1.
void TestKernelConformance::throughput()
{
    if (!qEnvironmentVariableIsSet("POLICY_KERNEL_THROUGHPUT"))
        QSKIP("set POLICY_KERNEL_THROUGHPUT=1 to measure iperf3 throughput (takes about a minute)");
    if (QStandardPaths::findExecutable(u"iperf3"_s).isEmpty())
        QSKIP("iperf3 is not installed");
    GeneratorOptions go;
    go.namespaces = 1000;
    go.pods = 50000;
    go.policies = 10000;
    const auto yaml = Generator(go).generateYaml();
    QVERIFY(yaml);
    const PolicyEngine engine(Loader().loadText(*yaml, u"generated.yaml"_s).workspace);
    const Inventory &inv = engine.inventory();
    // A pair the engine allows on TCP 5201, with as many policies applying as possible.
    const AllowedPodPair pair = busiestAllowedPodPair(engine, 5201);
    const QString &node = pair.node;
    const int client = pair.client, server = pair.server, best = pair.policies;
    if (client < 0)
        QSKIP("no pod pair on the node is allowed on TCP 5201");
    const FelixRuleset rendered = renderNode(engine, node);
    NetnsNode netns(u"t"_s);
    QVERIFY2(netns.build({}), qPrintable(netns.error()));
    const QString clientIp = inv.object(client).addresses.first().toString();
    const QString serverIp = inv.object(server).addresses.first().toString();
    QVERIFY2(netns.addPod(endpointInterfaceName(engine, client, {}), clientIp),
        qPrintable(netns.error()));
    QVERIFY2(netns.addPod(endpointInterfaceName(engine, server, {}), serverIp),
        qPrintable(netns.error()));
    const QString clientNs = netns.podNamespace(clientIp), serverNs = netns.podNamespace(serverIp);

    const auto measure = [&]() -> double {
        auto *srv = new QProcess;
        srv->start(u"ip"_s,
            {u"netns"_s, u"exec"_s, serverNs, u"iperf3"_s, u"-s"_s, u"-1"_s, u"-B"_s, serverIp});
        QThread::msleep(500);
        const Cmd c = run(u"ip"_s,
            {u"netns"_s, u"exec"_s, clientNs, u"iperf3"_s, u"-c"_s, serverIp, u"-t"_s, u"4"_s,
                u"-J"_s},
            {}, 30000);
        srv->waitForFinished(5000);
        srv->kill();
        srv->waitForFinished(2000);
        delete srv;
        const QJsonObject o = QJsonDocument::fromJson(c.out.toUtf8()).object();
        return o[u"end"_s][u"sum_received"_s][u"bits_per_second"_s].toDouble() / 1e9;
    };
    const auto flush = [&]() {
        netns.sh(netns.node(), {u"iptables-restore"_s},
            "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n");
        netns.sh(netns.node(), {u"ipset"_s, u"destroy"_s});
    };
    const double none = measure();
    QVERIFY2(
        netns.sh(netns.node(), {u"ipset"_s, u"restore"_s}, ipsetRestoreText(rendered).toUtf8()),
        qPrintable(netns.error()));
    QVERIFY2(netns.sh(netns.node(), {u"iptables-restore"_s, u"--noflush"_s},
                 iptablesRestoreText(rendered).toUtf8()),
        qPrintable(netns.error()));
    const double ours = measure();
    flush();
    QString naive = u"*filter\n:naive - -\n-A FORWARD -j naive\n"_s;
    for (int i = 0; i < 5000; ++i)
        naive += u"-A naive -s 10.%1.%2.%3/32 -j DROP\n"_s.arg(200 + i / 65536)
                     .arg((i / 256) % 256)
                     .arg(i % 256);
    naive += u"-A naive -s %1/32 -j ACCEPT\nCOMMIT\n"_s.arg(clientIp);
    QVERIFY2(netns.sh(netns.node(), {u"iptables-restore"_s, u"--noflush"_s}, naive.toUtf8()),
        qPrintable(netns.error()));
    const double plain = measure();
    flush();
    qInfo(
        "iperf3 %s -> %s (%d policies apply): no policy %.2f Gbit/s; our rendering of %d policies "
        "(%d rules, %d ipsets on the node) %.2f Gbit/s = %.2fx; naive 5000 rules %.2f Gbit/s = "
        "%.2fx",
        qPrintable(inv.object(client).ref()), qPrintable(inv.object(server).ref()), best, none,
        int(engine.policies().size()), int(rendered.ruleCount()), int(rendered.ipsets.size()), ours,
        none > 0 ? ours / none : 0.0, plain, none > 0 ? plain / none : 0.0);
    QVERIFY(none > 0 && ours > 0);
}

// natOutgoing in the kernel: the nat table and the IPAM pool sets we render for a node whose
// pods come from a natOutgoing pool and a pool without it. UDP from each pod to an outside
// address and to another node's pod of the natOutgoing pool; the far side counts packets by
// source address (its own iptables counters): masqueraded to the node's uplink address, or
// the pod's own. The natOutgoing pod also asks for DSCP AF11: the far side counts what arrives
// with DSCP 10 too, which must be only that pod's traffic leaving the cluster.
void TestKernelConformance::natOutgoing()
{
    const QByteArray yaml = R"(
apiVersion: v1
kind: Namespace
metadata: {name: nat}
---
apiVersion: v1
kind: Pod
metadata: {name: masq, namespace: nat, annotations: {qos.projectcalico.org/dscp: AF11}}
spec: {nodeName: node-a, containers: [{name: c, image: busybox}]}
status: {podIP: 10.65.0.2}
---
apiVersion: v1
kind: Pod
metadata: {name: plain, namespace: nat}
spec: {nodeName: node-a, containers: [{name: c, image: busybox}]}
status: {podIP: 10.66.0.2}
---
apiVersion: v1
kind: Pod
metadata: {name: remote, namespace: nat}
spec: {nodeName: node-b, containers: [{name: c, image: busybox}]}
status: {podIP: 10.65.1.2}
---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata: {name: masq}
spec: {cidr: 10.65.0.0/16, natOutgoing: true}
---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata: {name: plain}
spec: {cidr: 10.66.0.0/16}
)";
    const LoadResult lr = Loader().loadText(yaml, u"nat.yaml"_s);
    QVERIFY(lr.diagnostics.isEmpty());
    const PolicyEngine engine(lr.workspace);
    const FelixRuleset rs = renderNode(engine, u"node-a"_s);
    QCOMPARE(rs.tables.size(), 3); // raw, mangle, nat
    QCOMPARE(rs.tables.last().name, u"nat"_s);

    const QString external = u"198.51.100.77"_s, remote = u"10.65.1.2"_s,
                  nodeAddress = u"10.255.254.1"_s;
    NetnsNode netns(u"m"_s);
    QVERIFY2(netns.build({external, remote}), qPrintable(netns.error()));
    const Result<EndpointRef> masqRef = engine.resolve(u"nat/masq"_s),
                              plainRef = engine.resolve(u"nat/plain"_s);
    QVERIFY(masqRef.ok() && plainRef.ok());
    const int masqPod = masqRef->object, plainPod = plainRef->object;
    QVERIFY2(netns.addPod(endpointInterfaceName(engine, masqPod, {}), u"10.65.0.2"_s),
        qPrintable(netns.error()));
    QVERIFY2(netns.addPod(endpointInterfaceName(engine, plainPod, {}), u"10.66.0.2"_s),
        qPrintable(netns.error()));
    QVERIFY2(netns.sh(netns.node(), {u"ipset"_s, u"restore"_s}, ipsetRestoreText(rs).toUtf8()),
        qPrintable(netns.error()));
    QVERIFY2(netns.sh(netns.node(), {u"iptables-restore"_s, u"--noflush"_s},
                 iptablesRestoreText(rs).toUtf8()),
        qPrintable(netns.error()));
    // The kernel holds exactly our nat table, and our mangle table with its DSCP rules.
    for (const QString &table : {u"nat"_s, u"mangle"_s}) {
        QVERIFY2(netns.sh(netns.node(), {u"iptables-save"_s, u"-t"_s, table}),
            qPrintable(netns.error()));
        QStringList kernel;
        for (const QString &l : netns.lastOut().split(u'\n')) {
            if (!l.startsWith(u'#') && !l.isEmpty()
                && !l.startsWith(u':')) // chain lists differ in counters
                kernel.append(l);
        }
        QStringList ours;
        bool inTable = false;
        for (const QString &l : iptablesSaveText(rs).split(u'\n')) {
            inTable = inTable || l == u'*' + table;
            if (inTable && !l.startsWith(u':'))
                ours.append(l);
            if (inTable && l == u"COMMIT")
                break;
        }
        QCOMPARE(kernel.join(u'\n'), ours.join(u'\n'));
    }
    QVERIFY(iptablesSaveText(rs).contains(u"-A cali-egress-dscp -s 10.65.0.2/32"_s));

    // The far side counts what arrives on each probe port from each source.
    struct Case {
        const char *what;
        QString from, to;
        int port;
        QString expectedSource;
        bool dscp; // arrives with the masq pod's DSCP value
    };
    const QList<Case> cases {
        {"natOutgoing pool to outside", u"10.65.0.2"_s, external, 7001, nodeAddress, true},
        {"natOutgoing pool to a pool address", u"10.65.0.2"_s, remote, 7002, u"10.65.0.2"_s, false},
        {"pool without natOutgoing to outside", u"10.66.0.2"_s, external, 7003, u"10.66.0.2"_s,
            false}};
    QString counters = u"*filter\n:INPUT ACCEPT [0:0]\n"_s;
    for (const Case &c : cases) {
        for (const QString &source : {nodeAddress, c.from})
            counters
                += u"-A INPUT -s %1/32 -p udp -m udp --dport %2 -m comment --comment \"%3\"\n"_s
                       .arg(source)
                       .arg(c.port)
                       .arg(u"%1 from %2"_s.arg(c.port).arg(source));
    }
    // ... and what arrives with DSCP AF11 (10), which the masq pod asks for: set on its traffic
    // leaving the cluster only (not to another pool's address), never on the plain pod's.
    for (const Case &c : cases) {
        counters += u"-A INPUT -p udp -m udp --dport %1 -m dscp --dscp 0x0a -m comment --comment "
                    "\"%1 with dscp\"\n"_s.arg(c.port);
    }
    counters += u"COMMIT\n"_s;
    QVERIFY2(netns.sh(netns.outside(), {u"iptables-restore"_s}, counters.toUtf8()),
        qPrintable(netns.error()));
    netns.listen(netns.outside(), {external, remote}, {7001, 7002, 7003});
    QVERIFY2(netns.listenersReady(), qPrintable(netns.error()));
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases[i];
        const QJsonArray probe {QJsonObject {{u"id"_s, int(i)}, {u"proto"_s, u"udp"_s},
            {u"src"_s, c.from}, {u"dst"_s, c.to}, {u"port"_s, c.port}}};
        const Cmd answer = run(u"ip"_s,
            {u"netns"_s, u"exec"_s, netns.podNamespace(c.from), python(),
                QStringLiteral(POLICY_NETPROBE), u"probe"_s, QString::number(kProbeTimeoutSeconds)},
            QJsonDocument(probe).toJson(QJsonDocument::Compact));
        // Answered: the reply found its way back (through the node's connection tracking when
        // the source was rewritten).
        QVERIFY2(QJsonDocument::fromJson(answer.out.toUtf8())
                     .object()
                     .value(QString::number(i))
                     .toBool(),
            qPrintable(u"%1: no answer (%2)"_s.arg(QString::fromLatin1(c.what), answer.err)));
    }
    QVERIFY2(netns.sh(netns.outside(), {u"iptables-save"_s, u"-c"_s, u"-t"_s, u"filter"_s}),
        qPrintable(netns.error()));
    const QString saved = netns.lastOut();
    const auto packetsTagged = [&](const QString &tag) -> qint64 {
        for (const QString &l : saved.split(u'\n')) {
            if (l.contains(tag) && l.startsWith(u'['))
                return l.mid(1, l.indexOf(u':') - 1).toLongLong();
        }
        return -1;
    };
    const auto packetsFrom = [&](int port, const QString &source) {
        return packetsTagged(u"\"%1 from %2\""_s.arg(port).arg(source));
    };
    const auto packetsWithDscp
        = [&](int port) { return packetsTagged(u"\"%1 with dscp\""_s.arg(port)); };
    for (const Case &c : cases) {
        const QString other = c.expectedSource == nodeAddress ? c.from : nodeAddress;
        QVERIFY2(packetsFrom(c.port, c.expectedSource) > 0 && packetsFrom(c.port, other) == 0,
            qPrintable(u"%1: %2 packets from %3, %4 from %5\n%6"_s.arg(QString::fromLatin1(c.what))
                           .arg(packetsFrom(c.port, c.expectedSource))
                           .arg(c.expectedSource)
                           .arg(packetsFrom(c.port, other))
                           .arg(other, saved)));
        const qint64 marked = packetsWithDscp(c.port);
        QVERIFY2(c.dscp ? marked > 0 : marked == 0,
            qPrintable(u"%1: %2 packets arrived with DSCP 10\n%3"_s.arg(QString::fromLatin1(c.what))
                           .arg(marked)
                           .arg(saved)));
    }

    // nftables mode: the kernel accepts the same node's script, nat layer included (checked,
    // not loaded: the iptables rules above own the hooks).
    RenderOptions nft;
    nft.nftables = true;
    const QByteArray script = nftablesScript(renderNode(engine, u"node-a"_s, nft)).toUtf8();
    QVERIFY(script.contains("nat-cali-nat-outgoing ip saddr @cali40masq-ipam-pools"));
    QVERIFY(script.contains("mangle-cali-egress-dscp ip saddr 10.65.0.2 counter ip dscp set 10"));
    QVERIFY2(netns.sh(netns.node(), {u"nft"_s, u"-c"_s, u"-f"_s, u"-"_s}, script),
        qPrintable(netns.error()));
}

namespace {

// A node whose uplink up0 is a host endpoint, two pods, and outside addresses inside and outside
// the nets the host endpoint's policies and a net-limited failsafe port name. Calico refuses a
// rule whose nets mix IPv4 and IPv6, so each family has its own rule. host-untracked is the
// untracked (raw table) stage: it denies TCP 2222 and 8080 from one outside address, after the
// failsafe ports (2222 stays open from the net the failsafe port names); Felix ignores it on the
// all-interfaces host endpoint.
// `%1`: defaultEndpointToHostAction, `%2`: the host endpoint's interfaceName, `%3`: more
// resources (kHostEndpointPreDnat or nothing).
const char *const kHostEndpointWorkspace = R"(
apiVersion: v1
kind: Node
metadata: {name: node-a}
status:
  addresses: [{type: InternalIP, address: 10.255.254.1}, {type: InternalIP, address: "fd00:255:254::1"}]
---
apiVersion: v1
kind: Namespace
metadata: {name: app}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: app, labels: {app: web}}
spec: {nodeName: node-a, containers: [{name: c, image: nginx}]}
status: {podIP: 10.66.0.10, podIPs: [{ip: 10.66.0.10}, {ip: "fd00:66::10"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: job, namespace: app, labels: {app: job}}
spec: {nodeName: node-a, containers: [{name: c, image: busybox}]}
status: {podIP: 10.66.0.11, podIPs: [{ip: 10.66.0.11}, {ip: "fd00:66::11"}]}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node-a-up0, labels: {role: node}}
spec: {node: node-a, interfaceName: "%2", expectedIPs: [10.255.254.1, "fd00:255:254::1"]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: job-egress, namespace: app}
spec:
  selector: app == 'job'
  types: [Egress]
  egress:
    - {action: Deny, protocol: TCP, destination: {ports: [7070]}}
    - {action: Allow}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: host-in}
spec:
  order: 10
  selector: role == 'node'
  types: [Ingress]
  ingress:
    - {action: Allow, protocol: TCP, source: {nets: [198.51.100.0/24]}, destination: {ports: [8080]}}
    - {action: Allow, protocol: TCP, source: {nets: ["2001:db8:1::/64"]}, destination: {ports: [8080]}}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: host-out}
spec:
  order: 20
  selector: role == 'node'
  types: [Egress]
  egress:
    - {action: Allow, protocol: TCP, destination: {nets: [198.51.100.0/24], ports: [9090]}}
    - {action: Allow, protocol: TCP, destination: {nets: ["2001:db8:1::/64"], ports: [9090]}}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: host-forward}
spec:
  order: 30
  selector: role == 'node'
  applyOnForward: true
  types: [Ingress]
  ingress:
    - {action: Allow, protocol: TCP, destination: {ports: [80, 7171]}}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: host-forward-out}
spec:
  order: 40
  selector: role == 'node'
  applyOnForward: true
  types: [Egress]
  egress:
    - {action: Deny, protocol: TCP, destination: {nets: [203.0.113.0/24], ports: [80]}}
    - {action: Deny, protocol: TCP, destination: {nets: ["2001:db8:2::/64"], ports: [80]}}
    - {action: Allow}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: host-untracked}
spec:
  order: 1
  selector: role == 'node'
  doNotTrack: true
  applyOnForward: true
  types: [Ingress]
  ingress:
    - {action: Deny, protocol: TCP, source: {nets: [198.51.100.77/32]}, destination: {ports: [2222, 8080]}}
    - {action: Deny, protocol: TCP, source: {nets: ["2001:db8:1::77/128"]}, destination: {ports: [2222, 8080]}}
---
apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata: {name: default}
spec:
  defaultEndpointToHostAction: %1
  failsafeInboundHostPorts:
    - {protocol: TCP, port: 22}
    - {protocol: TCP, port: 2222, net: 198.51.100.0/24}
    - {protocol: TCP, port: 2222, net: "2001:db8:1::/64"}
  failsafeOutboundHostPorts:
    - {protocol: TCP, port: 6443, net: 198.51.100.0/24}
    - {protocol: TCP, port: 6443, net: "2001:db8:1::/64"}
%3)";

// A pre-DNAT policy of the host endpoint (mangle PREROUTING; the "mangle-" layer in nft mode).
const char *const kHostEndpointPreDnat = R"(---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: host-prednat}
spec:
  order: 5
  selector: role == 'node'
  preDNAT: true
  applyOnForward: true
  types: [Ingress]
  ingress:
    - {action: Deny, protocol: TCP, destination: {ports: [7171]}}
)";

// The side of a packet at `address` (an endpoint's own address, or one outside the inventory),
// for PairVerdicts.
PacketPeer peerAt(const PolicyEngine &engine, const QString &address)
{
    const Result<EndpointRef> ref = engine.resolve(address);
    const std::optional<IpAddress> ip = IpAddress::parse(address);
    if (!ref.ok() || !ip)
        return {};
    if (!ref->isEndpoint())
        return outsidePeer(engine.inventory(), *ip);
    PacketPeer peer = endpointPeer(engine.inventory(), ref->object);
    peer.address = ip;
    peer.members = engine.inventory().objectsAt(*ip);
    return peer;
}

} // namespace

void TestKernelConformance::hostEndpoints_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("interfaceName");
    for (const int family : {4, 6}) {
        for (const Mode mode : {Mode::Iptables, Mode::Nft}) {
            const QString dataplane
                = mode == Mode::Nft ? u"nft"_s : (family == 6 ? u"ip6tables"_s : u"iptables"_s);
            for (const QString &action : {u"Drop"_s, u"Accept"_s, u"Return"_s}) {
                QTest::newRow(qPrintable(u"IPv%1 %2 %3"_s.arg(family).arg(dataplane, action)))
                    << family << int(mode) << action << u"up0"_s;
            }
            // The host endpoint of all the node's interfaces.
            QTest::newRow(
                qPrintable(u"IPv%1 %2 Return, interfaceName *"_s.arg(family).arg(dataplane)))
                << family << int(mode) << u"Return"_s << u"*"_s;
        }
    }
}

// Host-endpoint traffic in the kernel, IPv4 and IPv6: to the host (host endpoint ingress policy,
// failsafe ports, one limited to a net), from the host (egress policy, a failsafe port limited
// to a net), forwarded through it
// into a pod (applyOnForward policy), and a pod's traffic to its own host under each
// defaultEndpointToHostAction (after the pod's egress policy). Our rendering of the node is
// loaded (ipset + iptables-restore / ip6tables-restore, or nft -f), real TCP connections are
// made, and each outcome is compared with the engine's trace verdict and, for flows that are not
// forwarded, the matrix's (PairVerdicts).
void TestKernelConformance::hostEndpoints()
{
    QFETCH(int, family);
    QFETCH(int, mode);
    QFETCH(QString, action);
    QFETCH(QString, interfaceName);
    const LoadResult lr
        = Loader().loadText(QString::fromUtf8(kHostEndpointWorkspace)
                                .arg(action, interfaceName, QString::fromUtf8(kHostEndpointPreDnat))
                                .toUtf8(),
            u"hep.yaml"_s);
    QVERIFY2(!hasErrors(lr.diagnostics),
        qPrintable(lr.diagnostics.isEmpty() ? QString() : lr.diagnostics.first().message));
    const PolicyEngine engine(lr.workspace);
    // Every policy is analysed: one Calico would refuse would be missing from the trace and the
    // rendering alike, and the two would agree without testing it.
    QVERIFY2(engine.leftOut().isEmpty(),
        qPrintable(engine.leftOut().isEmpty() ? QString()
                                              : engine.leftOut().first().name + u": "_s
                    + engine.leftOut().first().reason.message));
    RenderOptions options;
    options.nftables = Mode(mode) == Mode::Nft;
    options.ipVersion = family;
    const FelixRuleset rs = renderNode(engine, u"node-a"_s, options);
    const bool allInterfaces = interfaceName == u"*"_s;
    // Felix ignores doNotTrack policy on an all-interfaces host endpoint, with a warning.
    QCOMPARE(rs.warnings.filter(u"host-untracked"_s).size(), allInterfaces ? 1 : 0);

    const bool v6 = family == 6;
    const QString node = v6 ? u"fd00:255:254::1"_s : u"10.255.254.1"_s;
    const QString inNet = v6 ? u"2001:db8:1::77"_s : u"198.51.100.77"_s;
    const QString offNet = v6 ? u"2001:db8:2::77"_s : u"203.0.113.77"_s;
    const QString web = v6 ? u"fd00:66::10"_s : u"10.66.0.10"_s;
    const QString job = v6 ? u"fd00:66::11"_s : u"10.66.0.11"_s;

    NetnsNode netns(u"h"_s);
    QVERIFY2(
        netns.build(v6 ? QStringList() : QStringList {inNet, offNet}), qPrintable(netns.error()));
    if (v6)
        QVERIFY2(netns.buildIpv6Uplink({inNet, offNet}), qPrintable(netns.error()));
    for (const QString &ref : {u"app/web"_s, u"app/job"_s}) {
        const Result<EndpointRef> pod = engine.resolve(ref);
        QVERIFY(pod.ok());
        const InventoryObject &o = engine.inventory().object(pod->object);
        QString ip4, ip6;
        for (const IpAddress &a : o.addresses)
            (a.family() == 4 ? ip4 : ip6) = a.toString();
        QVERIFY2(netns.addPod(endpointInterfaceName(engine, pod->object, options), ip4,
                     v6 ? ip6 : QString()),
            qPrintable(netns.error()));
    }

    if (Mode(mode) == Mode::Iptables) {
        QVERIFY2(netns.sh(netns.node(), {u"ipset"_s, u"restore"_s}, ipsetRestoreText(rs).toUtf8()),
            qPrintable(netns.error()));
        QVERIFY2(netns.sh(netns.node(),
                     {v6 ? u"ip6tables-restore"_s : u"iptables-restore"_s, u"--noflush"_s},
                     iptablesRestoreText(rs).toUtf8()),
            qPrintable(netns.error()));
    } else {
        QVERIFY2(netns.sh(netns.node(), {u"nft"_s, u"-f"_s, u"-"_s}, nftablesScript(rs).toUtf8()),
            qPrintable(netns.error()));
    }

    const QList<int> ports {22, 80, 2222, 6443, 7070, 7171, 8080, 9090, 9999};
    netns.listen(netns.node(), {node}, ports);
    netns.listen(netns.outside(), {inNet, offNet}, ports);
    netns.listen(netns.podNamespace(web), {web}, ports);
    netns.listen(netns.podNamespace(job), {job}, ports);
    QVERIFY2(netns.listenersReady(), qPrintable(netns.error()));

    struct HostFlow {
        QString what, from, to, via, sourceNs;
        int port = 0;
    };
    QList<HostFlow> flows;
    const QString hep = u"hep:node-a-up0"_s;
    for (const QString &from : {inNet, offNet}) {
        for (int port : {22, 2222, 7171, 8080, 9999})
            flows.append({u"to the host"_s, from, node, {}, netns.outside(), port});
        for (int port : {80, 7171, 8080, 9999}) {
            for (const QString &pod : {web, job})
                flows.append({u"forwarded"_s, from, pod, hep, netns.outside(), port});
        }
    }
    // From the host, leaving by the host endpoint: its egress policy, then (no earlier
    // policy deciding) the applyOnForward one, which applies to the host's own traffic too.
    for (const QString &to : {inNet, offNet}) {
        for (int port : {80, 6443, 9090, 9999})
            flows.append({u"from the host"_s, node, to, {}, netns.node(), port});
    }
    // Out to the net the host endpoint's applyOnForward egress policy allows: the pod's egress
    // policy decides.
    for (const QString &pod : {web, job}) {
        for (int port : {80, 7070})
            flows.append({u"forwarded out"_s, pod, inNet, {}, netns.podNamespace(pod), port});
    }
    // Leaving the node by the host endpoint (via names the interface a pod's packet leaves
    // by): its applyOnForward egress policy (cali-thfw-any-interface-at-all with "*") denies TCP 80
    // to the other net and allows the rest; port 7171 meets the pre-DNAT policy, in Felix only when
    // the host endpoint is the all-interfaces one (the pods' packets arrive on their own
    // interfaces).
    for (const QString &pod : {web, job}) {
        for (int port : {80, 7070, 9999})
            flows.append({u"leaving by the host endpoint"_s, pod, offNet, hep,
                netns.podNamespace(pod), port});
        flows.append(
            {u"leaving by the host endpoint"_s, pod, inNet, hep, netns.podNamespace(pod), 7171});
    }
    for (const QString &pod : {web, job}) {
        for (int port : {7070, 8080, 9999})
            flows.append({u"pod to own host"_s, pod, node, {}, netns.podNamespace(pod), port});
    }
    // Pod to pod on the node: with the all-interfaces host endpoint, its pre-DNAT, forward
    // ingress and forward egress policies too.
    for (int port : {80, 7171}) {
        flows.append({u"pod to pod"_s, web, job, {}, netns.podNamespace(web), port});
        flows.append({u"pod to pod"_s, job, web, {}, netns.podNamespace(job), port});
    }
    // A pod to its own address: the packet stays in the pod's namespace (its loopback), so
    // neither the job pod's egress deny of 7070 nor the pre-DNAT deny of 7171 sees it.
    for (const QString &pod : {web, job}) {
        for (int port : {80, 7070, 7171})
            flows.append({u"pod to itself"_s, pod, pod, {}, netns.podNamespace(pod), port});
    }

    QHash<QString, QJsonArray> bySource;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const HostFlow &f = flows[i];
        bySource[f.sourceNs].append(QJsonObject {{u"id"_s, int(i)}, {u"proto"_s, u"tcp"_s},
            {u"src"_s, f.from}, {u"dst"_s, f.to}, {u"port"_s, f.port}});
    }
    QHash<int, bool> answered;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        const Cmd c = run(u"ip"_s,
            {u"netns"_s, u"exec"_s, it.key(), python(), QStringLiteral(POLICY_NETPROBE), u"probe"_s,
                QString::number(kProbeTimeoutSeconds)},
            QJsonDocument(*it).toJson(QJsonDocument::Compact), 30000);
        const QJsonObject o = QJsonDocument::fromJson(c.out.toUtf8()).object();
        QVERIFY2(o.size() == it->size(), qPrintable(c.err));
        for (auto r = o.begin(); r != o.end(); ++r)
            answered.insert(r.key().toInt(), r.value().toBool());
    }

    int traceAgreed = 0, matrixFlows = 0, matrixAgreed = 0, allowed = 0, untrackedDenied = 0;
    int toItself = 0, toItselfAllowed = 0;
    QStringList failures;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const HostFlow &hf = flows[i];
        if (hf.from == hf.to) {
            ++toItself;
            toItselfAllowed += answered.value(int(i)) ? 1 : 0;
        }
        Flow f;
        f.from = hf.from;
        f.to = hf.to;
        f.via = hf.via;
        f.port = hf.port;
        const FlowTrace t = engine.trace(f);
        QVERIFY2(t.ok(), qPrintable(t.error));
        const bool kernel = answered.value(int(i));
        allowed += kernel ? 1 : 0;
        const bool traced = t.verdict == Verdict::Allow;
        traceAgreed += traced == kernel ? 1 : 0;
        for (const DirectionTrace *dt : {&t.forward, &t.ingress}) {
            if (!traced && !kernel && !dt->steps.isEmpty() && dt->verdict == Verdict::Deny
                && dt->steps.last().stage == u"untracked"_s)
                ++untrackedDenied;
        }
        QString line = u"%1: %2 -> %3 TCP %4: kernel %5, trace %6"_s.arg(hf.what, hf.from, hf.to)
                           .arg(hf.port)
                           .arg(kernel ? u"allowed"_s : u"dropped"_s, verdictName(t.verdict));
        bool wrong = traced != kernel;
        if (hf.via.isEmpty()) {
            const PairVerdicts matrix(engine, {peerAt(engine, hf.from), peerAt(engine, hf.to)},
                MatrixProbe {6, hf.port, std::nullopt});
            const bool fromMatrix = matrix.allowed(0, 1);
            ++matrixFlows;
            matrixAgreed += fromMatrix == kernel ? 1 : 0;
            wrong = wrong || fromMatrix != kernel;
            line += u", matrix %1"_s.arg(fromMatrix ? u"allow"_s : u"deny"_s);
        }
        // With an all-interfaces host endpoint Felix sends every forwarded packet, a pod's too,
        // through its applyOnForward policy (cali-fhfw- / cali-thfw-any-interface-at-all); the
        // engine does the same.
        if (wrong)
            failures.append(line);
    }
    // The untracked stage decided flows in the kernel and the trace alike, except on the
    // all-interfaces host endpoint, where it does not exist.
    if (allInterfaces)
        QCOMPARE(untrackedDenied, 0);
    else
        QVERIFY(untrackedDenied > 0);
    // The kernel delivered every packet of a pod to itself (policy would have dropped some).
    QCOMPARE(toItselfAllowed, toItself);
    m_hostToItself += toItself;
    m_hostUntrackedDenied += untrackedDenied;
    m_hostFlows += int(flows.size());
    m_hostTraceAgreed += traceAgreed;
    m_hostMatrixFlows += matrixFlows;
    m_hostMatrixAgreed += matrixAgreed;
    qInfo("host endpoints (interfaceName %s) IPv%d %s, defaultEndpointToHostAction %s: %d "
          "flows, trace agreed on %d, matrix on %d of %d; %d allowed by the kernel, %d denied "
          "by the untracked stage",
        qPrintable(interfaceName), family, Mode(mode) == Mode::Nft ? "nft" : "iptables",
        qPrintable(action), int(flows.size()), traceAgreed, matrixAgreed, matrixFlows, allowed,
        untrackedDenied);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(allowed > 0 && allowed < flows.size());
}

// podToOwnHostPreDnat(): a second pre-DNAT policy of the all-interfaces host endpoint. TCP 22 is
// a failsafe port for every source (the failsafe rule comes first), TCP 2222 only for a net the
// pods are not in; the allow of 7070 does not skip the job pod's egress deny of it.
const char *const kOwnHostPreDnat = R"(---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: own-host-prednat}
spec:
  order: 6
  selector: role == 'node'
  preDNAT: true
  applyOnForward: true
  types: [Ingress]
  ingress:
    - {action: Deny, protocol: TCP, destination: {ports: [22, 2222]}}
    - {action: Allow, protocol: TCP, destination: {ports: [7070]}}
)";

void TestKernelConformance::podToOwnHostPreDnat_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("action");
    for (const int family : {4, 6}) {
        for (const Mode mode : {Mode::Iptables, Mode::Nft}) {
            const QString dataplane
                = mode == Mode::Nft ? u"nft"_s : (family == 6 ? u"ip6tables"_s : u"iptables"_s);
            for (const QString &action : {u"Accept"_s, u"Return"_s}) {
                QTest::newRow(qPrintable(u"IPv%1 %2 %3"_s.arg(family).arg(dataplane, action)))
                    << family << int(mode) << action;
            }
        }
    }
}

// A pod's traffic to its own host with an all-interfaces host endpoint (interfaceName "*") whose
// pre-DNAT policies deny some ports: Felix's mangle PREROUTING sends the pods' packets through
// them (failsafe inbound ports first), then filter INPUT runs the pod's egress policy and
// defaultEndpointToHostAction. Our rendering of the node is loaded, real TCP connections are
// made from the pods to the node's address, and each outcome is compared with the engine's
// trace verdict and the matrix's (PairVerdicts).
void TestKernelConformance::podToOwnHostPreDnat()
{
    QFETCH(int, family);
    QFETCH(int, mode);
    QFETCH(QString, action);
    const LoadResult lr = Loader().loadText(
        QString::fromUtf8(kHostEndpointWorkspace)
            .arg(action, u"*"_s,
                QString::fromUtf8(kHostEndpointPreDnat) + QString::fromUtf8(kOwnHostPreDnat))
            .toUtf8(),
        u"ownhost.yaml"_s);
    QVERIFY2(!hasErrors(lr.diagnostics),
        qPrintable(lr.diagnostics.isEmpty() ? QString() : lr.diagnostics.first().message));
    const PolicyEngine engine(lr.workspace);
    RenderOptions options;
    options.nftables = Mode(mode) == Mode::Nft;
    options.ipVersion = family;
    const FelixRuleset rs = renderNode(engine, u"node-a"_s, options);

    const bool v6 = family == 6;
    const QString node = v6 ? u"fd00:255:254::1"_s : u"10.255.254.1"_s;
    const QString inNet = v6 ? u"2001:db8:1::77"_s : u"198.51.100.77"_s;
    const QString web = v6 ? u"fd00:66::10"_s : u"10.66.0.10"_s;
    const QString job = v6 ? u"fd00:66::11"_s : u"10.66.0.11"_s;

    NetnsNode netns(u"o"_s);
    QVERIFY2(netns.build(v6 ? QStringList() : QStringList {inNet}), qPrintable(netns.error()));
    if (v6)
        QVERIFY2(netns.buildIpv6Uplink({inNet}), qPrintable(netns.error()));
    for (const QString &ref : {u"app/web"_s, u"app/job"_s}) {
        const Result<EndpointRef> pod = engine.resolve(ref);
        QVERIFY(pod.ok());
        const InventoryObject &o = engine.inventory().object(pod->object);
        QString ip4, ip6;
        for (const IpAddress &a : o.addresses)
            (a.family() == 4 ? ip4 : ip6) = a.toString();
        QVERIFY2(netns.addPod(endpointInterfaceName(engine, pod->object, options), ip4,
                     v6 ? ip6 : QString()),
            qPrintable(netns.error()));
    }
    if (Mode(mode) == Mode::Iptables) {
        QVERIFY2(netns.sh(netns.node(), {u"ipset"_s, u"restore"_s}, ipsetRestoreText(rs).toUtf8()),
            qPrintable(netns.error()));
        QVERIFY2(netns.sh(netns.node(),
                     {v6 ? u"ip6tables-restore"_s : u"iptables-restore"_s, u"--noflush"_s},
                     iptablesRestoreText(rs).toUtf8()),
            qPrintable(netns.error()));
    } else {
        QVERIFY2(netns.sh(netns.node(), {u"nft"_s, u"-f"_s, u"-"_s}, nftablesScript(rs).toUtf8()),
            qPrintable(netns.error()));
    }

    const QList<int> ports {22, 2222, 7070, 7171, 8080, 9999};
    netns.listen(netns.node(), {node}, ports);
    QVERIFY2(netns.listenersReady(), qPrintable(netns.error()));

    QList<QPair<QString, int>> flows; // (pod address, port), each to the node's address
    QHash<QString, QJsonArray> bySource;
    for (const QString &pod : {web, job}) {
        for (const int port : ports) {
            bySource[netns.podNamespace(pod)].append(QJsonObject {{u"id"_s, int(flows.size())},
                {u"proto"_s, u"tcp"_s}, {u"src"_s, pod}, {u"dst"_s, node}, {u"port"_s, port}});
            flows.append({pod, port});
        }
    }
    QHash<int, bool> answered;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        const Cmd c = run(u"ip"_s,
            {u"netns"_s, u"exec"_s, it.key(), python(), QStringLiteral(POLICY_NETPROBE), u"probe"_s,
                QString::number(kProbeTimeoutSeconds)},
            QJsonDocument(*it).toJson(QJsonDocument::Compact), 30000);
        const QJsonObject o = QJsonDocument::fromJson(c.out.toUtf8()).object();
        QVERIFY2(o.size() == it->size(), qPrintable(c.err));
        for (auto r = o.begin(); r != o.end(); ++r)
            answered.insert(r.key().toInt(), r.value().toBool());
    }

    int traceAgreed = 0, matrixAgreed = 0, allowed = 0, preDnatDropped = 0;
    QStringList failures;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        Flow f;
        f.from = flows[i].first;
        f.to = node;
        f.port = flows[i].second;
        const FlowTrace t = engine.trace(f);
        QVERIFY2(t.ok(), qPrintable(t.error));
        const bool kernel = answered.value(int(i));
        allowed += kernel ? 1 : 0;
        const bool traced = t.verdict == Verdict::Allow;
        traceAgreed += traced == kernel ? 1 : 0;
        const PairVerdicts matrix(engine, {peerAt(engine, f.from), peerAt(engine, node)},
            MatrixProbe {6, f.port, std::nullopt});
        const bool fromMatrix = matrix.allowed(0, 1);
        matrixAgreed += fromMatrix == kernel ? 1 : 0;
        const bool byPreDnat = !t.ingress.steps.isEmpty()
            && t.ingress.steps.last().stage == u"preDNAT"_s
            && t.ingress.steps.last().action == u"deny"_s;
        preDnatDropped += byPreDnat && !kernel ? 1 : 0;
        if (traced != kernel || fromMatrix != kernel) {
            failures.append(u"%1 -> %2 TCP %3: kernel %4, trace %5, matrix %6"_s.arg(f.from, node)
                                .arg(flows[i].second)
                                .arg(kernel ? u"allowed"_s : u"dropped"_s, verdictName(t.verdict),
                                    fromMatrix ? u"allow"_s : u"deny"_s));
        }
    }
    m_ownHostFlows += int(flows.size());
    m_ownHostTraceAgreed += traceAgreed;
    m_ownHostMatrixAgreed += matrixAgreed;
    qInfo("pod to own host, pre-DNAT of interfaceName * (IPv%d %s, defaultEndpointToHostAction "
          "%s): %d flows, trace agreed on %d, matrix on %d; %d allowed by the kernel, %d dropped "
          "by the pre-DNAT policy",
        family, Mode(mode) == Mode::Nft ? "nft" : "iptables", qPrintable(action), int(flows.size()),
        traceAgreed, matrixAgreed, allowed, preDnatDropped);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    // Each kind of outcome happened: allowed, dropped by pre-DNAT (7171 and 2222, both pods),
    // and dropped by the job pod's egress policy after a pre-DNAT allow (7070).
    QCOMPARE(preDnatDropped, 4);
    QVERIFY(allowed > 0 && allowed + preDnatDropped < flows.size());
}

void TestKernelConformance::ownHostFixture_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("iptables") << int(Mode::Iptables);
    QTest::newRow("nft") << int(Mode::Nft);
}

// The own-host-prednat scenario in the kernel: node n1 (its address 192.168.0.10 on the node's
// lo, its all-interfaces host endpoint's pre-DNAT, normal and forward policy) with pods app/a
// and app/b; app/c, on node n2, sends from the outside namespace (the fabric). The scenario's
// flows, and every pair of a, b and the node's address (a pod to itself, to the other pod, to
// its own host) on the ports the policies tell apart, each compared with the trace, PairVerdicts,
// the Pod matrix and the Pod graph.
void TestKernelConformance::ownHostFixture()
{
    QFETCH(int, mode);
    const QString scenario = test::fixturePath(u"eval/own-host-prednat");
    const LoadResult lr = Loader().loadPaths({scenario + u"/workspace"_s});
    QVERIFY2(!hasErrors(lr.diagnostics),
        qPrintable(lr.diagnostics.isEmpty() ? QString() : lr.diagnostics.first().message));
    const PolicyEngine engine(lr.workspace);
    QVERIFY(engine.leftOut().isEmpty());
    RenderOptions options;
    options.nftables = Mode(mode) == Mode::Nft;
    options.ipVersion = 4;
    // No FelixConfiguration sets defaultEndpointToHostAction: calico-node runs with ACCEPT in its
    // environment, as Calico's installers start it (what the analyses take).
    options.defaultEndpointToHostAction = u"ACCEPT"_s;
    const FelixRuleset rs = renderNode(engine, u"n1"_s, options);

    const QString host = u"192.168.0.10"_s;
    const QString remote = u"10.2.0.1"_s; // app/c on n2
    NetnsNode netns(u"f"_s);
    QVERIFY2(netns.build({remote}), qPrintable(netns.error()));
    QVERIFY2(
        netns.ip({u"-n"_s, netns.node(), u"addr"_s, u"add"_s, host + u"/32"_s, u"dev"_s, u"lo"_s}),
        qPrintable(netns.error()));
    QVERIFY2(netns.ip({u"-n"_s, netns.outside(), u"route"_s, u"add"_s, host + u"/32"_s, u"via"_s,
                 u"10.255.254.1"_s}),
        qPrintable(netns.error()));
    QHash<QString, QString> addressOf; // pod REF -> address
    for (const QString &ref : {u"app/a"_s, u"app/b"_s, u"app/c"_s}) {
        const Result<EndpointRef> pod = engine.resolve(ref);
        QVERIFY(pod.ok());
        const QString ip = engine.inventory().object(pod->object).addresses.first().toString();
        addressOf.insert(ref, ip);
        if (ref != u"app/c"_s) {
            QVERIFY2(netns.addPod(endpointInterfaceName(engine, pod->object, options), ip),
                qPrintable(netns.error()));
        }
    }
    if (Mode(mode) == Mode::Iptables) {
        QVERIFY2(netns.sh(netns.node(), {u"ipset"_s, u"restore"_s}, ipsetRestoreText(rs).toUtf8()),
            qPrintable(netns.error()));
        QVERIFY2(netns.sh(netns.node(), {u"iptables-restore"_s, u"--noflush"_s},
                     iptablesRestoreText(rs).toUtf8()),
            qPrintable(netns.error()));
    } else {
        QVERIFY2(netns.sh(netns.node(), {u"nft"_s, u"-f"_s, u"-"_s}, nftablesScript(rs).toUtf8()),
            qPrintable(netns.error()));
    }

    struct FixtureFlow {
        QString from, to; // REFs or addresses, as a flow names them
        int port = 0;
    };
    QList<FixtureFlow> flows;
    const QJsonArray listed
        = QJsonDocument::fromJson(test::readFile(scenario + u"/flows.json"_s)).array();
    QVERIFY(!listed.isEmpty());
    for (const auto &v : listed) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(u"protocol"_s).toString(), u"TCP"_s);
        flows.append({o.value(u"from"_s).toString(), o.value(u"to"_s).toString(),
            o.value(u"port"_s).toInt()});
    }
    const QList<int> ports {22, 7171, 8443, 9999};
    for (const QString &from : {u"app/a"_s, u"app/b"_s}) {
        for (const QString &to : {u"app/a"_s, u"app/b"_s, host}) {
            for (const int port : ports)
                flows.append({from, to, port});
        }
    }
    const auto addressFor = [&](const QString &ref) {
        if (ref.startsWith(u"hep:"_s))
            return host; // n1-all's expected IP
        return addressOf.value(ref, ref);
    };
    netns.listen(netns.node(), {host}, ports);
    for (const QString &pod : {u"app/a"_s, u"app/b"_s})
        netns.listen(netns.podNamespace(addressOf[pod]), {addressOf[pod]}, ports);
    QVERIFY2(netns.listenersReady(), qPrintable(netns.error()));

    QHash<QString, QJsonArray> bySource;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const QString src = addressFor(flows[i].from);
        const QString ns = src == remote ? netns.outside() : netns.podNamespace(src);
        QVERIFY2(!ns.isEmpty(), qPrintable(flows[i].from));
        bySource[ns].append(QJsonObject {{u"id"_s, int(i)}, {u"proto"_s, u"tcp"_s}, {u"src"_s, src},
            {u"dst"_s, addressFor(flows[i].to)}, {u"port"_s, flows[i].port}});
    }
    QHash<int, bool> answered;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        const Cmd c = run(u"ip"_s,
            {u"netns"_s, u"exec"_s, it.key(), python(), QStringLiteral(POLICY_NETPROBE), u"probe"_s,
                QString::number(kProbeTimeoutSeconds)},
            QJsonDocument(*it).toJson(QJsonDocument::Compact), 30000);
        const QJsonObject o = QJsonDocument::fromJson(c.out.toUtf8()).object();
        QVERIFY2(o.size() == it->size(), qPrintable(c.err));
        for (auto r = o.begin(); r != o.end(); ++r)
            answered.insert(r.key().toInt(), r.value().toBool());
    }

    // The Pod matrix and graph, once per port; pods are their own groups, and the node's
    // address is an outside node of the graph (its host endpoint a group of both).
    QHash<int, ConnectivityMatrix> matrices;
    for (const int port : ports)
        matrices.insert(port, computeMatrix(engine, MatrixGrouping::Pod, u"TCP"_s, port));
    const FlowGraph graph = computeFlowGraph(engine, {MatrixGrouping::Pod, false, 6, std::nullopt});
    // A flow's side as the Pod matrix names its group: a pod's address is the pod, the node's
    // address its host endpoint.
    const auto groupOf = [&](const ConnectivityMatrix &m, const QString &side) {
        QString name = side == host || side.startsWith(u"hep:"_s) ? u"hep:n1-all"_s : side;
        for (auto it = addressOf.cbegin(); it != addressOf.cend(); ++it) {
            if (it.value() == side)
                name = it.key();
        }
        for (qsizetype g = 0; g < m.groups.size(); ++g) {
            if (m.groups[g].name == name)
                return int(g);
        }
        return -1;
    };

    int agreed[4] = {0, 0, 0, 0}; // trace, PairVerdicts, matrix, graph
    int allowed = 0, toItself = 0, podToPod = 0;
    QStringList failures;
    for (qsizetype i = 0; i < flows.size(); ++i) {
        const FixtureFlow &ff = flows[i];
        Flow f;
        f.from = ff.from;
        f.to = ff.to;
        f.protocol = u"TCP"_s;
        f.port = ff.port;
        const FlowTrace t = engine.trace(f);
        QVERIFY2(t.ok(), qPrintable(t.error));
        const bool kernel = answered.value(int(i));
        allowed += kernel ? 1 : 0;
        const bool itself = addressFor(ff.from) == addressFor(ff.to);
        toItself += itself ? 1 : 0;
        podToPod += !itself && addressFor(ff.to) != host && addressFor(ff.from) != remote ? 1 : 0;
        bool says[4];
        says[0] = t.verdict == Verdict::Allow;
        const PairVerdicts pair(engine,
            {peerAt(engine, addressFor(ff.from)), peerAt(engine, addressFor(ff.to))},
            MatrixProbe {6, ff.port, std::nullopt});
        says[1] = pair.allowed(0, 1);
        // A pod group's cell and edge hold one pair only for a pod to a pod (or to the host
        // endpoint, the node's address): each flow is its own cell.
        const ConnectivityMatrix &m = matrices[ff.port];
        const int gi = groupOf(m, ff.from);
        const int gj = groupOf(m, ff.to);
        QVERIFY2(gi >= 0 && gj >= 0, qPrintable(ff.from + u" -> "_s + ff.to));
        QCOMPARE(m.cells[gi][gj].pairs, 1);
        says[2] = m.cells[gi][gj].allowedPairs == 1;
        // The graph draws pairs of distinct endpoints: a pod to itself is no edge, so the graph
        // is asked only about the other flows.
        const GraphEdge *edge = graph.edge(gi, gj);
        says[3] = edge && edge->connections.holds(6, ff.port);
        QString line = u"%1 -> %2 TCP %3: kernel %4"_s.arg(ff.from, ff.to)
                           .arg(ff.port)
                           .arg(kernel ? u"allowed"_s : u"dropped"_s);
        bool wrong = false;
        const char *const names[4] = {"trace", "pair", "matrix", "graph"};
        for (int k = 0; k < 4; ++k) {
            if (k == 3 && itself) {
                QVERIFY2(!edge, qPrintable(line + u": a pod's edge to itself"_s));
                continue;
            }
            agreed[k] += says[k] == kernel ? 1 : 0;
            wrong = wrong || says[k] != kernel;
            line += u", %1 %2"_s.arg(QLatin1StringView(names[k]), says[k] ? u"allow"_s : u"deny"_s);
        }
        if (wrong)
            failures.append(line);
    }
    m_fixtureFlows += int(flows.size());
    for (int k = 0; k < 4; ++k)
        m_fixtureAgreed[k] += agreed[k];
    qInfo("own-host-prednat scenario in the kernel (%s): %d flows (%d of a pod to itself, %d pod "
          "to pod on n1), %d allowed by the kernel; agreed: trace %d, PairVerdicts %d, matrix %d, "
          "graph %d (a pod to itself aside)",
        Mode(mode) == Mode::Nft ? "nft" : "iptables", int(flows.size()), toItself, podToPod,
        allowed, agreed[0], agreed[1], agreed[2], agreed[3]);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    // Both outcomes happened, among the pairs of pods too (the pre-DNAT deny of 7171 between a
    // and b; a pod to itself allowed on every port).
    QVERIFY(allowed > 0 && allowed < flows.size());
    QCOMPARE(toItself, 2 * int(ports.size()) + 2); // and the scenario's two
}

void TestKernelConformance::cleanupTestCase()
{
    if (m_fixtureFlows > 0)
        qInfo("own-host-prednat scenario, all rows: %d flows checked in the kernel; agreed: "
              "trace %d, PairVerdicts %d, matrix %d, graph %d (a pod to itself aside)",
            m_fixtureFlows, m_fixtureAgreed[0], m_fixtureAgreed[1], m_fixtureAgreed[2],
            m_fixtureAgreed[3]);
    if (m_ownHostFlows > 0)
        qInfo("pods to their own host through the pre-DNAT policy of interfaceName *, all rows: "
              "%d flows checked in the kernel, trace agreed on %d, matrix on %d",
            m_ownHostFlows, m_ownHostTraceAgreed, m_ownHostMatrixAgreed);
    if (m_hostFlows > 0)
        qInfo("host endpoints and pods to their own host, all rows: %d flows checked in the "
              "kernel, trace agreed on %d; matrix agreed on %d of %d; %d denied by the "
              "untracked stage; %d of a pod to itself",
            m_hostFlows, m_hostTraceAgreed, m_hostMatrixAgreed, m_hostMatrixFlows,
            m_hostUntrackedDenied, m_hostToItself);
}

QTEST_GUILESS_MAIN(TestKernelConformance)
#include "tst_kernelconformance.moc"
