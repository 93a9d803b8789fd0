// Differential test: many small random workspaces (fixed seeds) and flows, evaluated by the
// indexed PolicyEngine and by ReferenceEvaluator (brute force, straight from the spec). They
// must agree on every direction of every flow.

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "core/eval/matrix.h"
#include "core/eval/policyengine.h"
#include "core/eval/semanticdiff.h"
#include "core/io/loader.h"
#include "core/report/tracereport.h"
#include "core/validate/validator.h"
#include "tests/support/testfiles.h"
#include "referenceevaluator.h"

using namespace ps;

namespace {

class Gen {
public:
    explicit Gen(quint32 seed) : m_rng(seed) { }

    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<class T> const T &pick(const QList<T> &list) { return list[below(int(list.size()))]; }

    Labels labels()
    {
        Labels l;
        if (chance(70))
            l.insert(QStringLiteral("app"),
                pick<QString>(
                    {QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("db")}));
        if (chance(40))
            l.insert(QStringLiteral("tier"),
                pick<QString>({QStringLiteral("front"), QStringLiteral("back")}));
        if (chance(10))
            l.insert(
                QStringLiteral("pcns.env"), QStringLiteral("prod")); // must be stripped on pods
        return l;
    }

    QString selector()
    {
        return pick<QString>({QString(), QStringLiteral("all()"), QStringLiteral("app == 'web'"),
            QStringLiteral("app in {'api', 'db'}"), QStringLiteral("has(tier)"),
            QStringLiteral("app != 'db'"), QStringLiteral("!has(app)"),
            QStringLiteral("tier == 'front' || app == 'api'"),
            QStringLiteral("app starts with 'w'"), QStringLiteral("kind == 'ext'"),
            QStringLiteral("has(pcns.env)")});
    }

    QString namespaceSelector(bool rule)
    {
        QList<QString> options {QString(), QString(), QStringLiteral("all()"),
            QStringLiteral("env == 'prod'"), QStringLiteral("env != 'dev'")};
        if (rule)
            options.append(QStringLiteral("global()"));
        return pick(options);
    }

    QString saSelector()
    {
        return pick<QString>(
            {QString(), QString(), QStringLiteral("role == 'admin'"), QStringLiteral("all()")});
    }

    QList<Port> ports(bool numericAllowed)
    {
        QList<QList<Port>> options {
            {Port::named(QStringLiteral("http"))}, {Port::named(QStringLiteral("dns"))}};
        if (numericAllowed) {
            options.append({Port::single(80)});
            options.append({Port::range(80, 90)});
            options.append({Port::single(53), Port::named(QStringLiteral("dns"))});
            options.append({Port::single(443), Port::single(8080)});
        }
        return pick(options);
    }

    QStringList nets()
    {
        return {pick<QString>({QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.1.0/24"),
            QStringLiteral("203.0.113.0/24"), QStringLiteral("fd00::/64"),
            QStringLiteral("0.0.0.0/0"), QStringLiteral("10.0.2.3/32")})};
    }

    EntityRule entity(const QString &ns, bool numericPorts, bool allowService)
    {
        Q_UNUSED(ns);
        EntityRule e;
        if (chance(25))
            e.nets = nets();
        if (chance(10))
            e.notNets = nets();
        if (chance(40))
            e.selector = selector();
        if (chance(10))
            e.notSelector = selector();
        if (chance(25))
            e.namespaceSelector = namespaceSelector(true);
        if (chance(12)) {
            ServiceAccountMatch sa;
            if (chance(50))
                sa.names = QStringList {pick<QString>(
                    {QStringLiteral("sa1"), QStringLiteral("sa2"), QStringLiteral("default")})};
            sa.selector = saSelector();
            e.serviceAccounts = sa;
        }
        if (chance(30))
            e.ports = ports(numericPorts);
        if (chance(8))
            e.notPorts = ports(numericPorts);
        if (allowService && chance(10)) {
            e = EntityRule {};
            e.services = ServiceMatch {
                pick<QString>({QStringLiteral("websvc"), QStringLiteral("slicesvc")}),
                pick<QString>({QStringLiteral("ns-a"), QStringLiteral("ns-b"), QString()})};
        }
        return e;
    }

    Rule rule(const QString &ns, bool ingress)
    {
        Rule r;
        r.action = pick<QString>({QStringLiteral("Allow"), QStringLiteral("Allow"),
            QStringLiteral("Deny"), QStringLiteral("Pass"), QStringLiteral("Log")});
        const int proto = below(7);
        if (proto == 1)
            r.protocol = Protocol::fromString(QStringLiteral("TCP"));
        else if (proto == 2)
            r.protocol = Protocol::fromString(QStringLiteral("UDP"));
        else if (proto == 3)
            r.protocol = Protocol::fromString(QStringLiteral("ICMP"));
        else if (proto == 4)
            r.protocol = Protocol::fromNumber(6);
        if (chance(5))
            r.notProtocol = Protocol::fromString(QStringLiteral("UDP"));
        if (chance(5))
            r.ipVersion = pick<int>({4, 6});
        const bool numericPorts = r.protocol && r.protocol->supportsPorts();
        if (r.protocol && r.protocol->isIcmpV4() && chance(50)) {
            IcmpFields f;
            f.type = pick<int>({0, 8});
            if (chance(30))
                f.code = 0;
            r.icmp = f;
        }
        if (chance(4)) {
            IcmpFields f;
            f.type = 8;
            r.notICMP = f;
        }
        const bool portsOk = !r.protocol || numericPorts;
        r.source = entity(ns, numericPorts, ingress);
        r.destination = entity(ns, numericPorts, !ingress);
        if (!portsOk) {
            r.source.ports.clear();
            r.source.notPorts.clear();
            r.destination.ports.clear();
            r.destination.notPorts.clear();
        }
        if (chance(5)) {
            HttpMatch h;
            h.methods = {QStringLiteral("GET")};
            r.http = h;
        }
        return r;
    }

    Workspace workspace()
    {
        WorkspaceData ws;
        const QStringList namespaces {
            QStringLiteral("ns-a"), QStringLiteral("ns-b"), QStringLiteral("ns-c")};
        for (const QString &n : namespaces) {
            Namespace ns;
            ns.meta.name = n;
            if (chance(70))
                ns.meta.labels.insert(QStringLiteral("env"),
                    pick<QString>({QStringLiteral("prod"), QStringLiteral("dev")}));
            if (n != u"ns-c")
                ws.namespaces.append(ns); // ns-c exists only through its pods
            for (const QString &saName : {QStringLiteral("sa1"), QStringLiteral("sa2")}) {
                ServiceAccount sa;
                sa.meta.name = saName;
                sa.meta.namespace_ = n;
                if (chance(50))
                    sa.meta.labels.insert(QStringLiteral("role"),
                        pick<QString>({QStringLiteral("admin"), QStringLiteral("user")}));
                ws.serviceAccounts.append(sa);
            }
        }
        const int pods = 4 + below(6);
        for (int i = 0; i < pods; ++i) {
            Pod p;
            p.meta.name = QStringLiteral("p%1").arg(i);
            p.meta.namespace_ = pick(namespaces);
            p.meta.labels = labels();
            p.serviceAccountName = pick<QString>(
                {QStringLiteral("sa1"), QStringLiteral("sa2"), QStringLiteral("default")});
            p.podIPs = {QStringLiteral("10.0.%1.%2").arg(i % 3).arg(i + 2)};
            if (chance(25))
                p.podIPs.append(QStringLiteral("fd00::%1").arg(i + 2));
            if (chance(60))
                p.ports.append(
                    {QStringLiteral("http"), pick<int>({80, 8080}), QStringLiteral("TCP")});
            if (chance(30))
                p.ports.append({QStringLiteral("dns"), 53, QStringLiteral("UDP")});
            p.hostNetwork = chance(5);
            ws.pods.append(p);
        }
        WorkloadTemplate w;
        w.kind = ResourceKind::Deployment;
        w.meta.name = QStringLiteral("deploy");
        w.meta.namespace_ = pick(namespaces);
        w.templateLabels = labels();
        w.ports.append({QStringLiteral("http"), 80, QStringLiteral("TCP")});
        ws.workloads.append(w);

        Profile custom;
        custom.meta.name = QStringLiteral("custom-prof");
        custom.labelsToApply.insert(QStringLiteral("app"), QStringLiteral("api"));
        for (int i = below(3); i > 0; --i)
            custom.ingress.append(rule(QString(), true));
        for (int i = below(3); i > 0; --i)
            custom.egress.append(rule(QString(), false));
        ws.profiles.append(custom);
        for (int i = 0; i < 2; ++i) {
            HostEndpoint h;
            h.meta.name = QStringLiteral("host%1").arg(i);
            h.meta.labels = labels();
            h.node = QStringLiteral("node%1").arg(i);
            h.expectedIPs = {QStringLiteral("192.168.0.%1").arg(i + 1)};
            if (chance(50))
                h.profiles.append(QStringLiteral("projectcalico-default-allow"));
            if (chance(50))
                h.profiles.append(QStringLiteral("custom-prof"));
            if (chance(20))
                h.profiles.append(QStringLiteral("missing-prof"));
            h.ports.append(
                {QStringLiteral("http"), Protocol::fromString(QStringLiteral("TCP")), 8080});
            ws.hostEndpoints.append(h);
        }
        for (int i = 0; i < 3; ++i) {
            NetworkSet s;
            s.global = i == 2;
            s.meta.name = QStringLiteral("set%1").arg(i);
            if (!s.global)
                s.meta.namespace_ = pick(namespaces);
            s.meta.labels = labels();
            if (chance(50))
                s.meta.labels.insert(QStringLiteral("kind"), QStringLiteral("ext"));
            s.nets = {pick<QString>({QStringLiteral("203.0.113.0/24"),
                QStringLiteral("10.0.1.0/24"), QStringLiteral("198.51.100.7"),
                QStringLiteral("fd00::/120"), QStringLiteral("0.0.0.0/0")})};
            ws.networkSets.append(s);
        }
        Service websvc;
        websvc.meta.name = QStringLiteral("websvc");
        websvc.meta.namespace_ = pick(namespaces);
        websvc.selector = Labels {{QStringLiteral("app"), QStringLiteral("web")}};
        ServicePort sp;
        sp.port = 80;
        if (chance(50))
            sp.targetPortName = QStringLiteral("http");
        else
            sp.targetPortNumber = 8080;
        websvc.ports.append(sp);
        ws.services.append(websvc);
        Service slicesvc;
        slicesvc.meta.name = QStringLiteral("slicesvc");
        slicesvc.meta.namespace_ = QStringLiteral("ns-a");
        ws.services.append(slicesvc);
        EndpointSlice slice;
        slice.meta.name = QStringLiteral("slicesvc-1");
        slice.meta.namespace_ = QStringLiteral("ns-a");
        slice.meta.labels.insert(
            QStringLiteral("kubernetes.io/service-name"), QStringLiteral("slicesvc"));
        slice.addressType = QStringLiteral("IPv4");
        slice.endpoints.append(
            {{QStringLiteral("10.0.1.3"), QStringLiteral("10.0.0.2")}, QString(), QString()});
        slice.ports.append({QString(), QStringLiteral("TCP"), 80});
        slice.ports.append({QString(), QStringLiteral("UDP"), 53});
        ws.endpointSlices.append(slice);

        if (chance(60)) {
            Tier t;
            t.meta.name = QStringLiteral("security");
            t.order = 100;
            t.defaultAction = chance(50) ? QStringLiteral("Pass") : QStringLiteral("Deny");
            ws.tiers.append(t);
        }
        if (chance(30)) {
            Tier t;
            t.meta.name = QStringLiteral("platform");
            t.defaultAction = QStringLiteral("Deny");
            ws.tiers.append(t);
        }
        const int policies = 2 + below(7);
        for (int i = 0; i < policies; ++i) {
            CalicoPolicy p;
            const int kind = below(10);
            p.kind = kind < 4 ? ResourceKind::GlobalNetworkPolicy
                : kind < 8    ? ResourceKind::NetworkPolicy
                : kind == 8   ? ResourceKind::StagedNetworkPolicy
                              : ResourceKind::StagedGlobalNetworkPolicy;
            p.meta.name = QStringLiteral("pol%1").arg(i);
            if (!p.isGlobal())
                p.meta.namespace_ = pick(namespaces);
            p.tier = pick<QString>({QStringLiteral("default"), QStringLiteral("default"),
                QStringLiteral("security"), QStringLiteral("platform"),
                QStringLiteral("kube-admin"), QStringLiteral("undeclared")});
            if (chance(60))
                p.order = pick<double>({1, 10, 10, 100});
            p.selector = selector();
            if (p.isGlobal())
                p.namespaceSelector = namespaceSelector(false);
            if (chance(20))
                p.serviceAccountSelector = saSelector();
            const QString ns = p.isGlobal() ? QString() : p.meta.namespace_;
            for (int r = below(4); r > 0; --r)
                p.ingress.append(rule(ns, true));
            for (int r = below(4); r > 0; --r)
                p.egress.append(rule(ns, false));
            const int types = below(4);
            p.types = types == 0 ? QStringList {QStringLiteral("Ingress")}
                : types == 1     ? QStringList {QStringLiteral("Egress")}
                : types == 2     ? QStringList {QStringLiteral("Ingress"), QStringLiteral("Egress")}
                             : defaultPolicyTypes({}, !p.ingress.isEmpty(), !p.egress.isEmpty());
            p.stagedAction = QStringLiteral("Set");
            // Host endpoint stages (docs/semantics.md: "Host endpoints"): untracked, pre-DNAT
            // (ingress only), applyOnForward.
            if (p.kind == ResourceKind::GlobalNetworkPolicy && chance(30)) {
                const int flag = below(3);
                p.doNotTrack = flag == 0;
                p.preDNAT = flag == 1;
                p.applyOnForward = true;
                if (p.preDNAT) {
                    p.egress.clear();
                    p.types = {QStringLiteral("Ingress")};
                }
            }
            ws.policies.append(p);
        }
        for (int i = below(3); i > 0; --i) {
            KubernetesNetworkPolicy k;
            k.meta.name = QStringLiteral("knp%1").arg(i);
            k.meta.namespace_ = pick(namespaces);
            if (chance(50))
                k.podSelector.matchLabels.insert(QStringLiteral("app"),
                    pick<QString>({QStringLiteral("web"), QStringLiteral("db")}));
            k.policyTypes = pick<QStringList>({{}, {QStringLiteral("Ingress")},
                {QStringLiteral("Egress")}, {QStringLiteral("Ingress"), QStringLiteral("Egress")}});
            for (int r = below(3); r > 0; --r) {
                K8sRule kr;
                if (chance(60)) {
                    K8sPort port;
                    port.protocol = pick<QString>({QString(), QStringLiteral("UDP")});
                    port.number = pick<int>({53, 80, 8080});
                    if (chance(30))
                        port.endPort = 9000;
                    kr.ports.append(port);
                }
                if (chance(70)) {
                    K8sPeer peer;
                    const int what = below(3);
                    if (what == 0) {
                        LabelSelector s;
                        if (chance(50))
                            s.matchLabels.insert(QStringLiteral("app"), QStringLiteral("api"));
                        peer.podSelector = s;
                    } else if (what == 1) {
                        LabelSelector s;
                        if (chance(50))
                            s.matchLabels.insert(QStringLiteral("env"), QStringLiteral("prod"));
                        peer.namespaceSelector = s;
                    } else {
                        peer.ipBlock = IpBlock {
                            QStringLiteral("10.0.0.0/16"), {QStringLiteral("10.0.1.0/24")}};
                    }
                    kr.peers.append(peer);
                }
                (chance(50) ? k.ingress : k.egress).append(kr);
            }
            ws.kubernetesPolicies.append(k);
        }
        return Workspace(ws);
    }

    QList<Flow> flows(const Workspace &ws, int count)
    {
        QStringList refs;
        for (const Pod &p : ws->pods) {
            refs.append(p.meta.namespace_ + u'/' + p.meta.name);
            refs.append(p.podIPs);
        }
        for (const WorkloadTemplate &w : ws->workloads)
            refs.append(w.meta.namespace_ + u'/' + w.meta.name);
        for (const HostEndpoint &h : ws->hostEndpoints)
            refs.append(QStringLiteral("hep:") + h.meta.name);
        refs += {QStringLiteral("203.0.113.5"), QStringLiteral("198.51.100.7"),
            QStringLiteral("8.8.8.8"), QStringLiteral("2001:db8::1"), QStringLiteral("fd00::77"),
            QStringLiteral("10.0.1.200")};
        QList<Flow> out;
        for (int i = 0; i < count; ++i) {
            Flow f;
            f.from = pick(refs);
            f.to = pick(refs);
            f.protocol = pick<QString>({QStringLiteral("TCP"), QStringLiteral("TCP"),
                QStringLiteral("UDP"), QStringLiteral("ICMP"), QStringLiteral("SCTP")});
            if (f.protocol == u"ICMP") {
                f.icmpType = pick<int>({0, 8});
                f.icmpCode = 0;
            } else {
                f.port = pick<int>({22, 53, 80, 85, 443, 8080});
            }
            if (chance(15) && !ws->hostEndpoints.isEmpty())
                f.via = QStringLiteral("hep:") + pick(ws->hostEndpoints).meta.name;
            out.append(f);
        }
        return out;
    }

private:
    QRandomGenerator m_rng;
};

} // namespace

class TestEvalDifferential : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agree_data();
    void agree();
    void matrixClassesAreExact();
    void matrixSetsEqualPairwise_data();
    void matrixSetsEqualPairwise();
    void semanticDiffEqualsPairwise();
    void engineAfterEditsEqualsFresh();
};

void TestEvalDifferential::agree_data()
{
    QTest::addColumn<quint32>("firstSeed");
    for (quint32 block = 0; block < 10; ++block)
        QTest::newRow(
            qPrintable(QStringLiteral("seeds %1-%2").arg(block * 50).arg(block * 50 + 49)))
            << block * 50;
}

void TestEvalDifferential::agree()
{
    QFETCH(quint32, firstSeed);
    int compared = 0;
    int allowed = 0;
    int decidedByPolicy = 0;
    for (quint32 seed = firstSeed; seed < firstSeed + 50; ++seed) {
        Gen gen(seed);
        const Workspace ws = gen.workspace();
        // Evaluation against the reference: every generated resource is evaluated, including
        // those Calico would refuse (the engine leaves those out; tst_leftout checks that).
        const PolicyEngine engine(ws, Diagnostics {});
        const ReferenceEvaluator reference(ws);
        const QList<Flow> flows = gen.flows(ws, 60);
        for (const Flow &flow : flows) {
            const Result<Packet> pkt = engine.packet(flow);
            if (!pkt)
                continue; // e.g. no common address family
            ++compared;
            const FlowTrace trace = engine.trace(flow);
            const auto describe = [&] {
                return QStringLiteral("seed %1: %2 -> %3 %4 %5\n%6")
                    .arg(seed)
                    .arg(flow.from, flow.to, flow.protocol,
                        flow.port ? QString::number(*flow.port) : QString())
                    .arg(QString::fromUtf8(toJson(trace)));
            };
            for (const Direction dir : {Direction::Egress, Direction::Ingress}) {
                const int endpoint
                    = dir == Direction::Egress ? pkt->source.object : pkt->destination.object;
                if (endpoint < 0)
                    continue;
                const Verdict fast = engine.evaluate(endpoint, dir, *pkt, false).verdict;
                const Verdict explained = engine.evaluate(endpoint, dir, *pkt, true).verdict;
                const Verdict ref = reference.direction(endpoint, dir, *pkt);
                if (fast != ref || explained != ref) {
                    QFAIL(qPrintable(QStringLiteral("%1: engine %2 (explained %3), reference %4\n")
                                         .arg(directionName(dir), verdictName(fast),
                                             verdictName(explained), verdictName(ref))
                        + describe()));
                }
            }
            if (pkt->via >= 0) {
                const Verdict fast = engine.evaluateForwarded(pkt->via, *pkt, false).verdict;
                const Verdict explained = trace.forward.verdict;
                const Verdict ref = reference.forwarded(pkt->via, *pkt);
                if (fast != ref || explained != ref) {
                    QFAIL(qPrintable(
                        QStringLiteral("forwarded: engine %1 (explained %2), reference %3\n")
                            .arg(verdictName(fast), verdictName(explained), verdictName(ref))
                        + describe()));
                }
            }
            allowed += trace.verdict == Verdict::Allow ? 1 : 0;
            for (const DirectionTrace *d : {&trace.egress, &trace.ingress}) {
                if (!d->steps.isEmpty() && !d->steps.last().tier.isEmpty())
                    ++decidedByPolicy;
            }
            if (engine.verdict(*pkt) != reference.flow(*pkt)
                || trace.verdict != reference.flow(*pkt))
                QFAIL(qPrintable(QStringLiteral("flow verdicts differ\n") + describe()));
        }
    }
    // The random workspaces must exercise both verdicts and policy decisions, not only profiles.
    QVERIFY(compared > 1000);
    QVERIFY2(allowed > compared / 10 && allowed < compared * 9 / 10,
        qPrintable(QStringLiteral("%1 of %2 allowed").arg(allowed).arg(compared)));
    QVERIFY2(decidedByPolicy > compared / 4,
        qPrintable(QStringLiteral("%1 policy decisions").arg(decidedByPolicy)));
    qDebug("%d flows compared, %d allowed, %d directions decided by a policy tier", compared,
        allowed, decidedByPolicy);
}

// Endpoint classes must never merge endpoints a policy can tell apart: every cell of a
// namespace matrix (built from one representative pair per class pair) must equal the
// verdicts of all its pod pairs evaluated one by one.
void TestEvalDifferential::matrixClassesAreExact()
{
    for (quint32 seed = 1000; seed < 1060; ++seed) {
        Gen gen(seed);
        const Workspace ws = gen.workspace();
        const PolicyEngine engine(ws);
        for (const int port : {53, 80, 8080}) {
            const ConnectivityMatrix m
                = computeMatrix(engine, MatrixGrouping::Namespace, QStringLiteral("TCP"), port);
            for (qsizetype i = 0; i < m.groups.size(); ++i) {
                for (qsizetype j = 0; j < m.groups.size(); ++j) {
                    qint64 allowed = 0;
                    for (int a : m.groups[i].members) {
                        for (int b : m.groups[j].members) {
                            Flow f;
                            f.protocol = QStringLiteral("TCP");
                            f.port = port;
                            const InventoryObject &oa = engine.inventory().object(a);
                            const InventoryObject &ob = engine.inventory().object(b);
                            const Result<Packet> pkt
                                = engine.packet(EndpointRef {a, std::nullopt, oa.ref()},
                                    EndpointRef {b, std::nullopt, ob.ref()}, f);
                            allowed += pkt.ok() && engine.verdict(pkt.value()) == Verdict::Allow
                                ? 1
                                : 0;
                        }
                    }
                    QVERIFY2(allowed == m.cells[i][j].allowedPairs,
                        qPrintable(QStringLiteral(
                            "seed %1 port %2: %3 -> %4: matrix %5 of %6 allowed, pairwise %7")
                                       .arg(seed)
                                       .arg(port)
                                       .arg(m.groups[i].name, m.groups[j].name)
                                       .arg(m.cells[i][j].allowedPairs)
                                       .arg(m.cells[i][j].pairs)
                                       .arg(allowed)));
                }
            }
        }
    }
}

// The fast matrix (PairVerdicts: sets of peers per endpoint) must equal the pairwise
// reference cell by cell, on the golden scenario workspaces and on random ones.
void TestEvalDifferential::matrixSetsEqualPairwise_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<quint32>("firstSeed");
    const QDir root(test::fixturePath(u"eval"));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QString dir = root.filePath(name + QStringLiteral("/workspace"));
        QFile pathFile(root.filePath(name + QStringLiteral("/workspace-path")));
        if (pathFile.open(QIODevice::ReadOnly))
            dir = test::projectPath(QString::fromUtf8(pathFile.readAll().trimmed()));
        QTest::newRow(qPrintable(name)) << dir << quint32(0);
    }
    for (quint32 block = 0; block < 4; ++block)
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(2000 + block * 50)))
            << QString() << 2000 + block * 50;
}

void TestEvalDifferential::matrixSetsEqualPairwise()
{
    QFETCH(QString, dir);
    QFETCH(quint32, firstSeed);
    QList<QPair<QString, Workspace>> workspaces;
    if (!dir.isEmpty()) {
        const LoadResult loaded = Loader().loadPaths({dir});
        QVERIFY2(loaded.workspace.resourceCount() > 0, qPrintable(dir));
        workspaces.append({dir, loaded.workspace});
    } else {
        for (quint32 seed = firstSeed; seed < firstSeed + 50; ++seed)
            workspaces.append({QStringLiteral("seed %1").arg(seed), Gen(seed).workspace()});
    }
    const QList<QPair<QString, std::optional<int>>> probes {{QStringLiteral("TCP"), 80},
        {QStringLiteral("TCP"), 8080}, {QStringLiteral("TCP"), 5432}, {QStringLiteral("UDP"), 53},
        {QStringLiteral("TCP"), std::nullopt}, {QStringLiteral("ICMP"), std::nullopt},
        {QStringLiteral("bogus"), 80}};
    int cells = 0;
    int allowedCells = 0;
    for (const auto &[name, ws] : workspaces) {
        const PolicyEngine engine(ws);
        for (const MatrixGrouping by : {MatrixGrouping::Pod, MatrixGrouping::Namespace}) {
            for (const auto &[protocol, port] : probes) {
                const ConnectivityMatrix fast
                    = computeMatrix(engine, by, protocol, port, MatrixMethod::Sets);
                const ConnectivityMatrix ref
                    = computeMatrix(engine, by, protocol, port, MatrixMethod::Pairwise);
                QCOMPARE(fast.groups.size(), ref.groups.size());
                for (qsizetype i = 0; i < ref.groups.size(); ++i) {
                    for (qsizetype j = 0; j < ref.groups.size(); ++j) {
                        ++cells;
                        allowedCells += ref.cells[i][j].allowedPairs > 0 ? 1 : 0;
                        if (fast.cells[i][j].allowedPairs == ref.cells[i][j].allowedPairs
                            && fast.cells[i][j].pairs == ref.cells[i][j].pairs)
                            continue;
                        QFAIL(qPrintable(QStringLiteral(
                            "%1 by %2 %3/%4: %5 -> %6: sets %7 of %8 allowed, pairwise %9 of %10")
                                             .arg(name, matrixGroupingName(by), protocol,
                                                 port ? QString::number(*port)
                                                      : QStringLiteral("-"),
                                                 ref.groups[i].name, ref.groups[j].name)
                                             .arg(fast.cells[i][j].allowedPairs)
                                             .arg(fast.cells[i][j].pairs)
                                             .arg(ref.cells[i][j].allowedPairs)
                                             .arg(ref.cells[i][j].pairs)));
                    }
                }
            }
        }
    }
    QVERIFY(cells > 0);
    qDebug("%d cells compared, %d with allowed pairs", cells, allowedCells);
}

// The semantic diff (PairVerdicts over joint classes) must report exactly the endpoint pairs
// whose verdict changes when every pair is evaluated one by one, per probe and direction of
// change: same inventory, the policies of another random workspace.
void TestEvalDifferential::semanticDiffEqualsPairwise()
{
    qint64 changed = 0;
    for (quint32 seed = 3000; seed < 3040; ++seed) {
        const Workspace a = Gen(seed).workspace();
        const Workspace other = Gen(seed + 1000).workspace();
        const Workspace b = a.edited([&](WorkspaceData &d) {
            d.policies = other->policies;
            d.kubernetesPolicies = other->kubernetesPolicies;
            d.tiers = other->tiers;
            d.profiles = other->profiles;
        });
        const PolicyEngine before(a);
        const PolicyEngine after(b);
        DiffOptions options;
        options.maxFlows = 1 << 30;
        const SemanticDiff diff = semanticDiff(before, after, options);
        QVERIFY(!diff.flowsTruncated);
        QHash<QString, qint64> reported;
        for (const FlowChange &c : diff.flows) {
            reported[c.protocol + u'/' + (c.port ? QString::number(*c.port) : QString()) + u' '
                + verdictName(c.before)]
                += c.endpointPairs;
        }
        QList<QPair<int, int>> endpoints; // (before id, after id)
        const QList<InventoryObject> &objects = after.inventory().objects();
        for (qsizetype id = 0; id < objects.size(); ++id) {
            const EndpointRef r = before.resolve(objects[id].ref()).value_or(EndpointRef {});
            if (objects[id].isEndpoint() && r.isEndpoint()
                && before.inventory().object(r.object).kind == objects[id].kind)
                endpoints.append({r.object, int(id)});
        }
        const auto verdictOf = [](const PolicyEngine &engine, int from, int to, const Flow &flow) {
            const Result<Packet> pkt = engine.packet(
                EndpointRef {from, std::nullopt, engine.inventory().object(from).ref()},
                EndpointRef {to, std::nullopt, engine.inventory().object(to).ref()}, flow);
            return pkt.ok() ? engine.verdict(pkt.value()) : Verdict::Deny;
        };
        QHash<QString, qint64> pairwise;
        for (const DiffProbe &probe : defaultDiffProbes(before, after)) {
            Flow flow;
            flow.protocol = probe.protocol;
            flow.port = probe.port;
            for (const auto &x : endpoints) {
                for (const auto &y : endpoints) {
                    const Verdict vb = verdictOf(before, x.first, y.first, flow);
                    if (vb == verdictOf(after, x.second, y.second, flow))
                        continue;
                    pairwise[probe.protocol + u'/'
                        + (probe.port ? QString::number(*probe.port) : QString()) + u' '
                        + verdictName(vb)]
                        += 1;
                    ++changed;
                }
            }
        }
        QVERIFY2(reported == pairwise, qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
    QVERIFY(changed > 100);
    qDebug("%lld endpoint-pair verdict changes compared", static_cast<long long>(changed));
}

namespace {

/// An edit of the kinds the studio makes, picked at random: a policy's order, selector or whole
/// content changed, a policy made invalid, removed or added, a pod's labels, the tiers, a
/// Kubernetes policy.
Workspace randomEdit(Gen &g, const Workspace &ws, const Workspace &other, QString &what)
{
    return ws.edited([&](WorkspaceData &d) {
        const int kind = g.below(9);
        if (d.policies.isEmpty() && kind <= 4) {
            what = QStringLiteral("policy added");
            d.policies.append(other->policies.isEmpty() ? CalicoPolicy() : g.pick(other->policies));
            d.policies.last().source.id = ResourceId();
            return;
        }
        const int i = g.below(int(std::max<qsizetype>(d.policies.size(), 1)));
        switch (kind) {
        case 0:
            what = QStringLiteral("order of policy %1").arg(i);
            d.policies[i].order
                = g.below(4) == 0 ? std::nullopt : std::optional<double>(g.below(300));
            break;
        case 1:
            what = QStringLiteral("selector of policy %1").arg(i);
            d.policies[i].selector = g.selector();
            break;
        case 2: {
            what = QStringLiteral("content of policy %1").arg(i);
            if (other->policies.isEmpty())
                break;
            CalicoPolicy p = g.pick(other->policies);
            p.source = d.policies[i].source;
            d.policies[i] = p;
            break;
        }
        case 3:
            what = QStringLiteral("policy %1 made invalid").arg(i);
            d.policies[i].selector = QStringLiteral("app == ");
            break;
        case 4:
            what = QStringLiteral("policy %1 removed").arg(i);
            d.policies.removeAt(i);
            break;
        case 5:
            what = QStringLiteral("policy added");
            if (!other->policies.isEmpty()) {
                d.policies.insert(g.below(int(d.policies.size()) + 1), g.pick(other->policies));
            }
            break;
        case 6:
            what = QStringLiteral("labels of a pod");
            if (!d.pods.isEmpty())
                d.pods[g.below(int(d.pods.size()))].meta.labels = g.labels();
            break;
        case 7:
            what = QStringLiteral("tiers");
            d.tiers = other->tiers;
            break;
        default:
            what = QStringLiteral("Kubernetes policies");
            d.kubernetesPolicies = other->kubernetesPolicies;
            break;
        }
    });
}

/// Where two engines of one workspace differ in what they answer, or "" when they agree.
QString engineDifference(const PolicyEngine &a, const PolicyEngine &b, const QList<Flow> &flows)
{
    if (a.diagnostics() != b.diagnostics())
        return QStringLiteral("diagnostics");
    if (a.leftOut() != b.leftOut())
        return QStringLiteral("left out");
    if (a.policies().size() != b.policies().size())
        return QStringLiteral("policy count");
    for (qsizetype i = 0; i < a.policies().size(); ++i) {
        const CompiledPolicy &x = a.policies()[i];
        const CompiledPolicy &y = b.policies()[i];
        if (!(x.policy == y.policy) || x.rank != y.rank || x.tierIndex != y.tierIndex
            || x.displayName != y.displayName)
            return QStringLiteral("policy %1").arg(x.displayName);
        for (const auto &[rx, ry] :
            {std::pair(&x.ingress, &y.ingress), std::pair(&x.egress, &y.egress)}) {
            if (rx->size() != ry->size())
                return QStringLiteral("rules of %1").arg(x.displayName);
            for (qsizetype r = 0; r < rx->size(); ++r) {
                for (const auto &[ex, ey] : {std::pair(&(*rx)[r].source, &(*ry)[r].source),
                         std::pair(&(*rx)[r].destination, &(*ry)[r].destination)}) {
                    if (a.setMembers(ex->positiveSet) != b.setMembers(ey->positiveSet)
                        || a.setMembers(ex->negativeSet) != b.setMembers(ey->negativeSet))
                        return QStringLiteral("rule sets of %1").arg(x.displayName);
                }
            }
        }
    }
    if (a.tiers().size() != b.tiers().size())
        return QStringLiteral("tiers");
    for (qsizetype t = 0; t < a.tiers().size(); ++t) {
        if (a.tiers()[t].name != b.tiers()[t].name
            || a.tiers()[t].policies != b.tiers()[t].policies)
            return QStringLiteral("tier %1").arg(a.tiers()[t].name);
    }
    const QList<InventoryObject> &objects = a.inventory().objects();
    if (objects.size() != b.inventory().objects().size())
        return QStringLiteral("inventory");
    for (int id = 0; id < int(objects.size()); ++id) {
        for (const Direction d : {Direction::Ingress, Direction::Egress}) {
            if (a.applicablePolicies(id, d) != b.applicablePolicies(id, d))
                return QStringLiteral("policies of %1").arg(objects[id].ref());
            for (const HostEndpointPipeline stage : {HostEndpointPipeline::Forward,
                     HostEndpointPipeline::Untracked, HostEndpointPipeline::PreDnat}) {
                if (a.stagePolicies(id, d, stage) != b.stagePolicies(id, d, stage))
                    return QStringLiteral("stages of %1").arg(objects[id].ref());
            }
        }
    }
    for (const Flow &f : flows) {
        if (toJson(a.trace(f)) != toJson(b.trace(f)))
            return QStringLiteral("trace %1 -> %2").arg(f.from, f.to);
    }
    return {};
}

} // namespace

// Validation and an engine taken over from the ones before an edit (what the studio does after
// every edit) must answer exactly as ones made from nothing: over chains of random edits of
// random workspaces, the findings, policies, their ranks, tiers, every endpoint's lists, rule
// sets, diagnostics and traces agree.
void TestEvalDifferential::engineAfterEditsEqualsFresh()
{
    int edits = 0;
    for (quint32 seed = 5000; seed < 5060; ++seed) {
        Gen g(seed);
        Workspace ws = g.workspace();
        Validation validation = Validator().validate(ws, Validation());
        PolicyEngine incremental(ws, validation.diagnostics);
        for (int round = 0; round < 8; ++round) {
            const Workspace other = Gen(seed * 31 + quint32(round)).workspace();
            QString what;
            ws = randomEdit(g, ws, other, what);
            validation = Validator().validate(ws, validation);
            const Diagnostics fromNothing = Validator().validate(ws);
            QVERIFY2(validation.diagnostics == fromNothing,
                qPrintable(QStringLiteral("seed %1, edit %2 (%3): validation differs")
                               .arg(seed)
                               .arg(round)
                               .arg(what)));
            incremental = PolicyEngine(ws, validation.diagnostics, incremental);
            const PolicyEngine fresh(ws, fromNothing);
            const QString difference = engineDifference(incremental, fresh, g.flows(ws, 40));
            QVERIFY2(difference.isEmpty(),
                qPrintable(QStringLiteral("seed %1, edit %2 (%3): %4 differs")
                               .arg(seed)
                               .arg(round)
                               .arg(what, difference)));
            ++edits;
        }
    }
    qDebug("%d edits compared", edits);
}

QTEST_GUILESS_MAIN(TestEvalDifferential)
#include "tst_evaldifferential.moc"
