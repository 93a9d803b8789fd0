#pragma once
// PushDialog: File ▸ Push. Sends the workspace as it is edited to a node agent (policy-agent,
// over HTTPS with its bearer token), to Calico's etcdv3 datastore or to a Kubernetes cluster
// (server-side apply through a kubeconfig), with the same core
// functions as policyctl push: Plan shows what would change (a dry run, nothing is written),
// Push asks for confirmation and then applies the plan in one transaction (the agent's kernel
// transaction, or one guarded etcd transaction whose rollback state is kept in a file), Roll
// Back has the agent apply again what it held before, or puts back what the last etcd push
// replaced. The network work runs off the GUI thread,
// with a busy bar; the result is listed per resource and as policyctl push prints it. The
// targets are remembered; an etcd password only when asked, in a file only the user can read
// (tokens are read from their files; a kubeconfig holds its own credentials).

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QDialog>
#include <QFutureWatcher>

#include "core/model/workspace.h"
#include "core/push/agentpush.h"
#include "core/push/etcdpush.h"
#include "core/push/kubepush.h"
#include "ui/push/secretstore.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace ps {

class PushDialog : public QDialog {
    Q_OBJECT
public:
    enum class Target { Agent, Etcd, Kubernetes };
    enum class Operation { Plan, Push, Rollback };

    /// `workspace`: what is pushed; `errors`: how many errors the workspace has (a push then
    /// asks first); `folder`: where the etcd rollback file goes by default.
    PushDialog(
        const Workspace &workspace, int errors, const QString &folder, QWidget *parent = nullptr);
    ~PushDialog() override;

    Target target() const;
    void setTarget(Target target);

    /// Start one operation for the target shown (off the GUI thread); false, with the reason
    /// in statusText(), when a field is missing or wrong, or the user said no.
    bool start(Operation operation);
    bool isBusy() const { return m_watcher.isRunning(); }

    /// Replaces the question asked before a push (tests): gets the question, returns yes/no.
    void setConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // The fields, for tests and the screenshot tool.
    QLineEdit *agentUrlEdit() const { return m_agentUrl; }
    QLineEdit *agentNodeEdit() const { return m_agentNode; }
    QLineEdit *agentTokenEdit() const { return m_agentToken; }
    QLineEdit *agentCaEdit() const { return m_agentCa; }
    QLineEdit *etcdEndpointsEdit() const { return m_etcdEndpoints; }
    QLineEdit *etcdCaEdit() const { return m_etcdCa; }
    QLineEdit *etcdCertEdit() const { return m_etcdCert; }
    QLineEdit *etcdKeyEdit() const { return m_etcdKey; }
    QLineEdit *etcdUserEdit() const { return m_etcdUser; }
    QLineEdit *etcdPasswordEdit() const { return m_etcdPassword; }
    QCheckBox *rememberPasswordCheck() const { return m_rememberPassword; }
    /// Where the remembered etcd password is kept: the keychain, else this file (mode 0600).
    static SecretStore secretStore();
    static QString secretFile();
    /// Where the password was kept or found last; nothing when it is not remembered.
    std::optional<SecretStore::Where> passwordKept() const { return m_passwordKept; }
    QLineEdit *stackEdit() const { return m_stack; }
    QCheckBox *pruneCheck() const { return m_prune; }
    QCheckBox *adoptCheck() const { return m_adopt; }
    QLineEdit *rollbackFileEdit() const { return m_rollbackFile; }
    QLineEdit *kubeconfigEdit() const { return m_kubeconfig; }
    QLineEdit *kubeContextEdit() const { return m_kubeContext; }
    QLineEdit *kubeStackEdit() const { return m_kubeStack; }
    QCheckBox *kubePruneCheck() const { return m_kubePrune; }
    QCheckBox *kubeAdoptCheck() const { return m_kubeAdopt; }
    QCheckBox *kubeForceCheck() const { return m_kubeForce; }
    QTreeWidget *changesView() const { return m_changes; }
    QString statusText() const;
    QString reportText() const;

    /// The last agent or etcd push or plan (nullopt before the first one).
    const std::optional<PushOutcome> &agentOutcome() const { return m_agentOutcome; }
    const std::optional<EtcdPushOutcome> &etcdOutcome() const { return m_etcdOutcome; }
    const std::optional<KubePushOutcome> &kubeOutcome() const { return m_kubeOutcome; }
    /// Stop a Kubernetes push between two changes (what Cancel does; the rest is not sent).
    void cancel();

Q_SIGNALS:
    /// An operation finished; statusText() and the lists say how.
    void finished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    struct Done {
        Operation operation = Operation::Plan;
        Target target = Target::Agent;
        std::optional<PushOutcome> agent;
        AgentTarget agentTarget;
        std::optional<EtcdPushOutcome> etcd;
        std::optional<KubePushOutcome> kube;
        std::optional<Result<EtcdRollback>> rollback; // the state read
        std::optional<Result<qint64>> restored; // the restore's revision
    };

    QWidget *agentPage();
    QWidget *etcdPage();
    QWidget *kubePage();
    std::optional<KubeTarget> kubeTarget();
    bool startKube(Operation operation);
    void showKube(const KubePushOutcome &outcome);
    QLineEdit *fileField(QWidget *page, const QString &placeholder, QWidget **row);
    std::optional<AgentTarget> agentTarget();
    std::optional<EtcdTarget> etcdTarget();
    bool confirmPush(const QString &where, const QString &counts);
    /// True when `outcome` is a plan the user has seen (a dry run); else says "plan first".
    template<class Outcome> bool hasPlanToApply(const std::optional<Outcome> &outcome);
    /// The datastore plan (etcd, Kubernetes) the user confirms, to apply as it is; nothing (and
    /// why in the status line) when there is no plan, it needs adoption, it changes nothing or
    /// the user says no.
    template<class Outcome>
    auto confirmedPlan(const std::optional<Outcome> &outcome, const QString &where,
        const QString &adoptionRefused, const QString &nothingToPush)
        -> std::optional<std::decay_t<decltype(outcome->plan)>>;
    bool ask(const QString &title, const QString &question);
    void onFinished();
    void showAgent(const PushOutcome &outcome, const AgentTarget &target);
    void showEtcd(const EtcdPushOutcome &outcome);
    void setBusy(bool busy, const QString &what = {});
    void setStatus(const QString &text, bool error);
    void updateButtons();
    void saveSettings() const;
    /// Writes (or removes) the remembered etcd password.
    void keepPassword() const;
    void restoreSettings();

    Workspace m_workspace;
    int m_errors = 0;
    QString m_folder;
    QTabWidget *m_targets;
    QLineEdit *m_agentUrl = nullptr;
    QLineEdit *m_agentNode = nullptr;
    QLineEdit *m_agentToken = nullptr;
    QLineEdit *m_agentCa = nullptr;
    QLineEdit *m_etcdEndpoints = nullptr;
    QLineEdit *m_etcdCa = nullptr;
    QLineEdit *m_etcdCert = nullptr;
    QLineEdit *m_etcdKey = nullptr;
    QLineEdit *m_etcdUser = nullptr;
    QLineEdit *m_etcdPassword = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    mutable std::optional<SecretStore::Where> m_passwordKept;
    static constexpr char kPasswordKey[] = "etcd-password";
    QLineEdit *m_stack = nullptr;
    QCheckBox *m_prune = nullptr;
    QCheckBox *m_adopt = nullptr;
    QLineEdit *m_rollbackFile = nullptr;
    QLineEdit *m_kubeconfig = nullptr;
    QLineEdit *m_kubeContext = nullptr;
    QLineEdit *m_kubeStack = nullptr;
    QCheckBox *m_kubePrune = nullptr;
    QCheckBox *m_kubeAdopt = nullptr;
    QCheckBox *m_kubeForce = nullptr;
    QPushButton *m_cancel = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<int>> m_percent = std::make_shared<std::atomic<int>>(-1);
    QPushButton *m_plan;
    QPushButton *m_push;
    QPushButton *m_rollback;
    QPushButton *m_close;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_changes;
    QPlainTextEdit *m_report;
    QFutureWatcher<Done> m_watcher;
    std::function<bool(const QString &)> m_confirm;
    std::optional<PushOutcome> m_agentOutcome;
    std::optional<EtcdPushOutcome> m_etcdOutcome;
    std::optional<KubePushOutcome> m_kubeOutcome;
};

} // namespace ps
