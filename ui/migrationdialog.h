#pragma once
// MigrationDialog: Edit ▸ Migrate to ClusterNetworkPolicy. Rewrites every AdminNetworkPolicy and
// BaselineAdminNetworkPolicy of the workspace as the ClusterNetworkPolicy Calico 3.32 enforces
// (core/eval/adminmigration.h, as policyctl convert --to clusternetworkpolicy does) off the GUI
// thread, then shows the proof: equivalent, or each flow that differs with the rules
// responsible, and what cannot be rewritten. Apply replaces the policies in the workspace (one
// undoable edit, the workspace then evaluated as Calico 3.32); a migration that is not proved
// equivalent asks first.

#include <functional>
#include <optional>

#include <QDialog>
#include <QFutureWatcher>

#include "core/eval/adminmigration.h"
#include "core/model/workspace.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ps {

class MigrationDialog : public QDialog {
    Q_OBJECT
public:
    MigrationDialog(const Workspace &workspace, QWidget *parent = nullptr);
    ~MigrationDialog() override;

    /// The admin policies a migration would rewrite.
    static qsizetype sourcesIn(const Workspace &workspace);

    /// Migrate and prove, from the release chosen (off the GUI thread).
    void run();
    bool isRunning() const { return m_watcher.isRunning(); }
    const std::optional<AdminMigration> &migration() const { return m_migration; }
    /// The migrated workspace, once Apply was chosen.
    const std::optional<Workspace> &accepted() const { return m_accepted; }

    QComboBox *fromCombo() const { return m_from; }
    QPushButton *applyButton() const { return m_apply; }
    QString verdictText() const;
    QString reportText() const;
    /// Replaces the question asked before applying a migration not proved equivalent (tests).
    void setConfirmation(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /// What Apply does: keep the migrated workspace and close (asks first when not proved).
    void applyMigration();

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    Workspace m_workspace;
    QComboBox *m_from;
    QLabel *m_verdict;
    QProgressBar *m_progress;
    QPlainTextEdit *m_report;
    QPushButton *m_apply;
    QFutureWatcher<AdminMigration> m_watcher;
    std::optional<AdminMigration> m_migration;
    std::optional<Workspace> m_accepted;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace ps
