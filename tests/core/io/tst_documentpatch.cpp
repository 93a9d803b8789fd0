// The minimal-diff save: a one-field edit of a hand-formatted, commented manifest changes that
// field's lines and nothing else (the whole expected file is compared), fields Policy Studio
// does not model survive, and the saved file reads back as exactly the edited workspace.

#include <functional>

#include <QTemporaryDir>
#include <QtTest>

#include "core/io/loader.h"
#include "core/io/workspacestore.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

using EditFunction = std::function<void(WorkspaceData &)>;

template<class T> T &named(QList<T> &list, const QString &name)
{
    for (T &r : list)
        if (r.meta.name == name)
            return r;
    qFatal("no resource named %s", qPrintable(name));
}

Rule rule(const QString &action)
{
    Rule r;
    r.action = action;
    return r;
}

/// Every edit a row can name.
const QHash<QString, EditFunction> &edits()
{
    static const QHash<QString, EditFunction> table = {
        {u"gnp order"_s,
            [](WorkspaceData &d) { named(d.policies, u"security.block-metadata"_s).order = 42; }},
        {u"np selector"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s).selector = uR"(app == "web")"_s;
            }},
        {u"np rule added"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s).ingress.append(rule(u"Deny"_s));
            }},
        {u"np rule inserted first"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s).ingress.prepend(rule(u"Log"_s));
            }},
        {u"gnp rule inserted first"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"security.block-metadata"_s).egress.prepend(rule(u"Log"_s));
            }},
        {u"gnp first rule removed"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"security.block-metadata"_s).egress.removeFirst();
            }},
        {u"gnp rules swapped"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"security.block-metadata"_s).egress.swapItemsAt(0, 1);
            }},
        {u"np first rule removed"_s,
            [](WorkspaceData &d) { named(d.policies, u"allow-frontend"_s).ingress.removeFirst(); }},
        {u"np last rule removed"_s,
            [](WorkspaceData &d) { named(d.policies, u"allow-frontend"_s).ingress.removeLast(); }},
        {u"gnp label added"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"security.block-metadata"_s)
                    .meta.labels.insert(u"team"_s, u"payments"_s);
            }},
        {u"np first label"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s).meta.labels.insert(u"app"_s, u"api"_s);
            }},
        {u"gnp only label removed"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"security.block-metadata"_s).meta.labels.clear();
            }},
        {u"np port changed"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s).ingress[0].destination.ports[0]
                    = Port::single(8443);
            }},
        {u"np quoted port changed"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s).ingress[0].destination.ports[1]
                    = Port::single(9091);
            }},
        {u"np action changed"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s).ingress[1].action = u"Log"_s;
            }},
        {u"np net added"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s)
                    .ingress[1]
                    .source.nets.append(u"192.168.0.0/16"_s);
            }},
        {u"np protocol removed"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s).ingress[1].protocol.reset();
            }},
        {u"np flow selector changed"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"allow-frontend"_s).ingress[0].source.selector
                    = u"app in {'frontend', 'web'}"_s;
            }},
        {u"deployment replicas"_s,
            [](WorkspaceData &d) { named(d.workloads, u"api"_s).replicas = 5; }},
        {u"deployment template label removed"_s,
            [](WorkspaceData &d) {
                named(d.workloads, u"api"_s).templateLabels.remove(u"tier"_s);
            }},
        {u"deployment service account"_s,
            [](WorkspaceData &d) {
                named(d.workloads, u"api"_s).serviceAccountName = u"api-v2"_s;
            }},
        {u"deployment port"_s,
            [](WorkspaceData &d) { named(d.workloads, u"api"_s).ports[0].containerPort = 8081; }},
        {u"deployment label added"_s,
            [](WorkspaceData &d) {
                named(d.workloads, u"api"_s).meta.labels.insert(u"version"_s, u"2.14.1"_s);
            }},
        {u"k8s port"_s,
            [](WorkspaceData &d) {
                named(d.kubernetesPolicies, u"api-ingress"_s).ingress[0].ports[0].number = 8443;
            }},
        {u"k8s rule added"_s,
            [](WorkspaceData &d) {
                K8sRule r;
                K8sPort port;
                port.protocol = u"TCP"_s;
                port.number = 9090;
                r.ports.append(port);
                named(d.kubernetesPolicies, u"api-ingress"_s).ingress.append(r);
            }},
        {u"k8s peer label"_s,
            [](WorkspaceData &d) {
                named(d.kubernetesPolicies, u"api-ingress"_s)
                    .ingress[0]
                    .peers[0]
                    .podSelector->matchLabels.insert(u"app"_s, u"web"_s);
            }},
        {u"namespace flow label added"_s,
            [](WorkspaceData &d) {
                named(d.namespaces, u"payments"_s).meta.labels.insert(u"env"_s, u"prod"_s);
            }},
        {u"tier order"_s, [](WorkspaceData &d) { named(d.tiers, u"security"_s).order = 150; }},
        {u"pod only label removed"_s,
            [](WorkspaceData &d) { named(d.pods, u"api-0"_s).meta.labels.clear(); }},
        {u"pod node"_s, [](WorkspaceData &d) { named(d.pods, u"api-0"_s).nodeName = u"node-2"_s; }},
        {u"json order"_s,
            [](WorkspaceData &d) { named(d.policies, u"deny-egress"_s).order = 600; }},
        {u"json rule added"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"deny-egress"_s).egress.append(rule(u"Allow"_s));
            }},
        {u"json selector"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"deny-egress"_s).selector = u"has(restricted) && tier == 'x'"_s;
            }},
        {u"json label added"_s,
            [](WorkspaceData &d) {
                named(d.policies, u"deny-egress"_s).meta.labels.insert(u"owner"_s, u"secops"_s);
            }},
    };
    return table;
}

/// `text` with each `from` (which must occur exactly once) replaced by the matching `to`.
QByteArray replaced(QByteArray text, const QByteArrayList &from, const QByteArrayList &to)
{
    for (qsizetype i = 0; i < from.size(); ++i) {
        const qsizetype at = text.indexOf(from[i]);
        if (at < 0 || text.indexOf(from[i], at + 1) >= 0)
            qFatal("row: \"%s\" must occur exactly once", from[i].constData());
        text.replace(at, from[i].size(), to[i]);
    }
    return text;
}

} // namespace

class TstDocumentPatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneFieldEditChangesItsLines_data();
    void oneFieldEditChangesItsLines();
    void defaultsAreNotWritten();
    void everyFixtureResourceTakesAnEdit_data();
    void everyFixtureResourceTakesAnEdit();
    void windowsLineEndsAreKept();
    void changedDefaultIsWritten();
    void impliedDefaultStaysUnwritten();
    void unlocatableEditIsRefused();
};

void TstDocumentPatch::oneFieldEditChangesItsLines_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QByteArrayList>("from");
    QTest::addColumn<QByteArrayList>("to");

    const QString calico = u"calico-policies.yaml"_s;
    QTest::newRow("policy order") << calico << u"gnp order"_s << QByteArrayList {"  order: 10\n"}
                                  << QByteArrayList {"  order: 42\n"};
    QTest::newRow("selector keeps single quotes")
        << calico << u"np selector"_s << QByteArrayList {R"(selector: 'app == "api"')"}
        << QByteArrayList {R"(selector: 'app == "web"')"};
    QTest::newRow("rule added after the last")
        << calico << u"np rule added"_s << QByteArrayList {"destination: {ports: [8081]}\n"}
        << QByteArrayList {"destination: {ports: [8081]}\n  - action: Deny\n"};
    QTest::newRow("rule inserted before the first")
        << calico << u"np rule inserted first"_s
        << QByteArrayList {"  ingress:\n  - action: Allow\n"}
        << QByteArrayList {"  ingress:\n  - action: Log\n  - action: Allow\n"};
    QTest::newRow("rule inserted before a commented first rule")
        << calico << u"gnp rule inserted first"_s << QByteArrayList {"  egress:\n    # Never reach"}
        << QByteArrayList {"  egress:\n    - action: Log\n    # Never reach"};
    QTest::newRow("first rule removed with its comment")
        << calico << u"gnp first rule removed"_s
        << QByteArrayList {"    # Never reach the instance metadata service.\n"
                           "    - action: Deny\n      protocol: TCP\n      destination:\n"
                           "        nets: [\"169.254.169.254/32\"]\n"}
        << QByteArrayList {""};
    QTest::newRow("moved rule keeps its text and comment")
        << calico << u"gnp rules swapped"_s
        << QByteArrayList {"    # Never reach the instance metadata service.\n"
                           "    - action: Deny\n      protocol: TCP\n      destination:\n"
                           "        nets: [\"169.254.169.254/32\"]\n    - action: Pass\n"}
        << QByteArrayList {"    - action: Pass\n"
                           "    # Never reach the instance metadata service.\n"
                           "    - action: Deny\n      protocol: TCP\n      destination:\n"
                           "        nets: [\"169.254.169.254/32\"]\n"};
    QTest::newRow("last rule removed")
        << calico << u"np last rule removed"_s
        << QByteArrayList {"\n\n  - action: Allow   # health checks\n    protocol: TCP\n"
                           "    source:\n      nets:\n      - 10.0.0.0/8\n"
                           "    destination: {ports: [8081]}\n"}
        << QByteArrayList {"\n"};
    QTest::newRow("first rule removed with the blank line after it")
        << calico << u"np first rule removed"_s
        << QByteArrayList {"  ingress:\n  - action: Allow\n    protocol: TCP\n"
                           "    source: {selector: app == 'frontend'}\n"
                           "    destination:\n      ports: [8080, \"9090\"]   # http and metrics\n"
                           "\n"}
        << QByteArrayList {"  ingress:\n"};
    QTest::newRow("label added in order")
        << calico << u"gnp label added"_s << QByteArrayList {"    owner: secops\n"}
        << QByteArrayList {"    owner: secops\n    team: payments\n"};
    QTest::newRow("first label of a resource")
        << calico << u"np first label"_s << QByteArrayList {"  namespace: payments\n"}
        << QByteArrayList {"  namespace: payments\n  labels:\n    app: api\n"};
    QTest::newRow("only label removed")
        << calico << u"gnp only label removed"_s
        << QByteArrayList {"  labels:\n    owner: secops\n"} << QByteArrayList {""};
    QTest::newRow("port in a flow list")
        << calico << u"np port changed"_s << QByteArrayList {"ports: [8080, \"9090\"]"}
        << QByteArrayList {"ports: [8443, \"9090\"]"};
    QTest::newRow("quoted port stays quoted")
        << calico << u"np quoted port changed"_s << QByteArrayList {"ports: [8080, \"9090\"]"}
        << QByteArrayList {"ports: [8080, \"9091\"]"};
    QTest::newRow("action before a comment")
        << calico << u"np action changed"_s
        << QByteArrayList {"  - action: Allow   # health checks\n"}
        << QByteArrayList {"  - action: Log   # health checks\n"};
    QTest::newRow("net added to a block list")
        << calico << u"np net added"_s << QByteArrayList {"      - 10.0.0.0/8\n"}
        << QByteArrayList {"      - 10.0.0.0/8\n      - 192.168.0.0/16\n"};
    QTest::newRow("field removed from a rule")
        << calico << u"np protocol removed"_s
        << QByteArrayList {"# health checks\n    protocol: TCP\n"}
        << QByteArrayList {"# health checks\n"};
    QTest::newRow("selector in a flow mapping gets quotes")
        << calico << u"np flow selector changed"_s
        << QByteArrayList {"source: {selector: app == 'frontend'}"}
        << QByteArrayList {"source: {selector: \"app in {'frontend', 'web'}\"}"};

    const QString deployment = u"deployment.yaml"_s;
    QTest::newRow("replicas, image and status kept")
        << deployment << u"deployment replicas"_s << QByteArrayList {"  replicas: 3\n"}
        << QByteArrayList {"  replicas: 5\n"};
    QTest::newRow("pod template label removed with its comment")
        << deployment << u"deployment template label removed"_s
        << QByteArrayList {"        tier: backend   # used by the policies\n"}
        << QByteArrayList {""};
    QTest::newRow("service account") << deployment << u"deployment service account"_s
                                     << QByteArrayList {"serviceAccountName: api\n"}
                                     << QByteArrayList {"serviceAccountName: api-v2\n"};
    QTest::newRow("container port, env and volumes kept")
        << deployment << u"deployment port"_s << QByteArrayList {"containerPort: 8080\n"}
        << QByteArrayList {"containerPort: 8081\n"};
    QTest::newRow("deployment label added")
        << deployment << u"deployment label added"_s << QByteArrayList {"    app: api\n  annot"}
        << QByteArrayList {"    app: api\n    version: \"2.14.1\"\n  annot"};

    const QString kubernetes = u"kubernetes-networkpolicy.yaml"_s;
    QTest::newRow("kubernetes port keeps its comment")
        << kubernetes << u"k8s port"_s << QByteArrayList {"port: 8080   # http"}
        << QByteArrayList {"port: 8443   # http"};
    QTest::newRow("kubernetes rule added")
        << kubernetes << u"k8s rule added"_s << QByteArrayList {"port: 8080   # http\n"}
        << QByteArrayList {
               "port: 8080   # http\n  - ports:\n      - protocol: TCP\n        port: 9090\n"};
    QTest::newRow("kubernetes peer label in a flow mapping")
        << kubernetes << u"k8s peer label"_s << QByteArrayList {"matchLabels: {app: frontend}"}
        << QByteArrayList {"matchLabels: {app: web}"};

    const QString multi = u"multi-document.yaml"_s;
    QTest::newRow("namespace label added to a flow mapping")
        << multi << u"namespace flow label added"_s << QByteArrayList {"{team: payments}"}
        << QByteArrayList {"{env: prod, team: payments}"};
    QTest::newRow("tier order, other documents kept")
        << multi << u"tier order"_s << QByteArrayList {"  order: 100\n"}
        << QByteArrayList {"  order: 150\n"};
    QTest::newRow("pod label removed, status kept")
        << multi << u"pod only label removed"_s << QByteArrayList {"  labels:\n    app: api\nspec"}
        << QByteArrayList {"spec"};
    QTest::newRow("pod node, image kept")
        << multi << u"pod node"_s << QByteArrayList {"nodeName: node-1\n"}
        << QByteArrayList {"nodeName: node-2\n"};

    const QString json = u"calico-policy.json"_s;
    QTest::newRow("JSON order") << json << u"json order"_s << QByteArrayList {"\"order\": 500"}
                                << QByteArrayList {"\"order\": 600"};
    QTest::newRow("JSON rule added on its own line")
        << json << u"json rule added"_s << QByteArrayList {"      {\"action\": \"Deny\"}\n"}
        << QByteArrayList {"      {\"action\": \"Deny\"},\n      {\"action\": \"Allow\"}\n"};
    QTest::newRow("JSON selector")
        << json << u"json selector"_s << QByteArrayList {"\"has(restricted)\""}
        << QByteArrayList {"\"has(restricted) && tier == 'x'\""};
    QTest::newRow("JSON labels added")
        << json << u"json label added"_s << QByteArrayList {"\"name\": \"deny-egress\"\n"}
        << QByteArrayList {"\"name\": \"deny-egress\",\n    \"labels\": {\"owner\": \"secops\"}\n"};
}

void TstDocumentPatch::oneFieldEditChangesItsLines()
{
    QFETCH(QString, fixture);
    QFETCH(QString, edit);
    QFETCH(QByteArrayList, from);
    QFETCH(QByteArrayList, to);

    const QByteArray original = test::readFile(test::fixturePath(u"io/patch/"_s + fixture));
    QVERIFY(!original.isNull());
    QTemporaryDir dir;
    const QString path = dir.filePath(fixture);
    QVERIFY(test::writeFile(path, original));
    const LoadResult loaded = Loader().loadPaths({path});
    QVERIFY(!hasErrors(loaded.diagnostics));
    WorkspaceStore store(loaded);

    QVERIFY2(edits().contains(edit), qPrintable(edit));
    const Workspace edited = loaded.workspace.edited(edits()[edit]);
    QVERIFY(!(edited == loaded.workspace));

    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.size(), 1);
    const QByteArray expected = replaced(original, from, to);
    const QByteArray &saved = plan->writes.first().bytes;
    if (saved != expected)
        qWarning().noquote() << "saved:\n" << saved << "\nexpected:\n" << expected;
    QCOMPARE(saved, expected);

    // Saved and read back: exactly the edited workspace.
    const Result<QStringList> applied = store.apply(*plan);
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().toString()));
    QCOMPARE(test::readFile(path), expected);
    const LoadResult reread = Loader().loadPaths({path});
    QCOMPARE(reread.diagnostics.size(), loaded.diagnostics.size());
    QCOMPARE(reread.workspace, edited);
    // Nothing more to save.
    QVERIFY(store.plan(edited)->isEmpty());
}

void TstDocumentPatch::defaultsAreNotWritten()
{
    // The policy has neither tier nor types: the model holds their defaults ("default",
    // [Ingress]), which encode alike before and after the edit and are not written.
    const QByteArray text = "apiVersion: projectcalico.org/v3\n"
                            "kind: GlobalNetworkPolicy\n"
                            "metadata: {name: p}\n"
                            "spec:\n"
                            "  selector: all()   # everything\n"
                            "  ingress: [{action: Allow}]\n";
    const LoadResult loaded = Loader().loadText(text, u"p.yaml"_s);
    QCOMPARE(loaded.workspace->policies.first().tier, u"default"_s);
    QCOMPARE(loaded.workspace->policies.first().types, QStringList {u"Ingress"_s});
    const WorkspaceStore store(loaded);
    const Workspace edited = loaded.workspace.edited(
        [](WorkspaceData &d) { d.policies.first().selector = u"role == 'db'"_s; });
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.first().bytes,
        QByteArray(text).replace("selector: all()", "selector: role == 'db'"));
}

void TstDocumentPatch::everyFixtureResourceTakesAnEdit_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *name : {"io/patch/calico-policies.yaml", "io/patch/deployment.yaml",
             "io/patch/kubernetes-networkpolicy.yaml", "io/patch/multi-document.yaml",
             "io/patch/calico-policy.json", "io/roundtrip/calico.yaml",
             "io/roundtrip/kubernetes.yaml", "io/roundtrip/lists.yaml", "io/roundtrip/tricky.json",
             "io/real/calicoctl-get-gnp.yaml", "io/real/kubectl-get-pods.yaml",
             "io/golden/policies.in.yaml"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TstDocumentPatch::everyFixtureResourceTakesAnEdit()
{
    // Each resource in turn: a label added, then every label removed. The file reads back as
    // the edited workspace, and nothing before or after that resource's text changes.
    QFETCH(QString, fixture);
    const QByteArray text = test::readFile(test::fixturePath(fixture));
    QVERIFY(!text.isNull());
    const QString name = u"f"_s + fixture.mid(fixture.lastIndexOf(u'.'));
    const LoadResult loaded = Loader().loadText(text, name);
    const WorkspaceStore store(loaded);
    const qsizetype bom = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    int edits = 0;
    int list = 0;
    forEachResourceList([&](auto member) {
        const auto &resources = loaded.workspace.data().*member;
        for (qsizetype i = 0; i < resources.size(); ++i) {
            const Source source = resources[i].source;
            for (const int edit : {0, 1, 2}) {
                const bool clear = edit == 1;
                const Workspace edited = loaded.workspace.edited([&](WorkspaceData &d) {
                    auto &r = (d.*member)[i];
                    if (edit == 0)
                        r.meta.labels.insert(u"patched"_s, u"yes: \"quoted\", {flow}"_s);
                    else if (edit == 1)
                        r.meta.labels.clear();
                    else if constexpr (std::is_same_v<std::remove_cvref_t<decltype(r)>,
                                           CalicoPolicy>) {
                        // A rule in front, the last one gone, a new order.
                        Rule added = rule(u"Allow"_s);
                        added.destination.ports = {Port::single(443), Port::range(8000, 8080)};
                        r.ingress.prepend(added);
                        if (!r.egress.isEmpty())
                            r.egress.removeLast();
                        r.order = 77.5;
                    }
                });
                if (edited == loaded.workspace)
                    continue;
                const QString what = u"%1 #%2 (list %3)%4"_s.arg(fixture).arg(i).arg(list).arg(
                    edit == 2 ? u" rules"_s : (clear ? u" labels cleared"_s : u" label added"_s));
                const Result<WritePlan> plan = store.plan(edited);
                QVERIFY2(plan.ok(),
                    qPrintable(what + u": "_s + (plan.ok() ? QString() : plan.error().toString())));
                QCOMPARE(plan->writes.size(), 1);
                const QByteArray &saved = plan->writes.first().bytes;
                QVERIFY2(saved.startsWith(text.left(bom + source.begin)), qPrintable(what));
                QVERIFY2(saved.endsWith(text.mid(bom + source.end)), qPrintable(what));
                QVERIFY2(Loader().loadText(saved, name).workspace == edited, qPrintable(what));
                ++edits;
            }
        }
        ++list;
    });
    QVERIFY(edits > 0);
}

void TstDocumentPatch::windowsLineEndsAreKept()
{
    // Lines written into a CRLF file end with CRLF; removed lines take theirs with them.
    const QByteArray text = "apiVersion: projectcalico.org/v3\r\n"
                            "kind: GlobalNetworkPolicy\r\n"
                            "metadata:\r\n"
                            "  name: p\r\n"
                            "spec:\r\n"
                            "  selector: all()\r\n"
                            "  ingress:\r\n"
                            "  - action: Allow\r\n"
                            "  - action: Log\r\n";
    const LoadResult loaded = Loader().loadText(text, u"p.yaml"_s);
    const WorkspaceStore store(loaded);
    const Workspace edited = loaded.workspace.edited([](WorkspaceData &d) {
        CalicoPolicy &p = d.policies.first();
        p.meta.labels.insert(u"a"_s, u"b"_s);
        p.ingress.removeLast();
        p.ingress.append(rule(u"Deny"_s));
    });
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.first().bytes,
        QByteArray(text)
            .replace("  name: p\r\n", "  name: p\r\n  labels:\r\n    a: b\r\n")
            .replace("  - action: Log\r\n", "  - action: Deny\r\n"));
}

void TstDocumentPatch::changedDefaultIsWritten()
{
    // No types written: Calico defaults them from the rules. An egress rule added while the
    // policy keeps [Ingress] would read back as [Ingress, Egress], so the types are written;
    // nothing else the text leaves to its defaults is.
    const QByteArray text = "apiVersion: projectcalico.org/v3\n"
                            "kind: GlobalNetworkPolicy\n"
                            "metadata: {name: p}\n"
                            "spec:\n"
                            "  selector: all()\n"
                            "  ingress: [{action: Allow}]\n";
    const LoadResult loaded = Loader().loadText(text, u"p.yaml"_s);
    const WorkspaceStore store(loaded);
    const Workspace edited = loaded.workspace.edited(
        [](WorkspaceData &d) { d.policies.first().egress.append(rule(u"Deny"_s)); });
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    const QByteArray &saved = plan->writes.first().bytes;
    QCOMPARE(saved,
        QByteArray(text).replace("[{action: Allow}]\n",
            "[{action: Allow}]\n  egress:\n    - action: Deny\n  types:\n    - Ingress\n"));
    QCOMPARE(Loader().loadText(saved, u"p.yaml"_s).workspace, edited);
}

void TstDocumentPatch::impliedDefaultStaysUnwritten()
{
    // The same edit as the form makes it: the types follow the rules, as Calico infers them
    // when the text does not write them, so only the egress rule is written.
    const QByteArray text = "apiVersion: projectcalico.org/v3\n"
                            "kind: GlobalNetworkPolicy\n"
                            "metadata: {name: p}\n"
                            "spec:\n"
                            "  selector: all()\n"
                            "  ingress: [{action: Allow}]\n";
    const LoadResult loaded = Loader().loadText(text, u"p.yaml"_s);
    QCOMPARE(loaded.workspace->policies.first().types, QStringList {u"Ingress"_s});
    const WorkspaceStore store(loaded);
    const Workspace edited = loaded.workspace.edited([](WorkspaceData &d) {
        CalicoPolicy &p = d.policies.first();
        p.egress.append(rule(u"Deny"_s));
        p.types = QStringList {u"Ingress"_s, u"Egress"_s};
    });
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    const QByteArray &saved = plan->writes.first().bytes;
    QCOMPARE(saved,
        QByteArray(text).replace(
            "[{action: Allow}]\n", "[{action: Allow}]\n  egress:\n    - action: Deny\n"));
    QCOMPARE(Loader().loadText(saved, u"p.yaml"_s).workspace, edited);

    // Types the user sets apart from the rules are written.
    const Workspace explicitTypes = loaded.workspace.edited([](WorkspaceData &d) {
        d.policies.first().types = QStringList {u"Ingress"_s, u"Egress"_s};
    });
    const Result<WritePlan> second = store.plan(explicitTypes);
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
    QCOMPARE(second->writes.first().bytes,
        QByteArray(text).replace(
            "[{action: Allow}]\n", "[{action: Allow}]\n  types:\n    - Ingress\n    - Egress\n"));
}

void TstDocumentPatch::unlocatableEditIsRefused()
{
    // The rule list is an alias of a list written elsewhere: editing it in place would edit
    // both. The document holds a field that is not kept, so it is not written whole either.
    const QByteArray text = "apiVersion: projectcalico.org/v3\n"
                            "kind: GlobalNetworkPolicy\n"
                            "metadata: {name: p}\n"
                            "spec:\n"
                            "  selector: all()\n"
                            "  ingress: &rules\n"
                            "  - action: Allow\n"
                            "  egress: *rules\n"
                            "  unknownField: 1\n";
    const LoadResult loaded = Loader().loadText(text, u"p.yaml"_s);
    QVERIFY(!loaded.workspace->policies.first().source.complete);
    const WorkspaceStore store(loaded);
    const Workspace edited = loaded.workspace.edited(
        [](WorkspaceData &d) { d.policies.first().egress.first().action = u"Deny"_s; });
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(u"cannot be written back"_s),
        qPrintable(plan.error().message));
    QVERIFY2(plan.error().message.contains(u"spec.egress"_s), qPrintable(plan.error().message));
    QCOMPARE(plan.error().file, u"p.yaml"_s);
    QVERIFY(plan.error().line > 0);
}

QTEST_GUILESS_MAIN(TstDocumentPatch)
#include "tst_documentpatch.moc"
