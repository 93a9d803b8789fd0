// An invalid value never makes a rule broader. Random valid rules (fixed seeds) get one invalid
// field each — a net that does not parse, a selector that does not parse, a port out of range
// or with a bad name, an ICMP type out of range, an unknown protocol, a bad IP version — and
// are compiled and rendered as they are, with no validation in between (PolicyEngine's
// constructor with an empty validation, as a workspace built in memory would be). For every
// probe flow, what the engine's trace and the rendered rules (walked by the Simulator) allow
// with the invalid field must also be allowed by the same rule without it.
//
// Also: what the engine leaves out of a loaded workspace when Calico would reject it.

#include <functional>

#include <QRandomGenerator>
#include <QtTest>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/simulator.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

// Two pods on one node: a (the destination, a named port "http" on TCP 80) and b (a source
// with labels); the default namespace has a label too.
const QByteArray kInventory = R"(
apiVersion: v1
kind: Namespace
metadata: {name: default, labels: {env: prod}}
---
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: default, labels: {app: db}}
spec: {nodeName: n1, containers: [{name: c, image: x, ports: [{name: http, containerPort: 80}]}]}
status: {podIP: 10.0.0.2, podIPs: [{ip: 10.0.0.2}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: default, labels: {app: web}}
spec: {nodeName: n1, serviceAccountName: sa1, containers: [{name: c, image: x}]}
status: {podIP: 10.0.0.3, podIPs: [{ip: 10.0.0.3}]}
)";

/// One invalid field: applied to a rule, and what the rule is without it.
struct Invalid {
    QString name;
    std::function<void(Rule &)> add;
};

QList<Invalid> invalidFields()
{
    const auto sideOf
        = [](Rule &r, bool source) -> EntityRule & { return source ? r.source : r.destination; };
    QList<Invalid> out;
    for (const bool source : {true, false}) {
        const QString side = source ? u"source"_s : u"destination"_s;
        out.append({side + u".nets bad entry"_s,
            [=](Rule &r) { sideOf(r, source).nets.append(u"10.0.0.0/40"_s); }});
        out.append({side + u".notNets bad entry"_s,
            [=](Rule &r) { sideOf(r, source).notNets.append(u"not-a-net"_s); }});
        out.append(
            {side + u".selector"_s, [=](Rule &r) { sideOf(r, source).selector = u"app =="_s; }});
        out.append({side + u".notSelector"_s,
            [=](Rule &r) { sideOf(r, source).notSelector = u"app == 'web' &&"_s; }});
        out.append({side + u".namespaceSelector"_s,
            [=](Rule &r) { sideOf(r, source).namespaceSelector = u"env in {"_s; }});
        out.append({side + u".serviceAccounts.selector"_s, [=](Rule &r) {
                        sideOf(r, source).serviceAccounts = ServiceAccountMatch {{}, u"a ="_s};
                    }});
        out.append(
            {side + u".serviceAccounts.names"_s, [=](Rule &r) {
                 sideOf(r, source).serviceAccounts = ServiceAccountMatch {{u"sa1"_s, u"x'y"_s}, {}};
             }});
        out.append({side + u".ports 70000"_s,
            [=](Rule &r) { sideOf(r, source).ports.append(Port::single(70000)); }});
        out.append({side + u".ports 90:80"_s,
            [=](Rule &r) { sideOf(r, source).ports.append(Port::range(90, 80)); }});
        out.append({side + u".ports bad name"_s,
            [=](Rule &r) { sideOf(r, source).ports.append(Port::named(u"no such name!"_s)); }});
        out.append({side + u".notPorts 70000:70001"_s,
            [=](Rule &r) { sideOf(r, source).notPorts.append(Port::range(70000, 70001)); }});
    }
    out.append(
        {u"protocol unknown"_s, [](Rule &r) { r.protocol = Protocol::fromString(u"TCPX"_s); }});
    out.append({u"notProtocol unknown"_s,
        [](Rule &r) { r.notProtocol = Protocol::fromString(u"XYZ"_s); }});
    out.append({u"ipVersion 5"_s, [](Rule &r) { r.ipVersion = 5; }});
    out.append({u"icmp type 300"_s, [](Rule &r) { r.icmp = IcmpFields {300, std::nullopt}; }});
    out.append({u"icmp code without type"_s, [](Rule &r) {
                    r.icmp = IcmpFields {std::nullopt, 3};
                }});
    out.append({u"notICMP type 300"_s, [](Rule &r) { r.notICMP = IcmpFields {300, 0}; }});
    out.append({u"action misspelled"_s, [](Rule &r) { r.action = u"Allw"_s; }});
    return out;
}

class Gen {
public:
    explicit Gen(quint32 seed) : m_rng(seed) { }
    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }

    /// A valid Allow rule with a few random criteria.
    Rule rule()
    {
        Rule r;
        r.action = u"Allow"_s;
        switch (below(4)) {
        case 0:
            break;
        case 1:
            r.protocol = Protocol::fromString(u"TCP"_s);
            break;
        case 2:
            r.protocol = Protocol::fromString(u"UDP"_s);
            break;
        default:
            r.protocol = Protocol::fromString(u"ICMP"_s);
            break;
        }
        if (chance(30))
            r.source.nets.append(chance(50) ? u"10.0.0.0/24"_s : u"192.0.2.0/24"_s);
        if (chance(30))
            r.source.selector = chance(50) ? u"app == 'web'"_s : u"all()"_s;
        const bool ported = r.protocol && r.protocol->toNumber() != 1;
        if (ported && chance(50))
            r.destination.ports.append(chance(50) ? Port::single(80) : Port::range(80, 90));
        if (ported && chance(20))
            r.destination.ports.append(Port::named(u"http"_s));
        return r;
    }

private:
    QRandomGenerator m_rng;
};

Workspace withRule(const Workspace &inventory, const Rule &rule)
{
    return inventory.edited([&](WorkspaceData &d) {
        CalicoPolicy p;
        p.kind = ResourceKind::GlobalNetworkPolicy;
        p.meta.name = u"p"_s;
        p.order = 1;
        p.selector = u"app == 'db'"_s;
        p.types = {u"Ingress"_s};
        p.ingress = {rule};
        d.policies.append(p);
    });
}

struct Probe {
    QString from; // REF or address
    QString fromAddress;
    QString protocol;
    int protocolNumber = 6;
    std::optional<int> port;
    std::optional<int> icmpType;
    std::optional<int> icmpCode;
};

QList<Probe> probes()
{
    QList<Probe> out;
    const QList<QPair<QString, QString>> sources {{u"default/b"_s, u"10.0.0.3"_s},
        {u"192.0.2.9"_s, u"192.0.2.9"_s}, {u"198.51.100.1"_s, u"198.51.100.1"_s}};
    for (const auto &[ref, address] : sources) {
        for (const int port : {22, 80, 85, 443, 65535}) {
            out.append({ref, address, u"TCP"_s, 6, port, {}, {}});
            out.append({ref, address, u"UDP"_s, 17, port, {}, {}});
        }
        out.append({ref, address, u"ICMP"_s, 1, {}, 8, 0});
        out.append({ref, address, u"ICMP"_s, 1, {}, 3, 3});
    }
    return out;
}

/// What the engine and the rendered rules allow of each probe, in probes() order.
struct Allowed {
    QList<bool> engine;
    QList<bool> rendered;
};

Allowed allowed(const Workspace &workspace)
{
    const PolicyEngine engine(workspace, Diagnostics {});
    const FelixRuleset ruleset = renderNode(engine, u"n1"_s); // the Simulator points into it
    const Simulator simulator(ruleset);
    const int a = engine.resolve(u"default/a"_s)->object;
    const int b = engine.resolve(u"default/b"_s)->object;
    Allowed out;
    for (const Probe &p : probes()) {
        Flow flow;
        flow.from = p.from;
        flow.to = u"default/a"_s;
        flow.protocol = p.protocol;
        flow.port = p.port;
        flow.icmpType = p.icmpType;
        flow.icmpCode = p.icmpCode;
        out.engine.append(engine.trace(flow).verdict == Verdict::Allow);

        SimPacket packet;
        packet.source = *IpAddress::parse(p.fromAddress);
        packet.destination = *IpAddress::parse(u"10.0.0.2");
        packet.protocol = p.protocolNumber;
        packet.sourcePort = 40000;
        packet.destinationPort = p.port.value_or(0);
        packet.icmpType = p.icmpType.value_or(-1);
        packet.icmpCode = p.icmpCode.value_or(-1);
        packet.inInterface
            = p.from == u"default/b" ? endpointInterfaceName(engine, b, {}) : u"eth0"_s;
        packet.outInterface = endpointInterfaceName(engine, a, {});
        out.rendered.append(simulator.run(packet).accepted);
    }
    return out;
}

} // namespace

class TestNoWidening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void invalidFieldNeverWidens_data();
    void invalidFieldNeverWidens();
    void invalidFieldMatchesNothing();
};

void TestNoWidening::invalidFieldNeverWidens_data()
{
    QTest::addColumn<int>("field");
    const QList<Invalid> fields = invalidFields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        QTest::newRow(qPrintable(fields[i].name)) << int(i);
}

void TestNoWidening::invalidFieldNeverWidens()
{
    QFETCH(int, field);
    const Invalid invalid = invalidFields().at(field);
    const Workspace inventory = Loader().loadText(kInventory, u"inventory.yaml"_s).workspace;
    const QList<Probe> probeList = probes();
    int allowedWithout = 0;
    for (quint32 seed = 1; seed <= 40; ++seed) {
        Gen gen(seed * 7919 + quint32(field));
        const Rule without = gen.rule();
        Rule with = without;
        invalid.add(with);
        const Allowed broad = allowed(withRule(inventory, without));
        const Allowed narrow = allowed(withRule(inventory, with));
        for (qsizetype i = 0; i < probeList.size(); ++i) {
            const Probe &p = probeList[i];
            const QString where = u"seed %1, flow %2 -> default/a %3 %4"_s.arg(seed)
                                      .arg(p.from, p.protocol)
                                      .arg(p.port ? QString::number(*p.port) : u"-"_s);
            allowedWithout += broad.engine[i] ? 1 : 0;
            QVERIFY2(!narrow.engine[i] || broad.engine[i],
                qPrintable(u"trace allows with the invalid field only: "_s + where));
            QVERIFY2(!narrow.rendered[i] || broad.rendered[i],
                qPrintable(u"rendered rules accept with the invalid field only: "_s + where));
        }
    }
    // The random rules must allow something, or the comparison says nothing.
    QVERIFY(allowedWithout > 0);
}

// A rule whose only criterion is invalid matches nothing at all, "not" matches included:
// without the field it would allow every probe.
void TestNoWidening::invalidFieldMatchesNothing()
{
    const Workspace inventory = Loader().loadText(kInventory, u"inventory.yaml"_s).workspace;
    for (const Invalid &invalid : invalidFields()) {
        Rule rule;
        rule.action = u"Allow"_s;
        invalid.add(rule);
        const Allowed result = allowed(withRule(inventory, rule));
        QVERIFY2(!result.engine.contains(true), qPrintable(invalid.name));
        QVERIFY2(!result.rendered.contains(true), qPrintable(invalid.name));
    }
}

QTEST_GUILESS_MAIN(TestNoWidening)

#include "tst_nowidening.moc"
