// NftApplier's pure parts: the `nft -f` batch that replaces our table (declared, deleted and
// defined again, nothing else named), the batch that puts a saved table back, and the check of
// `nft -j list table` against what was written. The kernel side is tests/kernel/tst_agent.

#include <QtTest>

#include "core/agent/nftapplier.h"
#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/rulesetformat.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kScript = R"(add table ip calico
add chain ip calico filter-FORWARD { type filter hook forward priority filter; policy accept; }
add chain ip calico filter-cali-FORWARD
add set ip calico cali40s-a { type ipv4_addr; }
add element ip calico cali40s-a { 10.0.0.1, 10.0.0.2 }
add set ip calico cali40n-b { type ipv4_addr; flags interval; }
add element ip calico cali40n-b { 10.0.0.0/8, 192.168.0.0/16 }
add rule ip calico filter-FORWARD counter jump filter-cali-FORWARD comment "cali:h1;"
add rule ip calico filter-cali-FORWARD ip saddr @cali40s-a counter accept comment "cali:h2; Policy x"
add rule ip calico filter-cali-FORWARD counter drop comment "cali:h3;"
)";

/// What `nft -j list table ip calico` prints for kScript (nft 1.0.6), with `edit` applied.
QByteArray listing(const std::function<void(QJsonArray &)> &edit = {})
{
    QJsonArray a = QJsonDocument::fromJson(R"([
 {"metainfo": {"version": "1.0.6", "json_schema_version": 1}},
 {"table": {"family": "ip", "name": "calico", "handle": 2}},
 {"set": {"family": "ip", "name": "cali40s-a", "table": "calico", "type": "ipv4_addr",
   "handle": 3, "elem": ["10.0.0.1", "10.0.0.2"]}},
 {"set": {"family": "ip", "name": "cali40n-b", "table": "calico", "type": "ipv4_addr",
   "handle": 4, "flags": ["interval"], "elem": [{"range": ["10.0.0.0", "10.255.255.255"]}]}},
 {"chain": {"family": "ip", "table": "calico", "name": "filter-FORWARD", "handle": 1,
   "type": "filter", "hook": "forward", "prio": 0, "policy": "accept"}},
 {"chain": {"family": "ip", "table": "calico", "name": "filter-cali-FORWARD", "handle": 2}},
 {"rule": {"family": "ip", "table": "calico", "chain": "filter-FORWARD", "handle": 5,
   "comment": "cali:h1;", "expr": []}},
 {"rule": {"family": "ip", "table": "calico", "chain": "filter-cali-FORWARD", "handle": 6,
   "comment": "cali:h2; Policy x", "expr": []}},
 {"rule": {"family": "ip", "table": "calico", "chain": "filter-cali-FORWARD", "handle": 7,
   "comment": "cali:h3;", "expr": []}}
])")
                       .array();
    if (edit)
        edit(a);
    return QJsonDocument(QJsonObject {{u"nftables"_s, a}}).toJson(QJsonDocument::Compact);
}

QJsonObject inner(const QJsonArray &a, int i, const QString &key)
{
    return a.at(i).toObject().value(key).toObject();
}

void setInner(QJsonArray &a, int i, const QString &key, const QJsonObject &o)
{
    a[i] = QJsonObject {{key, o}};
}

} // namespace

class TestNftApplier : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void batchReplacesOnlyOurTable();
    void restoreBatch();
    void ipv6AddressMatches();
    void matchingListing();
    void differences_data();
    void differences();
};

void TestNftApplier::batchReplacesOnlyOurTable()
{
    const LoadResult lr = Loader().loadText(R"(apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop}
spec: {nodeName: node-a, containers: [{name: c, image: busybox}]}
status: {podIP: 10.66.0.10}
)",
        u"ws.yaml"_s);
    RenderOptions options;
    options.nftables = true;
    const FelixRuleset rs = renderNode(PolicyEngine(lr.workspace), u"node-a"_s, options);
    const QByteArray script = nftablesScript(rs).toUtf8();
    QCOMPARE(NftApplier::tablesOf(script), QStringList {u"ip calico"_s});
    const QByteArray batch = NftApplier::batch(script);
    // Declared first (a missing table is fine), deleted, then the whole script: one batch.
    QVERIFY(batch.startsWith("add table ip calico\ndelete table ip calico\n" + script));
    QVERIFY(batch.endsWith('\n'));
    // No other table and no flush of the ruleset is ever named.
    for (const QByteArray &l : batch.split('\n')) {
        QVERIFY2(!l.startsWith("flush ruleset"), l.constData());
        if (l.startsWith("add ") || l.startsWith("delete "))
            QVERIFY2(
                l.split(' ').value(2) == "ip" && l.split(' ').value(3) == "calico", l.constData());
    }
    // An IPv6 rendering is the ip6 table.
    FelixRuleset v6 = rs;
    v6.ipVersion = 6;
    QCOMPARE(NftApplier::tablesOf(nftablesScript(v6).toUtf8()), QStringList {u"ip6 calico"_s});
    QCOMPARE(NftApplier::tablesOf("add table ip calico\nadd table ip6 calico\n"),
        (QStringList {u"ip calico"_s, u"ip6 calico"_s}));
}

void TestNftApplier::restoreBatch()
{
    const QByteArray saved = "table ip calico {\n\tchain filter-cali-FORWARD {\n\t}\n}\n";
    QCOMPARE(NftApplier::restoreBatch({u"ip calico"_s}, saved),
        "add table ip calico\ndelete table ip calico\n" + saved);
    // A table that did not exist before is only deleted.
    QCOMPARE(NftApplier::restoreBatch({u"ip calico"_s, u"ip6 calico"_s}, {}),
        QByteArray("add table ip calico\ndelete table ip calico\nadd table ip6 calico\n"
                   "delete table ip6 calico\n"));
}

// The ip6 table refuses `ip saddr`: an IPv6 rendering matches addresses, sets and named-port sets
// with `ip6 …`, an IPv4 one with `ip …`.
void TestNftApplier::ipv6AddressMatches()
{
    const LoadResult lr = Loader().loadText(R"(apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {nodeName: node-a, containers: [{name: c, image: busybox, ports: [{name: http, containerPort: 80}]}]}
status: {podIP: 10.66.0.10, podIPs: [{ip: 10.66.0.10}, {ip: "fd00:66::10"}]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: web}
spec:
  selector: app == 'web'
  ingress:
  - {action: Allow, protocol: TCP, source: {selector: app == 'web'}, destination: {ports: [http]}}
  - {action: Allow, source: {nets: ["fd00:1::/64"]}}
  - {action: Allow, source: {nets: ["10.1.0.0/16"]}}
  - {action: Deny, destination: {notNets: ["fd00:2::/64"]}}
  - {action: Deny, destination: {notNets: ["10.2.0.0/16"]}}
)",
        u"ws.yaml"_s);
    QVERIFY(lr.diagnostics.isEmpty());
    const PolicyEngine engine(lr.workspace);
    RenderOptions options;
    options.nftables = true;
    for (const int version : {4, 6}) {
        options.ipVersion = version;
        const QString script = nftablesScript(renderNode(engine, u"node-a"_s, options));
        const QString own = version == 6 ? u"ip6 "_s : u"ip "_s;
        const QString other = version == 6 ? u"ip "_s : u"ip6 "_s;
        QVERIFY2(script.contains(own + u"saddr @cali"_s + QString::number(version) + u"0s-"_s),
            qPrintable(script));
        QVERIFY2(
            script.contains(own + u"daddr . meta l4proto . th dport @cali"_s), qPrintable(script));
        QVERIFY2(
            script.contains(own + (version == 6 ? u"saddr fd00:1::/64"_s : u"saddr 10.1.0.0/16"_s)),
            qPrintable(script));
        QVERIFY2(script.contains(
                     own + (version == 6 ? u"daddr != fd00:2::/64"_s : u"daddr != 10.2.0.0/16"_s)),
            qPrintable(script));
        for (const QString &word : {u"saddr"_s, u"daddr"_s}) {
            // "ip6 saddr" contains no "ip saddr"; the other way round needs the leading space.
            QVERIFY2(!script.contains(u' ' + other + word), qPrintable(script));
        }
    }
}

void TestNftApplier::matchingListing()
{
    QCOMPARE(NftApplier::differences(kScript, u"ip calico"_s, listing()), QString());
}

void TestNftApplier::differences_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("table ip calico {") << u"not JSON"_s;
    QTest::newRow("chain missing") << listing([](QJsonArray &a) { a.removeAt(5); })
                                   << u"chain filter-cali-FORWARD is missing"_s;
    QTest::newRow("chain not written") << listing([](QJsonArray &a) {
        a.append(QJsonObject {{u"chain"_s, QJsonObject {{u"name"_s, u"filter-other"_s}}}});
    }) << u"chain filter-other is there but was not written"_s;
    QTest::newRow("other hook") << listing([](QJsonArray &a) {
        QJsonObject c = inner(a, 4, u"chain"_s);
        c[u"hook"_s] = u"input"_s;
        setInner(a, 4, u"chain"_s, c);
    }) << u"chain filter-FORWARD hooks \"input\", expected \"forward\""_s;
    QTest::newRow("set missing") << listing([](QJsonArray &a) { a.removeAt(2); })
                                 << u"set cali40s-a is missing"_s;
    QTest::newRow("element missing") << listing([](QJsonArray &a) {
        QJsonObject s = inner(a, 2, u"set"_s);
        s[u"elem"_s] = QJsonArray {u"10.0.0.1"_s};
        setInner(a, 2, u"set"_s, s);
    }) << u"set cali40s-a holds 1 elements, 2 were written"_s;
    QTest::newRow("rule missing") << listing([](QJsonArray &a) { a.removeAt(8); })
                                  << u"rule 2 of chain filter-cali-FORWARD is \"\""_s;
    QTest::newRow("rules swapped") << listing([](QJsonArray &a) {
        const QJsonValue seventh = a.at(7);
        a[7] = a.at(8);
        a[8] = seventh;
    }) << u"rule 1 of chain filter-cali-FORWARD is \"cali:h3;\""_s;
}

void TestNftApplier::differences()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QString diff = NftApplier::differences(kScript, u"ip calico"_s, json);
    QVERIFY2(diff.contains(message), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestNftApplier)
#include "tst_nftapplier.moc"
