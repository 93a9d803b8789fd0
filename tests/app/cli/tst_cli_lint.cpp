// policyctl lint, run in-process through ps::cli::Cli: the JSON contract (keys and their order,
// related places), an error finding, the text form, --no-flows, and the exit codes — 0 without a
// finding of error severity, 1 with one or for input with errors (without --accept-errors), 2 for
// usage errors and input that cannot be read.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include "tests/support/testfiles.h"

namespace {

QString lintFixture(const char *relative)
{
    return ps::test::fixturePath(QStringLiteral("lint/") + QString::fromUtf8(relative));
}

QStringList lintArgs(const char *fixture, const char *format = nullptr)
{
    QStringList args {QStringLiteral("lint"), QStringLiteral("-f"), lintFixture("inventory.yaml"),
        QStringLiteral("-f"), lintFixture(fixture)};
    if (format)
        args << QStringLiteral("-o") << QString::fromUtf8(format);
    return args;
}

} // namespace

class TestCliLint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonContract();
    void errorFinding();
    void jsonEmpty();
    void text();
    void demo();
    void exitCodes_data();
    void exitCodes();
};

void TestCliLint::jsonContract()
{
    const CliRun run = runCli(lintArgs("log-after-verdict/trigger.yaml", "json"));
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // Keys in the documented order.
    static const QRegularExpression object(QStringLiteral(
        "^  \\{\"code\":\"[a-z-]+\",\"severity\":\"(error|warning|info)\",\"message\":\"[^\"]+\","
        "\"file\":\"[^\"]+\",\"line\":[0-9]+,\"column\":[0-9]+,\"path\":\"[^\"]*\","
        "\"related\":\\[(\\{\"file\":\"[^\"]+\",\"line\":[0-9]+,\"column\":[0-9]+,"
        "\"path\":\"[^\"]*\"\\},?)*\\]\\},?$"));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("["));
    QCOMPARE(lines.last(), QStringLiteral("]"));
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        QVERIFY2(object.match(lines[i]).hasMatch(), qPrintable(lines[i]));

    QJsonParseError error;
    const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(findings.size(), 2);
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("log-after-verdict"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("spec.ingress[1]"));
    QCOMPARE(first.value(QStringLiteral("file")).toString(),
        lintFixture("log-after-verdict/trigger.yaml"));
    QVERIFY(first.value(QStringLiteral("line")).toInt() > 0);
    // The rule that decides first: ingress rule 0 of the same policy.
    const QJsonArray related = first.value(QStringLiteral("related")).toArray();
    QCOMPARE(related.size(), 1);
    QCOMPARE(related.first()[QStringLiteral("path")].toString(), QStringLiteral("spec.ingress[0]"));
    QVERIFY(related.first()[QStringLiteral("line")].toInt()
        < first.value(QStringLiteral("line")).toInt());
}

void TestCliLint::errorFinding()
{
    const CliRun run = runCli(lintArgs("end-of-tier-drop/trigger.yaml", "json"));
    QCOMPARE(run.code, 1);
    const QJsonArray findings = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QStringList errors;
    for (const QJsonValue &f : findings) {
        if (f[QStringLiteral("severity")].toString() == u"error")
            errors.append(
                f[QStringLiteral("code")].toString() + u' ' + f[QStringLiteral("path")].toString());
    }
    QCOMPARE(errors,
        QStringList({QStringLiteral("end-of-tier-drop spec.types"),
            QStringLiteral("end-of-tier-drop spec.ingress")}));
    // Each points at the later tier's policy that never sees the traffic.
    for (const QJsonValue &f : findings) {
        if (f[QStringLiteral("code")].toString() == u"end-of-tier-drop")
            QVERIFY(!f[QStringLiteral("related")].toArray().isEmpty());
    }
}

void TestCliLint::jsonEmpty()
{
    const CliRun run = runCli(lintArgs("log-only/near-miss.yaml", "json"));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QStringLiteral("[]\n"));
}

void TestCliLint::text()
{
    const CliRun run = runCli(lintArgs("unused-networkset/trigger.yaml"));
    QCOMPARE(run.code, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(lintFixture("unused-networkset/trigger.yaml") + u':'),
        qPrintable(lines[0]));
    QVERIFY2(
        lines[0].contains(QStringLiteral(": info: NetworkSet shop/legacy ")), qPrintable(lines[0]));
    QVERIFY2(lines[0].endsWith(QStringLiteral(" [metadata.name] (unused-networkset)")),
        qPrintable(lines[0]));
    QCOMPARE(lines.last(), QStringLiteral("lint: 0 error(s), 0 warning(s), 2 info"));
}

void TestCliLint::demo()
{
    const CliRun run = runCli(cliArgs({"lint", "-f", ":/demo"}));
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("lint: 0 error(s), ")), qPrintable(run.out));
}

void TestCliLint::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("err");
    const QString missing = lintFixture("no-such-file.yaml");
    const QString invalid = ps::test::fixturePath(u"cli/invalid/rules.yaml");
    QTest::newRow("warnings only") << lintArgs("log-only/trigger.yaml") << 0 << QString();
    QTest::newRow("error finding") << lintArgs("end-of-tier-drop/trigger.yaml") << 1 << QString();
    QTest::newRow("error finding, json")
        << lintArgs("end-of-tier-drop/trigger.yaml", "json") << 1 << QString();
    QTest::newRow("no flow checks")
        << (lintArgs("end-of-tier-drop/trigger.yaml") << QStringLiteral("--no-flows")) << 0
        << QString();
    QTest::newRow("no -f") << cliArgs({"lint"}) << 2 << QStringLiteral("no input");
    QTest::newRow("bad -o") << lintArgs("log-only/trigger.yaml", "yaml") << 2
                            << QStringLiteral("yaml");
    QTest::newRow("positional") << (lintArgs("log-only/trigger.yaml") << QStringLiteral("x")) << 2
                                << QStringLiteral("unexpected argument 'x'");
    QTest::newRow("unreadable") << QStringList {QStringLiteral("lint"), QStringLiteral("-f"),
        missing} << 2 << QStringLiteral("nothing linted");
    QTest::newRow("unparsable") << QStringList {QStringLiteral("lint"), QStringLiteral("-f"),
        QStringLiteral("-")} << 2
                                << QStringLiteral("nothing linted");
    QTest::newRow("invalid") << QStringList {QStringLiteral("lint"), QStringLiteral("-f"), invalid}
                             << 1 << QStringLiteral("--accept-errors");
    QTest::newRow("invalid accepted") << QStringList {QStringLiteral("lint"), QStringLiteral("-f"),
        invalid, QStringLiteral("--accept-errors")}
                                      << 0 << QStringLiteral("analysing without");
    QTest::newRow("bad version") << (lintArgs("log-only/trigger.yaml")
        << QStringLiteral("--calico-version") << QStringLiteral("2.0"))
                                 << 2 << QStringLiteral("--calico-version");
}

void TestCliLint::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, err);
    const CliRun run = runCli(args, QByteArrayLiteral("kind: [unclosed\n"));
    QVERIFY2(run.code == code, qPrintable(run.err));
    if (!err.isEmpty())
        QVERIFY2(run.err.contains(err), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_cli_lint.moc"
