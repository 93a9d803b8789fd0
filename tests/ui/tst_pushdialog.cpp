// File ▸ Push against a real etcd (Debian's etcd-server, started by the test on loopback):
// Plan writes nothing, Push applies exactly the plan that was shown and confirmed, a key changed
// in between refuses the whole push, Roll Back puts back what the push replaced. The agent
// target's field checks and an unreachable agent; the targets remembered without secrets.

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/io/loader.h"
#include "core/push/etcdpush.h"
#include "tests/support/etcdserver.h"
#include "tests/support/kubeapistub.h"
#include "tests/support/testfiles.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/push/pulldialog.h"
#include "ui/push/pushdialog.h"
#include "ui/recovery.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

Workspace baseWorkspace()
{
    return Loader().loadPaths({test::fixturePath(u"push/etcd/base")}).workspace;
}

qsizetype storedPolicies(const QString &url)
{
    EtcdTarget target;
    target.endpoints = {url};
    const Result<EtcdPulled> pulled = EtcdPush::pull(EtcdClient(target), kNewestCalicoVersion);
    if (!pulled)
        return -1;
    return pulled->workspace->policies.size();
}

} // namespace

class TestPushDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool run(PushDialog &dialog, PushDialog::Operation operation)
    {
        QSignalSpy finished(&dialog, &PushDialog::finished);
        if (!dialog.start(operation))
            return false;
        return finished.wait(60000);
    }

    bool startEtcd(test::EtcdServer &server)
    {
        if (test::EtcdServer::binary().isEmpty())
            return false;
        QString why;
        if (!server.start(why)) {
            qWarning("%s", qPrintable(why));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(
            u"PolicyStudioTests-%1"_s.arg(QCoreApplication::applicationPid()));
        QCoreApplication::setApplicationName(u"tst_pushdialog"_s);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        QSettings settings;
        const QString file = settings.fileName();
        settings.clear();
        settings.sync();
        QFile::remove(file);
        QDir().rmdir(QFileInfo(file).absolutePath());
    }

    void init()
    {
        QSettings().clear();
        if (test::EtcdServer::binary().isEmpty()
            && QString::fromUtf8(QTest::currentTestFunction()).startsWith(u"etcd"_s))
            QSKIP("the etcd binary is not installed (Debian package etcd-server)");
    }

    // Plan → confirm → push → plan again (nothing to do) → roll back (the store as before).
    void etcdPlanPushRollBack()
    {
        test::EtcdServer server;
        QVERIFY(startEtcd(server));
        const Workspace workspace = baseWorkspace();
        QVERIFY(!workspace->policies.isEmpty());
        PushDialog dialog(workspace, 0, m_dir.path());
        dialog.show();
        dialog.setTarget(PushDialog::Target::Etcd);
        dialog.etcdEndpointsEdit()->setText(server.url());
        const QString rollbackFile = m_dir.filePath(u"rollback-1.json"_s);
        dialog.rollbackFileEdit()->setText(rollbackFile);

        // Push before a plan: refused, nothing written.
        QVERIFY(!dialog.start(PushDialog::Operation::Push));
        QVERIFY2(dialog.statusText().contains(u"Plan first"_s), qPrintable(dialog.statusText()));

        QVERIFY(run(dialog, PushDialog::Operation::Plan));
        QVERIFY(dialog.etcdOutcome());
        QCOMPARE(dialog.etcdOutcome()->status, PushOutcome::Status::DryRun);
        QCOMPARE(storedPolicies(server.url()), 0); // a plan writes nothing
        EtcdTarget target;
        target.endpoints = {server.url()};
        const Result<EtcdPlan> expected = EtcdPush::plan(EtcdClient(target), workspace);
        QVERIFY(expected);
        const qsizetype creates = expected->count(ResourceChange::Action::Create);
        QVERIFY(creates > 0);
        QCOMPARE(dialog.changesView()->topLevelItemCount(), int(creates));
        QCOMPARE(dialog.changesView()->topLevelItem(0)->text(0), PushDialog::tr("create"));
        QVERIFY(dialog.reportText().contains(u"create"_s));
        if (const QString dir = qEnvironmentVariable("POLICY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(dir + u"/push-plan.png"_s));
        }

        // The user says no: nothing is written.
        QString asked;
        dialog.setConfirmation([&asked](const QString &question) {
            asked = question;
            return false;
        });
        QVERIFY(!dialog.start(PushDialog::Operation::Push));
        QVERIFY2(asked.contains(u"%1 to create"_s.arg(creates)), qPrintable(asked));
        QCOMPARE(storedPolicies(server.url()), 0);

        // Yes: the plan shown is written, the rollback state kept.
        dialog.setConfirmation([](const QString &) { return true; });
        QVERIFY(run(dialog, PushDialog::Operation::Push));
        QCOMPARE(dialog.etcdOutcome()->status, PushOutcome::Status::Applied);
        QCOMPARE(storedPolicies(server.url()), workspace->policies.size());
        QVERIFY(QFile::exists(rollbackFile));
        QCOMPARE(dialog.changesView()->topLevelItem(0)->text(3), PushDialog::tr("applied"));

        // A push needs a new plan; the new plan has nothing to do.
        QVERIFY(!dialog.start(PushDialog::Operation::Push));
        QVERIFY(run(dialog, PushDialog::Operation::Plan));
        QCOMPARE(dialog.changesView()->topLevelItemCount(), 0);
        QVERIFY2(dialog.statusText().contains(u"already"_s), qPrintable(dialog.statusText()));

        // Roll back: what the push wrote is gone again.
        QVERIFY(run(dialog, PushDialog::Operation::Rollback));
        QVERIFY2(dialog.statusText().startsWith(u"Restored"_s), qPrintable(dialog.statusText()));
        QCOMPARE(storedPolicies(server.url()), 0);
    }

    // A key written by someone else after the plan was shown: the push writes nothing and
    // names the key.
    void etcdConflictWritesNothing()
    {
        test::EtcdServer server;
        QVERIFY(startEtcd(server));
        const Workspace workspace = baseWorkspace();
        PushDialog dialog(workspace, 0, m_dir.path());
        dialog.setTarget(PushDialog::Target::Etcd);
        dialog.etcdEndpointsEdit()->setText(server.url());
        dialog.rollbackFileEdit()->setText(m_dir.filePath(u"rollback-2.json"_s));
        dialog.setConfirmation([](const QString &) { return true; });
        QVERIFY(run(dialog, PushDialog::Operation::Plan));
        const EtcdChange first = dialog.etcdOutcome()->plan.changes.first();
        QCOMPARE(first.action, ResourceChange::Action::Create);
        QByteArray out;
        QString why;
        QVERIFY2(server.etcdctl({u"put"_s, QString::fromUtf8(first.key)}, out, why, "{}"),
            qPrintable(why));
        QVERIFY(run(dialog, PushDialog::Operation::Push));
        QCOMPARE(dialog.etcdOutcome()->status, PushOutcome::Status::Failed);
        QVERIFY2(dialog.statusText().startsWith(u"Nothing was written"_s),
            qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QString::fromUtf8(first.key)),
            qPrintable(dialog.statusText()));
        // Only the key written behind the push's back is stored.
        QVERIFY(
            server.etcdctl({u"get"_s, u"--prefix"_s, u"--keys-only"_s, u"/calico/"_s}, out, why));
        QCOMPARE(out.trimmed(), first.key);
    }

    // The Kubernetes tab against a STUB of the Kubernetes API server (none can run here):
    // plan, confirm, server-side apply of exactly that plan; the plan again has nothing to do.
    void kubernetesPlanPush()
    {
        QTemporaryDir certs;
        QString why;
        if (!test::EtcdServer::makeCertificates(certs.path(), why))
            QSKIP(qPrintable(u"cannot make test certificates: "_s + why));
        test::KubeApiStub stub(certs.path(), "kube-token");
        QVERIFY2(stub.start(why), qPrintable(why));
        const QByteArray ca = test::readFile(certs.filePath(u"ca.pem"_s));
        const QString config = m_dir.filePath(u"kubeconfig"_s);
        QVERIFY(test::writeFile(config,
            "apiVersion: v1\nkind: Config\ncurrent-context: stub\nclusters:\n- name: stub\n  "
            "cluster:\n    server: "
                + stub.url().toUtf8() + "\n    certificate-authority-data: " + ca.toBase64()
                + "\ncontexts:\n- name: stub\n  context:\n    cluster: stub\n    user: u\n"
                  "users:\n- name: u\n  user:\n    token: kube-token\n"));
        const Workspace workspace = baseWorkspace();
        PushDialog dialog(workspace, 0, m_dir.path());
        dialog.setTarget(PushDialog::Target::Kubernetes);
        dialog.kubeconfigEdit()->setText(config);
        QVERIFY(run(dialog, PushDialog::Operation::Plan));
        QVERIFY(dialog.kubeOutcome());
        QCOMPARE(dialog.kubeOutcome()->status, PushOutcome::Status::DryRun);
        const qsizetype creates = dialog.kubeOutcome()->plan.count(ResourceChange::Action::Create);
        QVERIFY(creates > 0);
        QCOMPARE(dialog.changesView()->topLevelItemCount(), int(creates));
        for (const test::KubeApiStub::Request &r : stub.requests())
            QCOMPARE(r.method, QByteArray("GET")); // a plan writes nothing
        dialog.setConfirmation([](const QString &) { return true; });
        QVERIFY(run(dialog, PushDialog::Operation::Push));
        QCOMPARE(dialog.kubeOutcome()->status, PushOutcome::Status::Applied);
        QCOMPARE(dialog.kubeOutcome()->count(KubeChangeResult::State::Applied), creates);
        QCOMPARE(dialog.changesView()->topLevelItem(0)->text(3), PushDialog::tr("applied"));
        QVERIFY(run(dialog, PushDialog::Operation::Plan));
        QCOMPARE(dialog.changesView()->topLevelItemCount(), 0);
        QVERIFY2(dialog.statusText().contains(u"already"_s), qPrintable(dialog.statusText()));
        // No rollback of its own.
        QVERIFY(!dialog.start(PushDialog::Operation::Rollback));
        // A kubeconfig that is not there: said, with the file.
        dialog.kubeconfigEdit()->setText(m_dir.filePath(u"missing-config"_s));
        QVERIFY(!dialog.start(PushDialog::Operation::Plan));
        QVERIFY2(
            dialog.statusText().contains(u"missing-config"_s), qPrintable(dialog.statusText()));
    }

    // File ▸ Open from Cluster from a real etcd: the folder written holds what etcd stores, and
    // the main window opens it.
    void etcdPullOpensTheCluster()
    {
        test::EtcdServer server;
        QVERIFY(startEtcd(server));
        EtcdTarget target;
        target.endpoints = {server.url()};
        const Workspace workspace = baseWorkspace();
        const EtcdPushOutcome pushed = EtcdPush::push(EtcdClient(target), workspace, {}, false, {});
        QCOMPARE(pushed.status, PushOutcome::Status::Applied);
        MainWindow window;
        window.setRecoveryPrompt([](const Recovery::Entry &) { return false; });
        PullDialog *dialog = window.showPullDialog();
        QVERIFY(dialog);
        dialog->setSource(PullDialog::Source::Etcd);
        dialog->endpointsEdit()->setText(server.url());
        // A folder that is not empty is refused.
        QVERIFY(!dialog->pull());
        dialog->folderEdit()->setText(m_dir.path());
        QVERIFY(!dialog->pull());
        QVERIFY2(dialog->statusText().contains(u"not empty"_s), qPrintable(dialog->statusText()));
        const QString folder = m_dir.filePath(u"pulled"_s);
        dialog->folderEdit()->setText(folder);
        QSignalSpy loaded(window.document(), &Document::analysisReady);
        QSignalSpy finished(dialog, &PullDialog::finished);
        QVERIFY(dialog->pull());
        QVERIFY(finished.wait(60000));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.document()->paths(), QStringList {folder});
        QCOMPARE(window.document()->workspace()->policies.size(), workspace->policies.size());
        QDirIterator files(folder, {u"*.yaml"_s}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(files.hasNext()); // one file per resource, under the kind's folder
    }

    void fieldsAreChecked()
    {
        PushDialog dialog(baseWorkspace(), 0, m_dir.path());
        dialog.setTarget(PushDialog::Target::Agent);
        dialog.agentUrlEdit()->setText(u"http://node-1:9443"_s);
        QVERIFY(!dialog.start(PushDialog::Operation::Plan));
        QVERIFY2(dialog.statusText().contains(u"https://"_s), qPrintable(dialog.statusText()));
        dialog.agentUrlEdit()->setText(u"https://127.0.0.1:1"_s);
        QVERIFY(!dialog.start(PushDialog::Operation::Plan));
        QVERIFY2(dialog.statusText().contains(u"token file"_s), qPrintable(dialog.statusText()));
        // A token others can read is refused, as policyctl refuses it.
        const QString token = m_dir.filePath(u"token"_s);
        QFile f(token);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("secret-token\n");
        f.close();
        QFile::setPermissions(token, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        dialog.agentTokenEdit()->setText(token);
        QVERIFY(!dialog.start(PushDialog::Operation::Plan));
        QVERIFY2(dialog.statusText().contains(token), qPrintable(dialog.statusText()));

        dialog.setTarget(PushDialog::Target::Etcd);
        dialog.etcdEndpointsEdit()->setText(u"10.0.0.1:2379"_s);
        QVERIFY(!dialog.start(PushDialog::Operation::Plan));
        QVERIFY2(dialog.statusText().contains(u"10.0.0.1:2379"_s), qPrintable(dialog.statusText()));
        dialog.etcdEndpointsEdit()->setText(u"http://127.0.0.1:2379"_s);
        dialog.etcdCertEdit()->setText(u"/tmp/client.pem"_s);
        QVERIFY(!dialog.start(PushDialog::Operation::Plan));
        QVERIFY2(dialog.statusText().contains(u"key"_s), qPrintable(dialog.statusText()));
        dialog.etcdCertEdit()->clear();
        dialog.etcdUserEdit()->setText(u"calico"_s);
        QVERIFY(!dialog.start(PushDialog::Operation::Plan));
        QVERIFY2(dialog.statusText().contains(u"password"_s), qPrintable(dialog.statusText()));
    }

    // Nothing listens there: a clear error, nothing applied.
    void unreachableAgent()
    {
        PushDialog dialog(baseWorkspace(), 0, m_dir.path());
        dialog.setTarget(PushDialog::Target::Agent);
        const QString token = m_dir.filePath(u"token-ok"_s);
        QFile f(token);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("secret-token\n");
        f.close();
        QFile::setPermissions(token, QFile::ReadOwner | QFile::WriteOwner);
        dialog.agentUrlEdit()->setText(u"https://127.0.0.1:1"_s);
        dialog.agentTokenEdit()->setText(token);
        QVERIFY(run(dialog, PushDialog::Operation::Plan));
        QVERIFY(dialog.agentOutcome());
        QCOMPARE(dialog.agentOutcome()->status, PushOutcome::Status::Failed);
        QVERIFY2(dialog.statusText().startsWith(u"Nothing was applied: cannot reach the agent at "
                                                "https://127.0.0.1:1"_s),
            qPrintable(dialog.statusText()));
        QVERIFY(!dialog.reportText().contains(u"secret-token"_s));
        // A failed plan is no plan to push.
        QVERIFY(!dialog.start(PushDialog::Operation::Push));
    }

    // The targets come back in the next dialog; the password does not.
    void targetsRemembered()
    {
        {
            PushDialog dialog(baseWorkspace(), 0, m_dir.path());
            dialog.setTarget(PushDialog::Target::Etcd);
            dialog.etcdEndpointsEdit()->setText(u"http://127.0.0.1:1"_s);
            dialog.etcdUserEdit()->setText(u"calico"_s);
            dialog.etcdPasswordEdit()->setText(u"hunter2"_s);
            dialog.stackEdit()->setText(u"team-a"_s);
            QVERIFY(run(dialog, PushDialog::Operation::Plan)); // fails: nothing listens
            QCOMPARE(dialog.etcdOutcome()->status, PushOutcome::Status::Failed);
        }
        PushDialog again(baseWorkspace(), 0, m_dir.path());
        QVERIFY(!QFile::exists(PushDialog::secretFile()));
        QCOMPARE(again.target(), PushDialog::Target::Etcd);
        QCOMPARE(again.etcdEndpointsEdit()->text(), u"http://127.0.0.1:1"_s);
        QCOMPARE(again.etcdUserEdit()->text(), u"calico"_s);
        QCOMPARE(again.stackEdit()->text(), u"team-a"_s);
        QCOMPARE(again.etcdPasswordEdit()->text(), QString());
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"hunter2"_s), qPrintable(key));
        // Remembered when asked: in a file only its owner can read, and forgotten again.
        again.etcdPasswordEdit()->setText(u"hunter2"_s);
        again.rememberPasswordCheck()->setChecked(true);
        QVERIFY(run(again, PushDialog::Operation::Plan));
        // No keychain answers here (no D-Bus session): the file.
        QCOMPARE(again.passwordKept(), std::optional(SecretStore::Where::File));
        QFile secret(PushDialog::secretFile());
        QVERIFY(secret.exists());
        QCOMPARE(secret.permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        {
            PushDialog third(baseWorkspace(), 0, m_dir.path());
            QCOMPARE(third.etcdPasswordEdit()->text(), u"hunter2"_s);
            QVERIFY(third.rememberPasswordCheck()->isChecked());
            third.rememberPasswordCheck()->setChecked(false);
            QVERIFY(run(third, PushDialog::Operation::Plan));
        }
        QVERIFY(!QFile::exists(PushDialog::secretFile()));
    }

    // With a keychain (run by tst_pushdialog_keyring in a private D-Bus session with GNOME
    // Keyring): the password goes there, not into a file, comes back from there, and unticking
    // removes it from the keychain.
    void rememberedPasswordInKeychain()
    {
        if (qEnvironmentVariableIsEmpty("POLICY_TEST_KEYRING"))
            QSKIP("needs a Secret Service: run as tst_pushdialog_keyring (with-keyring.sh)");
        QFile::remove(PushDialog::secretFile());
        const QString key = QStringLiteral("etcd-password");
        {
            PushDialog dialog(baseWorkspace(), 0, m_dir.path());
            dialog.setTarget(PushDialog::Target::Etcd);
            dialog.etcdEndpointsEdit()->setText(u"http://127.0.0.1:1"_s);
            dialog.etcdUserEdit()->setText(u"calico"_s);
            dialog.etcdPasswordEdit()->setText(u"correct horse"_s);
            dialog.rememberPasswordCheck()->setChecked(true);
            QVERIFY(run(dialog, PushDialog::Operation::Plan));
            QCOMPARE(dialog.passwordKept(), std::optional(SecretStore::Where::Keychain));
        }
        QVERIFY(!QFile::exists(PushDialog::secretFile()));
        SecretStore::Where where = SecretStore::Where::File;
        QCOMPARE(PushDialog::secretStore().load(key, &where), std::optional(u"correct horse"_s));
        QCOMPARE(where, SecretStore::Where::Keychain);
        {
            PushDialog again(baseWorkspace(), 0, m_dir.path());
            QCOMPARE(again.etcdPasswordEdit()->text(), u"correct horse"_s);
            QVERIFY(again.rememberPasswordCheck()->isChecked());
            QCOMPARE(again.passwordKept(), std::optional(SecretStore::Where::Keychain));
            again.rememberPasswordCheck()->setChecked(false);
            QVERIFY(run(again, PushDialog::Operation::Plan));
        }
        QCOMPARE(PushDialog::secretStore().load(key), std::nullopt);
        QVERIFY(!QFile::exists(PushDialog::secretFile()));
    }
};

} // namespace ps

QTEST_MAIN(ps::TestPushDialog)
#include "tst_pushdialog.moc"
