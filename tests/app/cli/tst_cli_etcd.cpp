// policyctl push --etcd and pull --etcd in-process against a real etcd (Debian's etcd-server)
// that the test starts on 127.0.0.1 with free ports and kills at the end: dry run, apply with
// its rollback state next to the workspace, rollback, pull into a folder that validates and
// pushes back unchanged, credentials from the environment, usage errors. Skips only when the
// etcd binary is missing (the usage errors need no etcd and always run).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/app/cli/clirunner.h"
#include "tests/support/etcdserver.h"
#include "tests/support/testfiles.h"

using namespace Qt::Literals::StringLiterals;
using ps::test::EtcdServer;

namespace {

QStringList storedKeys(const EtcdServer &server)
{
    QByteArray out;
    QString why;
    server.etcdctl({u"get"_s, u"--prefix"_s, u"--keys-only"_s, u"/calico/"_s}, out, why);
    QStringList keys;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            keys.append(QString::fromUtf8(line.trimmed()));
    }
    return keys;
}

/// The base workspace copied into `dir` (so the rollback state lands there).
bool copyWorkspace(const QString &dir)
{
    for (const char *name : {"policies.yaml", "inventory.yaml"}) {
        const QString file = QString::fromUtf8(name);
        const QByteArray bytes
            = ps::test::readFile(ps::test::fixturePath(u"push/etcd/base/"_s + file));
        if (bytes.isNull() || !ps::test::writeFile(QDir(dir).filePath(file), bytes))
            return false;
    }
    return true;
}

} // namespace

class TestCliEtcd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void pushPlanApplyRollback();
    void pullRoundTrip();
    void credentialsFromEnvironment();
};

void TestCliEtcd::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString ws = ps::test::fixturePath(u"push/etcd/base"_s);
    QTest::newRow("two targets") << QStringList {u"push"_s, u"-f"_s, ws, u"--etcd"_s,
        u"http://127.0.0.1:1"_s, u"--agent"_s, u"https://127.0.0.1:2"_s}
                                 << u"give one target"_s;
    QTest::newRow("agent option with etcd") << QStringList {u"push"_s, u"-f"_s, ws, u"--etcd"_s,
        u"http://127.0.0.1:1"_s, u"--node"_s, u"n"_s}
                                            << u"--node is for the agent target"_s;
    QTest::newRow("prune with agent") << QStringList {u"push"_s, u"-f"_s, ws, u"--agent"_s,
        u"https://127.0.0.1:1"_s, u"--node"_s, u"n"_s, u"--token-file"_s, ws, u"--prune"_s}
                                      << u"--prune is for the etcd and Kubernetes targets"_s;
    QTest::newRow("not a URL") << QStringList {u"push"_s, u"-f"_s, ws, u"--etcd"_s,
        u"127.0.0.1:2379"_s} << u"http:// or https://"_s;
    QTest::newRow("cert without key")
        << QStringList {u"push"_s, u"-f"_s, ws, u"--etcd"_s, u"https://127.0.0.1:1"_s,
               u"--etcd-cert"_s, ps::test::fixturePath(u"push/etcd/base/policies.yaml"_s)}
        << u"give both --etcd-cert and --etcd-key"_s;
    QTest::newRow("rollback with prune") << QStringList {u"push"_s, u"-f"_s, ws, u"--etcd"_s,
        u"http://127.0.0.1:1"_s, u"--rollback"_s, u"--prune"_s}
                                         << u"--rollback takes no"_s;
    QTest::newRow("pull without out")
        << QStringList {u"pull"_s, u"--etcd"_s, u"http://127.0.0.1:1"_s} << u"--out DIR"_s;
    QTest::newRow("pull without etcd")
        << QStringList {u"pull"_s, u"--out"_s, u"/tmp/x"_s} << u"pull needs --etcd"_s;
    QTest::newRow("pull bad version") << QStringList {u"pull"_s, u"--etcd"_s,
        u"http://127.0.0.1:1"_s, u"--out"_s, u"/tmp/x"_s, u"--calico-version"_s, u"3.1"_s}
                                      << u"--calico-version must be one of"_s;
}

void TestCliEtcd::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliEtcd::pushPlanApplyRollback()
{
    if (EtcdServer::binary().isEmpty())
        QSKIP("the etcd binary is not installed (Debian package etcd-server)");
    EtcdServer server;
    QString why;
    QVERIFY2(server.start(why), qPrintable(why));
    QTemporaryDir dir;
    QVERIFY(copyWorkspace(dir.path()));
    const QStringList push {u"push"_s, u"-f"_s, dir.path(), u"--etcd"_s, server.url()};

    CliRun run = runCli(push + QStringList {u"--dry-run"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"create    GlobalNetworkPolicy allow-dns"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"+ NetworkPolicy prod/web-ingress"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"dry run: nothing was written"_s), qPrintable(run.out));
    QCOMPARE(storedKeys(server), QStringList());

    run = runCli(push + QStringList {u"-o"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(report.value(u"resources"_s).toArray().size(), 4);
    QVERIFY(
        report.value(u"appliedRevision"_s).toInteger() > report.value(u"revision"_s).toInteger());
    const QString state = QDir(dir.path()).filePath(u".policy-studio-etcd-rollback.json"_s);
    QCOMPARE(report.value(u"rollbackFile"_s).toString(), state);
    QVERIFY(QFile::exists(state));
    QCOMPARE(
        QFile::permissions(state) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QCOMPARE(storedKeys(server).size(), 4);

    // Nothing to change the second time.
    run = runCli(push);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"4 unchanged"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"nothing to change"_s), qPrintable(run.out));

    run = runCli(push + QStringList {u"--rollback"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"removed GlobalNetworkPolicy allow-dns (the push created it)"_s),
        qPrintable(run.out));
    QCOMPARE(storedKeys(server), QStringList());
    QVERIFY(!QFile::exists(state));
    // A second rollback has nothing to put back.
    run = runCli(push + QStringList {u"--rollback"_s});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"cannot read the rollback state"_s), qPrintable(run.err));
}

void TestCliEtcd::pullRoundTrip()
{
    if (EtcdServer::binary().isEmpty())
        QSKIP("the etcd binary is not installed (Debian package etcd-server)");
    EtcdServer server;
    QString why;
    QVERIFY2(server.start(why), qPrintable(why));
    QTemporaryDir dir;
    QVERIFY(copyWorkspace(dir.path()));
    QCOMPARE(runCli({u"push"_s, u"-f"_s, dir.path(), u"--etcd"_s, server.url(),
                        u"--calico-version"_s, u"3.31"_s})
                 .code,
        0);

    const QString out = QDir(dir.path()).filePath(u"pulled"_s);
    CliRun run = runCli(
        {u"pull"_s, u"--etcd"_s, server.url(), u"--out"_s, out, u"--calico-version"_s, u"3.31"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"pulled 4 resource(s)"_s), qPrintable(run.out));
    QVERIFY(QFile::exists(out + u"/globalnetworkpolicy/allow-dns.yaml"_s));
    QVERIFY(QFile::exists(out + u"/networkpolicy/prod/web-ingress.yaml"_s));
    QVERIFY(ps::test::readText(out + u"/.policy-studio"_s).contains(u"3.31"_s));
    // The folder is a workspace every command reads...
    run = runCli({u"validate"_s, u"-f"_s, out});
    QCOMPARE(run.code, 0);
    // ... and pushed back (with the inventory, for the diff) it changes nothing.
    run = runCli({u"push"_s, u"-f"_s, out, u"-f"_s, QDir(dir.path()).filePath(u"inventory.yaml"_s),
        u"--etcd"_s, server.url(), u"--dry-run"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"4 unchanged"_s), qPrintable(run.out));
    // A folder that is not empty is not written into.
    run = runCli({u"pull"_s, u"--etcd"_s, server.url(), u"--out"_s, out});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"is not empty"_s), qPrintable(run.err));
}

void TestCliEtcd::credentialsFromEnvironment()
{
    if (EtcdServer::binary().isEmpty())
        QSKIP("the etcd binary is not installed (Debian package etcd-server)");
    EtcdServer server;
    QString why;
    QVERIFY2(server.start(why), qPrintable(why));
    QVERIFY2(server.enableAuth(u"calico"_s, u"pa55"_s, why), qPrintable(why));
    QTemporaryDir dir;
    QVERIFY(copyWorkspace(dir.path()));
    const QStringList push {u"push"_s, u"-f"_s, dir.path(), u"--etcd"_s, server.url()};

    qputenv("ETCD_USERNAME", "calico");
    qputenv("ETCD_PASSWORD", "wrong");
    CliRun run = runCli(push);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"wrong user name or password"_s)
            || run.err.contains(u"etcd issue 15256"_s),
        qPrintable(run.err));
    QVERIFY(!run.err.contains(u"wrong\""_s) && !run.out.contains(u"wrong\""_s));
    QVERIFY2(run.out.contains(u"nothing was written"_s), qPrintable(run.out));

    qputenv("ETCD_PASSWORD", "pa55");
    run = runCli(push);
    qunsetenv("ETCD_USERNAME");
    qunsetenv("ETCD_PASSWORD");
    QCOMPARE(run.code, 0);
    QCOMPARE(storedKeys(server).size(), 4);

    // The password from a file, the user from the option.
    const QString passwordFile = QDir(dir.path()).filePath(u"password"_s);
    QVERIFY(ps::test::writeFile(passwordFile, "pa55\n"));
    run = runCli({u"pull"_s, u"--etcd"_s, server.url(), u"--etcd-username"_s, u"calico"_s,
        u"--etcd-password-file"_s, passwordFile, u"--out"_s,
        QDir(dir.path()).filePath(u"pulled"_s)});
    QCOMPARE(run.code, 0);
}

QTEST_GUILESS_MAIN(TestCliEtcd)
#include "tst_cli_etcd.moc"
