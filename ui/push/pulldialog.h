#pragma once
// PullDialog: File ▸ Open from Cluster. Reads a live cluster's state — through a kubeconfig
// (the Kubernetes API: namespaces, pods, service accounts, services, nodes, every Calico policy
// kind, network sets, host endpoints) or from Calico's etcd datastore — into a new workspace
// folder, as policyctl pull does (the same core functions), off the GUI thread; the main window
// then opens the folder, to analyse, edit and push back the real state. A cluster with objects
// that cannot be read writes nothing and lists them.

#include <optional>

#include <QDialog>
#include <QFutureWatcher>

#include "core/model/calicoversion.h"
#include "core/model/result.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace ps {

class PullDialog : public QDialog {
    Q_OBJECT
public:
    enum class Source { Kubernetes, Etcd };

    explicit PullDialog(QWidget *parent = nullptr);
    ~PullDialog() override;

    void setSource(Source source);
    /// Pull into the folder chosen (off the GUI thread); false, with the reason in
    /// statusText(), when a field is missing or wrong.
    bool pull();
    bool isBusy() const { return m_watcher.isRunning(); }
    /// The folder written, once a pull succeeded (the dialog is then accepted).
    const QString &folder() const { return m_written; }

    QLineEdit *kubeconfigEdit() const { return m_kubeconfig; }
    QLineEdit *contextEdit() const { return m_context; }
    QLineEdit *endpointsEdit() const { return m_endpoints; }
    QLineEdit *caEdit() const { return m_ca; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *versionCombo() const { return m_version; }
    QLineEdit *folderEdit() const { return m_folder; }
    QString statusText() const;

Q_SIGNALS:
    /// A pull finished (written, or not: see statusText()).
    void finished();

private:
    struct Pulled {
        QString error; // nothing written: why
        QString report; // what was written
        QString folder;
    };
    void onFinished();

    QTabWidget *m_sources;
    QLineEdit *m_kubeconfig;
    QLineEdit *m_context;
    QLineEdit *m_endpoints;
    QLineEdit *m_ca;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_version;
    QLineEdit *m_folder;
    QPushButton *m_pull;
    QProgressBar *m_progress;
    QLabel *m_status;
    QFutureWatcher<Pulled> m_watcher;
    QString m_written;
};

} // namespace ps
