// What the Kubernetes API server adds before Calico reads an object
// (core/model/apiserverdefaults.h): the evaluation sees it (the namespace name label, the policy
// types of a NetworkPolicy), the values are listed as implied, the validation warns where a
// manifest relies on them, and no save or canonical output writes them unless asked.

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/io/workspacestore.h"
#include "core/io/writer.h"
#include "core/kube/kubeconvert.h"
#include "core/model/apiserverdefaults.h"
#include "core/validate/validator.h"

using namespace ps;

namespace {

// Two namespaces without labels, a server namespace, one pod each.
const char *const kInventory = R"(apiVersion: v1
kind: Namespace
metadata:
  name: clients
---
apiVersion: v1
kind: Namespace
metadata:
  name: others
---
apiVersion: v1
kind: Namespace
metadata:
  name: srv
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: clients, labels: {app: client}}
status: {podIP: 10.0.0.1}
---
apiVersion: v1
kind: Pod
metadata: {name: other, namespace: others, labels: {app: client}}
status: {podIP: 10.0.0.2}
---
apiVersion: v1
kind: Pod
metadata: {name: server, namespace: srv, labels: {app: server}}
spec:
  containers:
  - ports: [{containerPort: 80}]
status: {podIP: 10.0.0.3}
)";

LoadResult load(const QByteArray &text)
{
    LoadResult loaded = Loader().loadText(text, QStringLiteral("defaults.yaml"));
    if (!loaded.diagnostics.isEmpty())
        qWarning().noquote() << loaded.diagnostics.first().toString();
    return loaded;
}

Verdict verdictOf(const PolicyEngine &engine, const QString &from, const QString &to, int port)
{
    Flow flow;
    flow.from = from;
    flow.to = to;
    flow.protocol = QStringLiteral("TCP");
    flow.port = port;
    const FlowTrace t = engine.trace(flow);
    if (!t.ok())
        qWarning().noquote() << t.error;
    return t.verdict;
}

} // namespace

class TestApiServerDefaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namespaceNameLabelIsSelectable_data();
    void namespaceNameLabelIsSelectable();
    void writtenNameLabelIsReplaced();
    void policyTypesDefault_data();
    void policyTypesDefault();
    void impliedValuesPerResource();
    void defaultsAreNotSaved();
    void warnings_data();
    void warnings();
};

void TestApiServerDefaults::namespaceNameLabelIsSelectable_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::newRow("Calico namespaceSelector") << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: from-clients, namespace: srv}
spec:
  selector: app == 'server'
  ingress:
  - action: Allow
    source:
      namespaceSelector: kubernetes.io/metadata.name == 'clients'
)");
    QTest::newRow("Kubernetes namespaceSelector") << QByteArray(R"(apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: from-clients, namespace: srv}
spec:
  podSelector: {matchLabels: {app: server}}
  ingress:
  - from:
    - namespaceSelector:
        matchLabels: {kubernetes.io/metadata.name: clients}
)");
}

// Regression: a selector on kubernetes.io/metadata.name matched no Namespace manifest that did
// not write the label, although every namespace of a cluster carries it.
void TestApiServerDefaults::namespaceNameLabelIsSelectable()
{
    QFETCH(QByteArray, policy);
    const LoadResult loaded = load(QByteArray(kInventory) + "---\n" + policy);
    QVERIFY(!hasErrors(loaded.diagnostics));
    const PolicyEngine engine(loaded.workspace);
    QCOMPARE(engine.leftOut().size(), 0);
    QCOMPARE(verdictOf(engine, QStringLiteral("clients/client"), QStringLiteral("srv/server"), 80),
        Verdict::Allow);
    QCOMPARE(verdictOf(engine, QStringLiteral("others/other"), QStringLiteral("srv/server"), 80),
        Verdict::Deny);
    // The model keeps the namespace as written.
    for (const Namespace &ns : loaded.workspace->namespaces)
        QVERIFY(!ns.meta.labels.contains(kNamespaceNameLabel));
}

void TestApiServerDefaults::writtenNameLabelIsReplaced()
{
    // A manifest that writes another value: the API server replaces it with the name.
    const QByteArray text
        = QByteArray(kInventory)
              .replace("  name: clients\n",
                  "  name: clients\n  labels: {kubernetes.io/metadata.name: spoofed}\n");
    const LoadResult loaded = load(text + R"(---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: from-spoofed, namespace: srv}
spec:
  selector: app == 'server'
  ingress:
  - action: Allow
    source:
      namespaceSelector: kubernetes.io/metadata.name == 'spoofed'
)");
    const PolicyEngine engine(loaded.workspace);
    QCOMPARE(verdictOf(engine, QStringLiteral("clients/client"), QStringLiteral("srv/server"), 80),
        Verdict::Deny);
    QCOMPARE(namespaceLabels(loaded.workspace->namespaces.first()).value(kNamespaceNameLabel),
        QStringLiteral("clients"));
}

void TestApiServerDefaults::policyTypesDefault_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<bool>("ingressToServer"); // client → server:80 allowed
    QTest::addColumn<bool>("egressToOther"); // server → other:80 allowed

    const QByteArray egressOnly
        = "  egress:\n  - to:\n    - podSelector: {matchLabels: {app: "
          "client}}\n      namespaceSelector: {}\n    ports: [{port: 81}]\n";
    const QByteArray both = "  ingress:\n  - {}\n" + egressOnly;
    const QByteArray np = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n";
    const QByteArray staged
        = "apiVersion: projectcalico.org/v3\nkind: StagedKubernetesNetworkPolicy\n";
    const QStringList in {QStringLiteral("Ingress")};
    const QStringList inOut {QStringLiteral("Ingress"), QStringLiteral("Egress")};
    // Egress rules only: the API server's [Ingress, Egress] isolates ingress too.
    QTest::newRow("egress rules only") << np << egressOnly << inOut << false << false;
    QTest::newRow("ingress and egress rules") << np << both << inOut << true << false;
    QTest::newRow("no rules") << np << QByteArray() << in << false << true;
    // Calico's own kind gets Calico's default: ingress only, the egress rules ignored.
    QTest::newRow("staged, egress rules only") << staged << egressOnly << in << true << true;
}

void TestApiServerDefaults::policyTypesDefault()
{
    QFETCH(QByteArray, kind);
    QFETCH(QByteArray, rules);
    QFETCH(QStringList, types);
    QFETCH(bool, ingressToServer);
    QFETCH(bool, egressToOther);
    const LoadResult loaded = load(QByteArray(kInventory) + "---\n" + kind
        + "metadata: {name: server, namespace: srv}\nspec:\n  podSelector: {matchLabels: {app: "
          "server}}\n"
        + rules);
    QVERIFY(!hasErrors(loaded.diagnostics));
    const KubernetesNetworkPolicy &policy = loaded.workspace->kubernetesPolicies.first();
    QVERIFY(policy.policyTypes.isEmpty());
    QCOMPARE(effectivePolicyTypes(policy), types);

    const PolicyEngine engine(loaded.workspace);
    QCOMPARE(engine.leftOut().size(), 0);
    const CompiledPolicy *converted = nullptr;
    for (const CompiledPolicy &p : engine.policies()) {
        if (p.policy.meta.name == u"server")
            converted = &p;
    }
    QVERIFY(converted);
    QCOMPARE(converted->policy.types, types);
    const bool isStaged = kind.contains("Staged");
    if (!isStaged) {
        QCOMPARE(
            verdictOf(engine, QStringLiteral("clients/client"), QStringLiteral("srv/server"), 80)
                == Verdict::Allow,
            ingressToServer);
        QCOMPARE(verdictOf(engine, QStringLiteral("srv/server"), QStringLiteral("others/other"), 80)
                == Verdict::Allow,
            egressToOther);
        // Port 81 is what the egress rule allows, when it has one.
        if (!rules.isEmpty()) {
            QCOMPARE(
                verdictOf(engine, QStringLiteral("srv/server"), QStringLiteral("others/other"), 81),
                Verdict::Allow);
        }
    }
}

void TestApiServerDefaults::impliedValuesPerResource()
{
    const LoadResult loaded = load(QByteArray(kInventory) + R"(---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: srv}
spec:
  podSelector: {}
  ingress:
  - ports: [{port: 80}, {port: 53, protocol: UDP}]
  egress:
  - ports: [{port: 443}]
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: srv}
spec:
  selector: {app: server}
  ports: [{port: 80, protocol: TCP}, {port: 8080, targetPort: 80}]
---
apiVersion: v1
kind: Pod
metadata: {name: as-sa, namespace: srv}
spec: {serviceAccountName: web}
)");
    QVERIFY(!hasErrors(loaded.diagnostics));
    const WorkspaceData &ws = loaded.workspace.data();

    QCOMPARE(impliedValues(ws.namespaces.first()),
        QList<ImpliedValue>({{QStringLiteral("metadata.labels.kubernetes.io/metadata.name"),
            QStringLiteral("clients")}}));

    const QList<ImpliedValue> policy = impliedValues(ws.kubernetesPolicies.first());
    QCOMPARE(policy,
        QList<ImpliedValue>({
            {QStringLiteral("spec.policyTypes"), QStringLiteral("[Ingress, Egress]")},
            {QStringLiteral("spec.ingress[0].ports[0].protocol"), QStringLiteral("TCP")},
            {QStringLiteral("spec.egress[0].ports[0].protocol"), QStringLiteral("TCP")},
        }));
    // The paths are the ones the source positions use: the written sibling field is there.
    QVERIFY(ws.kubernetesPolicies.first().source.fields->contains(
        QStringLiteral("spec.ingress[0].ports[1].protocol")));

    QCOMPARE(impliedValues(ws.services.first()),
        QList<ImpliedValue>({
            {QStringLiteral("spec.ports[0].targetPort"), QStringLiteral("80")},
            {QStringLiteral("spec.ports[1].protocol"), QStringLiteral("TCP")},
        }));

    QCOMPARE(impliedValues(ws.pods.first()),
        QList<ImpliedValue>(
            {{QStringLiteral("spec.serviceAccountName"), QStringLiteral("default")}}));
    QCOMPARE(impliedValues(ws.pods.last()), QList<ImpliedValue>());
}

void TestApiServerDefaults::defaultsAreNotSaved()
{
    const QByteArray text = QByteArray(kInventory) + R"(---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: srv}
spec:
  podSelector: {}
  egress:
  - ports: [{port: 443}]
)";
    const LoadResult loaded = load(text);
    QVERIFY(!hasErrors(loaded.diagnostics));

    // Canonical output (policyctl fmt) writes what the manifests say, not what is implied.
    const QByteArray canonical = Writer().write(loaded.workspace);
    QVERIFY(!canonical.contains("kubernetes.io/metadata.name"));
    QVERIFY(!canonical.contains("policyTypes"));
    QVERIFY(canonical.contains("port: 443"));
    QVERIFY(!canonical.contains("protocol: TCP\n    port: 443")
        && !canonical.contains("port: 443\n      protocol"));

    // Unless asked: the defaults written out.
    const QByteArray explicitText = Writer().write(withApiServerDefaults(loaded.workspace));
    QVERIFY(explicitText.contains("kubernetes.io/metadata.name: clients"));
    QVERIFY(explicitText.contains("policyTypes"));
    QVERIFY(explicitText.contains("protocol: TCP"));

    // A save after an unrelated edit touches only that edit; fmt -w (rewrite all) writes none of
    // the defaults either.
    WorkspaceStore store(loaded);
    const Workspace edited = loaded.workspace.edited([](WorkspaceData &d) {
        d.namespaces[2].meta.labels.insert(QStringLiteral("team"), QStringLiteral("web"));
    });
    PlanOptions preview;
    preview.preview = true;
    const Result<WritePlan> plan = store.plan(edited, preview);
    QVERIFY(plan);
    QCOMPARE(plan->writes.size(), 1);
    const QByteArray saved = plan->writes.first().bytes;
    QVERIFY(saved.contains("team: web"));
    QVERIFY(!saved.contains("kubernetes.io/metadata.name"));
    QVERIFY(!saved.contains("policyTypes"));
    QCOMPARE(
        saved.size() - text.size(), qsizetype(QByteArray("  labels:\n    team: web\n").size()));

    PlanOptions rewrite = preview;
    rewrite.rewriteAll = true;
    const Result<WritePlan> all = store.plan(loaded.workspace, rewrite);
    QVERIFY(all);
    for (const FileWrite &w : all->writes) {
        QVERIFY(!w.bytes.contains("kubernetes.io/metadata.name"));
        QVERIFY(!w.bytes.contains("policyTypes"));
    }
}

void TestApiServerDefaults::warnings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words"); // in the warning; empty: no warning
    const QByteArray np = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: "
                          "p, namespace: srv}\nspec:\n  podSelector: {}\n";
    const QByteArray egress = "  egress:\n  - ports: [{port: 443}]\n";
    QTest::newRow("egress only") << np + egress << "spec.egress"
                                 << "also denies all ingress to the pods it selects";
    QTest::newRow("ingress and egress")
        << np + "  ingress:\n  - {}\n" + egress << "spec.egress"
        << "sets it to Ingress and Egress because of these egress rules";
    QTest::newRow("ingress only") << np + "  ingress:\n  - {}\n"
                                  << "spec.egress"
                                  << "";
    QTest::newRow("staged") << QByteArray(np).replace("networking.k8s.io/v1\nkind: NetworkPolicy",
                                   "projectcalico.org/v3\nkind: StagedKubernetesNetworkPolicy")
            + egress << "spec.egress"
                            << "ignores these egress rules";
    QTest::newRow("namespace label")
        << QByteArray("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    "
                      "kubernetes.io/metadata.name: b\n")
        << "metadata.labels.kubernetes.io/metadata.name"
        << "sets label kubernetes.io/metadata.name to the namespace's name: \"a\" replaces \"b\"";
    QTest::newRow("namespace label as the API server sets it") << QByteArray(
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    "
        "kubernetes.io/metadata.name: a\n") << "metadata.labels.kubernetes.io/metadata.name"
                                                               << "";
}

void TestApiServerDefaults::warnings()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, words);
    const LoadResult loaded = load(text);
    QVERIFY(!hasErrors(loaded.diagnostics));
    const Diagnostics found = Validator().validate(loaded.workspace);
    QList<Diagnostic> at;
    for (const Diagnostic &d : found) {
        if (d.path == path)
            at.append(d);
    }
    if (words.isEmpty()) {
        QVERIFY2(at.isEmpty(), qPrintable(at.isEmpty() ? QString() : at.first().toString()));
        return;
    }
    QCOMPARE(at.size(), 1);
    QCOMPARE(at.first().severity, Severity::Warning);
    QVERIFY2(at.first().message.contains(words), qPrintable(at.first().message));
    QVERIFY(at.first().line > 0);
}

QTEST_GUILESS_MAIN(TestApiServerDefaults)
#include "tst_apiserverdefaults.moc"
