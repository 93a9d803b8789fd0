// policyctl matrix and diff, run in-process through ps::cli::Cli: every matrix format on the
// embedded demo workspace, groupings and probes, the semantic diff of two small workspaces
// (policies added, removed, changed; flows whose verdict changes), and the exit codes
// (matrix: 0, 1 unknown protocol, 2 usage; diff: 0 no difference, 1 differences, 2 usage or
// unreadable input).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "clirunner.h"
#include "tests/support/testfiles.h"

namespace {

const QString kDemo = QStringLiteral(":/demo");

QString fixture(const QString &relative)
{
    return ps::test::fixturePath(QStringLiteral("cli/") + relative);
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

QStringList diffArgs(const QString &oldDir, const QString &newDir)
{
    return {QStringLiteral("diff"), QStringLiteral("-f"),
        fixture(QStringLiteral("diff/inventory.yaml")), QStringLiteral("-f"),
        fixture(QStringLiteral("diff/") + oldDir), QStringLiteral("--against"),
        fixture(QStringLiteral("diff/inventory.yaml")), QStringLiteral("--against"),
        fixture(QStringLiteral("diff/") + newDir)};
}

} // namespace

class TestCliMatrix : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrixFormats_data();
    void matrixFormats();
    void matrixJson();
    void matrixGroupings_data();
    void matrixGroupings();
    void matrixProbeChangesVerdicts();
    void matrixErrors_data();
    void matrixErrors();
    void diffText();
    void diffJson();
    void diffNoDifference();
    void diffOneProbe();
    void diffErrors_data();
    void diffErrors();
    void helpMentionsExitCodes();
};

void TestCliMatrix::matrixFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("start"); // the output starts with this
    QTest::addColumn<QString>("contains"); // and holds this
    QTest::newRow("txt") << "txt"
                         << "TCP/80 by namespace (rows: from, columns: to"
                         << "development";
    QTest::newRow("text alias") << "text"
                                << "TCP/80 by namespace"
                                << "production";
    QTest::newRow("csv") << "csv"
                         << "from\\to,development,my-app,prod-engineering,production,qa\n"
                         << "\nqa,deny,"; // qa may not reach development (the demo's README)
    QTest::newRow("md")
        << "md"
        << "| from \\ to | development | my-app | prod-engineering | production | qa |\n"
        << "\n|---|---|---|---|---|---|\n| development | allow |";
    QTest::newRow("dot") << "dot"
                         << "digraph connectivity {\n  label=\"TCP/80\";"
                         << "\"development\" -> \"development\"";
    QTest::newRow("json") << "json"
                          << "{\"by\":\"namespace\",\"protocol\":\"TCP\",\"port\":80,"
                          << "\"cells\":[[";
    QTest::newRow("upper case") << "CSV"
                                << "from\\to,"
                                << "allow";
}

void TestCliMatrix::matrixFormats()
{
    QFETCH(QString, format);
    QFETCH(QString, start);
    QFETCH(QString, contains);
    const CliRun run = runCli({QStringLiteral("matrix"), QStringLiteral("-f"), kDemo,
        QStringLiteral("--port"), QStringLiteral("80"), QStringLiteral("-o"), format});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.startsWith(start), qPrintable(run.out));
    QVERIFY2(run.out.contains(contains), qPrintable(run.out));
    QVERIFY(run.out.endsWith(u'\n'));
}

void TestCliMatrix::matrixJson()
{
    // The demo's README: qa cannot reach development on TCP 80, development can.
    const CliRun run = runCli(args({"matrix", "-f", ":/demo", "--by", "namespace", "--protocol",
        "tcp", "--port", "80", "-o", "json"}));
    QCOMPARE(run.code, 0);
    const QJsonObject m = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(m.value(u"by").toString(), QStringLiteral("namespace"));
    QCOMPARE(m.value(u"protocol").toString(), QStringLiteral("TCP"));
    QCOMPARE(m.value(u"port").toInt(), 80);
    QStringList names;
    for (const QJsonValue &g : m.value(u"groups").toArray()) {
        names.append(g.toObject().value(u"name").toString());
        QVERIFY(g.toObject().value(u"endpoints").toInt() > 0);
    }
    QVERIFY(names.contains(QStringLiteral("qa")));
    QVERIFY(names.contains(QStringLiteral("development")));
    const QJsonArray cells = m.value(u"cells").toArray();
    QCOMPARE(cells.size(), names.size());
    const auto cell = [&](const QString &from, const QString &to) {
        return cells.at(names.indexOf(from)).toArray().at(names.indexOf(to)).toString();
    };
    QCOMPARE(cell(QStringLiteral("qa"), QStringLiteral("development")), QStringLiteral("deny"));
    QVERIFY(cell(QStringLiteral("development"), QStringLiteral("development"))
        != QStringLiteral("deny"));
}

void TestCliMatrix::matrixGroupings_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("group"); // one group name the matrix must have
    QTest::newRow("default (namespace)") << ""
                                         << "production";
    QTest::newRow("pod") << "pod"
                         << "production/server-0";
    QTest::newRow("workload") << "workload"
                              << "production/server-0";
    QTest::newRow("namespace") << "namespace"
                               << "qa";
    QTest::newRow("serviceaccount") << "serviceaccount"
                                    << "prod-engineering/api-service";
    QTest::newRow("case-insensitive") << "Pod"
                                      << "qa/qa-tester-0";
}

void TestCliMatrix::matrixGroupings()
{
    QFETCH(QString, by);
    QFETCH(QString, group);
    QStringList a = args({"matrix", "-f", ":/demo", "--port", "8080", "-o", "json"});
    if (!by.isEmpty())
        a << QStringLiteral("--by") << by;
    const CliRun run = runCli(a);
    QCOMPARE(run.code, 0);
    const QJsonObject m = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QStringList names;
    for (const QJsonValue &g : m.value(u"groups").toArray())
        names.append(g.toObject().value(u"name").toString());
    QVERIFY2(names.contains(group), qPrintable(names.join(u' ')));
    QCOMPARE(m.value(u"by").toString(), by.isEmpty() ? QStringLiteral("namespace") : by.toLower());
}

void TestCliMatrix::matrixProbeChangesVerdicts()
{
    // production/client-0 -> production/server-0: TCP 8080 is denied (deny-tcp-8080), and
    // the pod matrix says so; the same pair on a port no policy names reads differently.
    const auto cellOf = [](const CliRun &run, const QString &from, const QString &to) {
        const QJsonObject m = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QStringList names;
        for (const QJsonValue &g : m.value(u"groups").toArray())
            names.append(g.toObject().value(u"name").toString());
        return m.value(u"cells")
            .toArray()
            .at(names.indexOf(from))
            .toArray()
            .at(names.indexOf(to))
            .toString();
    };
    const CliRun denied
        = runCli(args({"matrix", "-f", ":/demo", "--by", "pod", "--port", "8080", "-o", "json"}));
    QCOMPARE(denied.code, 0);
    QCOMPARE(cellOf(denied, QStringLiteral("production/client-0"),
                 QStringLiteral("production/server-0")),
        QStringLiteral("deny"));
    const CliRun udp = runCli(args({"matrix", "-f", ":/demo", "--by", "pod", "--protocol", "UDP",
        "--port", "8080", "-o", "json"}));
    QCOMPARE(udp.code, 0);
    QVERIFY(QJsonDocument::fromJson(udp.out.toUtf8()).object().value(u"protocol").toString()
        == QStringLiteral("UDP"));
}

void TestCliMatrix::matrixErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no input") << args({"matrix"}) << 2 << "no input: give -f PATH";
    QTest::newRow("bad --by") << args({"matrix", "-f", ":/demo", "--by",
        "node"}) << 2 << "--by must be pod, workload, namespace or serviceaccount, got 'node'";
    QTest::newRow("bad format") << args({"matrix", "-f", ":/demo", "-o", "yaml"}) << 2
                                << "unknown output format 'yaml'";
    QTest::newRow("bad port") << args({"matrix", "-f", ":/demo", "--port", "70000"}) << 2
                              << "--port needs a number from 0 to 65535, got '70000'";
    QTest::newRow("fractional port") << args({"matrix", "-f", ":/demo", "--port", "80.5"}) << 2
                                     << "--port needs a number from 0 to 65535";
    QTest::newRow("ICMP with port")
        << args({"matrix", "-f", ":/demo", "--protocol", "ICMP", "--port", "80"}) << 2
        << "ICMP has no ports";
    QTest::newRow("twice") << args({"matrix", "-f", ":/demo", "--by", "pod", "--by", "namespace"})
                           << 2 << "--by is given more than once";
    QTest::newRow("positional") << args({"matrix", "-f", ":/demo", "pod"}) << 2
                                << "unexpected argument 'pod'";
    QTest::newRow("unknown protocol") << args({"matrix", "-f", ":/demo", "--protocol", "TPC"}) << 1
                                      << "policyctl matrix: error: unknown protocol TPC";
}

void TestCliMatrix::matrixErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliMatrix::diffText()
{
    const CliRun run = runCli(diffArgs(QStringLiteral("old"), QStringLiteral("new")));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    for (const QString &line : {QStringLiteral("~ NetworkPolicy shop/db-ingress (ingress)\n"),
             QStringLiteral("+ NetworkPolicy shop/web-lockdown\n"),
             QStringLiteral("- NetworkPolicy shop/legacy\n"),
             QStringLiteral(
                 "flow shop/web-0 -> shop/db-0 TCP/5432: deny -> allow (2 endpoint pairs)\n"),
             QStringLiteral(
                 "flow shop/api-0 -> shop/web-0 TCP/5432: allow -> deny (2 endpoint pairs)\n")}) {
        QVERIFY2(run.out.contains(line), qPrintable(line + QStringLiteral(" not in\n") + run.out));
    }
    // Unchanged: api may reach db before and after.
    QVERIFY(!run.out.contains(QStringLiteral("flow shop/api-0 -> shop/db-0")));
}

void TestCliMatrix::diffJson()
{
    QStringList a = diffArgs(QStringLiteral("old"), QStringLiteral("new"));
    a << QStringLiteral("-o") << QStringLiteral("json");
    const CliRun run = runCli(a);
    QCOMPARE(run.code, 1);
    const QJsonObject diff = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QStringList policies;
    for (const QJsonValue &v : diff.value(u"policies").toArray()) {
        const QJsonObject p = v.toObject();
        policies.append(p.value(u"change").toString() + u' ' + p.value(u"name").toString());
    }
    policies.sort();
    QCOMPARE(policies,
        QStringList({QStringLiteral("added shop/web-lockdown"),
            QStringLiteral("changed shop/db-ingress"), QStringLiteral("removed shop/legacy")}));
    bool webToDb = false;
    for (const QJsonValue &v : diff.value(u"flows").toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(u"from").toString() == u"shop/web-0"
            && f.value(u"to").toString() == u"shop/db-0" && f.value(u"port").toInt() == 5432) {
            webToDb = true;
            QCOMPARE(f.value(u"before").toString(), QStringLiteral("deny"));
            QCOMPARE(f.value(u"after").toString(), QStringLiteral("allow"));
            QCOMPARE(f.value(u"endpointPairs").toInt(), 2);
        }
    }
    QVERIFY(webToDb);
    QCOMPARE(diff.value(u"truncated").toBool(), false);
}

void TestCliMatrix::diffNoDifference()
{
    const CliRun run = runCli(diffArgs(QStringLiteral("old"), QStringLiteral("old")));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("no semantic difference\n"));
    const CliRun demo = runCli(args({"diff", "-f", ":/demo", "--against", ":/demo", "-o", "json"}));
    QCOMPARE(demo.code, 0);
    QCOMPARE(demo.out, QStringLiteral("{\"policies\":[],\"flows\":[],\"truncated\":false}\n"));
}

void TestCliMatrix::diffOneProbe()
{
    // Only TCP 65000: db-ingress's change does not show (it is about 5432), web-lockdown does.
    QStringList a = diffArgs(QStringLiteral("old"), QStringLiteral("new"));
    a << QStringLiteral("--protocol") << QStringLiteral("tcp") << QStringLiteral("--port")
      << QStringLiteral("65000");
    const CliRun run = runCli(a);
    QCOMPARE(run.code, 1);
    QVERIFY(!run.out.contains(QStringLiteral("-> shop/db-0")));
    QVERIFY(
        run.out.contains(QStringLiteral("flow shop/api-0 -> shop/web-0 TCP/65000: allow -> deny")));
    QVERIFY(!run.out.contains(QStringLiteral("TCP/5432")));
}

void TestCliMatrix::diffErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --against") << args({"diff", "-f", ":/demo"}) << "missing --against PATH";
    QTest::newRow("no -f") << args({"diff", "--against", ":/demo"}) << "no input: give -f PATH";
    QTest::newRow("port without protocol")
        << args({"diff", "-f", ":/demo", "--against", ":/demo", "--port", "80"})
        << "--port needs --protocol";
    QTest::newRow("bad protocol") << args({"diff", "-f", ":/demo", "--against", ":/demo",
        "--protocol", "TPC"}) << "unknown protocol TPC";
    QTest::newRow("bad format") << args({"diff", "-f", ":/demo", "--against", ":/demo", "-o",
        "dot"}) << "unknown output format 'dot'";
    QTest::newRow("both stdin") << args({"diff", "-f", "-", "--against", "-"})
                                << "standard input cannot hold both workspaces";
    QTest::newRow("positional") << args({"diff", "-f", ":/demo", ":/demo"})
                                << "unexpected argument ':/demo'";
    QTest::newRow("unreadable") << args(
        {"diff", "-f", ":/demo", "--against", "/nonexistent/policy-studio"})
                                << "the input cannot be read completely";
}

void TestCliMatrix::diffErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliMatrix::helpMentionsExitCodes()
{
    const CliRun run = runCli(args({"diff", "--help"}));
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("0 no difference, 1 differences found, 2 usage")),
        qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("--against <PATH>")));
    const CliRun matrix = runCli(args({"matrix", "--help"}));
    QCOMPARE(matrix.code, 0);
    QVERIFY(matrix.out.contains(QStringLiteral("--by <GROUPING>")));
    const CliRun list = runCli(args({"help"}));
    QVERIFY(list.out.contains(QStringLiteral("  matrix")));
    QVERIFY(list.out.contains(QStringLiteral("  diff")));
}

QTEST_GUILESS_MAIN(TestCliMatrix)
#include "tst_cli_matrix.moc"
