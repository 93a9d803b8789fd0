// A doNotTrack policy on a host endpoint (docs/semantics.md: "Host endpoints"): Calico refuses a
// rule whose nets mix IPv4 and IPv6, so such a policy is left out and the engine says why
// (leftOut()); written one family per rule it forms the host endpoint's untracked stage, which
// runs after the failsafe ports and before normal policy; on an all-interfaces host endpoint
// (interfaceName "*") Felix ignores it with a warning, and so do the trace and the render.

#include <QTest>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

// `%1`: the host endpoint's interfaceName; `%2`: the untracked policy's ingress rules.
const char *const kWorkspace = R"(
apiVersion: v1
kind: Node
metadata: {name: node-a}
status:
  addresses: [{type: InternalIP, address: 10.255.254.1}, {type: InternalIP, address: "fd00:255:254::1"}]
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node-a-up0, labels: {role: node}}
spec: {node: node-a, interfaceName: "%1", expectedIPs: [10.255.254.1, "fd00:255:254::1"]}
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
metadata: {name: host-untracked}
spec:
  order: 1
  selector: role == 'node'
  doNotTrack: true
  applyOnForward: true
  types: [Ingress]
  ingress:
%2
---
apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata: {name: default}
spec:
  failsafeInboundHostPorts:
    - {protocol: TCP, port: 2222, net: 198.51.100.0/24}
    - {protocol: TCP, port: 2222, net: "2001:db8:1::/64"}
)";

// One rule with both families: Calico's validator refuses it ("rule contains both IPv4 and IPv6
// CIDRs").
const char *const kMixedRule
    = R"(    - {action: Deny, protocol: TCP, source: {nets: [198.51.100.77/32, "2001:db8:1::77/128"]}, destination: {ports: [2222, 8080]}})";
const char *const kRulePerFamily
    = R"(    - {action: Deny, protocol: TCP, source: {nets: [198.51.100.77/32]}, destination: {ports: [2222, 8080]}}
    - {action: Deny, protocol: TCP, source: {nets: ["2001:db8:1::77/128"]}, destination: {ports: [2222, 8080]}})";

Workspace load(const QString &interfaceName, const char *rules)
{
    const LoadResult lr = Loader().loadText(
        QString::fromUtf8(kWorkspace).arg(interfaceName, QString::fromUtf8(rules)).toUtf8(),
        u"hep.yaml"_s);
    for (const Diagnostic &d : lr.diagnostics) {
        if (d.severity == Severity::Error)
            qWarning("%s", qPrintable(d.toString()));
    }
    return lr.workspace;
}

bool hasPolicy(const PolicyEngine &engine, const QString &name)
{
    for (const CompiledPolicy &p : engine.policies()) {
        if (p.displayName == name)
            return true;
    }
    return false;
}

int hostEndpoint(const PolicyEngine &engine)
{
    const Result<EndpointRef> ref = engine.resolve(u"hep:node-a-up0"_s);
    return ref.ok() ? ref->object : -1;
}

FlowTrace traceTo(const PolicyEngine &engine, const QString &from, const QString &to, int port)
{
    Flow f;
    f.from = from;
    f.to = to;
    f.port = port;
    return engine.trace(f);
}

} // namespace

class TestUntrackedHostEndpoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mixedFamilyRuleIsLeftOutWithItsReason();
    void untrackedStage_data();
    void untrackedStage();
    void allInterfacesHostEndpointIgnoresUntracked();
};

// What the colleague saw: the policy is not among policies(), and leftOut() names it with
// Calico's reason. Every loaded policy is either evaluated or left out with a reason.
void TestUntrackedHostEndpoint::mixedFamilyRuleIsLeftOutWithItsReason()
{
    const Workspace ws = load(u"up0"_s, kMixedRule);
    QCOMPARE(ws.data().policies.size(), 2);
    const PolicyEngine engine(ws);
    QVERIFY(!hasPolicy(engine, u"host-untracked"_s));
    QVERIFY(hasPolicy(engine, u"host-in"_s));
    QCOMPARE(engine.leftOut().size(), 1);
    const LeftOut &l = engine.leftOut().first();
    QCOMPARE(l.name, u"host-untracked"_s);
    QCOMPARE(l.kind, ResourceKind::GlobalNetworkPolicy);
    QCOMPARE(l.reason.severity, Severity::Error);
    QVERIFY2(l.reason.message.contains(u"mixes IPv4 and IPv6"_s), qPrintable(l.reason.message));
    QCOMPARE(l.reason.path, u"spec.ingress[0].source.nets"_s);
    QVERIFY(engine
                .stagePolicies(
                    hostEndpoint(engine), Direction::Ingress, HostEndpointPipeline::Untracked)
                .empty());
    // Left out, it denies nothing: host-in allows the port.
    QCOMPARE(traceTo(engine, u"198.51.100.77"_s, u"10.255.254.1"_s, 8080).verdict, Verdict::Allow);
}

void TestUntrackedHostEndpoint::untrackedStage_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("stage"); // the stage of the deciding (last) step
    for (const bool v6 : {false, true}) {
        const QString node = v6 ? u"fd00:255:254::1"_s : u"10.255.254.1"_s;
        const QString denied = v6 ? u"2001:db8:1::77"_s : u"198.51.100.77"_s;
        const QString other = v6 ? u"2001:db8:1::78"_s : u"198.51.100.78"_s;
        const QString family = v6 ? u"IPv6"_s : u"IPv4"_s;
        QTest::newRow(qPrintable(family + u": untracked deny"_s))
            << denied << node << 8080 << false << u"untracked"_s;
        QTest::newRow(qPrintable(family + u": another source, normal policy allows"_s))
            << other << node << 8080 << true << u"normal"_s;
        QTest::newRow(qPrintable(family + u": failsafe port before the untracked deny"_s))
            << denied << node << 2222 << true << u"failsafe"_s;
    }
}

void TestUntrackedHostEndpoint::untrackedStage()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, port);
    QFETCH(bool, allowed);
    QFETCH(QString, stage);
    const PolicyEngine engine(load(u"up0"_s, kRulePerFamily));
    QVERIFY(engine.leftOut().isEmpty());
    QVERIFY(hasPolicy(engine, u"host-untracked"_s));
    const std::vector<int> &untracked = engine.stagePolicies(
        hostEndpoint(engine), Direction::Ingress, HostEndpointPipeline::Untracked);
    QCOMPARE(untracked.size(), size_t(1));
    QCOMPARE(engine.policies()[untracked.front()].displayName, u"host-untracked"_s);
    const FlowTrace t = traceTo(engine, from, to, port);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.verdict == Verdict::Allow, allowed);
    QVERIFY(!t.ingress.steps.isEmpty());
    QCOMPARE(t.ingress.steps.last().stage, stage);
    QVERIFY(t.ingress.stages.contains(u"untracked"_s));
}

// Felix's endpoint manager: an interfaceName "*" host endpoint with untracked tiers gets a
// warning and no raw-table chains. The stage is empty, the engine and the render warn, the trace
// lists no untracked stage, and normal policy decides.
void TestUntrackedHostEndpoint::allInterfacesHostEndpointIgnoresUntracked()
{
    const PolicyEngine engine(load(u"*"_s, kRulePerFamily));
    QVERIFY(engine.leftOut().isEmpty());
    QVERIFY(hasPolicy(engine, u"host-untracked"_s));
    const int hep = hostEndpoint(engine);
    QVERIFY(hep >= 0);
    for (const Direction d : {Direction::Ingress, Direction::Egress})
        QVERIFY(engine.stagePolicies(hep, d, HostEndpointPipeline::Untracked).empty());
    QCOMPARE(engine.ignoredUntrackedPolicies(hep).size(), size_t(1));
    QCOMPARE(engine.policies()[engine.ignoredUntrackedPolicies(hep).front()].displayName,
        u"host-untracked"_s);
    int warnings = 0;
    for (const Diagnostic &d : engine.diagnostics()) {
        if (d.severity == Severity::Warning && d.message.contains(u"host-untracked"_s)
            && d.message.contains(u"interfaceName \"*\""_s))
            ++warnings;
    }
    QCOMPARE(warnings, 1);

    for (const QString &from : {u"198.51.100.77"_s, u"2001:db8:1::77"_s}) {
        const QString to = from.contains(u':') ? u"fd00:255:254::1"_s : u"10.255.254.1"_s;
        const FlowTrace t = traceTo(engine, from, to, 8080);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.verdict, Verdict::Allow);
        QVERIFY(!t.ingress.stages.contains(u"untracked"_s));
        QCOMPARE(t.ingress.steps.last().stage, u"normal"_s);
    }

    for (const bool nft : {false, true}) {
        RenderOptions options;
        options.nftables = nft;
        const FelixRuleset rs = renderNode(engine, u"node-a"_s, options);
        QVERIFY2(rs.warnings.filter(u"host-untracked"_s).size() == 1,
            qPrintable(rs.warnings.join(u'\n')));
        for (const FelixTable &table : rs.tables) {
            for (const FelixChain &c : table.chains) {
                QVERIFY2(!(table.name == u"raw"_s && c.name.startsWith(u"cali-fh-"_s)),
                    qPrintable(c.name));
            }
        }
    }
    // The same host endpoint on one interface renders the raw chains.
    const PolicyEngine onUp0(load(u"up0"_s, kRulePerFamily));
    const FelixRuleset rs = renderNode(onUp0, u"node-a"_s);
    QVERIFY(rs.warnings.filter(u"host-untracked"_s).isEmpty());
    bool rawChain = false;
    for (const FelixTable &table : rs.tables) {
        for (const FelixChain &c : table.chains)
            rawChain = rawChain || (table.name == u"raw"_s && c.name == u"cali-fh-up0"_s);
    }
    QVERIFY(rawChain);
}

QTEST_GUILESS_MAIN(TestUntrackedHostEndpoint)
#include "tst_untrackedhostendpoint.moc"
