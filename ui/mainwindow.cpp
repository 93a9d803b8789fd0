#include "ui/mainwindow.h"

#include <QAction>
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
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/io/loader.h"
#include "core/io/writer.h"
#include "ui/document.h"
#include "ui/inventorymodel.h"
#include "ui/problemsmodel.h"
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

QSortFilterProxyModel *makeFilterProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setAutoAcceptChildRows(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    return proxy;
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

QLabel *placeholderLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(12);
    label->setEnabled(false);
    return label;
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

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int tab) {
        QWidget *w = m_tabs->widget(tab);
        m_editorTabs.removeIf([w](const EditorTab &t) { return t.widget == w; });
        m_tabs->removeTab(tab);
        delete w;
    });
    setCentralWidget(m_tabs);

    createDocks();
    createActions();
    createMenus();

    m_status = new QLabel(this);
    m_analysing = new QLabel(tr("Analysing…"), this);
    m_analysing->setVisible(false);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_analysing);

    connect(m_document, &Document::loaded, this, &MainWindow::onLoaded);
    connect(m_document, &Document::loadStarted, this, [this] {
        m_status->setText(tr("Loading…"));
        m_analysing->setVisible(true);
    });
    connect(m_document, &Document::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_document, &Document::analysisReady, this, &MainWindow::onAnalysisReady);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);

    setAcceptDrops(true);
    resize(1400, 860);
    m_defaultState = saveState();
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow() = default;

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
    m_tree->header()->setSectionResizeMode(
        WorkspaceTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_treeFilter = makeFilterEdit(tr("Filter policies, tiers, sets…"), this);
    connect(m_treeFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_treeProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex i = index.siblingAtColumn(0);
        if (i.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>()
            == WorkspaceTreeModel::NodeKind::Policy)
            openPolicy(i.data(WorkspaceTreeModel::ResourceIndexRole).value<qsizetype>());
    });
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
    connect(m_inventoryFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_inventoryProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_inventory->expandAll();
    });
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

    // Rule chain, trace and dataplane: placeholders until their widgets are part of the build.
    m_chainPlaceholder = placeholderLabel(
        tr("Rule chain\n\nSelect a pod in the Inventory to see the policies that apply to it, "
           "tier by tier, in evaluation order."),
        this);
    QDockWidget *chain = addDock(
        QStringLiteral("chainDock"), tr("Rule chain"), m_chainPlaceholder, Qt::RightDockWidgetArea);
    m_tracePlaceholder = placeholderLabel(
        tr("Trace\n\nChoose a source and a destination to see the verdict and why."), this);
    QDockWidget *trace = addDock(
        QStringLiteral("traceDock"), tr("Trace"), m_tracePlaceholder, Qt::BottomDockWidgetArea);
    m_dataplanePlaceholder = placeholderLabel(
        tr("Dataplane\n\nThe iptables or nftables rules Felix would program for the selected "
           "endpoint or node."),
        this);
    QDockWidget *dataplane = addDock(QStringLiteral("dataplaneDock"), tr("Dataplane"),
        m_dataplanePlaceholder, Qt::RightDockWidgetArea);

    tabifyDockWidget(problems, trace);
    problems->raise();
    tabifyDockWidget(chain, dataplane);
    chain->raise();
    resizeDocks({dock(QStringLiteral("workspaceDock")), chain}, {380, 420}, Qt::Horizontal);
    resizeDocks({problems}, {200}, Qt::Vertical);

    connect(this, &MainWindow::whyDeniedRequested, this, &MainWindow::showWhyDenied);
    connect(this, &MainWindow::traceFromRequested, this, &MainWindow::showTraceFrom);
    connect(this, &MainWindow::ruleChainRequested, this, &MainWindow::showRuleChain);
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
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, [this] { save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIcon(s->standardIcon(QStyle::SP_DialogSaveButton));
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAsDialog);
    saveAs->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    file->addAction(tr("&Export YAML…"), this, &MainWindow::exportDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QAction *deletePolicy
        = edit->addAction(tr("&Delete Policy"), this, &MainWindow::deleteCurrentPolicy);
    deletePolicy->setIcon(s->standardIcon(QStyle::SP_TrashIcon));

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(openFile);
    toolbar->addAction(openFolder);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(newPolicy);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : std::as_const(m_docks))
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addAction(toolbar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Expand All Policies"), m_tree, &QTreeView::expandAll);
    m_viewMenu->addAction(tr("&Collapse All Policies"), m_tree, &QTreeView::collapseAll);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Policy Studio"), this, [this] {
        QMessageBox::about(this, tr("About Policy Studio"),
            tr("<h3>Policy Studio %1</h3><p>Understand and edit Calico network policy: "
               "tiers and policies in evaluation order, rule chains, traces and the dataplane "
               "Felix would program.</p>")
                .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openPaths(const QStringList &paths)
{
    m_firstLoad = true;
    m_document->open(paths);
}

void MainWindow::onLoaded()
{
    // A new workspace: editors of the old one go.
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_editorTabs.clear();
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
                openPolicy(policy.data(WorkspaceTreeModel::ResourceIndexRole).value<qsizetype>());
                found = true;
            }
        }
        if (found)
            break;
    }
    addRecent(m_document->paths());
    updateTitle();
    Q_EMIT workspaceLoaded();
}

void MainWindow::onWorkspaceChanged()
{
    const Workspace &workspace = m_document->workspace();
    const TreeState tree = saveTreeState(m_tree, WorkspaceTreeModel::KeyRole);
    m_treeModel->setWorkspace(workspace);
    restoreTreeState(m_tree, tree, WorkspaceTreeModel::KeyRole, [this](const QString &key) {
        return m_treeProxy->mapFromSource(m_treeModel->indexForKey(key));
    });
    if (!m_treeFilter->text().isEmpty())
        m_tree->expandAll();

    if (!(m_inventoryModel->workspace()->namespaces == workspace->namespaces
            && m_inventoryModel->workspace()->pods == workspace->pods
            && m_inventoryModel->workspace()->workloads == workspace->workloads
            && m_inventoryModel->workspace()->services == workspace->services
            && m_inventoryModel->workspace()->nodes == workspace->nodes)) {
        const TreeState inventory = saveTreeState(m_inventory, InventoryModel::KeyRole);
        m_inventoryModel->setWorkspace(workspace);
        restoreTreeState(
            m_inventory, inventory, InventoryModel::KeyRole, [this](const QString &key) {
                return m_inventoryProxy->mapFromSource(m_inventoryModel->indexForKey(key));
            });
        if (!m_inventoryFilter->text().isEmpty())
            m_inventory->expandAll();
    }
    updateEditorTabs();
    updateTitle();
    updateStatus();
}

void MainWindow::onAnalysisReady()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis)
        return;
    m_problemsModel->setDiagnostics(analysis->diagnostics, analysis->workspace);
    if (QDockWidget *problems = dock(QStringLiteral("problemsDock"))) {
        const int count = m_problemsModel->rowCount();
        problems->setWindowTitle(count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count));
        if (m_problemsModel->errorCount() > 0 && m_firstLoad)
            problems->raise(); // a broken file: show what is wrong first
    }
    m_firstLoad = false;
    updateStatus();
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
}

// ---- editors ----------------------------------------------------------------------------

QWidget *MainWindow::createEditor(qsizetype index)
{
    // Read-only YAML of the policy until the form editor (ui/editor) is part of the build.
    auto *view = new QPlainTextEdit(this);
    view->setObjectName(QStringLiteral("yamlPreview"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    refreshEditor(view, index);
    return view;
}

void MainWindow::refreshEditor(QWidget *editor, qsizetype index)
{
    auto *view = qobject_cast<QPlainTextEdit *>(editor);
    if (!view || index < 0 || index >= m_document->workspace()->policies.size())
        return;
    const QString text
        = QString::fromUtf8(Writer().write(m_document->workspace()->policies[index]));
    if (view->toPlainText() != text) {
        const int position = view->textCursor().position();
        view->setPlainText(text);
        QTextCursor cursor = view->textCursor();
        cursor.setPosition(qMin(position, int(text.size())));
        view->setTextCursor(cursor);
    }
}

void MainWindow::revealField(QWidget *editor, const QString &path)
{
    m_lastRevealedField = path;
    auto *view = qobject_cast<QPlainTextEdit *>(editor);
    if (!view || path.isEmpty())
        return;
    // Positions in the preview text: read it back, the loader records where every field is.
    const LoadResult preview
        = Loader().loadText(view->toPlainText().toUtf8(), QStringLiteral("preview.yaml"));
    if (preview.workspace->policies.size() != 1)
        return;
    const SourcePos pos = preview.workspace->policies.first().source.find(path);
    if (pos.line <= 0)
        return;
    const QTextBlock block = view->document()->findBlockByNumber(pos.line - 1);
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qMax(0, pos.column - 1));
    view->setTextCursor(cursor);
    QTextEdit::ExtraSelection line;
    line.cursor = QTextCursor(block);
    line.format.setBackground(QColor(255, 220, 120, 120));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    view->setExtraSelections({line});
    view->centerCursor();
}

qsizetype MainWindow::policyIndexOfTab(int tab) const
{
    const QWidget *w = m_tabs->widget(tab);
    for (const EditorTab &t : m_editorTabs)
        if (t.widget == w)
            return t.index;
    return -1;
}

void MainWindow::openPolicy(qsizetype index)
{
    const Workspace &workspace = m_document->workspace();
    if (index < 0 || index >= workspace->policies.size())
        return;
    for (const EditorTab &t : std::as_const(m_editorTabs)) {
        if (t.index == index && t.widget) {
            m_tabs->setCurrentWidget(t.widget);
            return;
        }
    }
    const CalicoPolicy &p = workspace->policies[index];
    QWidget *editor = createEditor(index);
    EditorTab tab;
    tab.widget = editor;
    tab.ref = policyRef(workspace, index);
    tab.index = index;
    m_editorTabs.append(tab);
    const WorkspaceTreeModel::PolicyIcon icon = p.isStaged()
        ? WorkspaceTreeModel::PolicyIcon::Staged
        : (p.isGlobal() ? WorkspaceTreeModel::PolicyIcon::Global
                        : WorkspaceTreeModel::PolicyIcon::Namespaced);
    const int t = m_tabs->addTab(editor, WorkspaceTreeModel::policyIcon(icon), p.meta.name);
    m_tabs->setTabToolTip(t, tab.ref.kind + u' ' + tab.ref.policy);
    m_tabs->setCurrentIndex(t);
}

void MainWindow::openRule(const RuleRef &ref)
{
    const qsizetype index = policyIndex(m_document->workspace(), ref);
    if (index < 0) {
        statusBar()->showMessage(
            tr("%1 %2 is not an editable Calico policy").arg(ref.kind, ref.policy), 4000);
        return;
    }
    openPolicy(index);
    if (ref.rule >= 0) {
        const QString path = (ref.direction == Direction::Ingress ? QStringLiteral("spec.ingress")
                                                                  : QStringLiteral("spec.egress"))
            + u'[' + QString::number(ref.rule) + u']';
        revealField(m_tabs->currentWidget(), path);
    }
}

void MainWindow::openProblem(const QModelIndex &problemIndex)
{
    if (!problemIndex.isValid())
        return;
    const qsizetype index
        = problemIndex.siblingAtColumn(0).data(ProblemsModel::PolicyIndexRole).value<qsizetype>();
    if (index < 0) {
        statusBar()->showMessage(
            problemIndex.siblingAtColumn(0).data(Qt::ToolTipRole).toString(), 6000);
        return;
    }
    openPolicy(index);
    revealField(m_tabs->currentWidget(),
        problemIndex.siblingAtColumn(0).data(ProblemsModel::PathRole).toString());
}

void MainWindow::updateEditorTabs()
{
    const Workspace &workspace = m_document->workspace();
    for (qsizetype i = m_editorTabs.size() - 1; i >= 0; --i) {
        EditorTab &tab = m_editorTabs[i];
        qsizetype index = policyIndex(workspace, tab.ref);
        if (index < 0 && tab.index >= 0 && tab.index < workspace->policies.size()
            && policyRef(workspace, tab.index).kind == tab.ref.kind) {
            index = tab.index; // renamed in place
        }
        if (index < 0 || !tab.widget) {
            if (tab.widget) {
                m_tabs->removeTab(m_tabs->indexOf(tab.widget));
                delete tab.widget.data();
            }
            m_editorTabs.removeAt(i);
            continue;
        }
        tab.index = index;
        tab.ref = policyRef(workspace, index);
        refreshEditor(tab.widget, index);
        const int t = m_tabs->indexOf(tab.widget);
        m_tabs->setTabText(t, workspace->policies[index].meta.name);
        m_tabs->setTabToolTip(t, tab.ref.kind + u' ' + tab.ref.policy);
    }
}

qsizetype MainWindow::newPolicy(ResourceKind kind, const QString &name, const QString &ns)
{
    CalicoPolicy policy;
    policy.kind = kind;
    policy.meta.name = name;
    if (kindIsNamespaced(kind))
        policy.meta.namespace_ = ns.isEmpty() ? QStringLiteral("default") : ns;
    policy.tier = QStringLiteral("default");
    policy.types = {QStringLiteral("Ingress")};
    if (policy.isStaged())
        policy.stagedAction = QStringLiteral("Set");
    const qsizetype index = m_document->addPolicy(policy);
    openPolicy(index);
    return index;
}

void MainWindow::deleteCurrentPolicy()
{
    qsizetype index = m_tabs->count() > 0 ? policyIndexOfTab(m_tabs->currentIndex()) : -1;
    if (index < 0) {
        const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
        if (current.data(WorkspaceTreeModel::NodeKindRole).value<WorkspaceTreeModel::NodeKind>()
            == WorkspaceTreeModel::NodeKind::Policy)
            index = current.data(WorkspaceTreeModel::ResourceIndexRole).value<qsizetype>();
    }
    if (index >= 0)
        m_document->removePolicy(index);
}

void MainWindow::newPolicyDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Policy"));
    auto *form = new QFormLayout(&dialog);
    auto *kind = new QComboBox(&dialog);
    const QList<ResourceKind> kinds
        = {ResourceKind::NetworkPolicy, ResourceKind::GlobalNetworkPolicy,
            ResourceKind::StagedNetworkPolicy, ResourceKind::StagedGlobalNetworkPolicy};
    for (ResourceKind k : kinds)
        kind->addItem(kindDisplayName(k));
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("e.g. allow-frontend"));
    auto *ns = new QComboBox(&dialog);
    ns->setEditable(true);
    for (const Namespace &n : m_document->workspace()->namespaces)
        ns->addItem(n.meta.name);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("Name&space:"), ns);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(kind, &QComboBox::currentIndexChanged, &dialog,
        [&](int i) { ns->setEnabled(kindIsNamespaced(kinds.value(i))); });
    auto updateOk = [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty());
    };
    connect(name, &QLineEdit::textChanged, &dialog, updateOk);
    updateOk();
    if (dialog.exec() != QDialog::Accepted)
        return;
    newPolicy(kinds.value(kind->currentIndex()), name->text().trimmed(), ns->currentText());
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
    const QString ref = current.siblingAtColumn(0).data(InventoryModel::EndpointRefRole).toString();
    for (QAction *action : inventoryActions())
        action->setEnabled(!ref.isEmpty());
    if (!ref.isEmpty()) {
        Q_EMIT endpointSelected(ref);
        showRuleChain(ref);
    }
}

void MainWindow::showWhyDenied(const QString &endpointRef)
{
    QDockWidget *trace = dock(QStringLiteral("traceDock"));
    trace->show();
    trace->raise();
    m_tracePlaceholder->setText(
        tr("Trace\n\nWhy is traffic to %1 denied? Choose the source to trace from.")
            .arg(endpointRef));
}

void MainWindow::showTraceFrom(const QString &endpointRef)
{
    QDockWidget *trace = dock(QStringLiteral("traceDock"));
    trace->show();
    trace->raise();
    m_tracePlaceholder->setText(
        tr("Trace\n\nFrom %1: choose the destination to trace to.").arg(endpointRef));
}

void MainWindow::showRuleChain(const QString &endpointRef)
{
    QDockWidget *chain = dock(QStringLiteral("chainDock"));
    if (sender() == this) { // asked for explicitly (context menu): bring it forward
        chain->show();
        chain->raise();
    }
    m_chainPlaceholder->setText(tr("Rule chain of %1").arg(endpointRef));
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
    const QString error = m_document->save();
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
    updateTitle();
    return true;
}

bool MainWindow::saveAs(const QString &file)
{
    const QString error = m_document->saveAs(file);
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    addRecent({file});
    statusBar()->showMessage(tr("Saved %1").arg(file), 4000);
    updateTitle();
    return true;
}

bool MainWindow::exportYaml(const QString &file)
{
    const QByteArray bytes = Writer().write(m_document->workspace());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        reportError(tr("cannot write %1: %2").arg(file, out.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(file), 4000);
    return true;
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
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
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
