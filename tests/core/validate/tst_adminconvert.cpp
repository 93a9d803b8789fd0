// AdminNetworkPolicy, BaselineAdminNetworkPolicy and ClusterNetworkPolicy → Calico, as each
// Calico release converts them (libcalico-go k8s/conversion): names, tiers, order, subject
// selectors, one rule per (protocol, peer), port grouping, the fail-closed replacement of rules
// that cannot be converted, types by release, and the kinds a release does not enforce.

#include <QTest>

#include "core/io/loader.h"
#include "core/kube/adminconvert.h"
#include "core/validate/validator.h"

using namespace ps;

Q_DECLARE_METATYPE(ps::CalicoVersion)

namespace {

AdminPolicy readOne(const QByteArray &yaml)
{
    const LoadResult loaded = Loader().loadText(yaml, QStringLiteral("a.yaml"));
    if (hasErrors(loaded.diagnostics) || loaded.workspace->adminPolicies.size() != 1) {
        qWarning() << loaded.diagnostics.value(0).toString();
        return {};
    }
    return loaded.workspace->adminPolicies.constFirst();
}

const QByteArray kAnp = R"(apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: a}
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
        - portNumber: {protocol: TCP, port: 80}
        - portRange: {protocol: TCP, start: 82, end: 90}
  egress:
    - action: Deny
      to:
        - networks: [10.1.2.3/8, 192.168.0.0/16]
)";

QString ports(const Rule &r)
{
    QStringList out;
    for (const Port &p : r.destination.ports)
        out << p.toString();
    return (r.protocol ? r.protocol->toString() : QStringLiteral("any")) + u' ' + out.join(u',');
}

} // namespace

class TestAdminConvert : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adminNetworkPolicy();
    void baselineAndClusterNames_data();
    void baselineAndClusterNames();
    void failClosed_data();
    void failClosed();
    void namedPorts();
    void typesByRelease();
    void notEnforced_data();
    void notEnforced();
};

void TestAdminConvert::adminNetworkPolicy()
{
    const AdminConversion c = convertAdminPolicy(readOne(kAnp), CalicoVersion::V3_31);
    QVERIFY(c.policy);
    const CalicoPolicy &p = *c.policy;
    QCOMPARE(p.kind, ResourceKind::GlobalNetworkPolicy);
    QCOMPARE(p.meta.name, QStringLiteral("kanp.adminnetworkpolicy.a"));
    QCOMPARE(p.tier, QStringLiteral("adminnetworkpolicy"));
    QCOMPARE(p.order, std::optional<double>(42));
    QCOMPARE(p.namespaceSelector, QStringLiteral("env == 'prod'"));
    QCOMPARE(p.selector,
        QStringLiteral("projectcalico.org/orchestrator == 'k8s' && app in { 'web', 'api' }"));
    QCOMPARE(p.types, (QStringList {QStringLiteral("Ingress"), QStringLiteral("Egress")}));
    // Protocols sorted (TCP before UDP), the TCP ports merged into one range, one rule per peer.
    QCOMPARE(p.ingress.size(), 4);
    QCOMPARE(ports(p.ingress[0]), QStringLiteral("TCP 80:90"));
    QCOMPARE(ports(p.ingress[2]), QStringLiteral("UDP 53"));
    QCOMPARE(p.ingress[0].source.namespaceSelector, QStringLiteral("team == 'ops'"));
    QCOMPARE(p.ingress[0].source.selector, QString());
    QCOMPARE(p.ingress[1].source.namespaceSelector, QStringLiteral("all()"));
    QCOMPARE(p.ingress[1].source.selector,
        QStringLiteral("projectcalico.org/orchestrator == 'k8s' && app == 'mon'"));
    QCOMPARE(p.ingress[0].action, QStringLiteral("Allow"));
    QCOMPARE(p.ingress[0].annotations.value(QStringLiteral("name")), QStringLiteral("from-ops"));
    // Networks normalised, no protocol and no port when the rule names none.
    QCOMPARE(p.egress.size(), 1);
    QCOMPARE(p.egress[0].action, QStringLiteral("Deny"));
    QCOMPARE(p.egress[0].destination.nets,
        (QStringList {QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.0.0/16")}));
    QCOMPARE(ports(p.egress[0]), QStringLiteral("any "));
    QVERIFY(c.diagnostics.isEmpty());

    // 3.32 no longer converts it.
    const AdminConversion newer = convertAdminPolicy(readOne(kAnp), CalicoVersion::V3_32);
    QVERIFY(!newer.policy);
    QVERIFY(newer.skipped.contains(QStringLiteral("Calico 3.32 does not enforce")));
}

void TestAdminConvert::baselineAndClusterNames_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<CalicoVersion>("version");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<double>("order");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("namespaceSelector");
    QTest::addColumn<QString>("firstRule"); // action protocol ports

    QTest::newRow("baseline 3.30")
        << QByteArray("apiVersion: policy.networking.k8s.io/v1alpha1\n"
                      "kind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\n"
                      "spec:\n  subject: {namespaces: {}}\n  ingress:\n"
                      "    - {action: Deny, from: [{namespaces: {}}]}\n")
        << CalicoVersion::V3_30 << QStringLiteral("kbanp.baselineadminnetworkpolicy.default")
        << QStringLiteral("baselineadminnetworkpolicy") << 1000.0
        << QStringLiteral("projectcalico.org/orchestrator == 'k8s'") << QStringLiteral("all()")
        << QStringLiteral("Deny any ");
    QTest::newRow("cluster admin 3.32")
        << QByteArray("apiVersion: policy.networking.k8s.io/v1alpha2\n"
                      "kind: ClusterNetworkPolicy\nmetadata: {name: c}\n"
                      "spec:\n  tier: Admin\n  priority: 7\n"
                      "  subject: {namespaces: {matchLabels: {a: b}}}\n  ingress:\n"
                      "    - action: Accept\n      from: [{namespaces: {}}]\n      protocols:\n"
                      "        - udp: {destinationPort: {number: 53}}\n"
                      "        - tcp: {destinationPort: {range: {start: 8000, end: 8080}}}\n"
                      "        - tcp: {destinationPort: {number: 8081}}\n")
        << CalicoVersion::V3_32 << QStringLiteral("c") << QStringLiteral("kube-admin") << 7.0
        << QStringLiteral("projectcalico.org/orchestrator == 'k8s'") << QStringLiteral("a == 'b'")
        << QStringLiteral("Allow TCP 8000:8081");
    QTest::newRow("cluster baseline 3.32")
        << QByteArray("apiVersion: policy.networking.k8s.io/v1alpha2\n"
                      "kind: ClusterNetworkPolicy\nmetadata: {name: b}\n"
                      "spec:\n  tier: Baseline\n  priority: 3\n"
                      "  subject: {pods: {namespaceSelector: {}, podSelector: {}}}\n  egress:\n"
                      "    - action: Pass\n      to: [{networks: [0.0.0.0/0]}]\n      protocols:\n"
                      "        - tcp: {}\n")
        << CalicoVersion::V3_32 << QStringLiteral("b") << QStringLiteral("kube-baseline") << 3.0
        << QStringLiteral("projectcalico.org/orchestrator == 'k8s'") << QStringLiteral("all()")
        << QStringLiteral("Pass TCP ");
}

void TestAdminConvert::baselineAndClusterNames()
{
    QFETCH(QByteArray, yaml);
    QFETCH(CalicoVersion, version);
    QFETCH(QString, name);
    QFETCH(QString, tier);
    QFETCH(double, order);
    QFETCH(QString, selector);
    QFETCH(QString, namespaceSelector);
    QFETCH(QString, firstRule);
    const AdminConversion c = convertAdminPolicy(readOne(yaml), version);
    QVERIFY2(c.policy, qPrintable(c.skipped));
    QCOMPARE(c.policy->meta.name, name);
    QCOMPARE(c.policy->tier, tier);
    QCOMPARE(c.policy->order, std::optional<double>(order));
    QCOMPARE(c.policy->selector, selector);
    QCOMPARE(c.policy->namespaceSelector, namespaceSelector);
    const Rule &first = c.policy->ingress.isEmpty() ? c.policy->egress.constFirst()
                                                    : c.policy->ingress.constFirst();
    QCOMPARE(first.action + u' ' + ports(first), firstRule);
}

void TestAdminConvert::failClosed_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("expected"); // the egress actions after conversion
    QTest::addColumn<QString>("path");
    QTest::newRow("deny to nodes becomes deny-all")
        << QByteArray("    - {action: Deny, to: [{nodes: {matchLabels: {a: b}}}]}\n")
        << QStringLiteral("Deny:all") << QStringLiteral("spec.egress[0].to[0]");
    QTest::newRow("pass to nodes becomes deny-all")
        << QByteArray("    - {action: Pass, to: [{nodes: {}}]}\n") << QStringLiteral("Deny:all")
        << QStringLiteral("spec.egress[0].to[0]");
    QTest::newRow("allow to nodes is left out")
        << QByteArray("    - {action: Allow, to: [{nodes: {}}]}\n") << QString()
        << QStringLiteral("spec.egress[0].to[0]");
    QTest::newRow("bad network in a deny rule")
        << QByteArray("    - {action: Deny, to: [{networks: [10.0.0.0/33]}]}\n")
        << QStringLiteral("Deny:all") << QStringLiteral("spec.egress[0].to[0].networks[0]");
    QTest::newRow("one bad peer fails the whole rule")
        << QByteArray("    - {action: Deny, to: [{namespaces: {}}, {nodes: {}}]}\n")
        << QStringLiteral("Deny:all") << QStringLiteral("spec.egress[0].to[1]");
    QTest::newRow("unknown action is left out")
        << QByteArray("    - {action: Reject, to: [{namespaces: {}}]}\n") << QString()
        << QStringLiteral("spec.egress[0].action");
}

void TestAdminConvert::failClosed()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, expected);
    QFETCH(QString, path);
    const QByteArray yaml = "apiVersion: policy.networking.k8s.io/v1alpha1\n"
                            "kind: AdminNetworkPolicy\nmetadata: {name: f}\n"
                            "spec:\n  priority: 1\n  subject: {namespaces: {}}\n  egress:\n"
        + rule;
    const AdminConversion c = convertAdminPolicy(readOne(yaml), CalicoVersion::V3_30);
    QVERIFY(c.policy);
    QStringList actions;
    for (const Rule &r : c.policy->egress)
        actions << r.action
                + (r.destination.isEmpty() && !r.protocol ? QStringLiteral(":all") : QString());
    QCOMPARE(actions.join(u','), expected);
    QCOMPARE(c.diagnostics.size(), 1);
    QCOMPARE(c.diagnostics[0].path, path);
    QCOMPARE(c.diagnostics[0].severity, Severity::Warning);
    QVERIFY(c.diagnostics[0].line > 0);
}

void TestAdminConvert::namedPorts()
{
    // AdminNetworkPolicy: Calico does not convert named ports; the entry means everything.
    const QByteArray anp = "apiVersion: policy.networking.k8s.io/v1alpha1\n"
                           "kind: AdminNetworkPolicy\nmetadata: {name: n}\n"
                           "spec:\n  priority: 1\n  subject: {namespaces: {}}\n  ingress:\n"
                           "    - action: Deny\n      from: [{namespaces: {}}]\n      ports:\n"
                           "        - portNumber: {port: 80}\n        - namedPort: http\n";
    const AdminConversion a = convertAdminPolicy(readOne(anp), CalicoVersion::V3_31);
    QVERIFY(a.policy);
    QCOMPARE(a.policy->ingress.size(), 1);
    QCOMPARE(ports(a.policy->ingress[0]), QStringLiteral("any "));
    // ClusterNetworkPolicy: a named port, with no protocol.
    const QByteArray cnp = "apiVersion: policy.networking.k8s.io/v1alpha2\n"
                           "kind: ClusterNetworkPolicy\nmetadata: {name: n}\n"
                           "spec:\n  tier: Admin\n  priority: 1\n  subject: {namespaces: {}}\n"
                           "  ingress:\n    - action: Deny\n      from: [{namespaces: {}}]\n"
                           "      protocols:\n        - destinationNamedPort: http\n"
                           "        - tcp: {destinationPort: {number: 80}}\n";
    const AdminConversion c = convertAdminPolicy(readOne(cnp), CalicoVersion::V3_32);
    QVERIFY(c.policy);
    QCOMPARE(c.policy->ingress.size(), 2);
    QCOMPARE(ports(c.policy->ingress[0]), QStringLiteral("any http"));
    QCOMPARE(ports(c.policy->ingress[1]), QStringLiteral("TCP 80"));
}

void TestAdminConvert::typesByRelease()
{
    // Every egress rule allows to a nodes peer: none converts. 3.29 still counts Egress.
    const QByteArray yaml = "apiVersion: policy.networking.k8s.io/v1alpha1\n"
                            "kind: AdminNetworkPolicy\nmetadata: {name: t}\n"
                            "spec:\n  priority: 1\n  subject: {namespaces: {}}\n  egress:\n"
                            "    - {action: Allow, to: [{nodes: {}}]}\n";
    const AdminConversion old = convertAdminPolicy(readOne(yaml), CalicoVersion::V3_29);
    QVERIFY(old.policy);
    QCOMPARE(old.policy->types, QStringList {QStringLiteral("Egress")});
    const AdminConversion newer = convertAdminPolicy(readOne(yaml), CalicoVersion::V3_30);
    QVERIFY(newer.policy);
    QCOMPARE(newer.policy->types, QStringList());
}

void TestAdminConvert::notEnforced_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<CalicoVersion>("version");
    QTest::addColumn<QString>("warning"); // empty: enforced, no warning on kind
    const QByteArray banp = "apiVersion: policy.networking.k8s.io/v1alpha1\n"
                            "kind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\n"
                            "spec:\n  subject: {namespaces: {}}\n";
    const QByteArray cnp = "apiVersion: policy.networking.k8s.io/v1alpha2\n"
                           "kind: ClusterNetworkPolicy\nmetadata: {name: c}\n"
                           "spec:\n  tier: Admin\n  priority: 1\n  subject: {namespaces: {}}\n";
    QTest::newRow("BANP in 3.29") << banp << CalicoVersion::V3_29
                                  << QStringLiteral(
                                         "Calico 3.29 does not enforce "
                                         "BaselineAdminNetworkPolicy (Calico 3.30 does)");
    QTest::newRow("BANP in 3.30") << banp << CalicoVersion::V3_30 << QString();
    QTest::newRow("BANP in 3.32") << banp << CalicoVersion::V3_32
                                  << QStringLiteral("it did before 3.32: policyctl convert --to "
                                                    "clusternetworkpolicy");
    QTest::newRow("CNP in 3.31") << cnp << CalicoVersion::V3_31
                                 << QStringLiteral("Calico 3.31 does not enforce "
                                                   "ClusterNetworkPolicy (Calico 3.32 does)");
    QTest::newRow("CNP in 3.32") << cnp << CalicoVersion::V3_32 << QString();
}

void TestAdminConvert::notEnforced()
{
    QFETCH(QByteArray, yaml);
    QFETCH(CalicoVersion, version);
    QFETCH(QString, warning);
    const LoadResult loaded = Loader().loadText(yaml, QStringLiteral("n.yaml"));
    QVERIFY(!hasErrors(loaded.diagnostics));
    const Workspace w
        = loaded.workspace.edited([version](WorkspaceData &d) { d.calicoVersion = version; });
    const Diagnostics found = Validator().validate(w);
    const AdminConversion c = convertAdminPolicy(w->adminPolicies.constFirst(), version);
    if (warning.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).toString()));
        QVERIFY(c.policy);
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].path, QStringLiteral("kind"));
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].line, 2);
    QVERIFY2(found[0].message.contains(warning), qPrintable(found[0].message));
    QVERIFY(!c.policy);
}

QTEST_APPLESS_MAIN(TestAdminConvert)
#include "tst_adminconvert.moc"
