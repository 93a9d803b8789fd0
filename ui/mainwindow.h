#pragma once
// MainWindow: the studio's main window around one Document. Docks: Workspace (tiers →
// policies, sets, profiles, host endpoints), Inventory (namespaces → pods, workloads, services;
// nodes), Problems (live validation), Rule chain, Trace and Dataplane; a central tab widget with
// one editor per opened policy. Menus and toolbar with standard shortcuts, recent files,
// drag-and-drop, remembered layout, autosave to a recovery file (Recovery).
//
// Prompts (unsaved changes, recovery, file names) go through replaceable functions so tests
// can answer them without a modal dialog.

#include <functional>
#include <optional>

#include <QFutureWatcher>
#include <QMainWindow>
#include <QMessageBox>
#include <QStringList>

#include "core/eval/flow.h"
#include "core/lint/lintfinding.h"
#include "core/model/calicoversion.h"
#include "core/model/kind.h"
#include "core/report/policyexport.h"
#include "core/model/workspacedelta.h"
#include "ui/recovery.h"
#include "ui/ruleref.h"

class QAction;
class QDockWidget;
class QFileSystemWatcher;
class QTimer;
class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace ps {

class FlowsPanel;
class MigrationDialog;
class PullDialog;
class PushDialog;

class ChainView;
class ChangesPanel;
class MatrixPanel;
class GraphPanel;
class ChartsPanel;
class DataplanePanel;
class HelpDialog;
class NewPolicyDialog;
class TreeFilterProxy;
class Document;
class InventoryModel;
class PolicyEditor;
class TracePanel;
class ProblemsModel;
class WorkspaceTreeModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// What to do about files that changed on disk since they were loaded.
    enum class DiskChange { Reload, Overwrite, Compare, Cancel };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    Recovery *recovery() const { return m_recovery; }

    /// Start loading `paths` (files or folders) into the document; no prompt.
    void openPaths(const QStringList &paths);
    /// File ▸ Save: writes the files the workspace came from; falls back to Save As (asking for
    /// a file name) when there is no file. Returns true when saved.
    bool save();
    /// Save the whole workspace into `file`; true on success (errors go to lastError()).
    bool saveAs(const QString &file);
    /// Write the whole workspace as YAML to `file` without changing the document's files.
    bool exportYaml(const QString &file);
    /// File ▸ Export: the policies `ids` (all when empty) for `target` (core/report/policyexport.h)
    /// into `file`; false, with the reason, when there is nothing to export or it cannot be
    /// written.
    bool exportPolicies(
        const QString &file, const QList<ResourceId> &ids, PolicyExportTarget target);
    /// Add a new, empty policy (opened in a tab) in `tier` (default: the default tier), which is
    /// created with order `newTierOrder` when that is given. Returns its identity.
    ResourceId newPolicy(ResourceKind kind, const QString &name, const QString &ns = {},
        const QString &tier = {}, std::optional<double> newTierOrder = {});
    /// Remove the policy of the current editor tab (or selected in the workspace tree), without
    /// asking.
    void deleteCurrentPolicy();
    /// The policies the user has selected: the rows selected in the workspace tree when it has
    /// the focus, else the policy of the current editor tab, else the tree's selection.
    QList<ResourceId> selectedPolicies() const;
    /// Edit ▸ Delete: asks for confirmation, then removes selectedPolicies() as one undoable
    /// step. Returns true when something was removed.
    bool deleteSelectedPolicies();
    /// The rule chain of the host endpoint with identity `id` (the tree activates it so).
    void showHostEndpointChain(ResourceId id);
    /// Help ▸ Guide (F1): the built-in guide, whose examples trace in the Trace panel.
    void showGuide();
    HelpDialog *guide() const { return m_guide; }
    /// File ▸ Push (Ctrl+Shift+P): a push dialog for the workspace as edited now, shown
    /// window-modal and deleted when closed.
    PushDialog *showPushDialog();
    /// File ▸ Open from Cluster: pull a cluster (Kubernetes API or etcd) into a new folder,
    /// then open it (window-modal, deleted when closed).
    PullDialog *showPullDialog();
    /// Edit ▸ Migrate to ClusterNetworkPolicy: the migration dialog (window-modal, deleted when
    /// closed); Apply replaces the admin policies in one undoable edit. nullptr (and a status
    /// message) when the workspace has no admin policy to migrate.
    MigrationDialog *showMigrationDialog();
    /// Edit ▸ Calico Version: the release the workspace is evaluated for (an undoable edit).
    void setCalicoVersion(CalicoVersion version);
    /// Shows the Trace panel with `flow` traced, every field of it (the guide, the Changes,
    /// Matrix and Graph panels).
    void traceInPanel(const Flow &flow);
    /// Duplicate the policy with identity `id` under a free name ("<name>-copy") and open it.
    ResourceId duplicatePolicy(ResourceId id);
    /// Open (or focus) the editor tab of the policy with identity `id`.
    void openPolicy(ResourceId id);
    /// Open (or switch to) the read-only view of the Kubernetes policy with identity `id`.
    void openKubernetesPolicy(ResourceId id);
    /// Open (or switch to) the editor of the admin-tier policy with identity `id`.
    void openAdminPolicy(ResourceId id);
    /// Open the policy a RuleRef names and select its rule.
    void openRule(const RuleRef &ref);
    /// Open the policy (Calico, admin or Kubernetes) a problem concerns and reveal its field.
    void openProblem(const QModelIndex &problemIndex);
    /// Offer the recovery files left by sessions that did not end cleanly; restores the one the
    /// user accepts. Returns true when something is being restored.
    bool offerRecovery();

    /// The policy shown by editor tab `tab` (index into workspace->policies), or -1.
    qsizetype policyIndexOfTab(int tab) const;
    /// The policy shown by editor tab `tab`, or a null id (no policy editor there, or its
    /// policy was removed).
    ResourceId policyIdOfTab(int tab) const;
    /// The field last revealed in an editor.
    QString lastRevealedField() const { return m_lastRevealedField; }
    QString lastError() const { return m_lastError; }
    QStringList recentFiles() const;

    void setRecoveryPrompt(std::function<bool(const Recovery::Entry &)> prompt);
    void setUnsavedChangesPrompt(std::function<QMessageBox::StandardButton()> prompt);
    void setSaveFileNamePrompt(std::function<QString()> prompt);
    /// Asked when saving over files that changed on disk (gets their names): Reload discards
    /// the edits and reads the files again, Overwrite saves anyway, Compare shows the
    /// differences (then asks the comparison prompt), Cancel saves nothing.
    void setChangedOnDiskPrompt(std::function<DiskChange(const QStringList &)> prompt);
    /// Asked after Compare with the differences (a unified diff); Compare is read as Cancel.
    void setComparisonPrompt(std::function<DiskChange(const QString &)> prompt);
    /// Looks whether loaded files changed on disk; shows or hides the bar that offers to
    /// reload them. Runs when a watched file changes.
    void checkFilesOnDisk();
    /// The bar above the editors that says files changed on disk (hidden when none did).
    QWidget *diskChangeBar() const { return m_diskBar; }
    /// Asked before deleting; gets the names of the policies, returns true to delete.
    void setDeletePrompt(std::function<bool(const QStringList &)> prompt);
    /// Replaces File ▸ New Policy's dialog: gets it before it is shown and returns whether to
    /// accept it (tests fill it in).
    void setNewPolicyPrompt(std::function<bool(NewPolicyDialog &)> prompt);

    WorkspaceTreeModel *treeModel() const { return m_treeModel; }
    TreeFilterProxy *treeProxy() const { return m_treeProxy; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *treeFilter() const { return m_treeFilter; }
    InventoryModel *inventoryModel() const { return m_inventoryModel; }
    TreeFilterProxy *inventoryProxy() const { return m_inventoryProxy; }
    QTreeView *inventoryView() const { return m_inventory; }
    QLineEdit *inventoryFilter() const { return m_inventoryFilter; }
    ProblemsModel *problemsModel() const { return m_problemsModel; }
    QTreeView *problemsView() const { return m_problems; }
    QTabWidget *editorTabs() const { return m_tabs; }
    PolicyEditor *currentEditor() const;
    ChainView *chainView() const { return m_chain; }
    TracePanel *tracePanel() const { return m_trace; }
    ChangesPanel *changesPanel() const { return m_changes; }
    MatrixPanel *matrixPanel() const { return m_matrix; }
    GraphPanel *graphPanel() const { return m_graph; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    FlowsPanel *flowsPanel() const { return m_flows; }
    /// View ▸ Flow Graph: shows the Graph dock, tall enough to read a graph.
    void showGraph();
    DataplanePanel *dataplanePanel() const { return m_dataplane; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *analysingLabel() const { return m_analysing; }
    QToolButton *cancelLoadButton() const { return m_cancelLoad; }
    QDockWidget *dock(const QString &objectName) const;
    /// Actions of the inventory's context menu for the current inventory item.
    QList<QAction *> inventoryActions() const;

Q_SIGNALS:
    /// A load finished (the document holds the new workspace).
    void workspaceLoaded();
    /// Inventory context menu: "Why is this denied?", "Trace from here", "Show rule chain".
    void whyDeniedRequested(const QString &endpointRef);
    void traceFromRequested(const QString &endpointRef);
    void ruleChainRequested(const QString &endpointRef);
    /// A pod or workload was selected in the inventory.
    void endpointSelected(const QString &endpointRef);
    /// The lint's findings of the current analysis joined the Problems.
    void lintFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void onLoaded();
    /// The status line while a workspace opens: bytes read, then parsed.
    void showLoadProgress();
    void onWorkspaceChanged(const WorkspaceDelta &delta);
    /// Keeps what `view` shows open and selected across a reset of its model.
    void keepTreeStateAcrossResets(QTreeView *view, int keyRole);
    void onAnalysisReady();
    void updateTitle();
    void updateStatus();
    void closeEditor(QWidget *editor);
    PolicyEditor *editorAt(int tab) const;
    void updateRecentMenu();
    void addRecent(const QStringList &paths);
    void inventoryContextMenu(const QPoint &pos);
    void treeContextMenu(const QPoint &pos);
    void onInventoryCurrentChanged(const QModelIndex &current);
    QString currentEndpointRef() const;
    void showWhyDenied(const QString &endpointRef);
    void showTraceFrom(const QString &endpointRef);
    void showRuleChain(const QString &endpointRef);
    QString tracedProtocol() const;
    std::optional<int> tracedPort() const;
    /// Has `view` (a policy editor, an admin or a Kubernetes policy view, the tab a problem
    /// opened) reveal the field `path`, and remembers it as the last one revealed.
    template<class View> void revealField(View *view, const QString &path)
    {
        m_lastRevealedField = path;
        if (view && !path.isEmpty())
            view->revealField(path);
    }
    bool maybeSave();
    /// Asks what to do about `changed` files (Compare leads to the comparison); never Compare.
    DiskChange resolveDiskChanges(const QStringList &changed);
    void reloadFromDisk();
    void watchLoadedFiles();
    void reportError(const QString &message);
    void openFileDialog();
    void openFolderDialog();
    void saveAsDialog();
    void exportDialog();

    void exportPoliciesDialog(const QList<ResourceId> &ids, PolicyExportTarget target);

public:
    /// File ▸ New Policy: asks (NewPolicyDialog), then adds the policy. Returns its identity, or
    /// a null id when cancelled.
    ResourceId newPolicyDialog();

private:
    void resetLayout();
    /// Dock sizes of the default layout, in proportion to the window's size.
    void applyDefaultDockSizes();
    QStringList droppablePaths(const QMimeData *mime) const;

    Document *m_document = nullptr;
    Recovery *m_recovery = nullptr;

    WorkspaceTreeModel *m_treeModel = nullptr;
    TreeFilterProxy *m_treeProxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_treeFilter = nullptr;
    InventoryModel *m_inventoryModel = nullptr;
    TreeFilterProxy *m_inventoryProxy = nullptr;
    QTreeView *m_inventory = nullptr;
    QLineEdit *m_inventoryFilter = nullptr;
    ProblemsModel *m_problemsModel = nullptr;
    QTreeView *m_problems = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QDockWidget *> m_docks;
    ChainView *m_chain = nullptr;
    TracePanel *m_trace = nullptr;
    ChangesPanel *m_changes = nullptr;
    MatrixPanel *m_matrix = nullptr;
    GraphPanel *m_graph = nullptr;
    ChartsPanel *m_charts = nullptr;
    FlowsPanel *m_flows = nullptr;
    QMenu *m_versionMenu = nullptr;
    QLabel *m_versionLabel = nullptr;
    DataplanePanel *m_dataplane = nullptr;
    HelpDialog *m_guide = nullptr;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_whyDeniedAction = nullptr;
    QAction *m_traceFromAction = nullptr;
    QAction *m_chainAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_analysing = nullptr;
    QByteArray m_defaultState;
    bool m_firstLoad = true;
    /// The lint of the current analysis, off the GUI thread; its findings join the Problems.
    void startLint();
    void onLintFinished();
    QFutureWatcher<QList<LintFinding>> m_lintWatcher;
    quint64 m_lintGeneration = 0;
    bool m_lintAgain = false;
    QString m_lastRevealedField;
    QString m_lastError;

    std::function<bool(const Recovery::Entry &)> m_recoveryPrompt;
    std::function<QMessageBox::StandardButton()> m_unsavedPrompt;
    std::function<QString()> m_saveFileNamePrompt;
    std::function<bool(const QStringList &)> m_deletePrompt;
    std::function<bool(NewPolicyDialog &)> m_newPolicyPrompt;
    std::function<DiskChange(const QStringList &)> m_changedOnDiskPrompt;
    std::function<DiskChange(const QString &)> m_comparisonPrompt;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_diskCheck = nullptr;
    QToolButton *m_cancelLoad = nullptr;
    QTimer *m_loadTimer = nullptr;
    QWidget *m_diskBar = nullptr;
    QLabel *m_diskBarText = nullptr;
};

} // namespace ps
