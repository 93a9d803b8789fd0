// policyctl graph, run in-process through ps::cli::Cli: the JSON contract on the embedded demo
// and a small shop (keys and their order, node kinds and ids per grouping), --denied,
// --protocol/--port, --out, DOT, SVG and PNG, input with errors (refused, or left out with
// --accept-errors), --against (the difference with the rule responsible, exit 0 same, 1
// different, 2 any error), --group-by prefix|label:KEY (the overview: groups with their
// members, an edge between two groups exactly where some pair of members has one), and every error
// with its exit code (0 written, 1 unknown protocol, invalid input or unwritable output, 2 usage).

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include "tests/support/testfiles.h"

namespace {

QJsonObject jsonOf(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

QString outOfRange()
{
    return ps::test::fixturePath(u"cli/eval/outofrange");
}

// The shop: a Deployment with its pod, a pod of its own, a global network set.
QStringList shop(const char *side = "old")
{
    return {QStringLiteral("-f"), ps::test::fixturePath(u"cli/graph/inventory.yaml"),
        QStringLiteral("-f"),
        ps::test::fixturePath(QStringLiteral("cli/graph/") + QString::fromUtf8(side))};
}

} // namespace

class TestCliGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonContract();
    void shopJson();
    void groupings_data();
    void groupings();
    void deniedPairs();
    void oneProbe();
    void dotAndText();
    void outFile();
    void invalidInput();
    void images();
    void against();
    void againstSame();
    void groupByLabel();
    void groupByPrefix();
    void errors_data();
    void errors();
};

void TestCliGraph::jsonContract()
{
    const CliRun run = runCli(cliArgs({"graph", "-f", ":/demo", "-o", "json"}));
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // Keys in the documented order.
    QVERIFY(run.out.startsWith(QStringLiteral("{\"by\":\"namespace\",\"nodes\":[{\"id\":")));
    QVERIFY(run.out.contains(QRegularExpression(
        QStringLiteral("\\{\"id\":\"[^\"]*\",\"kind\":\"[a-z]+\",\"name\":\"[^\"]*\","
                       "\"namespace\":\"[^\"]*\",\"cidrs\":\\["))));
    const QJsonObject json = jsonOf(run);
    QCOMPARE(json.keys(),
        QStringList({QStringLiteral("by"), QStringLiteral("edges"), QStringLiteral("nodes")}));
    QStringList ids;
    const QStringList kinds {QStringLiteral("namespace"), QStringLiteral("external"),
        QStringLiteral("networkset"), QStringLiteral("hostendpoint")};
    for (const auto &n : json.value(QStringLiteral("nodes")).toArray()) {
        QVERIFY2(kinds.contains(n[QStringLiteral("kind")].toString()),
            qPrintable(n[QStringLiteral("kind")].toString()));
        ids.append(n[QStringLiteral("id")].toString());
    }
    QVERIFY(ids.contains(QStringLiteral("production")));
    const QJsonArray edges = json.value(QStringLiteral("edges")).toArray();
    QVERIFY(!edges.isEmpty());
    for (const auto &e : edges) {
        QVERIFY(ids.contains(e[QStringLiteral("from")].toString()));
        QVERIFY(ids.contains(e[QStringLiteral("to")].toString()));
        const QJsonValue c = e[QStringLiteral("connections")];
        if (c.isString()) {
            QCOMPARE(c.toString(), QStringLiteral("all"));
            continue;
        }
        QVERIFY(!c.toArray().isEmpty());
        for (const auto &p : c.toArray()) {
            QVERIFY(!p[QStringLiteral("protocol")].toString().isEmpty());
            for (const auto &r : p[QStringLiteral("ports")].toArray()) {
                QCOMPARE(r.toArray().size(), 2);
                QVERIFY(r[0].toInt() <= r[1].toInt());
                QVERIFY(r[1].toInt() <= 65535);
            }
        }
    }
}

// The whole contract, byte for byte: a workload, a pod no template owns, a network set and the
// rest of the outside world; exact port sets, "all" where everything is allowed.
// A pod's packets to its own address meet no policy and make no edge (no shop/db-0 -> shop/db-0:
// its one pod has no other pod to reach).
void TestCliGraph::shopJson()
{
    const CliRun run = runCli(QStringList {QStringLiteral("graph")} + shop()
        + cliArgs({"--by", "workload", "-o", "json"}));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out,
        QStringLiteral(
            R"({"by":"workload","nodes":[)"
            R"({"id":"shop/db-0","kind":"pod","name":"db-0","namespace":"shop","cidrs":[]},)"
            R"({"id":"shop/web","kind":"workload","name":"web","namespace":"shop","cidrs":[]},)"
            R"({"id":"gnetset:partners","kind":"networkset","name":"partners","namespace":"",)"
            R"("cidrs":["198.51.100.0/24"]},)"
            R"({"id":"0.0.0.0/0","kind":"external","name":"any other IPv4 address",)"
            R"("namespace":"","cidrs":["0.0.0.0/0"]}],"edges":[)"
            R"({"from":"shop/db-0","to":"gnetset:partners","connections":"all"},)"
            R"({"from":"shop/db-0","to":"0.0.0.0/0","connections":"all"},)"
            R"({"from":"shop/web","to":"shop/db-0","connections":)"
            R"([{"protocol":"TCP","ports":[[5432,5432]]}]},)"
            R"({"from":"shop/web","to":"gnetset:partners","connections":"all"},)"
            R"({"from":"shop/web","to":"0.0.0.0/0","connections":"all"},)"
            R"({"from":"gnetset:partners","to":"shop/web","connections":)"
            R"([{"protocol":"TCP","ports":[[8080,8080]]}]}]})"
            "\n"));
}

void TestCliGraph::groupings_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("ids"); // of that kind
    QTest::newRow("namespace") << "namespace"
                               << "namespace" << cliArgs({"shop"});
    QTest::newRow("serviceaccount") << "serviceaccount"
                                    << "serviceaccount" << cliArgs({"shop/sa:db", "shop/sa:web"});
    // A pod no workload template owns is a node of its own.
    QTest::newRow("workload") << "workload"
                              << "workload" << cliArgs({"shop/web"});
    QTest::newRow("workload's pods") << "workload"
                                     << "pod" << cliArgs({"shop/db-0"});
    QTest::newRow("pod") << "pod"
                         << "pod" << cliArgs({"shop/db-0", "shop/web-7d4b9-abcde"});
    QTest::newRow("network set") << "pod"
                                 << "networkset" << cliArgs({"gnetset:partners"});
    QTest::newRow("outside") << "namespace"
                             << "external" << cliArgs({"0.0.0.0/0"});
}

void TestCliGraph::groupings()
{
    QFETCH(QString, by);
    QFETCH(QString, kind);
    QFETCH(QStringList, ids);
    const CliRun run = runCli(QStringList {QStringLiteral("graph")} + shop()
        + QStringList {QStringLiteral("--by"), by, QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(run.code, 0);
    const QJsonObject json = jsonOf(run);
    QCOMPARE(json.value(QStringLiteral("by")).toString(), by);
    QStringList ofKind;
    for (const auto &n : json.value(QStringLiteral("nodes")).toArray()) {
        if (n[QStringLiteral("kind")].toString() == kind)
            ofKind.append(n[QStringLiteral("id")].toString());
    }
    QCOMPARE(ofKind, ids);
}

void TestCliGraph::deniedPairs()
{
    const CliRun plain = runCli(cliArgs({"graph", "-f", ":/demo", "-o", "json"}));
    QVERIFY(!jsonOf(plain).contains(QStringLiteral("denied")));
    const CliRun run = runCli(cliArgs({"graph", "-f", ":/demo", "-o", "json", "--denied"}));
    QCOMPARE(run.code, 0);
    const QJsonObject json = jsonOf(run);
    QCOMPARE(json.value(QStringLiteral("edges")), jsonOf(plain).value(QStringLiteral("edges")));
    QVERIFY(!json.value(QStringLiteral("denied")).toArray().isEmpty());
}

void TestCliGraph::oneProbe()
{
    const CliRun run = runCli(
        cliArgs({"graph", "-f", ":/demo", "-o", "json", "--protocol", "tcp", "--port", "8080"}));
    QCOMPARE(run.code, 0);
    const QJsonArray edges = jsonOf(run).value(QStringLiteral("edges")).toArray();
    QVERIFY(!edges.isEmpty());
    const QJsonArray expected
        = QJsonDocument::fromJson(R"([{"protocol":"TCP","ports":[[8080,8080]]}])").array();
    for (const auto &e : edges)
        QCOMPARE(e[QStringLiteral("connections")].toArray(), expected);
    const CliRun udp = runCli(cliArgs({"graph", "-f", ":/demo", "--protocol", "17", "-o", "json"}));
    QCOMPARE(udp.code, 0);
    for (const auto &e : jsonOf(udp).value(QStringLiteral("edges")).toArray()) {
        for (const auto &p : e[QStringLiteral("connections")].toArray())
            QCOMPARE(p[QStringLiteral("protocol")].toString(), QStringLiteral("UDP"));
    }
}

void TestCliGraph::dotAndText()
{
    const CliRun dot = runCli(cliArgs({"graph", "-f", ":/demo", "-o", "dot", "--denied"}));
    QCOMPARE(dot.code, 0);
    QVERIFY(dot.out.startsWith(QStringLiteral("digraph flows {\n")));
    QVERIFY(dot.out.contains(QStringLiteral("style=dashed")));
    QVERIFY(dot.out.endsWith(QStringLiteral("}\n")));
    const CliRun text = runCli(cliArgs({"graph", "-f", ":/demo"}));
    QCOMPARE(text.code, 0);
    QVERIFY2(
        text.out.startsWith(QStringLiteral("Flow graph by namespace: ")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("\nAllowed:\n")));
    QVERIFY(!text.out.contains(QStringLiteral("\nDenied:\n")));
}

void TestCliGraph::outFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.json"));
    const CliRun run
        = runCli({QStringLiteral("graph"), QStringLiteral("-f"), QStringLiteral(":/demo"),
            QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--out"), path});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());
    const CliRun printed = runCli(cliArgs({"graph", "-f", ":/demo", "-o", "json"}));
    QCOMPARE(QString::fromUtf8(ps::test::readFile(path)), printed.out);
}

void TestCliGraph::invalidInput()
{
    const CliRun refused = runCli({QStringLiteral("graph"), QStringLiteral("-f"), outOfRange()});
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains(QStringLiteral("--accept-errors")), qPrintable(refused.err));
    const CliRun accepted = runCli({QStringLiteral("graph"), QStringLiteral("-f"), outOfRange(),
        QStringLiteral("--accept-errors"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(accepted.code, 0);
    QVERIFY2(accepted.out.contains(QStringLiteral("\"leftOut\":[{\"kind\":\"GlobalNetworkPolicy\","
                                                  "\"name\":\"p\"")),
        qPrintable(accepted.out));
    const CliRun text = runCli({QStringLiteral("graph"), QStringLiteral("-f"), outOfRange(),
        QStringLiteral("--accept-errors")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("left out: GlobalNetworkPolicy p")));
}

void TestCliGraph::images()
{
    const CliRun svg = runCli(cliArgs({"graph", "-f", ":/demo", "-o", "svg", "--denied"}));
    QCOMPARE(svg.code, 0);
    QVERIFY(svg.out.startsWith(QStringLiteral("<?xml")));
    QVERIFY(svg.out.contains(QStringLiteral("<svg")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.png"));
    const CliRun png
        = runCli({QStringLiteral("graph"), QStringLiteral("-f"), QStringLiteral(":/demo"),
            QStringLiteral("-o"), QStringLiteral("png"), QStringLiteral("--out"), path});
    QCOMPARE(png.code, 0);
    QVERIFY(png.out.isEmpty());
    QVERIFY(ps::test::readFile(path).startsWith("\x89PNG\r\n\x1a\n"));
}

// The shop's edit: the database takes one more port, partners lose web; each change with the
// rule responsible. Exit 1: differences.
void TestCliGraph::against()
{
    const QStringList arguments = QStringList {QStringLiteral("graph")} + shop("old")
        + QStringList {QStringLiteral("--against"),
            ps::test::fixturePath(u"cli/graph/inventory.yaml"), QStringLiteral("--against"),
            ps::test::fixturePath(u"cli/graph/new")}
        + cliArgs({"--by", "workload"});
    const CliRun text = runCli(arguments);
    QCOMPARE(text.code, 1);
    QCOMPARE(text.out,
        QStringLiteral(
            "Flow graph difference by workload: 2 edge change(s)\n"
            "  removed gnetset:partners -> shop/web: TCP 8080 => nothing\n"
            "    removed TCP 8080: 198.51.100.0 -> shop/web-7d4b9-abcde, decided at ingress by "
            "NetworkPolicy shop/web rule 0 (deny); before the edit by NetworkPolicy shop/web "
            "rule 0 (allow)\n"
            "  changed shop/web -> shop/db-0: TCP 5432 => TCP 5432,6432\n"
            "    added TCP 6432: shop/web-7d4b9-abcde -> shop/db-0, decided at ingress by "
            "NetworkPolicy shop/db rule 0 (allow); before the edit by the end of tier default "
            "(end of tier: deny, after NetworkPolicy shop/db)\n"));
    const CliRun json = runCli(arguments + cliArgs({"-o", "json"}));
    QCOMPARE(json.code, 1);
    const QJsonArray changes = jsonOf(json).value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[1][QStringLiteral("added")].toArray(),
        QJsonDocument::fromJson(R"([{"protocol":"TCP","ports":[[6432,6432]]}])").array());
    const QJsonValue reason = changes[1][QStringLiteral("reasons")][0];
    QCOMPARE(reason[QStringLiteral("policy")].toString(), QStringLiteral("shop/db"));
    QCOMPARE(reason[QStringLiteral("rule")].toInt(), 0);
    QCOMPARE(reason[QStringLiteral("action")].toString(), QStringLiteral("allow"));
    const CliRun dot = runCli(arguments + cliArgs({"-o", "dot"}));
    QCOMPARE(dot.code, 1);
    QVERIFY(dot.out.startsWith(QStringLiteral("digraph flowdiff {")));
    QVERIFY(dot.out.contains(
        QStringLiteral("\"gnetset:partners\" -> \"shop/web\" [label=\"-TCP 8080\"")));
    const CliRun svg = runCli(arguments + cliArgs({"-o", "svg"}));
    QCOMPARE(svg.code, 1);
    QVERIFY(svg.out.contains(QStringLiteral("<svg")));
}

void TestCliGraph::againstSame()
{
    const CliRun run = runCli(
        cliArgs({"graph", "-f", ":/demo", "--against", ":/demo", "--by", "pod", "--denied"}));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("Flow graph difference by pod: 0 edge change(s)\n"));
}

// --group-by label:environment on the demo: one node per value of the label, one for the
// namespaces without it; every namespace in exactly one group; an edge between two groups
// exactly when the graph has an edge between some pair of their members.
void TestCliGraph::groupByLabel()
{
    const CliRun whole = runCli(cliArgs({"graph", "-f", ":/demo", "-o", "json"}));
    const CliRun run = runCli(
        cliArgs({"graph", "-f", ":/demo", "--group-by", "label:environment", "-o", "json"}));
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QHash<QString, QString> groupOf; // the whole graph's node id -> its node in the overview
    QHash<QString, QStringList> members;
    QHash<QString, QString> names;
    for (const auto &n : jsonOf(run).value(QStringLiteral("nodes")).toArray()) {
        const QString id = n[QStringLiteral("id")].toString();
        names.insert(id, n[QStringLiteral("name")].toString());
        const QJsonArray list = n[QStringLiteral("members")].toArray();
        if (list.isEmpty())
            groupOf.insert(id, id);
        for (const auto &m : list) {
            QVERIFY2(!groupOf.contains(m.toString()), qPrintable(m.toString()));
            groupOf.insert(m.toString(), id);
            members[id].append(m.toString());
        }
    }
    QCOMPARE(members.value(QStringLiteral("environment=production")),
        QStringList({QStringLiteral("my-app"), QStringLiteral("prod-engineering"),
            QStringLiteral("production")}));
    QCOMPARE(members.value(QStringLiteral("environment=qa")), QStringList({QStringLiteral("qa")}));
    QCOMPARE(names.value(QStringLiteral("environment=qa")), QStringLiteral("environment=qa"));
    QSet<QString> expected;
    const QJsonObject plain = jsonOf(whole);
    for (const auto &n : plain.value(QStringLiteral("nodes")).toArray())
        QVERIFY2(groupOf.contains(n[QStringLiteral("id")].toString()),
            qPrintable(n[QStringLiteral("id")].toString()));
    for (const auto &e : plain.value(QStringLiteral("edges")).toArray()) {
        expected.insert(groupOf.value(e[QStringLiteral("from")].toString()) + QStringLiteral(" -> ")
            + groupOf.value(e[QStringLiteral("to")].toString()));
    }
    QSet<QString> actual;
    for (const auto &e : jsonOf(run).value(QStringLiteral("edges")).toArray())
        actual.insert(e[QStringLiteral("from")].toString() + QStringLiteral(" -> ")
            + e[QStringLiteral("to")].toString());
    QCOMPARE(actual, expected);
    // The text lists a group with its members.
    const CliRun text
        = runCli(cliArgs({"graph", "-f", ":/demo", "--group-by", "label:environment"}));
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(
                 QStringLiteral("namespace environment=production [my-app, prod-engineering, "
                                "production]\n")),
        qPrintable(text.out));
    // The namespaces without the label: one group.
    const CliRun team
        = runCli(cliArgs({"graph", "-f", ":/demo", "--group-by", "label:team", "-o", "json"}));
    QCOMPARE(team.code, 0);
    const QJsonArray nodes = jsonOf(team).value(QStringLiteral("nodes")).toArray();
    // Two groups, then the outside: the API server's address, every other address.
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(nodes[2][QStringLiteral("id")].toString(), QStringLiteral("192.168.1.10/32"));
    QCOMPARE(nodes[3][QStringLiteral("id")].toString(), QStringLiteral("0.0.0.0/0"));
    QCOMPARE(nodes[0][QStringLiteral("id")].toString(), QStringLiteral("!team"));
    QCOMPARE(nodes[0][QStringLiteral("name")].toString(), QStringLiteral("(no team)"));
    QCOMPARE(nodes[0][QStringLiteral("members")].toArray(),
        QJsonArray({QStringLiteral("development"), QStringLiteral("my-app"),
            QStringLiteral("production"), QStringLiteral("qa")}));
    QCOMPARE(nodes[1][QStringLiteral("id")].toString(), QStringLiteral("team=engineering"));
}

// By prefix: the demo's namespaces share no first word, so the overview is the graph itself.
void TestCliGraph::groupByPrefix()
{
    const CliRun whole = runCli(cliArgs({"graph", "-f", ":/demo", "-o", "json"}));
    const CliRun run
        = runCli(cliArgs({"graph", "-f", ":/demo", "--group-by", "prefix", "-o", "json"}));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, whole.out);
}

void TestCliGraph::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no input") << cliArgs({"graph"}) << 2 << "no input: give -f PATH";
    QTest::newRow("bad --by") << cliArgs({"graph", "-f", ":/demo", "--by", "node"}) << 2
                              << "--by must be namespace, serviceaccount, workload or pod, got "
                                 "'node'";
    QTest::newRow("bad format") << cliArgs({"graph", "-f", ":/demo", "-o", "yaml"}) << 2
                                << "unknown output format 'yaml'";
    QTest::newRow("port without protocol")
        << cliArgs({"graph", "-f", ":/demo", "--port", "80"}) << 2 << "--port needs --protocol";
    QTest::newRow("bad port") << cliArgs({"graph", "-f", ":/demo", "--protocol", "TCP", "--port",
        "70000"}) << 2 << "--port needs a number from 0 to 65535, got '70000'";
    QTest::newRow("ICMP with port")
        << cliArgs({"graph", "-f", ":/demo", "--protocol", "ICMP", "--port", "8"}) << 2
        << "ICMP has no ports";
    QTest::newRow("twice") << cliArgs({"graph", "-f", ":/demo", "--by", "pod", "--by", "namespace"})
                           << 2 << "--by is given more than once";
    QTest::newRow("positional") << cliArgs({"graph", "-f", ":/demo", "pod"}) << 2
                                << "unexpected argument 'pod'";
    QTest::newRow("unknown protocol") << cliArgs({"graph", "-f", ":/demo", "--protocol", "TPC"})
                                      << 1 << "policyctl graph: error: unknown protocol TPC";
    QTest::newRow("unwritable out")
        << cliArgs({"graph", "-f", ":/demo", "--out", "/proc/no-such-dir/graph.txt"}) << 1
        << "policyctl graph: error: ";
    QTest::newRow("--against: unknown protocol")
        << cliArgs({"graph", "-f", ":/demo", "--against", ":/demo", "--protocol", "TPC"}) << 2
        << "unknown protocol TPC";
    QTest::newRow("--against: unreadable")
        << cliArgs({"graph", "-f", ":/demo", "--against", "/no/such/workspace"}) << 2
        << "the input cannot be read completely; nothing compared";
    QTest::newRow("--against: stdin twice") << cliArgs({"graph", "-f", "-", "--against", "-"}) << 2
                                            << "standard input cannot hold both workspaces";
    QTest::newRow("--against: invalid input")
        << (cliArgs({"graph", "-f", ":/demo", "--against"}) + QStringList {outOfRange()}) << 2
        << "--accept-errors";
    QTest::newRow("bad --group-by") << cliArgs({"graph", "-f", ":/demo", "--group-by", "team"}) << 2
                                    << "the grouping must be prefix or label:KEY, got 'team'";
    QTest::newRow("--group-by label: without key")
        << cliArgs({"graph", "-f", ":/demo", "--group-by", "label:"}) << 2
        << "a grouping by label needs a key: label:KEY";
    QTest::newRow("--group-by with --against")
        << cliArgs({"graph", "-f", ":/demo", "--against", ":/demo", "--group-by", "prefix"}) << 2
        << "--group-by cannot be combined with --against";
    QTest::newRow("png to stdout")
        << cliArgs({"graph", "-f", ":/demo", "-o", "png"}) << 2 << "-o png needs --out FILE";
}

void TestCliGraph::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, code);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliGraph)
#include "tst_cli_graph.moc"
