// The Calico version table: every behaviour, in every release modelled, against what the
// releases of projectcalico/calico do; the names --calico-version accepts; the built-in tiers
// and admin tier names of each release.

#include <QTest>

#include "core/model/builtintier.h"
#include "core/model/calicoversion.h"

using namespace ps;

Q_DECLARE_METATYPE(ps::CalicoVersion)
Q_DECLARE_METATYPE(ps::CalicoBehaviour)

class TestCalicoVersion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void behaviours_data();
    void behaviours();
    void everyBehaviourHasOneRow();
    void names_data();
    void names();
    void builtInTiers_data();
    void builtInTiers();
};

void TestCalicoVersion::behaviours_data()
{
    QTest::addColumn<CalicoBehaviour>("behaviour");
    // has it in 3.28, 3.29, 3.30, 3.31, 3.32
    QTest::addColumn<QString>("releases");
    using B = CalicoBehaviour;
    QTest::newRow("tiers") << B::Tiers << QStringLiteral("-++++");
    QTest::newRow("tier-prefixed names") << B::TierPrefixedPolicyNames << QStringLiteral("-+++-");
    QTest::newRow("staged kinds") << B::StagedKinds << QStringLiteral("--+++");
    QTest::newRow("AdminNetworkPolicy") << B::AdminNetworkPolicy << QStringLiteral("-+++-");
    QTest::newRow("BaselineAdminNetworkPolicy")
        << B::BaselineAdminNetworkPolicy << QStringLiteral("--++-");
    QTest::newRow("ClusterNetworkPolicy") << B::ClusterNetworkPolicy << QStringLiteral("----+");
    QTest::newRow("kube-admin tier names") << B::KubeAdminTierNames << QStringLiteral("----+");
    QTest::newRow("knp.default. names")
        << B::LegacyKubernetesPolicyNames << QStringLiteral("++++-");
    QTest::newRow("admin types from converted rules")
        << B::AdminPolicyTypesFromConvertedRules << QStringLiteral("--+++");
    QTest::newRow("default. prefix in the datastore")
        << B::StoredDefaultTierPrefix << QStringLiteral("++++-");
    QTest::newRow("v3 name annotation in the datastore")
        << B::StoredPolicyNameAnnotation << QStringLiteral("--+++");
    QTest::newRow("default tier label") << B::DefaultTierLabel << QStringLiteral("----+");
    QTest::newRow("egress DSCP") << B::EgressDscp << QStringLiteral("---++");
}

void TestCalicoVersion::behaviours()
{
    QFETCH(CalicoBehaviour, behaviour);
    QFETCH(QString, releases);
    const CalicoVersion versions[] = {CalicoVersion::V3_28, CalicoVersion::V3_29,
        CalicoVersion::V3_30, CalicoVersion::V3_31, CalicoVersion::V3_32};
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(calicoHas(versions[i], behaviour) == (releases[i] == u'+'),
            qPrintable(calicoVersionName(versions[i])));
    }
}

void TestCalicoVersion::everyBehaviourHasOneRow()
{
    const auto table = calicoVersionTable();
    for (int b = 0; b <= int(CalicoBehaviour::EgressDscp); ++b) {
        const auto rows = std::count_if(table.begin(), table.end(),
            [b](const CalicoVersionRow &r) { return int(r.behaviour) == b; });
        QCOMPARE(rows, 1);
    }
    for (const CalicoVersionRow &row : table) {
        QVERIFY(!row.until || row.since < *row.until);
        // Each row names the release that changed the behaviour.
        const QString changed = calicoVersionName(
            row.since == CalicoVersion::V3_28 && row.until ? *row.until : row.since);
        QVERIFY2(QString::fromUtf8(row.change).contains(changed), row.change);
    }
}

void TestCalicoVersion::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("version"); // -1: refused
    QTest::newRow("3.28") << QStringLiteral("3.28") << int(CalicoVersion::V3_28);
    QTest::newRow("v3.29") << QStringLiteral("v3.29") << int(CalicoVersion::V3_29);
    QTest::newRow("patch release") << QStringLiteral("3.30.2") << int(CalicoVersion::V3_30);
    QTest::newRow("3.31") << QStringLiteral(" 3.31 ") << int(CalicoVersion::V3_31);
    QTest::newRow("3.32") << QStringLiteral("3.32") << int(CalicoVersion::V3_32);
    QTest::newRow("too old") << QStringLiteral("3.27") << -1;
    QTest::newRow("too new") << QStringLiteral("3.33") << -1;
    QTest::newRow("major only") << QStringLiteral("3") << -1;
    QTest::newRow("bad patch") << QStringLiteral("3.30.x") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestCalicoVersion::names()
{
    QFETCH(QString, text);
    QFETCH(int, version);
    const std::optional<CalicoVersion> parsed = calicoVersionFromName(text);
    QCOMPARE(parsed ? int(*parsed) : -1, version);
    if (parsed)
        QCOMPARE(calicoVersionFromName(calicoVersionName(*parsed)), parsed);
    QCOMPARE(calicoVersionNames(),
        QStringList({QStringLiteral("3.28"), QStringLiteral("3.29"), QStringLiteral("3.30"),
            QStringLiteral("3.31"), QStringLiteral("3.32")}));
    QCOMPARE(kNewestCalicoVersion, CalicoVersion::V3_32);
}

void TestCalicoVersion::builtInTiers_data()
{
    QTest::addColumn<CalicoVersion>("version");
    QTest::addColumn<QString>("tiers"); // name:order:action in evaluation order
    QTest::addColumn<QString>("admin");
    QTest::addColumn<QString>("baseline");
    QTest::newRow("3.28") << CalicoVersion::V3_28 << QStringLiteral("default:1e+06:Deny")
                          << QStringLiteral("adminnetworkpolicy")
                          << QStringLiteral("baselineadminnetworkpolicy");
    QTest::newRow("3.29") << CalicoVersion::V3_29
                          << QStringLiteral("adminnetworkpolicy:1000:Pass default:1e+06:Deny")
                          << QStringLiteral("adminnetworkpolicy")
                          << QStringLiteral("baselineadminnetworkpolicy");
    QTest::newRow("3.31") << CalicoVersion::V3_31
                          << QStringLiteral("adminnetworkpolicy:1000:Pass default:1e+06:Deny "
                                            "baselineadminnetworkpolicy:1e+07:Pass")
                          << QStringLiteral("adminnetworkpolicy")
                          << QStringLiteral("baselineadminnetworkpolicy");
    QTest::newRow("3.32") << CalicoVersion::V3_32
                          << QStringLiteral(
                                 "kube-admin:1000:Pass default:1e+06:Deny kube-baseline:1e+07:Pass")
                          << QStringLiteral("kube-admin") << QStringLiteral("kube-baseline");
}

void TestCalicoVersion::builtInTiers()
{
    QFETCH(CalicoVersion, version);
    QFETCH(QString, tiers);
    QFETCH(QString, admin);
    QFETCH(QString, baseline);
    QStringList got;
    for (const BuiltInTier &t : ps::builtInTiers(version)) {
        got << QStringLiteral("%1:%2:%3").arg(t.nameText()).arg(t.order).arg(t.defaultActionText());
        QCOMPARE(builtInTier(t.nameText(), version), &t);
    }
    QCOMPARE(got.join(u' '), tiers);
    QCOMPARE(adminTierName(version), admin);
    QCOMPARE(baselineTierName(version), baseline);
    QVERIFY(builtInTierNames(version).contains(QStringLiteral("default")));
}

QTEST_APPLESS_MAIN(TestCalicoVersion)
#include "tst_calicoversion.moc"
