// The lint (core/lint/linter.h): one folder of fixtures per code under tests/fixtures/lint, each
// read with the shared inventory.yaml. A fixture lists the findings it must produce in
// `# expect: CODE PATH NAME` lines (the code, the field path, and a name the message must
// mention); a fixture without such lines is a near miss and must produce none. Plus the codes'
// names, and the demo workspace: no finding of error severity, and its output as golden text and
// JSON.

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/lint/linter.h"
#include "core/report/lintreport.h"
#include "resources/demoworkspace.h"
#include "tests/support/golden.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

struct Expected {
    QString code;
    QString path;
    QString name;
};

QList<Expected> expectationsOf(const QString &text)
{
    static const QRegularExpression line(
        QStringLiteral("^# expect: (\\S+) (\\S+) (\\S+)$"), QRegularExpression::MultilineOption);
    QList<Expected> out;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({m.captured(1), m.captured(2), m.captured(3)});
    }
    return out;
}

// Random small workspaces: tiers with Pass and Deny defaults, Pass and Log rules, staged
// policies (some staging an enforced one), host endpoints with untracked, pre-DNAT and forward
// policies and profiles, named ports, services, network sets, IPv6 (the generator of
// tst_evaldifferential).
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
        // Staged versions of enforced policies (staged-differs compares them with what they
        // stage): the same name, other rules, sometimes stagedAction Delete.
        for (qsizetype i = 0, n = ws.policies.size(); i < n; ++i) {
            const CalicoPolicy &enforced = ws.policies[i];
            if (enforced.isStaged() || !chance(30))
                continue;
            CalicoPolicy staged = enforced;
            staged.kind = enforced.isGlobal() ? ResourceKind::StagedGlobalNetworkPolicy
                                              : ResourceKind::StagedNetworkPolicy;
            const QString ns = enforced.isGlobal() ? QString() : enforced.meta.namespace_;
            staged.ingress.clear();
            staged.egress.clear();
            for (int r = below(3); r > 0; --r)
                staged.ingress.append(rule(ns, true));
            for (int r = below(3); r > 0; --r)
                staged.egress.append(rule(ns, false));
            if (chance(30))
                staged.order = pick<double>({1, 10, 100});
            staged.stagedAction = chance(25) ? QStringLiteral("Delete") : QStringLiteral("Set");
            ws.policies.append(staged);
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

private:
    QRandomGenerator m_rng;
};

QStringList lines(const QList<LintFinding> &findings)
{
    QStringList out;
    for (const LintFinding &f : findings)
        out.append(lintCodeName(f.code) + u' ' + f.location.path + u' ' + f.message);
    return out;
}

} // namespace

class TestLint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codeNames();
    void fixtures_data();
    void fixtures();
    void withoutFlows();
    void demoHasNoErrors();
    void demoGolden_data();
    void demoGolden();
    void setsEqualReference_data();
    void setsEqualReference();
    void randomWorkspacesHaveFlowFindings();
};

void TestLint::codeNames()
{
    QStringList names;
    for (const LintCode code : allLintCodes()) {
        const QString name = lintCodeName(code);
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.append(name);
        QCOMPARE(lintCodeFromName(name), code);
    }
    QCOMPARE(names.size(), 9);
    QVERIFY(!lintCodeFromName(QStringLiteral("shadowed")));
}

void TestLint::fixtures_data()
{
    QTest::addColumn<QString>("file");
    const QDir root(test::fixturePath(u"lint"));
    const QStringList codes = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!codes.isEmpty());
    for (const QString &code : codes) {
        const QDir dir(root.filePath(code));
        for (const QString &file : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
            QTest::newRow(qPrintable(code + u'/' + file)) << dir.filePath(file);
        }
    }
}

void TestLint::fixtures()
{
    QFETCH(QString, file);
    const LoadResult loaded = Loader().loadPaths({test::fixturePath(u"lint/inventory.yaml"), file});
    for (const Diagnostic &d : loaded.diagnostics)
        QFAIL(qPrintable(d.toString()));
    const PolicyEngine engine(loaded.workspace);
    QVERIFY2(engine.leftOut().isEmpty(), "a resource of the fixture fails validation");
    const QList<LintFinding> findings = lintWorkspace(engine);

    const QList<Expected> expected = expectationsOf(test::readText(file));
    QStringList want;
    for (const Expected &e : expected)
        want.append(e.code + u' ' + e.path);
    QStringList got;
    for (const LintFinding &f : findings)
        got.append(lintCodeName(f.code) + u' ' + f.location.path);
    want.sort();
    got.sort();
    QCOMPARE(got, want);
    for (const Expected &e : expected) {
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const LintFinding &f) {
            return lintCodeName(f.code) == e.code && f.location.path == e.path
                && f.message.contains(e.name);
        });
        QVERIFY2(it != findings.end(),
            qPrintable(QStringLiteral("no %1 at %2 naming %3").arg(e.code, e.path, e.name)));
        QCOMPARE(it->severity, lintCodeSeverity(it->code));
        QCOMPARE(it->location.file, file);
        QVERIFY(it->location.line > 0);
        QVERIFY(it->location.column > 0);
        QVERIFY(!it->location.resource.isNull());
    }
}

// LintOptions::flows false: no check that evaluates flows; Log rules after a rule of their policy
// that decides all they match are still found.
void TestLint::withoutFlows()
{
    const auto codes = [](const char *fixture) {
        const LoadResult loaded = Loader().loadPaths({test::fixturePath(u"lint/inventory.yaml"),
            test::fixturePath(QStringLiteral("lint/") + QString::fromUtf8(fixture))});
        LintOptions options;
        options.flows = false;
        QStringList out;
        for (const LintFinding &f : lintWorkspace(PolicyEngine(loaded.workspace), options))
            out.append(lintCodeName(f.code) + u' ' + f.location.path);
        return out;
    };
    QCOMPARE(codes("log-after-verdict/trigger.yaml"),
        QStringList({QStringLiteral("log-after-verdict spec.ingress[1]"),
            QStringLiteral("log-after-verdict spec.ingress[3]")}));
    QCOMPARE(codes("end-of-tier-drop/trigger.yaml"), QStringList());
    QCOMPARE(codes("shadowed-rule/trigger.yaml"), QStringList());
}

void TestLint::demoHasNoErrors()
{
    const LoadResult loaded = Loader().loadPaths({demoWorkspacePath()});
    const QList<LintFinding> findings = lintWorkspace(PolicyEngine(loaded.workspace));
    for (const LintFinding &f : findings)
        QVERIFY2(f.severity != Severity::Error, qPrintable(f.toDiagnostic().toString()));
}

void TestLint::demoGolden_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("txt");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestLint::demoGolden()
{
    QFETCH(QString, format);
    const LoadResult loaded = Loader().loadPaths({demoWorkspacePath()});
    const QList<LintFinding> findings = lintWorkspace(PolicyEngine(loaded.workspace));
    const QByteArray out
        = format == u"json" ? lintFindingsToJson(findings) : lintFindingsToText(findings).toUtf8();
    PS_COMPARE_GOLDEN(out, test::fixturePath(QStringLiteral("lint/demo.") + format));
}

// The flow checks over sets of peers (the default) against the reference evaluation (a trace per
// flow, an engine per candidate redundant rule): the same findings, word for word, on the
// fixtures, the demo and random workspaces.
void TestLint::setsEqualReference_data()
{
    QTest::addColumn<QString>("file"); // empty: a random workspace
    QTest::addColumn<quint32>("seed");
    QTest::newRow("demo") << QString() << quint32(0);
    const QDir root(test::fixturePath(u"lint"));
    for (const QString &code : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &name : QDir(root.filePath(code)).entryList({QStringLiteral("*.yaml")}))
            QTest::newRow(qPrintable(code + u'/' + name))
                << root.filePath(code + u'/' + name) << quint32(0);
    }
    for (quint32 seed = 1; seed <= 200; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("random-%1").arg(seed))) << QString() << seed;
}

void TestLint::setsEqualReference()
{
    QFETCH(QString, file);
    QFETCH(quint32, seed);
    Workspace workspace;
    if (seed != 0)
        workspace = Gen(seed).workspace();
    else if (file.isEmpty())
        workspace = Loader().loadPaths({demoWorkspacePath()}).workspace;
    else
        workspace = Loader().loadPaths({test::fixturePath(u"lint/inventory.yaml"), file}).workspace;
    const PolicyEngine engine(workspace);
    LintOptions reference;
    reference.referenceFlows = true;
    const QStringList want = lines(lintWorkspace(engine, reference));
    const QStringList got = lines(lintWorkspace(engine));
    QCOMPARE(got.join(u'\n'), want.join(u'\n'));
}

// The random workspaces of setsEqualReference give every flow check something to find (staged
// policies that stage an enforced one among them), so that comparing the two evaluations says
// something about each.
void TestLint::randomWorkspacesHaveFlowFindings()
{
    QHash<QString, int> count;
    int stagingEnforced = 0;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        const PolicyEngine engine(Gen(seed).workspace());
        for (const LintFinding &f : lintWorkspace(engine)) {
            ++count[lintCodeName(f.code)];
            if (f.code == LintCode::StagedDiffers && !f.related.isEmpty())
                ++stagingEnforced;
        }
    }
    // Log rules that no flow reaches are rare in them: one is enough.
    for (const auto &[code, least] : {std::pair {LintCode::EndOfTierDrop, 5},
             std::pair {LintCode::ShadowedRule, 5}, std::pair {LintCode::RedundantRule, 5},
             std::pair {LintCode::StagedDiffers, 5}, std::pair {LintCode::LogAfterVerdict, 1}})
        QVERIFY2(count.value(lintCodeName(code)) >= least,
            qPrintable(QStringLiteral("%1: %2 findings")
                           .arg(lintCodeName(code))
                           .arg(count.value(lintCodeName(code)))));
    QVERIFY2(stagingEnforced >= 5, qPrintable(QString::number(stagingEnforced)));
    qInfo("%s",
        qPrintable(QStringLiteral("findings of the flow checks: %1 end-of-tier-drop, %2 "
                                  "shadowed-rule, %3 redundant-rule, %4 staged-differs "
                                  "(%5 staging an enforced policy), %6 log-after-verdict")
                       .arg(count.value(QStringLiteral("end-of-tier-drop")))
                       .arg(count.value(QStringLiteral("shadowed-rule")))
                       .arg(count.value(QStringLiteral("redundant-rule")))
                       .arg(count.value(QStringLiteral("staged-differs")))
                       .arg(stagingEnforced)
                       .arg(count.value(QStringLiteral("log-after-verdict")))));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
