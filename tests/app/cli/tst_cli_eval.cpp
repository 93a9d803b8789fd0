// policyctl chain and trace, run in-process through ps::cli::Cli: the verdicts of the demo
// workspace's flows (resources/demo/README.md) in text and JSON, the trace JSON contract of
// the documented trace JSON (docs/semantics.md: "Flows and traces") key by key, --flows batches
// (order kept, per-flow errors with file:line:column),
// --expect, endpoint chains (tier and policy order, staged, Pass tiers, profiles), and the
// exit codes of usage and input errors.

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

#include "app/cli/cli.h"
#include "tests/support/testfiles.h"
#include "clirunner.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const QString &relative)
{
    return test::fixturePath(QStringLiteral("cli/eval/") + relative);
}

/// The demo workspace, embedded as a Qt resource (policyresources).
const QString kDemo = QStringLiteral(":/demo");

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

/// Raw-string JSON in the test data (moc cannot read raw strings inside macro arguments).
QString js(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonDocument parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return doc;
}

QStringList traceArgs(const QString &workspace, const QString &from, const QString &to,
    const QString &protocol, int port)
{
    QStringList list
        = {QStringLiteral("trace"), QStringLiteral("-f"), workspace, QStringLiteral("--from"), from,
            QStringLiteral("--to"), to, QStringLiteral("--protocol"), protocol};
    if (port >= 0)
        list << QStringLiteral("--port") << QString::number(port);
    return list;
}

/// "tier[defaultAction]: policy, policy (staged); tier...| profile, profile" of one direction
/// of `chain -o json`, so a row of test data states a whole chain.
QString chainSummary(const QJsonObject &direction)
{
    QStringList tiers;
    for (const QJsonValue &tierValue : direction.value(u"tiers").toArray()) {
        const QJsonObject tier = tierValue.toObject();
        QStringList policies;
        for (const QJsonValue &policyValue : tier.value(u"policies").toArray()) {
            const QJsonObject policy = policyValue.toObject();
            policies.append(policy.value(u"name").toString()
                + (policy.value(u"staged").toBool() ? QStringLiteral(" (staged)") : QString()));
        }
        tiers.append(
            QStringLiteral("%1[%2%3]: %4")
                .arg(tier.value(u"name").toString(), tier.value(u"defaultAction").toString(),
                    tier.value(u"stagedOnly").toBool() ? QStringLiteral(", staged only")
                                                       : QString(),
                    policies.join(QStringLiteral(", "))));
    }
    QStringList profiles;
    for (const QJsonValue &profile : direction.value(u"profiles").toArray())
        profiles.append(profile.toObject().value(u"name").toString());
    return tiers.join(QStringLiteral("; ")) + QStringLiteral(" | ")
        + profiles.join(QStringLiteral(", "));
}

/// The flows of resources/demo/README.md: from, to, port, verdict, the direction that decides,
/// its last step (policy, rule, action) and a word of the reason.
struct DemoFlow {
    const char *from;
    const char *to;
    int port;
    const char *verdict;
    const char *direction;
    const char *policy;
    int rule;
    const char *action;
    const char *reason;
};

const DemoFlow kDemoFlows[] = {
    {"qa/qa-tester-0", "development/dev-web-0", 80, "deny", "ingress",
        "restrict-development-access", -1, "end-of-tier-deny", "environment=qa"},
    {"development/dev-api-0", "development/dev-web-0", 80, "allow", "ingress",
        "restrict-development-access", 0, "allow", "rule 0"},
    {"my-app/my-app-backend-0", "192.168.1.10", 6443, "allow", "egress", "my-app/allow-api-access",
        0, "allow", "rule 0"},
    {"my-app/my-app-backend-0", "production/server-0", 8080, "deny", "egress",
        "my-app/allow-api-access", -1, "end-of-tier-deny", "default/kubernetes"},
    {"prod-engineering/api-0", "prod-engineering/db-0", 5432, "allow", "ingress",
        "prod-engineering/allow-db-from-named-accounts", 0, "allow", "rule 0"},
    {"prod-engineering/frontend-0", "prod-engineering/db-0", 5432, "allow", "ingress",
        "prod-engineering/allow-db-from-web-frontend", 0, "allow", "rule 0"},
    {"prod-engineering/reporting-0", "prod-engineering/db-0", 5432, "deny", "ingress",
        "prod-engineering/allow-db-from-web-frontend", -1, "end-of-tier-deny",
        "service account reporting"},
    {"prod-engineering/intern-alice-0", "prod-engineering/intern-bob-0", 8888, "allow", "ingress",
        "prod-engineering/restrict-intern-access", 0, "allow", "rule 0"},
    {"prod-engineering/intern-alice-0", "prod-engineering/db-0", 5432, "deny", "egress",
        "prod-engineering/restrict-intern-access", -1, "end-of-tier-deny", "service account"},
    {"production/client-0", "production/server-0", 8080, "deny", "ingress", "deny-tcp-8080", 0,
        "deny", "denies"},
    {"production/monitor-0", "production/server-0", 8080, "deny", "ingress",
        "production/allow-tcp-8080", -1, "end-of-tier-deny", "app=monitor"},
};

} // namespace

class TestCliEval : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registered_data();
    void registered();

    void demoVerdicts_data();
    void demoVerdicts();
    void expectOption_data();
    void expectOption();
    void portlessTraceWarnsWhenPortsDisagree_data();
    void portlessTraceWarnsWhenPortsDisagree();
    void traceJsonMatchesDesign();
    void traceJsonShape_data();
    void traceJsonShape();
    void traceIcmpAndNumericProtocol();
    void traceByAddress();
    void traceHostEndpoint();
    void traceHostEndpointStages();
    void traceTextSteps();

    void batchKeepsOrder();
    void batchText();
    void batchFromStdin();
    void batchEmpty();
    void batchExpect();
    void batchErrors_data();
    void batchErrors();

    void chainJson_data();
    void chainJson();
    void chainJsonKeys();
    void chainText();

    void invalidWorkspaceWarns_data();
    void invalidWorkspaceWarns();
    void invalidPolicyIsLeftOut_data();
    void invalidPolicyIsLeftOut();
    void deviceInputIsBounded();
    void inputErrors_data();
    void inputErrors();
    void usageErrors_data();
    void usageErrors();
    void issue14Nets_data();
    void issue14Nets();
};

// ---------------------------------------------------------------------------------------
// Dispatcher

void TestCliEval::registered_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("chain") << QStringLiteral("chain");
    QTest::newRow("trace") << QStringLiteral("trace");
}

void TestCliEval::registered()
{
    QFETCH(QString, command);
    const CliRun overview = runCli({QStringLiteral("help")});
    QVERIFY2(
        overview.out.contains(QStringLiteral("  ") + command + u' '), qPrintable(overview.out));
    for (const QStringList &arguments : {QStringList {QStringLiteral("help"), command},
             QStringList {command, QStringLiteral("--help")}}) {
        const CliRun run = runCli(arguments);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith(
                     QStringLiteral("Usage: policyctl ") + command + QStringLiteral(" [options]")),
            qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }
    QVERIFY(runCli({QStringLiteral("help"), QStringLiteral("trace")})
                .out.contains(QStringLiteral("--flows")));
    QVERIFY(runCli({QStringLiteral("help"), QStringLiteral("chain")})
                .out.contains(QStringLiteral("--endpoint")));
}

// ---------------------------------------------------------------------------------------
// trace: single flows

void TestCliEval::demoVerdicts_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    for (const DemoFlow &f : kDemoFlows) {
        QTest::addRow("%s -> %s %d", f.from, f.to, f.port)
            << QString::fromUtf8(f.from) << QString::fromUtf8(f.to) << f.port
            << QString::fromUtf8(f.verdict) << QString::fromUtf8(f.direction)
            << QString::fromUtf8(f.policy) << f.rule << QString::fromUtf8(f.action)
            << QString::fromUtf8(f.reason);
    }
}

void TestCliEval::demoVerdicts()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, port);
    QFETCH(QString, verdict);
    QFETCH(QString, direction);
    QFETCH(QString, policy);
    QFETCH(int, rule);
    QFETCH(QString, action);
    QFETCH(QString, reason);

    // Text: the verdict first, then the flow, then each direction's steps.
    const CliRun text = runCli(traceArgs(kDemo, from, to, QStringLiteral("TCP"), port));
    QCOMPARE(text.code, 0);
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
    const QStringList lines = text.out.split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("verdict: ") + verdict);
    QCOMPARE(
        lines.value(1), QStringLiteral("flow:    %1 -> %2 TCP port %3").arg(from, to).arg(port));
    const qsizetype egress = text.out.indexOf(QStringLiteral("\negress at ") + from + u':');
    const qsizetype ingress = text.out.indexOf(QStringLiteral("\ningress at ") + to + u':');
    QVERIFY2(egress > 0 && ingress > egress, qPrintable(text.out));
    const QString decidingPart = direction == QLatin1StringView("egress")
        ? text.out.mid(egress, ingress - egress)
        : text.out.mid(ingress);
    QVERIFY2(decidingPart.contains(policy), qPrintable(decidingPart));
    QVERIFY2(decidingPart.contains(reason), qPrintable(decidingPart));
    if (rule >= 0)
        QVERIFY2(
            decidingPart.contains(QStringLiteral("rule %1: ").arg(rule)), qPrintable(decidingPart));
    else
        QVERIFY2(
            decidingPart.contains(QStringLiteral("end of tier: deny")), qPrintable(decidingPart));

    // JSON: the same verdict, and the deciding step.
    const CliRun json = runCli(traceArgs(kDemo, from, to, QStringLiteral("TCP"), port)
        << QStringLiteral("-o") << QStringLiteral("json"));
    QCOMPARE(json.code, 0);
    QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
    QVERIFY(json.out.endsWith(QStringLiteral("}\n")));
    const QJsonObject trace = parseJson(json.out).object();
    QCOMPARE(trace.value(u"from").toString(), from);
    QCOMPARE(trace.value(u"to").toString(), to);
    QCOMPARE(trace.value(u"protocol").toString(), QStringLiteral("TCP"));
    QCOMPARE(trace.value(u"port").toInt(), port);
    QCOMPARE(trace.value(u"verdict").toString(), verdict);
    const QJsonObject deciding = trace.value(direction).toObject();
    if (verdict == QLatin1StringView("deny"))
        QCOMPARE(deciding.value(u"verdict").toString(), QStringLiteral("deny"));
    const QJsonObject last = deciding.value(u"steps").toArray().last().toObject();
    QCOMPARE(last.value(u"policy").toString(), policy);
    QCOMPARE(last.value(u"rule").toInt(), rule);
    QCOMPARE(last.value(u"action").toString(), action);
    QVERIFY2(last.value(u"reason").toString().contains(reason),
        qPrintable(last.value(u"reason").toString()));
}

void TestCliEval::expectOption_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("verdict");
    for (const DemoFlow &f : kDemoFlows) {
        QTest::addRow("%s -> %s %d", f.from, f.to, f.port) << QString::fromUtf8(
            f.from) << QString::fromUtf8(f.to) << f.port << QString::fromUtf8(f.verdict);
    }
}

void TestCliEval::expectOption()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, port);
    QFETCH(QString, verdict);
    const QString other
        = verdict == QLatin1StringView("allow") ? QStringLiteral("deny") : QStringLiteral("allow");
    const CliRun same = runCli(traceArgs(kDemo, from, to, QStringLiteral("TCP"), port)
        << QStringLiteral("--expect") << verdict.toUpper());
    QCOMPARE(same.code, 0);
    QVERIFY(same.err.isEmpty());
    const CliRun differs = runCli(traceArgs(kDemo, from, to, QStringLiteral("TCP"), port)
        << QStringLiteral("--expect") << other << QStringLiteral("-o") << QStringLiteral("json"));
    QCOMPARE(differs.code, 1);
    QCOMPARE(parseJson(differs.out).object().value(u"verdict").toString(), verdict);
    QVERIFY2(differs.err.contains(QStringLiteral("expected %1, got %2").arg(other, verdict)),
        qPrintable(differs.err));
}

void TestCliEval::portlessTraceWarnsWhenPortsDisagree_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("warning"); // "" = none: every port gets the same verdict
    QTest::newRow("every port denied")
        << u"production/client-0"_s << u"production/server-0"_s << QString();
    QTest::newRow("only 6443 allowed") << u"my-app/my-app-backend-0"_s << u"192.168.1.10"_s
                                       << u"policyctl trace: warning: no --port given and the "
                                          "verdict depends on the port: allowed for port 6443; "
                                          "denied for every other port"_s;
}

void TestCliEval::portlessTraceWarnsWhenPortsDisagree()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, warning);
    for (const QString &format : {u"text"_s, u"json"_s}) {
        const CliRun run = runCli({u"trace"_s, u"-f"_s, kDemo, u"--from"_s, from, u"--to"_s, to,
            u"--protocol"_s, u"TCP"_s, u"-o"_s, format});
        QCOMPARE(run.code, 0);
        if (warning.isEmpty())
            QCOMPARE(run.err, QString());
        else
            QVERIFY2(run.err.startsWith(warning), qPrintable(run.err));
    }
    // With a port there is nothing to warn about.
    const CliRun withPort = runCli(traceArgs(kDemo, from, to, u"TCP"_s, 6443));
    QCOMPARE(withPort.err, QString());
}

void TestCliEval::traceJsonMatchesDesign()
{
    // The documented trace example, reproduced by the design-example workspace: the ingress side is
    // the documented text to the character.
    const CliRun run
        = runCli(traceArgs(fixture(QStringLiteral("design-example")), QStringLiteral("prod/web-0"),
                     QStringLiteral("prod/db-0"), QStringLiteral("TCP"), 5432)
            << QStringLiteral("-o") << QStringLiteral("json"));
    QCOMPARE(run.code, 0);
    QVERIFY2(
        run.out.startsWith(
            js(R"j({"from":"prod/web-0","to":"prod/db-0","protocol":"TCP","port":5432,"verdict":"deny",)j")
            + js(R"j("egress":{"endpoint":"prod/web-0","verdict":"allow","steps":[)j")),
        qPrintable(run.out));
    QVERIFY2(
        run.out.endsWith(js(R"j("ingress":{"endpoint":"prod/db-0","verdict":"deny","steps":[)j")
            + js(
                R"j({"tier":"default","policy":"prod/db-ingress","kind":"NetworkPolicy","rule":-1,)j")
            + js(
                R"j("action":"end-of-tier-deny","reason":"policy selects prod/db-0 but no ingress rule matched: source label app=web is not in {api}"}]}}
)j")),
        qPrintable(run.out));
}

void TestCliEval::traceJsonShape_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("keys"); // top-level keys, in order
    const QStringList base
        = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("protocol")};
    const QStringList tail
        = {QStringLiteral("verdict"), QStringLiteral("egress"), QStringLiteral("ingress")};
    for (const DemoFlow &f : kDemoFlows) {
        QTest::addRow("%s -> %s %d", f.from, f.to, f.port) << traceArgs(kDemo,
            QString::fromUtf8(f.from), QString::fromUtf8(f.to), QStringLiteral("TCP"),
            f.port) << (base + QStringList {QStringLiteral("port")} + tail);
    }
    QTest::newRow("no port") << traceArgs(kDemo, QStringLiteral("production/client-0"),
        QStringLiteral("production/server-0"), QStringLiteral("TCP"), -1)
                             << (base + tail);
    QTest::newRow("icmp")
        << (traceArgs(kDemo, QStringLiteral("production/client-0"),
                QStringLiteral("production/server-0"), QStringLiteral("ICMP"), -1)
               << args({"--icmp-type", "8", "--icmp-code", "0"}))
        << (base + QStringList {QStringLiteral("icmpType"), QStringLiteral("icmpCode")} + tail);
}

void TestCliEval::traceJsonShape()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, keys);
    const CliRun run = runCli(arguments << QStringLiteral("-o") << QStringLiteral("json"));
    QCOMPARE(run.code, 0);
    const QString &text = run.out;
    QCOMPARE(text.count(u'\n'), 1); // one compact line

    // Top-level keys in the documented order (QJsonObject would sort them).
    qsizetype at = 0;
    for (const QString &key : keys) {
        const qsizetype found = text.indexOf(u'"' + key + QStringLiteral("\":"), at);
        QVERIFY2(found >= at, qPrintable(key + QStringLiteral(" in ") + text));
        at = found;
    }
    const QJsonObject trace = parseJson(text).object();
    QCOMPARE(trace.keys().size(), keys.size());
    QVERIFY(trace.value(u"from").isString());
    QVERIFY(trace.value(u"to").isString());
    QVERIFY(trace.value(u"protocol").isString());
    if (trace.contains(u"port"))
        QVERIFY(trace.value(u"port").isDouble());
    const QString verdict = trace.value(u"verdict").toString();
    QVERIFY(verdict == QLatin1StringView("allow") || verdict == QLatin1StringView("deny"));

    // Each direction: {endpoint, verdict, steps:[{tier,policy,kind,rule,action,reason}]}.
    const QRegularExpression direction(QStringLiteral(
        R"re("(egress|ingress)":\{"endpoint":"[^"]*","verdict":"(allow|deny)","steps":\[)re"));
    QCOMPARE(text.count(direction), 2);
    const QRegularExpression step(QStringLiteral(
        R"re(\{"tier":"[^"]*","policy":"[^"]*","kind":"[^"]*","rule":-?\d+,"action":"[a-z-]+","reason":"[^"]+"\})re"));
    int steps = 0;
    bool bothAllow = true;
    for (const QString &side : {QStringLiteral("egress"), QStringLiteral("ingress")}) {
        const QJsonObject d = trace.value(side).toObject();
        QCOMPARE(d.keys().size(), 3);
        QVERIFY(d.value(u"endpoint").isString());
        bothAllow = bothAllow && d.value(u"verdict").toString() == QLatin1StringView("allow");
        const QJsonArray array = d.value(u"steps").toArray();
        QVERIFY(!array.isEmpty());
        for (const QJsonValue &value : array) {
            const QJsonObject s = value.toObject();
            QCOMPARE(s.keys().size(), 6);
            QVERIFY(s.value(u"rule").isDouble());
            static const QStringList actions = {QStringLiteral("allow"), QStringLiteral("deny"),
                QStringLiteral("pass"), QStringLiteral("log"), QStringLiteral("end-of-tier-deny"),
                QStringLiteral("end-of-tier-pass"), QStringLiteral("would-allow"),
                QStringLiteral("would-deny"), QStringLiteral("would-pass"),
                QStringLiteral("would-no-match"), QStringLiteral("default-deny"),
                QStringLiteral("not-evaluated")};
            QVERIFY2(actions.contains(s.value(u"action").toString()),
                qPrintable(s.value(u"action").toString()));
            ++steps;
        }
    }
    QCOMPARE(text.count(step), steps);
    QCOMPARE(verdict == QLatin1StringView("allow"), bothAllow);
}

void TestCliEval::traceIcmpAndNumericProtocol()
{
    // A protocol number is shown by its name; ICMP carries type and code.
    const CliRun numeric
        = runCli(traceArgs(kDemo, QStringLiteral("production/client-0"),
                     QStringLiteral("production/server-0"), QStringLiteral("6"), 8080)
            << QStringLiteral("-o") << QStringLiteral("json"));
    QCOMPARE(numeric.code, 0);
    QCOMPARE(parseJson(numeric.out).object().value(u"protocol").toString(), QStringLiteral("TCP"));

    const CliRun icmp
        = runCli(traceArgs(kDemo, QStringLiteral("production/client-0"),
                     QStringLiteral("production/server-0"), QStringLiteral("icmp"), -1)
            << args({"--icmp-type", "8", "--icmp-code", "0", "-o", "json"}));
    QCOMPARE(icmp.code, 0);
    const QJsonObject trace = parseJson(icmp.out).object();
    QCOMPARE(trace.value(u"protocol").toString(), QStringLiteral("ICMP"));
    QCOMPARE(trace.value(u"icmpType").toInt(), 8);
    QCOMPARE(trace.value(u"icmpCode").toInt(), 0);
    QVERIFY(!trace.contains(u"port"));
    // allow-tcp-8080 selects server-0; nothing admits ICMP.
    QCOMPARE(trace.value(u"verdict").toString(), QStringLiteral("deny"));

    const CliRun text
        = runCli(traceArgs(kDemo, QStringLiteral("production/client-0"),
                     QStringLiteral("production/server-0"), QStringLiteral("ICMP"), -1)
            << args({"--icmp-type", "8", "--icmp-code", "0"}));
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral(
                 "flow:    production/client-0 -> production/server-0 ICMP type 8 code 0\n")),
        qPrintable(text.out));
}

void TestCliEval::traceByAddress()
{
    // An address of a known endpoint is that endpoint; any other is outside the inventory.
    const CliRun known
        = runCli(traceArgs(fixture(QStringLiteral("design-example")), QStringLiteral("10.9.0.11"),
                     QStringLiteral("10.9.0.12"), QStringLiteral("TCP"), 5432)
            << QStringLiteral("-o") << QStringLiteral("json"));
    QCOMPARE(known.code, 0);
    const QJsonObject trace = parseJson(known.out).object();
    QCOMPARE(trace.value(u"verdict").toString(), QStringLiteral("allow"));
    QCOMPARE(trace.value(u"egress").toObject().value(u"endpoint").toString(),
        QStringLiteral("prod/api-0"));
    QCOMPARE(trace.value(u"ingress").toObject().value(u"endpoint").toString(),
        QStringLiteral("prod/db-0"));

    const CliRun outside = runCli(traceArgs(kDemo, QStringLiteral("my-app/my-app-backend-0"),
        QStringLiteral("192.168.1.10"), QStringLiteral("TCP"), 6443));
    QCOMPARE(outside.code, 0);
    QVERIFY2(
        outside.out.contains(QStringLiteral("ingress at 192.168.1.10: allow\n  - not evaluated\n")),
        qPrintable(outside.out));
    QVERIFY2(
        outside.out.contains(QStringLiteral("outside the inventory")), qPrintable(outside.out));
}

void TestCliEval::traceHostEndpoint()
{
    // hep:name on either side; a host endpoint without policy falls to its profiles. (Not port
    // 22: Felix's failsafe rules accept that before any host endpoint policy or profile. Not
    // from a pod of node1: its traffic to its own host meets defaultEndpointToHostAction.)
    const QString tiers = fixture(QStringLiteral("tiers"));
    const CliRun in = runCli(traceArgs(tiers, QStringLiteral("203.0.113.5"),
                                 QStringLiteral("hep:node1-eth0"), QStringLiteral("TCP"), 2222)
        << QStringLiteral("-o") << QStringLiteral("json"));
    QCOMPARE(in.code, 0);
    const QJsonObject ingress = parseJson(in.out).object().value(u"ingress").toObject();
    QCOMPARE(ingress.value(u"endpoint").toString(), QStringLiteral("hep:node1-eth0"));
    const QJsonObject step = ingress.value(u"steps").toArray().last().toObject();
    QCOMPARE(step.value(u"kind").toString(), QStringLiteral("Profile"));
    QCOMPARE(step.value(u"policy").toString(), QStringLiteral("projectcalico-default-allow"));

    const CliRun out = runCli(traceArgs(tiers, QStringLiteral("hep:node1-eth0"),
        QStringLiteral("shop/db-0"), QStringLiteral("TCP"), 23));
    QCOMPARE(out.code, 0);
    QVERIFY2(out.out.startsWith(QStringLiteral("verdict: deny\n")), qPrintable(out.out));
    QVERIFY2(out.out.contains(QStringLiteral(
                 "  - tier security, GlobalNetworkPolicy security.telnet, rule 0: deny\n")),
        qPrintable(out.out));
}

// --via: a flow forwarded through a host endpoint meets its untracked, pre-DNAT and
// applyOnForward stages; every step at a host endpoint names its stage (JSON "stage", a
// "stage: ..." line in text); failsafe ports come first.
void TestCliEval::traceHostEndpointStages()
{
    const QString ws = fixture(QStringLiteral("host-stages"));
    const CliRun fwd = runCli(traceArgs(ws, QStringLiteral("203.0.113.9"),
                                  QStringLiteral("web/web-0"), QStringLiteral("TCP"), 80)
        << QStringLiteral("--via") << QStringLiteral("hep:gw-eth0") << QStringLiteral("-o")
        << QStringLiteral("json"));
    QCOMPARE(fwd.code, 0);
    const QJsonObject t = parseJson(fwd.out).object();
    QCOMPARE(t.value(u"via").toString(), QStringLiteral("hep:gw-eth0"));
    QCOMPARE(t.value(u"verdict").toString(), QStringLiteral("deny"));
    const QJsonObject forward = t.value(u"forward").toObject();
    QCOMPARE(forward.value(u"verdict").toString(), QStringLiteral("deny"));
    const QJsonObject denied = forward.value(u"steps").toArray().last().toObject();
    QCOMPARE(denied.value(u"stage").toString(), QStringLiteral("untracked"));
    QCOMPARE(denied.value(u"policy").toString(), QStringLiteral("untracked-gw"));
    // The pod's own ingress is evaluated as usual, without a stage.
    const QJsonObject podStep
        = t.value(u"ingress").toObject().value(u"steps").toArray().last().toObject();
    QVERIFY(!podStep.contains(u"stage"));

    const CliRun allowed = runCli(traceArgs(ws, QStringLiteral("198.51.100.1"),
                                      QStringLiteral("web/web-0"), QStringLiteral("TCP"), 80)
        << QStringLiteral("--via") << QStringLiteral("hep:gw-eth0"));
    QCOMPARE(allowed.code, 0);
    QVERIFY2(allowed.out.startsWith(QStringLiteral("verdict: allow\n")), qPrintable(allowed.out));
    QVERIFY2(allowed.out.contains(
                 QStringLiteral("forwarded at hep:gw-eth0: allow\n"
                                "  stage: untracked policy (before connection tracking)\n")),
        qPrintable(allowed.out));
    QVERIFY2(allowed.out.contains(QStringLiteral(
                 "  stage: forwarded traffic (applyOnForward policy)\n"
                 "  - tier default, GlobalNetworkPolicy forward-gw, rule 0: allow\n")),
        qPrintable(allowed.out));

    const CliRun failsafe = runCli(traceArgs(ws, QStringLiteral("203.0.113.9"),
        QStringLiteral("hep:gw-eth0"), QStringLiteral("TCP"), 22));
    QCOMPARE(failsafe.code, 0);
    QVERIFY2(failsafe.out.startsWith(QStringLiteral("verdict: allow\n")), qPrintable(failsafe.out));
    QVERIFY2(failsafe.out.contains(QStringLiteral("  stage: failsafe ports\n")),
        qPrintable(failsafe.out));

    const CliRun preDnat = runCli(traceArgs(ws, QStringLiteral("198.51.100.1"),
                                      QStringLiteral("hep:gw-eth0"), QStringLiteral("TCP"), 8443)
        << QStringLiteral("--expect") << QStringLiteral("deny"));
    QCOMPARE(preDnat.code, 0);
    QVERIFY2(preDnat.out.contains(QStringLiteral("  stage: pre-DNAT policy\n")),
        qPrintable(preDnat.out));

    // Only a host endpoint sees forwarded traffic: any other REF is an input error (exit 1).
    const CliRun bad = runCli(traceArgs(ws, QStringLiteral("198.51.100.1"),
                                  QStringLiteral("web/web-0"), QStringLiteral("TCP"), 80)
        << QStringLiteral("--via") << QStringLiteral("web/web-0"));
    QCOMPARE(bad.code, 1);
    QVERIFY2((bad.out + bad.err).contains(QStringLiteral("not a host endpoint")),
        qPrintable(bad.out + bad.err));
}

void TestCliEval::traceTextSteps()
{
    // Tiers, Pass, a staged policy and a Pass tier's end, each step in plain language.
    const CliRun run = runCli(traceArgs(fixture(QStringLiteral("tiers")),
        QStringLiteral("shop/api-0"), QStringLiteral("shop/db-0"), QStringLiteral("TCP"), 5432));
    QCOMPARE(run.code, 0);
    const QStringList expected = {
        QStringLiteral("verdict: allow"),
        QStringLiteral("flow:    shop/api-0 -> shop/db-0 TCP port 5432"),
        QStringLiteral("egress at shop/api-0: allow"),
        QStringLiteral("  - Profile kns.shop, rule 0: allow"),
        QStringLiteral("ingress at shop/db-0: allow"),
        QStringLiteral("  - tier security, GlobalNetworkPolicy security.quarantine, rule 1: pass "
                       "(to the next tier)"),
        QStringLiteral("  - tier platform, StagedGlobalNetworkPolicy platform.lockdown, rule 0: "
                       "staged: would deny (not enforced)"),
        QStringLiteral("  - tier platform, GlobalNetworkPolicy platform.observe: end of tier: "
                       "pass (to the next tier)"),
        QStringLiteral("  - tier default, NetworkPolicy shop/db-allow, rule 0: allow"),
    };
    // Headers in order; every step is followed by its reason, indented.
    QStringList headers;
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QStringLiteral("    "))) {
            QVERIFY2(lines.value(i - 1).startsWith(QStringLiteral("  - ")), qPrintable(run.out));
            continue;
        }
        headers.append(line);
    }
    QCOMPARE(headers, expected);
}

// ---------------------------------------------------------------------------------------
// trace --flows

void TestCliEval::batchKeepsOrder()
{
    const CliRun run = runCli({QStringLiteral("trace"), QStringLiteral("-f"), kDemo,
        QStringLiteral("--flows"), fixture(QStringLiteral("flows/demo.json")), QStringLiteral("-o"),
        QStringLiteral("json")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonArray results = parseJson(run.out).array();
    QCOMPARE(results.size(), qsizetype(std::size(kDemoFlows)));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const DemoFlow &f = kDemoFlows[i];
        const QJsonObject trace = results.at(i).toObject();
        QCOMPARE(trace.value(u"from").toString(), QString::fromUtf8(f.from));
        QCOMPARE(trace.value(u"to").toString(), QString::fromUtf8(f.to));
        QCOMPARE(trace.value(u"port").toInt(), f.port);
        QCOMPARE(trace.value(u"verdict").toString(), QString::fromUtf8(f.verdict));
    }
    // Each result is exactly what the single-flow trace prints.
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), results.size() + 2);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const DemoFlow &f = kDemoFlows[i];
        const CliRun single = runCli(traceArgs(kDemo, QString::fromUtf8(f.from),
                                         QString::fromUtf8(f.to), QStringLiteral("TCP"), f.port)
            << QStringLiteral("-o") << QStringLiteral("json"));
        QString line = lines.at(i + 1);
        if (line.endsWith(u','))
            line.chop(1);
        QCOMPARE(line + u'\n', single.out);
    }
}

void TestCliEval::batchText()
{
    const CliRun run = runCli({QStringLiteral("trace"), QStringLiteral("-f"), kDemo,
        QStringLiteral("--flows"), fixture(QStringLiteral("flows/demo.json"))});
    QCOMPARE(run.code, 0);
    const QStringList blocks = run.out.split(QStringLiteral("\n\n"));
    QCOMPARE(blocks.size(), qsizetype(std::size(kDemoFlows)));
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const DemoFlow &f = kDemoFlows[i];
        QVERIFY2(
            blocks.at(i).startsWith(QStringLiteral("verdict: %1\nflow:    %2 -> %3 TCP port %4\n")
                                        .arg(QString::fromUtf8(f.verdict),
                                            QString::fromUtf8(f.from), QString::fromUtf8(f.to))
                                        .arg(f.port)),
            qPrintable(blocks.at(i)));
    }
}

void TestCliEval::batchFromStdin()
{
    const QByteArray flows
        = R"j([{"from":"production/client-0","to":"production/server-0","protocol":6,"port":8080},
 {"from":"production/client-0","to":"production/server-0","protocol":"ICMP","icmpType":8,"icmpCode":0},
 {"from":"development/dev-api-0","to":"development/dev-web-0","protocol":"udp","port":53}])j";
    const CliRun run
        = runCli({QStringLiteral("trace"), QStringLiteral("-f"), kDemo, QStringLiteral("--flows"),
                     QStringLiteral("-"), QStringLiteral("-o"), QStringLiteral("json")},
            flows);
    QCOMPARE(run.code, 0);
    const QJsonArray results = parseJson(run.out).array();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(u"protocol").toString(), QStringLiteral("TCP"));
    QCOMPARE(results.at(0).toObject().value(u"verdict").toString(), QStringLiteral("deny"));
    QCOMPARE(results.at(1).toObject().value(u"protocol").toString(), QStringLiteral("ICMP"));
    QCOMPARE(results.at(1).toObject().value(u"icmpType").toInt(), 8);
    QCOMPARE(results.at(2).toObject().value(u"protocol").toString(), QStringLiteral("UDP"));
    QCOMPARE(results.at(2).toObject().value(u"verdict").toString(), QStringLiteral("allow"));

    // The same file on disk gives the same results.
    const CliRun file = runCli({QStringLiteral("trace"), QStringLiteral("-f"), kDemo,
        QStringLiteral("--flows"), fixture(QStringLiteral("flows/mixed.json")),
        QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(file.code, 0);
    QCOMPARE(file.out, run.out);
}

void TestCliEval::batchEmpty()
{
    const CliRun json = runCli({QStringLiteral("trace"), QStringLiteral("-f"), kDemo,
        QStringLiteral("--flows"), fixture(QStringLiteral("flows/empty.json")),
        QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(json.code, 0);
    QCOMPARE(json.out, QStringLiteral("[]\n"));
    const CliRun text = runCli({QStringLiteral("trace"), QStringLiteral("-f"), kDemo,
        QStringLiteral("--flows"), fixture(QStringLiteral("flows/empty.json"))});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.isEmpty());
}

void TestCliEval::batchExpect()
{
    // Flows 0 and 1 of mixed.json are denied, flow 2 allowed.
    const CliRun run = runCli({QStringLiteral("trace"), QStringLiteral("-f"), kDemo,
        QStringLiteral("--flows"), fixture(QStringLiteral("flows/mixed.json")),
        QStringLiteral("--expect"), QStringLiteral("deny")});
    QCOMPARE(run.code, 1);
    QCOMPARE(run.err.count(QStringLiteral("expected deny, got allow")), 1);
    QVERIFY2(run.err.contains(
                 QStringLiteral("development/dev-api-0 -> development/dev-web-0 UDP port 53")),
        qPrintable(run.err));
    QCOMPARE(run.out.count(QStringLiteral("verdict: ")), 3); // everything is still printed
}

void TestCliEval::batchErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // on stderr, after the file name
    QTest::addColumn<int>("results"); // -1: nothing printed on stdout
    QTest::newRow("invalid JSON") << QStringLiteral("malformed.json")
                                  << QStringLiteral(":3:35: error: invalid JSON") << -1;
    QTest::newRow("missing to") << QStringLiteral("missing-to.json")
                                << QStringLiteral(":3:5: error: flow 1: \"to\" is required") << -1;
    QTest::newRow("port as string")
        << QStringLiteral("port-string.json")
        << QStringLiteral(":1:2: error: flow 0: \"port\" must be a whole number from 0 to "
                          "65535, got a string")
        << -1;
    QTest::newRow("not an array") << QStringLiteral("object.json")
                                  << QStringLiteral(":1:1: error: expected a JSON array") << -1;
    // Flows that parse but cannot be traced: every result is printed, the bad one with its
    // error, in place.
    QTest::newRow("unknown REF") << QStringLiteral("unknown-ref.json")
                                 << QStringLiteral(":3:3: error: flow 1: unknown endpoint "
                                                   "production/sever-0")
                                 << 3;
    QTest::newRow("unknown protocol")
        << QStringLiteral("bad-protocol.json")
        << QStringLiteral(":2:3: error: flow 0: unknown protocol TPC") << 1;
}

void TestCliEval::batchErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(int, results);
    const QString path = fixture(QStringLiteral("flows/") + file);
    const CliRun run = runCli({QStringLiteral("trace"), QStringLiteral("-f"), kDemo,
        QStringLiteral("--flows"), path, QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith(path + message), qPrintable(run.err));
    if (results < 0) {
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        return;
    }
    const QJsonArray array = parseJson(run.out).array();
    QCOMPARE(array.size(), results);
    int errors = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject trace = value.toObject();
        if (trace.contains(u"error")) {
            ++errors;
            QVERIFY(!trace.contains(u"verdict"));
            QVERIFY(trace.value(u"from").isString());
            QVERIFY(trace.value(u"to").isString());
        } else {
            QVERIFY(trace.contains(u"verdict"));
        }
    }
    QCOMPARE(errors, 1);
}

// ---------------------------------------------------------------------------------------
// chain

void TestCliEval::chainJson_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("display"); // the REF printed back
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("ingress");
    QTest::addColumn<QString>("egress");
    const QString tiers = fixture(QStringLiteral("tiers"));

    QTest::newRow("demo server-0: order 1 before nil")
        << kDemo << QStringLiteral("production/server-0") << QStringLiteral("production/server-0")
        << QStringLiteral("Pod")
        << QStringLiteral("default[Deny]: deny-tcp-8080, production/allow-tcp-8080 | "
                          "kns.production, ksa.production.default")
        << QStringLiteral("default[Deny]: deny-tcp-8080, production/allow-tcp-8080 | "
                          "kns.production, ksa.production.default");
    QTest::newRow("demo db-0: nil order by name")
        << kDemo << QStringLiteral("prod-engineering/db-0")
        << QStringLiteral("prod-engineering/db-0") << QStringLiteral("Pod")
        << QStringLiteral("default[Deny]: prod-engineering/allow-db-from-named-accounts, "
                          "prod-engineering/allow-db-from-web-frontend | kns.prod-engineering, "
                          "ksa.prod-engineering.default")
        << QStringLiteral(" | kns.prod-engineering, ksa.prod-engineering.default");
    QTest::newRow("demo GNP namespaceSelector")
        << kDemo << QStringLiteral("development/dev-web-0")
        << QStringLiteral("development/dev-web-0") << QStringLiteral("Pod")
        << QStringLiteral("default[Deny]: restrict-development-access | kns.development, "
                          "ksa.development.default")
        << QStringLiteral("default[Deny]: restrict-development-access | kns.development, "
                          "ksa.development.default");
    QTest::newRow("tiers, staged, Pass tier")
        << tiers << QStringLiteral("shop/db-0") << QStringLiteral("shop/db-0")
        << QStringLiteral("Pod")
        << QStringLiteral("security[Deny]: security.telnet, security.quarantine; "
                          "platform[Pass]: platform.lockdown (staged), platform.observe; "
                          "default[Deny]: shop/a-first, shop/db-allow | kns.shop, ksa.shop.default")
        << QStringLiteral(" | kns.shop, ksa.shop.default");
    QTest::newRow("staged-only tier")
        << tiers << QStringLiteral("shop/api-0") << QStringLiteral("shop/api-0")
        << QStringLiteral("Pod")
        << QStringLiteral("audit[Deny, staged only]: audit.api (staged); "
                          "security[Deny]: security.telnet, security.quarantine | "
                          "kns.shop, ksa.shop.default")
        << QStringLiteral(" | kns.shop, ksa.shop.default");
    QTest::newRow("by address") << tiers << QStringLiteral("10.1.0.12")
                                << QStringLiteral("shop/db-0") << QStringLiteral("Pod")
                                << QStringLiteral("security[Deny]: security.telnet, "
                                                  "security.quarantine; platform[Pass]: "
                                                  "platform.lockdown (staged), platform.observe; "
                                                  "default[Deny]: shop/a-first, shop/db-allow | "
                                                  "kns.shop, ksa.shop.default")
                                << QStringLiteral(" | kns.shop, ksa.shop.default");
    QTest::newRow("host endpoint")
        << tiers << QStringLiteral("hep:node1-eth0") << QStringLiteral("hep:node1-eth0")
        << QStringLiteral("HostEndpoint") << QStringLiteral(" | projectcalico-default-allow")
        << QStringLiteral(" | projectcalico-default-allow");
}

void TestCliEval::chainJson()
{
    QFETCH(QString, workspace);
    QFETCH(QString, endpoint);
    QFETCH(QString, display);
    QFETCH(QString, kind);
    QFETCH(QString, ingress);
    QFETCH(QString, egress);
    const CliRun run = runCli({QStringLiteral("chain"), QStringLiteral("-f"), workspace,
        QStringLiteral("--endpoint"), endpoint, QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.endsWith(QStringLiteral("}\n")));
    const QJsonObject chain = parseJson(run.out).object();
    QCOMPARE(chain.value(u"endpoint").toString(), display);
    QCOMPARE(chain.value(u"kind").toString(), kind);
    QCOMPARE(chainSummary(chain.value(u"ingress").toObject()), ingress);
    QCOMPARE(chainSummary(chain.value(u"egress").toObject()), egress);
}

void TestCliEval::chainJsonKeys()
{
    const CliRun run = runCli({QStringLiteral("chain"), QStringLiteral("-f"),
        fixture(QStringLiteral("tiers")), QStringLiteral("--endpoint"), QStringLiteral("shop/db-0"),
        QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(run.code, 0);
    QVERIFY2(
        run.out.startsWith(js(R"j({"endpoint":"shop/db-0","kind":"Pod","ingress":{"tiers":[)j")
            + js(R"j({"name":"security","defaultAction":"Deny","stagedOnly":false,"policies":[)j")
            + js(R"j({"name":"security.telnet","kind":"GlobalNetworkPolicy","order":)j")),
        qPrintable(run.out));
    QVERIFY2(
        run.out.contains(js(
            R"j(,"staged":false,"selector":"has(app)","rules":[{"index":0,"action":"Deny","summary":)j")),
        qPrintable(run.out));
    QVERIFY2(
        run.out.contains(js(
            R"j("profiles":[{"name":"kns.shop","defined":true,"rules":[{"index":0,"action":"Allow",)j")),
        qPrintable(run.out));
    QVERIFY(run.out.contains(js(R"j(},"egress":{"tiers":[],"profiles":[)j")));
    const QJsonObject chain = parseJson(run.out).object();
    const QJsonArray tiers = chain.value(u"ingress").toObject().value(u"tiers").toArray();
    const QJsonObject staged = tiers.at(1).toObject().value(u"policies").toArray().at(0).toObject();
    QCOMPARE(staged.value(u"name").toString(), QStringLiteral("platform.lockdown"));
    QCOMPARE(staged.value(u"kind").toString(), QStringLiteral("StagedGlobalNetworkPolicy"));
    QVERIFY(staged.value(u"staged").toBool());
    const QJsonObject observe
        = tiers.at(1).toObject().value(u"policies").toArray().at(1).toObject();
    QVERIFY(observe.value(u"order").isNull()); // no order: last
    QCOMPARE(observe.value(u"rules").toArray().size(), 0);
}

void TestCliEval::chainText()
{
    const CliRun run
        = runCli({QStringLiteral("chain"), QStringLiteral("-f"), fixture(QStringLiteral("tiers")),
            QStringLiteral("--endpoint"), QStringLiteral("shop/db-0")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    // In evaluation order: tiers, their policies, the profiles, the final deny — per direction.
    const QStringList inOrder = {
        QStringLiteral("shop/db-0 (Pod)\n"),
        QStringLiteral("ingress:\n"),
        QStringLiteral("  tier security (default action Deny)\n"),
        QStringLiteral("    GlobalNetworkPolicy security.telnet order 10\n"),
        QStringLiteral("      [0] Deny TCP to ports 23\n"),
        QStringLiteral("    GlobalNetworkPolicy security.quarantine order 20\n"),
        QStringLiteral("    end of tier: what no rule allowed, denied or passed is denied\n"),
        QStringLiteral("  tier platform (default action Pass)\n"),
        QStringLiteral(
            "    StagedGlobalNetworkPolicy platform.lockdown order 5 (staged, not enforced)\n"),
        QStringLiteral("    GlobalNetworkPolicy platform.observe\n"
                       "      (no rules: on to the end of the tier)\n"),
        QStringLiteral("    end of tier: what no rule decided passes to the next tier (default "
                       "action Pass)\n"),
        QStringLiteral("  tier default (default action Deny)\n"),
        // A policy without rules hands on to the next policy; only the tier's end denies.
        QStringLiteral("    NetworkPolicy shop/a-first order 50\n"
                       "      (no rules: on to the next policy of the tier)\n"),
        QStringLiteral("    NetworkPolicy shop/db-allow\n"),
        QStringLiteral("    end of tier: what no rule allowed, denied or passed is denied\n"),
        QStringLiteral("  profile kns.shop\n"),
        QStringLiteral("  profile ksa.shop.default\n"),
        QStringLiteral("  then deny\n"),
        QStringLiteral("egress:\n"),
        QStringLiteral("  profile kns.shop\n"),
        QStringLiteral("  then deny\n"),
    };
    qsizetype at = 0;
    for (const QString &part : inOrder) {
        const qsizetype found = run.out.indexOf(part, at);
        QVERIFY2(found >= at,
            qPrintable(part + QStringLiteral(" after ") + QString::number(at)
                + QStringLiteral(" in\n") + run.out));
        at = found + part.size();
    }
    QCOMPARE(at, run.out.size());
    QVERIFY(!run.out.contains(QStringLiteral("denies at the end of the tier")));
}

// ---------------------------------------------------------------------------------------
// Errors

void TestCliEval::invalidWorkspaceWarns_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    const QString invalid = fixture(QStringLiteral("invalid"));
    QTest::newRow("trace") << (QStringList {QStringLiteral("trace"), QStringLiteral("-f"), invalid}
        << args({"--from", "shop/web-0", "--to", "shop/db-0", "--protocol", "TCP", "--port", "80",
               "--accept-errors"}))
                           << QStringLiteral("verdict: deny\n");
    QTest::newRow("chain") << (QStringList {QStringLiteral("chain"), QStringLiteral("-f"), invalid}
        << args({"--endpoint", "shop/db-0", "--accept-errors"}))
                           << QStringLiteral("shop/db-0 (Pod)\n");
}

void TestCliEval::invalidWorkspaceWarns()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(output), qPrintable(run.out));
    // The error in the validator's format, then the warning that evaluation went on.
    QVERIFY2(run.err.contains(QStringLiteral("workspace.yaml:14:17: error: invalid selector")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral(": warning: the input has 1 error(s)")),
        qPrintable(run.err));
    QVERIFY2(
        run.err.contains(QStringLiteral("analysing without the resources Calico would refuse")),
        qPrintable(run.err));
}

// A policy whose port is out of range never allows anything: refused without --accept-errors,
// left out with it (every analysis says so), never the rule that matched every port it once was.
void TestCliEval::invalidPolicyIsLeftOut_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // in stdout
    const QString ws = fixture(QStringLiteral("outofrange"));
    const QStringList trace = QStringList {QStringLiteral("trace"), QStringLiteral("-f"), ws}
        + args({"--from", "198.51.100.1", "--to", "default/a", "--protocol", "TCP", "--port", "81",
            "--accept-errors"});
    const QString leftOut = QStringLiteral(
        "left out: GlobalNetworkPolicy p — port 70000 is out of range (0-65535) (%1:13:29)\n")
                                .arg(ws + QStringLiteral("/workspace.yaml"));
    QTest::newRow("trace text") << trace << leftOut;
    QTest::newRow("trace json") << (trace + args({"-o", "json"}))
                                << QStringLiteral("\"leftOut\":[{\"kind\":\"GlobalNetworkPolicy\","
                                                  "\"name\":\"p\",\"message\":\"port 70000 is "
                                                  "out of range (0-65535)\"");
    QTest::newRow("chain") << (QStringList {QStringLiteral("chain"), QStringLiteral("-f"), ws}
        + args({"--endpoint", "default/a", "--accept-errors"}))
                           << leftOut;
    QTest::newRow("matrix") << (QStringList {QStringLiteral("matrix"), QStringLiteral("-f"), ws}
        + args({"--accept-errors"}))
                            << leftOut;
    QTest::newRow("matrix json") << (QStringList {
                                         QStringLiteral("matrix"), QStringLiteral("-f"), ws}
        + args({"--accept-errors", "-o", "json"}))
                                 << QStringLiteral("\"leftOut\":[{");
    QTest::newRow("render json") << (QStringList {
                                         QStringLiteral("render"), QStringLiteral("-f"), ws}
        + args({"--endpoint", "default/a", "--accept-errors", "-o", "json"}))
                                 << QStringLiteral("\"leftOut\":[{");
    QTest::newRow("diff") << (QStringList {QStringLiteral("diff"), QStringLiteral("-f"), ws,
                                  QStringLiteral("--against"), ws}
        + args({"--accept-errors"}))
                          << leftOut.left(10) + QStringLiteral("old GlobalNetworkPolicy p");
}

void TestCliEval::invalidPolicyIsLeftOut()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    if (arguments.constFirst() == u"trace" && !arguments.contains(u"json"))
        QVERIFY2(run.out.startsWith(QStringLiteral("verdict: deny\n")), qPrintable(run.out));

    // Without --accept-errors: refused, nothing on stdout.
    QStringList refused = arguments;
    refused.removeAll(QStringLiteral("--accept-errors"));
    const CliRun plain = runCli(refused);
    QCOMPARE(plain.code, arguments.constFirst() == u"diff" ? 2 : 1);
    QCOMPARE(plain.out, QString());
    QVERIFY2(plain.err.contains(QStringLiteral("workspace.yaml:13:29: error: port 70000 is out of "
                                               "range (0-65535)")),
        qPrintable(plain.err));
}

// A device that never ends (/dev/zero) is read up to the input limit, then refused with a clear
// error: never until memory runs out.
void TestCliEval::deviceInputIsBounded()
{
    if (!QFile::exists(QStringLiteral("/dev/zero")))
        QSKIP("no /dev/zero here");
    const CliRun run
        = runCli({QStringLiteral("validate"), QStringLiteral("-f"), QStringLiteral("/dev/zero")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("/dev/zero:1:1: error: the input is larger than "
                                               "1073741824 bytes; stopped reading it")),
        qPrintable(run.err));
}

void TestCliEval::inputErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList trace = {QStringLiteral("trace"), QStringLiteral("-f"), kDemo};
    const QStringList chain = {QStringLiteral("chain"), QStringLiteral("-f"), kDemo};
    QTest::newRow("trace unknown from, did you mean")
        << (trace
               + args({"--from", "production/client-1", "--to", "production/server-0", "--protocol",
                   "TCP", "--port", "8080"}))
        << QStringLiteral("policyctl trace: error: unknown endpoint production/client-1 "
                          "(expected namespace/name, hep:name or an IP address)\n"
                          "Did you mean 'production/client-0'?\n");
    QTest::newRow("trace unknown to") << (trace
        + args({"--from", "production/client-0", "--to", "nowhere/nothing", "--protocol", "TCP"}))
                                      << QStringLiteral("unknown endpoint nowhere/nothing");
    QTest::newRow("trace name without namespace")
        << (trace
               + args({"--from", "client-0", "--to", "production/server-0", "--protocol", "TCP"}))
        << QStringLiteral("Did you mean 'production/client-0'?");
    QTest::newRow("trace unknown protocol") << (trace
        + args({"--from", "production/client-0", "--to", "production/server-0", "--protocol", "TPC",
            "--port", "8080"})) << QStringLiteral("policyctl trace: error: unknown protocol TPC");
    QTest::newRow("trace protocol 0") << (trace
        + args({"--from", "production/client-0", "--to", "production/server-0", "--protocol", "0"}))
                                      << QStringLiteral("unknown protocol 0");
    QTest::newRow("trace missing flows file")
        << (trace + args({"--flows", "/nonexistent/flows.json"}))
        << QStringLiteral("/nonexistent/flows.json: error: cannot read the flows file");
    QTest::newRow("chain unknown endpoint")
        << (chain + args({"--endpoint", "production/server-1"}))
        << QStringLiteral("policyctl chain: error: unknown endpoint production/server-1 "
                          "(expected namespace/name, hep:name or an IP address)\n"
                          "Did you mean 'production/server-0'?\n");
    QTest::newRow("chain unknown host endpoint") << (chain + args({"--endpoint", "hep:nope"}))
                                                 << QStringLiteral("unknown endpoint hep:nope");
    QTest::newRow("chain address outside")
        << (chain + args({"--endpoint", "192.168.1.10"}))
        << QStringLiteral("192.168.1.10 is outside the inventory");
    QTest::newRow("chain missing workspace")
        << args({"chain", "-f", "/nonexistent/dir", "--endpoint", "a/b"})
        << QStringLiteral("policyctl chain: error: the input has 1 error(s)");
}

void TestCliEval::inputErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (const char *format : {"text", "json"}) {
        const CliRun run
            = runCli(QStringList(arguments) << QStringLiteral("-o") << QString::fromUtf8(format));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }
}

void TestCliEval::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList trace = {QStringLiteral("trace"), QStringLiteral("-f"), kDemo};
    const QStringList flow = args(
        {"--from", "production/client-0", "--to", "production/server-0", "--protocol", "TCP"});
    const QStringList chain = {QStringLiteral("chain"), QStringLiteral("-f"), kDemo};
    const QString flows = fixture(QStringLiteral("flows/demo.json"));

    QTest::newRow("trace without -f")
        << (QStringList {QStringLiteral("trace")} << flow) << QStringLiteral("no input");
    QTest::newRow("trace nothing") << trace << QStringLiteral("missing --from REF");
    QTest::newRow("trace without --to")
        << (trace + args({"--from", "production/client-0", "--protocol", "TCP"}))
        << QStringLiteral("missing --to REF");
    QTest::newRow("trace without --protocol")
        << (trace + args({"--from", "production/client-0", "--to", "production/server-0"}))
        << QStringLiteral("missing --protocol P");
    QTest::newRow("trace empty --from")
        << (trace + args({"--from", "", "--to", "production/server-0", "--protocol", "TCP"}))
        << QStringLiteral("missing --from REF");
    QTest::newRow("trace --from twice")
        << (trace + flow << args({"--from", "production/monitor-0"}))
        << QStringLiteral("--from is given more than once");
    QTest::newRow("trace port word")
        << (trace + flow << args({"--port", "http"}))
        << QStringLiteral("--port needs a number from 0 to 65535, got 'http'");
    QTest::newRow("trace port too big")
        << (trace + flow << args({"--port", "65536"})) << QStringLiteral("--port needs a number");
    QTest::newRow("trace source port negative") << (trace + flow << args({"--source-port", "-1"}))
                                                << QStringLiteral("--source-port needs a number");
    QTest::newRow("trace icmp type too big")
        << (trace
               + args({"--from", "production/client-0", "--to", "production/server-0", "--protocol",
                   "ICMP", "--icmp-type", "256"}))
        << QStringLiteral("--icmp-type needs a number from 0 to 255");
    QTest::newRow("trace icmp code without type") << (trace
        + args({"--from", "production/client-0", "--to", "production/server-0", "--protocol",
            "ICMP", "--icmp-code", "0"})) << QStringLiteral("--icmp-code needs --icmp-type");
    QTest::newRow("trace icmp with port") << (trace
        + args({"--from", "production/client-0", "--to", "production/server-0", "--protocol",
            "ICMPv6", "--port", "80"})) << QStringLiteral("ICMPv6 has no ports");
    QTest::newRow("trace tcp with icmp type") << (trace + flow
        << args({"--icmp-type", "8"})) << QStringLiteral("apply to ICMP and ICMPv6, not TCP");
    QTest::newRow("trace --flows with --from")
        << (trace + args({"--flows"}) << flows << args({"--from", "production/client-0"}))
        << QStringLiteral("--from cannot be combined with --flows");
    QTest::newRow("trace --flows with --port")
        << (trace + args({"--flows"}) << flows << args({"--port", "80"}))
        << QStringLiteral("--port cannot be combined with --flows");
    QTest::newRow("trace --flows twice")
        << (trace + args({"--flows"}) << flows << args({"--flows"}) << flows)
        << QStringLiteral("--flows is given more than once");
    QTest::newRow("trace stdin twice") << args({"trace", "-f", "-", "--flows", "-"})
                                       << QStringLiteral("standard input cannot hold both");
    QTest::newRow("trace --expect maybe") << (trace + flow << args({"--expect", "maybe"}))
                                          << QStringLiteral("--expect must be allow or deny");
    QTest::newRow("trace -o yaml")
        << (trace + flow << args({"-o", "yaml"})) << QStringLiteral("unknown output format 'yaml'");
    QTest::newRow("trace positional")
        << (trace + flow << args({"extra"})) << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("trace unknown option")
        << (trace + flow << args({"--dport", "80"})) << QStringLiteral("dport");
    QTest::newRow("chain without --endpoint") << chain << QStringLiteral("missing --endpoint REF");
    QTest::newRow("chain without -f")
        << args({"chain", "--endpoint", "production/server-0"}) << QStringLiteral("no input");
    QTest::newRow("chain --endpoint twice") << (chain
        + args({"--endpoint", "production/server-0", "--endpoint", "production/client-0"}))
                                            << QStringLiteral("--endpoint is given more than once");
    QTest::newRow("chain positional")
        << (chain + args({"production/server-0"}))
        << QStringLiteral("unexpected argument 'production/server-0'");
    QTest::newRow("chain -o dot") << (chain
        + args({"--endpoint", "production/server-0", "-o", "dot"}))
                                  << QStringLiteral("unknown output format 'dot'");
    QTest::newRow("did you mean trace")
        << args({"trcae"}) << QStringLiteral("Did you mean 'trace'?");
    QTest::newRow("did you mean chain")
        << args({"chian"}) << QStringLiteral("Did you mean 'chain'?");
}

void TestCliEval::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

// Issue 14's regression, as a user meets it: validate, trace from 198.51.100.1, render. An
// IPv4-mapped source net is the IPv4 network Calico reads (docs/net.md); a net that is neither a
// CIDR nor an address is an error, so Calico refuses the policy: with --accept-errors it is left
// out (the pod has no policy then, and its profile allows), never a rule that allows every
// source as it used to.
void TestCliEval::issue14Nets_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<int>("validateCode");
    QTest::addColumn<QString>("validateSays");
    QTest::addColumn<QString>("traceSays");
    QTest::addColumn<QString>("renderSays"); // on stdout, else on stderr when it starts with "!"
    QTest::addColumn<QString>("outsideVerdict"); // from 198.51.100.1
    QTest::addColumn<QString>("insideVerdict"); // from 192.0.2.7

    QTest::newRow("IPv4-mapped") << QStringLiteral("mapped-net") << 0
                                 << QStringLiteral(
                                        "warning: ::ffff:192.0.2.0/120 is an IPv4-mapped "
                                        "IPv6 spelling: Calico reads it as the IPv4 "
                                        "network 192.0.2.0/24 [spec.ingress[0].source.nets[0]]")
                                 << QStringLiteral("source 198.51.100.1 is not in 192.0.2.0/24")
                                 << QStringLiteral("--source 192.0.2.0/24")
                                 << QStringLiteral("deny") << QStringLiteral("allow");
    QTest::newRow("unusable") << QStringLiteral("unusable-net") << 1
                              << QStringLiteral("error: invalid CIDR \"192.0.2.0/24x\"")
                              << QStringLiteral("left out: GlobalNetworkPolicy allow-unusable — "
                                                "invalid CIDR \"192.0.2.0/24x\"")
                              << QStringLiteral("!left out: GlobalNetworkPolicy allow-unusable — "
                                                "invalid CIDR \"192.0.2.0/24x\"")
                              << QStringLiteral("allow") << QStringLiteral("allow");
}

void TestCliEval::issue14Nets()
{
    QFETCH(QString, dir);
    QFETCH(int, validateCode);
    QFETCH(QString, validateSays);
    QFETCH(QString, traceSays);
    QFETCH(QString, renderSays);
    QFETCH(QString, outsideVerdict);
    QFETCH(QString, insideVerdict);
    const QString workspace = fixture(dir);
    const QString acceptErrors = QStringLiteral("--accept-errors");

    const CliRun validate = runCli({QStringLiteral("validate"), QStringLiteral("-f"), workspace});
    QCOMPARE(validate.code, validateCode);
    QVERIFY2(validate.err.contains(validateSays), qPrintable(validate.err));

    const CliRun outside = runCli(traceArgs(workspace, QStringLiteral("198.51.100.1"),
                                      QStringLiteral("shop/web-0"), QStringLiteral("TCP"), 80)
        << acceptErrors);
    QCOMPARE(outside.code, 0);
    QVERIFY2(outside.out.startsWith(QStringLiteral("verdict: %1\n").arg(outsideVerdict)),
        qPrintable(outside.out));
    QVERIFY2(outside.out.contains(traceSays), qPrintable(outside.out));

    const CliRun inside = runCli(traceArgs(workspace, QStringLiteral("192.0.2.7"),
                                     QStringLiteral("shop/web-0"), QStringLiteral("TCP"), 80)
        << acceptErrors);
    QCOMPARE(inside.code, 0);
    QVERIFY2(inside.out.startsWith(QStringLiteral("verdict: %1\n").arg(insideVerdict)),
        qPrintable(inside.out));

    const CliRun render = runCli({QStringLiteral("render"), QStringLiteral("-f"), workspace,
        QStringLiteral("--node"), QStringLiteral("node-a"), acceptErrors});
    QCOMPARE(render.code, 0);
    if (renderSays.startsWith(u'!')) {
        QVERIFY2(render.err.contains(renderSays.mid(1)), qPrintable(render.err));
        QVERIFY2(!render.out.contains(QStringLiteral("192.0.2.0")), qPrintable(render.out));
    } else {
        QVERIFY2(render.out.contains(renderSays), qPrintable(render.out));
    }
}

QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_cli_eval.moc"
