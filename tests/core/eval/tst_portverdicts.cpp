// A trace without a destination port stands for every port: verdictsByPort() groups the ports
// by verdict. Each row is checked against a trace of every single port 0-65535, so a boundary
// the partition misses (a range end, a named port, a Service port) fails the test.

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/eval/portverdicts.h"
#include "core/io/loader.h"
#include "core/report/explainer.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

// web: TCP 80, 8000-8100 and its named port "metrics" (9090) are allowed in; open: every TCP
// port; client: no policy at all.
const QByteArray kWorkspace = R"(apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {nodeName: n1}
status: {podIP: 10.0.0.1, podIPs: [{ip: 10.0.0.1}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec:
  nodeName: n1
  containers:
  - name: web
    ports: [{name: metrics, containerPort: 9090}]
status: {podIP: 10.0.0.2, podIPs: [{ip: 10.0.0.2}]}
---
apiVersion: v1
kind: Pod
metadata: {name: open, namespace: shop, labels: {app: open}}
spec: {nodeName: n1}
status: {podIP: 10.0.0.3, podIPs: [{ip: 10.0.0.3}]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  selector: app == 'web'
  types: [Ingress]
  ingress:
  - action: Allow
    protocol: TCP
    destination: {ports: [80, "8000:8100"]}
  - action: Allow
    protocol: TCP
    destination: {ports: [metrics]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: open, namespace: shop}
spec:
  selector: app == 'open'
  types: [Ingress]
  ingress:
  - action: Allow
    protocol: TCP
)";

using Ranges = QList<QPair<int, int>>;

} // namespace

class TestPortVerdicts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groups_data();
    void groups();
    void agreesWithEveryPort_data();
    void agreesWithEveryPort();
    void unknownEndpointIsAnError();

private:
    std::unique_ptr<PolicyEngine> m_engine;
};

void TestPortVerdicts::initTestCase()
{
    const LoadResult loaded = Loader().loadText(kWorkspace, u"ws.yaml"_s);
    QVERIFY(!hasErrors(loaded.diagnostics));
    m_engine = std::make_unique<PolicyEngine>(loaded.workspace);
}

void TestPortVerdicts::groups_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<Ranges>("allowed"); // the ports allowed; every other port is denied
    QTest::addColumn<QString>("text");

    QTest::newRow("ranges and a named port")
        << u"shop/web"_s << u"TCP"_s << Ranges {{80, 80}, {8000, 8100}, {9090, 9090}}
        << u"allowed for ports 80, 8000–8100, 9090; denied "
           "for every other port"_s;
    QTest::newRow("other protocol: uniform deny")
        << u"shop/web"_s << u"UDP"_s << Ranges {} << u"denied for every port"_s;
    QTest::newRow("every port allowed")
        << u"shop/open"_s << u"TCP"_s << Ranges {{0, 65535}} << u"allowed for every port"_s;
    QTest::newRow("ICMP has no ports: one group")
        << u"shop/open"_s << u"ICMP"_s << Ranges {} << u"denied for every port"_s;
}

void TestPortVerdicts::groups()
{
    QFETCH(QString, to);
    QFETCH(QString, protocol);
    QFETCH(Ranges, allowed);
    QFETCH(QString, text);

    Flow flow {u"shop/client"_s, to, {}, protocol};
    flow.port = 1234; // ignored
    const PortVerdicts result = verdictsByPort(*m_engine, flow);
    QVERIFY2(result.ok(), qPrintable(result.error));
    Ranges gotAllowed;
    for (const PortVerdictGroup &group : result.groups) {
        if (group.verdict == Verdict::Allow)
            gotAllowed += group.ranges;
    }
    QCOMPARE(gotAllowed, allowed);
    const bool uniform = allowed.isEmpty() || allowed == Ranges {{0, 65535}};
    QCOMPARE(result.uniform(), uniform);
    QCOMPARE(portVerdictsText(result), text);
}

void TestPortVerdicts::agreesWithEveryPort_data()
{
    QTest::addColumn<QString>("to");
    QTest::newRow("web") << u"shop/web"_s;
    QTest::newRow("open") << u"shop/open"_s;
}

void TestPortVerdicts::agreesWithEveryPort()
{
    QFETCH(QString, to);
    Flow flow {u"shop/client"_s, to, {}, u"TCP"_s};
    const PortVerdicts result = verdictsByPort(*m_engine, flow);
    QVERIFY(result.ok());
    QList<Flow> flows;
    for (int port = 0; port <= 65535; ++port) {
        flow.port = port;
        flows.append(flow);
    }
    const QList<FlowTrace> traces = m_engine->trace(flows);
    int covered = 0;
    for (const PortVerdictGroup &group : result.groups) {
        for (const auto &[first, last] : group.ranges) {
            for (int port = first; port <= last; ++port) {
                QVERIFY2(
                    traces.at(port).verdict == group.verdict, qPrintable(u"port %1"_s.arg(port)));
                ++covered;
            }
        }
    }
    QCOMPARE(covered, 65536);
}

void TestPortVerdicts::unknownEndpointIsAnError()
{
    const PortVerdicts result = verdictsByPort(*m_engine, Flow {u"shop/nobody"_s, u"shop/web"_s});
    QVERIFY(!result.ok());
    QVERIFY(result.groups.isEmpty());
    QVERIFY2(result.error.contains(u"shop/nobody"_s), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestPortVerdicts)
#include "tst_portverdicts.moc"
