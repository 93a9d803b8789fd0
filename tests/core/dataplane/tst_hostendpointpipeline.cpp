// Host-endpoint pipelines (docs/semantics.md: "Host endpoints"): which policies Felix puts in a
// host endpoint's untracked (doNotTrack), pre-DNAT, normal and forward (applyOnForward) lists, in
// which order and direction, and what each pipeline decides for a packet; and the raw and
// mangle tables the renderer writes for them (static chains hash-checked against Felix's FV
// iptables dump, docs/rendering.md: "Chains").

#include <QtTest>

#include "core/dataplane/felixnames.h"
#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/rulesetformat.h"
#include "core/report/renderreport.h"
#include "core/eval/hostendpointpipeline.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/report/chainreport.h"

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
    void staticRawAndMangleChains();
    void untrackedAndPreDnatChains();
    void noHostEndpointStaticTables();
    void allInterfacesHostEndpoint();

private:
    PolicyEngine m_engine;
    int m_hep = -1;
    int m_pod = -1;
};

void TestHostEndpointPipeline::initTestCase()
{
    const LoadResult lr = Loader().loadText(kWorkspace, u"hep.yaml"_s);
    m_engine = PolicyEngine(lr.workspace);
    m_hep = m_engine.resolve(u"hep:node-a-eth1"_s)->object;
    m_pod = m_engine.resolve(u"web/web-0"_s)->object;
    QVERIFY(m_hep >= 0);
    QVERIFY(m_pod >= 0);
}

void TestHostEndpointPipeline::policiesPerPipeline_data()
{
    QTest::addColumn<int>("pipeline");
    QTest::addColumn<bool>("ingress");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, HostEndpointPipeline p, bool in, const QStringList &e) {
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

namespace {

QStringList hashes(const FelixChain *chain)
{
    QStringList out;
    if (chain) {
        for (const FelixRule &r : chain->rules)
            out.append(r.hash);
    }
    return out;
}

const FelixTable *table(const FelixRuleset &rs, const QString &name)
{
    for (const FelixTable &t : rs.tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace

void TestHostEndpointPipeline::staticRawAndMangleChains()
{
    // The FV dump was taken with VXLAN on, from a Felix before DSCP (3.30: the dump predates
    // 3.31's DSCP rule at the top of mangle cali-POSTROUTING); its raw and mangle chains and
    // hooks reproduce.
    RenderOptions options;
    options.vxlanEnabled = true;
    const PolicyEngine v330(m_engine.workspace().edited(
        [](WorkspaceData &d) { d.calicoVersion = CalicoVersion::V3_30; }));
    const FelixRuleset r = renderNode(v330, u"node-a"_s, options);
    QCOMPARE(r.tables.size(), 3); // raw, mangle, nat
    QVERIFY(!r.chain(u"cali-fh-*"_s)); // Felix's stand-in name, not "*"
    const FelixTable *raw = table(r, u"raw"_s);
    const FelixTable *mangle = table(r, u"mangle"_s);
    QVERIFY(raw && mangle);
    QCOMPARE(hashes(raw->chain(u"cali-PREROUTING"_s)),
        QStringList({u"DQ6LK2guiBRMyrLK"_s, u"sIsu2aAqNN6K3YYn"_s, u"W0qKAga6QivxLxL1"_s,
            u"QOYCZUivPyJL6Dp1"_s, u"uvipz_NmQPrGYnTB"_s, u"pj4jqF0K2OCNLmzX"_s,
            u"Jefg6QI5khJcHnVl"_s}));
    QCOMPARE(hashes(raw->chain(u"cali-OUTPUT"_s)),
        QStringList({u"clI8WObfCl4yhr60"_s, u"ZbkN6P8OdRcBRPpU"_s, u"ry5_UEpt1OaPPCxO"_s,
            u"MGhICIksKDnYMIkW"_s}));
    QCOMPARE(hashes(mangle->chain(u"cali-PREROUTING"_s)),
        QStringList({u"6BJqBjBC7crtA-7-"_s, u"KX7AGNd6rMcDUai6"_s, u"wNH7KsA3ILKJBsY9"_s,
            u"Cg96MgVuoPm7UMRo"_s}));
    QCOMPARE(hashes(mangle->chain(u"cali-POSTROUTING"_s)),
        QStringList({u"NX-7roTexQ3fGRfU"_s, u"JkYr4aB8O4_N8NBS"_s, u"nO0nbHA3Or7V6l7t"_s,
            u"mgxNjIoKySH7TEGH"_s}));
    QStringList hooks;
    for (const FelixTable *t : {raw, mangle}) {
        for (const KernelHook &h : t->hooks)
            hooks.append(t->name + u' ' + h.chain + u' ' + h.inserted.value(0).hash);
    }
    QCOMPARE(hooks,
        QStringList({u"raw PREROUTING 6gwbT8clXdHdC1b1"_s, u"raw OUTPUT tVnHkvAo15HuiPy0"_s,
            u"mangle PREROUTING 6gwbT8clXdHdC1b1"_s, u"mangle POSTROUTING O3lYWMrLQYEMJtB5"_s}));
    // iptables-save lines exactly as in the dump.
    const QString save = iptablesSaveText(r);
    for (const char *line :
        {"-A cali-PREROUTING -p udp -m comment --comment \"cali:sIsu2aAqNN6K3YYn\" -m udp "
         "--dport 4789 -j NOTRACK\n",
            "-A cali-PREROUTING -m comment --comment \"cali:uvipz_NmQPrGYnTB\" -m mark --mark "
            "0x80000/0x80000 -m rpfilter --validmark --invert -j DROP\n",
            "-A cali-PREROUTING -i cali+ -m comment --comment \"cali:W0qKAga6QivxLxL1\" -j MARK "
            "--set-xmark 0x80000/0x80000\n",
            "-A cali-POSTROUTING -m comment --comment \"cali:nO0nbHA3Or7V6l7t\" -m conntrack "
            "--ctstate DNAT -j cali-to-host-endpoint\n"})
        QVERIFY2(save.contains(QString::fromUtf8(line)), line);

    // 3.31 and later: the same rules after the DSCP jump (their hashes chain on from it).
    const FelixRuleset now = renderNode(m_engine, u"node-a"_s, options);
    const FelixChain *post = table(now, u"mangle"_s)->chain(u"cali-POSTROUTING"_s);
    const FelixChain *before = mangle->chain(u"cali-POSTROUTING"_s);
    QCOMPARE(post->rules.size(), before->rules.size() + 1);
    QCOMPARE(post->rules.first().action.target, u"cali-egress-dscp"_s);
    for (qsizetype i = 0; i < before->rules.size(); ++i) {
        QCOMPARE(iptablesRuleBody(post->rules[i + 1]), iptablesRuleBody(before->rules[i]));
        QVERIFY(post->rules[i + 1].hash != before->rules[i].hash);
    }

    // Tables in the order Felix's tables are listed: raw, mangle, nat, then filter.
    const QString restore = iptablesRestoreText(r);
    QVERIFY(restore.startsWith(u"*raw\n"_s));
    QVERIFY(restore.indexOf(u"\n*mangle\n"_s) > 0);
    QVERIFY(restore.indexOf(u"\n*nat\n"_s) > restore.indexOf(u"\n*mangle\n"_s));
    QVERIFY(restore.indexOf(u"\n*filter\n"_s) > restore.indexOf(u"\n*nat\n"_s));
    QCOMPARE(restore.count(u"\nCOMMIT\n"_s), 4);
    QVERIFY(restore.contains(u"\n-I PREROUTING -m comment --comment \"cali:6gwbT8clXdHdC1b1\" "
                             "--jump cali-PREROUTING\n"_s));
}

void TestHostEndpointPipeline::untrackedAndPreDnatChains()
{
    const FelixRuleset r = renderNode(m_engine, u"node-a"_s);
    const FelixTable *raw = table(r, u"raw"_s);
    const FelixTable *mangle = table(r, u"mangle"_s);
    QVERIFY(raw && mangle);
    // raw: the untracked policy, stateless — no conntrack rules, NOTRACK after an allow, no
    // end-of-tier drop, no profiles.
    const FelixChain *fh = raw->chain(u"cali-fh-eth1"_s);
    QVERIFY(fh);
    QStringList bodies;
    for (const FelixRule &rule : fh->rules)
        bodies.append(iptablesRuleBody(rule));
    QCOMPARE(bodies,
        QStringList({u"--jump cali-failsafe-in"_s, u"--jump MARK --set-mark 0/0x30000"_s,
            u"-m comment --comment \"Start of tier default\" --jump MARK "
            "--set-mark 0/0x20000"_s,
            u"-m mark --mark 0/0x20000 --jump cali-pi-gnp/untracked-dns"_s,
            u"-m mark --mark 0x10000/0x10000 --jump NOTRACK"_s,
            u"-m comment --comment \"Return if policy accepted\" -m mark "
            "--mark 0x10000/0x10000 --jump RETURN"_s}));
    QCOMPARE(fh->rules[3].origin.name, u"untracked-dns"_s);
    QVERIFY(raw->chain(u"cali-th-eth1"_s));
    QVERIFY(raw->chain(u"cali-pi-gnp/untracked-dns"_s));
    QVERIFY(raw->chain(u"cali-po-gnp/untracked-dns"_s));
    QVERIFY(!raw->chain(u"cali-pi-gnp/forward-web"_s));
    // The raw failsafe chains also accept the replies of the other direction's ports.
    QCOMPARE(raw->chain(u"cali-failsafe-in"_s)->rules.size(), 18);
    // mangle: the pre-DNAT policy, ACCEPT on established, no end-of-tier drop, no profiles.
    const FelixChain *pre = mangle->chain(u"cali-fh-eth1"_s);
    QVERIFY(pre);
    QCOMPARE(iptablesRuleBody(pre->rules.first()),
        u"-m conntrack --ctstate RELATED,ESTABLISHED --jump ACCEPT"_s);
    for (const FelixRule &rule : pre->rules)
        QVERIFY(
            rule.action.kind != FelixAction::Kind::Drop || rule.match.value(0).text == u"INVALID");
    QVERIFY(mangle->chain(u"cali-pi-gnp/prednat-block"_s));
    QCOMPARE(mangle->chain(u"cali-failsafe-in"_s)->rules.size(), 9);
    // mangle egress of DNATed host traffic: normal policy with RETURN as the allow action.
    const FelixChain *th = mangle->chain(u"cali-th-eth1"_s);
    QVERIFY(th);
    QCOMPARE(iptablesRuleBody(th->rules[0]),
        u"-m conntrack --ctstate RELATED,ESTABLISHED --jump MARK --set-mark 0x10000/0x10000"_s);
    QCOMPARE(iptablesRuleBody(th->rules[1]),
        u"-m conntrack --ctstate RELATED,ESTABLISHED --jump RETURN"_s);
    QCOMPARE(th->rules.last().comments, QStringList {u"Drop if no profiles matched"_s});
    // Dispatch per table.
    QCOMPARE(iptablesRuleBody(raw->chain(u"cali-from-host-endpoint"_s)->rules.value(0)),
        u"--in-interface eth1 --goto cali-fh-eth1"_s);
    QCOMPARE(iptablesRuleBody(mangle->chain(u"cali-to-host-endpoint"_s)->rules.value(0)),
        u"--out-interface eth1 --goto cali-th-eth1"_s);
    // The filter table keeps only the normal and forward policies.
    QVERIFY(r.chain(u"cali-pi-gnp/forward-web"_s));
    QVERIFY(r.chain(u"cali-pi-gnp/host-ssh"_s));
    QVERIFY(!r.chain(u"cali-pi-gnp/untracked-dns"_s));
    QVERIFY(!r.chain(u"cali-pi-gnp/prednat-block"_s));
    const FelixChain *fwd = r.chain(u"cali-fhfw-eth1"_s);
    QVERIFY(fwd);
    bool jumpsForwardWeb = false;
    for (const FelixRule &rule : fwd->rules)
        jumpsForwardWeb = jumpsForwardWeb || rule.action.target == u"cali-pi-gnp/forward-web";
    QVERIFY(jumpsForwardWeb);
    // JSON carries the tables with every rule's origin.
    const QByteArray json = toJson(r);
    QVERIFY(json.contains("\"tables\":[{\"name\":\"raw\""));
    // nft mode renders the same raw and mangle chains as the "raw-" and "mangle-" layers of the
    // calico table, their base chains at Felix's raw (-300) and mangle (-150) priorities.
    RenderOptions nft;
    nft.nftables = true;
    const FelixRuleset n = renderNode(m_engine, u"node-a"_s, nft);
    QVERIFY(table(n, u"raw"_s) && table(n, u"mangle"_s));
    QVERIFY(table(n, u"raw"_s)->chain(u"cali-pi-gnp/untracked-dns"_s));
    QVERIFY(table(n, u"mangle"_s)->chain(u"cali-pi-gnp/prednat-block"_s));
    QVERIFY(n.warnings.isEmpty());
    const QString script = nftablesScript(n);
    for (const QString &base : {
             u"add chain ip calico raw-PREROUTING { type filter hook prerouting priority raw; "
             "policy accept; }"_s,
             u"add chain ip calico raw-OUTPUT { type filter hook output priority raw; "
             "policy accept; }"_s,
             u"add chain ip calico mangle-PREROUTING { type filter hook prerouting priority "
             "mangle; policy accept; }"_s,
             u"add chain ip calico mangle-POSTROUTING { type filter hook postrouting priority "
             "mangle; policy accept; }"_s,
         })
        QVERIFY2(script.contains(base), qPrintable(base));
    // The untracked and pre-DNAT dispatch are chains with interface matches (Felix's verdict
    // maps are for workload dispatch only), jumped to from cali-PREROUTING of their layer.
    QVERIFY(!script.contains(u"add map ip calico raw-"_s));
    QVERIFY(!script.contains(u"add map ip calico mangle-"_s));
    QVERIFY(
        script.contains(u"add rule ip calico raw-PREROUTING counter jump raw-cali-PREROUTING"_s));
    QVERIFY(script.contains(u"add rule ip calico raw-cali-from-host-endpoint iifname eth1 "
                            "counter goto raw-cali-fh-eth1"_s));
    QVERIFY(script.contains(u"add rule ip calico mangle-cali-from-host-endpoint iifname eth1 "
                            "counter goto mangle-cali-fh-eth1"_s));
}

void TestHostEndpointPipeline::noHostEndpointStaticTables()
{
    // Felix programs its static raw and mangle chains on every node; without host endpoints
    // they are the same chains, with the same hashes, and the host-endpoint dispatch chains
    // they jump to are empty (endpoint_mgr.go writes them for an empty endpoint map). The
    // failsafe chains are left out: only host endpoint chains jump to them, and Felix's tables
    // program referenced chains only.
    const LoadResult lr = Loader().loadText(kWorkspace, u"hep.yaml"_s);
    const Workspace noHep = lr.workspace.edited([](WorkspaceData &d) { d.hostEndpoints.clear(); });
    const FelixRuleset withHep = renderNode(m_engine, u"node-a"_s);
    const FelixRuleset r = renderNode(PolicyEngine(noHep), u"node-a"_s);
    QCOMPARE(r.tables.size(), 3);
    for (const QString &name : {u"raw"_s, u"mangle"_s}) {
        const FelixTable *t = table(r, name);
        const FelixTable *h = table(withHep, name);
        QVERIFY2(t && h, qPrintable(name));
        for (const QString &chain :
            {u"cali-PREROUTING"_s, u"cali-OUTPUT"_s, u"cali-POSTROUTING"_s}) {
            QCOMPARE(hashes(t->chain(chain)), hashes(h->chain(chain)));
        }
        QVERIFY(h->chain(u"cali-failsafe-in"_s) && h->chain(u"cali-failsafe-out"_s));
        QVERIFY(!t->chain(u"cali-failsafe-in"_s) && !t->chain(u"cali-failsafe-out"_s));
        QCOMPARE(t->hooks.size(), 2);
        for (const QString &dispatch : {u"cali-from-host-endpoint"_s, u"cali-to-host-endpoint"_s}) {
            const FelixChain *c = t->chain(dispatch);
            QVERIFY2(c, qPrintable(name + u' ' + dispatch));
            QVERIFY(c->rules.isEmpty());
        }
        for (const FelixChain &c : t->chains) {
            QVERIFY2(!c.name.startsWith(u"cali-fh-") && !c.name.startsWith(u"cali-th-"),
                qPrintable(c.name));
        }
    }
    QVERIFY(!table(r, u"raw"_s)->chain(u"cali-PREROUTING"_s)->rules.isEmpty());
    QVERIFY(iptablesRestoreText(r).startsWith(u"*raw\n"_s));
}

void TestHostEndpointPipeline::allInterfacesHostEndpoint()
{
    // interfaceName "*": the dispatch chains end in the wildcard host endpoint's chains;
    // traffic to local workloads skips its egress policy in mangle (dispatch.go). Felix gives it
    // no raw-table chains: its doNotTrack policy is ignored with a warning (endpoint_mgr.go).
    const QByteArray yaml = R"(
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node-b-all, labels: {role: host}}
spec: {node: node-b, interfaceName: "*", expectedIPs: [192.168.6.1]}
---
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node-b-eth1, labels: {role: host}}
spec: {node: node-b, interfaceName: eth1, expectedIPs: [192.168.6.2]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: untracked-dns}
spec:
  selector: role == 'host'
  doNotTrack: true
  applyOnForward: true
  types: [Ingress]
  ingress: [{action: Allow, protocol: UDP, destination: {ports: [53]}}]
)";
    const LoadResult lr = Loader().loadText(yaml, u"wildcard.yaml"_s);
    const PolicyEngine engine(lr.workspace);
    const FelixRuleset r = renderNode(engine, u"node-b"_s);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(u"untracked-dns"_s)
            && r.warnings.first().contains(u"hep:node-b-all"_s),
        qPrintable(r.warnings.first()));
    const auto bodies = [](const FelixChain *chain) {
        QStringList out;
        if (chain) {
            for (const FelixRule &rule : chain->rules)
                out.append(iptablesRuleBody(rule));
        }
        return out;
    };
    QCOMPARE(bodies(r.chain(u"cali-from-host-endpoint"_s)),
        QStringList({u"--in-interface eth1 --goto cali-fh-eth1"_s,
            u"--goto cali-fh-any-interface-at-all"_s}));
    QCOMPARE(bodies(r.chain(u"cali-to-host-endpoint"_s)),
        QStringList({u"--out-interface eth1 --goto cali-th-eth1"_s,
            u"--goto cali-th-any-interface-at-all"_s}));
    // The forward chains' names are 30 bytes: cut to iptables' 28 with a hash, as Felix does.
    const QString fhfw = endpointChainName(u"cali-fhfw-"_s, u"any-interface-at-all"_s);
    const QString thfw = endpointChainName(u"cali-thfw-"_s, u"any-interface-at-all"_s);
    QVERIFY(fhfw.size() == kIptablesMaxChainNameLength && fhfw.startsWith(u"cali-fhfw-"_s));
    QCOMPARE(bodies(r.chain(u"cali-from-hep-forward"_s)).value(1), u"--goto "_s + fhfw);
    QCOMPARE(bodies(r.chain(u"cali-to-hep-forward"_s)).value(1), u"--goto "_s + thfw);
    for (const QString &c :
        {u"cali-fh-any-interface-at-all"_s, u"cali-th-any-interface-at-all"_s, fhfw, thfw})
        QVERIFY2(r.chain(c), qPrintable(c));
    const FelixTable *raw = table(r, u"raw"_s);
    const FelixTable *mangle = table(r, u"mangle"_s);
    QVERIFY(raw && mangle);
    const QStringList skipThenGoto {u"-m comment --comment \"Skip egress WHEP policy for traffic "
                                    "to local workload\" --out-interface cali+ --jump RETURN"_s,
        u"--goto cali-th-any-interface-at-all"_s};
    QCOMPARE(bodies(mangle->chain(u"cali-to-host-endpoint"_s)).mid(1), skipThenGoto);
    // raw: eth1's untracked chains only.
    QCOMPARE(bodies(raw->chain(u"cali-from-host-endpoint"_s)),
        QStringList({u"--in-interface eth1 --goto cali-fh-eth1"_s}));
    QCOMPARE(bodies(raw->chain(u"cali-to-host-endpoint"_s)),
        QStringList({u"--out-interface eth1 --goto cali-th-eth1"_s}));
    QVERIFY(!raw->chain(u"cali-fh-any-interface-at-all"_s));
    QVERIFY(!raw->chain(u"cali-th-any-interface-at-all"_s));
    QVERIFY(mangle->chain(u"cali-th-any-interface-at-all"_s));
    QVERIFY(!mangle->chain(u"cali-fh-any-interface-at-all"_s)); // no pre-DNAT policy
    // nft (which takes no '*' in a chain name) renders the same chains and end rules.
    RenderOptions nft;
    nft.nftables = true;
    const FelixRuleset n = renderNode(engine, u"node-b"_s, nft);
    QVERIFY(!n.chain(u"cali-fh-*"_s));
    QVERIFY(n.chain(u"cali-fh-eth1"_s));
    for (const QString &c : {u"cali-fh-any-interface-at-all"_s, u"cali-th-any-interface-at-all"_s,
             u"cali-fhfw-any-interface-at-all"_s, u"cali-thfw-any-interface-at-all"_s})
        QVERIFY2(n.chain(c), qPrintable(c));
    QCOMPARE(bodies(n.chain(u"cali-from-host-endpoint"_s)).value(1),
        u"--goto cali-fh-any-interface-at-all"_s);
    QCOMPARE(bodies(n.chain(u"cali-to-host-endpoint"_s)).value(1),
        u"--goto cali-th-any-interface-at-all"_s);
    QCOMPARE(bodies(n.chain(u"cali-from-hep-forward"_s)).value(1),
        u"--goto cali-fhfw-any-interface-at-all"_s);
    QCOMPARE(bodies(n.chain(u"cali-to-hep-forward"_s)).value(1),
        u"--goto cali-thfw-any-interface-at-all"_s);
    QCOMPARE(n.warnings, r.warnings);
    // In the script, as Felix writes it: host-endpoint dispatch is a chain of interface gotos
    // (eth1's, then the goto for every other interface), not a verdict map; only the workload
    // dispatch has one.
    const QString script = nftablesScript(n);
    const qsizetype eth1 = script.indexOf(u"add rule ip calico filter-cali-from-host-endpoint "
                                          "iifname eth1 counter goto filter-cali-fh-eth1 "_s);
    const qsizetype rest
        = script.indexOf(u"add rule ip calico filter-cali-from-host-endpoint counter goto "
                         "filter-cali-fh-any-interface-at-all "_s);
    QVERIFY(eth1 >= 0 && rest > eth1);
    for (const QString &chain : {u"cali-from-host-endpoint"_s, u"cali-to-host-endpoint"_s,
             u"cali-from-hep-forward"_s, u"cali-to-hep-forward"_s}) {
        QVERIFY2(
            !script.contains(u"add map ip calico filter-"_s + chain + u' '), qPrintable(chain));
        QVERIFY2(!script.contains(u"vmap @filter-"_s + chain + u' '), qPrintable(chain));
    }
    QVERIFY(script.contains(u"add map ip calico filter-cali-from-wl-dispatch "
                            "{ type ifname : verdict; }"_s));
    QVERIFY(script.contains(u"add rule ip calico filter-cali-from-wl-dispatch iifname vmap "
                            "@filter-cali-from-wl-dispatch "_s));
    QVERIFY(!script.contains(u"-*"_s)); // no chain named after "*"
}

QTEST_GUILESS_MAIN(TestHostEndpointPipeline)
#include "tst_hostendpointpipeline.moc"
