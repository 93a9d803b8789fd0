// policyctl flows explain and flows replay, run in-process: the JSON contract of explain (one
// object per flow group with source, destination, protocol, port, logged, engine as trace's
// JSON, agree, resolved, reason), text output, drift and unreadable records as exit 1 with
// file:line:column on stderr, replay against an edit and with staged policies enforced,
// recommend (YAML and JSON that load back as staged policies, the report on stderr, and the
// recommendation replayed with `flows replay --staged`: nothing observed changes), usage
// errors, and the two-word command in help. `flows explain --follow` runs as the real
// policyctl against the stub's stream, printing groups as they come, and is stopped by SIGINT or
// SIGTERM with its summary.

#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "clirunner.h"
#include "tests/support/testfiles.h"
#include "tests/support/whiskerstub.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const char *name)
{
    return test::fixturePath(QStringLiteral("flows/") + QString::fromUtf8(name));
}

QStringList explainArgs(const char *log, const char *format = "text")
{
    return {QStringLiteral("flows"), QStringLiteral("explain"), QStringLiteral("-f"),
        test::projectPath(u"resources/demo"), QStringLiteral("-f"), fixture("workspace"),
        QStringLiteral("--log"), fixture(log), QStringLiteral("-o"), QString::fromUtf8(format)};
}

} // namespace

class TestCliFlows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void explainJsonContract();
    void explainText();
    void explainDrift();
    void explainSuggest();
    void explainBadRecords();
    void replayAgainst();
    void replayStaged();
    void recommendYaml();
    void recommendJson();
    void recommendUnknownTier();
    void recommendReport();
    void usageErrors_data();
    void explainFromWhisker();
    void followUntilSignalled_data();
    void followUntilSignalled();
    void usageErrors();
    void help();
};

void TestCliFlows::explainJsonContract()
{
    const CliRun run = runCli(explainArgs("whisker-list.json", "json"));
    QCOMPARE(run.code, 0);
    const QJsonArray groups = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(groups.size(), 9);
    const QJsonObject first = groups.at(0).toObject();
    for (const char *key :
        {"source", "destination", "protocol", "port", "logged", "engine", "agree", "resolved"})
        QVERIFY2(first.contains(QLatin1StringView(key)), key);
    QCOMPARE(first.value(QLatin1StringView("source")).toString(), QStringLiteral("qa/qa-tester-0"));
    QCOMPARE(first.value(QLatin1StringView("port")).toInt(), 80);
    const QJsonObject logged = first.value(QLatin1StringView("logged")).toObject();
    QCOMPARE(logged.value(QLatin1StringView("action")).toString(), QStringLiteral("deny"));
    QVERIFY(logged.value(QLatin1StringView("policy"))
                .toString()
                .contains(QStringLiteral("end of tier default")));
    // The engine part is trace's JSON: the same as `policyctl trace -o json` of that flow.
    const CliRun trace = runCli({QStringLiteral("trace"), QStringLiteral("-f"),
        test::projectPath(u"resources/demo"), QStringLiteral("-f"), fixture("workspace"),
        QStringLiteral("--from"), QStringLiteral("qa/qa-tester-0"), QStringLiteral("--to"),
        QStringLiteral("development/dev-web-0"), QStringLiteral("--protocol"),
        QStringLiteral("TCP"), QStringLiteral("--port"), QStringLiteral("80"), QStringLiteral("-o"),
        QStringLiteral("json")});
    QCOMPARE(trace.code, 0);
    QCOMPARE(first.value(QLatin1StringView("engine")).toObject(),
        QJsonDocument::fromJson(trace.out.toUtf8()).object());
    QCOMPARE(first.value(QLatin1StringView("agree")).toBool(), true);
    QCOMPARE(first.value(QLatin1StringView("resolved")).toBool(), true);
    // The unresolved group: engine null, a reason.
    const QJsonObject last = groups.at(8).toObject();
    QCOMPARE(last.value(QLatin1StringView("resolved")).toBool(), false);
    QCOMPARE(last.value(QLatin1StringView("agree")).toBool(), false);
    QVERIFY(last.value(QLatin1StringView("engine")).isNull());
    QVERIFY(last.value(QLatin1StringView("reason")).toString().contains(QStringLiteral("billing")));
    QVERIFY(run.err.contains(
        QStringLiteral("9 records in 9 flow groups: 8 agree, 0 drift, 1 not resolved")));
}

void TestCliFlows::explainText()
{
    const CliRun run = runCli(explainArgs("enterprise-legacy.jsonl"));
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral(
        "[agree] production/client-0 -> production/server-0 tcp/8080 (dst, 1 record(s), line 4)")));
    // A denied flow comes with its trace, which says why earlier rules missed.
    QVERIFY(run.out.contains(QStringLiteral("no egress rule matched")));
    QVERIFY(run.out.contains(
        QStringLiteral("10 records in 10 flow groups: 8 agree, 0 drift, 2 not resolved")));
}

void TestCliFlows::explainDrift()
{
    const CliRun run = runCli(explainArgs("drift.jsonl"));
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.contains(QStringLiteral("[DRIFT] production/client-0 -> production/server-0")));
    QVERIFY(run.out.contains(QStringLiteral(
        "differs: verdict (ingress at production/server-0): logged allow, engine deny")));
    QVERIFY(run.out.contains(QStringLiteral("1 agree, 2 drift")));
}

void TestCliFlows::explainSuggest()
{
    QStringList arguments = explainArgs("enterprise-modern.jsonl", "json");
    arguments.append(QStringLiteral("--suggest"));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 0);
    const QJsonArray groups = QJsonDocument::fromJson(run.out.toUtf8()).array();
    const QJsonObject first = groups.at(0).toObject(); // qa-tester-0 -> dev-web-0, denied
    const QJsonObject change = first.value(QLatin1StringView("change")).toObject();
    QCOMPARE(change.value(QLatin1StringView("found")).toBool(), true);
    const QJsonObject addition
        = change.value(QLatin1StringView("additions")).toArray().at(0).toObject();
    QCOMPARE(addition.value(QLatin1StringView("policy")).toString(),
        QStringLiteral("GlobalNetworkPolicy restrict-development-access"));
    QCOMPARE(addition.value(QLatin1StringView("index")).toInt(), 1);
    const QJsonArray also = change.value(QLatin1StringView("alsoAllowed")).toArray();
    QCOMPARE(also.size(), 1);
    QCOMPARE(also.at(0).toObject().value(QLatin1StringView("to")).toString(),
        QStringLiteral("development/dev-api-0"));
    // Allowed flows get no change.
    QVERIFY(!groups.at(1).toObject().contains(QLatin1StringView("change")));
}

void TestCliFlows::explainBadRecords()
{
    QByteArray data = test::readFile(fixture("goldmane.ndjson"));
    data.replace("\"reporter\":2", "\"reporter\":\"sideways\"");
    const CliRun run = runCli(
        {QStringLiteral("flows"), QStringLiteral("explain"), QStringLiteral("-f"),
            test::projectPath(u"resources/demo"), QStringLiteral("--log"), QStringLiteral("-")},
        data);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("<stdin>:1:")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("error: field Key.reporter: unknown reporter "
                                            "\"sideways\" (expected src or dst) [Key.reporter]")));
}

void TestCliFlows::replayAgainst()
{
    // The new workspace: the demo without deny-tcp-8080, plus the shop.
    const QString dir = QDir::temp().filePath(
        QStringLiteral("policy-flows-replay-%1").arg(QCoreApplication::applicationPid()));
    QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/policies")));
    for (const QString &sub : {QStringLiteral("inventory"), QStringLiteral("policies")}) {
        const QDir from(test::projectPath(u"resources/demo/") + sub);
        for (const QString &name : from.entryList({QStringLiteral("*.yaml")})) {
            if (name != u"deny-tcp-8080.yaml") {
                QVERIFY(QDir().mkpath(dir + u'/' + sub));
                QVERIFY(QFile::copy(from.filePath(name), dir + u'/' + sub + u'/' + name));
            }
        }
    }
    const CliRun run = runCli({QStringLiteral("flows"), QStringLiteral("replay"),
        QStringLiteral("-f"), test::projectPath(u"resources/demo"), QStringLiteral("-f"),
        fixture("workspace"), QStringLiteral("--against"), dir, QStringLiteral("--against"),
        fixture("workspace"), QStringLiteral("--log"), fixture("enterprise-modern.jsonl"),
        QStringLiteral("-o"), QStringLiteral("json")});
    QDir(dir).removeRecursively();
    QCOMPARE(run.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1StringView("changed")).toInt(), 1);
    const QJsonObject group = o.value(QLatin1StringView("groups")).toArray().at(0).toObject();
    QCOMPARE(group.value(QLatin1StringView("policy")).toString(),
        QStringLiteral("NetworkPolicy production/allow-tcp-8080"));
    const QJsonObject flow = group.value(QLatin1StringView("flows")).toArray().at(0).toObject();
    QCOMPARE(flow.value(QLatin1StringView("before"))
                 .toObject()
                 .value(QLatin1StringView("verdict"))
                 .toString(),
        QStringLiteral("deny"));
    QCOMPARE(flow.value(QLatin1StringView("after"))
                 .toObject()
                 .value(QLatin1StringView("verdict"))
                 .toString(),
        QStringLiteral("allow"));
}

void TestCliFlows::replayStaged()
{
    const CliRun run
        = runCli({QStringLiteral("flows"), QStringLiteral("replay"), QStringLiteral("-f"),
            test::projectPath(u"resources/demo"), QStringLiteral("-f"), fixture("workspace"),
            QStringLiteral("--staged"), QStringLiteral("--log"), fixture("whisker-stream.txt")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.out.contains(QStringLiteral("NetworkPolicy shop/allow-frontend, namespace shop:")),
        qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral(
        "shop/frontend-7c9d8f6b5-* -> shop/checkout-5f6d7c8b9-* tcp/8080: allow -> deny")));
    QVERIFY(run.out.contains(QStringLiteral("1 change verdict")));
}

namespace {

QStringList recommendArgs(std::initializer_list<const char *> more)
{
    QStringList args {QStringLiteral("flows"), QStringLiteral("recommend"), QStringLiteral("-f"),
        test::projectPath(u"resources/demo"), QStringLiteral("-f"), fixture("workspace"),
        QStringLiteral("-f"), fixture("recommend-workspace"), QStringLiteral("--log"),
        fixture("recommend-shop.jsonl"), QStringLiteral("--namespace"), QStringLiteral("shop")};
    for (const char *a : more)
        args.append(QString::fromUtf8(a));
    return args;
}

} // namespace

void TestCliFlows::recommendYaml()
{
    const CliRun run = runCli(recommendArgs({}));
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains(QStringLiteral("5 of 5 allowed connections stay allowed, 2 of 2 "
                                             "denied ones are not allowed: proven")),
        qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("not resolved: shop/payments-6b7c8d9e0-*")));
    QVERIFY(!run.out.contains(QStringLiteral("pod-template-hash")));
    // What calicoctl would apply: staged policies that load without errors.
    const QString dir = QDir::temp().filePath(
        QStringLiteral("policy-flows-recommend-%1").arg(QCoreApplication::applicationPid()));
    QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(test::writeFile(dir + QStringLiteral("/recommended.yaml"), run.out.toUtf8()));
    const CliRun validate = runCli({QStringLiteral("validate"), QStringLiteral("-f"), dir});
    QCOMPARE(validate.code, 0);
    QCOMPARE(run.out.count(QStringLiteral("kind: StagedNetworkPolicy")), 3);
    // Replayed with every staged policy enforced, no observed connection changes verdict.
    const CliRun replay
        = runCli({QStringLiteral("flows"), QStringLiteral("replay"), QStringLiteral("-f"),
            test::projectPath(u"resources/demo"), QStringLiteral("-f"), fixture("workspace"),
            QStringLiteral("-f"), fixture("recommend-workspace"), QStringLiteral("-f"), dir,
            QStringLiteral("--staged"), QStringLiteral("--log"), fixture("recommend-shop.jsonl")});
    QDir(dir).removeRecursively();
    QCOMPARE(replay.code, 0);
    QVERIFY2(replay.out.contains(QStringLiteral("0 change verdict")), qPrintable(replay.out));
}

void TestCliFlows::recommendJson()
{
    const CliRun run = runCli(recommendArgs({"-o", "json", "--by", "serviceaccount"}));
    QCOMPARE(run.code, 0);
    const QJsonObject list = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(list.value(QLatin1StringView("kind")).toString(), QStringLiteral("List"));
    const QJsonArray items = list.value(QLatin1StringView("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject policy = items.at(0).toObject();
    QCOMPARE(
        policy.value(QLatin1StringView("kind")).toString(), QStringLiteral("StagedNetworkPolicy"));
    QCOMPARE(policy.value(QLatin1StringView("spec"))
                 .toObject()
                 .value(QLatin1StringView("selector"))
                 .toString(),
        QStringLiteral("projectcalico.org/serviceaccount == 'default'"));
}

void TestCliFlows::recommendUnknownTier()
{
    const CliRun run = runCli(recommendArgs({"--tier", "no-such-tier"}));
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("tier no-such-tier is not in the workspace")),
        qPrintable(run.err));
}

// --report FILE: the proof as JSON — the counts the text report gives, each observed
// connection with its verdicts before and after, the policies with their selectors.
void TestCliFlows::recommendReport()
{
    const QString file = QDir::temp().filePath(
        QStringLiteral("policy-flows-report-%1.json").arg(QCoreApplication::applicationPid()));
    QFile::remove(file);
    const CliRun run = runCli(recommendArgs({"--report", qPrintable(file)}));
    QCOMPARE(run.code, 0);
    const QByteArray bytes = test::readFile(file);
    QFile::remove(file);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(report.value(QLatin1StringView("proven")).toBool());
    QCOMPARE(report.value(QLatin1StringView("tier")).toString(), QStringLiteral("default"));
    const QJsonObject proof = report.value(QLatin1StringView("proof")).toObject();
    // As the text says: 5 of 5 allowed stay allowed, 2 of 2 denied stay denied.
    QCOMPARE(proof.value(QLatin1StringView("allowed")).toObject().value(u"total"_s).toInt(), 5);
    QCOMPARE(
        proof.value(QLatin1StringView("allowed")).toObject().value(u"stayAllowed"_s).toInt(), 5);
    QCOMPARE(proof.value(QLatin1StringView("denied")).toObject().value(u"total"_s).toInt(), 2);
    QCOMPARE(proof.value(QLatin1StringView("denied")).toObject().value(u"stayDenied"_s).toInt(), 2);
    const QJsonArray connections = proof.value(QLatin1StringView("connections")).toArray();
    QCOMPARE(connections.size(), 7);
    int allowedAfter = 0;
    for (const auto &c : connections) {
        const QJsonObject o = c.toObject();
        QVERIFY(o.value(QLatin1StringView("holds")).toBool());
        QVERIFY(o.contains(QLatin1StringView("source")));
        QVERIFY(!o.value(QLatin1StringView("decidedBy")).toString().isEmpty());
        const bool loggedAllow = o.value(QLatin1StringView("logged")).toString() == u"allow"_s;
        QCOMPARE(o.value(QLatin1StringView("after")).toString(),
            loggedAllow ? QStringLiteral("allow") : QStringLiteral("deny"));
        allowedAfter += loggedAllow ? 1 : 0;
    }
    QCOMPARE(allowedAfter, 5);
    const QJsonArray policies = report.value(QLatin1StringView("policies")).toArray();
    QCOMPARE(policies.size(), 3);
    for (const auto &p : policies) {
        QVERIFY(p.toObject().value(QLatin1StringView("exact")).toBool());
        QCOMPARE(p.toObject().value(QLatin1StringView("kind")).toString(),
            QStringLiteral("StagedNetworkPolicy"));
        QVERIFY(!p.toObject().value(QLatin1StringView("members")).toArray().isEmpty());
    }
    QVERIFY(!report.value(QLatin1StringView("unresolved")).toArray().isEmpty());
    QVERIFY(report.value(QLatin1StringView("error")).isNull());
    // The YAML on standard output is unchanged by --report.
    QCOMPARE(run.out.count(QStringLiteral("kind: StagedNetworkPolicy")), 3);
}

// --log URL reads a live Whisker backend (here a stub of its HTTP API: the real one needs
// Goldmane on a cluster) and explains it as the file it came from.
void TestCliFlows::explainFromWhisker()
{
    QList<QByteArray> flows;
    for (const QByteArray &line : test::readFile(fixture("whisker-stream.txt")).split('\n')) {
        if (line.startsWith("data: "))
            flows.append(line.mid(6).trimmed());
    }
    test::WhiskerStub stub(flows, "/whisker-backend");
    QVERIFY(!stub.url().isEmpty());
    const auto explain = [&](const QStringList &extra) {
        return runCli(
            QStringList {QStringLiteral("flows"), QStringLiteral("explain"), QStringLiteral("-f"),
                test::projectPath(u"resources/demo"), QStringLiteral("-f"), fixture("workspace"),
                QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--log")}
            + extra);
    };
    const CliRun file = explain({fixture("whisker-stream.txt")});
    const CliRun live = explain({stub.url(), QStringLiteral("--since"), QStringLiteral("3600")});
    QCOMPARE(live.code, file.code);
    const QJsonArray fromFile = QJsonDocument::fromJson(file.out.toUtf8()).array();
    const QJsonArray fromLive = QJsonDocument::fromJson(live.out.toUtf8()).array();
    QVERIFY(!fromFile.isEmpty());
    QCOMPARE(fromLive.size(), fromFile.size());
    for (qsizetype i = 0; i < fromFile.size(); ++i) {
        QJsonObject a = fromFile.at(i).toObject();
        QJsonObject b = fromLive.at(i).toObject();
        a.remove(QStringLiteral("line"));
        b.remove(QStringLiteral("line"));
        QCOMPARE(b, a);
    }
    QCOMPARE(
        stub.requests().last().target, QByteArray("/whisker-backend/flows?startTimeGte=-3600"));
    // The stream, read for a second.
    const CliRun watched = explain({stub.url(), QStringLiteral("--watch"), QStringLiteral("1")});
    QCOMPARE(QJsonDocument::fromJson(watched.out.toUtf8()).array().size(), fromFile.size());
    // A backend that fails: exit 1, what it answered.
    stub.failWith(500, "Internal Server Error");
    const CliRun failed = explain({stub.url()});
    QCOMPARE(failed.code, 1);
    QVERIFY2(failed.err.contains(QStringLiteral("HTTP 500: Internal Server Error")),
        qPrintable(failed.err));
}

void TestCliFlows::followUntilSignalled_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("dropped");
    QTest::newRow("text, SIGINT") << u"text"_s << SIGINT << false;
    QTest::newRow("json, SIGTERM") << u"json"_s << SIGTERM << false;
    QTest::newRow("text, the stream cut once") << u"text"_s << SIGINT << true;
}

// The fixture's flows come one by one, then one of its allowed connections logged as denied (a
// new group of a known side: one change line). The output appears while the stream is open;
// the signal ends it with the summary, and the exit code is explain's (the denied copy drifts).
// A stream cut part-way is resumed: the same output, and stderr says it reconnected.
void TestCliFlows::followUntilSignalled()
{
    QFETCH(QString, format);
    QFETCH(int, signal);
    QFETCH(bool, dropped);
    QList<QByteArray> flows;
    for (const QByteArray &line : test::readFile(fixture("whisker-stream.txt")).split('\n')) {
        if (line.startsWith("data: "))
            flows.append(line.mid(6).trimmed());
    }
    QVERIFY(flows.at(1).contains("\"action\":\"Allow\""));
    QByteArray denied = flows.at(1);
    denied.replace("\"action\":\"Allow\"", "\"action\":\"Deny\"");
    denied.replace(
        "\"start_time\":\"2026-02-24T12:05:00Z\"", "\"start_time\":\"2026-02-24T12:50:00Z\"");
    flows.append(denied);
    test::WhiskerStub stub(flows, "/whisker-backend");
    stub.streamInterval(30);
    if (dropped)
        stub.dropFirstStreamAfter(4);
    QProcess policyctl;
    policyctl.start(QStringLiteral(POLICYCTL),
        {u"flows"_s, u"explain"_s, u"-f"_s, test::projectPath(u"resources/demo"), u"-f"_s,
            fixture("workspace"), u"--log"_s, stub.url(), u"--follow"_s, u"-o"_s, format});
    QVERIFY(policyctl.waitForStarted());
    QByteArray out;
    const auto changed = [&] {
        out += policyctl.readAllStandardOutput();
        return out.contains(format == u"json" ? "\"event\":\"change\"" : "; was logged allow");
    };
    QTRY_VERIFY_WITH_TIMEOUT(changed(), 20000);
    QCOMPARE(policyctl.state(), QProcess::Running); // the stream is open: it waits for more
    ::kill(pid_t(policyctl.processId()), signal);
    QVERIFY(policyctl.waitForFinished(10000));
    out += policyctl.readAllStandardOutput();
    const QString err = QString::fromUtf8(policyctl.readAllStandardError());
    QCOMPARE(policyctl.exitStatus(), QProcess::NormalExit);
    QCOMPARE(policyctl.exitCode(), 1);
    QVERIFY2(err.contains(u"policyctl flows explain: connected\n"_s), qPrintable(err));
    if (dropped) {
        QVERIFY2(err.contains(u"policyctl flows explain: the stream broke ("_s), qPrintable(err));
        QVERIFY2(err.contains(u"reconnecting in 1 s, try 1 of 5\n"_s), qPrintable(err));
        QVERIFY2(
            err.contains(u"policyctl flows explain: Stopped after 10 record(s); reconnected 1 "
                         "time(s); 1 record(s) sent again after reconnecting were dropped.\n"_s),
            qPrintable(err));
        QCOMPARE(stub.requests().size(), 2);
    } else {
        QVERIFY2(err.contains(u"policyctl flows explain: Stopped after 10 record(s).\n"_s),
            qPrintable(err));
    }
    const QString summary = u"10 records in 10 flow groups: 8 agree, 1 drift, 1 not resolved"_s;
    const CliRun file = runCli(explainArgs("whisker-stream.txt", "json"));
    const QJsonArray fromFile = QJsonDocument::fromJson(file.out.toUtf8()).array();
    QCOMPARE(fromFile.size(), 9);
    if (format == u"text") {
        QVERIFY2(QString::fromUtf8(out).trimmed().endsWith(summary), out.constData());
        // Every group of the file once, then the change, one line.
        QCOMPARE(out.count("\n["), 9);
        const QList<QByteArray> lines = out.split('\n');
        int changes = 0;
        for (const QByteArray &line : lines) {
            if (line.contains("; was logged allow")) {
                ++changes;
                QVERIFY2(line.startsWith("[DRIFT] development/dev-api-0 -> "), line.constData());
                QVERIFY2(line.contains(": now logged deny"), line.constData());
                QVERIFY2(line.contains(", agree"), line.constData());
            }
        }
        QCOMPARE(changes, 1);
        return;
    }
    QVERIFY2(err.contains(summary), qPrintable(err));
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(document.isObject(), line.constData());
        objects.append(document.object());
    }
    QCOMPARE(objects.size(), 10);
    for (qsizetype i = 0; i < 9; ++i) {
        QJsonObject group = objects.at(i);
        QCOMPARE(group.take(u"event"_s).toString(), u"group"_s);
        QJsonObject expected = fromFile.at(i).toObject();
        group.remove(u"line"_s);
        expected.remove(u"line"_s);
        QCOMPARE(group, expected);
    }
    const QJsonObject change = objects.at(9);
    QCOMPARE(change.value(u"event"_s).toString(), u"change"_s);
    QCOMPARE(change.value(u"source"_s).toString(), u"development/dev-api-0"_s);
    QCOMPARE(change.value(u"logged"_s).toObject().value(u"action"_s).toString(), u"deny"_s);
    QCOMPARE(change.value(u"agree"_s).toBool(), false);
    const QJsonObject before = change.value(u"before"_s).toObject();
    QCOMPARE(before.value(u"logged"_s).toObject().value(u"action"_s).toString(), u"allow"_s);
    QCOMPARE(before.value(u"agree"_s).toBool(), true);
}

void TestCliFlows::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no log") << cliArgs({"flows", "explain", "-f", ":/demo"})
                            << QStringLiteral("missing --log FILE");
    QTest::newRow("two logs") << cliArgs({"flows", "explain", "-f", ":/demo", "--log", "a", "--log",
        "b"}) << QStringLiteral("more than once");
    QTest::newRow("replay needs a new workspace")
        << cliArgs({"flows", "replay", "-f", ":/demo", "--log", "a"})
        << QStringLiteral("either --against PATH");
    QTest::newRow("replay both") << cliArgs(
        {"flows", "replay", "-f", ":/demo", "--log", "a", "--staged", "--against", "b"})
                                 << QStringLiteral("either --against PATH");
    QTest::newRow("recommend needs a namespace")
        << cliArgs({"flows", "recommend", "-f", ":/demo", "--log", "a"})
        << QStringLiteral("missing --namespace NS");
    QTest::newRow("recommend grouping") << cliArgs(
        {"flows", "recommend", "-f", ":/demo", "--log", "a", "--namespace", "shop", "--by", "pod"})
                                        << QStringLiteral("--by is workload or");
    QTest::newRow("recommend namespace and hosts") << cliArgs(
        {"flows", "recommend", "-f", ":/demo", "--log", "a", "--namespace", "shop",
            "--host-endpoints"}) << QStringLiteral("either --namespace NS or --host-endpoints");
    QTest::newRow("since without a backend")
        << cliArgs({"flows", "explain", "-f", ":/demo", "--log", "a", "--since", "60"})
        << QStringLiteral("--since needs --log URL");
    QTest::newRow("watch of no time") << cliArgs(
        {"flows", "explain", "-f", ":/demo", "--log", "http://127.0.0.1:1", "--watch", "0"})
                                      << QStringLiteral("above 0");
    QTest::newRow("follow a file")
        << cliArgs({"flows", "explain", "-f", ":/demo", "--log", "flows.json", "--follow"})
        << QStringLiteral("--follow needs --log URL");
    QTest::newRow("follow and watch") << cliArgs({"flows", "explain", "-f", ":/demo", "--log",
        "http://127.0.0.1:1", "--follow", "--watch", "5"})
                                      << QStringLiteral("either --follow or --watch");
    QTest::newRow("client cert without key") << cliArgs({"flows", "explain", "-f", ":/demo",
        "--log", "https://127.0.0.1:1", "--whisker-cert", "c.pem"})
                                             << QStringLiteral("go together");
    QTest::newRow("recommend format") << cliArgs(
        {"flows", "recommend", "-f", ":/demo", "--log", "a", "--namespace", "shop", "-o", "text"})
                                      << QStringLiteral("text");
}

void TestCliFlows::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliFlows::help()
{
    const CliRun usage = runCli({QStringLiteral("help")});
    QVERIFY(usage.out.contains(QStringLiteral("flows explain")));
    QVERIFY(usage.out.contains(QStringLiteral("flows replay")));
    QVERIFY(usage.out.contains(QStringLiteral("flows recommend")));
    const CliRun recommend
        = runCli({QStringLiteral("help"), QStringLiteral("flows"), QStringLiteral("recommend")});
    QCOMPARE(recommend.code, 0);
    for (const char *option :
        {"--namespace", "--host-endpoints", "--tier", "--by", "--global", "--log"})
        QVERIFY2(recommend.out.contains(QLatin1StringView(option)), option);
    const CliRun help
        = runCli({QStringLiteral("help"), QStringLiteral("flows"), QStringLiteral("explain")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.startsWith(QStringLiteral("Usage: policyctl flows explain")));
    QVERIFY(help.out.contains(QStringLiteral("--log")));
}

QTEST_GUILESS_MAIN(TestCliFlows)
#include "tst_cli_flows.moc"
