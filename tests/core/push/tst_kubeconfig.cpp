// Kubeconfig reading: clusters, users and contexts by name, the current or the asked context,
// CA / client certificate / key as files (relative to the kubeconfig) or base64 data, token and
// tokenFile, and the errors — each naming the file and the field — including the refusal of
// insecure-skip-tls-verify unless allowed. Where Debian's kubectl is installed, it reads the
// same files (`kubectl config view --minify --raw -o json`) and must find the same server,
// context, namespace and credentials.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/push/kubeconfig.h"

using namespace Qt::Literals::StringLiterals;
using namespace ps;

namespace {

const QByteArray kCa = "-----BEGIN CERTIFICATE-----\nTUlJQ2F0ZXN0\n-----END CERTIFICATE-----\n";
const QByteArray kCert = "-----BEGIN CERTIFICATE-----\nY2xpZW50\n-----END CERTIFICATE-----\n";
const QByteArray kKey = "-----BEGIN PRIVATE KEY-----\na2V5\n-----END PRIVATE KEY-----\n";

QByteArray config(const QByteArray &cluster, const QByteArray &user,
    const QByteArray &current = "current-context: main\n")
{
    return "apiVersion: v1\nkind: Config\n" + current
        + "clusters:\n- name: prod\n  cluster:\n    server: https://10.0.0.1:6443\n" + cluster
        + "- name: lab\n  cluster:\n    server: https://lab.example:443/\n"
          "    certificate-authority-data: "
        + kCa.toBase64()
        + "\n"
          "contexts:\n- name: main\n  context:\n    cluster: prod\n    user: admin\n"
          "    namespace: team-a\n"
          "- name: lab\n  context:\n    cluster: lab\n    user: lab-user\n"
          "users:\n- name: admin\n  user:\n"
        + user + "- name: lab-user\n  user:\n    token: lab-token\n";
}

} // namespace

class TestKubeconfig : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(u"certs/ca.pem"_s, kCa);
        write(u"certs/client.pem"_s, kCert);
        write(u"certs/client-key.pem"_s, kKey);
        write(u"token"_s, "file-token\n");
    }
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void kubeconfigVariable();
};

void TestKubeconfig::reads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("context");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("ca");
    QTest::addColumn<bool>("clientCert");
    QTest::addColumn<bool>("insecure");

    QTest::newRow("token, CA file relative")
        << config("    certificate-authority: certs/ca.pem\n", "    token: abc\n") << QString()
        << false << u"https://10.0.0.1:6443"_s << u"team-a"_s << QByteArray("abc") << kCa << false
        << false;
    QTest::newRow("CA data, client certificate files")
        << config("    certificate-authority-data: " + kCa.toBase64() + "\n",
               "    client-certificate: certs/client.pem\n    client-key: certs/client-key.pem\n")
        << QString() << false << u"https://10.0.0.1:6443"_s << u"team-a"_s << QByteArray() << kCa
        << true << false;
    QTest::newRow("client certificate data") << config("",
        "    client-certificate-data: " + kCert.toBase64() + "\n    client-key-data: "
            + kKey.toBase64() + "\n") << QString()
                                             << false << u"https://10.0.0.1:6443"_s << u"team-a"_s
                                             << QByteArray() << QByteArray() << true << false;
    QTest::newRow("tokenFile wins over token")
        << config("", "    token: ignored\n    tokenFile: token\n") << QString() << false
        << u"https://10.0.0.1:6443"_s << u"team-a"_s << QByteArray("file-token") << QByteArray()
        << false << false;
    QTest::newRow("another context")
        << config("", "    token: abc\n") << u"lab"_s << false << u"https://lab.example:443"_s
        << QString() << QByteArray("lab-token") << kCa << false << false;
    QTest::newRow("insecure when allowed")
        << config("    insecure-skip-tls-verify: true\n", "    token: abc\n") << QString() << true
        << u"https://10.0.0.1:6443"_s << u"team-a"_s << QByteArray("abc") << QByteArray() << false
        << true;
}

void TestKubeconfig::reads()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, context);
    QFETCH(bool, allowInsecure);
    QFETCH(QString, server);
    QFETCH(QString, ns);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, ca);
    QFETCH(bool, clientCert);
    QFETCH(bool, insecure);
    const QString file = write(
        u"config-%1"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'), text);
    KubeconfigOptions options;
    options.file = file;
    options.context = context;
    options.allowInsecure = allowInsecure;
    const Result<KubeTarget> t = Kubeconfig::load(options);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    QCOMPARE(t->server, server);
    QCOMPARE(t->namespace_, ns);
    QCOMPARE(t->token, token);
    QCOMPARE(t->caPem, ca);
    QCOMPARE(!t->certPem.isEmpty() && !t->keyPem.isEmpty(), clientCert);
    if (clientCert) {
        QCOMPARE(t->certPem, kCert);
        QCOMPARE(t->keyPem, kKey);
    }
    QCOMPARE(t->insecureSkipTlsVerify, insecure);

    // Debian's kubectl reads the same file to the same answer.
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (kubectl.isEmpty())
        return;
    QProcess p;
    QStringList args {u"--kubeconfig"_s, file, u"config"_s, u"view"_s, u"--minify"_s, u"--raw"_s,
        u"-o"_s, u"json"_s};
    if (!context.isEmpty())
        args << u"--context"_s << context;
    p.start(kubectl, args);
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject view = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject cluster
        = view.value(u"clusters"_s).toArray().at(0).toObject().value(u"cluster"_s).toObject();
    QString kubectlServer = cluster.value(u"server"_s).toString();
    while (kubectlServer.endsWith(u'/'))
        kubectlServer.chop(1);
    QCOMPARE(kubectlServer, t->server);
    QCOMPARE(view.value(u"contexts"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"context"_s)
                 .toObject()
                 .value(u"namespace"_s)
                 .toString(),
        t->namespace_);
    QCOMPARE(cluster.value(u"insecure-skip-tls-verify"_s).toBool(), t->insecureSkipTlsVerify);
    const QJsonObject user
        = view.value(u"users"_s).toArray().at(0).toObject().value(u"user"_s).toObject();
    if (user.contains(u"client-certificate-data"_s)) {
        QCOMPARE(
            QByteArray::fromBase64(user.value(u"client-certificate-data"_s).toString().toLatin1()),
            t->certPem);
    }
    if (!user.contains(u"tokenFile"_s))
        QCOMPARE(user.value(u"token"_s).toString().toUtf8(), t->token);
}

void TestKubeconfig::refuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("message");

    QTest::newRow("insecure not allowed")
        << config("    insecure-skip-tls-verify: true\n", "    token: abc\n") << QString()
        << u"clusters[0].cluster.insecure-skip-tls-verify: is true"_s;
    QTest::newRow("insecure with a CA") << config(
        "    insecure-skip-tls-verify: true\n    certificate-authority: certs/ca.pem\n",
        "    token: abc\n") << QString() << u"cannot be combined with a certificate authority"_s;
    QTest::newRow("exec plugin") << config("", "    exec:\n      command: aws\n") << QString()
                                 << u"users[0].user.exec: is not supported"_s;
    QTest::newRow("unknown context")
        << config("", "    token: abc\n") << u"nope"_s << u"contexts: has no entry named 'nope'"_s;
    QTest::newRow("no current context")
        << config("", "    token: abc\n", "") << QString() << u"current-context: is not set"_s;
    QTest::newRow("plain http")
        << QByteArray("clusters:\n- name: c\n  cluster:\n    server: http://10.0.0.1:8080\n"
                      "contexts:\n- name: x\n  context:\n    cluster: c\n"
                      "current-context: x\n")
        << QString() << u"clusters[0].cluster.server: 'http://10.0.0.1:8080' is not an https://"_s;
    QTest::newRow("certificate without key")
        << config("", "    client-certificate: certs/client.pem\n") << QString()
        << u"users[0].user.client-key: is missing"_s;
    QTest::newRow("missing CA file")
        << config("    certificate-authority: certs/none.pem\n", "    token: abc\n") << QString()
        << u"clusters[0].cluster.certificate-authority: cannot read"_s;
    QTest::newRow("bad base64")
        << config("    certificate-authority-data: '***'\n", "    token: abc\n") << QString()
        << u"clusters[0].cluster.certificate-authority-data: is not base64"_s;
    QTest::newRow("not YAML") << QByteArray("clusters: [\n") << QString() << u"not YAML"_s;
}

void TestKubeconfig::refuses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, context);
    QFETCH(QString, message);
    const QString file = write(
        u"bad-%1"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'), text);
    KubeconfigOptions options;
    options.file = file;
    options.context = context;
    const Result<KubeTarget> t = Kubeconfig::load(options);
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
    QVERIFY2(t.error().message.startsWith(file), qPrintable(t.error().message));
}

void TestKubeconfig::kubeconfigVariable()
{
    const QString second = write(u"second"_s, config("", "    token: second\n"));
    // As kubectl: ':'-separated, missing files skipped; we read the first existing one.
    qputenv("KUBECONFIG", (m_dir.filePath(u"absent"_s) + u"::"_s + second).toLocal8Bit());
    QCOMPARE(Kubeconfig::defaultFile(), second);
    const Result<KubeTarget> t = Kubeconfig::load({});
    QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
    QCOMPARE(t->token, QByteArray("second"));
    qunsetenv("KUBECONFIG");
    QCOMPARE(Kubeconfig::defaultFile(), QDir::home().filePath(u".kube/config"_s));
}

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
