// policyctl patch: merge and JSON patches written back with -w as minimal edits of the files
// (the whole file compared), the patched document printed without -w, and the errors — a
// resource that is not there (with "did you mean"), a patch that is not JSON (its position), a
// failed test, an invalid result (its file, line and column; nothing written) — with their
// exit codes.

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/app/cli/clirunner.h"
#include "tests/support/testfiles.h"

using namespace Qt::Literals::StringLiterals;

namespace {

/// The manifests of tests/fixtures/io/patch, copied into `dir`.
QStringList copyFixtures(const QTemporaryDir &dir)
{
    const QDir fixtures(ps::test::fixturePath(u"io/patch"_s));
    QStringList files;
    for (const QString &name : fixtures.entryList(QDir::Files, QDir::Name)) {
        const QString target = dir.filePath(name);
        if (ps::test::writeFile(target, ps::test::readFile(fixtures.filePath(name))))
            files << target;
    }
    return files;
}

QByteArray original(const QString &name)
{
    return ps::test::readFile(ps::test::fixturePath(u"io/patch/"_s + name));
}

} // namespace

class TestCliPatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesMinimalEdits_data();
    void writesMinimalEdits();
    void printsThePatchedDocument();
    void patchesStandardInput();
    void adminPolicyNodesAndMove();
    void errors_data();
    void errors();
};

void TestCliPatch::writesMinimalEdits_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("said");

    QTest::newRow("merge patch of an order")
        << QStringList {u"--kind"_s, u"GlobalNetworkPolicy"_s, u"--name"_s,
               u"security.block-metadata"_s, u"--patch"_s, uR"({"spec": {"order": 42}})"_s}
        << u"calico-policies.yaml"_s << QByteArray("  order: 10\n") << QByteArray("  order: 42\n")
        << u"GlobalNetworkPolicy security.block-metadata patched in "_s;
    QTest::newRow("JSON patch adds a rule")
        << QStringList {u"--kind"_s, u"NetworkPolicy"_s, u"--name"_s, u"allow-frontend"_s,
               u"--namespace"_s, u"payments"_s, u"--type"_s, u"json"_s, u"--patch"_s,
               uR"([{"op": "add", "path": "/spec/ingress/-", "value": {"action": "Deny"}}])"_s}
        << u"calico-policies.yaml"_s << QByteArray("destination: {ports: [8081]}\n")
        << QByteArray("destination: {ports: [8081]}\n  - action: Deny\n")
        << u"NetworkPolicy payments/allow-frontend patched in "_s;
    QTest::newRow("JSON patch removes a label")
        << QStringList {u"--kind"_s, u"globalnetworkpolicy"_s, u"--name"_s,
               u"security.block-metadata"_s, u"--type"_s, u"json"_s, u"--patch"_s,
               uR"([{"op": "test", "path": "/metadata/labels/owner", "value": "secops"},
                    {"op": "remove", "path": "/metadata/labels"}])"_s}
        << u"calico-policies.yaml"_s << QByteArray("  labels:\n    owner: secops\n") << QByteArray()
        << u"GlobalNetworkPolicy security.block-metadata patched in "_s;
    QTest::newRow("Deployment keeps its images and status")
        << QStringList {u"--kind"_s, u"Deployment"_s, u"--name"_s, u"api"_s, u"--patch"_s,
               uR"({"spec": {"replicas": 5}})"_s}
        << u"deployment.yaml"_s << QByteArray("  replicas: 3\n") << QByteArray("  replicas: 5\n")
        << u"Deployment payments/api patched in "_s;
    QTest::newRow("one file, its tier in another: the error it had is not the patch's")
        << QStringList {u"--kind"_s, u"GlobalNetworkPolicy"_s, u"--name"_s,
               u"security.block-metadata"_s, u"--patch"_s, uR"({"spec": {"order": 42}})"_s, u"-f"_s,
               u"calico-policies.yaml"_s}
        << u"calico-policies.yaml"_s << QByteArray("  order: 10\n") << QByteArray("  order: 42\n")
        << u"GlobalNetworkPolicy security.block-metadata patched in "_s;
    QTest::newRow("JSON file") << QStringList {u"--kind"_s, u"GlobalNetworkPolicy"_s, u"--name"_s,
        u"deny-egress"_s, u"--type"_s, u"json"_s, u"--patch"_s,
        uR"x([{"op": "replace", "path": "/spec/selector", "value": "has(quarantine)"}])x"_s}
                               << u"calico-policy.json"_s << QByteArray("\"has(restricted)\"")
                               << QByteArray("\"has(quarantine)\"")
                               << u"GlobalNetworkPolicy deny-egress patched in "_s;
}

void TestCliPatch::writesMinimalEdits()
{
    QFETCH(QStringList, options);
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QStringList files = copyFixtures(dir);
    QVERIFY(files.size() >= 5);

    // -f the folder, or the one file a row names.
    QStringList arguments = {u"patch"_s, u"-w"_s};
    const QString fileOption = u"-f"_s;
    if (!options.contains(fileOption))
        arguments << fileOption << dir.path();
    for (qsizetype i = 0; i < options.size(); ++i)
        arguments << (i > 0 && options[i - 1] == fileOption ? dir.filePath(options[i])
                                                            : options[i]);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, said + dir.filePath(file) + u'\n');
    // That file changed in those lines only; every other file is as it was.
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        QByteArray expected = original(name);
        if (name == file) {
            QCOMPARE(expected.count(from), 1);
            expected.replace(from, to);
        }
        QCOMPARE(ps::test::readFile(path), expected);
    }
}

void TestCliPatch::printsThePatchedDocument()
{
    QTemporaryDir dir;
    copyFixtures(dir);
    const QString path = dir.filePath(u"kubernetes-networkpolicy.yaml"_s);
    const CliRun run = runCli({u"patch"_s, u"-f"_s, path, u"--kind"_s, u"KubernetesNetworkPolicy"_s,
        u"--name"_s, u"api-ingress"_s, u"--patch"_s,
        uR"({"spec": {"podSelector": {"matchLabels": {"app": "api-v2"}}}})"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    // The document as it would be in the file (without its leading comment, which is not part
    // of the resource); the file itself is untouched.
    QByteArray expected = original(u"kubernetes-networkpolicy.yaml"_s);
    expected = expected.mid(expected.indexOf("apiVersion"));
    expected.replace("      app: api\n", "      app: api-v2\n");
    QCOMPARE(run.out, QString::fromUtf8(expected));
    QCOMPARE(ps::test::readFile(path), original(u"kubernetes-networkpolicy.yaml"_s));
}

void TestCliPatch::patchesStandardInput()
{
    const QByteArray text = original(u"calico-policies.yaml"_s);
    const CliRun run
        = runCli({u"patch"_s, u"-f"_s, u"-"_s, u"--kind"_s, u"GlobalNetworkPolicy"_s, u"--name"_s,
                     u"security.block-metadata"_s, u"--patch"_s, uR"({"spec": {"order": 42}})"_s},
            text);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QByteArray expected = text.mid(text.indexOf("apiVersion"));
    expected = expected.left(expected.indexOf("    - action: Pass") + 18) + '\n';
    expected.replace("  order: 10\n", "  order: 42\n");
    QCOMPARE(run.out, QString::fromUtf8(expected));
    // Written back, it cannot be.
    const CliRun write
        = runCli({u"patch"_s, u"-w"_s, u"-f"_s, u"-"_s, u"--kind"_s, u"GlobalNetworkPolicy"_s,
                     u"--name"_s, u"security.block-metadata"_s, u"--patch"_s, u"{}"_s},
            text);
    QCOMPARE(write.code, 2);
}

void TestCliPatch::adminPolicyNodesAndMove()
{
    // A ClusterNetworkPolicy's nodes peer selector replaced: that line changes, its comment
    // stays. A rule moved (JSON patch move): its own lines move, comment and all.
    const QByteArray first = "    # control plane first\n"
                             "    - name: api-servers\n"
                             "      action: Accept\n"
                             "      to:\n"
                             "        - nodes: {matchLabels: {role: master}}   # masters only\n";
    const QByteArray second = "    - name: rest\n"
                              "      action: Pass\n"
                              "      to: [{namespaces: {}}]\n";
    const QByteArray head = "apiVersion: policy.networking.k8s.io/v1alpha2\n"
                            "kind: ClusterNetworkPolicy\n"
                            "metadata: {name: control-plane}\n"
                            "spec:\n"
                            "  tier: Admin\n"
                            "  priority: 4\n"
                            "  subject: {namespaces: {}}\n"
                            "  egress:\n";
    const QByteArray text = head + first + second;
    const QStringList resource {u"patch"_s, u"-f"_s, u"-"_s, u"--kind"_s, u"ClusterNetworkPolicy"_s,
        u"--name"_s, u"control-plane"_s, u"--type"_s, u"json"_s, u"--patch"_s};
    const CliRun nodes
        = runCli(resource + QStringList {uR"([{"op": "replace", "path": "/spec/egress/0/to/0/nodes",
                              "value": {"matchLabels": {"role": "infra"}}}])"_s},
            text);
    QVERIFY2(nodes.code == 0, qPrintable(nodes.err));
    QByteArray expected = text;
    expected.replace("{role: master}", "{role: infra}");
    QCOMPARE(nodes.out, QString::fromUtf8(expected));

    const CliRun moved = runCli(resource
            + QStringList {uR"([{"op": "move", "from": "/spec/egress/0", "path": "/spec/egress/1"}])"_s},
        text);
    QVERIFY2(moved.code == 0, qPrintable(moved.err));
    QCOMPARE(moved.out, QString::fromUtf8(head + second + first));
}

void TestCliPatch::errors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const QStringList gnp
        = {u"--kind"_s, u"GlobalNetworkPolicy"_s, u"--name"_s, u"security.block-metadata"_s};
    QTest::newRow("no such resource")
        << QStringList {u"--kind"_s, u"NetworkPolicy"_s, u"--name"_s, u"allow-frontnd"_s,
               u"--patch"_s, u"{}"_s}
        << 1
        << u"policyctl patch: error: no NetworkPolicy named \"allow-frontnd\" in the workspace; "
           "did you mean \"allow-frontend\"?\n"_s;
    QTest::newRow("unknown kind")
        << QStringList {u"--kind"_s, u"GlobalNetworkPolicies"_s, u"--name"_s, u"x"_s, u"--patch"_s,
               u"{}"_s}
        << 1
        << u"policyctl patch: error: unknown kind \"GlobalNetworkPolicies\"; did you mean "
           "\"GlobalNetworkPolicy\"?\n"_s;
    QTest::newRow("patch that is not JSON")
        << (gnp + QStringList {u"--patch"_s, u"{\"spec\": {\"order\" 42}}"_s}) << 1
        << u"policyctl patch: error: the patch is not valid JSON: missing name separator (line "
           "1, column 20)\n"_s;
    QTest::newRow("failed test")
        << (gnp
               + QStringList {u"--type"_s, u"json"_s, u"--patch"_s,
                   uR"([{"op": "test", "path": "/spec/order", "value": 11}])"_s})
        << 1
        << u"policyctl patch: error: patch operation 0 (test /spec/order): test failed: the "
           "value is 10, not 11\n"_s;
    QTest::newRow("path that does not exist")
        << (gnp
               + QStringList {u"--type"_s, u"json"_s, u"--patch"_s,
                   uR"([{"op": "replace", "path": "/spec/egress/5/action", "value": "Deny"}])"_s})
        << 1
        << u"policyctl patch: error: patch operation 0 (replace /spec/egress/5/action): the "
           "path does not exist\n"_s;
    QTest::newRow("misspelled field")
        << (gnp + QStringList {u"--patch"_s, uR"({"spec": {"oder": 5}})"_s}) << 1
        << u"policyctl patch: error: the patched GlobalNetworkPolicy security.block-metadata is "
           "not valid: spec.oder: unknown field \"oder\" in GlobalNetworkPolicy spec; did you "
           "mean \"order\"?\n"_s;
    QTest::newRow("invalid selector, at its line in the file")
        << (gnp + QStringList {u"--patch"_s, uR"({"spec": {"selector": "app == "}})"_s}) << 1
        << u"calico-policies.yaml:12:"_s;
    QTest::newRow("field that is not modelled")
        << QStringList {u"--kind"_s, u"Deployment"_s, u"--name"_s, u"api"_s, u"--patch"_s,
               uR"({"spec": {"paused": true}})"_s}
        << 1
        << u"policyctl patch: error: the patched Deployment payments/api sets fields that "
           "Policy Studio does not model (spec.paused); edit the file itself\n"_s;
    QTest::newRow("no --patch") << gnp << 2 << u"policyctl patch: error: --patch is required\n"_s;
    QTest::newRow("unknown --type")
        << (gnp + QStringList {u"--type"_s, u"strategic"_s, u"--patch"_s, u"{}"_s}) << 2
        << u"policyctl patch: error: --type must be merge or json, not 'strategic'\n"_s;
}

void TestCliPatch::errors()
{
    QFETCH(QStringList, options);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QStringList files = copyFixtures(dir);
    const CliRun run = runCli(QStringList {u"patch"_s, u"-f"_s, dir.path(), u"-w"_s} + options);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.startsWith(message) || run.err.contains(u'/' + message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    for (const QString &path : files) // nothing written
        QCOMPARE(ps::test::readFile(path), original(QFileInfo(path).fileName()));
}

QTEST_GUILESS_MAIN(TestCliPatch)
#include "tst_cli_patch.moc"
