// The migration to ClusterNetworkPolicy proved (core/eval/adminmigration): a realistic cluster
// whose AdminNetworkPolicies and BaselineAdminNetworkPolicy become ClusterNetworkPolicies that
// Calico 3.32 evaluates exactly as 3.31 evaluated the originals; and the cases that are not
// equivalent, with the flows that differ and the rules that decide them under each release.

#include <QTest>

#include "core/eval/adminmigration.h"
#include "core/io/loader.h"
#include "core/report/migrationreport.h"
#include "core/validate/validator.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

Workspace loadFixture(const char *relative)
{
    const LoadResult loaded = Loader().loadPaths({test::fixturePath(QString::fromUtf8(relative))});
    if (hasErrors(loaded.diagnostics))
        qWarning() << loaded.diagnostics.value(0).toString();
    return loaded.workspace;
}

Verdict verdictOf(const PolicyEngine &engine, const char *from, const char *to, int port)
{
    Flow flow;
    flow.from = QString::fromUtf8(from);
    flow.to = QString::fromUtf8(to);
    flow.port = port;
    const FlowTrace t = engine.trace(flow);
    if (!t.ok())
        qWarning() << t.error;
    return t.verdict;
}

} // namespace

class TestAdminMigration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realisticClusterIsEquivalent();
    void eachVersionItStartsFrom_data();
    void eachVersionItStartsFrom();
    void clusterNetworkPolicyAlreadyThere();
    void notConvertibleStaysAndDiffers();
    void baselineNotEnforcedBy329();
};

void TestAdminMigration::realisticClusterIsEquivalent()
{
    const Workspace w = loadFixture("migrate/shop");
    QCOMPARE(w->calicoVersion, CalicoVersion::V3_31);
    QVERIFY(!hasErrors(Validator().validate(w)));

    const AdminMigration m = migrateAdminPolicies(w, CalicoVersion::V3_31);
    QVERIFY2(m.rewrite.problems.isEmpty(), qPrintable(m.rewrite.problems.value(0).toString()));
    QCOMPARE(m.rewrite.sources, 5);
    QCOMPARE(m.rewrite.rewritten.size(), 5);
    QVERIFY(m.notes.isEmpty());
    QVERIFY2(m.diff.flows.isEmpty(), qPrintable(migrationToText(m)));
    QVERIFY(m.equivalent());
    QCOMPARE(m.endpoints, 7);
    QVERIFY(m.probes >= 5); // 53, 5432, 8080, 8443, 9000, 9100, the named ports, 65000
    QVERIFY2(migrationToText(m).contains(QStringLiteral("equivalent: every probed flow has the "
                                                        "same verdict under Calico 3.31")),
        qPrintable(migrationToText(m)));
    // The diff compared the converted policies (renamed, in other tiers), not two empty sides.
    QVERIFY(!m.diff.policies.isEmpty());

    // Not vacuous: the admin policies decide flows, the same way on both sides.
    const PolicyEngine before(w);
    const PolicyEngine after(m.rewrite.migrated);
    const struct {
        const char *from;
        const char *to;
        int port;
        Verdict verdict;
    } flows[] = {
        {"staging/web-0", "shop/web-0", 8080, Verdict::Deny}, // admin Deny before the user's Allow
        {"monitoring/prometheus-0", "shop/db-0", 9050, Verdict::Allow}, // admin Allow (range)
        {"monitoring/prometheus-0", "shop/db-0", 5432, Verdict::Deny}, // default tier's end
        {"shop/cart-0", "shop/db-0", 5432, Verdict::Allow}, // default tier Allow
        {"monitoring/prometheus-0", "shop/web-0", 9999, Verdict::Deny}, // user Pass, baseline Deny
        {"shop/cart-0", "shop/web-0", 9999, Verdict::Allow}, // user Pass, baseline Allow
        {"shop/cart-0", "payments/pay-0", 8443, Verdict::Allow}, // admin Pass, baseline Allow
        {"shop/web-0", "payments/pay-0", 8443, Verdict::Deny}, // admin Deny
        {"payments/pay-0", "shop/web-0", 8080, Verdict::Deny}, // the nodes rule fails closed
    };
    for (const auto &f : flows) {
        QCOMPARE(verdictOf(before, f.from, f.to, f.port), f.verdict);
        QCOMPARE(verdictOf(after, f.from, f.to, f.port), f.verdict);
    }
}

void TestAdminMigration::eachVersionItStartsFrom_data()
{
    QTest::addColumn<int>("from");
    QTest::newRow("3.30") << int(CalicoVersion::V3_30);
    QTest::newRow("3.31") << int(CalicoVersion::V3_31);
}

void TestAdminMigration::eachVersionItStartsFrom()
{
    QFETCH(int, from);
    const CalicoVersion version = CalicoVersion(from);
    QVERIFY(isMigrationSource(version));
    QCOMPARE(defaultMigrationSource(version), version);
    // A workspace set for a release without AdminNetworkPolicy starts from the last with it.
    QCOMPARE(defaultMigrationSource(CalicoVersion::V3_32), CalicoVersion::V3_31);
    QCOMPARE(defaultMigrationSource(CalicoVersion::V3_28), CalicoVersion::V3_31);
    QVERIFY(!isMigrationSource(CalicoVersion::V3_28));
    QVERIFY(!isMigrationSource(CalicoVersion::V3_32));
    const AdminMigration m = migrateAdminPolicies(loadFixture("migrate/shop"), version);
    QCOMPARE(m.from, version);
    QVERIFY2(m.equivalent(), qPrintable(migrationToText(m)));
}

void TestAdminMigration::clusterNetworkPolicyAlreadyThere()
{
    // admin-tiers-anp holds a ClusterNetworkPolicy that 3.31 ignores: denying all ingress at
    // priority 1, it changes every flow that was allowed, and the proof names it.
    const Workspace w = loadFixture("eval/admin-tiers-anp/workspace");
    const AdminMigration m = migrateAdminPolicies(w, CalicoVersion::V3_31);
    QVERIFY(m.rewrite.problems.isEmpty());
    QCOMPARE(m.rewrite.rewritten.size(), 4);
    QCOMPARE(m.notes.size(), 1);
    QVERIFY2(m.notes[0].message.contains(QStringLiteral(
                 "ClusterNetworkPolicy ignored-by-331 is already in the workspace: Calico 3.31 "
                 "ignores it, Calico 3.32 enforces it")),
        qPrintable(m.notes[0].message));
    QVERIFY(!m.equivalent());
    QVERIFY(!m.diff.flows.isEmpty());
    QCOMPARE(m.flows.size(), m.diff.flows.size());
    // prod/web-0 → prod/db-0 on 5432: passed by pass-db, allowed by the default tier in 3.31;
    // denied by the ClusterNetworkPolicy in 3.32.
    bool found = false;
    for (const MigrationFlowDifference &f : m.flows) {
        QCOMPARE(f.flow.before, Verdict::Allow);
        QCOMPARE(f.flow.after, Verdict::Deny);
        QVERIFY(!f.after.isEmpty());
        QCOMPARE(f.after.constFirst().direction, Direction::Ingress);
        QCOMPARE(f.after.constFirst().step.tier, QStringLiteral("kube-admin"));
        QCOMPARE(f.after.constFirst().step.policy, QStringLiteral("ignored-by-331"));
        QCOMPARE(f.after.constFirst().step.rule, 0);
        QCOMPARE(f.after.constFirst().step.action, QStringLiteral("deny"));
        QVERIFY(f.after.constFirst().rule);
        if (f.flow.from == u"prod/web-0" && f.flow.to == u"prod/db-0" && f.flow.port == 5432) {
            found = true;
            QCOMPARE(f.before.constFirst().step.tier, QStringLiteral("default"));
            QCOMPARE(f.before.constFirst().step.policy, QStringLiteral("prod/db-allow"));
            QCOMPARE(f.before.constFirst().step.action, QStringLiteral("allow"));
        }
    }
    QVERIFY2(found, qPrintable(migrationToText(m)));
    const QString text = migrationToText(m);
    QVERIFY2(text.contains(QStringLiteral("not equivalent: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("flow prod/web-0 -> prod/db-0 TCP/5432: allow under "
                                          "3.31, deny under 3.32")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3.32: tier kube-admin, KubernetesClusterNetworkPolicy "
                                          "ignored-by-331, rule 0: deny (Deny")),
        qPrintable(text));
}

void TestAdminMigration::notConvertibleStaysAndDiffers()
{
    // A named port: 3.31 matches every port with it; the policy cannot be rewritten, stays an
    // AdminNetworkPolicy that 3.32 ignores, and the proof shows what that costs.
    const QByteArray yaml = R"(apiVersion: v1
kind: Namespace
metadata: {name: a, labels: {env: a}}
---
apiVersion: v1
kind: Namespace
metadata: {name: b, labels: {env: b}}
---
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: a}
status: {podIP: 10.1.0.1}
---
apiVersion: v1
kind: Pod
metadata: {name: q, namespace: b}
status: {podIP: 10.1.0.2}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: no-b}
spec:
  priority: 1
  subject: {namespaces: {matchLabels: {env: a}}}
  ingress:
    - action: Deny
      from: [{namespaces: {matchLabels: {env: b}}}]
      ports: [{namedPort: http}]
)";
    LoadResult loaded = Loader().loadText(yaml, QStringLiteral("w.yaml"));
    QVERIFY(!hasErrors(loaded.diagnostics));
    const AdminMigration m = migrateAdminPolicies(loaded.workspace, CalicoVersion::V3_31);
    QCOMPARE(m.rewrite.sources, 1);
    QVERIFY(m.rewrite.rewritten.isEmpty());
    QCOMPARE(m.endpoints, 2);
    QCOMPARE(m.rewrite.problems.size(), 1);
    QCOMPARE(m.rewrite.problems[0].path, QStringLiteral("spec.ingress[0].ports[0].namedPort"));
    QCOMPARE(m.rewrite.migrated->adminPolicies[0].kind, ResourceKind::AdminNetworkPolicy);
    QVERIFY(!m.equivalent());
    QVERIFY(!m.diff.flows.isEmpty());
    for (const MigrationFlowDifference &f : m.flows) {
        QCOMPARE(f.flow.from, QStringLiteral("b/q"));
        QCOMPARE(f.flow.to, QStringLiteral("a/p"));
        QCOMPARE(f.flow.before, Verdict::Deny);
        QCOMPARE(f.flow.after, Verdict::Allow);
        QCOMPARE(f.before.constFirst().step.policy, QStringLiteral("kanp.adminnetworkpolicy.no-b"));
        QCOMPARE(f.before.constFirst().step.action, QStringLiteral("deny"));
    }
    const QString text = migrationToText(m);
    QVERIFY2(text.contains(QStringLiteral("not convertible (kept as they are):\n  w.yaml:")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("not equivalent: 1 policy(ies) cannot be rewritten; ")),
        qPrintable(text));
}

void TestAdminMigration::baselineNotEnforcedBy329()
{
    // Calico 3.29 has no baseline tier: its BaselineAdminNetworkPolicy did nothing, the
    // ClusterNetworkPolicy it becomes does. Not equivalent, and said so.
    const Workspace w = loadFixture("migrate/shop");
    const AdminMigration m = migrateAdminPolicies(w, CalicoVersion::V3_29);
    QVERIFY(m.rewrite.problems.isEmpty());
    QVERIFY(!m.equivalent());
    bool baseline = false;
    for (const MigrationFlowDifference &f : m.flows) {
        for (const MigrationCause &c : f.after)
            baseline = baseline || c.step.tier == u"kube-baseline";
    }
    QVERIFY2(baseline, qPrintable(migrationToText(m)));
}

QTEST_GUILESS_MAIN(TestAdminMigration)
#include "tst_adminmigration.moc"
