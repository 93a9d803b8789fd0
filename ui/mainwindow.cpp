#include "ui/mainwindow.h"

#include <algorithm>
#include <memory>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/io/loader.h"
#include "core/report/leftoutreport.h"
#include "core/report/policyexport.h"
#include "core/io/workspacestore.h"
#include "core/io/writer.h"
#include "core/model/builtintier.h"
#include "ui/chain/chainview.h"
#include "ui/dataplane/dataplanepanel.h"
#include "ui/diff/changespanel.h"
#include "ui/desktoprecent.h"
#include "ui/document.h"
#include "ui/editor/adminpolicyview.h"
#include "ui/editor/kubernetespolicyview.h"
#include "ui/editor/policyeditor.h"
#include "ui/i18n.h"
#include "ui/helpdialog.h"
#include "ui/inventorymodel.h"
#include "core/lint/linter.h"
#include "ui/charts/chartspanel.h"
#include "ui/flows/flowspanel.h"
#include "ui/graph/graphpanel.h"
#include "ui/graph/graphview.h"
#include "ui/matrix/matrixpanel.h"
#include "ui/migrationdialog.h"
#include "ui/newpolicydialog.h"
#include "ui/problemsmodel.h"
#include "ui/push/pulldialog.h"
#include "ui/push/pushdialog.h"
#include "ui/trace/tracepanel.h"
#include "ui/treefilterproxy.h"
#include "ui/workspacetreemodel.h"

namespace ps {

namespace {

constexpr int kMaxRecentFiles = 10;
const auto kRecentKey = QStringLiteral("recentFiles");
const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");

/// What a tree view shows open and selected, by the models' stable keys.
struct TreeState {
    QSet<QString> expanded;
    QString current;
};

TreeState saveTreeState(const QTreeView *view, int keyRole)
{
    TreeState state;
    const QAbstractItemModel *model = view->model();
    state.current = view->currentIndex().siblingAtColumn(0).data(keyRole).toString();
    QList<QModelIndex> pending {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (view->isExpanded(i)) {
                state.expanded.insert(i.data(keyRole).toString());
                pending.append(i);
            }
        }
    }
    return state;
}

/// Expands what was expanded and selects what was current, looked up by key; `find` maps a key
/// to the view's model (through the filter proxy).
void restoreTreeState(QTreeView *view, const TreeState &state, int keyRole,
    const std::function<QModelIndex(const QString &)> &find)
{
    const QAbstractItemModel *model = view->model();
    QList<QModelIndex> pending {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (state.expanded.contains(i.data(keyRole).toString())) {
                view->setExpanded(i, true);
                pending.append(i);
            }
        }
    }
    if (const QModelIndex current = state.current.isEmpty() ? QModelIndex() : find(state.current);
        current.isValid()) {
        view->selectionModel()->setCurrentIndex(
            current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

TreeFilterProxy *makeFilterProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new TreeFilterProxy(parent);
    proxy->setSourceModel(source);
    return proxy;
}

/// The filter box drives the proxy; a result is shown unfolded when it is small enough to read
/// (expanding 50,000 rows costs seconds), else with its top level open.
void connectFilter(QLineEdit *edit, TreeFilterProxy *proxy, QTreeView *view)
{
    QObject::connect(edit, &QLineEdit::textChanged, proxy, &TreeFilterProxy::setFilterText);
    QObject::connect(proxy, &TreeFilterProxy::filterApplied, view, [proxy, view] {
        constexpr int kExpandAllBelow = 2000;
        if (!proxy->isFiltering())
            return;
        if (proxy->matchCount() <= kExpandAllBelow)
            view->expandAll();
        else
            view->expandToDepth(0);
    });
}

QLineEdit *makeFilterEdit(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QWidget *filteredTree(QLineEdit *filter, QTreeView *tree, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(filter);
    layout->addWidget(tree);
    return box;
}

bool isPolicyFile(const QFileInfo &info)
{
    const QString suffix = info.suffix().toLower();
    return info.isDir() || suffix == u"yaml" || suffix == u"yml" || suffix == u"json";
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_document = new Document(this);
    m_recovery = new Recovery(m_document, this);
    connect(m_recovery, &Recovery::failed, this, [this](const QString &message) {
        statusBar()->showMessage(
            tr("Autosave failed: %1 — your edits are not safe until you save.").arg(message));
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
        [this](int tab) { closeEditor(m_tabs->widget(tab)); });

    // Above the editors: a bar that appears when loaded files change on disk.
    m_diskBar = new QFrame(this);
    m_diskBar->setObjectName(QStringLiteral("diskChangeBar"));
    m_diskBar->setAttribute(Qt::WA_StyledBackground, true);
    m_diskBar->setStyleSheet(
        QStringLiteral("#diskChangeBar { background-color: #fff4e5; border: 1px solid #f0b46a; }"
                       "#diskChangeBar QLabel { color: #6d3b00; }"));
    auto *diskLayout = new QHBoxLayout(m_diskBar);
    diskLayout->setContentsMargins(8, 4, 8, 4);
    m_diskBarText = new QLabel(m_diskBar);
    m_diskBarText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    diskLayout->addWidget(m_diskBarText, 1);
    auto *reload = new QPushButton(tr("&Reload"), m_diskBar);
    auto *compare = new QPushButton(tr("Co&mpare"), m_diskBar);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_diskBar);
    for (QPushButton *button : {reload, compare, dismiss})
        diskLayout->addWidget(button);
    connect(reload, &QPushButton::clicked, this, [this] {
        if (!m_document->isModified()
            || QMessageBox::question(this, tr("Reload"),
                   tr("Reloading discards your unsaved changes. Reload anyway?"))
                == QMessageBox::Yes)
            reloadFromDisk();
    });
    connect(compare, &QPushButton::clicked, this, [this] {
        switch (resolveDiskChanges(m_document->filesChangedOnDisk())) {
        case DiskChange::Reload:
            reloadFromDisk();
            break;
        case DiskChange::Overwrite:
            if (const Result<void> saved = m_document->save({}, true); !saved)
                reportError(saved.error().toString());
            checkFilesOnDisk();
            break;
        default:
            break;
        }
    });
    connect(dismiss, &QPushButton::clicked, m_diskBar, &QWidget::hide);
    m_diskBar->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_diskBar);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_watcher = new QFileSystemWatcher(this);
    m_diskCheck = new QTimer(this);
    m_diskCheck->setSingleShot(true);
    m_diskCheck->setInterval(300); // editors write in several steps
    connect(m_diskCheck, &QTimer::timeout, this, &MainWindow::checkFilesOnDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_diskCheck, qOverload<>(&QTimer::start));
    // The workspace tree shows which policy the current editor holds.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const PolicyEditor *editor = currentEditor();
        if (!editor || !m_tree)
            return;
        const QModelIndex index
            = m_treeProxy->mapFromSource(m_treeModel->indexForResource(editor->policyId()));
        if (index.isValid()) {
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
        }
    });

    createDocks();
    createActions();
    createMenus();

    m_status = new QLabel(this);
    m_analysing = new QLabel(tr("Analysing…"), this);
    m_analysing->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_analysing);
    // While a workspace opens: how far it is, and a way to stop it.
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setText(tr("Cancel Opening"));
    m_cancelLoad->setToolTip(tr("Stop opening; the workspace stays as it was"));
    m_cancelLoad->setVisible(false);
    statusBar()->addPermanentWidget(m_cancelLoad);
    connect(m_cancelLoad, &QToolButton::clicked, m_document, &Document::cancelLoad);
    m_loadTimer = new QTimer(this);
    m_loadTimer->setInterval(200);
    connect(m_loadTimer, &QTimer::timeout, this, &MainWindow::showLoadProgress);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setToolTip(tr("The Calico release the workspace is read, validated and "
                                  "evaluated for (Edit ▸ Calico Version)"));
    statusBar()->addPermanentWidget(m_versionLabel);

    connect(m_document, &Document::loaded, this, &MainWindow::onLoaded);
    connect(m_document, &Document::loadStarted, this, [this] {
        m_status->setText(tr("Loading…"));
        m_analysing->setVisible(true);
        m_cancelLoad->setVisible(true);
        m_loadTimer->start();
    });
    connect(m_document, &Document::loadCancelled, this, [this] {
        m_loadTimer->stop();
        m_cancelLoad->setVisible(false);
        updateStatus();
        m_status->setText(tr("Opening cancelled: the workspace is as it was."));
    });
    connect(m_document, &Document::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_document, &Document::analysisReady, this, &MainWindow::onAnalysisReady);
    connect(&m_lintWatcher, &QFutureWatcher<QList<LintFinding>>::finished, this,
        &MainWindow::onLintFinished);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);

    setAcceptDrops(true);
    resize(1400, 860);
    m_defaultState = saveState();
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (!restoreState(settings.value(kStateKey).toByteArray())) {
        // Sizes and the current tab of each dock area only settle once the window is laid out;
        // the Problems tab first (a tab shown behind it, such as the graph, computes nothing).
        QTimer::singleShot(0, this, [this] {
            applyDefaultDockSizes();
            dock(QStringLiteral("problemsDock"))->raise();
        });
    }
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_lintWatcher.waitForFinished();
}

void MainWindow::createDocks()
{
    auto addDock = [this](const QString &name, const QString &title, QWidget *widget,
                       Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        m_docks.append(dock);
        return dock;
    };

    // Workspace: tiers → policies, sets, profiles, host endpoints.
    m_treeModel = new WorkspaceTreeModel(this);
    m_treeProxy = makeFilterProxy(m_treeModel, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("workspaceTree"));
    m_tree->setModel(m_treeProxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::treeContextMenu);
    // A fixed starting width the user can drag, not sized to the contents: measuring the names
    // of 10,000 expanded policies took two seconds on the first open of a large workspace.
    m_tree->header()->setSectionResizeMode(
        WorkspaceTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(
        WorkspaceTreeModel::NameColumn, m_tree->fontMetrics().averageCharWidth() * 40);
    m_treeFilter = makeFilterEdit(tr("Filter policies, tiers, sets…"), this);
    connectFilter(m_treeFilter, m_treeProxy, m_tree);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex i = index.siblingAtColumn(0);
        const auto kind
            = i.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>();
        const auto id = i.data(WorkspaceTreeModel::ResourceIdRole).value<ResourceId>();
        if (kind == WorkspaceTreeModel::NodeKind::Policy)
            openPolicy(id);
        else if (kind == WorkspaceTreeModel::NodeKind::KubernetesPolicy)
            openKubernetesPolicy(id);
        else if (kind == WorkspaceTreeModel::NodeKind::AdminPolicy)
            openAdminPolicy(id);
        else if (kind == WorkspaceTreeModel::NodeKind::HostEndpoint)
            showHostEndpointChain(id);
    });
    keepTreeStateAcrossResets(m_tree, WorkspaceTreeModel::KeyRole);
    addDock(QStringLiteral("workspaceDock"), tr("Workspace"),
        filteredTree(m_treeFilter, m_tree, this), Qt::LeftDockWidgetArea);

    // Inventory: namespaces → pods, workloads, services; nodes.
    m_inventoryModel = new InventoryModel(this);
    m_inventoryProxy = makeFilterProxy(m_inventoryModel, this);
    m_inventory = new QTreeView(this);
    m_inventory->setObjectName(QStringLiteral("inventoryTree"));
    m_inventory->setModel(m_inventoryProxy);
    m_inventory->setUniformRowHeights(true);
    m_inventory->setAlternatingRowColors(true);
    m_inventory->header()->setSectionResizeMode(
        InventoryModel::NameColumn, QHeaderView::ResizeToContents);
    m_inventory->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_inventory, &QWidget::customContextMenuRequested, this, &MainWindow::inventoryContextMenu);
    connect(m_inventory->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::onInventoryCurrentChanged);
    m_inventoryFilter = makeFilterEdit(tr("Filter namespaces, pods, labels…"), this);
    connectFilter(m_inventoryFilter, m_inventoryProxy, m_inventory);
    keepTreeStateAcrossResets(m_inventory, InventoryModel::KeyRole);
    addDock(QStringLiteral("inventoryDock"), tr("Inventory"),
        filteredTree(m_inventoryFilter, m_inventory, this), Qt::LeftDockWidgetArea);

    // Problems: live validation.
    m_problemsModel = new ProblemsModel(this);
    m_problems = new QTreeView(this);
    m_problems->setObjectName(QStringLiteral("problemsView"));
    m_problems->setModel(m_problemsModel);
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->header()->setSectionResizeMode(
        ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_problems->header()->resizeSection(ProblemsModel::MessageColumn, 520);
    m_problems->header()->resizeSection(ProblemsModel::LocationColumn, 300);
    connect(m_problems, &QTreeView::activated, this, &MainWindow::openProblem);
    QDockWidget *problems = addDock(
        QStringLiteral("problemsDock"), tr("Problems"), m_problems, Qt::BottomDockWidgetArea);

    // Rule chain, trace and dataplane.
    m_chain = new ChainView(m_document, this);
    QDockWidget *chain
        = addDock(QStringLiteral("chainDock"), tr("Rule chain"), m_chain, Qt::RightDockWidgetArea);
    m_trace = new TracePanel(m_document, this);
    QDockWidget *trace
        = addDock(QStringLiteral("traceDock"), tr("Trace"), m_trace, Qt::BottomDockWidgetArea);
    m_dataplane = new DataplanePanel(m_document, this);
    // Rendered rules are long lines: the dataplane gets the full width of the bottom area.
    QDockWidget *dataplane = addDock(
        QStringLiteral("dataplaneDock"), tr("Dataplane"), m_dataplane, Qt::BottomDockWidgetArea);
    m_changes = new ChangesPanel(m_document, this);
    QDockWidget *changes = addDock(
        QStringLiteral("changesDock"), tr("Changes"), m_changes, Qt::BottomDockWidgetArea);
    connect(m_changes, &ChangesPanel::traceRequested, this, &MainWindow::traceInPanel);
    m_matrix = new MatrixPanel(m_document, this);
    QDockWidget *matrix
        = addDock(QStringLiteral("matrixDock"), tr("Matrix"), m_matrix, Qt::BottomDockWidgetArea);
    connect(m_matrix, &MatrixPanel::traceRequested, this, &MainWindow::traceInPanel);
    m_graph = new GraphPanel(m_document, this);
    QDockWidget *graph
        = addDock(QStringLiteral("graphDock"), tr("Graph"), m_graph, Qt::BottomDockWidgetArea);
    connect(m_graph, &GraphPanel::traceRequested, this, &MainWindow::traceInPanel);
    connect(m_graph, &GraphPanel::ruleActivated, this, &MainWindow::openRule);
    m_charts = new ChartsPanel(m_document, this);
    QDockWidget *charts
        = addDock(QStringLiteral("chartsDock"), tr("Charts"), m_charts, Qt::BottomDockWidgetArea);
    m_flows = new FlowsPanel(m_document, this);
    QDockWidget *flows
        = addDock(QStringLiteral("flowsDock"), tr("Flows"), m_flows, Qt::BottomDockWidgetArea);
    connect(m_flows, &FlowsPanel::traceRequested, this, &MainWindow::traceInPanel);
    connect(m_flows, &FlowsPanel::computed, m_graph, [this] {
        m_graph->setObservedFlows(
            m_flows->observedFlows(), QFileInfo(m_flows->logPath()).fileName());
    });
    connect(trace, &QDockWidget::visibilityChanged, m_trace, [this](bool visible) {
        if (visible)
            m_trace->updateDirection();
    });
    connect(m_trace, &TracePanel::traced, m_chain, &ChainView::showTrace);
    connect(m_trace, &TracePanel::ruleActivated, this, &MainWindow::openRule);
    connect(m_trace, &TracePanel::chainRequested, this, [this](const QString &ref) {
        QDockWidget *chainDock = dock(QStringLiteral("chainDock"));
        chainDock->show();
        chainDock->raise();
        m_chain->setEndpoint(ref);
    });
    connect(m_chain, &ChainView::ruleActivated, this, &MainWindow::openRule);
    connect(m_chain, &ChainView::whyDeniedRequested, this, &MainWindow::showWhyDenied);
    connect(m_dataplane, &DataplanePanel::ruleActivated, this, &MainWindow::openRule);

    tabifyDockWidget(problems, trace);
    tabifyDockWidget(trace, dataplane);
    tabifyDockWidget(dataplane, changes);
    tabifyDockWidget(changes, matrix);
    tabifyDockWidget(matrix, graph);
    tabifyDockWidget(graph, charts);
    tabifyDockWidget(charts, flows);
    // A tab brought to the front brings its view up to date (behind another tab it computes
    // nothing).
    connect(changes, &QDockWidget::visibilityChanged, m_changes, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, m_changes, &ChangesPanel::refresh);
    });
    connect(matrix, &QDockWidget::visibilityChanged, m_matrix, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, m_matrix, &MatrixPanel::refresh);
    });
    connect(graph, &QDockWidget::visibilityChanged, m_graph, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, m_graph, &GraphPanel::refresh);
    });
    connect(charts, &QDockWidget::visibilityChanged, m_charts, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, m_charts, &ChartsPanel::refresh);
    });
    connect(flows, &QDockWidget::visibilityChanged, m_flows, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, m_flows, &FlowsPanel::refresh);
    });
    problems->raise();
    resizeDocks({dock(QStringLiteral("workspaceDock")), chain}, {380, 420}, Qt::Horizontal);
    resizeDocks({problems}, {150}, Qt::Vertical);

    connect(this, &MainWindow::whyDeniedRequested, this, &MainWindow::showWhyDenied);
    connect(this, &MainWindow::traceFromRequested, this, &MainWindow::showTraceFrom);
    connect(this, &MainWindow::ruleChainRequested, this, &MainWindow::showRuleChain);
}

void MainWindow::showGraph()
{
    QDockWidget *graphDock = dock(QStringLiteral("graphDock"));
    graphDock->show();
    graphDock->raise();
    // A graph needs room: the bottom area gets 45% of the window's height when it has less.
    if (!graphDock->isFloating() && graphDock->height() < height() * 45 / 100)
        resizeDocks({graphDock}, {height() * 45 / 100}, Qt::Vertical);
    m_graph->view()->setFocus();
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks)
        if (d->objectName() == objectName)
            return d;
    return nullptr;
}

void MainWindow::createActions()
{
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    m_whyDeniedAction = new QAction(tr("Why is this denied?…"), this);
    connect(m_whyDeniedAction, &QAction::triggered, this, [this] {
        if (const QString ref = currentEndpointRef(); !ref.isEmpty())
            Q_EMIT whyDeniedRequested(ref);
    });
    m_traceFromAction = new QAction(tr("Trace from here"), this);
    connect(m_traceFromAction, &QAction::triggered, this, [this] {
        if (const QString ref = currentEndpointRef(); !ref.isEmpty())
            Q_EMIT traceFromRequested(ref);
    });
    m_chainAction = new QAction(tr("Show rule chain"), this);
    connect(m_chainAction, &QAction::triggered, this, [this] {
        if (const QString ref = currentEndpointRef(); !ref.isEmpty())
            Q_EMIT ruleChainRequested(ref);
    });
}

QList<QAction *> MainWindow::inventoryActions() const
{
    return {m_whyDeniedAction, m_traceFromAction, m_chainAction};
}

void MainWindow::createMenus()
{
    QStyle *s = style();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPolicy = file->addAction(tr("&New Policy…"), this, &MainWindow::newPolicyDialog);
    newPolicy->setShortcut(QKeySequence::New);
    newPolicy->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    QAction *openFile = file->addAction(tr("&Open File…"), this, &MainWindow::openFileDialog);
    openFile->setShortcut(QKeySequence::Open);
    openFile->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    openFolder->setIcon(s->standardIcon(QStyle::SP_DirOpenIcon));
    file->addAction(tr("Open from C&luster…"), this, [this] { showPullDialog(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAsDialog);
    saveAs->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("All Policies for &calicoctl…"), this,
        [this] { exportPoliciesDialog({}, PolicyExportTarget::Calicoctl); });
    exportMenu->addAction(tr("&Selected Policies for calicoctl…"), this, [this] {
        if (const QList<ResourceId> ids = selectedPolicies(); !ids.isEmpty())
            exportPoliciesDialog(ids, PolicyExportTarget::Calicoctl);
        else
            statusBar()->showMessage(
                tr("Select the policies to export in the workspace tree."), 6000);
    });
    exportMenu->addAction(tr("Kubernetes Policies for &kubectl…"), this,
        [this] { exportPoliciesDialog({}, PolicyExportTarget::Kubectl); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("The Whole &Workspace as YAML…"), this, &MainWindow::exportDialog);
    QAction *push = file->addAction(tr("&Push…"), this, [this] { showPushDialog(); });
    push->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    push->setToolTip(tr("Send the workspace to a node agent or to Calico's etcd datastore"));
    file->addSeparator();
    QAction *closeTab = file->addAction(tr("&Close Tab"), this, [this] {
        if (QWidget *editor = m_tabs->currentWidget())
            closeEditor(editor);
    });
    // Ctrl+W everywhere, even where the platform's Close binding is only Ctrl+F4
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closeKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_W));
    closeTab->setShortcuts(closeKeys);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_deleteAction
        = edit->addAction(tr("&Delete Policy…"), this, [this] { deleteSelectedPolicies(); });
    m_deleteAction->setIcon(s->standardIcon(QStyle::SP_TrashIcon));
    // Delete acts where the focus is (the tree, the tab bar); in a text field it stays the
    // field's own key.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_deleteAction);
    m_tabs->tabBar()->addAction(m_deleteAction);
    edit->addSeparator();
    // The Calico release the workspace is read, validated and evaluated for; kept in the
    // folder's settings file when the workspace is a folder.
    m_versionMenu = edit->addMenu(tr("Calico &Version"));
    auto *versions = new QActionGroup(this);
    for (const QString &name : calicoVersionNames()) {
        const std::optional<CalicoVersion> version = calicoVersionFromName(name);
        if (!version)
            continue;
        QAction *action = m_versionMenu->addAction(tr("Calico %1").arg(name));
        action->setCheckable(true);
        action->setData(int(*version));
        versions->addAction(action);
        connect(action, &QAction::triggered, this, [this, v = *version] { setCalicoVersion(v); });
    }
    edit->addAction(
        tr("&Migrate to ClusterNetworkPolicy…"), this, [this] { showMigrationDialog(); });

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(openFile);
    toolbar->addAction(openFolder);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    // Their texts name the edit ("Undo Edit allow-dns"): as icons only (the text in the
    // tooltip), they keep the toolbar from shifting with every edit.
    for (QAction *action : {m_undoAction, m_redoAction})
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolbar->addSeparator();
    toolbar->addAction(newPolicy);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : std::as_const(m_docks))
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addAction(toolbar->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction *flowGraph = m_viewMenu->addAction(tr("Flow &Graph"), this, &MainWindow::showGraph);
    flowGraph->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Expand All Policies"), m_tree, &QTreeView::expandAll);
    m_viewMenu->addAction(tr("&Collapse All Policies"), m_tree, &QTreeView::collapseAll);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);

    // Language: remembered in the "ui/language" setting; windows are built translated, so the
    // choice applies from the next start.
    QMenu *language = m_viewMenu->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QString chosen = QSettings().value(QLatin1StringView(kLanguageSettingsKey)).toString();
    const QList<std::pair<QString, QString>> choices = {
        {QString(), tr("System Default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
    };
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QLatin1StringView(kLanguageSettingsKey), code);
            statusBar()->showMessage(
                tr("The language changes the next time Policy Studio starts."), 6000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("Policy Studio &Guide"), this, &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Policy Studio"), this, [this] {
        QMessageBox::about(this, tr("About Policy Studio"),
            tr("<h3>Policy Studio %1</h3><p>Understand and edit Calico network policy: "
               "tiers and policies in evaluation order, rule chains, traces and the dataplane "
               "Felix would program.</p>"
               "<p>Licensed under the Apache License, version 2.0.</p>"
               "<p>Built with Qt %2 (LGPL 3) and libyaml %3 (MIT).</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                    yamlLibraryVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openPaths(const QStringList &paths)
{
    m_firstLoad = true;
    m_document->open(paths);
}

void MainWindow::showLoadProgress()
{
    if (!m_document->isLoading())
        return;
    qint64 done = 0;
    qint64 total = 0;
    m_document->loadProgress(done, total);
    const QString size = locale().formattedDataSize(total > 0 ? total : done);
    m_status->setText(total > 0 ? tr("Opening: parsing %1 of %2 (%3%)…")
                                      .arg(locale().formattedDataSize(done), size)
                                      .arg(done * 100 / total)
                                : tr("Opening: reading files, %1 so far…").arg(size));
}

void MainWindow::onLoaded()
{
    m_loadTimer->stop();
    m_cancelLoad->setVisible(false);
    watchLoadedFiles();
    m_diskBar->hide();
    // A new workspace: editors of the old one go.
    while (m_tabs->count() > 0)
        closeEditor(m_tabs->widget(0));
    m_tree->collapseAll();
    m_tree->expandToDepth(1); // tiers open: policies visible at a glance
    if (m_inventoryProxy->rowCount() <= 30)
        m_inventory->expandToDepth(0);

    // Start on the first policy Calico evaluates, so the editor area is never empty.
    const QModelIndex tiers = m_treeProxy->index(0, 0);
    for (int t = 0; t < m_treeProxy->rowCount(tiers); ++t) {
        const QModelIndex tier = m_treeProxy->index(t, 0, tiers);
        bool found = false;
        for (int p = 0; p < m_treeProxy->rowCount(tier) && !found; ++p) {
            const QModelIndex policy = m_treeProxy->index(p, 0, tier);
            if (policy.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>()
                == WorkspaceTreeModel::NodeKind::Policy) {
                m_tree->setCurrentIndex(policy);
                openPolicy(policy.data(WorkspaceTreeModel::ResourceIdRole).value<ResourceId>());
                found = true;
            }
        }
        if (found)
            break;
    }
    // And on the first endpoint, so the rule chain and the dataplane show something real.
    if (!m_inventory->currentIndex().isValid()) {
        for (int n = 0; n < m_inventoryProxy->rowCount(); ++n) {
            const QModelIndex ns = m_inventoryProxy->index(n, 0);
            const QModelIndex first = m_inventoryProxy->index(0, 0, ns);
            if (first.data(InventoryModel::EndpointRefRole).isValid()) {
                m_inventory->setCurrentIndex(first);
                break;
            }
        }
    }
    addRecent(m_document->paths());
    updateTitle();
    Q_EMIT workspaceLoaded();
}

void MainWindow::onWorkspaceChanged(const WorkspaceDelta &delta)
{
    // Row by row for edits: the views keep what is open and selected by themselves; a reset
    // (a load) is bridged by keepTreeStateAcrossResets().
    const Workspace &workspace = m_document->workspace();
    m_treeModel->setWorkspace(workspace, delta);
    m_inventoryModel->setWorkspace(workspace, delta);
    updateTitle();
    updateStatus();
}

void MainWindow::keepTreeStateAcrossResets(QTreeView *view, int keyRole)
{
    auto *proxy = qobject_cast<TreeFilterProxy *>(view->model());
    auto *model = qobject_cast<NodeTreeModel *>(proxy->sourceModel());
    auto state = std::make_shared<TreeState>();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, view,
        [view, keyRole, state] { *state = saveTreeState(view, keyRole); });
    connect(model, &QAbstractItemModel::modelReset, view, [view, keyRole, state, proxy, model] {
        restoreTreeState(view, *state, keyRole, [proxy, model](const QString &key) {
            return proxy->mapFromSource(model->indexForKey(key));
        });
        if (proxy->isFiltering() && proxy->matchCount() <= 2000)
            view->expandAll();
    });
}

void MainWindow::onAnalysisReady()
{
    if (const std::shared_ptr<const Analysis> analysis = m_document->analysis();
        analysis && analysis->engine) {
        QHash<ResourceId, QString> notes;
        for (const LeftOut &r : analysis->replaced)
            notes.insert(r.id, replacedNote(r));
        for (const LeftOut &l : analysis->engine->leftOut())
            notes.insert(l.id, leftOutNote(l));
        m_treeModel->setAnalysisNotes(notes);
    }
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis)
        return;
    m_problemsModel->setDiagnostics(analysis->diagnostics, analysis->workspace);
    startLint();
    if (QDockWidget *problems = dock(QStringLiteral("problemsDock"))) {
        const int count = m_problemsModel->rowCount();
        problems->setWindowTitle(count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count));
        if (m_problemsModel->errorCount() > 0 && m_firstLoad)
            problems->raise(); // a broken file: show what is wrong first
    }
    m_firstLoad = false;
    updateStatus();
}

void MainWindow::startLint()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine)
        return;
    if (m_lintWatcher.isRunning()) {
        m_lintAgain = true;
        return;
    }
    m_lintGeneration = analysis->generation;
    m_lintWatcher.setFuture(QtConcurrent::run([engine = analysis->engine] {
        LintOptions options;
        options.flows = engine->policies().size() <= kInteractiveLintPolicies;
        return lintWorkspace(*engine, options);
    }));
}

void MainWindow::onLintFinished()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (m_lintAgain || !analysis || analysis->generation != m_lintGeneration) {
        m_lintAgain = false;
        startLint();
        return;
    }
    // The lint's flow checks ran (see startLint()).
    const bool flows = analysis->engine->policies().size() <= kInteractiveLintPolicies;
    QString note;
    if (!flows)
        note = tr("The lint's flow checks (end-of-tier-drop, shadowed-rule, redundant-rule, "
                  "staged-differs) run here up to %1 policies; run policyctl lint for this "
                  "workspace's %2.")
                   .arg(kInteractiveLintPolicies)
                   .arg(analysis->engine->policies().size());
    m_problemsModel->setLintFindings(m_lintWatcher.result(), analysis->workspace, note);
    m_charts->setLintFindings(m_lintWatcher.result(), flows);
    if (QDockWidget *problems = dock(QStringLiteral("problemsDock"))) {
        const int count = m_problemsModel->rowCount();
        problems->setWindowTitle(count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count));
    }
    updateStatus();
    Q_EMIT lintFinished();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document->displayName() + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->paths().value(0));
}

void MainWindow::updateStatus()
{
    const bool analysing = !m_document->isAnalysisCurrent() || m_document->isLoading();
    m_analysing->setVisible(analysing);
    const WorkspaceData &d = m_document->workspace().data();
    QString text = tr("%n policies", nullptr, int(d.policies.size() + d.kubernetesPolicies.size()))
        + QStringLiteral(", ") + tr("%n pods", nullptr, int(d.pods.size())) + QStringLiteral(", ")
        + tr("%n namespaces", nullptr, int(d.namespaces.size()));
    if (m_document->analysis()) {
        text += QStringLiteral(" — ") + tr("%n errors", nullptr, m_problemsModel->errorCount())
            + QStringLiteral(", ") + tr("%n warnings", nullptr, m_problemsModel->warningCount());
    }
    m_status->setText(text);
    if (!m_versionLabel || !m_versionMenu)
        return;
    const CalicoVersion version = m_document->workspace()->calicoVersion;
    m_versionLabel->setText(tr("Calico %1").arg(calicoVersionName(version)));
    for (QAction *action : m_versionMenu->actions())
        action->setChecked(action->data().toInt() == int(version));
}

// ---- editors ----------------------------------------------------------------------------

PolicyEditor *MainWindow::editorAt(int tab) const
{
    return qobject_cast<PolicyEditor *>(m_tabs->widget(tab));
}

PolicyEditor *MainWindow::currentEditor() const
{
    return qobject_cast<PolicyEditor *>(m_tabs->currentWidget());
}

void MainWindow::closeEditor(QWidget *editor)
{
    const int tab = m_tabs->indexOf(editor);
    if (tab < 0)
        return;
    m_tabs->removeTab(tab);
    editor->hide();
    editor->deleteLater(); // it may be the sender of the signal that closes it
}

qsizetype MainWindow::policyIndexOfTab(int tab) const
{
    const PolicyEditor *editor = editorAt(tab);
    return editor && !editor->isRemoved() ? editor->policyIndex() : -1;
}

ResourceId MainWindow::policyIdOfTab(int tab) const
{
    const PolicyEditor *editor = editorAt(tab);
    return editor && !editor->isRemoved() ? editor->policyId() : ResourceId {};
}

void MainWindow::openKubernetesPolicy(ResourceId id)
{
    if (indexOfResource(m_document->workspace()->kubernetesPolicies, id) < 0)
        return;
    for (int t = 0; t < m_tabs->count(); ++t) {
        const auto *view = qobject_cast<KubernetesPolicyView *>(m_tabs->widget(t));
        if (view && view->policyId() == id) {
            m_tabs->setCurrentIndex(t);
            return;
        }
    }
    auto *view = new KubernetesPolicyView(m_document, id, m_tabs);
    const int t = m_tabs->addTab(view,
        WorkspaceTreeModel::policyIcon(WorkspaceTreeModel::PolicyIcon::Kubernetes), view->title());
    m_tabs->setTabToolTip(t, tr("Kubernetes NetworkPolicy %1").arg(view->title()));
    connect(view, &KubernetesPolicyView::titleChanged, this, [this, view](const QString &title) {
        const int tab = m_tabs->indexOf(view);
        m_tabs->setTabText(tab, title);
        m_tabs->setTabToolTip(tab, tr("Kubernetes NetworkPolicy %1").arg(title));
    });
    connect(view, &KubernetesPolicyView::policyRemoved, this, [this, view] { closeEditor(view); });
    m_tabs->setCurrentIndex(t);
}

void MainWindow::openAdminPolicy(ResourceId id)
{
    bool created = false;
    AdminPolicyView *view = AdminPolicyView::openIn(m_tabs, m_document, id, &created);
    if (created)
        connect(view, &AdminPolicyView::policyRemoved, this, [this, view] { closeEditor(view); });
}

void MainWindow::openPolicy(ResourceId id)
{
    const Workspace &workspace = m_document->workspace();
    const qsizetype index = indexOfResource(workspace->policies, id);
    if (index < 0)
        return;
    for (int t = 0; t < m_tabs->count(); ++t) {
        if (policyIdOfTab(t) == id) {
            m_tabs->setCurrentIndex(t);
            return;
        }
    }
    const CalicoPolicy &p = workspace->policies[index];
    auto *editor = new PolicyEditor(m_document, id, m_tabs);
    const RuleRef ref = policyRef(p);
    const WorkspaceTreeModel::PolicyIcon icon = p.isStaged()
        ? WorkspaceTreeModel::PolicyIcon::Staged
        : (p.isGlobal() ? WorkspaceTreeModel::PolicyIcon::Global
                        : WorkspaceTreeModel::PolicyIcon::Namespaced);
    const int t = m_tabs->addTab(editor, WorkspaceTreeModel::policyIcon(icon), editor->title());
    m_tabs->setTabToolTip(t, ref.kind + u' ' + ref.policy);
    connect(editor, &PolicyEditor::titleChanged, this, [this, editor](const QString &title) {
        const int tab = m_tabs->indexOf(editor);
        m_tabs->setTabText(tab, title);
        const RuleRef now = editor->policyRef();
        m_tabs->setTabToolTip(tab, now.kind + u' ' + now.policy);
    });
    connect(editor, &PolicyEditor::policyRemoved, this, [this, editor] { closeEditor(editor); });
    connect(editor, &PolicyEditor::ruleSelected, m_dataplane, &DataplanePanel::highlightRule);
    m_tabs->setCurrentIndex(t);
}

void MainWindow::openRule(const RuleRef &ref)
{
    const Workspace &workspace = m_document->workspace();
    const qsizetype index = policyIndex(workspace, ref);
    if (const qsizetype kubernetes = kubernetesPolicyIndex(workspace, ref);
        index < 0 && kubernetes >= 0) {
        openKubernetesPolicy(workspace->kubernetesPolicies[kubernetes].source.id);
        m_dataplane->highlightRule(ref);
        return;
    }
    if (index < 0) {
        statusBar()->showMessage(
            tr("%1 %2 is not an editable Calico policy").arg(ref.kind, ref.policy), 4000);
        return;
    }
    openPolicy(workspace->policies[index].source.id);
    if (ref.rule >= 0) {
        if (PolicyEditor *editor = currentEditor())
            editor->selectRule(ref.direction, ref.rule);
    }
    m_dataplane->highlightRule(ref);
}

void MainWindow::openProblem(const QModelIndex &problemIndex)
{
    if (!problemIndex.isValid())
        return;
    const QModelIndex row = problemIndex.siblingAtColumn(0);
    const QString path = row.data(ProblemsModel::PathRole).toString();
    const Workspace &workspace = m_document->workspace();
    const auto id = [&row](ProblemsModel::Role role) { return row.data(role).value<ResourceId>(); };
    if (const ResourceId admin = id(ProblemsModel::AdminPolicyIdRole);
        indexOfResource(workspace->adminPolicies, admin) >= 0) {
        openAdminPolicy(admin);
        revealField(qobject_cast<AdminPolicyView *>(m_tabs->currentWidget()), path);
    } else if (const ResourceId kubernetes = id(ProblemsModel::KubernetesPolicyIdRole);
               indexOfResource(workspace->kubernetesPolicies, kubernetes) >= 0) {
        openKubernetesPolicy(kubernetes);
        revealField(qobject_cast<KubernetesPolicyView *>(m_tabs->currentWidget()), path);
    } else if (const ResourceId policy = id(ProblemsModel::PolicyIdRole);
               indexOfResource(workspace->policies, policy) >= 0) {
        openPolicy(policy);
        revealField(currentEditor(), path);
    } else {
        statusBar()->showMessage(row.data(Qt::ToolTipRole).toString(), 6000);
    }
}

ResourceId MainWindow::newPolicy(ResourceKind kind, const QString &name, const QString &ns,
    const QString &tier, std::optional<double> newTierOrder)
{
    CalicoPolicy policy;
    policy.kind = kind;
    policy.meta.name = name;
    if (kindIsNamespaced(kind))
        policy.meta.namespace_ = ns.isEmpty() ? QStringLiteral("default") : ns;
    policy.tier = tier.isEmpty() ? defaultTierName() : tier;
    std::optional<Tier> createdTier;
    if (newTierOrder) {
        createdTier.emplace();
        createdTier->meta.name = policy.tier;
        createdTier->order = newTierOrder;
    }
    policy.types = {QStringLiteral("Ingress")};
    if (policy.isStaged())
        policy.stagedAction = QStringLiteral("Set");
    const ResourceId id = m_document->addPolicy(policy, createdTier);
    openPolicy(id);
    return id;
}

void MainWindow::deleteCurrentPolicy()
{
    ResourceId id = m_tabs->count() > 0 ? policyIdOfTab(m_tabs->currentIndex()) : ResourceId {};
    if (id.isNull()) {
        const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
        if (current.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>()
            == WorkspaceTreeModel::NodeKind::Policy)
            id = current.data(WorkspaceTreeModel::ResourceIdRole).value<ResourceId>();
    }
    if (!id.isNull())
        m_document->removePolicy(id);
}

QList<ResourceId> MainWindow::selectedPolicies() const
{
    const auto treeSelection = [this] {
        QList<ResourceId> ids;
        for (const QModelIndex &row : m_tree->selectionModel()->selectedRows(0))
            if (row.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>()
                == WorkspaceTreeModel::NodeKind::Policy)
                ids.append(row.data(WorkspaceTreeModel::ResourceIdRole).value<ResourceId>());
        return ids;
    };
    const QWidget *focus = QApplication::focusWidget();
    const bool treeHasFocus = focus && (focus == m_tree || m_tree->isAncestorOf(focus));
    if (treeHasFocus)
        return treeSelection();
    if (m_tabs->count() > 0)
        if (const ResourceId id = policyIdOfTab(m_tabs->currentIndex()); !id.isNull())
            return {id};
    return treeSelection();
}

bool MainWindow::deleteSelectedPolicies()
{
    const QList<ResourceId> ids = selectedPolicies();
    QStringList names;
    for (const ResourceId id : ids)
        if (const qsizetype i = indexOfResource(m_document->workspace()->policies, id); i >= 0)
            names.append(m_document->workspace()->policies[i].meta.name);
    if (names.isEmpty()) {
        statusBar()->showMessage(tr("Select the policies to delete in the workspace tree."), 6000);
        return false;
    }
    const auto ask = [this](const QStringList &names) {
        const QString question = names.size() == 1
            ? tr("Delete the policy %1?").arg(names.first())
            : tr("Delete these %n policies?", nullptr, int(names.size()));
        QMessageBox box(QMessageBox::Question, tr("Delete Policy"), question,
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Edit ▸ Undo brings them back."));
        if (names.size() > 1)
            box.setDetailedText(names.join(u'\n'));
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };
    if (!(m_deletePrompt ? m_deletePrompt(names) : ask(names)))
        return false;
    m_document->removePolicies(ids);
    statusBar()->showMessage(
        tr("Deleted %n policies — Edit ▸ Undo brings them back.", nullptr, int(names.size())),
        8000);
    return true;
}

ResourceId MainWindow::duplicatePolicy(ResourceId id)
{
    const QList<CalicoPolicy> &policies = m_document->workspace()->policies;
    const qsizetype index = indexOfResource(policies, id);
    if (index < 0)
        return {};
    CalicoPolicy copy = policies[index];
    const auto taken = [&policies, &copy](const QString &name) {
        return std::any_of(policies.begin(), policies.end(), [&](const CalicoPolicy &p) {
            return p.kind == copy.kind && p.meta.namespace_ == copy.meta.namespace_
                && p.meta.name == name;
        });
    };
    QString name = copy.meta.name + QStringLiteral("-copy");
    for (int n = 2; taken(name); ++n)
        name = copy.meta.name + QStringLiteral("-copy-%1").arg(n);
    copy.meta.name = name;
    copy.source = {};
    const ResourceId added = m_document->addPolicy(copy);
    if (!added.isNull())
        openPolicy(added);
    return added;
}

void MainWindow::treeContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos).siblingAtColumn(0);
    if (!index.isValid())
        return;
    if (!m_tree->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_tree->setCurrentIndex(index);
    const auto kind
        = index.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>();
    const auto id = index.data(WorkspaceTreeModel::ResourceIdRole).value<ResourceId>();
    QMenu menu(this);
    if (kind == WorkspaceTreeModel::NodeKind::Policy) {
        menu.addAction(tr("&Open"), this, [this, id] { openPolicy(id); });
        menu.addAction(tr("D&uplicate"), this, [this, id] { duplicatePolicy(id); });
        menu.addAction(tr("&Export for calicoctl…"), this,
            [this] { exportPoliciesDialog(selectedPolicies(), PolicyExportTarget::Calicoctl); });
        menu.addSeparator();
        menu.addAction(m_deleteAction);
    } else if (kind == WorkspaceTreeModel::NodeKind::KubernetesPolicy) {
        menu.addAction(tr("&Open"), this, [this, id] { openKubernetesPolicy(id); });
    } else if (kind == WorkspaceTreeModel::NodeKind::AdminPolicy) {
        menu.addAction(tr("&Open"), this, [this, id] { openAdminPolicy(id); });
    } else if (kind == WorkspaceTreeModel::NodeKind::HostEndpoint) {
        menu.addAction(tr("Show rule chain"), this, [this, id] { showHostEndpointChain(id); });
    }
    if (menu.isEmpty())
        return;
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

ResourceId MainWindow::newPolicyDialog()
{
    NewPolicyDialog dialog(m_document->workspace(), this);
    const bool accepted
        = m_newPolicyPrompt ? m_newPolicyPrompt(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted || !dialog.problem().isEmpty())
        return {};
    const NewPolicyDialog::Request r = dialog.request();
    return newPolicy(r.kind, r.name, r.namespace_, r.tier, r.newTierOrder);
}

void MainWindow::setNewPolicyPrompt(std::function<bool(NewPolicyDialog &)> prompt)
{
    m_newPolicyPrompt = std::move(prompt);
}

// ---- inventory --------------------------------------------------------------------------

QString MainWindow::currentEndpointRef() const
{
    return m_inventory->currentIndex()
        .siblingAtColumn(0)
        .data(InventoryModel::EndpointRefRole)
        .toString();
}

void MainWindow::inventoryContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_inventory->indexAt(pos);
    if (!index.isValid())
        return;
    m_inventory->setCurrentIndex(index);
    const bool endpoint = !currentEndpointRef().isEmpty();
    QMenu menu(this);
    for (QAction *action : inventoryActions()) {
        action->setEnabled(endpoint);
        menu.addAction(action);
    }
    menu.exec(m_inventory->viewport()->mapToGlobal(pos));
}

void MainWindow::onInventoryCurrentChanged(const QModelIndex &current)
{
    const QModelIndex index = current.siblingAtColumn(0);
    const QString ref = index.data(InventoryModel::EndpointRefRole).toString();
    for (QAction *action : inventoryActions())
        action->setEnabled(!ref.isEmpty());
    if (!ref.isEmpty()) {
        Q_EMIT endpointSelected(ref);
        m_chain->setEndpoint(ref);
        m_dataplane->setEndpoint(ref);
    } else if (index.data(InventoryModel::NodeKindRole).value<InventoryModel::NodeKind>()
        == InventoryModel::NodeKind::Node) {
        m_dataplane->setNode(index.data(InventoryModel::NodeNameRole).toString());
    }
}

void MainWindow::showWhyDenied(const QString &endpointRef)
{
    QDockWidget *traceDock = dock(QStringLiteral("traceDock"));
    traceDock->show();
    traceDock->raise();
    // Traffic to this endpoint: the source, protocol and port already in the panel stay.
    QString from = m_trace->sourcePicker()->currentText().trimmed();
    if (from == endpointRef)
        from.clear();
    m_trace->setFlow(from, endpointRef, tracedProtocol(), tracedPort());
    if (!from.isEmpty())
        m_trace->runTrace();
    m_trace->setFocus();
}

void MainWindow::showTraceFrom(const QString &endpointRef)
{
    QDockWidget *traceDock = dock(QStringLiteral("traceDock"));
    traceDock->show();
    traceDock->raise();
    QString to = m_trace->destinationPicker()->currentText().trimmed();
    if (to == endpointRef)
        to.clear();
    m_trace->setFlow(endpointRef, to, tracedProtocol(), tracedPort());
    if (!to.isEmpty())
        m_trace->runTrace();
    m_trace->setFocus();
}

QString MainWindow::tracedProtocol() const
{
    const QString protocol = m_trace->protocolPicker()->currentText().trimmed();
    return protocol.isEmpty() ? QStringLiteral("TCP") : protocol;
}

std::optional<int> MainWindow::tracedPort() const
{
    bool ok = false;
    const int port = m_trace->portEdit()->text().trimmed().toInt(&ok);
    return ok ? std::optional<int>(port) : std::nullopt;
}

void MainWindow::showHostEndpointChain(ResourceId id)
{
    const QList<HostEndpoint> &hosts = m_document->workspace()->hostEndpoints;
    if (const qsizetype i = indexOfResource(hosts, id); i >= 0)
        showRuleChain(QStringLiteral("hep:") + hosts[i].meta.name);
}

void MainWindow::showRuleChain(const QString &endpointRef)
{
    QDockWidget *chainDock = dock(QStringLiteral("chainDock"));
    chainDock->show();
    chainDock->raise();
    m_chain->setEndpoint(endpointRef);
}

// ---- files ------------------------------------------------------------------------------

bool MainWindow::save()
{
    if (!m_document->canSaveInPlace()) {
        const QString file = m_saveFileNamePrompt
            ? m_saveFileNamePrompt()
            : QFileDialog::getSaveFileName(
                this, tr("Save Workspace As"), QString(), tr("YAML (*.yaml *.yml);;JSON (*.json)"));
        return !file.isEmpty() && saveAs(file);
    }
    bool overwrite = false;
    if (const QStringList changed = m_document->filesChangedOnDisk(); !changed.isEmpty()) {
        switch (resolveDiskChanges(changed)) {
        case DiskChange::Reload:
            reloadFromDisk();
            return false;
        case DiskChange::Overwrite:
            overwrite = true;
            break;
        default:
            statusBar()->showMessage(tr("Not saved."), 4000);
            return false;
        }
    }
    if (const Result<void> saved = m_document->save({}, overwrite); !saved) {
        reportError(saved.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
    updateTitle();
    watchLoadedFiles();
    checkFilesOnDisk();
    return true;
}

MainWindow::DiskChange MainWindow::resolveDiskChanges(const QStringList &changed)
{
    QStringList names;
    for (const QString &file : changed)
        names.append(QFileInfo(file).fileName());
    DiskChange choice = DiskChange::Cancel;
    if (m_changedOnDiskPrompt) {
        choice = m_changedOnDiskPrompt(changed);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Files Changed on Disk"),
            tr("%n file(s) changed on disk since Policy Studio read them: %1", nullptr,
                int(names.size()))
                .arg(names.join(QStringLiteral(", "))),
            QMessageBox::Cancel, this);
        box.setInformativeText(tr("Saving now would overwrite those changes."));
        QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::AcceptRole);
        QPushButton *compare = box.addButton(tr("Co&mpare"), QMessageBox::ActionRole);
        box.setDefaultButton(compare);
        box.exec();
        choice = box.clickedButton() == reload ? DiskChange::Reload
            : box.clickedButton() == overwrite ? DiskChange::Overwrite
            : box.clickedButton() == compare   ? DiskChange::Compare
                                               : DiskChange::Cancel;
    }
    if (choice != DiskChange::Compare)
        return choice;
    const QString diff = m_document->compareWithDisk(changed);
    if (m_comparisonPrompt) {
        const DiskChange after = m_comparisonPrompt(diff);
        return after == DiskChange::Compare ? DiskChange::Cancel : after;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compare with Disk"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(
        tr("Lines starting with - are on disk; lines starting with + are what saving writes."),
        &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(
        diff.isEmpty() ? tr("The files on disk hold what saving would write.") : diff);
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *reload = buttons->addButton(tr("&Reload"), QDialogButtonBox::DestructiveRole);
    QPushButton *overwrite = buttons->addButton(tr("&Overwrite"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    DiskChange result = DiskChange::Cancel;
    connect(reload, &QPushButton::clicked, &dialog, [&] {
        result = DiskChange::Reload;
        dialog.accept();
    });
    connect(overwrite, &QPushButton::clicked, &dialog, [&] {
        result = DiskChange::Overwrite;
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(820, 560);
    dialog.exec();
    return result;
}

void MainWindow::reloadFromDisk()
{
    m_diskBar->hide();
    openPaths(m_document->paths());
}

void MainWindow::watchLoadedFiles()
{
    if (const QStringList watched = m_watcher->files(); !watched.isEmpty())
        m_watcher->removePaths(watched);
    QStringList files;
    for (const LoadedFile &file : m_document->store().files())
        if (QFileInfo(file.name).isFile())
            files.append(file.name);
    if (!files.isEmpty())
        m_watcher->addPaths(files);
}

void MainWindow::checkFilesOnDisk()
{
    // A file replaced by rename (as editors and git write) is no longer watched: watch again.
    watchLoadedFiles();
    const QStringList changed = m_document->filesChangedOnDisk();
    if (changed.isEmpty()) {
        m_diskBar->hide();
        return;
    }
    QStringList names;
    for (const QString &file : changed)
        names.append(QFileInfo(file).fileName());
    m_diskBarText->setText(tr("%n file(s) changed on disk: %1", nullptr, int(names.size()))
                               .arg(names.join(QStringLiteral(", "))));
    m_diskBarText->setToolTip(changed.join(u'\n'));
    m_diskBar->show();
}

bool MainWindow::saveAs(const QString &file)
{
    if (const Result<void> saved = m_document->saveAs(file); !saved) {
        reportError(saved.error().toString());
        return false;
    }
    addRecent({file});
    statusBar()->showMessage(tr("Saved %1").arg(file), 4000);
    updateTitle();
    return true;
}

bool MainWindow::exportYaml(const QString &file)
{
    const Result<FileFingerprint> written
        = writeFileAtomically(file, Writer().write(m_document->workspace()));
    if (!written) {
        reportError(written.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(file), 4000);
    return true;
}

bool MainWindow::exportPolicies(
    const QString &file, const QList<ResourceId> &ids, PolicyExportTarget target)
{
    const PolicyExport exported = ps::exportPolicies(m_document->workspace(), ids, target);
    if (!exported.unreadable.isEmpty()) {
        // Nothing is written without them: an export that silently lacks a policy, or holds a
        // broader one, is worse than none.
        reportError(tr("Not exported: these policies could not be read as written; fix them "
                       "first:\n%1")
                        .arg(exported.unreadable.join(u'\n')));
        return false;
    }
    if (exported.count == 0) {
        reportError(target == PolicyExportTarget::Kubectl
                ? tr("There is no Kubernetes NetworkPolicy to export.")
                : tr("There is no Calico policy to export."));
        return false;
    }
    const Result<FileFingerprint> written = writeFileAtomically(file, exported.yaml);
    if (!written) {
        reportError(written.error().toString());
        return false;
    }
    QString message = tr("Exported %n resource(s) to %1", nullptr, exported.count).arg(file);
    if (!exported.skipped.isEmpty())
        message += u' '
            + tr("(%n policy(ies) of other kinds not written: %1)", nullptr,
                int(exported.skipped.size()))
                  .arg(exported.skipped.join(QStringLiteral(", ")));
    statusBar()->showMessage(message, 8000);
    return true;
}

void MainWindow::exportPoliciesDialog(const QList<ResourceId> &ids, PolicyExportTarget target)
{
    const QString file = m_saveFileNamePrompt
        ? m_saveFileNamePrompt()
        : QFileDialog::getSaveFileName(this,
            target == PolicyExportTarget::Kubectl ? tr("Export for kubectl")
                                                  : tr("Export for calicoctl"),
            QString(), tr("YAML (*.yaml *.yml)"));
    if (!file.isEmpty())
        exportPolicies(file, ids, target);
}

void MainWindow::saveAsDialog()
{
    const QString file = m_saveFileNamePrompt
        ? m_saveFileNamePrompt()
        : QFileDialog::getSaveFileName(
            this, tr("Save Workspace As"), QString(), tr("YAML (*.yaml *.yml);;JSON (*.json)"));
    if (!file.isEmpty())
        saveAs(file);
}

void MainWindow::exportDialog()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export YAML"), QString(), tr("YAML (*.yaml *.yml)"));
    if (!file.isEmpty())
        exportYaml(file);
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    // Not modal: an error never blocks the window (or a test).
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Policy Studio"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = m_unsavedPrompt
        ? m_unsavedPrompt()
        : QMessageBox::warning(this, tr("Unsaved Changes"),
            tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::openFileDialog()
{
    if (!maybeSave())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Policy Files"),
        QString(), tr("YAML and JSON (*.yaml *.yml *.json);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::openFolderDialog()
{
    if (!maybeSave())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Policies"));
    if (!dir.isEmpty())
        openPaths({dir});
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecent(const QStringList &paths)
{
    QStringList recent = recentFiles();
    for (const QString &path : paths) {
        if (path.startsWith(u':') || path == u"-")
            continue; // embedded demo, stdin: nothing to reopen
        const QFileInfo info(path);
        const QString absolute = info.absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
        // The desktop's own list too, so file choosers and launchers offer it.
        const QString mimeType = info.isDir() ? QStringLiteral("inode/directory")
                                              : QMimeDatabase().mimeTypeForFile(info).name();
        const Result<void> shared
            = addDesktopRecent({absolute, mimeType, QGuiApplication::applicationDisplayName(),
                QStringLiteral("'policy-studio %u'"), QDateTime::currentDateTimeUtc()});
        if (!shared)
            statusBar()->showMessage(tr("Could not add %1 to the desktop's recent files: %2")
                                         .arg(absolute, shared.error().message),
                8000);
    }
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        m_recentMenu->addAction(
            QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, this, [this, path] {
                if (maybeSave())
                    openPaths({path});
            });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *d : std::as_const(m_docks))
        d->show();
    applyDefaultDockSizes();
}

void MainWindow::applyDefaultDockSizes()
{
    // The editor gets the most room; the docks grow with the window up to what their content
    // uses, so a 1366×768 laptop and a 1920×1080 monitor both show the whole form.
    const int sideWidth = std::clamp(width() * 21 / 100, 260, 400);
    const int chainWidth = std::clamp(width() * 23 / 100, 300, 440);
    // at least what the trace panel needs once it shows a verdict, so showing one does not
    // make the bottom docks jump to their preferred height
    const int bottomHeight = std::clamp(height() * 28 / 100, 215, 300);
    resizeDocks({dock(QStringLiteral("workspaceDock")), dock(QStringLiteral("chainDock"))},
        {sideWidth, chainWidth}, Qt::Horizontal);
    for (const char *name : {"problemsDock", "traceDock", "dataplaneDock"})
        resizeDocks({dock(QLatin1StringView(name))}, {bottomHeight}, Qt::Vertical);
}

QStringList MainWindow::droppablePaths(const QMimeData *mime) const
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.exists() && isPolicyFile(info))
            paths.append(info.absoluteFilePath());
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppablePaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppablePaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_recovery->discard(); // a clean close: nothing to recover
    event->accept();
}

// ---- recovery ---------------------------------------------------------------------------

void MainWindow::setRecoveryPrompt(std::function<bool(const Recovery::Entry &)> prompt)
{
    m_recoveryPrompt = std::move(prompt);
}

void MainWindow::traceInPanel(const Flow &flow)
{
    QDockWidget *traceDock = dock(QStringLiteral("traceDock"));
    traceDock->show();
    traceDock->raise();
    m_trace->setFlow(flow);
    m_trace->runTrace();
}

void MainWindow::setCalicoVersion(CalicoVersion version)
{
    if (m_document->workspace()->calicoVersion == version)
        return;
    m_document->edit(tr("Set Calico Version %1").arg(calicoVersionName(version)),
        [version](WorkspaceData &d) { d.calicoVersion = version; });
}

MigrationDialog *MainWindow::showMigrationDialog()
{
    if (MigrationDialog::sourcesIn(m_document->workspace()) == 0) {
        statusBar()->showMessage(tr("The workspace has no AdminNetworkPolicy or "
                                    "BaselineAdminNetworkPolicy to migrate."),
            6000);
        return nullptr;
    }
    auto *dialog = new MigrationDialog(m_document->workspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<Workspace> &migrated = dialog->accepted()) {
            const WorkspaceData data = migrated->data();
            m_document->edit(
                tr("Migrate to ClusterNetworkPolicy"), [data](WorkspaceData &d) { d = data; });
            statusBar()->showMessage(tr("Migrated to ClusterNetworkPolicy; the workspace is "
                                        "evaluated as Calico %1 now.")
                                         .arg(calicoVersionName(data.calicoVersion)),
                6000);
        }
    });
    dialog->show();
    return dialog;
}

PullDialog *MainWindow::showPullDialog()
{
    auto *dialog = new PullDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->folder().isEmpty() && maybeSave())
            openPaths({dialog->folder()});
    });
    dialog->show();
    return dialog;
}

PushDialog *MainWindow::showPushDialog()
{
    const QStringList &paths = m_document->paths();
    QString folder;
    if (!paths.isEmpty()) {
        const QFileInfo first(paths.first());
        folder = first.isDir() ? first.absoluteFilePath() : first.absolutePath();
    }
    auto *dialog
        = new PushDialog(m_document->workspace(), m_problemsModel->errorCount(), folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new HelpDialog(this);
        connect(m_guide, &HelpDialog::traceRequested, this, &MainWindow::traceInPanel);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::setChangedOnDiskPrompt(std::function<DiskChange(const QStringList &)> prompt)
{
    m_changedOnDiskPrompt = std::move(prompt);
}

void MainWindow::setComparisonPrompt(std::function<DiskChange(const QString &)> prompt)
{
    m_comparisonPrompt = std::move(prompt);
}

void MainWindow::setDeletePrompt(std::function<bool(const QStringList &)> prompt)
{
    m_deletePrompt = std::move(prompt);
}

void MainWindow::setUnsavedChangesPrompt(std::function<QMessageBox::StandardButton()> prompt)
{
    m_unsavedPrompt = std::move(prompt);
}

void MainWindow::setSaveFileNamePrompt(std::function<QString()> prompt)
{
    m_saveFileNamePrompt = std::move(prompt);
}

bool MainWindow::offerRecovery()
{
    const QList<Recovery::Entry> entries = Recovery::orphans();
    for (const Recovery::Entry &entry : entries) {
        bool accept = false;
        if (m_recoveryPrompt) {
            accept = m_recoveryPrompt(entry);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
                tr("Policy Studio did not shut down cleanly. Unsaved changes to %1 from %2 "
                   "were kept.")
                    .arg(entry.displayName.isEmpty() ? tr("a workspace") : entry.displayName,
                        QLocale().toString(entry.saved.toLocalTime(), QLocale::ShortFormat)),
                QMessageBox::NoButton, this);
            box.setInformativeText(tr("Restore them? Discarded changes cannot be recovered."));
            QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
            box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
            box.setDefaultButton(restore);
            box.exec();
            accept = box.clickedButton() == restore;
        }
        if (!accept) {
            Recovery::remove(entry);
            continue;
        }
        m_firstLoad = true;
        const QString error = m_recovery->restore(entry);
        if (!error.isEmpty()) {
            reportError(error);
            continue;
        }
        return true;
    }
    return false;
}

} // namespace ps
