#pragma once
// MainWindow: the studio's main window. Loads a workspace (files, folders or the embedded
// demo) off the GUI thread, shows it as a tree and the selected policy's YAML.

#include <QFutureWatcher>
#include <QMainWindow>
#include <QStringList>

#include "core/io/loader.h"

class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace ps {

class WorkspaceTreeModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Start loading `paths` (files or directories); the tree updates when done.
    void openPaths(const QStringList &paths);
    WorkspaceTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }

Q_SIGNALS:
    void workspaceLoaded();

private:
    void createMenus();
    void onLoaded();
    void showSelection();
    void selectFirstPolicy();
    void openFileDialog();
    void openFolderDialog();

    WorkspaceTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QStringList m_paths;
    QFutureWatcher<LoadResult> m_loading;
};

} // namespace ps
