// FelixConfiguration (`default` and `node.<name>`): read with positions, validated, and honoured
// by trace (a workload's traffic to its own host, failsafe ports) and render (failsafe chains,
// log prefix, chain insert mode, the workload-to-host action, mark bits, IPv6 support, the
// dataplane mode), falling back to Felix's defaults.

#include <QTest>

#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/rulesetformat.h"
#include "core/eval/matrix.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/io/writer.h"
#include "core/model/felixsettings.h"
#include "core/report/explainer.h"
#include "core/validate/validator.h"
#include "tests/support/golden.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

LoadResult loadText(const QByteArray &text)
{
    return Loader().loadText(text, u"felix.yaml"_s);
}

QString fixture(const QString &relative)
{
    return test::fixturePath(u"dataplane/felixconfig/"_s + relative);
}

Workspace fixtureWorkspace()
{
    const LoadResult r = Loader().loadPaths({fixture(u"input.yaml"_s)});
    return r.workspace;
}

// A pod on worker-1, its node with an address and a host endpoint, and `config` (YAML of one or
// more FelixConfigurations, may be empty).
QByteArray cluster(const QByteArray &config)
{
    QByteArray text = R"(apiVersion: v1
kind: Node
metadata: {name: worker-1}
status:
  addresses: [{type: InternalIP, address: 192.168.1.10}]
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop}
spec: {nodeName: worker-1}
status: {podIP: 10.0.0.5}
---
apiVersion: v1
kind: Pod
metadata: {name: other, namespace: shop}
spec: {nodeName: worker-2}
status: {podIP: 10.0.0.7}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: worker-1-eth0}
spec: {node: worker-1, interfaceName: eth0, expectedIPs: [192.168.1.10]}
)";
    if (!config.isEmpty())
        text += "---\n" + config;
    return text;
}

FlowTrace traceFlow(const PolicyEngine &engine, const QString &from, const QString &to,
    const QString &proto, int port)
{
    Flow f;
    f.from = from;
    f.to = to;
    f.protocol = proto;
    f.port = port;
    return engine.trace(f);
}

} // namespace

class TestFelixConfiguration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodes();
    void validation_data();
    void validation();
    void settingsMerge();
    void podToOwnHost_data();
    void podToOwnHost();
    void failsafePortsInTrace_data();
    void failsafePortsInTrace();
    void failsafeNetInMatrix_data();
    void failsafeNetInMatrix();
    void renderedAsFelixWritesThem();
    void renderGolden();
    void markMaskAndDenyAction();
    void ipv6SupportAndDataplane();
};

void TestFelixConfiguration::decodes()
{
    const LoadResult r = loadText(R"(apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata: {name: default}
spec:
  ipv6Support: false
  chainInsertMode: Append
  defaultEndpointToHostAction: Return
  logPrefix: "calico-drop %t"
  iptablesMarkMask: 0xff000000
  failsafeInboundHostPorts: [{protocol: TCP, port: 22}, {protocol: UDP, port: 68, net: 10.0.0.0/8}]
  failsafeOutboundHostPorts: []
  nftablesMode: Enabled
  reportingInterval: 0s
)");
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
    QCOMPARE(r.workspace->felixConfigurations.size(), 1);
    const FelixConfiguration &c = r.workspace->felixConfigurations.first();
    QCOMPARE(c.ipv6Support, std::optional<bool>(false));
    QCOMPARE(c.chainInsertMode, u"Append"_s);
    QCOMPARE(c.defaultEndpointToHostAction, u"Return"_s);
    QCOMPARE(c.logPrefix, u"calico-drop %t"_s);
    QCOMPARE(c.iptablesMarkMask, std::optional<qint64>(0xff000000LL));
    QVERIFY(c.failsafeInboundHostPorts);
    QCOMPARE(c.failsafeInboundHostPorts->size(), 2);
    QCOMPARE(c.failsafeInboundHostPorts->at(1), (FelixProtoPort {u"UDP"_s, 68, u"10.0.0.0/8"_s}));
    QVERIFY(c.failsafeOutboundHostPorts && c.failsafeOutboundHostPorts->isEmpty());
    QCOMPARE(c.nftablesMode, u"Enabled"_s);
    // A setting Policy Studio does not model stays in the text only.
    QVERIFY(!c.source.complete);
    QVERIFY(c.source.find(u"spec.failsafeInboundHostPorts[1].net"_s).line == 10);

    // Written back in Calico's field order, it reads back the same.
    const QByteArray written = Writer().write(r.workspace);
    const LoadResult again = loadText(written);
    QVERIFY(again.diagnostics.isEmpty());
    QVERIFY(again.workspace == r.workspace);
    QVERIFY(written.contains("failsafeOutboundHostPorts: []"));

    // A bad value type is a positioned error.
    const LoadResult bad = loadText(
        "apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: {name: default}\n"
        "spec:\n  failsafeInboundHostPorts:\n  - {protocol: TCP, port: 70000}\n"
        "  - {protocol: TCP, prot: 22}\n");
    QCOMPARE(bad.diagnostics.size(), 2);
    QCOMPARE(bad.diagnostics[0].line, 6);
    QVERIFY(bad.diagnostics[0].message.contains(u"out of range"));
    QCOMPARE(bad.diagnostics[1].line, 7);
    QVERIFY2(bad.diagnostics[1].message.contains(u"did you mean \"port\""),
        qPrintable(bad.diagnostics[1].message));
}

void TestFelixConfiguration::validation_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("error"); // false: a warning
    QTest::addColumn<QString>("words");
    QTest::newRow("endpoint to host action")
        << QByteArray("  defaultEndpointToHostAction: Allow\n") << u"default"_s
        << u"spec.defaultEndpointToHostAction"_s << 6 << true << u"expected Drop, Accept, Return"_s;
    QTest::newRow("insert mode") << QByteArray("  chainInsertMode: Top\n") << u"default"_s
                                 << u"spec.chainInsertMode"_s << 6 << true
                                 << u"expected Insert, Append"_s;
    QTest::newRow("deny action") << QByteArray("  iptablesFilterDenyAction: Log\n") << u"default"_s
                                 << u"spec.iptablesFilterDenyAction"_s << 6 << true
                                 << u"expected Drop, Reject"_s;
    QTest::newRow("nftables mode")
        << QByteArray("  nftablesMode: enabled\n") << u"default"_s << u"spec.nftablesMode"_s << 6
        << true << u"expected Enabled, Disabled, Auto"_s;
    QTest::newRow("log prefix") << QByteArray("  logPrefix: \"drop!\"\n") << u"default"_s
                                << u"spec.logPrefix"_s << 6 << true
                                << u"invalid character '!' in logPrefix"_s;
    QTest::newRow("mark mask") << QByteArray("  iptablesMarkMask: 4294967296\n") << u"default"_s
                               << u"spec.iptablesMarkMask"_s << 6 << true << u"out of range"_s;
    QTest::newRow("failsafe protocol")
        << QByteArray("  failsafeInboundHostPorts:\n  - {protocol: tcp, port: 22}\n")
        << u"default"_s << u"spec.failsafeInboundHostPorts[0].protocol"_s << 7 << true
        << u"expected TCP, UDP or SCTP"_s;
    QTest::newRow("failsafe without protocol")
        << QByteArray("  failsafeOutboundHostPorts:\n  - {port: 22}\n") << u"default"_s
        << u"spec.failsafeOutboundHostPorts[0].protocol"_s << 7 << true << u"needs a protocol"_s;
    QTest::newRow("failsafe net") << QByteArray(
        "  failsafeInboundHostPorts:\n  - {protocol: TCP, port: 22, net: 10.0.0/8}\n")
                                  << u"default"_s << u"spec.failsafeInboundHostPorts[0].net"_s << 7
                                  << true << u"expected a CIDR or an address"_s;
    QTest::newRow("failsafe SCTP")
        << QByteArray("  failsafeInboundHostPorts:\n  - {protocol: SCTP, port: 22}\n")
        << u"default"_s << u"spec.failsafeInboundHostPorts"_s << 7 << false
        << u"keeps its default ports"_s;
    QTest::newRow("name Felix does not read")
        << QByteArray("  logPrefix: x\n") << u"worker-1"_s << u"metadata.name"_s << 4 << false
        << u"\"worker-1\" is ignored"_s;
}

void TestFelixConfiguration::validation()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(bool, error);
    QFETCH(QString, words);
    const LoadResult r = loadText("apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\n"
                                  "metadata:\n  name: "
        + name.toUtf8() + "\nspec:\n" + spec);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
    const Diagnostics found = Validator().validate(r.workspace);
    QCOMPARE(found.size(), 1);
    const Diagnostic &d = found.first();
    QCOMPARE(d.path, path);
    QCOMPARE(d.line, line);
    QCOMPARE(d.severity, error ? Severity::Error : Severity::Warning);
    QVERIFY2(d.message.contains(words), qPrintable(d.message));
}

void TestFelixConfiguration::settingsMerge()
{
    const Workspace ws = fixtureWorkspace();
    // No configuration at all: Felix's defaults, but the workload-to-host action that calico-node
    // runs with as Calico's installers set it up (ACCEPT in its environment).
    const FelixSettings none = felixSettings(WorkspaceData {});
    QCOMPARE(none.endpointToHost, EndpointToHostAction::Accept);
    QCOMPARE(none.failsafeInbound, defaultFailsafePorts(true));
    QCOMPARE(none.logPrefix, u"calico-packet"_s);
    QCOMPARE(none.markMask, 0xffff0000u);
    QVERIFY(none.ipv6Support && !none.chainInsertAppend && !none.nftables);
    // `default` alone.
    const FelixSettings w2 = felixSettings(ws.data(), u"worker-2"_s);
    QCOMPARE(w2.endpointToHost, EndpointToHostAction::Accept);
    QCOMPARE(w2.failsafeInbound, (QList<FailsafePort> {{6, 2222, {}}, {17, 53, u"10.0.0.0/8"_s}}));
    QCOMPARE(w2.failsafeOutbound, defaultFailsafePorts(false));
    QCOMPARE(w2.from, QStringList {u"default"_s});
    QCOMPARE(w2.endpointToHostFrom, u"default"_s);
    // node.worker-1 over default, field by field.
    const FelixSettings w1 = felixSettings(ws.data(), u"worker-1"_s);
    QCOMPARE(w1.endpointToHost, EndpointToHostAction::Return);
    QVERIFY(w1.chainInsertAppend);
    QCOMPARE(w1.logPrefix, u"%k %t/%p"_s);
    QCOMPARE(w1.failsafeInbound, w2.failsafeInbound);
    QCOMPARE(w1.failsafeOutbound, (QList<FailsafePort> {{6, 443, u"192.0.2.0/24"_s}}));
    QCOMPARE(w1.from, (QStringList {u"default"_s, u"node.worker-1"_s}));
    QCOMPARE(w1.endpointToHostFrom, u"node.worker-1"_s);
}

void TestFelixConfiguration::podToOwnHost_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("words");
    const QByteArray head
        = "apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: {name: default}\n";
    QTest::newRow("no configuration: Accept")
        << QByteArray() << true << u"Accept (no FelixConfiguration sets it"_s;
    QTest::newRow("Drop") << head + "spec: {defaultEndpointToHostAction: Drop}\n"
                          << false << u"Felix drops it"_s;
    QTest::newRow("Accept") << head + "spec: {defaultEndpointToHostAction: Accept}\n"
                            << true << u"Felix accepts it"_s;
    QTest::newRow("Return") << head + "spec: {defaultEndpointToHostAction: RETURN}\n"
                            << true << u"returns it to the host's INPUT chain"_s;
    QTest::newRow("node.worker-1 over default")
        << head + "spec: {defaultEndpointToHostAction: Drop}\n---\n"
            + QByteArray(head).replace("{name: default}", "{name: node.worker-1}")
            + "spec: {defaultEndpointToHostAction: Accept}\n"
        << true << u"Accept (FelixConfiguration node.worker-1)"_s;
    QTest::newRow("a configuration that sets other fields only")
        << head + "spec: {failsafeInboundHostPorts: [{protocol: TCP, port: 22}]}\n"
        << true << u"Accept (no FelixConfiguration sets it"_s;
    QTest::newRow("another node's configuration does not apply")
        << QByteArray(head).replace("{name: default}", "{name: node.worker-2}")
            + "spec: {defaultEndpointToHostAction: Drop}\n"
        << true << u"Accept (no FelixConfiguration sets it"_s;
}

void TestFelixConfiguration::podToOwnHost()
{
    QFETCH(QByteArray, config);
    QFETCH(bool, allowed);
    QFETCH(QString, words);
    const LoadResult r = loadText(cluster(config));
    QVERIFY(!hasErrors(r.diagnostics));
    const PolicyEngine engine(r.workspace);
    QCOMPARE(engine.leftOut().size(), 0);
    // To the node's address and to its host endpoint's REF: the same host.
    for (const QString &to : {u"192.168.1.10"_s, u"hep:worker-1-eth0"_s}) {
        const FlowTrace t = traceFlow(engine, u"shop/web"_s, to, u"TCP"_s, 8080);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.verdict, allowed ? Verdict::Allow : Verdict::Deny);
        QCOMPARE(t.ingress.steps.size(), 1);
        QCOMPARE(t.ingress.steps.first().why.kind, StepReason::Kind::EndpointToHost);
        const QString text = explainStep(t.ingress.steps.first());
        QVERIFY2(text.contains(words), qPrintable(text));
        Flow flow;
        flow.from = u"shop/web"_s;
        flow.to = to;
        flow.port = 8080;
        const Result<Packet> pkt = engine.packet(flow);
        QVERIFY(pkt);
        QCOMPARE(engine.verdict(*pkt), t.verdict);
    }
    // A pod of another node reaching this host meets the host endpoint's policy (no policy, no
    // profile: denied), whatever the action.
    const FlowTrace other = traceFlow(engine, u"shop/other"_s, u"192.168.1.10"_s, u"TCP"_s, 8080);
    QCOMPARE(other.verdict, Verdict::Deny);
    QVERIFY(other.ingress.steps.first().why.kind != StepReason::Kind::EndpointToHost);
}

void TestFelixConfiguration::failsafePortsInTrace_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("failsafe");
    const QByteArray head
        = "apiVersion: projectcalico.org/v3\nkind: FelixConfiguration\nmetadata: {name: default}\n";
    const QByteArray custom = head
        + "spec:\n  failsafeInboundHostPorts:\n  - {protocol: TCP, port: 2222}\n"
          "  - {protocol: UDP, port: 53, net: 198.51.100.0/24}\n";
    QTest::newRow("default ssh") << QByteArray() << u"203.0.113.9"_s << u"TCP"_s << 22 << true;
    QTest::newRow("default, not failsafe")
        << QByteArray() << u"203.0.113.9"_s << u"TCP"_s << 2222 << false;
    QTest::newRow("custom port") << custom << u"203.0.113.9"_s << u"TCP"_s << 2222 << true;
    QTest::newRow("custom list replaces ssh")
        << custom << u"203.0.113.9"_s << u"TCP"_s << 22 << false;
    QTest::newRow("net matches") << custom << u"198.51.100.4"_s << u"UDP"_s << 53 << true;
    QTest::newRow("net does not match") << custom << u"203.0.113.9"_s << u"UDP"_s << 53 << false;
    QTest::newRow("empty list") << head + "spec: {failsafeInboundHostPorts: []}\n"
                                << u"203.0.113.9"_s << u"TCP"_s << 22 << false;
    QTest::newRow("SCTP: Felix keeps its defaults")
        << head + "spec:\n  failsafeInboundHostPorts: [{protocol: SCTP, port: 2222}]\n"
        << u"203.0.113.9"_s << u"TCP"_s << 22 << true;
}

void TestFelixConfiguration::failsafePortsInTrace()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, from);
    QFETCH(QString, protocol);
    QFETCH(int, port);
    QFETCH(bool, failsafe);
    const LoadResult r = loadText(cluster(config));
    QVERIFY(!hasErrors(r.diagnostics));
    const PolicyEngine engine(r.workspace);
    const FlowTrace t = traceFlow(engine, from, u"hep:worker-1-eth0"_s, protocol, port);
    QVERIFY2(t.ok(), qPrintable(t.error));
    // The host endpoint has no policy and no profile: only a failsafe port gets in.
    QCOMPARE(t.verdict, failsafe ? Verdict::Allow : Verdict::Deny);
    QCOMPARE(t.ingress.steps.first().why.kind == StepReason::Kind::Failsafe, failsafe);
}

void TestFelixConfiguration::failsafeNetInMatrix_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("failsafe");
    QTest::newRow("outside, inside the net") << u"198.51.100.4"_s << u"UDP"_s << 53 << true;
    QTest::newRow("outside, not inside the net") << u"203.0.113.9"_s << u"UDP"_s << 53 << false;
    QTest::newRow("pod inside the net") << u"shop/other"_s << u"TCP"_s << 5000 << true;
    QTest::newRow("outside, other port's net") << u"198.51.100.4"_s << u"TCP"_s << 5000 << false;
    QTest::newRow("open to every peer") << u"203.0.113.9"_s << u"TCP"_s << 2222 << true;
    QTest::newRow("not failsafe") << u"198.51.100.4"_s << u"TCP"_s << 22 << false;
}

// The matrix (PairVerdicts, one probe or many at once) lets in exactly the peers inside a
// failsafe port's net, as the trace does; a port without a net lets in every peer.
void TestFelixConfiguration::failsafeNetInMatrix()
{
    QFETCH(QString, from);
    QFETCH(QString, protocol);
    QFETCH(int, port);
    QFETCH(bool, failsafe);
    const LoadResult r = loadText(cluster(R"(apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata: {name: default}
spec:
  failsafeInboundHostPorts:
  - {protocol: TCP, port: 2222}
  - {protocol: UDP, port: 53, net: 198.51.100.0/24}
  - {protocol: TCP, port: 5000, net: 10.0.0.0/24}
)"));
    QVERIFY(!hasErrors(r.diagnostics));
    const PolicyEngine engine(r.workspace);
    const Inventory &inv = engine.inventory();
    const FlowTrace t = traceFlow(engine, from, u"hep:worker-1-eth0"_s, protocol, port);
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.ingress.steps.first().why.kind == StepReason::Kind::Failsafe, failsafe);
    // The host endpoint has no policy: without the failsafe port its ingress denies.
    QCOMPARE(t.ingress.verdict == Verdict::Allow, failsafe);

    const auto peerOf = [&](const QString &ref) {
        const Result<EndpointRef> e = engine.resolve(ref);
        return e->isEndpoint() ? endpointPeer(inv, e->object) : outsidePeer(inv, *e->address);
    };
    const QList<PacketPeer> peers {peerOf(from), peerOf(u"hep:worker-1-eth0"_s)};
    const int number = protocol == u"TCP" ? 6 : 17;
    const PairVerdicts one(engine, peers, MatrixProbe {number, port, std::nullopt});
    QCOMPARE(one.allowed(0, 1), t.verdict == Verdict::Allow);

    // Many probes at once: the probes whose failsafe stage differs must not share a class.
    const QList<MatrixProbe> probes {{6, 2222, std::nullopt}, {17, 53, std::nullopt},
        {6, 5000, std::nullopt}, {6, 22, std::nullopt}, {number, port, std::nullopt}};
    const QList<GroupProbeSets> sets
        = PairVerdicts::groupProbeSets(engine, peers, probes, {{0}, {1}}, false);
    std::vector<quint64> allowed(1, 0);
    for (const GroupProbeSets &g : sets) {
        if (g.from == 0 && g.to == 1)
            allowed = g.allowed;
    }
    for (qsizetype p = 0; p < probes.size(); ++p) {
        const bool fromSets = (allowed[0] >> p) & 1U;
        QCOMPARE(fromSets, PairVerdicts(engine, peers, probes[p]).allowed(0, 1));
    }
    QCOMPARE(bool((allowed[0] >> (probes.size() - 1)) & 1U), t.verdict == Verdict::Allow);
}

void TestFelixConfiguration::renderedAsFelixWritesThem()
{
    const PolicyEngine engine(fixtureWorkspace());
    const QString w1 = iptablesRestoreText(renderNode(engine, u"worker-1"_s));
    const QString w2 = iptablesRestoreText(renderNode(engine, u"worker-2"_s));
    const auto has
        = [](const QString &text, const QString &line) { return text.split(u'\n').contains(line); };
    // Failsafe chains: Felix's match order (protocol, ports, net) and the net as written.
    QVERIFY(has(w2,
        u"-A cali-failsafe-in -m comment --comment \"cali:k5hdlPL9WaE2RtRD\" -p tcp -m multiport "
        "--destination-ports 2222 --jump ACCEPT"_s));
    for (const QString &text : {w1, w2})
        QVERIFY(text.contains(u"-p udp -m multiport --destination-ports 53 --source 10.0.0.0/8 "
                              "--jump ACCEPT"_s));
    QVERIFY(!w2.contains(u"--destination-ports 22 --jump ACCEPT"_s));
    QVERIFY(w1.contains(u"-A cali-failsafe-out"_s)
        && w1.contains(
            u"-p tcp -m multiport --destination-ports 443 --destination 192.0.2.0/24 --jump ACCEPT"_s));
    // Insert mode: worker-1 appends its hook rules (same rules, same hashes), worker-2 inserts.
    QVERIFY(
        has(w1, u"-A INPUT -m comment --comment \"cali:Cz_u1IQiXIMmKD4c\" --jump cali-INPUT"_s));
    QVERIFY(
        has(w2, u"-I INPUT -m comment --comment \"cali:Cz_u1IQiXIMmKD4c\" --jump cali-INPUT"_s));
    QVERIFY(!w1.contains(u"\n-I "_s));
    // The workload-to-host action, as the last rule of cali-wl-to-host.
    QVERIFY(w1.contains(u"--comment \"Configured DefaultEndpointToHostAction\" --jump RETURN"_s));
    QVERIFY(w2.contains(u"--comment \"Configured DefaultEndpointToHostAction\" --jump ACCEPT"_s));
    // The log prefix with its specifiers filled in: kind, tier, namespace/name.
    QVERIFY2(w1.contains(u"--jump LOG --log-prefix \"np default/shop/log-web: \" --log-level 5"_s),
        qPrintable(w1));
    // Switched off, the options alone count.
    RenderOptions plain;
    plain.useFelixConfiguration = false;
    const QString off = iptablesRestoreText(renderNode(engine, u"worker-1"_s, plain));
    QVERIFY(off.contains(u"--log-prefix \"calico-packet: \""_s));
    QVERIFY(off.contains(u"--comment \"Configured DefaultEndpointToHostAction\" --jump DROP"_s));
}

void TestFelixConfiguration::renderGolden()
{
    const PolicyEngine engine(fixtureWorkspace());
    const FelixRuleset r = renderNode(engine, u"worker-1"_s);
    RenderOptions nft;
    nft.nftables = true;
    PS_COMPARE_GOLDEN(iptablesRestoreText(r), fixture(u"worker-1-iptables-restore.txt"_s));
    PS_COMPARE_GOLDEN(iptablesSaveText(r), fixture(u"worker-1-iptables-save.txt"_s));
    PS_COMPARE_GOLDEN(
        nftablesScript(renderNode(engine, u"worker-1"_s, nft)), fixture(u"worker-1-nft.txt"_s));
}

void TestFelixConfiguration::markMaskAndDenyAction()
{
    const LoadResult r = loadText(cluster(R"(apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata: {name: default}
spec:
  iptablesMarkMask: 0xff00
  iptablesFilterDenyAction: Reject
)"));
    QVERIFY(!hasErrors(r.diagnostics));
    const FelixRuleset rs = renderNode(PolicyEngine(r.workspace), u"worker-1"_s);
    QCOMPARE(rs.marks.accept, 0x100u);
    QCOMPARE(rs.marks.pass, 0x200u);
    const QString text = iptablesRestoreText(rs);
    QVERIFY(text.contains(u"--mark 0x100/0x100"_s));
    QVERIFY(!text.contains(u"0x10000"_s));
    QVERIFY(text.contains(u"--jump REJECT"_s));
}

void TestFelixConfiguration::ipv6SupportAndDataplane()
{
    const LoadResult r = loadText(cluster(R"(apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata: {name: node.worker-1}
spec:
  ipv6Support: false
  nftablesMode: Enabled
)"));
    QVERIFY(!hasErrors(r.diagnostics));
    const PolicyEngine engine(r.workspace);
    RenderOptions v6;
    v6.ipVersion = 6;
    const FelixRuleset none = renderNode(engine, u"worker-1"_s, v6);
    QVERIFY(none.chains.isEmpty() && none.hooks.isEmpty());
    QCOMPARE(none.warnings.size(), 1);
    QVERIFY(none.warnings.first().contains(u"ipv6Support off"_s));
    QVERIFY(!renderNode(engine, u"worker-1"_s).chains.isEmpty());

    // nftablesMode picks the dataplane when the request leaves it to the configuration.
    RenderRequest request;
    request.node = u"worker-1"_s;
    QCOMPARE(renderDataplane(engine, request), Dataplane::Iptables);
    request.dataplaneFromFelixConfiguration = true;
    QCOMPARE(renderDataplane(engine, request), Dataplane::Nftables);
    request.node = u"worker-2"_s;
    QCOMPARE(renderDataplane(engine, request), Dataplane::Iptables);
    request.node.clear();
    request.endpoint = u"shop/web"_s;
    QCOMPARE(renderDataplane(engine, request), Dataplane::Nftables);
}

QTEST_GUILESS_MAIN(TestFelixConfiguration)
#include "tst_felixconfiguration.moc"
