// AdminNetworkPolicy and BaselineAdminNetworkPolicy rewritten as ClusterNetworkPolicy
// (core/kube/adminmigrate): every field (priority, subject, each peer kind, ports with and
// without protocol and ranges, each action), the BaselineAdminNetworkPolicy as tier Baseline,
// the written YAML read back, and what cannot be rewritten (named ports, too many rules, text
// that was not kept, names taken).

#include <QTest>

#include "core/io/loader.h"
#include "core/io/writer.h"
#include "core/kube/adminmigrate.h"
#include "core/validate/validator.h"

using namespace ps;

namespace {

Workspace load(const QByteArray &yaml, bool strict = true)
{
    const LoadResult loaded = Loader().loadText(yaml, QStringLiteral("a.yaml"));
    if (strict && hasErrors(loaded.diagnostics))
        qWarning() << loaded.diagnostics.value(0).toString();
    return loaded.workspace;
}

AdminPolicy readOne(const QByteArray &yaml)
{
    const Workspace w = load(yaml);
    return w->adminPolicies.value(0);
}

const QByteArray kAnp = R"(apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: a
  labels: {owner: platform}
  annotations: {note: kept, kubectl.kubernetes.io/last-applied-configuration: "{}"}
  uid: 1234
  resourceVersion: "77"
spec:
  priority: 42
  subject:
    pods:
      namespaceSelector: {matchLabels: {env: prod}}
      podSelector: {matchExpressions: [{key: app, operator: In, values: [web, api]}]}
  ingress:
    - name: from-ops
      action: Allow
      from:
        - namespaces: {matchLabels: {team: ops}}
        - pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: mon}}}
      ports:
        - portNumber: {port: 81}
        - portNumber: {protocol: UDP, port: 53}
        - portRange: {protocol: SCTP, start: 82, end: 90}
        - portRange: {start: 100, end: 200}
    - action: Pass
      from:
        - namespaces: {}
  egress:
    - name: no-meta
      action: Deny
      to:
        - networks: [169.254.169.254/32, 10.0.0.0/8]
        - nodes: {matchLabels: {role: master}}
)";

const QByteArray kBanp = R"(apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec:
  subject:
    namespaces: {matchLabels: {env: prod}}
  ingress:
    - action: Allow
      from:
        - namespaces: {matchLabels: {team: shop}}
    - action: Deny
      from:
        - namespaces: {}
)";

AdminPort port(const char *protocol, std::optional<int> number, std::optional<int> start = {},
    std::optional<int> end = {})
{
    AdminPort p;
    p.protocol = QString::fromLatin1(protocol);
    p.port = number;
    p.start = start;
    p.end = end;
    return p;
}

} // namespace

class TestAdminMigrate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adminNetworkPolicyField();
    void baselineAdminNetworkPolicy();
    void writtenAndReadBack();
    void notConvertible_data();
    void notConvertible();
    void workspace();
    void nameTaken();
};

void TestAdminMigrate::adminNetworkPolicyField()
{
    const AdminPolicy anp = readOne(kAnp);
    const AdminPolicyMigration m = migrateAdminPolicy(anp);
    QVERIFY2(m.problems.isEmpty(), qPrintable(m.problems.value(0).toString()));
    QVERIFY(m.clusterPolicy);
    const AdminPolicy &c = *m.clusterPolicy;
    QCOMPARE(c.kind, ResourceKind::ClusterNetworkPolicy);
    // Name, labels and annotations kept; the identity of the old object and kubectl's record of
    // it are not.
    QCOMPARE(c.meta.name, QStringLiteral("a"));
    QCOMPARE(c.meta.labels.value(QStringLiteral("owner")), QStringLiteral("platform"));
    QCOMPARE(c.meta.annotations.value(QStringLiteral("note")), QStringLiteral("kept"));
    QVERIFY(!c.meta.annotations.contains(
        QStringLiteral("kubectl.kubernetes.io/last-applied-configuration")));
    QVERIFY(c.meta.uid.isEmpty());
    QVERIFY(c.meta.resourceVersion.isEmpty());
    QCOMPARE(c.source.id, anp.source.id);
    // Tier and priority.
    QCOMPARE(c.tier, QStringLiteral("Admin"));
    QCOMPARE(c.priority, std::optional<int>(42));
    // Subject pods: both selectors as written.
    QVERIFY(!c.subjectNamespaces);
    QVERIFY(c.subjectPods);
    QCOMPARE(*c.subjectPods, *anp.subjectPods);
    // Actions: Allow → Accept, Pass and Deny as they are.
    QCOMPARE(c.ingress.size(), 2);
    QCOMPARE(c.ingress[0].action, QStringLiteral("Accept"));
    QCOMPARE(c.ingress[1].action, QStringLiteral("Pass"));
    QCOMPARE(c.egress[0].action, QStringLiteral("Deny"));
    QCOMPARE(c.ingress[0].name, QStringLiteral("from-ops"));
    QCOMPARE(c.egress[0].name, QStringLiteral("no-meta"));
    // Peers: namespaces, pods, networks and nodes as written.
    QCOMPARE(c.ingress[0].peers, anp.ingress[0].peers);
    QVERIFY(c.ingress[0].peers[0].namespaces);
    QVERIFY(c.ingress[0].peers[1].pods);
    QCOMPARE(c.ingress[1].peers, anp.ingress[1].peers);
    QCOMPARE(c.egress[0].peers, anp.egress[0].peers);
    QCOMPARE(c.egress[0].peers[0].networks,
        (QStringList {QStringLiteral("169.254.169.254/32"), QStringLiteral("10.0.0.0/8")}));
    QVERIFY(c.egress[0].peers[1].nodes);
    // The nodes peer's selector is kept (the rewrite does not widen it to every node).
    QCOMPARE(c.egress[0].peers[1].nodes->matchLabels.value(QStringLiteral("role")),
        QStringLiteral("master"));
    // Ports under their protocol, TCP when none was written; ranges kept.
    const QList<AdminPort> expected {port("TCP", 81), port("UDP", 53),
        port("SCTP", std::nullopt, 82, 90), port("TCP", std::nullopt, 100, 200)};
    QCOMPARE(c.ingress[0].ports, expected);
    QVERIFY(c.ingress[1].ports.isEmpty());
    // Valid as a ClusterNetworkPolicy.
    WorkspaceData d;
    d.adminPolicies.append(c);
    const Diagnostics problems = Validator().validate(Workspace(d));
    QVERIFY2(!hasErrors(problems), qPrintable(problems.value(0).toString()));
}

void TestAdminMigrate::baselineAdminNetworkPolicy()
{
    const AdminPolicyMigration m = migrateAdminPolicy(readOne(kBanp));
    QVERIFY(m.problems.isEmpty());
    QVERIFY(m.clusterPolicy);
    QCOMPARE(m.clusterPolicy->kind, ResourceKind::ClusterNetworkPolicy);
    QCOMPARE(m.clusterPolicy->tier, QStringLiteral("Baseline"));
    QCOMPARE(m.clusterPolicy->meta.name, QStringLiteral("default"));
    QCOMPARE(m.clusterPolicy->priority, std::optional<int>(kMigratedBaselinePriority));
    QCOMPARE(m.clusterPolicy->ingress[0].action, QStringLiteral("Accept"));
    QCOMPARE(m.clusterPolicy->ingress[1].action, QStringLiteral("Deny"));
    QVERIFY(m.clusterPolicy->subjectNamespaces);

    // Other kinds are not rewritten and are no problem.
    AdminPolicy cnp = *m.clusterPolicy;
    const AdminPolicyMigration none = migrateAdminPolicy(cnp);
    QVERIFY(!none.clusterPolicy);
    QVERIFY(none.problems.isEmpty());
}

void TestAdminMigrate::writtenAndReadBack()
{
    // The Writer's YAML of the rewritten policy is a ClusterNetworkPolicy that reads back equal.
    const AdminPolicyMigration m = migrateAdminPolicy(readOne(kAnp));
    QVERIFY(m.clusterPolicy);
    const QByteArray yaml = Writer().writeResource(*m.clusterPolicy);
    QVERIFY2(yaml.contains("apiVersion: policy.networking.k8s.io/v1alpha2"), yaml.constData());
    QVERIFY2(yaml.contains("tier: Admin"), yaml.constData());
    QVERIFY2(yaml.contains("protocols:"), yaml.constData());
    const LoadResult back = Loader().loadText(yaml, QStringLiteral("b.yaml"));
    QVERIFY2(!hasErrors(back.diagnostics), qPrintable(back.diagnostics.value(0).toString()));
    QCOMPARE(back.workspace->adminPolicies.size(), 1);
    AdminPolicy read = back.workspace->adminPolicies[0];
    QCOMPARE(read, *m.clusterPolicy);
}

void TestAdminMigrate::notConvertible_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QByteArray head = "apiVersion: policy.networking.k8s.io/v1alpha1\n"
                            "kind: AdminNetworkPolicy\nmetadata: {name: x}\nspec:\n"
                            "  priority: 3\n  subject: {namespaces: {}}\n";
    QTest::newRow("named port")
        << head
            + "  ingress:\n    - action: Allow\n      from: [{namespaces: {}}]\n"
              "      ports: [{portNumber: {port: 80}}, {namedPort: http}]\n"
        << QStringLiteral("spec.ingress[0].ports[1].namedPort")
        << QStringLiteral("named port \"http\": Calico up to 3.31 does not convert it");
    QByteArray rules = head + "  egress:\n";
    for (int i = 0; i < 26; ++i)
        rules += "    - {action: Deny, to: [{networks: [10.0.0." + QByteArray::number(i)
            + "/32]}]}\n";
    QTest::newRow("26 rules") << rules << QStringLiteral("spec.egress")
                              << QStringLiteral("26 egress rules; a ClusterNetworkPolicy holds "
                                                "at most 25");
    QByteArray peers = head + "  ingress:\n    - action: Deny\n      from:\n";
    for (int i = 0; i < 26; ++i)
        peers += "        - namespaces: {matchLabels: {n: \"" + QByteArray::number(i) + "\"}}\n";
    QTest::newRow("26 peers") << peers << QStringLiteral("spec.ingress[0].from")
                              << QStringLiteral("26 peers; a ClusterNetworkPolicy rule holds at "
                                                "most 25");
    QByteArray ports = head
        + "  ingress:\n    - action: Deny\n      from: [{namespaces: {}}]\n"
          "      ports:\n";
    for (int i = 0; i < 26; ++i)
        ports += "        - portNumber: {port: " + QByteArray::number(1000 + i) + "}\n";
    QTest::newRow("26 ports") << ports << QStringLiteral("spec.ingress[0].ports")
                              << QStringLiteral("26 ports; a ClusterNetworkPolicy rule holds at "
                                                "most 25 protocols");
    QTest::newRow("a metadata field not kept")
        << QByteArray("apiVersion: policy.networking.k8s.io/v1alpha1\n"
                      "kind: AdminNetworkPolicy\nmetadata: {name: x, generation: 4}\nspec:\n"
                      "  priority: 3\n  subject: {namespaces: {}}\n")
        << QString()
        << QStringLiteral("its text holds fields or values Policy Studio does not read");
}

void TestAdminMigrate::notConvertible()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const AdminPolicyMigration m = migrateAdminPolicy(readOne(yaml));
    QVERIFY(!m.clusterPolicy);
    QVERIFY(!m.problems.isEmpty());
    const Diagnostic &d = m.problems.constFirst();
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.path, path);
    QVERIFY2(d.message.startsWith(QStringLiteral(
                 "AdminNetworkPolicy x cannot be rewritten as a ClusterNetworkPolicy: ")),
        qPrintable(d.message));
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    QCOMPARE(d.file, QStringLiteral("a.yaml"));
    QVERIFY(d.line > 0);
}

void TestAdminMigrate::workspace()
{
    // Every ANP and BANP replaced in its place; the rest untouched; the release 3.32.
    const QByteArray other = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                             "metadata: {name: g}\nspec: {selector: all()}\n";
    const Workspace w = load(kAnp + "---\n" + other + "---\n" + kBanp);
    const WorkspaceMigration m = migrateToClusterNetworkPolicies(w);
    QVERIFY(m.problems.isEmpty());
    QCOMPARE(m.sources, 2);
    QCOMPARE(m.rewritten.size(), 2);
    QCOMPARE(m.rewritten[0].from, ResourceKind::AdminNetworkPolicy);
    QCOMPARE(m.rewritten[0].name, QStringLiteral("a"));
    QCOMPARE(m.rewritten[0].tier, QStringLiteral("Admin"));
    QCOMPARE(m.rewritten[1].from, ResourceKind::BaselineAdminNetworkPolicy);
    QCOMPARE(m.rewritten[1].priority, std::optional<int>(1000));
    QCOMPARE(m.migrated->calicoVersion, CalicoVersion::V3_32);
    QCOMPARE(m.migrated->adminPolicies.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        QCOMPARE(m.migrated->adminPolicies[i].kind, ResourceKind::ClusterNetworkPolicy);
        QCOMPARE(m.migrated->adminPolicies[i].source.id, w->adminPolicies[i].source.id);
        QCOMPARE(m.rewritten[i].id, w->adminPolicies[i].source.id);
    }
    QCOMPARE(m.migrated->policies, w->policies);
}

void TestAdminMigrate::nameTaken()
{
    // An AdminNetworkPolicy named "default" and the BaselineAdminNetworkPolicy would both be the
    // ClusterNetworkPolicy "default"; a ClusterNetworkPolicy already there keeps its name.
    QByteArray anpDefault = kAnp;
    anpDefault.replace("name: a\n", "name: default\n");
    const QByteArray cnp = "apiVersion: policy.networking.k8s.io/v1alpha2\n"
                           "kind: ClusterNetworkPolicy\nmetadata: {name: a}\n"
                           "spec: {tier: Admin, priority: 1, subject: {namespaces: {}}}\n";
    const Workspace w = load(anpDefault + "---\n" + kBanp + "---\n" + kAnp + "---\n" + cnp);
    const WorkspaceMigration m = migrateToClusterNetworkPolicies(w);
    QCOMPARE(m.sources, 3);
    QCOMPARE(m.rewritten.size(), 1);
    QCOMPARE(m.rewritten[0].from, ResourceKind::AdminNetworkPolicy);
    QCOMPARE(m.rewritten[0].name, QStringLiteral("default"));
    QCOMPARE(m.problems.size(), 2);
    QCOMPARE(m.problems[0].path, QStringLiteral("metadata.name"));
    QVERIFY2(m.problems[0].message.startsWith(
                 QStringLiteral("BaselineAdminNetworkPolicy default cannot be rewritten")),
        qPrintable(m.problems[0].message));
    QVERIFY2(m.problems[0].message.contains(QStringLiteral("the AdminNetworkPolicy at a.yaml:1")),
        qPrintable(m.problems[0].message));
    QVERIFY2(m.problems[1].message.contains(QStringLiteral("the ClusterNetworkPolicy at a.yaml:")),
        qPrintable(m.problems[1].message));
    // What cannot be rewritten stays as it was.
    QCOMPARE(m.migrated->adminPolicies[1], w->adminPolicies[1]);
    QCOMPARE(m.migrated->adminPolicies[2], w->adminPolicies[2]);
}

QTEST_GUILESS_MAIN(TestAdminMigrate)
#include "tst_adminmigrate.moc"
