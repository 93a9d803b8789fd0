// Host-endpoint pipelines (calico-semantics §4.8): which policies Felix puts in a host
// endpoint's untracked (doNotTrack), pre-DNAT, normal and forward (applyOnForward) lists, in
// which order and direction, and what each pipeline decides for a packet.

#include <QtTest>

#include "core/eval/hostendpointpipeline.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kWorkspace = R"(
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node-a-eth1, labels: {role: host}}
spec: {node: node-a, interfaceName: eth1, expectedIPs: [192.168.5.1]}
---
apiVersion: v1
kind: Namespace
metadata: {name: web}
---
apiVersion: v1
kind: Pod
metadata: {name: web-0, namespace: web, labels: {role: host}}
spec: {nodeName: node-a, containers: [{name: main, image: nginx}]}
status: {podIP: 10.244.0.5, podIPs: [{ip: 10.244.0.5}]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: untracked-dns}
spec:
  order: 10
  selector: role == 'host'
  doNotTrack: true
  applyOnForward: true
  types: [Ingress, Egress]
  ingress: [{action: Allow, protocol: UDP, destination: {ports: [53]}}]
  egress: [{action: Allow, protocol: UDP, destination: {ports: [53]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: prednat-block}
spec:
  order: 20
  selector: role == 'host'
  preDNAT: true
  applyOnForward: true
  types: [Ingress]
  ingress: [{action: Deny, source: {nets: [198.51.100.0/24]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: forward-web}
spec:
  order: 30
  selector: role == 'host'
  applyOnForward: true
  types: [Ingress]
  ingress: [{action: Allow, protocol: TCP, destination: {ports: [80]}}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: host-ssh}
spec:
  order: 40
  selector: role == 'host'
  types: [Ingress]
  ingress: [{action: Allow, protocol: TCP, destination: {ports: [22]}}]
)";

QStringList names(const PolicyEngine &engine, const std::vector<int> &policies)
{
    QStringList out;
    for (int p : policies)
        out.append(engine.policies()[p].displayName);
    return out;
}

} // namespace

class TestHostEndpointPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void policiesPerPipeline_data();
    void policiesPerPipeline();
    void normalIsTheEnginesList();
    void workloadsHaveOnlyNormal();
    void evaluate_data();
    void evaluate();

private:
    PolicyEngine m_engine;
    int m_hep = -1;
    int m_pod = -1;
};

void TestHostEndpointPipeline::initTestCase()
{
    const LoadResult lr = Loader().loadText(kWorkspace, u"hep.yaml"_s);
    m_engine = PolicyEngine(lr.workspace);
    m_hep = m_engine.resolve(u"hep:node-a-eth1"_s).object;
    m_pod = m_engine.resolve(u"web/web-0"_s).object;
    QVERIFY(m_hep >= 0);
    QVERIFY(m_pod >= 0);
}

void TestHostEndpointPipeline::policiesPerPipeline_data()
{
    QTest::addColumn<int>("pipeline");
    QTest::addColumn<bool>("ingress");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, HostEndpointPipeline p, bool in, QStringList e) {
        QTest::newRow(name) << int(p) << in << e;
    };
    row("untracked ingress", HostEndpointPipeline::Untracked, true, {u"untracked-dns"_s});
    row("untracked egress", HostEndpointPipeline::Untracked, false, {u"untracked-dns"_s});
    row("preDNAT ingress", HostEndpointPipeline::PreDnat, true, {u"prednat-block"_s});
    row("preDNAT egress (never)", HostEndpointPipeline::PreDnat, false, {});
    row("normal ingress", HostEndpointPipeline::Normal, true, {u"forward-web"_s, u"host-ssh"_s});
    row("normal egress", HostEndpointPipeline::Normal, false, {});
    row("forward ingress", HostEndpointPipeline::Forward, true, {u"forward-web"_s});
    row("forward egress", HostEndpointPipeline::Forward, false, {});
}

void TestHostEndpointPipeline::policiesPerPipeline()
{
    QFETCH(int, pipeline);
    QFETCH(bool, ingress);
    QFETCH(QStringList, expected);
    const std::vector<int> got = hostEndpointPolicies(m_engine, m_hep,
        ingress ? Direction::Ingress : Direction::Egress, HostEndpointPipeline(pipeline));
    QCOMPARE(names(m_engine, got), expected);
}

void TestHostEndpointPipeline::normalIsTheEnginesList()
{
    for (const Direction d : {Direction::Ingress, Direction::Egress}) {
        QCOMPARE(hostEndpointPolicies(m_engine, m_hep, d, HostEndpointPipeline::Normal),
            m_engine.applicablePolicies(m_hep, d));
    }
}

void TestHostEndpointPipeline::workloadsHaveOnlyNormal()
{
    // The pod carries role=host too, but doNotTrack / preDNAT / forward lists are for host
    // endpoints only.
    for (const auto p : {HostEndpointPipeline::Untracked, HostEndpointPipeline::PreDnat,
             HostEndpointPipeline::Forward})
        QVERIFY(hostEndpointPolicies(m_engine, m_pod, Direction::Ingress, p).empty());
    QCOMPARE(names(m_engine,
                 hostEndpointPolicies(
                     m_engine, m_pod, Direction::Ingress, HostEndpointPipeline::Normal)),
        QStringList({u"forward-web"_s, u"host-ssh"_s}));
}

void TestHostEndpointPipeline::evaluate_data()
{
    QTest::addColumn<int>("pipeline");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("policy");
    const auto row = [](const char *name, HostEndpointPipeline p, const char *from, const char *to,
                         const char *proto, int port, StageVerdict v, const char *policy) {
        QTest::newRow(name) << int(p) << QString::fromUtf8(from) << QString::fromUtf8(to)
                            << QString::fromUtf8(proto) << port << int(v)
                            << QString::fromUtf8(policy);
    };
    using P = HostEndpointPipeline;
    using V = StageVerdict;
    row("untracked allows DNS", P::Untracked, "203.0.113.9", "192.168.5.1", "UDP", 53, V::Allow,
        "untracked-dns");
    row("untracked leaves the rest", P::Untracked, "203.0.113.9", "192.168.5.1", "TCP", 80,
        V::NoVerdict, "");
    row("preDNAT denies the blocked net", P::PreDnat, "198.51.100.7", "192.168.5.1", "TCP", 80,
        V::Deny, "prednat-block");
    row("preDNAT leaves the rest", P::PreDnat, "203.0.113.9", "192.168.5.1", "TCP", 80,
        V::NoVerdict, "");
    row("forward allows web", P::Forward, "203.0.113.9", "10.0.0.5", "TCP", 80, V::Allow,
        "forward-web");
    row("forward: end of tier", P::Forward, "203.0.113.9", "10.0.0.5", "TCP", 81, V::Deny, "");
    row("normal allows ssh", P::Normal, "203.0.113.9", "192.168.5.1", "TCP", 22, V::Allow,
        "host-ssh");
    row("normal: end of tier", P::Normal, "203.0.113.9", "192.168.5.1", "TCP", 443, V::Deny, "");
}

void TestHostEndpointPipeline::evaluate()
{
    QFETCH(int, pipeline);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, protocol);
    QFETCH(int, port);
    QFETCH(int, verdict);
    QFETCH(QString, policy);
    Flow flow;
    flow.from = from;
    flow.to = to;
    flow.protocol = protocol;
    flow.port = port;
    const Result<Packet> packet = m_engine.packet(flow);
    QVERIFY(packet.ok());
    const PipelineResult r = evaluateHostEndpointPipeline(
        m_engine, m_hep, Direction::Ingress, HostEndpointPipeline(pipeline), *packet);
    QCOMPARE(int(r.verdict), verdict);
    QCOMPARE(r.policy >= 0 ? m_engine.policies()[r.policy].displayName : QString(), policy);
    QVERIFY(!r.reason.isEmpty());
}

QTEST_GUILESS_MAIN(TestHostEndpointPipeline)
#include "tst_hostendpointpipeline.moc"
