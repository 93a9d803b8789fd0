// Validation by Calico release: kinds a release does not understand, tiers before 3.29, the
// "<tier>.<name>" policy names of 3.29 to 3.31 and, from 3.31, the DSCP annotation of pods and
// host endpoints, each as a positioned error on the field.

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/loader.h"
#include "core/io/workspacesettings.h"
#include "tests/support/testfiles.h"
#include "core/validate/validator.h"

using namespace ps;

Q_DECLARE_METATYPE(ps::CalicoVersion)

namespace {

const QString kFile = QStringLiteral("v.yaml");

Diagnostics validated(const QString &yaml, CalicoVersion version)
{
    const LoadResult loaded = Loader().loadText(yaml.toUtf8(), kFile);
    const Workspace workspace
        = loaded.workspace.edited([version](WorkspaceData &d) { d.calicoVersion = version; });
    return Validator().validate(workspace);
}

QString policy(const char *kind, const char *name, const char *tier)
{
    QString spec = QStringLiteral("spec:\n  selector: all()\n");
    if (tier[0] != 0)
        spec += QStringLiteral("  tier: %1\n").arg(QString::fromUtf8(tier));
    return QStringLiteral("apiVersion: projectcalico.org/v3\nkind: %1\nmetadata:\n  name: %2\n")
               .arg(QString::fromUtf8(kind), QString::fromUtf8(name))
        + spec;
}

// A pod (or host endpoint) with a qos.projectcalico.org/dscp annotation on line 7.
QString annotated(const char *value, bool hostNetwork = false)
{
    return QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: prod\n"
                          "  annotations:\n    qos.projectcalico.org/dscp: \"%1\"\nspec:\n"
                          "  nodeName: n1\n  hostNetwork: %2\n  containers: [{name: c, image: x}]\n"
                          "status:\n  podIP: 10.0.0.5\n")
        .arg(QString::fromUtf8(value),
            hostNetwork ? QStringLiteral("true") : QStringLiteral("false"));
}

QString annotatedHostEndpoint(const char *value)
{
    return QStringLiteral("apiVersion: projectcalico.org/v3\nkind: HostEndpoint\nmetadata:\n"
                          "  name: eth0\n  labels: {role: node}\n  annotations:\n"
                          "    qos.projectcalico.org/dscp: \"%1\"\nspec:\n  node: n1\n"
                          "  interfaceName: eth0\n  expectedIPs: [192.0.2.10]\n")
        .arg(QString::fromUtf8(value));
}

const char *kTier = "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: security\n"
                    "spec:\n  order: 100\n---\n";

} // namespace

class TestVersionRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void settings_data();
    void settings();
    void folderSetting();
};

void TestVersionRules::rules_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<CalicoVersion>("version");
    QTest::addColumn<QString>("path"); // empty: no diagnostic at all
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("line");

    const QString staged = policy("StagedGlobalNetworkPolicy", "s", "");
    QTest::newRow("staged in 3.29") << staged << CalicoVersion::V3_29 << QStringLiteral("kind")
                                    << QStringLiteral("Calico 3.29 does not understand "
                                                      "StagedGlobalNetworkPolicy (it arrived in "
                                                      "Calico 3.30)")
                                    << 2;
    QTest::newRow("staged in 3.30")
        << staged << CalicoVersion::V3_30 << QString() << QString() << 0;
    const QString tier = QString::fromUtf8(kTier) + policy("GlobalNetworkPolicy", "p", "security");
    QTest::newRow("tier in 3.28") << tier << CalicoVersion::V3_28 << QStringLiteral("kind")
                                  << QStringLiteral("does not understand Tier") << 2;
    QTest::newRow("tiered policy in 3.28")
        << policy("GlobalNetworkPolicy", "security.p", "security") << CalicoVersion::V3_28
        << QStringLiteral("spec.tier") << QStringLiteral("Calico 3.28 has no tiers") << 7;
    QTest::newRow("unprefixed name in 3.31")
        << tier << CalicoVersion::V3_31 << QStringLiteral("metadata.name")
        << QStringLiteral("to start with \"security.\"") << 11;
    QTest::newRow("unprefixed name in 3.29")
        << tier << CalicoVersion::V3_29 << QStringLiteral("metadata.name")
        << QStringLiteral("Calico 3.29 requires") << 11;
    QTest::newRow("unprefixed name in 3.32")
        << tier << CalicoVersion::V3_32 << QString() << QString() << 0;
    QTest::newRow("prefixed name in 3.31")
        << QString::fromUtf8(kTier) + policy("GlobalNetworkPolicy", "security.p", "security")
        << CalicoVersion::V3_31 << QString() << QString() << 0;
    QTest::newRow("default tier without prefix in 3.31")
        << policy("GlobalNetworkPolicy", "p", "") << CalicoVersion::V3_31 << QString() << QString()
        << 0;
    QTest::newRow("kube-admin tier before 3.32")
        << policy("GlobalNetworkPolicy", "kube-admin.p", "kube-admin") << CalicoVersion::V3_31
        << QStringLiteral("spec.tier") << QStringLiteral("tier \"kube-admin\" does not exist") << 7;
    QTest::newRow("adminnetworkpolicy tier in 3.31")
        << policy("GlobalNetworkPolicy", "adminnetworkpolicy.p", "adminnetworkpolicy")
        << CalicoVersion::V3_31 << QString() << QString() << 0;
    QTest::newRow("staged kubernetes policy in 3.29")
        << QStringLiteral("apiVersion: projectcalico.org/v3\nkind: StagedKubernetesNetworkPolicy\n"
                          "metadata:\n  name: k\n  namespace: prod\nspec:\n  podSelector: {}\n")
        << CalicoVersion::V3_29 << QStringLiteral("kind")
        << QStringLiteral("does not understand StagedKubernetesNetworkPolicy") << 2;

    // The DSCP annotation: read from 3.31, refused as Calico refuses it.
    const QString dscpPath = QStringLiteral("metadata.annotations.qos.projectcalico.org/dscp");
    QTest::newRow("DSCP 64 in 3.32") << annotated("64") << CalicoVersion::V3_32 << dscpPath
                                     << QStringLiteral("DSCP value 64 is out of range (0-63)") << 7;
    QTest::newRow("DSCP class AF99 in 3.31")
        << annotated("AF99") << CalicoVersion::V3_31 << dscpPath
        << QStringLiteral("invalid DSCP value \"AF99\"") << 7;
    QTest::newRow("DSCP 64 in 3.30 (not read)")
        << annotated("64") << CalicoVersion::V3_30 << QString() << QString() << 0;
    QTest::newRow("DSCP af11 in 3.32")
        << annotated("af11") << CalicoVersion::V3_32 << QString() << QString() << 0;
    QTest::newRow("DSCP 63 in 3.31")
        << annotated("63") << CalicoVersion::V3_31 << QString() << QString() << 0;
    QTest::newRow("DSCP of a host-network pod (not an endpoint)")
        << annotated("64", true) << CalicoVersion::V3_32 << QString() << QString() << 0;
    QTest::newRow("DSCP of a host endpoint")
        << annotatedHostEndpoint("-3") << CalicoVersion::V3_32 << dscpPath
        << QStringLiteral("invalid DSCP value \"-3\"") << 7;
}

void TestVersionRules::rules()
{
    QFETCH(QString, yaml);
    QFETCH(CalicoVersion, version);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(int, line);
    const Diagnostics found = validated(yaml, version);
    if (path.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).toString()));
        return;
    }
    for (const Diagnostic &d : found) {
        if (d.path == path && d.message.contains(fragment)) {
            QCOMPARE(d.severity, Severity::Error);
            QCOMPARE(d.file, kFile);
            QCOMPARE(d.line, line);
            QVERIFY(d.column > 0);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no error at %1 containing \"%2\"; got: %3")
                         .arg(path, fragment, found.value(0).toString())));
}

void TestVersionRules::settings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("version"); // -1: not set
    QTest::addColumn<QString>("problem"); // "line:column:severity:fragment", or empty
    QTest::newRow("set") << QByteArray("# comment\ncalico-version = 3.29\n")
                         << int(CalicoVersion::V3_29) << QString();
    QTest::newRow("no spaces") << QByteArray("calico-version=v3.30.4") << int(CalicoVersion::V3_30)
                               << QString();
    QTest::newRow("empty") << QByteArray() << -1 << QString();
    QTest::newRow("bad version") << QByteArray("\n  calico-version = 4.0\n") << -1
                                 << QStringLiteral("2:20:error:must be one of 3.28");
    QTest::newRow("not key = value")
        << QByteArray("calico-version 3.31\n") << -1 << QStringLiteral("1:1:error:expected");
    QTest::newRow("unknown key") << QByteArray("colour = blue\ncalico-version = 3.28\n")
                                 << int(CalicoVersion::V3_28)
                                 << QStringLiteral("1:1:warning:unknown setting \"colour\"");
}

void TestVersionRules::settings()
{
    QFETCH(QByteArray, text);
    QFETCH(int, version);
    QFETCH(QString, problem);
    Diagnostics diagnostics;
    const WorkspaceSettings s
        = parseWorkspaceSettings(text, QStringLiteral(".policy-studio"), diagnostics);
    QCOMPARE(s.calicoVersion ? int(*s.calicoVersion) : -1, version);
    if (problem.isEmpty()) {
        QVERIFY(diagnostics.isEmpty());
        return;
    }
    QCOMPARE(diagnostics.size(), 1);
    const QStringList parts = problem.split(u':');
    QCOMPARE(diagnostics[0].file, QStringLiteral(".policy-studio"));
    QCOMPARE(diagnostics[0].line, parts[0].toInt());
    QCOMPARE(diagnostics[0].column, parts[1].toInt());
    QCOMPARE(severityName(diagnostics[0].severity), parts[2]);
    QVERIFY2(diagnostics[0].message.contains(parts[3]), qPrintable(diagnostics[0].message));
}

void TestVersionRules::folderSetting()
{
    // The admin-tier scenario for 3.31 keeps its release in .policy-studio.
    const QString dir = test::fixturePath(u"eval/admin-tiers-anp/workspace");
    const LoadResult loaded = Loader().loadPaths({dir});
    QVERIFY(!hasErrors(loaded.diagnostics));
    QCOMPARE(loaded.workspace->calicoVersion, CalicoVersion::V3_31);
    // A folder without one: the newest release.
    const LoadResult plain
        = Loader().loadPaths({test::fixturePath(u"eval/admin-tiers-cnp/workspace")});
    QCOMPARE(plain.workspace->calicoVersion, kNewestCalicoVersion);

    // Written back, the other lines stay.
    QTemporaryDir tmp;
    QFile file(workspaceSettingsFile(tmp.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# keep me\ncalico-version = 3.28\n");
    file.close();
    QVERIFY(writeWorkspaceSettings(tmp.path(), {CalicoVersion::V3_30}).ok());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("# keep me\ncalico-version = 3.30\n"));
}

QTEST_APPLESS_MAIN(TestVersionRules)
#include "tst_versionrules.moc"
