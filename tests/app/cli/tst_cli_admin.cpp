// policyctl and the admin tiers: --calico-version (and the workspace folder's setting it
// overrides), convert printing the Calico policy each AdminNetworkPolicy,
// BaselineAdminNetworkPolicy and ClusterNetworkPolicy becomes (golden files), and trace through
// the admin tiers of 3.31 and 3.32, and the migration to ClusterNetworkPolicy (convert --to
// clusternetworkpolicy): the rewritten workspace, its proof and the exit codes.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/io/loader.h"
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
    void migrate();
    void migrateListItem();
    void migrateCheck_data();
    void migrateCheck();
    void migrateCheckJson();
    void migrateNotConvertible();
    void migrateUsage_data();
    void migrateUsage();
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

void TestCliAdmin::migrate()
{
    // The shop cluster: every document copied as written but the AdminNetworkPolicies and the
    // BaselineAdminNetworkPolicy, each replaced in its place by its ClusterNetworkPolicy; the
    // proof on stderr.
    const QString shop = ps::test::fixturePath(QStringLiteral("migrate/shop"));
    const CliRun run = runCli(QStringList {QStringLiteral("convert"), QStringLiteral("--to"),
        QStringLiteral("clusternetworkpolicy"), QStringLiteral("-f"), shop});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Calico 3.31 -> 3.32: 5 of 5 AdminNetworkPolicies and "
                                             "BaselineAdminNetworkPolicies rewritten")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("  BaselineAdminNetworkPolicy default -> "
                                             "ClusterNetworkPolicy default (tier Baseline, "
                                             "priority 1000)")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("equivalent: every probed flow has the same verdict "
                                             "under Calico 3.31 (before) and 3.32 (after)")),
        qPrintable(run.err));
    PS_COMPARE_GOLDEN(run.out, golden("migrate-shop.yaml"));

    // What is not an admin policy is there byte for byte; the output reads back as the
    // migrated workspace.
    const QString cluster = ps::test::readText(shop + QStringLiteral("/cluster.yaml"));
    QVERIFY(!cluster.isEmpty());
    QVERIFY(run.out.contains(cluster.mid(cluster.indexOf(QStringLiteral("apiVersion: v1")))));
    const ps::LoadResult back = ps::Loader().loadText(run.out.toUtf8(), QStringLiteral("out.yaml"));
    QVERIFY2(!ps::hasErrors(back.diagnostics), qPrintable(back.diagnostics.value(0).toString()));
    QCOMPARE(back.workspace->adminPolicies.size(), 5);
    for (const ps::AdminPolicy &p : back.workspace->adminPolicies)
        QCOMPARE(p.kind, ps::ResourceKind::ClusterNetworkPolicy);
    QCOMPARE(back.workspace->pods.size(), 7);
    QCOMPARE(back.workspace->kubernetesPolicies.size(), 1);

    // -o json: every resource in the Writer's form.
    const CliRun json = runCli(QStringList {QStringLiteral("convert"), QStringLiteral("--to"),
        QStringLiteral("clusternetworkpolicy"), QStringLiteral("-f"), shop, QStringLiteral("-o"),
        QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const ps::LoadResult fromJson
        = ps::Loader().loadText(json.out.toUtf8(), QStringLiteral("out.json"));
    QVERIFY(!ps::hasErrors(fromJson.diagnostics));
    QCOMPARE(fromJson.workspace->adminPolicies.size(), 5);
}

void TestCliAdmin::migrateListItem()
{
    // An admin policy inside a List: rewritten in its place, its comment and the other items
    // as written.
    const QByteArray list = "apiVersion: v1\nkind: List\nitems:\n"
                            "  - {apiVersion: v1, kind: Namespace, metadata: {name: a}}\n"
                            "  # the admin policy\n"
                            "  - apiVersion: policy.networking.k8s.io/v1alpha1\n"
                            "    kind: AdminNetworkPolicy\n"
                            "    metadata: {name: x}\n"
                            "    spec:\n"
                            "      priority: 3\n"
                            "      subject: {namespaces: {}}\n"
                            "      ingress:\n"
                            "        - action: Allow\n"
                            "          from: [{namespaces: {}}]\n"
                            "  - {apiVersion: v1, kind: Pod, metadata: {name: p, namespace: a}}\n";
    const CliRun run = runCli(
        cliArgs({"convert", "--to", "clusternetworkpolicy", "--calico-version", "3.30", "-f", "-"}),
        list);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(run.out,
        QStringLiteral("apiVersion: v1\nkind: List\nitems:\n"
                       "  - {apiVersion: v1, kind: Namespace, metadata: {name: a}}\n"
                       "  # the admin policy\n"
                       "  - apiVersion: policy.networking.k8s.io/v1alpha2\n"
                       "    kind: ClusterNetworkPolicy\n"
                       "    metadata: {name: x}\n"
                       "    spec:\n"
                       "      tier: Admin\n"
                       "      priority: 3\n"
                       "      subject: {namespaces: {}}\n"
                       "      ingress:\n"
                       "        - action: Accept\n"
                       "          from: [{namespaces: {}}]\n"
                       "  - {apiVersion: v1, kind: Pod, metadata: {name: p, namespace: a}}\n"));
    QVERIFY2(run.err.contains(QStringLiteral("Calico 3.30 -> 3.32: 1 of 1")), qPrintable(run.err));
}

void TestCliAdmin::migrateCheck_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("equivalent") << ps::test::fixturePath(QStringLiteral("migrate/shop"))
                                << QStringList() << 0
                                << QStringList {QStringLiteral(
                                       "equivalent: every probed flow has the same verdict under "
                                       "Calico 3.31 (before) and 3.32 (after) (7 endpoints, 8 "
                                       "probes per pair)\n")};
    QTest::newRow("a ClusterNetworkPolicy 3.31 ignores")
        << scenario("admin-tiers-anp") << QStringList() << 1
        << QStringList {QStringLiteral("warning: ClusterNetworkPolicy ignored-by-331 is already "
                                       "in the workspace"),
               QStringLiteral("not equivalent: "),
               // The probes of one pair that change the same way for the same reason: one entry.
               QStringLiteral("flow prod/web-0 -> dev/app-0 TCP/80, TCP/5432, TCP/5433, TCP/9090, "
                              "TCP/65000: allow under 3.31, deny under 3.32 (1 endpoint pairs)\n"
                              "  ingress at dev/app-0\n"
                              "    3.31: Profile kns.dev, rule 0: allow\n"),
               QStringLiteral("flow prod/web-0 -> prod/db-0 TCP/5432: allow under 3.31, deny "
                              "under 3.32"),
               QStringLiteral("  ingress at prod/db-0\n"
                              "    3.31: tier default, NetworkPolicy prod/db-allow, rule 0: "
                              "allow (Allow TCP"),
               QStringLiteral("    3.32: tier kube-admin, KubernetesClusterNetworkPolicy "
                              "ignored-by-331, "
                              "rule 0: deny (Deny")};
    QTest::newRow("no endpoints: nothing proved")
        << ps::test::fixturePath(QStringLiteral("migrate/shop/admin.yaml")) << QStringList() << 1
        << QStringList {QStringLiteral("5 of 5 AdminNetworkPolicies"),
               QStringLiteral("not proved: the workspace has no endpoints to probe flows between "
                              "(add its namespaces and pods)\n")};
    QTest::newRow("from 3.29: the baseline was not enforced")
        << ps::test::fixturePath(QStringLiteral("migrate/shop"))
        << QStringList {QStringLiteral("--calico-version"), QStringLiteral("3.29")} << 1
        << QStringList {QStringLiteral("Calico 3.29 -> 3.32"),
               QStringLiteral("3.32: tier kube-baseline, KubernetesClusterNetworkPolicy default, "
                              "rule 1 "
                              "\"default-deny\": deny")};
}

void TestCliAdmin::migrateCheck()
{
    QFETCH(QString, workspace);
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QStringList, expected);
    const CliRun run = runCli(QStringList {QStringLiteral("convert"), QStringLiteral("--to"),
                                  QStringLiteral("clusternetworkpolicy"), QStringLiteral("--check"),
                                  QStringLiteral("-f"), workspace}
        + extra);
    QVERIFY2(run.code == code, qPrintable(run.err + run.out));
    // --check prints the proof, not the resources.
    QVERIFY2(!run.out.contains(QStringLiteral("apiVersion:")), qPrintable(run.out));
    for (const QString &line : expected)
        QVERIFY2(run.out.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + run.out));
}

void TestCliAdmin::migrateCheckJson()
{
    const CliRun run = runCli(QStringList {QStringLiteral("convert"), QStringLiteral("--to"),
        QStringLiteral("clusternetworkpolicy"), QStringLiteral("--check"), QStringLiteral("-o"),
        QStringLiteral("json"), QStringLiteral("-f"), scenario("admin-tiers-anp")});
    QCOMPARE(run.code, 1);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(report.value(u"from").toString(), QStringLiteral("3.31"));
    QCOMPARE(report.value(u"to").toString(), QStringLiteral("3.32"));
    QCOMPARE(report.value(u"equivalent").toBool(true), false);
    QCOMPARE(report.value(u"migrated").toArray().size(), 4);
    QCOMPARE(report.value(u"notConvertible").toArray().size(), 0);
    QCOMPARE(report.value(u"notes").toArray().size(), 1);
    const QJsonArray flows = report.value(u"flows").toArray();
    QVERIFY(!flows.isEmpty());
    const QJsonObject first = flows.first().toObject();
    QCOMPARE(first.value(u"before").toString(), QStringLiteral("allow"));
    QCOMPARE(first.value(u"after").toString(), QStringLiteral("deny"));
    const QJsonObject cause = first.value(u"causes").toArray().first().toObject();
    QCOMPARE(cause.value(u"direction").toString(), QStringLiteral("ingress"));
    QCOMPARE(cause.value(u"after").toObject().value(u"policy").toString(),
        QStringLiteral("ignored-by-331"));
    QCOMPARE(
        cause.value(u"after").toObject().value(u"tier").toString(), QStringLiteral("kube-admin"));
}

void TestCliAdmin::migrateNotConvertible()
{
    // A named port: reported with its file, line and field, the policy left as it was, exit 1.
    const QByteArray anp = "apiVersion: policy.networking.k8s.io/v1alpha1\n"
                           "kind: AdminNetworkPolicy\nmetadata: {name: web}\nspec:\n"
                           "  priority: 3\n  subject: {namespaces: {}}\n"
                           "  ingress:\n    - action: Allow\n      from: [{namespaces: {}}]\n"
                           "      ports: [{namedPort: http}]\n";
    const CliRun run = runCli(
        cliArgs({"convert", "--to", "clusternetworkpolicy", "--calico-version", "3.31", "-f", "-"}),
        anp);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral(
                 "<stdin>:10:27: error: AdminNetworkPolicy web cannot be rewritten as a "
                 "ClusterNetworkPolicy: named port \"http\"")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("not equivalent: 1 policy(ies) cannot be rewritten")),
        qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("kind: AdminNetworkPolicy")), qPrintable(run.out));
}

void TestCliAdmin::migrateUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    const QByteArray empty;
    QTest::newRow("unknown target")
        << cliArgs({"convert", "--to", "networkpolicy", "-f", "-"}) << empty
        << QStringLiteral("--to must be clusternetworkpolicy, got 'networkpolicy'");
    QTest::newRow("--check alone") << cliArgs({"convert", "--check", "-f", "-"}) << empty
                                   << QStringLiteral("--check needs --to clusternetworkpolicy");
    QTest::newRow("--legacy-names")
        << cliArgs({"convert", "--to", "clusternetworkpolicy", "--legacy-names", "-f", "-"})
        << empty << QStringLiteral("--legacy-names cannot be combined with --to");
    QTest::newRow("from 3.32")
        << cliArgs(
               {"convert", "--to", "clusternetworkpolicy", "--calico-version", "3.32", "-f", "-"})
        << empty
        << QStringLiteral("--calico-version with --to names the release the cluster runs now");
    QTest::newRow("input with errors")
        << cliArgs({"convert", "--to", "clusternetworkpolicy", "-f", "-"})
        << QByteArray("apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\n"
                      "metadata: {name: x}\nspec: {subject: {namespaces: {}}}\n")
        << QStringLiteral("priority is required");
    QTest::newRow("a field the API does not have")
        << cliArgs({"convert", "--to", "clusternetworkpolicy", "-f", "-"})
        << QByteArray("apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\n"
                      "metadata: {name: x}\nspec:\n  priority: 1\n"
                      "  subject: {namespaces: {sameLabels: [team]}}\n")
        << QStringLiteral("sameLabels");
}

void TestCliAdmin::migrateUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments, input);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cli_admin.moc"
