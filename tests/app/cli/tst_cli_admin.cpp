// policyctl and the admin tiers: --calico-version (and the workspace folder's setting it
// overrides), convert printing the Calico policy each AdminNetworkPolicy,
// BaselineAdminNetworkPolicy and ClusterNetworkPolicy becomes (golden files), and trace through
// the admin tiers of 3.31 and 3.32.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/support/golden.h"
#include "tests/support/testfiles.h"
#include "clirunner.h"

namespace {

QString scenario(const char *name)
{
    return ps::test::fixturePath(
        QStringLiteral("eval/") + QString::fromUtf8(name) + QStringLiteral("/workspace"));
}

QString golden(const char *name)
{
    return ps::test::fixturePath(QStringLiteral("cli/admin/") + QString::fromUtf8(name));
}

// The steps of one direction of a JSON trace as "tier policy action" lines.
QStringList steps(const QString &json, const char *direction)
{
    const QJsonObject trace = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList out;
    const QJsonArray all
        = trace.value(QLatin1StringView(direction)).toObject().value(u"steps").toArray();
    for (const QJsonValue &v : all) {
        const QJsonObject s = v.toObject();
        out << s.value(u"tier").toString() + u' ' + s.value(u"policy").toString() + u' '
                + s.value(u"action").toString();
    }
    return out;
}

} // namespace

class TestCliAdmin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void convert_data();
    void convert();
    void trace_data();
    void trace();
    void badVersion();
    void versionRefusesStagedKinds();
};

void TestCliAdmin::convert_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("warning");
    QTest::newRow("3.32 ClusterNetworkPolicy")
        << scenario("admin-tiers-cnp") << QStringList() << golden("convert-cnp-3.32.yaml")
        << QStringLiteral("Calico 3.32 does not enforce AdminNetworkPolicy");
    QTest::newRow("3.31 from the folder setting")
        << scenario("admin-tiers-anp") << QStringList() << golden("convert-anp-3.31.yaml")
        << QStringLiteral("Calico 3.31 does not enforce ClusterNetworkPolicy");
    QTest::newRow("3.29 by --calico-version")
        << scenario("admin-tiers-anp")
        << QStringList {QStringLiteral("--calico-version"), QStringLiteral("3.29")}
        << golden("convert-anp-3.29.yaml")
        << QStringLiteral("Calico 3.29 does not enforce BaselineAdminNetworkPolicy");
}

void TestCliAdmin::convert()
{
    QFETCH(QString, workspace);
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    QFETCH(QString, warning);
    const CliRun run
        = runCli(QStringList {QStringLiteral("convert"), QStringLiteral("-f"), workspace} + extra);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(warning), qPrintable(run.err));
    PS_COMPARE_GOLDEN(run.out, expected);
}

void TestCliAdmin::trace_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("ingress");

    const QString cnp = scenario("admin-tiers-cnp");
    const QString anp = scenario("admin-tiers-anp");
    QTest::newRow("3.32 admin deny before the user's tier")
        << cnp << QStringList() << QStringLiteral("dev/app-0") << QStringLiteral("prod/web-0") << 80
        << QStringLiteral("deny")
        << QStringList {QStringLiteral("kube-admin deny-dev-to-prod deny")};
    QTest::newRow("3.32 pass into the default tier")
        << cnp << QStringList() << QStringLiteral("prod/web-0") << QStringLiteral("prod/db-0")
        << 5432 << QStringLiteral("allow")
        << QStringList {QStringLiteral("kube-admin pass-db pass"),
               QStringLiteral("default prod/db-allow allow")};
    QTest::newRow("3.32 baseline after the default tier")
        << cnp << QStringList() << QStringLiteral("ops/mon-0") << QStringLiteral("prod/cache-0")
        << 6379 << QStringLiteral("deny")
        << QStringList {QStringLiteral("kube-admin deny-dev-to-prod end-of-tier-pass"),
               QStringLiteral("kube-baseline baseline-prod deny")};
    QTest::newRow("3.31 admin deny before the user's tier")
        << anp << QStringList() << QStringLiteral("dev/app-0") << QStringLiteral("prod/web-0") << 80
        << QStringLiteral("deny")
        << QStringList {
               QStringLiteral("adminnetworkpolicy kanp.adminnetworkpolicy.deny-dev-to-prod deny")};
    QTest::newRow("3.31 baseline after the default tier")
        << anp << QStringList() << QStringLiteral("ops/mon-0") << QStringLiteral("prod/cache-0")
        << 6379 << QStringLiteral("deny")
        << QStringList {
               QStringLiteral("adminnetworkpolicy kanp.adminnetworkpolicy.deny-dev-to-prod "
                              "end-of-tier-pass"),
               QStringLiteral("baselineadminnetworkpolicy "
                              "kbanp.baselineadminnetworkpolicy.default deny")};
    QTest::newRow("3.29: no baseline tier, the profile allows")
        << anp << QStringList {QStringLiteral("--calico-version"), QStringLiteral("3.29")}
        << QStringLiteral("ops/mon-0") << QStringLiteral("prod/cache-0") << 6379
        << QStringLiteral("allow")
        << QStringList {
               QStringLiteral("adminnetworkpolicy kanp.adminnetworkpolicy.deny-dev-to-prod "
                              "end-of-tier-pass"),
               QStringLiteral(" kns.prod allow")};
}

void TestCliAdmin::trace()
{
    QFETCH(QString, workspace);
    QFETCH(QStringList, extra);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, port);
    QFETCH(QString, verdict);
    QFETCH(QStringList, ingress);
    const CliRun run
        = runCli(QStringList {QStringLiteral("trace"), QStringLiteral("-f"), workspace,
                     QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                     QStringLiteral("--protocol"), QStringLiteral("TCP"), QStringLiteral("--port"),
                     QString::number(port), QStringLiteral("-o"), QStringLiteral("json")}
            + extra);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject trace = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(trace.value(u"verdict").toString(), verdict);
    const QStringList got = steps(run.out, "ingress");
    for (const QString &step : ingress) {
        const bool found = std::any_of(
            got.begin(), got.end(), [&](const QString &s) { return s.startsWith(step); });
        QVERIFY2(found, qPrintable(step + QStringLiteral(" not in:\n") + got.join(u'\n')));
    }
}

void TestCliAdmin::badVersion()
{
    const CliRun run = runCli(cliArgs({"validate", "--calico-version", "3.27", "-f", "-"}));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--calico-version must be one of 3.28, 3.29, 3.30, "
                                             "3.31, 3.32, got '3.27'")),
        qPrintable(run.err));
}

void TestCliAdmin::versionRefusesStagedKinds()
{
    const QByteArray staged = "apiVersion: projectcalico.org/v3\nkind: StagedGlobalNetworkPolicy\n"
                              "metadata: {name: s}\nspec: {selector: all()}\n";
    const CliRun old = runCli(cliArgs({"validate", "--calico-version", "3.29", "-f", "-"}), staged);
    QCOMPARE(old.code, 1);
    QVERIFY2(old.err.contains(QStringLiteral("<stdin>:2:7: error: Calico 3.29 does not understand "
                                             "StagedGlobalNetworkPolicy")),
        qPrintable(old.err));
    const CliRun current
        = runCli(cliArgs({"validate", "--calico-version", "v3.30.1", "-f", "-"}), staged);
    QVERIFY2(current.code == 0, qPrintable(current.err));
}

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cli_admin.moc"
