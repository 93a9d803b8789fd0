// Traces through host endpoints (docs/semantics.md: "Host endpoints"; Calico's "Summary of host
// endpoint policies"): the stages Felix runs in order — failsafe ports, untracked (doNotTrack),
// pre-DNAT, then normal policy for traffic to and from the host or applyOnForward policy for
// forwarded traffic — and what each stage's verdict means. Every row states one rule; each would
// fail if that rule were broken (the stage that decided, the verdict, the stages the steps name).

#include <QTest>

#include "core/eval/matrix.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/report/explainer.h"
#include "core/report/tracereport.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kWorkspace = R"(
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: gw-eth0, labels: {role: gw}}
spec: {node: gw, interfaceName: eth0, expectedIPs: [192.168.1.1]}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: edge-eth1, labels: {role: edge}}
spec: {node: edge, interfaceName: eth1, expectedIPs: [192.168.1.2]}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: locked-eth0, labels: {role: locked}}
spec: {node: locked, interfaceName: eth0, expectedIPs: [192.168.1.3]}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: bare-eth0}
spec: {node: bare, interfaceName: eth0, expectedIPs: [192.168.1.4]}
---
apiVersion: v1
kind: Namespace
metadata: {name: web}
---
apiVersion: v1
kind: Pod
metadata: {name: web-0, namespace: web, labels: {app: web}}
spec: {nodeName: gw, containers: [{name: main, image: nginx}]}
status: {podIP: 10.244.0.5, podIPs: [{ip: 10.244.0.5}]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: web-80, namespace: web}
spec:
  selector: app == 'web'
  types: [Ingress]
  ingress: [{action: Allow, protocol: TCP, destination: {ports: [80]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: untracked-gw}
spec:
  order: 10
  selector: role == 'gw'
  doNotTrack: true
  applyOnForward: true
  types: [Ingress, Egress]
  ingress:
    - {action: Deny, source: {nets: [203.0.113.0/24]}}
    - {action: Allow, protocol: UDP, destination: {ports: [53]}}
  egress:
    - {action: Allow, protocol: UDP, destination: {ports: [123]}}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: prednat-gw}
spec:
  order: 20
  selector: role == 'gw'
  preDNAT: true
  applyOnForward: true
  types: [Ingress]
  ingress:
    - {action: Deny, protocol: TCP, destination: {ports: [8443]}}
    - {action: Allow, source: {nets: [10.10.0.0/16]}}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: host-gw}
spec:
  order: 30
  selector: role == 'gw'
  types: [Ingress]
  ingress: [{action: Allow, protocol: TCP, destination: {ports: [80]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: forward-gw}
spec:
  order: 40
  selector: role == 'gw'
  applyOnForward: true
  types: [Ingress]
  ingress: [{action: Allow, protocol: TCP, destination: {nets: [10.244.0.0/16], ports: [80, 9000]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: edge-deny-all}
spec:
  selector: role == 'edge'
  types: [Ingress, Egress]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: locked-untracked-deny}
spec:
  selector: role == 'locked'
  doNotTrack: true
  applyOnForward: true
  types: [Ingress, Egress]
  ingress: [{action: Deny}]
  egress: [{action: Deny}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: locked-deny-all}
spec:
  selector: role == 'locked'
  types: [Ingress, Egress]
)";

// Forwarded traffic and the host endpoints of the nodes it crosses: n1 has an all-interfaces
// host endpoint, n3 one host endpoint on eth1 only, n2 none.
const QByteArray kForwardWorkspace = R"(
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: n1-all, labels: {role: all}}
spec: {node: n1, interfaceName: "*"}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: n3-eth1, labels: {role: named}}
spec: {node: n3, interfaceName: eth1, expectedIPs: [192.168.3.1]}
---
apiVersion: v1
kind: Namespace
metadata: {name: app}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: app}
spec: {nodeName: n1, containers: [{name: main, image: nginx}]}
status: {podIP: 10.1.0.1, podIPs: [{ip: 10.1.0.1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: app}
spec: {nodeName: n1, containers: [{name: main, image: nginx}]}
status: {podIP: 10.1.0.2, podIPs: [{ip: 10.1.0.2}]}
---
apiVersion: v1
kind: Pod
metadata: {name: c, namespace: app}
spec: {nodeName: n2, containers: [{name: main, image: nginx}]}
status: {podIP: 10.2.0.1, podIPs: [{ip: 10.2.0.1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: d, namespace: app}
spec: {nodeName: n3, containers: [{name: main, image: nginx}]}
status: {podIP: 10.3.0.1, podIPs: [{ip: 10.3.0.1}]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: fwd-in}
spec:
  selector: role == 'all'
  applyOnForward: true
  types: [Ingress]
  ingress: [{action: Allow, protocol: TCP, destination: {ports: [80, 443]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: fwd-out}
spec:
  selector: role == 'all'
  applyOnForward: true
  types: [Egress]
  egress:
    - {action: Deny, protocol: TCP, destination: {ports: [443]}}
    - {action: Allow}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: named-out}
spec:
  selector: role == 'named'
  applyOnForward: true
  types: [Egress]
  egress: [{action: Allow, protocol: TCP, destination: {ports: [8080]}}]
)";

// A node with an all-interfaces host endpoint that has pre-DNAT policy, and two pods on it.
const QByteArray kPodPreDnatWorkspace = R"(
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: n1-all, labels: {role: all}}
spec: {node: n1, interfaceName: "*"}
---
apiVersion: v1
kind: Namespace
metadata: {name: app}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: app}
spec: {nodeName: n1, containers: [{name: main, image: nginx}]}
status: {podIP: 10.1.0.1, podIPs: [{ip: 10.1.0.1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: app}
spec: {nodeName: n1, containers: [{name: main, image: nginx}]}
status: {podIP: 10.1.0.2, podIPs: [{ip: 10.1.0.2}]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: pre-in}
spec:
  selector: role == 'all'
  preDNAT: true
  applyOnForward: true
  types: [Ingress]
  ingress:
    - {action: Deny, protocol: TCP, destination: {ports: [7171]}}
    - {action: Allow, protocol: TCP, destination: {ports: [8443]}}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: fwd-in}
spec:
  selector: role == 'all'
  applyOnForward: true
  types: [Ingress]
  ingress: [{action: Allow, protocol: TCP, destination: {ports: [80]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: fwd-out}
spec:
  selector: role == 'all'
  applyOnForward: true
  types: [Egress]
  egress: [{action: Allow}]
)";

Flow flow(const QString &from, const QString &to, const QString &protocol, int port,
    const QString &via = QString())
{
    Flow f;
    f.from = from;
    f.to = to;
    f.via = via;
    f.protocol = protocol;
    f.port = port;
    return f;
}

// "stage action policy" of every step, e.g. "untracked deny untracked-gw".
QStringList steps(const DirectionTrace &d)
{
    QStringList out;
    for (const TraceStep &s : d.steps) {
        out.append(QStringLiteral("%1 %2 %3").arg(s.stage, s.action, s.policy).trimmed());
    }
    return out;
}

} // namespace

class TestHostEndpointTrace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stages_data();
    void stages();
    void reasonsInPlainWords();
    void workloadStepsHaveNoStage();
    void viaMustBeAHostEndpoint();
    void textAndJsonNameTheStages();
    void matrixAgreesWithTrace_data();
    void matrixAgreesWithTrace();
    void forwardPath_data();
    void forwardPath();
    void podPreDnat_data();
    void podPreDnat();
    void podToOwnHostPreDnat_data();
    void podToOwnHostPreDnat();
    void ownHostWording();
    void podToItself();

private:
    PolicyEngine m_engine;
};

void TestHostEndpointTrace::initTestCase()
{
    const LoadResult lr = Loader().loadText(kWorkspace, u"hep-trace.yaml"_s);
    QVERIFY(lr.diagnostics.isEmpty());
    m_engine = PolicyEngine(lr.workspace);
    QVERIFY(m_engine.resolve(u"hep:gw-eth0"_s)->isEndpoint());
}

void TestHostEndpointTrace::stages_data()
{
    QTest::addColumn<Flow>("flow");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("side"); // egress, forward or ingress: the side checked
    QTest::addColumn<QStringList>("expected");

    const QString gw = u"hep:gw-eth0"_s;
    QTest::newRow("untracked deny blocks before a normal allow")
        << flow(u"203.0.113.9"_s, gw, u"TCP"_s, 80) << u"deny"_s << u"ingress"_s
        << QStringList {u"untracked deny untracked-gw"_s};
    QTest::newRow("untracked allow skips pre-DNAT and normal (which would deny)")
        << flow(u"198.51.100.1"_s, gw, u"UDP"_s, 53) << u"allow"_s << u"ingress"_s
        << QStringList {u"untracked allow untracked-gw"_s};
    QTest::newRow("no untracked or pre-DNAT verdict: normal decides")
        << flow(u"198.51.100.1"_s, gw, u"TCP"_s, 80) << u"allow"_s << u"ingress"_s
        << QStringList {u"untracked end-of-tier-pass untracked-gw"_s, u"untracked next-stage"_s,
               u"preDNAT end-of-tier-pass prednat-gw"_s, u"preDNAT next-stage"_s,
               u"normal allow host-gw"_s};
    QTest::newRow("pre-DNAT deny is final")
        << flow(u"198.51.100.1"_s, gw, u"TCP"_s, 8443) << u"deny"_s << u"ingress"_s
        << QStringList {u"untracked end-of-tier-pass untracked-gw"_s, u"untracked next-stage"_s,
               u"preDNAT deny prednat-gw"_s};
    QTest::newRow("pre-DNAT allow skips the normal policy (which would deny)")
        << flow(u"10.10.1.1"_s, gw, u"TCP"_s, 9999) << u"allow"_s << u"ingress"_s
        << QStringList {u"untracked end-of-tier-pass untracked-gw"_s, u"untracked next-stage"_s,
               u"preDNAT allow prednat-gw"_s};
    QTest::newRow("pre-DNAT allow does not end evaluation: the pod's policy still denies")
        << flow(u"10.10.1.1"_s, u"web/web-0"_s, u"TCP"_s, 9000, gw) << u"deny"_s << u"forward"_s
        << QStringList {u"untracked end-of-tier-pass untracked-gw"_s, u"untracked next-stage"_s,
               u"preDNAT allow prednat-gw"_s};
    QTest::newRow("forwarded: applyOnForward policy decides, the host-only policy does not")
        << flow(u"198.51.100.1"_s, u"web/web-0"_s, u"TCP"_s, 80, gw) << u"allow"_s << u"forward"_s
        << QStringList {u"untracked end-of-tier-pass untracked-gw"_s, u"untracked next-stage"_s,
               u"preDNAT end-of-tier-pass prednat-gw"_s, u"preDNAT next-stage"_s,
               u"forward allow forward-gw"_s};
    QTest::newRow("forwarded: end of the applyOnForward tier denies")
        << flow(u"198.51.100.1"_s, u"8.8.8.8"_s, u"TCP"_s, 80, gw) << u"deny"_s << u"forward"_s
        << QStringList {u"untracked end-of-tier-pass untracked-gw"_s, u"untracked next-stage"_s,
               u"preDNAT end-of-tier-pass prednat-gw"_s, u"preDNAT next-stage"_s,
               u"forward end-of-tier-deny forward-gw"_s};
    QTest::newRow("forwarded: untracked deny applies to forwarded traffic too")
        << flow(u"203.0.113.9"_s, u"web/web-0"_s, u"TCP"_s, 80, gw) << u"deny"_s << u"forward"_s
        << QStringList {u"untracked deny untracked-gw"_s};
    QTest::newRow("host-only deny-all does not apply to forwarded traffic")
        << flow(u"198.51.100.1"_s, u"8.8.8.8"_s, u"TCP"_s, 80, u"hep:edge-eth1"_s) << u"allow"_s
        << u"forward"_s << QStringList {u"forward default-allow"_s};
    QTest::newRow("host-only deny-all applies to traffic to the host")
        << flow(u"198.51.100.1"_s, u"hep:edge-eth1"_s, u"TCP"_s, 80) << u"deny"_s << u"ingress"_s
        << QStringList {u"normal end-of-tier-deny edge-deny-all"_s};
    QTest::newRow("failsafe inbound TCP 22 despite untracked and normal deny-all")
        << flow(u"203.0.113.9"_s, u"hep:locked-eth0"_s, u"TCP"_s, 22) << u"allow"_s << u"ingress"_s
        << QStringList {u"failsafe allow"_s};
    QTest::newRow("not a failsafe port: the untracked deny-all decides")
        << flow(u"203.0.113.9"_s, u"hep:locked-eth0"_s, u"TCP"_s, 2222) << u"deny"_s << u"ingress"_s
        << QStringList {u"untracked deny locked-untracked-deny"_s};
    QTest::newRow("failsafe outbound UDP 53 from a host with no policy")
        << flow(u"hep:bare-eth0"_s, u"8.8.8.8"_s, u"UDP"_s, 53) << u"allow"_s << u"egress"_s
        << QStringList {u"failsafe allow"_s};
    QTest::newRow("no policy, no profile: the host endpoint denies; empty stages do not apply")
        << flow(u"hep:bare-eth0"_s, u"8.8.8.8"_s, u"UDP"_s, 54) << u"deny"_s << u"egress"_s
        << QStringList {u"normal default-deny"_s};
    QTest::newRow("untracked egress allow from the host skips normal egress")
        << flow(gw, u"8.8.8.8"_s, u"UDP"_s, 123) << u"allow"_s << u"egress"_s
        << QStringList {u"untracked allow untracked-gw"_s};
}

void TestHostEndpointTrace::stages()
{
    QFETCH(Flow, flow);
    QFETCH(QString, verdict);
    QFETCH(QString, side);
    QFETCH(QStringList, expected);
    const FlowTrace t = m_engine.trace(flow);
    QVERIFY2(t.ok(), qPrintable(t.error));
    const DirectionTrace &d = side == u"egress" ? t.egress
        : side == u"forward"                    ? t.forward
                                                : t.ingress;
    QCOMPARE(steps(d), expected);
    QCOMPARE(verdictName(t.verdict), verdict);
    // The verdict without reasons (matrices, diffs) is the same.
    const Result<Packet> pkt = m_engine.packet(flow);
    QVERIFY(pkt.ok());
    QCOMPARE(verdictName(m_engine.verdict(*pkt)), verdict);
}

void TestHostEndpointTrace::reasonsInPlainWords()
{
    // Untracked allow: no connection tracking, so the reply is not allowed automatically.
    const FlowTrace untracked
        = m_engine.trace(flow(u"198.51.100.1"_s, u"hep:gw-eth0"_s, u"UDP"_s, 53));
    QVERIFY(explainStep(untracked.ingress.steps.last()).contains(u"Replies are not allowed"_s));
    // The reply of that flow meets the untracked egress policy, which does not allow it.
    Flow reply = flow(u"hep:gw-eth0"_s, u"198.51.100.1"_s, u"UDP"_s, 40000);
    reply.sourcePort = 53;
    QCOMPARE(m_engine.trace(reply).verdict, Verdict::Deny);
    const FlowTrace failsafe
        = m_engine.trace(flow(u"203.0.113.9"_s, u"hep:locked-eth0"_s, u"TCP"_s, 22));
    QVERIFY(explainStep(failsafe.ingress.steps.first()).contains(u"failsafe inbound host port"_s));
    QCOMPARE(failsafe.ingress.stages, (QStringList {u"untracked"_s, u"preDNAT"_s, u"normal"_s}));
    const FlowTrace forwarded
        = m_engine.trace(flow(u"198.51.100.1"_s, u"web/web-0"_s, u"TCP"_s, 80, u"hep:edge-eth1"_s));
    QCOMPARE(forwarded.forward.stages, (QStringList {u"untracked"_s, u"preDNAT"_s, u"forward"_s}));
    QVERIFY(explainStep(forwarded.forward.steps.last()).contains(u"no applyOnForward policy"_s));
}

void TestHostEndpointTrace::workloadStepsHaveNoStage()
{
    const FlowTrace t
        = m_engine.trace(flow(u"10.10.1.1"_s, u"web/web-0"_s, u"TCP"_s, 80, u"hep:gw-eth0"_s));
    QVERIFY(!t.ingress.steps.isEmpty());
    for (const TraceStep &s : t.ingress.steps)
        QVERIFY(s.stage.isEmpty());
    QVERIFY(t.ingress.stages.isEmpty());
    QCOMPARE(t.ingress.steps.last().policy, u"web/web-80"_s);
    QCOMPARE(t.verdict, Verdict::Allow);
}

void TestHostEndpointTrace::viaMustBeAHostEndpoint()
{
    FlowTrace t = m_engine.trace(flow(u"10.1.1.1"_s, u"web/web-0"_s, u"TCP"_s, 80, u"web/web-0"_s));
    QVERIFY(!t.ok());
    QVERIFY2(t.error.contains(u"not a host endpoint"_s), qPrintable(t.error));
    t = m_engine.trace(flow(u"10.1.1.1"_s, u"web/web-0"_s, u"TCP"_s, 80, u"hep:nope"_s));
    QVERIFY2(t.error.contains(u"unknown endpoint hep:nope"_s), qPrintable(t.error));
}

void TestHostEndpointTrace::textAndJsonNameTheStages()
{
    const FlowTrace t
        = m_engine.trace(flow(u"198.51.100.1"_s, u"web/web-0"_s, u"TCP"_s, 80, u"hep:gw-eth0"_s));
    const QString text = toText(t);
    QVERIFY2(text.contains(u"198.51.100.1 -> web/web-0 via hep:gw-eth0 TCP port 80"_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"forwarded at hep:gw-eth0: allow"_s), qPrintable(text));
    QVERIFY2(
        text.contains(u"stage: untracked policy (before connection tracking)"_s), qPrintable(text));
    QVERIFY2(
        text.contains(u"stage: forwarded traffic (applyOnForward policy)"_s), qPrintable(text));
    const QByteArray json = toJson(t);
    QVERIFY2(json.contains(R"("port":80,"via":"hep:gw-eth0","verdict":"allow")"), json.constData());
    QVERIFY2(json.contains(R"("forward":{"endpoint":"hep:gw-eth0","verdict":"allow")"),
        json.constData());
    QVERIFY2(json.contains(R"({"stage":"forward","tier":"default","policy":"forward-gw")"),
        json.constData());
    // A workload step has no "stage" key: the documented contract is unchanged for workloads.
    QVERIFY2(json.contains(R"({"tier":"default","policy":"web/web-80")"), json.constData());
}

void TestHostEndpointTrace::matrixAgreesWithTrace_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("port");
    QTest::newRow("TCP 22 (failsafe in)") << u"TCP"_s << 22;
    QTest::newRow("UDP 53 (untracked allow, failsafe out)") << u"UDP"_s << 53;
    QTest::newRow("TCP 80") << u"TCP"_s << 80;
    QTest::newRow("TCP 8443 (pre-DNAT deny)") << u"TCP"_s << 8443;
    QTest::newRow("UDP 123 (untracked egress)") << u"UDP"_s << 123;
}

// The fast matrix composes the same stages with bitsets; it must give the trace's verdicts.
void TestHostEndpointTrace::matrixAgreesWithTrace()
{
    QFETCH(QString, protocol);
    QFETCH(int, port);
    const ConnectivityMatrix fast
        = computeMatrix(m_engine, MatrixGrouping::Pod, protocol, port, MatrixMethod::Sets);
    const ConnectivityMatrix slow
        = computeMatrix(m_engine, MatrixGrouping::Pod, protocol, port, MatrixMethod::Pairwise);
    QCOMPARE(fast.groups.size(), slow.groups.size());
    int hostCells = 0;
    for (qsizetype a = 0; a < fast.groups.size(); ++a) {
        for (qsizetype b = 0; b < fast.groups.size(); ++b) {
            QCOMPARE(fast.cells[a][b].verdict, slow.cells[a][b].verdict);
            if (!fast.groups[a].name.startsWith(u"hep:"_s)
                && !fast.groups[b].name.startsWith(u"hep:"_s))
                continue;
            ++hostCells;
            const FlowTrace t
                = m_engine.trace(flow(fast.groups[a].name, fast.groups[b].name, protocol, port));
            QVERIFY(t.ok());
            QCOMPARE(fast.cells[a][b].verdict == CellVerdict::Allow, t.verdict == Verdict::Allow);
        }
    }
    QVERIFY(hostCells > 10);
}

void TestHostEndpointTrace::forwardPath_data()
{
    QTest::addColumn<Flow>("flow");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("forward"); // "stage action policy" of the forward steps

    QTest::newRow("pod to outside: the all-interfaces endpoint's forward ingress, then egress")
        << flow(u"app/a"_s, u"8.8.8.8"_s, u"TCP"_s, 80) << u"allow"_s
        << QStringList {u"forward allow fwd-in"_s, u"forward allow fwd-out"_s};
    QTest::newRow("pod to outside: its forward ingress policy denies the pod's packet")
        << flow(u"app/a"_s, u"8.8.8.8"_s, u"TCP"_s, 9999) << u"deny"_s
        << QStringList {u"forward end-of-tier-deny fwd-in"_s};
    QTest::newRow("pod to pod on the same node: in and out through the all-interfaces endpoint")
        << flow(u"app/a"_s, u"app/b"_s, u"TCP"_s, 443) << u"deny"_s
        << QStringList {u"forward allow fwd-in"_s, u"forward deny fwd-out"_s};
    QTest::newRow("outside to pod: the forward egress policy applies on the way to the pod")
        << flow(u"8.8.8.8"_s, u"app/a"_s, u"TCP"_s, 443) << u"deny"_s
        << QStringList {u"forward allow fwd-in"_s, u"forward deny fwd-out"_s};
    QTest::newRow("pod on another node to a pod here: checked on the receiving node")
        << flow(u"app/c"_s, u"app/a"_s, u"TCP"_s, 80) << u"allow"_s
        << QStringList {u"forward allow fwd-in"_s, u"forward allow fwd-out"_s};
    QTest::newRow("pod here to a pod on a node without host endpoints: checked here")
        << flow(u"app/a"_s, u"app/c"_s, u"TCP"_s, 9999) << u"deny"_s
        << QStringList {u"forward end-of-tier-deny fwd-in"_s};
    QTest::newRow("no host endpoint on either node: nothing forwarded is checked")
        << flow(u"app/c"_s, u"8.8.8.8"_s, u"TCP"_s, 9999) << u"allow"_s << QStringList {};
    QTest::newRow("leaving through a named host endpoint: its forward egress policy allows")
        << flow(u"app/d"_s, u"8.8.8.8"_s, u"TCP"_s, 8080, u"hep:n3-eth1"_s) << u"allow"_s
        << QStringList {u"forward allow named-out"_s};
    QTest::newRow("leaving through a named host endpoint: its forward egress tier denies")
        << flow(u"app/d"_s, u"8.8.8.8"_s, u"TCP"_s, 9090, u"hep:n3-eth1"_s) << u"deny"_s
        << QStringList {u"forward end-of-tier-deny named-out"_s};
    QTest::newRow("arriving on a named host endpoint: its forward egress policy does not apply")
        << flow(u"8.8.8.8"_s, u"app/d"_s, u"TCP"_s, 9090, u"hep:n3-eth1"_s) << u"allow"_s
        << QStringList {u"forward default-allow"_s};
}

// Forwarded traffic meets the forward policy of the host endpoint it arrives on and of the one
// it leaves by, the all-interfaces host endpoint standing for every interface no other host
// endpoint names (workload interfaces included), on each node that forwards it.
void TestHostEndpointTrace::forwardPath()
{
    QFETCH(Flow, flow);
    QFETCH(QString, verdict);
    QFETCH(QStringList, forward);
    const LoadResult lr = Loader().loadText(kForwardWorkspace, u"forward.yaml"_s);
    QVERIFY(lr.diagnostics.isEmpty());
    const PolicyEngine engine(lr.workspace);
    const FlowTrace t = engine.trace(flow);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(steps(t.forward), forward);
    QCOMPARE(verdictName(t.verdict), verdict);
    QCOMPARE(t.via.isEmpty(), forward.isEmpty() && flow.via.isEmpty());
    const Result<Packet> pkt = engine.packet(flow);
    QVERIFY(pkt.ok());
    QCOMPARE(verdictName(engine.verdict(*pkt)), verdict);
}

void TestHostEndpointTrace::podPreDnat_data()
{
    QTest::addColumn<Flow>("flow");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("forward");

    QTest::newRow("pod to outside: the pre-DNAT policy denies the pod's packet") << flow(u"app/a"_s,
        u"8.8.8.8"_s, u"TCP"_s, 7171) << u"deny"_s << QStringList {u"preDNAT deny pre-in"_s};
    QTest::newRow("pod to pod on the node: the pre-DNAT policy denies it too") << flow(u"app/a"_s,
        u"app/b"_s, u"TCP"_s, 7171) << u"deny"_s << QStringList {u"preDNAT deny pre-in"_s};
    QTest::newRow("pre-DNAT undecided: on to the forward policies")
        << flow(u"app/a"_s, u"8.8.8.8"_s, u"TCP"_s, 80) << u"allow"_s
        << QStringList {u"preDNAT end-of-tier-pass pre-in"_s, u"preDNAT next-stage"_s,
               u"forward allow fwd-in"_s, u"forward allow fwd-out"_s};
    QTest::newRow("pre-DNAT allow: skips the forward ingress policy, not the egress one")
        << flow(u"app/a"_s, u"8.8.8.8"_s, u"TCP"_s, 8443) << u"allow"_s
        << QStringList {u"preDNAT allow pre-in"_s, u"forward allow fwd-out"_s};
    QTest::newRow("a failsafe port skips the pre-DNAT policy, not the forward one")
        << flow(u"app/a"_s, u"8.8.8.8"_s, u"TCP"_s, 22) << u"deny"_s
        << QStringList {u"failsafe next-stage"_s, u"forward end-of-tier-deny fwd-in"_s};
    QTest::newRow("a pod to itself: its packet never reaches the host, nothing denies it")
        << flow(u"app/a"_s, u"app/a"_s, u"TCP"_s, 7171) << u"allow"_s << QStringList {};
    QTest::newRow("a pod to its own address, named as an address")
        << flow(u"app/a"_s, u"10.1.0.1"_s, u"TCP"_s, 7171) << u"allow"_s << QStringList {};
}

// Felix's mangle PREROUTING sends a pod's packets through the all-interfaces host endpoint's
// pre-DNAT chain (dispatch ends there for every interface), so its pre-DNAT policy meets them
// before the forward policy.
void TestHostEndpointTrace::podPreDnat()
{
    QFETCH(Flow, flow);
    QFETCH(QString, verdict);
    QFETCH(QStringList, forward);
    const LoadResult lr = Loader().loadText(kPodPreDnatWorkspace, u"prednat.yaml"_s);
    QVERIFY(lr.diagnostics.isEmpty());
    const PolicyEngine engine(lr.workspace);
    const FlowTrace t = engine.trace(flow);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(steps(t.forward), forward);
    QCOMPARE(verdictName(t.verdict), verdict);
    const Result<Packet> pkt = engine.packet(flow);
    QVERIFY(pkt.ok());
    QCOMPARE(verdictName(engine.verdict(*pkt)), verdict);
}

void TestHostEndpointTrace::podToOwnHostPreDnat_data()
{
    QTest::addColumn<Flow>("flow");
    QTest::addColumn<bool>("drop");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("ingress");

    const QString host = u"192.168.0.10"_s;
    QTest::newRow("the pre-DNAT policy denies the pod's packet to its own host") << flow(u"app/a"_s,
        host, u"TCP"_s, 7171) << false << u"deny"_s << QStringList {u"preDNAT deny pre-in"_s};
    QTest::newRow("pre-DNAT allow: defaultEndpointToHostAction still decides (Accept)")
        << flow(u"app/a"_s, host, u"TCP"_s, 8443) << false << u"allow"_s
        << QStringList {u"preDNAT allow pre-in"_s, u"workloadToHost allow"_s};
    QTest::newRow("pre-DNAT allow: defaultEndpointToHostAction still decides (Drop)")
        << flow(u"app/a"_s, host, u"TCP"_s, 8443) << true << u"deny"_s
        << QStringList {u"preDNAT allow pre-in"_s, u"workloadToHost deny"_s};
    QTest::newRow("pre-DNAT undecided: no forward stage on the way to the host")
        << flow(u"app/a"_s, host, u"TCP"_s, 80) << false << u"allow"_s
        << QStringList {u"preDNAT end-of-tier-pass pre-in"_s, u"preDNAT next-stage"_s,
               u"workloadToHost allow"_s};
    QTest::newRow("a failsafe port skips the pre-DNAT policy")
        << flow(u"app/a"_s, host, u"TCP"_s, 22) << false << u"allow"_s
        << QStringList {u"failsafe next-stage"_s, u"workloadToHost allow"_s};
    QTest::newRow("the pod's egress policy still applies after a pre-DNAT allow")
        << flow(u"app/b"_s, host, u"TCP"_s, 8443) << false << u"deny"_s
        << QStringList {u"preDNAT allow pre-in"_s, u"workloadToHost allow"_s};
}

// A pod's packet to an address of its own node meets, as in Felix, mangle PREROUTING's pre-DNAT
// dispatch first (the all-interfaces host endpoint's pre-DNAT policy, failsafe ports first), then
// filter INPUT's workload-to-host chain: the pod's egress policy and defaultEndpointToHostAction.
void TestHostEndpointTrace::podToOwnHostPreDnat()
{
    QFETCH(Flow, flow);
    QFETCH(bool, drop);
    QFETCH(QString, verdict);
    QFETCH(QStringList, ingress);
    QByteArray yaml = kPodPreDnatWorkspace + R"(---
apiVersion: v1
kind: Node
metadata: {name: n1}
status:
  addresses: [{type: InternalIP, address: 192.168.0.10}]
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: b-out, namespace: app}
spec:
  selector: app == 'b'
  types: [Egress]
  egress: [{action: Deny, destination: {nets: [192.168.0.10/32]}}, {action: Allow}]
)";
    if (drop) {
        yaml += R"(---
apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata: {name: default}
spec: {defaultEndpointToHostAction: Drop}
)";
    }
    // Only pod b's egress denies the host.
    yaml.replace("metadata: {name: b, namespace: app}",
        "metadata: {name: b, namespace: app, labels: {app: b}}");
    const LoadResult lr = Loader().loadText(yaml, u"ownhost.yaml"_s);
    QVERIFY2(lr.diagnostics.isEmpty(),
        qPrintable(lr.diagnostics.isEmpty() ? QString() : lr.diagnostics.first().message));
    const PolicyEngine engine(lr.workspace);
    const FlowTrace t = engine.trace(flow);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(steps(t.ingress), ingress);
    QVERIFY(t.forward.steps.isEmpty());
    QCOMPARE(verdictName(t.verdict), verdict);
    const Result<Packet> pkt = engine.packet(flow);
    QVERIFY(pkt.ok());
    QCOMPARE(verdictName(engine.verdict(*pkt)), verdict);
    // The matrix gives the pair the same verdict.
    const QList<PacketPeer> peers {pkt->source, pkt->destination};
    MatrixProbe probe;
    probe.protocol = pkt->protocol;
    probe.port = pkt->destinationPort;
    const PairVerdicts pairs(engine, peers, probe);
    QCOMPARE(pairs.allowed(0, 1), verdict == u"allow"_s);
    const QList<GroupProbeSets> sets
        = PairVerdicts::groupProbeSets(engine, peers, {probe}, {{0}, {1}}, true);
    bool allowed = false;
    for (const GroupProbeSets &g : sets) {
        if (g.from == 0 && g.to == 1)
            allowed = !g.allowed.empty() && (g.allowed[0] & 1U) != 0;
    }
    QCOMPARE(allowed, verdict == u"allow"_s);
}

// The words of a pod's path to its own host through the pre-DNAT stage: the pre-DNAT allow and
// the failsafe port do not end the path (the workload-to-host chain still runs), and the last
// step names the pre-DNAT policy before it.
void TestHostEndpointTrace::ownHostWording()
{
    const LoadResult lr = Loader().loadText(kPodPreDnatWorkspace + R"(---
apiVersion: v1
kind: Node
metadata: {name: n1}
status:
  addresses: [{type: InternalIP, address: 192.168.0.10}]
)",
        u"ownhost.yaml"_s);
    QVERIFY(lr.diagnostics.isEmpty());
    const PolicyEngine engine(lr.workspace);
    const FlowTrace allowed = engine.trace(flow(u"app/a"_s, u"192.168.0.10"_s, u"TCP"_s, 8443));
    QCOMPARE(allowed.ingress.steps.size(), 2);
    const QString allow = explainStep(allowed.ingress.steps.first());
    QVERIFY2(allow.contains(u"only marks the packet"_s), qPrintable(allow));
    QVERIFY2(!allow.contains(u"skips"_s), qPrintable(allow));
    const QString toHost = explainStep(allowed.ingress.steps.last());
    QVERIFY2(toHost.contains(u"pre-DNAT stage of the node's all-interfaces host endpoint"_s),
        qPrintable(toHost));
    QVERIFY2(toHost.contains(u"normal policy does not apply"_s), qPrintable(toHost));
    const FlowTrace failsafe = engine.trace(flow(u"app/a"_s, u"192.168.0.10"_s, u"TCP"_s, 22));
    const QString open = explainStep(failsafe.ingress.steps.first());
    QVERIFY2(open.contains(u"before the pre-DNAT policy"_s), qPrintable(open));
    QVERIFY2(!open.contains(u"forwarded"_s), qPrintable(open));
    // Forwarded, the same steps keep their words.
    const FlowTrace out = engine.trace(flow(u"app/a"_s, u"8.8.8.8"_s, u"TCP"_s, 8443));
    QVERIFY(explainStep(out.forward.steps.first()).contains(u"skips"_s));
}

// A pod's packet to its own address stays inside the pod (the kernel's loopback): the trace says
// so on both sides, the verdict is allow whatever the policies (here the pre-DNAT deny of 7171
// on the node's all-interfaces host endpoint), and the matrix and the group probe sets count the
// pod with itself as allowed while two distinct pods alike still meet the policy.
void TestHostEndpointTrace::podToItself()
{
    const LoadResult lr = Loader().loadText(kPodPreDnatWorkspace, u"prednat.yaml"_s);
    QVERIFY(lr.diagnostics.isEmpty());
    const PolicyEngine engine(lr.workspace);
    const FlowTrace t = engine.trace(flow(u"app/a"_s, u"app/a"_s, u"TCP"_s, 7171));
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(verdictName(t.verdict), u"allow"_s);
    for (const DirectionTrace *side : {&t.egress, &t.ingress}) {
        QCOMPARE(side->steps.size(), 1);
        QCOMPARE(side->steps.first().why.kind, StepReason::Kind::ToItself);
        QVERIFY(explainStep(side->steps.first()).contains(u"stays inside the pod"_s));
    }
    QVERIFY(t.forward.steps.isEmpty());

    const Result<EndpointRef> a = engine.resolve(u"app/a"_s);
    const Result<EndpointRef> b = engine.resolve(u"app/b"_s);
    QVERIFY(a.ok() && b.ok());
    const PacketPeer pa = endpointPeer(engine.inventory(), a->object);
    const PacketPeer pb = endpointPeer(engine.inventory(), b->object);
    MatrixProbe probe;
    probe.protocol = 6;
    probe.port = 7171;
    const PairVerdicts pairs(engine, {pa, pa, pb}, probe);
    QVERIFY(pairs.allowed(0, 1)); // a to itself
    QVERIFY(!pairs.allowed(0, 0)); // a to another pod alike (on its node): the pre-DNAT deny
    QVERIFY(!pairs.allowedBetweenAlike(0, 1));
    QVERIFY(!pairs.allowed(0, 2)); // a to b

    // Groups: {a} alone (no pair of distinct pods: a to itself makes no edge), then {a and a pod
    // alike} (the peer repeated: their pairs denied at the pre-DNAT policy).
    for (const bool several : {false, true}) {
        const QList<GroupProbeSets> sets = PairVerdicts::groupProbeSets(engine, {pa, pb}, {probe},
            {{0}, {1}}, true, {several ? QSet<int> {0} : QSet<int> {}, {}});
        bool allowed = false, denied = false;
        for (const GroupProbeSets &g : sets) {
            if (g.from == 0 && g.to == 0) {
                allowed = (g.allowed[0] & 1U) != 0;
                denied = (g.denied[0] & 1U) != 0;
            }
        }
        QVERIFY(!allowed);
        QCOMPARE(denied, several);
    }

    // The matrix: by pod, a with itself allowed and a to b denied; by namespace, of app's four
    // pairs the two of a pod with itself.
    for (const MatrixMethod method : {MatrixMethod::Sets, MatrixMethod::Pairwise}) {
        const ConnectivityMatrix byPod
            = computeMatrix(engine, MatrixGrouping::Pod, u"TCP"_s, 7171, method);
        int ia = -1, ib = -1;
        for (qsizetype g = 0; g < byPod.groups.size(); ++g) {
            if (byPod.groups[g].name == u"app/a"_s)
                ia = int(g);
            if (byPod.groups[g].name == u"app/b"_s)
                ib = int(g);
        }
        QVERIFY(ia >= 0 && ib >= 0);
        QCOMPARE(byPod.cells[ia][ia].allowedPairs, 1);
        QCOMPARE(byPod.cells[ia][ib].allowedPairs, 0);
        const ConnectivityMatrix byNamespace
            = computeMatrix(engine, MatrixGrouping::Namespace, u"TCP"_s, 7171, method);
        for (qsizetype g = 0; g < byNamespace.groups.size(); ++g) {
            if (byNamespace.groups[g].name == u"app"_s) {
                QCOMPARE(byNamespace.cells[g][g].pairs, 4);
                QCOMPARE(byNamespace.cells[g][g].allowedPairs, 2);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestHostEndpointTrace)
#include "tst_hostendpointtrace.moc"
