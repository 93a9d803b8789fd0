// What the engine leaves out because Calico would reject it (core/validate/admission.h): a
// resource with an error the loader found in its text or one validation found is absent from
// every analysis, and PolicyEngine::leftOut() names it with the first error and its position.
// The flow of each row is evaluated as if the resource were not there.

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/report/leftoutreport.h"
#include "core/validate/validator.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

// a: the destination; "base" denies at the end of the default tier whatever reaches it, so a
// policy that allows the probe only because it was widened would show.
const QByteArray kBase = R"(apiVersion: v1
kind: Namespace
metadata: {name: default}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: default, labels: {app: db}}
spec: {nodeName: n1}
status: {podIP: 10.0.0.2, podIPs: [{ip: 10.0.0.2}]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: base}
spec: {order: 100, selector: all(), types: [Ingress]}
---
)";

} // namespace

class TestLeftOut : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void leftOut_data();
    void leftOut();
    void validWorkspaceIsEvaluatedWhole();
    void reports();
};

void TestLeftOut::leftOut_data()
{
    QTest::addColumn<QByteArray>("yaml"); // appended to kBase (line 16 on)
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("port out of range (loader)") << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec:
  order: 1
  selector: all()
  ingress:
  - action: Allow
    protocol: TCP
    destination: {ports: [70000]}
)") << u"GlobalNetworkPolicy"_s << u"p"_s << u"port 70000 is out of range (0-65535)"_s
                                                << 25 << 27;
    QTest::newRow("misspelled field (loader)") << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec:
  order: 1
  selector: all()
  ingress:
  - action: Allow
    protocol: TCP
    destnation: {ports: [80]}
)") << u"GlobalNetworkPolicy"_s << u"p"_s << u"unknown field \"destnation\""_s
                                               << 25 << 5;
    QTest::newRow("net that does not parse (validation)")
        << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec:
  order: 1
  selector: all()
  ingress:
  - action: Allow
    source: {nets: [10.0.0.0/40]}
)") << u"GlobalNetworkPolicy"_s
        << u"p"_s << u"10.0.0.0/40"_s << 24 << 21;
    QTest::newRow("selector that does not parse (validation)")
        << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: default}
spec:
  order: 1
  selector: app = 'db'
  ingress:
  - action: Allow
)") << u"NetworkPolicy"_s
        << u"default/p"_s << u"invalid selector"_s << 21 << 17;
    QTest::newRow("second definition (validation)")
        << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: base}
spec:
  order: 1
  selector: all()
  ingress:
  - action: Allow
)") << u"GlobalNetworkPolicy"_s
        << u"base"_s << u"defined"_s << 18 << 18;
}

void TestLeftOut::leftOut()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);

    const LoadResult loaded = Loader().loadText(kBase + yaml, u"ws.yaml"_s);
    const PolicyEngine engine(loaded.workspace);
    QCOMPARE(engine.leftOut().size(), 1);
    const LeftOut &out = engine.leftOut().constFirst();
    QCOMPARE(kindName(out.kind), kind);
    QCOMPARE(out.name, name);
    QVERIFY2(out.reason.message.contains(message), qPrintable(out.reason.message));
    QCOMPARE(out.reason.file, u"ws.yaml"_s);
    QCOMPARE(out.reason.line, line);
    QCOMPARE(out.reason.column, column);

    // Evaluated as if it were absent: the base policy's end-of-tier deny decides.
    QCOMPARE(engine.workspace()->policies.size(), loaded.workspace->policies.size() - 1);
    Flow flow;
    flow.from = u"198.51.100.1"_s;
    flow.to = u"default/a"_s;
    flow.protocol = u"TCP"_s;
    flow.port = 81;
    QCOMPARE(engine.trace(flow).verdict, Verdict::Deny);
    flow.port = 80;
    QCOMPARE(engine.trace(flow).verdict, Verdict::Deny);
}

void TestLeftOut::validWorkspaceIsEvaluatedWhole()
{
    const LoadResult loaded = Loader().loadText(kBase, u"ws.yaml"_s);
    const PolicyEngine engine(loaded.workspace);
    QVERIFY(engine.leftOut().isEmpty());
    QCOMPARE(engine.workspace(), loaded.workspace);
    QCOMPARE(engine.policies().size(), 1);
}

// The text line and the JSON array every analysis prints.
void TestLeftOut::reports()
{
    const QByteArray yaml = kBase + R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec:
  selector: all()
  ingress:
  - {action: Allow, protocol: TCP, destination: {ports: [70000]}}
)";
    const LoadResult loaded = Loader().loadText(yaml, u"ws.yaml"_s);
    const PolicyEngine engine(loaded.workspace, Validator().validate(loaded.workspace));
    QCOMPARE(leftOutText(engine.leftOut()),
        u"left out: GlobalNetworkPolicy p — port 70000 is out of range (0-65535) (ws.yaml:22:58)\n"_s);
    QCOMPARE(withLeftOut("{\"a\":1}", engine.leftOut()),
        QByteArray(R"j({"a":1,"leftOut":[{"kind":"GlobalNetworkPolicy","name":"p",)j"
                   R"j("message":"port 70000 is out of range (0-65535)","file":"ws.yaml",)j"
                   R"j("line":22,"column":58,"path":"spec.ingress[0].destination.ports[0]"}]})j"));
    QCOMPARE(withLeftOut("{}", engine.leftOut()).left(12), QByteArray("{\"leftOut\":["));
    QCOMPARE(withLeftOut("{\"a\":1}", {}), QByteArray("{\"a\":1}"));
    // A diff's: the side first.
    QCOMPARE(leftOutText(QList<LeftOut> {}, engine.leftOut()),
        u"left out: new GlobalNetworkPolicy p — port 70000 is out of range (0-65535) "
        "(ws.yaml:22:58)\n"_s);
}

QTEST_GUILESS_MAIN(TestLeftOut)

#include "tst_leftout.moc"
