// policyctl render, run in-process through ps::cli::Cli on the embedded demo workspace: the
// text outputs are the bytes of the core's golden references (tests/fixtures/dataplane/demo-*),
// JSON maps every rule back to its policy, direction and rule index or to the purpose of a
// fixed chain, one endpoint renders alone, --legacy-naming switches the policy chain names,
// and unknown nodes / endpoints and usage errors give exit codes 1 and 2 with clear messages.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "clirunner.h"
#include "core/dataplane/felixnames.h"
#include "tests/support/testfiles.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDemo = u":/demo"_s;

QString golden(const QString &node, const QString &file)
{
    return ps::test::readText(ps::test::fixturePath(u"dataplane/demo-"_s + node + u'/' + file));
}

QStringList renderArgs(const QStringList &extra)
{
    return QStringList {u"render"_s, u"-f"_s, kDemo} + extra;
}

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject chainNamed(const QJsonObject &ruleset, const QString &name)
{
    for (const auto &c : ruleset.value(u"chains").toArray()) {
        if (c.toObject().value(u"name").toString() == name)
            return c.toObject();
    }
    return QJsonObject();
}

} // namespace

class TestCliRender : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textIsTheGoldenOutput_data();
    void textIsTheGoldenOutput();
    void jsonMapsRulesToTheirOrigin();
    void oneEndpoint_data();
    void oneEndpoint();
    void legacyNaming();
    void ipVersion6();
    void defaultNodeNeedsOneCandidate();
    void errors_data();
    void errors();
    void listedInHelp();
};

void TestCliRender::textIsTheGoldenOutput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("prefix");
    for (const QString &node : {u"worker-1"_s, u"worker-2"_s}) {
        QTest::addRow("%s iptables", qPrintable(node))
            << QStringList {u"--node"_s, node} << node
            << QStringList {u"ipset-restore.txt"_s, u"iptables-restore.txt"_s}
            << u"# ipset restore\n|# iptables-restore --noflush\n"_s;
        QTest::addRow("%s explicit iptables text", qPrintable(node))
            << QStringList {u"--node"_s, node, u"--dataplane"_s, u"iptables"_s, u"-o"_s, u"text"_s}
            << node << QStringList {u"ipset-restore.txt"_s, u"iptables-restore.txt"_s}
            << u"# ipset restore\n|# iptables-restore --noflush\n"_s;
        QTest::addRow("%s nft", qPrintable(node))
            << QStringList {u"--node"_s, node, u"--dataplane"_s, u"nft"_s} << node
            << QStringList {u"nft.txt"_s} << QString();
        QTest::addRow("%s save", qPrintable(node))
            << QStringList {u"--node"_s, node, u"-o"_s, u"save"_s} << node
            << QStringList {u"iptables-save.txt"_s} << QString();
    }
}

void TestCliRender::textIsTheGoldenOutput()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, node);
    QFETCH(QStringList, files);
    QFETCH(QString, prefix);
    const QStringList prefixes = prefix.isEmpty() ? QStringList() : prefix.split(u'|');
    QString expected;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString text = golden(node, files[i]);
        QVERIFY2(!text.isEmpty(), qPrintable(files[i]));
        expected += prefixes.value(i) + text;
    }
    const CliRun run = runCli(renderArgs(extra));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, expected);
}

void TestCliRender::jsonMapsRulesToTheirOrigin()
{
    const CliRun run = runCli(renderArgs({u"--node"_s, u"worker-2"_s, u"-o"_s, u"json"_s}));
    QCOMPARE(run.code, 0);
    const QJsonObject rs = parseObject(run.out);
    QCOMPARE(rs.value(u"node").toString(), u"worker-2"_s);
    QStringList refs;
    for (const auto &e : rs.value(u"endpoints").toArray())
        refs.append(e.toObject().value(u"ref").toString());
    QVERIFY(refs.contains(u"production/server-0"_s));
    QVERIFY(!refs.contains(u"production/client-0"_s)); // on worker-1

    // docs/rendering.md: "Names and hashes": np/production/allow-tcp-8080 →
    // cali-pi-_Zoh-rJh7GXAsYEW25Z3.
    const QJsonObject policy = chainNamed(rs, u"cali-pi-_Zoh-rJh7GXAsYEW25Z3"_s);
    QVERIFY(!policy.isEmpty());
    const QJsonArray rules = policy.value(u"rules").toArray();
    QVERIFY(!rules.isEmpty());
    for (const auto &v : rules) {
        const QJsonObject rule = v.toObject();
        const QJsonObject origin = rule.value(u"origin").toObject();
        QCOMPARE(origin.value(u"kind").toString(), u"policy"_s);
        QCOMPARE(origin.value(u"name").toString(), u"production/allow-tcp-8080"_s);
        QCOMPARE(origin.value(u"policyKind").toString(), u"NetworkPolicy"_s);
        QCOMPARE(origin.value(u"direction").toString(), u"ingress"_s);
        QCOMPARE(origin.value(u"rule").toInt(), 0);
        QVERIFY(rule.value(u"text").toString().startsWith(
            u"-A cali-pi-_Zoh-rJh7GXAsYEW25Z3 -m comment --comment \"cali:"_s));
        QVERIFY(rule.value(u"save").toString().startsWith(u"-A cali-pi-_Zoh-rJh7GXAsYEW25Z3 "_s));
        QVERIFY(!rule.value(u"nft").toString().isEmpty());
        QCOMPARE(rule.value(u"hash").toString().size(), 16);
    }

    // Every rule of every chain says where it comes from: a policy / profile rule index, or
    // the purpose of a fixed, dispatch or endpoint rule.
    int policyRules = 0;
    for (const auto &c : rs.value(u"chains").toArray()) {
        for (const auto &v : c.toObject().value(u"rules").toArray()) {
            const QJsonObject origin = v.toObject().value(u"origin").toObject();
            const QString kind = origin.value(u"kind").toString();
            QVERIFY2(!kind.isEmpty(), qPrintable(c.toObject().value(u"name").toString()));
            if (kind == u"policy" || kind == u"profile") {
                QVERIFY(!origin.value(u"name").toString().isEmpty());
                QVERIFY(!origin.value(u"direction").toString().isEmpty());
                if (origin.value(u"rule").toInt() >= 0)
                    ++policyRules;
            } else {
                QVERIFY2(!origin.value(u"purpose").toString().isEmpty(),
                    qPrintable(c.toObject().value(u"name").toString()));
            }
        }
    }
    QVERIFY(policyRules > 0);
    // The fixed chains carry their purpose.
    const QJsonObject forward = chainNamed(rs, u"cali-FORWARD"_s);
    QCOMPARE(forward.value(u"origin").toObject().value(u"kind").toString(), u"fixed"_s);
    QVERIFY(!forward.value(u"purpose").toString().isEmpty());
}

void TestCliRender::oneEndpoint_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("expected");
    QTest::newRow("namespace/name") << u"production/server-0"_s << u"production/server-0"_s;
    QTest::newRow("address") << u"10.244.2.30"_s << u"production/server-0"_s;
    QTest::newRow("other node") << u"production/client-0"_s << u"production/client-0"_s;
}

void TestCliRender::oneEndpoint()
{
    QFETCH(QString, ref);
    QFETCH(QString, expected);
    const CliRun run = runCli(renderArgs({u"--endpoint"_s, ref, u"-o"_s, u"json"_s}));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.code, 0);
    const QJsonObject rs = parseObject(run.out);
    const QJsonArray endpoints = rs.value(u"endpoints").toArray();
    QCOMPARE(endpoints.size(), 1);
    QCOMPARE(endpoints.first().toObject().value(u"ref").toString(), expected);
    const QString iface
        = ps::workloadInterfaceName(expected.section(u'/', 0, 0), expected.section(u'/', 1));
    QCOMPARE(endpoints.first().toObject().value(u"interface").toString(), iface);
    QVERIFY(!chainNamed(rs, u"cali-tw-"_s + iface).isEmpty());
    QVERIFY(!chainNamed(rs, u"cali-fw-"_s + iface).isEmpty());

    // The text form of the same endpoint: ipsets first, then Felix's static raw, mangle and nat
    // tables, then the filter table.
    const CliRun text = runCli(renderArgs({u"--endpoint"_s, ref}));
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.startsWith(u"# ipset restore\n"_s));
    QVERIFY(text.out.contains(u"\n# iptables-restore --noflush\n*raw\n"_s));
    QVERIFY(text.out.contains(u"\nCOMMIT\n*filter\n"_s));
    QVERIFY(text.out.contains(u"--in-interface "_s + iface + u" --goto cali-fw-"_s + iface));
    QVERIFY(text.out.endsWith(u"COMMIT\n"_s));
}

void TestCliRender::legacyNaming()
{
    const QString current = ps::policyChainName(true,
        ps::policyChainSuffix(u"NetworkPolicy"_s, u"production"_s, u"allow-tcp-8080"_s,
            u"default"_s, ps::FelixNaming::Current));
    const QString legacy = ps::policyChainName(true,
        ps::policyChainSuffix(u"NetworkPolicy"_s, u"production"_s, u"allow-tcp-8080"_s,
            u"default"_s, ps::FelixNaming::V3_29));
    QCOMPARE(current, u"cali-pi-_Zoh-rJh7GXAsYEW25Z3"_s);
    QVERIFY(legacy != current);

    const CliRun now = runCli(renderArgs({u"--endpoint"_s, u"production/server-0"_s}));
    const CliRun old
        = runCli(renderArgs({u"--endpoint"_s, u"production/server-0"_s, u"--legacy-naming"_s}));
    QCOMPARE(now.code, 0);
    QCOMPARE(old.code, 0);
    QVERIFY(now.out.contains(u":"_s + current + u" - -\n"_s));
    QVERIFY(!now.out.contains(legacy));
    QVERIFY(old.out.contains(u":"_s + legacy + u" - -\n"_s));
    QVERIFY(!old.out.contains(current));
}

// --ip-version 6: the node's IPv6 ruleset (ip6tables input, cali60 sets, ICMPv6), as Felix
// programs it next to the IPv4 one.
void TestCliRender::ipVersion6()
{
    const CliRun v4 = runCli(renderArgs({u"--node"_s, u"worker-1"_s}));
    const CliRun v6 = runCli(renderArgs({u"--node"_s, u"worker-1"_s, u"--ip-version"_s, u"6"_s}));
    QCOMPARE(v4.code, 0);
    QCOMPARE(v6.code, 0);
    QVERIFY(v6.out != v4.out);
    QVERIFY(v4.out.contains(u"cali40"_s));
    QVERIFY(!v6.out.contains(u"cali40"_s));
    QVERIFY(v6.out.contains(u"# ip6tables-restore --noflush\n"_s));
    QVERIFY2(v6.out.contains(u"ipv6-icmp"_s) || v6.out.contains(u"icmpv6"_s), qPrintable(v6.out));
    const CliRun json = runCli(
        renderArgs({u"--node"_s, u"worker-1"_s, u"--ip-version"_s, u"6"_s, u"-o"_s, u"json"_s}));
    QCOMPARE(json.code, 0);
    QCOMPARE(parseObject(json.out).value(u"ipVersion").toInt(), 6);
    const CliRun nft = runCli(renderArgs(
        {u"--node"_s, u"worker-1"_s, u"--ip-version"_s, u"6"_s, u"--dataplane"_s, u"nft"_s}));
    QCOMPARE(nft.code, 0);
    QVERIFY2(nft.out.contains(u"table ip6 calico"_s), qPrintable(nft.out.left(400)));
}

void TestCliRender::defaultNodeNeedsOneCandidate()
{
    // The demo has endpoints on two nodes: the node must be named.
    const CliRun run = runCli(renderArgs({}));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"worker-1, worker-2"_s), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestCliRender::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown node") << renderArgs({u"--node"_s, u"worker-9"_s}) << 1
                                  << u"unknown node 'worker-9'"_s;
    QTest::newRow("misspelt node")
        << renderArgs({u"--node"_s, u"wroker-1"_s}) << 1 << u"Did you mean 'worker-1'?"_s;
    QTest::newRow("unknown endpoint")
        << renderArgs({u"--endpoint"_s, u"production/nothing-0"_s}) << 1 << u"nothing-0"_s;
    QTest::newRow("address outside the inventory") << renderArgs(
        {u"--endpoint"_s, u"203.0.113.9"_s}) << 1 << u"203.0.113.9 is outside the inventory"_s;
    QTest::newRow("node and endpoint")
        << renderArgs({u"--node"_s, u"worker-1"_s, u"--endpoint"_s, u"production/server-0"_s}) << 2
        << u"either --node or --endpoint"_s;
    QTest::newRow("bad dataplane")
        << renderArgs({u"--node"_s, u"worker-1"_s, u"--dataplane"_s, u"ebpf"_s}) << 2
        << u"unknown dataplane 'ebpf'"_s;
    QTest::newRow("bad ip version")
        << renderArgs({u"--node"_s, u"worker-1"_s, u"--ip-version"_s, u"5"_s}) << 2
        << u"--ip-version is 4 or 6, not '5'"_s;
    QTest::newRow("bad format") << renderArgs({u"--node"_s, u"worker-1"_s, u"-o"_s, u"csv"_s}) << 2
                                << u"unknown output format 'csv'"_s;
    QTest::newRow("save with nft")
        << renderArgs({u"--node"_s, u"worker-1"_s, u"--dataplane"_s, u"nft"_s, u"-o"_s, u"save"_s})
        << 2 << u"-o save"_s;
    QTest::newRow("node twice") << renderArgs({u"--node"_s, u"worker-1"_s, u"--node"_s,
        u"worker-2"_s}) << 2 << u"--node is given more than once"_s;
    QTest::newRow("positional") << renderArgs({u"worker-1"_s}) << 2
                                << u"unexpected argument 'worker-1'"_s;
    QTest::newRow("no input") << QStringList {u"render"_s, u"--node"_s, u"worker-1"_s} << 2
                              << u"no input"_s;
}

void TestCliRender::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.startsWith(u"policyctl render: error: "_s), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestCliRender::listedInHelp()
{
    const CliRun help = runCli({u"help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"  render "_s));
    const CliRun own = runCli({u"render"_s, u"--help"_s});
    QCOMPARE(own.code, 0);
    for (const QString &option :
        {u"--node"_s, u"--endpoint"_s, u"--dataplane"_s, u"--legacy-naming"_s, u"-o"_s})
        QVERIFY2(own.out.contains(option), qPrintable(option));
}

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
