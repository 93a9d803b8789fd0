// policyctl push --kubeconfig and pull --kubeconfig in-process against a STUB of the
// Kubernetes API server (tests/support/kubeapistub.h; no real API server can run here) over
// HTTPS with a certificate the test makes with openssl: the kubeconfig the test writes (CA data,
// token, two contexts), dry run, apply with its JSON report, a second push that changes nothing,
// a refusal (403) with exit 1 and "left as it was", pull into a folder that pushes back
// unchanged (and that kubectl, where installed, applies with a client-side dry run against the
// stub), and the usage errors (exit 2), including a kubeconfig that turns certificate checks
// off.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/app/cli/clirunner.h"
#include "tests/support/etcdserver.h"
#include "tests/support/kubeapistub.h"
#include "tests/support/testfiles.h"

using namespace Qt::Literals::StringLiterals;
using ps::test::KubeApiStub;

namespace {

const QByteArray kToken = "cli-stub-token";

} // namespace

class TestCliKube : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bool m_haveCerts = false;

    /// A kubeconfig for `url` (with the test CA, or `extraCluster` instead): context "stub"
    /// and context "elsewhere" (port 1, the current one).
    QString kubeconfig(const QString &url, const QByteArray &extraCluster = {})
    {
        const QByteArray ca = ps::test::readFile(m_dir.filePath(u"certs/ca.pem"_s));
        const QByteArray text = "apiVersion: v1\nkind: Config\ncurrent-context: elsewhere\n"
                                "clusters:\n- name: stub\n  cluster:\n    server: "
            + url.toUtf8() + "\n"
            + (extraCluster.isEmpty() ? "    certificate-authority-data: " + ca.toBase64() + "\n"
                                      : extraCluster)
            + "- name: elsewhere\n  cluster:\n    server: https://127.0.0.1:1\n"
              "contexts:\n- name: stub\n  context:\n    cluster: stub\n    user: u\n"
              "- name: elsewhere\n  context:\n    cluster: elsewhere\n    user: u\n"
              "users:\n- name: u\n  user:\n    token: "
            + kToken + "\n";
        const QString file = m_dir.filePath(u"kubeconfig-%1"_s.arg(++m_configs));
        ps::test::writeFile(file, text);
        return file;
    }
    int m_configs = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(u"certs"_s));
        QString why;
        m_haveCerts = ps::test::EtcdServer::makeCertificates(m_dir.filePath(u"certs"_s), why);
        if (!m_haveCerts)
            qWarning("%s", qPrintable(why));
    }
    void usageErrors_data();
    void usageErrors();
    void pushDryRunApplyAgain();
    void refusedPushExitsOne();
    void pullAndPushBack();
};

void TestCliKube::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString ws = ps::test::fixturePath(u"push/etcd/base"_s);
    const QString config = kubeconfig(u"https://127.0.0.1:2"_s);
    const QString insecure
        = kubeconfig(u"https://127.0.0.1:2"_s, "    insecure-skip-tls-verify: true\n");
    QTest::newRow("two targets") << QStringList {u"push"_s, u"-f"_s, ws, u"--kubeconfig"_s, config,
        u"--etcd"_s, u"http://127.0.0.1:1"_s}
                                 << u"give one target"_s;
    QTest::newRow("context without kubeconfig") << QStringList {u"push"_s, u"-f"_s, ws, u"--etcd"_s,
        u"http://127.0.0.1:1"_s, u"--context"_s, u"x"_s}
                                                << u"--context is for the Kubernetes target"_s;
    QTest::newRow("force with etcd") << QStringList {u"push"_s, u"-f"_s, ws, u"--etcd"_s,
        u"http://127.0.0.1:1"_s, u"--force-conflicts"_s}
                                     << u"--force-conflicts is for the Kubernetes target"_s;
    QTest::newRow("rollback with kubeconfig")
        << QStringList {u"push"_s, u"-f"_s, ws, u"--kubeconfig"_s, config, u"--rollback"_s}
        << u"--rollback is not for the Kubernetes target"_s;
    QTest::newRow("missing kubeconfig") << QStringList {u"push"_s, u"-f"_s, ws, u"--kubeconfig"_s,
        m_dir.filePath(u"none"_s)} << u"cannot read the kubeconfig"_s;
    QTest::newRow("unknown context") << QStringList {u"push"_s, u"-f"_s, ws, u"--kubeconfig"_s,
        config, u"--context"_s, u"nope"_s}
                                     << u"has no entry named 'nope'"_s;
    QTest::newRow("insecure refused") << QStringList {u"push"_s, u"-f"_s, ws, u"--kubeconfig"_s,
        insecure, u"--context"_s, u"stub"_s}
                                      << u"insecure-skip-tls-verify: is true"_s;
    QTest::newRow("pull with two sources") << QStringList {u"pull"_s, u"--kubeconfig"_s, config,
        u"--etcd"_s, u"http://127.0.0.1:1"_s, u"--out"_s, u"/tmp/x"_s}
                                           << u"give one source"_s;
    QTest::newRow("pull context without kubeconfig") << QStringList {u"pull"_s, u"--etcd"_s,
        u"http://127.0.0.1:1"_s, u"--context"_s, u"x"_s, u"--out"_s, u"/tmp/x"_s}
                                                     << u"--context is for a Kubernetes cluster"_s;
}

void TestCliKube::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliKube::pushDryRunApplyAgain()
{
    if (!m_haveCerts)
        QSKIP("openssl could not make the test certificates");
    KubeApiStub stub(m_dir.filePath(u"certs"_s), kToken, KubeApiStub::Layout::NativeCrds);
    QString why;
    QVERIFY2(stub.start(why), qPrintable(why));
    const QStringList push {u"push"_s, u"-f"_s, ps::test::fixturePath(u"push/etcd/base"_s),
        u"--kubeconfig"_s, kubeconfig(stub.url()), u"--context"_s, u"stub"_s};

    CliRun run = runCli(push + QStringList {u"--dry-run"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"native projectcalico.org/v3 CRDs"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"create    GlobalNetworkPolicy allow-dns"_s), qPrintable(run.out));
    QVERIFY2(
        run.out.contains(u"checked create NetworkPolicy prod/web-ingress"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"dry run: the server checked every change"_s), qPrintable(run.out));
    QVERIFY(stub.paths().isEmpty());

    run = runCli(push + QStringList {u"-o"_s, u"json"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(report.value(u"target"_s).toObject().value(u"layout"_s).toString(), u"native-crds"_s);
    const QJsonArray resources = report.value(u"resources"_s).toArray();
    QCOMPARE(resources.size(), 4);
    for (const QJsonValue &r : resources)
        QCOMPARE(r.toObject().value(u"result"_s).toString(), u"applied"_s);
    QVERIFY(report.contains(u"diff"_s));
    QCOMPARE(stub.paths().size(), 4);

    run = runCli(push);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"4 unchanged"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"nothing to change"_s), qPrintable(run.out));
}

void TestCliKube::refusedPushExitsOne()
{
    if (!m_haveCerts)
        QSKIP("openssl could not make the test certificates");
    KubeApiStub stub(m_dir.filePath(u"certs"_s), kToken);
    stub.forbid(u"patch"_s, u"hostendpoints"_s);
    QString why;
    QVERIFY2(stub.start(why), qPrintable(why));
    const CliRun run = runCli({u"push"_s, u"-f"_s, ps::test::fixturePath(u"push/etcd/base"_s),
        u"--kubeconfig"_s, kubeconfig(stub.url()), u"--context"_s, u"stub"_s});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"forbidden (403)"_s), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"failed create HostEndpoint"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"nothing was applied: the cluster is left as it was"_s),
        qPrintable(run.out));
    QVERIFY(stub.paths().isEmpty());
}

void TestCliKube::pullAndPushBack()
{
    if (!m_haveCerts)
        QSKIP("openssl could not make the test certificates");
    KubeApiStub stub(m_dir.filePath(u"certs"_s), kToken);
    QString why;
    QVERIFY2(stub.start(why), qPrintable(why));
    const QString config = kubeconfig(stub.url());
    CliRun run = runCli({u"push"_s, u"-f"_s, ps::test::fixturePath(u"push/etcd/base"_s),
        u"--kubeconfig"_s, config, u"--context"_s, u"stub"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    stub.seed(QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Namespace"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"prod"_s}}}});

    QTemporaryDir out;
    const QString folder = QDir(out.path()).filePath(u"cluster"_s);
    run = runCli(
        {u"pull"_s, u"--kubeconfig"_s, config, u"--context"_s, u"stub"_s, u"--out"_s, folder});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"pulled 5 resource(s)"_s), qPrintable(run.out));
    QVERIFY(QFile::exists(QDir(folder).filePath(u".policy-studio"_s)));

    run = runCli(
        {u"push"_s, u"-f"_s, folder, u"--kubeconfig"_s, config, u"--context"_s, u"stub"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"4 unchanged"_s), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliKube)
#include "tst_cli_kube.moc"
