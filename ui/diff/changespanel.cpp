#include "ui/diff/changespanel.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTreeWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/io/loader.h"
#include "core/model/action.h"
#include "ui/document.h"
#include "ui/onscreen.h"
#include "ui/standardicon.h"

namespace ps {

namespace {

enum Column { WhatColumn, BeforeColumn, AfterColumn, PairsColumn, ColumnCount };

constexpr int kFlowRowRole = Qt::UserRole + 1; // the flow change's index in the diff

QColor verdictColor(Verdict verdict)
{
    return verdict == Verdict::Allow ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
}

} // namespace

ChangesPanel::ChangesPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_against(new QLabel(this)),
      m_status(new QLabel(this)), m_compare(new QPushButton(tr("&Compare"), this)),
      m_folder(new QPushButton(tr("Compare with &Folder…"), this)), m_view(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_against, 1);
    m_compare->setToolTip(tr("Compare the edited workspace with the saved files again"));
    m_folder->setToolTip(tr("Compare the edited workspace with the policies of another folder"));
    top->addWidget(m_compare);
    top->addWidget(m_folder);
    layout->addLayout(top);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Change"), tr("Before"), tr("After"), tr("Endpoint pairs")});
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    for (int c : {BeforeColumn, AfterColumn, PairsColumn})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Changes since the last save"));
    layout->addWidget(m_view, 1);

    connect(m_compare, &QPushButton::clicked, this, &ChangesPanel::compare);
    connect(m_folder, &QPushButton::clicked, this, &ChangesPanel::chooseFolder);
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant row = item->data(WhatColumn, kFlowRowRole);
        if (row.isValid())
            traceFlow(row.toInt());
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ChangesPanel::onFinished);
    connect(document, &Document::analysisReady, this, &ChangesPanel::onAnalysisReady);
    // Another workspace loaded: compare with its files. (A save changes the saved side too; the
    // engine kept for it is rebuilt when its workspace differs.)
    connect(document, &Document::loaded, this, [this] {
        m_other.reset();
        m_beforeEngine.reset();
        m_against->setText(tr("Compared with: the saved files"));
    });
    m_against->setText(tr("Compared with: the saved files"));
    m_status->setText(tr("Compare shows what the edits change: policies, and the flows whose "
                         "verdict changes."));
}

ChangesPanel::~ChangesPanel()
{
    m_watcher.waitForFinished();
}

void ChangesPanel::compare()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine || !m_document->isAnalysisCurrent()) {
        m_again = true; // when the analysis is ready
        m_status->setText(tr("Waiting for the analysis of the edited workspace…"));
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const Workspace before = m_other ? *m_other : m_document->store().saved();
    std::shared_ptr<const PolicyEngine> beforeEngine
        = m_beforeEngine && m_beforeWorkspace == before ? m_beforeEngine : nullptr;
    const std::shared_ptr<const PolicyEngine> after = analysis->engine;
    const quint64 generation = analysis->generation;
    m_status->setText(tr("Comparing…"));
    m_compare->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([before, beforeEngine, after, generation] {
        Result result;
        result.before = beforeEngine ? beforeEngine : std::make_shared<const PolicyEngine>(before);
        result.beforeWorkspace = before;
        result.generation = generation;
        result.diff = semanticDiff(*result.before, *after);
        return result;
    }));
}

void ChangesPanel::compareWith(const Workspace &workspace, const QString &label)
{
    m_other = workspace;
    m_otherLabel = label;
    m_beforeEngine.reset();
    m_against->setText(tr("Compared with: %1").arg(label));
    compare();
}

void ChangesPanel::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Compare with Folder"));
    if (folder.isEmpty())
        return;
    const LoadResult loaded = Loader().loadPaths({folder});
    compareWith(loaded.workspace, QDir::toNativeSeparators(folder));
}

void ChangesPanel::onAnalysisReady()
{
    if (m_again || (isOnScreen(this) && m_shownGeneration != 0)) {
        m_again = false;
        compare();
    }
}

void ChangesPanel::onFinished()
{
    m_compare->setEnabled(true);
    Result result = m_watcher.result();
    m_beforeWorkspace = result.beforeWorkspace;
    m_beforeEngine = result.before;
    m_shownGeneration = result.generation;
    if (!m_other)
        m_against->setText(tr("Compared with: the saved files"));
    showDiff(result.diff);
    Q_EMIT compared();
    if (m_again) {
        m_again = false;
        compare();
    }
}

void ChangesPanel::showDiff(const SemanticDiff &diff)
{
    m_diff = diff;
    m_view->clear();
    if (diff.isEmpty()) {
        m_status->setText(tr("No change: the same policies, every flow has the same verdict."));
        return;
    }
    m_status->setText(diff.flows.isEmpty()
            ? tr("%n policies changed; no flow changes its verdict.", nullptr,
                int(diff.policies.size()))
            : tr("%n policies changed; %1 flows change their verdict (activate one to trace it).",
                nullptr, int(diff.policies.size()))
                  .arg(diff.flows.size()));

    auto *policies = new QTreeWidgetItem(m_view, {tr("Policies (%1)").arg(diff.policies.size())});
    for (const PolicyChange &c : diff.policies) {
        QString what;
        switch (c.type) {
        case PolicyChange::Type::Added:
            what = tr("added %1 %2").arg(c.kind, c.name);
            break;
        case PolicyChange::Type::Removed:
            what = tr("removed %1 %2").arg(c.kind, c.name);
            break;
        case PolicyChange::Type::Changed:
            what = tr("changed %1 %2: %3").arg(c.kind, c.name, c.fields.join(QStringLiteral(", ")));
            break;
        }
        auto *item = new QTreeWidgetItem(policies, {what});
        item->setToolTip(WhatColumn, what);
    }
    auto *flows = new QTreeWidgetItem(
        m_view, {tr("Flows whose verdict changes (%1)").arg(diff.flows.size())});
    for (qsizetype i = 0; i < diff.flows.size(); ++i) {
        const FlowChange &f = diff.flows.at(i);
        const QString what = f.port
            ? tr("%1 → %2 %3 port %4").arg(f.from, f.to, f.protocol).arg(*f.port)
            : tr("%1 → %2 %3").arg(f.from, f.to, f.protocol);
        auto *item = new QTreeWidgetItem(flows,
            {what, verdictName(f.before), verdictName(f.after), QString::number(f.endpointPairs)});
        item->setData(WhatColumn, kFlowRowRole, int(i));
        item->setForeground(BeforeColumn, verdictColor(f.before));
        item->setForeground(AfterColumn, verdictColor(f.after));
        item->setIcon(AfterColumn,
            standardIcon(f.after == Verdict::Allow ? QStyle::SP_DialogApplyButton
                                                   : QStyle::SP_MessageBoxCritical));
        item->setToolTip(WhatColumn, tr("%1 — activate to trace it").arg(what));
    }
    if (diff.flowsTruncated)
        new QTreeWidgetItem(flows, {tr("(more flow changes not shown)")});
    m_view->expandAll();
}

QString ChangesPanel::statusText() const
{
    return m_status->text();
}

QTreeWidgetItem *ChangesPanel::flowItem(int row) const
{
    QTreeWidgetItem *flows = m_view->topLevelItem(1);
    return flows ? flows->child(row) : nullptr;
}

void ChangesPanel::traceFlow(int row)
{
    if (row < 0 || row >= m_diff.flows.size())
        return;
    const FlowChange &f = m_diff.flows.at(row);
    Flow flow;
    flow.from = f.from;
    flow.to = f.to;
    flow.protocol = f.protocol;
    flow.port = f.port;
    Q_EMIT traceRequested(flow);
}

void ChangesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Once laid out: a dock behind another tab is shown too, out of the window.
    QTimer::singleShot(0, this, &ChangesPanel::refresh);
}

void ChangesPanel::refresh()
{
    if (isOnScreen(this) && m_shownGeneration != m_document->generation())
        compare();
}

} // namespace ps
