#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include "core/io/writer.h"
#include "core/validate/validator.h"
#include "ui/workspacetreemodel.h"

namespace ps {

namespace {

LoadResult loadAndValidate(const QStringList &paths)
{
    LoadResult result = Loader().loadPaths(paths);
    result.diagnostics += Validator().validate(result.workspace);
    return result;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Policy Studio"));
    m_model = new WorkspaceTreeModel(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(WorkspaceTreeModel::NameColumn,
                                           QHeaderView::ResizeToContents);
    m_details = new QPlainTextEdit(splitter);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a policy to see its YAML."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    createMenus();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelection);
    connect(&m_loading, &QFutureWatcher<LoadResult>::finished, this, &MainWindow::onLoaded);
    resize(1200, 760);
}

MainWindow::~MainWindow()
{
    m_loading.waitForFinished();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFile = file->addAction(tr("&Open File…"), this, &MainWindow::openFileDialog);
    openFile->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Expand All"), m_tree, &QTreeView::expandAll);
    view->addAction(tr("&Collapse All"), m_tree, &QTreeView::collapseAll);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Policy Studio"), this, [this] {
        QMessageBox::about(this, tr("About Policy Studio"),
                           tr("Policy Studio %1\nUnderstand and edit Calico network policy.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openPaths(const QStringList &paths)
{
    m_paths = paths;
    m_status->setText(tr("Loading %1…").arg(paths.join(QStringLiteral(", "))));
    m_loading.setFuture(QtConcurrent::run(loadAndValidate, paths));
}

void MainWindow::onLoaded()
{
    const LoadResult result = m_loading.result();
    m_model->setWorkspace(result.workspace, result.diagnostics);
    // Tiers and the inventory's namespaces open; policies visible at a glance.
    m_tree->expandToDepth(1);
    selectFirstPolicy();
    const WorkspaceData &d = result.workspace.data();
    qsizetype errors = 0;
    for (const Diagnostic &diag : result.diagnostics)
        errors += diag.severity == Severity::Error ? 1 : 0;
    m_status->setText(tr("%1 policies, %2 pods in %3 namespaces — %4 errors, %5 warnings")
                          .arg(d.policies.size() + d.kubernetesPolicies.size())
                          .arg(d.pods.size())
                          .arg(d.namespaces.size())
                          .arg(errors)
                          .arg(result.diagnostics.size() - errors));
    setWindowFilePath(m_paths.join(QStringLiteral(", ")));
    Q_EMIT workspaceLoaded();
}

void MainWindow::selectFirstPolicy()
{
    // Start on the first policy Calico evaluates, so the YAML pane is never empty.
    const QModelIndex tiers = m_model->index(0, 0);
    for (int t = 0; t < m_model->rowCount(tiers); ++t) {
        const QModelIndex tier = m_model->index(t, 0, tiers);
        if (m_model->rowCount(tier) > 0) {
            m_tree->setCurrentIndex(m_model->index(0, 0, tier));
            return;
        }
    }
}

void MainWindow::showSelection()
{
    const QModelIndex index = m_tree->currentIndex();
    const auto kind = index.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>();
    const qsizetype i = index.data(WorkspaceTreeModel::ResourceIndexRole).value<qsizetype>();
    const WorkspaceData &d = m_model->workspace().data();
    if (kind == WorkspaceTreeModel::NodeKind::Policy && i >= 0 && i < d.policies.size()) {
        m_details->setPlainText(QString::fromUtf8(Writer().write(d.policies[i])));
        return;
    }
    m_details->setPlainText(index.siblingAtColumn(WorkspaceTreeModel::NameColumn).data().toString()
                            + u'\n'
                            + index.siblingAtColumn(WorkspaceTreeModel::DetailColumn).data().toString());
}

void MainWindow::openFileDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open policy files"), QString(), tr("YAML and JSON (*.yaml *.yml *.json);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of policies"));
    if (!dir.isEmpty())
        openPaths({dir});
}

} // namespace ps
