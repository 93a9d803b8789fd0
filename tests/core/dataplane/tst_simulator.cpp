// The Simulator against the policy engine: many small random workspaces (fixed seeds) and
// flows; for every flow the packet is walked through the rendered rules of the node(s) it
// crosses and the verdict must equal the engine's (per direction where the two endpoints live
// on different nodes). Also the worked example's packet walk (docs/rendering.md: "Worked example").

#include <QRandomGenerator>
#include <QtTest>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/simulator.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

class Gen {
public:
    explicit Gen(quint32 seed) : m_rng(seed) { }

    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<class T> T pick(const QList<T> &list) { return list[below(int(list.size()))]; }

    Labels labels()
    {
        Labels l;
        if (chance(75))
            l.insert(u"app"_s, pick<QString>({u"web"_s, u"api"_s, u"db"_s}));
        if (chance(40))
            l.insert(u"tier"_s, pick<QString>({u"front"_s, u"back"_s}));
        return l;
    }

    QString selector()
    {
        return pick<QString>({QString(), u"all()"_s, u"app == 'web'"_s, u"app in {'api', 'db'}"_s,
            u"has(tier)"_s, u"app != 'db'"_s, u"!has(app)"_s, u"tier == 'front' || app == 'api'"_s,
            u"kind == 'ext'"_s});
    }

    QList<Port> ports(const std::optional<Protocol> &proto)
    {
        QList<Port> out;
        if (!proto)
            return out;
        const bool canPort = proto->supportsPorts();
        if (!canPort)
            return out;
        const int what = below(6);
        if (what == 0) {
            for (int p = 0; p < 18; ++p) // more than 15 slots: port splits
                out.append(Port::single(1000 + p * 7));
            out.append(Port::single(80));
        } else if (what == 1) {
            out.append(Port::range(8000, 8100));
            out.append(Port::single(53));
        } else if (what == 2) {
            out.append(Port::single(pick<int>({53, 80, 443, 8080})));
        } else if (what == 3 && proto->toNumber() == 6) {
            out.append(Port::named(u"http"_s));
            if (chance(50))
                out.append(Port::single(443));
        } else if (what == 4 && proto->toNumber() == 17) {
            out.append(Port::named(u"dns"_s));
        }
        return out;
    }

    QStringList nets()
    {
        QStringList out;
        const int n = pick<int>({0, 0, 0, 1, 1, 2, 3});
        for (int i = 0; i < n; ++i)
            out.append(pick<QString>({u"10.0.0.0/16"_s, u"10.0.1.0/24"_s, u"203.0.113.0/24"_s,
                u"10.0.2.5/32"_s, u"10.0.0.7"_s, u"0.0.0.0/0"_s}));
        return out;
    }

    EntityRule entity(const std::optional<Protocol> &proto, bool dest)
    {
        EntityRule e;
        if (chance(40))
            e.selector = selector();
        if (chance(15))
            e.notSelector = pick<QString>({u"app == 'db'"_s, u"has(tier)"_s});
        if (chance(20))
            e.namespaceSelector = pick<QString>({u"all()"_s, u"env == 'prod'"_s, u"global()"_s});
        if (chance(10))
            e.serviceAccounts = ServiceAccountMatch {{u"sa1"_s}, QString()};
        e.nets = nets();
        if (chance(20))
            e.notNets = QStringList {
                pick<QString>({u"10.0.1.0/24"_s, u"10.0.0.9/32"_s, u"198.51.100.0/24"_s})};
        if (chance(10))
            e.notNets.append(u"10.0.2.0/24"_s);
        if (dest || chance(20)) {
            if (chance(60))
                e.ports = ports(proto);
        }
        if (chance(10) && proto && proto->supportsPorts())
            e.notPorts = {Port::single(pick<int>({53, 80, 443}))};
        if (dest && chance(8))
            e.services = ServiceMatch {u"websvc"_s, u"ns-a"_s};
        return e;
    }

    Rule rule()
    {
        Rule r;
        r.action = pick<QString>({u"Allow"_s, u"Allow"_s, u"Deny"_s, u"Pass"_s, u"Log"_s});
        const int p = below(7);
        if (p == 1 || p == 2)
            r.protocol = Protocol::fromString(u"TCP"_s);
        else if (p == 3)
            r.protocol = Protocol::fromString(u"UDP"_s);
        else if (p == 4)
            r.protocol = Protocol::fromString(u"ICMP"_s);
        else if (p == 5)
            r.protocol = Protocol::fromNumber(6);
        if (r.protocol && r.protocol->isIcmpV4() && chance(60)) {
            IcmpFields f;
            f.type = pick<int>({0, 8});
            if (chance(40))
                f.code = 0;
            r.icmp = f;
        }
        if (!r.protocol && chance(10))
            r.notProtocol = Protocol::fromString(u"UDP"_s);
        r.source = entity(r.protocol, false);
        r.destination = entity(r.protocol, true);
        if (chance(10))
            r.annotations.insert(u"owner"_s, u"team-a"_s);
        return r;
    }

    Workspace workspace()
    {
        WorkspaceData ws;
        const QStringList namespaces {u"ns-a"_s, u"ns-b"_s, u"ns-c"_s};
        for (const QString &n : namespaces) {
            Namespace ns;
            ns.meta.name = n;
            if (chance(70))
                ns.meta.labels.insert(u"env"_s, pick<QString>({u"prod"_s, u"dev"_s}));
            ws.namespaces.append(ns);
        }
        const int pods = 3 + below(6);
        for (int i = 0; i < pods; ++i) {
            Pod p;
            p.meta.name = u"p%1"_s.arg(i);
            p.meta.namespace_ = pick(namespaces);
            p.meta.labels = labels();
            p.serviceAccountName = pick<QString>({u"sa1"_s, u"default"_s});
            p.nodeName = chance(50) ? u"node-a"_s : u"node-b"_s;
            p.podIPs = {u"10.0.%1.%2"_s.arg(i % 3).arg(i + 2)};
            if (chance(60))
                p.ports.append({u"http"_s, pick<int>({80, 8080}), u"TCP"_s});
            if (chance(30))
                p.ports.append({u"dns"_s, 53, u"UDP"_s});
            ws.pods.append(p);
        }
        for (int i = 0; i < 2; ++i) {
            NetworkSet s;
            s.global = i == 1;
            s.meta.name = u"set%1"_s.arg(i);
            if (!s.global)
                s.meta.namespace_ = pick(namespaces);
            s.meta.labels.insert(u"kind"_s, u"ext"_s);
            s.nets = {pick<QString>({u"203.0.113.0/24"_s, u"198.51.100.7"_s, u"0.0.0.0/0"_s})};
            ws.networkSets.append(s);
        }
        Service websvc;
        websvc.meta.name = u"websvc"_s;
        websvc.meta.namespace_ = u"ns-a"_s;
        websvc.selector = Labels {{u"app"_s, u"web"_s}};
        ServicePort sp;
        sp.port = 80;
        sp.targetPortNumber = 8080;
        websvc.ports.append(sp);
        ws.services.append(websvc);
        if (chance(60)) {
            Tier t;
            t.meta.name = u"security"_s;
            t.order = 100;
            t.defaultAction = chance(50) ? u"Pass"_s : u"Deny"_s;
            ws.tiers.append(t);
        }
        const int policies = 1 + below(6);
        for (int i = 0; i < policies; ++i) {
            CalicoPolicy p;
            const int kind = below(10);
            p.kind = kind < 4 ? ResourceKind::GlobalNetworkPolicy
                : kind < 9    ? ResourceKind::NetworkPolicy
                              : ResourceKind::StagedNetworkPolicy;
            p.meta.name = u"pol%1"_s.arg(i);
            if (!p.isGlobal())
                p.meta.namespace_ = pick(namespaces);
            p.tier
                = ws.tiers.isEmpty() ? u"default"_s : pick<QString>({u"default"_s, u"security"_s});
            if (chance(60))
                p.order = pick<double>({1, 10, 10, 100});
            p.selector = chance(30) ? u"app == 'db'"_s : selector(); // same selectors: groups
            for (int r = below(4); r > 0; --r)
                p.ingress.append(rule());
            for (int r = below(4); r > 0; --r)
                p.egress.append(rule());
            p.types = defaultPolicyTypes(
                chance(50) ? QStringList {u"Ingress"_s, u"Egress"_s} : QStringList {},
                !p.ingress.isEmpty(), !p.egress.isEmpty());
            p.stagedAction = u"Set"_s;
            ws.policies.append(p);
        }
        return Workspace(ws);
    }

    QList<Flow> flows(const Workspace &ws, int count)
    {
        QStringList refs;
        for (const Pod &p : ws->pods)
            refs.append(p.meta.namespace_ + u'/' + p.meta.name);
        refs += {u"203.0.113.5"_s, u"198.51.100.7"_s, u"8.8.8.8"_s, u"10.0.1.200"_s, u"10.0.0.7"_s};
        QList<Flow> out;
        for (int i = 0; i < count; ++i) {
            Flow f;
            f.from = pick(refs);
            f.to = pick(refs);
            f.protocol = pick<QString>({u"TCP"_s, u"TCP"_s, u"UDP"_s, u"ICMP"_s});
            if (f.protocol == u"ICMP") {
                f.icmpType = pick<int>({0, 8});
                f.icmpCode = 0;
            } else {
                f.port = pick<int>({53, 80, 443, 1007, 1119, 8050, 8080});
                f.sourcePort = 40000;
            }
            out.append(f);
        }
        return out;
    }

private:
    QRandomGenerator m_rng;
};

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exampleWalk();
    void exampleWalkCounts();
    void differential();
    void namedPortWithoutProtocol();
};

void TestSimulator::exampleWalk()
{
    const LoadResult lr
        = Loader().loadPaths({test::fixturePath(u"dataplane/allow-tcp-8080/input.yaml")});
    RenderOptions o;
    o.interfaceNames.insert(u"production/server"_s, u"cali12345"_s);
    const PolicyEngine engine(lr.workspace);
    const FelixRuleset r = renderNode(engine, u"node-a"_s, o);
    const Simulator sim(r);
    SimPacket p;
    p.source = *IpAddress::parse(u"10.244.1.7");
    p.destination = *IpAddress::parse(u"10.244.2.5");
    p.protocol = 6;
    p.sourcePort = 40000;
    p.destinationPort = 8080;
    p.inInterface = u"eth0"_s;
    p.outInterface = u"cali12345"_s;
    SimResult res = sim.run(p);
    QVERIFY(res.accepted);
    QCOMPARE(res.decidingChain, u"FORWARD"_s); // "Policy explicitly accepted packet."
    p.source = *IpAddress::parse(u"10.244.1.9");
    res = sim.run(p);
    QVERIFY(!res.accepted);
    QCOMPARE(res.decidingChain, u"cali-tw-cali12345"_s);
    QVERIFY(res.decidedBy.purpose.startsWith(u"end of tier"_s));
    p.conntrackState = u"ESTABLISHED"_s;
    QVERIFY(sim.run(p).accepted);
}

// The counts the connection-rate benchmark reports: the jumps taken are the matched jump and
// goto rules of the path, and the one IP set match of the example's policy is tested once
// whether it matches or not, and not at all for an established packet (accepted before any
// policy).
void TestSimulator::exampleWalkCounts()
{
    const LoadResult lr
        = Loader().loadPaths({test::fixturePath(u"dataplane/allow-tcp-8080/input.yaml")});
    RenderOptions o;
    o.interfaceNames.insert(u"production/server"_s, u"cali12345"_s);
    const FelixRuleset r = renderNode(PolicyEngine(lr.workspace), u"node-a"_s, o);
    const Simulator sim(r);
    SimPacket p;
    p.source = *IpAddress::parse(u"10.244.1.7");
    p.destination = *IpAddress::parse(u"10.244.2.5");
    p.protocol = 6;
    p.sourcePort = 40000;
    p.destinationPort = 8080;
    p.inInterface = u"eth0"_s;
    p.outInterface = u"cali12345"_s;
    for (const char *source : {"10.244.1.7", "10.244.1.9"}) {
        p.source = *IpAddress::parse(QString::fromLatin1(source));
        const SimResult res = sim.run(p);
        int jumpsOnPath = 0;
        for (const SimStep &step : res.path) {
            const FelixChain *chain = r.chain(step.chain);
            if (!chain)
                continue; // the kernel's FORWARD: its rules are hook rules
            const FelixAction::Kind k = chain->rules[step.rule].action.kind;
            jumpsOnPath += k == FelixAction::Kind::Jump || k == FelixAction::Kind::Goto;
        }
        QVERIFY(res.jumps >= 4); // cali-FORWARD, the dispatch, the endpoint, the policy
        QCOMPARE(res.jumps, jumpsOnPath + 1); // + FORWARD's jump to cali-FORWARD
        QCOMPARE(res.setLookups, 1);
        QVERIFY(res.rulesTraversed > res.jumps);
    }
    p.conntrackState = u"ESTABLISHED"_s;
    QCOMPARE(sim.run(p).setLookups, 0);
}

void TestSimulator::differential()
{
    int flowsChecked = 0, directions = 0, disagreements = 0, denied = 0;
    qint64 rulesTotal = 0;
    QStringList report;
    for (quint32 seed = 1; seed <= 300; ++seed) {
        Gen gen(seed);
        const Workspace ws = gen.workspace();
        const PolicyEngine engine(ws);
        QHash<QString, FelixRuleset> rendered;
        for (const QString &node : {u"node-a"_s, u"node-b"_s})
            rendered.insert(node, renderNode(engine, node));
        const Simulator simA(rendered[u"node-a"_s]), simB(rendered[u"node-b"_s]);
        const auto simFor = [&](const QString &node) -> const Simulator & {
            return node == u"node-a" ? simA : simB;
        };
        for (const Flow &flow : gen.flows(ws, 40)) {
            const FlowTrace t = engine.trace(flow);
            if (!t.ok())
                continue;
            const Result<Packet> pkt = engine.packet(flow);
            if (!pkt || !pkt->source.address || !pkt->destination.address)
                continue;
            const int src = pkt->source.object, dst = pkt->destination.object;
            if (src < 0 && dst < 0)
                continue;
            // A pod's packet to itself never reaches the node's chains (the engine allows it).
            if (engine.isToItself(*pkt)) {
                QCOMPARE(t.verdict, Verdict::Allow);
                continue;
            }
            ++flowsChecked;
            SimPacket sp;
            sp.source = *pkt->source.address;
            sp.destination = *pkt->destination.address;
            sp.protocol = pkt->protocol;
            sp.sourcePort = pkt->sourcePort.value_or(0);
            sp.destinationPort = pkt->destinationPort.value_or(0);
            sp.icmpType = pkt->icmpType.value_or(-1);
            sp.icmpCode = pkt->icmpCode.value_or(-1);
            const Inventory &inv = engine.inventory();
            const auto check = [&](const QString &node, const QString &in, const QString &out,
                                   Verdict expected, const char *what) {
                SimPacket p = sp;
                p.inInterface = in;
                p.outInterface = out;
                const SimResult res = simFor(node).run(p);
                rulesTotal += res.rulesTraversed;
                ++directions;
                const bool want = expected == Verdict::Allow;
                denied += want ? 0 : 1;
                if (res.accepted != want) {
                    ++disagreements;
                    if (report.size() < 10)
                        report.append(
                            u"seed %1 %2 %3 -> %4 %5/%6 (%7): engine %8, simulator %9 at %10[%11]"_s
                                .arg(seed)
                                .arg(QString::fromLatin1(what), flow.from, flow.to, flow.protocol)
                                .arg(flow.port.value_or(-1))
                                .arg(node, verdictName(expected),
                                    res.accepted ? u"allow"_s : u"deny"_s, res.decidingChain)
                                .arg(res.decidingRule));
                }
            };
            const QString srcNode = src >= 0 ? inv.object(src).node : QString();
            const QString dstNode = dst >= 0 ? inv.object(dst).node : QString();
            const QString srcIf = src >= 0 ? endpointInterfaceName(engine, src, {}) : u"eth0"_s;
            const QString dstIf = dst >= 0 ? endpointInterfaceName(engine, dst, {}) : u"eth0"_s;
            if (src >= 0 && dst >= 0 && srcNode == dstNode) {
                check(srcNode, srcIf, dstIf, t.verdict, "same-node");
                continue;
            }
            if (src >= 0)
                check(srcNode, srcIf, u"eth0"_s, t.egress.verdict, "egress");
            if (dst >= 0)
                check(dstNode, u"eth0"_s, dstIf, t.ingress.verdict, "ingress");
        }
    }
    qInfo(
        "differential: %d flows, %d node walks (%d denied), %d disagreements, %.1f rules per walk",
        flowsChecked, directions, denied, disagreements,
        directions ? double(rulesTotal) / directions : 0.0);
    QVERIFY(denied > directions / 10 && denied < directions * 9 / 10); // both verdicts exercised
    if (disagreements)
        QFAIL(qPrintable(report.join(u'\n')));
}

// Felix's rule scanner makes a named-port set for TCP when the rule has no protocol
// (rule_scanner.go: namedPortProto defaults to ProtocolTCP), so a UDP named port only matches
// in rules that say protocol UDP. The engine follows Felix (Calico wins over our spec).
void TestSimulator::namedPortWithoutProtocol()
{
    const QByteArray yaml = R"(
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: np, namespace: default}
spec:
  selector: all()
  ingress:
  - action: Allow
    destination: {ports: [dns]}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: default}
spec: {nodeName: n1, containers: [{name: c, image: x, ports: [{name: dns, containerPort: 53, protocol: UDP}]}]}
status: {podIP: 10.0.0.2, podIPs: [{ip: 10.0.0.2}]}
)";
    const PolicyEngine engine(Loader().loadText(yaml, u"np.yaml"_s).workspace);
    const FelixRuleset r = renderNode(engine, u"n1"_s);
    // The named port's tcp set (the UDP port is not in it) next to the two IPAM pool sets and
    // the DSCP rule's endpoint and this-host sets.
    QCOMPARE(r.ipsets.size(), 5);
    qsizetype namedPortSets = 0;
    for (const IpSetDefinition &set : r.ipsets) {
        if (set.name.endsWith(u"ipam-pools") || set.name.endsWith(u"dscp-src-net")
            || set.name.endsWith(u"this-host"))
            continue;
        ++namedPortSets;
        QVERIFY(set.members.isEmpty());
    }
    QCOMPARE(namedPortSets, 1);
    const Simulator sim(r);
    SimPacket p;
    p.source = *IpAddress::parse(u"10.9.9.9");
    p.destination = *IpAddress::parse(u"10.0.0.2");
    p.protocol = 17;
    p.sourcePort = 40000;
    p.destinationPort = 53;
    p.inInterface = u"eth0"_s;
    p.outInterface = endpointInterfaceName(engine, engine.resolve(u"default/a"_s)->object, {});
    QVERIFY(!sim.run(p).accepted);
    Flow f;
    f.from = u"10.9.9.9"_s;
    f.to = u"default/a"_s;
    f.protocol = u"UDP"_s;
    f.port = 53;
    QCOMPARE(engine.trace(f).verdict, Verdict::Deny);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
