#include "ui/graph/graphpanel.h"

#include <algorithm>
#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/graph/graphcollapse.h"
#include "core/graph/graphdot.h"
#include "core/io/workspacestore.h"
#include "core/model/protocol.h"
#include "core/report/graphreport.h"
#include "ui/document.h"
#include "ui/graph/graphview.h"
#include "ui/onscreen.h"

namespace ps {

namespace {

// Item data of the details pane.
constexpr int kFlowRole = Qt::UserRole; // Flow: every field, ICMP type and code too
constexpr int kRuleRole = Qt::UserRole + 1; // RuleRef

QVariant flowData(const Flow &flow)
{
    return QVariant::fromValue(flow);
}

RuleRef ruleOf(const GraphChangeReason &reason)
{
    RuleRef ref;
    if (reason.step.policy.isEmpty() || !reason.note.isEmpty())
        return ref;
    ref.kind = reason.step.kind;
    ref.policy = reason.step.policy;
    ref.direction = reason.direction == u"egress" ? Direction::Egress : Direction::Ingress;
    ref.rule = reason.step.rule;
    ref.id = reason.step.policyId;
    return ref;
}

QString pieceText(const GraphChangeReason &reason, bool wholeProtocol)
{
    if (wholeProtocol)
        return graphProtocolName(reason.protocol);
    return graphPieceText(reason);
}

QTreeWidgetItem *reasonItem(
    QTreeWidgetItem *parent, const QString &piece, const GraphChangeReason &reason)
{
    auto *item = new QTreeWidgetItem(parent, {piece, graphDecisionText(reason)});
    if (!reason.flow.from.isEmpty()) {
        item->setData(0, kFlowRole, flowData(reason.flow));
        item->setToolTip(0,
            GraphPanel::tr("Traced: %1 → %2. Activate to trace it in the Trace panel.")
                .arg(reason.flow.from, reason.flow.to));
    }
    const RuleRef rule = ruleOf(reason);
    if (rule.isValid())
        item->setData(0, kRuleRole, QVariant::fromValue(rule));
    item->setToolTip(1, graphDecisionText(reason));
    return item;
}

// The ids of the matched nodes, the first few, for the status line.
QString matchedNames(const FlowGraph &graph, const QList<bool> &matched)
{
    QStringList names;
    int count = 0;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        if (!matched.value(i))
            continue;
        if (++count <= 8)
            names.append(graph.nodes[i].name.isEmpty() ? graph.nodes[i].id : graph.nodes[i].name);
    }
    if (count > 8)
        names.append(QStringLiteral("…"));
    return names.join(GraphPanel::tr(", ", "list separator"));
}

} // namespace

GraphPanel::GraphPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_probe(new ProbeOptions(ProbeOptions::Protocols::AnyOrOne, this)),
      m_denied(new QCheckBox(tr("&Denied pairs"), this)),
      m_compare(new QCheckBox(tr("Compare with sa&ved"), this)),
      m_observedCheck(new QCheckBox(tr("O&bserved flows"), this)),
      m_compute(new QPushButton(tr("Co&mpute"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_find(new QLineEdit(this)), m_filter(new QLineEdit(this)), m_groupBy(new QComboBox(this)),
      m_fit(new QToolButton(this)), m_export(new QPushButton(tr("E&xport…"), this)),
      m_status(new QLabel(this)), m_view(new GraphView(this)), m_details(new QTreeWidget(this)),
      m_filterTimer(new QTimer(this)), m_collapseAll(new QPushButton(tr("Co&llapse All"), this)),
      m_relayoutTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *options = new QHBoxLayout;
    m_denied->setToolTip(tr("Also draw, red and dashed, the pairs where policy denies some flow"));
    m_compare->setToolTip(tr("Draw the difference between the saved files and the edited "
                             "workspace: green edges are added, red removed, orange changed"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    options->addWidget(m_probe);
    options->addWidget(m_denied);
    options->addWidget(m_compare);
    options->addWidget(m_observedCheck);
    options->addWidget(m_compute);
    options->addWidget(m_progress);
    options->addWidget(m_cancel);
    options->addStretch(1);
    options->addWidget(m_export);
    layout->addLayout(options);

    auto *navigation = new QHBoxLayout;
    m_find->setPlaceholderText(tr("Find a node…"));
    m_find->setClearButtonEnabled(true);
    m_find->setToolTip(tr("Select and centre the first node whose name contains the text, or "
                          "that carries labels matching a label selector (team == 'payments', "
                          "or team=payments); the nodes a selector matches are outlined"));
    m_filter->setPlaceholderText(tr("Show only namespaces or names containing…"));
    m_filter->setToolTip(tr("Show only the nodes whose name contains the text, or that carry "
                            "labels matching a label selector (team == 'payments', or "
                            "team=payments): namespaces by their labels, workloads and pods by "
                            "theirs; the matches are outlined"));
    m_groupBy->setToolTip(
        tr("How the overview groups namespaces and their network sets: by the first word of "
           "their name, or by the value of a namespace label (the namespaces without it form one "
           "group). A grouping chosen here draws the graph by namespace as groups whatever its "
           "size; otherwise only a graph too large to draw is grouped, by name."));
    m_groupBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupBy->addItem(tr("Group when too large"), QString());
    m_groupBy->addItem(tr("Group by name prefix"), QStringLiteral("prefix"));
    m_groupBy->setAccessibleName(tr("Overview grouping"));
    m_filter->setClearButtonEnabled(true);
    m_fit->setText(tr("&Fit"));
    m_fit->setToolTip(tr("Show the whole graph (0)"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (+ or the mouse wheel)"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (- or the mouse wheel)"));
    navigation->addWidget(m_find, 1);
    navigation->addWidget(m_filter, 1);
    navigation->addWidget(m_groupBy);
    m_collapseAll->setToolTip(
        tr("Show every expanded namespace as one node again (double-click a namespace to show its "
           "workloads)"));
    m_collapseAll->setEnabled(false);
    navigation->addWidget(m_collapseAll);
    navigation->addWidget(m_fit);
    navigation->addWidget(zoomIn);
    navigation->addWidget(zoomOut);
    layout->addLayout(navigation);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_view->setAccessibleName(tr("Flow graph"));
    m_details->setColumnCount(2);
    m_details->setHeaderLabels({tr("Item"), tr("Why")});
    m_details->setAccessibleName(tr("Graph details"));
    m_details->setWordWrap(false);
    m_details->setUniformRowHeights(true);
    m_details->header()->resizeSection(0, 200);
    m_details->header()->resizeSection(1, 250);
    m_details->header()->setStretchLastSection(false);
    m_details->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_details->setContextMenuPolicy(Qt::CustomContextMenu);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_splitter = splitter;
    layout->addWidget(splitter, 1);

    m_export->setEnabled(false);
    setBusy(false);
    m_status->setText(tr("Who may open connections to whom, with the exact protocols and ports. "
                         "Click an edge or a node to see why."));

    connect(m_compute, &QPushButton::clicked, this, &GraphPanel::compute);
    connect(m_cancel, &QPushButton::clicked, this, &GraphPanel::cancel);
    connect(m_probe, &ProbeOptions::probeChanged, this, &GraphPanel::compute);
    connect(m_probe, &ProbeOptions::groupingChanged, this, [this] {
        m_expanded.clear();
        m_expandedGroups.clear();
        compute();
    });
    connect(m_collapseAll, &QPushButton::clicked, this, [this] {
        m_expanded.clear();
        m_expandedGroups.clear();
        compute();
    });
    connect(m_view, &GraphView::nodeActivated, this, &GraphPanel::activateNode);
    connect(m_denied, &QCheckBox::toggled, this, &GraphPanel::compute);
    connect(m_compare, &QCheckBox::toggled, this, &GraphPanel::compute);
    connect(m_observedCheck, &QCheckBox::toggled, this, &GraphPanel::compute);
    m_observedCheck->setEnabled(false);
    m_observedCheck->setToolTip(tr("Open a flow log in the Flows dock to draw the traffic it "
                                   "observed over the graph"));
    connect(m_find, &QLineEdit::returnPressed, this, &GraphPanel::findNodes);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        if (m_findMatched.isEmpty())
            return;
        m_findMatched.clear();
        m_view->setMatched(m_filterMatched);
    });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        m_expandedGroups.clear();
        compute();
    });
    // A graph too large to draw whole is drawn for what the filter matches: a new filter
    // computes it again once typing pauses.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(400);
    connect(m_filterTimer, &QTimer::timeout, this, &GraphPanel::compute);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        applyFilter(true);
        if (m_result.tooLarge > 0)
            m_filterTimer->start();
    });
    // A view resized to another shape (a dock moved from the bottom to the side): laid out
    // again for it once the resizing pauses.
    m_relayoutTimer->setSingleShot(true);
    m_relayoutTimer->setInterval(500);
    connect(m_relayoutTimer, &QTimer::timeout, this, &GraphPanel::relayout);
    connect(m_view, &GraphView::resized, m_relayoutTimer, [this] { m_relayoutTimer->start(); });
    connect(m_fit, &QToolButton::clicked, m_view, &GraphView::fit);
    connect(zoomIn, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, m_view, [this] { m_view->zoomBy(1 / 1.25); });
    connect(m_export, &QPushButton::clicked, this, &GraphPanel::exportGraph);
    connect(m_view, &GraphView::nodeSelected, this, &GraphPanel::showNode);
    connect(m_view, &GraphView::edgeSelected, this, &GraphPanel::showEdge);
    connect(m_view, &GraphView::selectionCleared, m_details, &QTreeWidget::clear);
    connect(m_details, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { activateDetail(item); });
    connect(m_details, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_details->itemAt(pos);
        if (!item)
            return;
        QMenu menu;
        const QVariant flow = item->data(0, kFlowRole);
        const QVariant rule = item->data(0, kRuleRole);
        if (flow.isValid()) {
            menu.addAction(
                tr("&Trace"), this, [this, flow] { Q_EMIT traceRequested(flow.value<Flow>()); });
        }
        if (rule.isValid()) {
            menu.addAction(tr("&Open Policy"), this,
                [this, rule] { Q_EMIT ruleActivated(rule.value<RuleRef>()); });
        }
        if (!menu.isEmpty())
            menu.exec(m_details->viewport()->mapToGlobal(pos));
    });
    connect(&m_watcher, &QFutureWatcher<GraphComputation>::finished, this, &GraphPanel::onFinished);
    connect(&m_explainWatcher, &QFutureWatcher<QList<QList<GraphEdgeWhy>>>::finished, this,
        &GraphPanel::onExplained);
    connect(document, &Document::analysisReady, this, &GraphPanel::onAnalysisReady);
}

GraphPanel::~GraphPanel()
{
    m_watcher.waitForFinished();
    m_explainWatcher.waitForFinished();
}

void GraphPanel::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_compute->setEnabled(!busy);
}

void GraphPanel::compute()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine || m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    updateGroupings();
    const Result<ProbeChoice> choice = m_probe->choice();
    if (!choice) {
        m_status->setText(choice.error().message);
        return;
    }
    // Observed flows: every pair's denied flows are computed, the observed ones drawn.
    const bool overlay
        = m_observedCheck->isChecked() && !m_observed.isEmpty() && !m_compare->isChecked();
    GraphOptions options;
    options.by = choice->by;
    options.denied = (m_denied->isChecked() || overlay) && !m_compare->isChecked();
    options.protocol = choice->protocol;
    options.port = choice->port;
    // Expanded namespaces: the graph by workload, the other namespaces collapsed.
    QSet<QString> expanded;
    if (options.by == MatrixGrouping::Namespace && !m_expanded.isEmpty()) {
        expanded = m_expanded;
        options.by = MatrixGrouping::Workload;
    }
    m_collapseAll->setEnabled(!expanded.isEmpty() || !m_expandedGroups.isEmpty());
    const QSet<QString> expandedGroups = m_expandedGroups;
    const bool compare = m_compare->isChecked();
    const Workspace saved = compare ? m_document->store().saved() : Workspace();
    const std::shared_ptr<const PolicyEngine> engine = analysis->engine;
    m_generation = analysis->generation;
    m_cancelled = false;
    setBusy(true);
    m_status->setText(compare ? tr("Computing the graphs of the saved and the edited workspace…")
                              : tr("Computing the flow graph…"));
    const QString filter = m_filter->text().trimmed();
    // A label term cuts a graph too large to draw by the labels (an unparsable one: by name).
    std::optional<Selector> filterSelector;
    if (isLabelTerm(filter)) {
        if (const Result<Selector> parsed = labelTermSelector(filter))
            filterSelector = parsed.value();
    }
    const QString groupingText = m_groupBy->currentData().toString();
    const OverviewGrouping grouping
        = OverviewGrouping::parse(groupingText).value_or(OverviewGrouping {});
    // A chosen grouping: the graph by namespace drawn as its overview, whatever its size.
    const bool grouped = !groupingText.isEmpty() && options.by == MatrixGrouping::Namespace
        && expanded.isEmpty() && !compare;
    const qsizetype limit = m_maxDrawnEdges;
    const QList<ObservedFlow> observed = overlay ? m_observed : QList<ObservedFlow>();
    const bool showDenied = m_denied->isChecked();
    // The whole graph of the last overview or part, when only the grouping or filter changed.
    QStringList expandedList(expanded.cbegin(), expanded.cend());
    expandedList.sort();
    const bool cacheable = !compare && observed.isEmpty();
    const QString wholeKey = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                 .arg(m_generation)
                                 .arg(int(options.by))
                                 .arg(int(options.denied))
                                 .arg(options.protocol.value_or(-1))
                                 .arg(options.port.value_or(-1))
                                 .arg(expandedList.join(u'\n'));
    const std::shared_ptr<const FlowGraph> cached
        = cacheable && wholeKey == m_wholeKey ? m_whole : nullptr;
    const double aspect = viewAspect();
    m_watcher.setFuture(
        QtConcurrent::run([engine, options, compare, saved, expanded, filter, limit, observed,
                              showDenied, expandedGroups, grouping, grouped, filterSelector,
                              cacheable, wholeKey, cached, aspect] {
            GraphComputation r;
            r.engine = engine;
            r.grouping = grouping;
            r.labels = namespaceLabelsOf(engine->workspace());
            QElapsedTimer timer;
            timer.start();
            const auto layOut = [&timer, aspect](GraphComputation r) {
                // Labels on every edge only while there are few: the connections are in the
                // tooltips and the details, and labels would make a graph with many edges several
                // times larger.
                r.aspect = aspect;
                const Result<GraphLayout> layout = layoutFlowGraph(
                    r.graph, {}, r.graph.edges.size() + r.graph.denied.size() <= 40, aspect);
                if (layout)
                    r.layout = layout.value();
                else
                    r.error = layout.error().message;
                r.layoutMs = timer.elapsed();
                return r;
            };
            const auto collapsed = [&](const FlowGraph &g) {
                return expanded.isEmpty() ? g : collapseFlowGraph(g, expanded);
            };
            const auto graphOf
                = [&](const PolicyEngine &e) { return collapsed(computeFlowGraph(e, options)); };
            if (compare) {
                const PolicyEngine old(saved);
                const auto [before, after] = comparableFlowGraphs(old, *engine, options);
                r.before = collapsed(before);
                r.after = collapsed(after);
                r.diff = diffFlowGraphs(old, r.before, *engine, r.after);
                r.graph = unionOfFlowGraphs(r.before, r.after);
            } else {
                r.graph = cached ? *cached : graphOf(*engine);
            }
            if (!observed.isEmpty()) {
                r.observation = observeOnGraph(*engine, r.graph, observed);
                if (!showDenied) {
                    // Only the denied pairs the log observed.
                    r.graph.denied.removeIf([&](const GraphEdge &d) {
                        const ObservedEdge *seen = r.observation->edge(d.from, d.to);
                        return !seen || seen->denied == 0;
                    });
                }
            }
            r.computeMs = timer.restart();
            const qsizetype edges = r.graph.edges.size() + r.graph.denied.size();
            if (edges > limit || grouped) {
                if (cacheable) {
                    r.whole = cached ? cached : std::make_shared<const FlowGraph>(r.graph);
                    r.wholeKey = wholeKey;
                }
                r.tooLarge = edges > limit ? edges : 0;
                if (filter.isEmpty() || r.tooLarge == 0) {
                    // The overview: groups of namespaces, parallel edges merged.
                    r.wholeNodes = r.graph.nodes.size();
                    r.wholeEdges = edges;
                    GraphOverview overview
                        = flowGraphOverview(r.graph, grouping, r.labels, expandedGroups);
                    if (overview.graph.edges.size() + overview.graph.denied.size() > limit)
                        return r;
                    r.graph = std::move(overview.graph);
                    r.overviewGroups = overview.groups;
                    r.observation.reset(); // placed on the whole graph's nodes
                    return layOut(std::move(r));
                }
                r.graph = filterSelector ? flowSubgraph(r.graph,
                              graphNodesMatching(r.graph, *engine, r.labels, *filterSelector))
                                         : flowSubgraph(r.graph, filter);
                r.subgraphFilter = filter;
                if (r.graph.edges.size() + r.graph.denied.size() > limit) {
                    r.subgraphFilter.clear();
                    return r;
                }
            }
            return layOut(std::move(r));
        }));
}

void GraphPanel::cancel()
{
    if (!m_watcher.isRunning())
        return;
    // The computation cannot be interrupted; its result is dropped when it ends.
    m_cancelled = true;
    m_again = false;
    setBusy(false);
    m_status->setText(tr("Cancelled."));
}

double GraphPanel::viewAspect() const
{
    const QSize size = m_view->viewport()->size();
    return size.width() > 0 && size.height() > 0 ? double(size.height()) / size.width() : 0.0;
}

void GraphPanel::relayout()
{
    const double aspect = viewAspect();
    if (m_watcher.isRunning() || m_result.layout.nodes.isEmpty() || !isOnScreen(this)
        || aspect <= 0)
        return;
    // Not on every resize: only when the view's shape changed by half or more.
    if (m_result.aspect > 0
        && std::max(aspect, m_result.aspect) / std::min(aspect, m_result.aspect) < 1.5)
        return;
    m_cancelled = false;
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([r = m_result, aspect]() mutable {
        QElapsedTimer timer;
        timer.start();
        r.aspect = aspect;
        const Result<GraphLayout> layout = layoutFlowGraph(
            r.graph, {}, r.graph.edges.size() + r.graph.denied.size() <= 40, aspect);
        if (layout)
            r.layout = layout.value();
        else
            r.error = layout.error().message;
        r.layoutMs = timer.elapsed();
        return r;
    }));
}

void GraphPanel::onFinished()
{
    GraphComputation result = m_watcher.result();
    if (m_cancelled) {
        m_cancelled = false;
        return;
    }
    setBusy(false);
    showResult(std::move(result));
    Q_EMIT computed();
    if (m_again) {
        m_again = false;
        compute();
    }
}

void GraphPanel::showResult(GraphComputation result)
{
    m_details->clear();
    m_whole = result.whole;
    m_wholeKey = result.wholeKey;
    if (result.tooLarge > 0 && result.subgraphFilter.isEmpty() && result.overviewGroups == 0) {
        m_view->clearGraph();
        m_result = std::move(result);
        m_export->setEnabled(true);
        m_status->setText(
            tr("%1 edges between %2 nodes are too many to draw readably (more than %3): type in "
               "the filter on the right to draw the namespaces it matches, choose a protocol and "
               "port, or export the whole graph.")
                .arg(m_result.tooLarge)
                .arg(m_result.graph.nodes.size())
                .arg(m_maxDrawnEdges));
    } else if (!result.error.isEmpty()) {
        m_view->clearGraph();
        m_export->setEnabled(false);
        m_status->setText(tr("The graph could not be laid out: %1").arg(result.error));
    } else {
        QList<GraphEdgeStyle> styles;
        QHash<QPair<QString, QString>, GraphEdgeChange::Type> changes;
        if (result.diff) {
            for (const GraphEdgeChange &c : std::as_const(result.diff->changes))
                changes.insert({c.from, c.to}, c.type);
        }
        for (const EdgePlacement &e : std::as_const(result.layout.edges)) {
            if (result.observation) {
                const ObservedEdge *seen = result.observation->edge(e.from, e.to);
                styles.append(e.denied ? (seen && seen->denied > 0 ? GraphEdgeStyle::ObservedDenied
                                                                   : GraphEdgeStyle::Denied)
                        : seen && seen->allowed > 0 ? GraphEdgeStyle::ObservedAllowed
                                                    : GraphEdgeStyle::NeverObserved);
                continue;
            }
            if (!result.diff) {
                styles.append(e.denied ? GraphEdgeStyle::Denied : GraphEdgeStyle::Allowed);
                continue;
            }
            const auto it = changes.constFind(
                {result.graph.nodes.at(e.from).id, result.graph.nodes.at(e.to).id});
            styles.append(it == changes.constEnd()          ? GraphEdgeStyle::Unchanged
                    : *it == GraphEdgeChange::Type::Added   ? GraphEdgeStyle::Added
                    : *it == GraphEdgeChange::Type::Removed ? GraphEdgeStyle::Removed
                                                            : GraphEdgeStyle::Changed);
        }
        m_result = std::move(result);
        m_view->setGraph(m_result.graph, m_result.layout, styles);
        m_findMatched.clear();
        applyFilter(false);
        m_export->setEnabled(true);
        QStringList parts;
        if (m_result.diff) {
            // Each kind of change with its colour: the legend of the graph drawn.
            int added = 0;
            int removed = 0;
            int changed = 0;
            for (const GraphEdgeChange &c : std::as_const(m_result.diff->changes)) {
                switch (c.type) {
                case GraphEdgeChange::Type::Added:
                    ++added;
                    break;
                case GraphEdgeChange::Type::Removed:
                    ++removed;
                    break;
                case GraphEdgeChange::Type::Changed:
                    ++changed;
                    break;
                }
            }
            parts << tr(
                "Saved → edited: %n edge(s) changed", nullptr, int(m_result.diff->changes.size()))
                  << tr("%n added (green)", nullptr, added)
                  << tr("%n removed (red, dashed)", nullptr, removed)
                  << tr("%n with other connections (orange)", nullptr, changed)
                  << tr("%n node(s) added", nullptr, int(m_result.diff->nodesAdded.size()))
                  << tr("%n node(s) removed", nullptr, int(m_result.diff->nodesRemoved.size()));
        } else {
            parts << tr("%n node(s)", nullptr, int(m_result.graph.nodes.size()))
                  << tr("%n allowed edge(s)", nullptr, int(m_result.graph.edges.size()));
            if (m_result.graph.deniedComputed)
                parts << tr("%n denied pair(s)", nullptr, int(m_result.graph.denied.size()));
        }
        if (m_result.observation) {
            int observedEdges = 0;
            for (const GraphEdge &e : std::as_const(m_result.graph.edges)) {
                const ObservedEdge *seen = m_result.observation->edge(e.from, e.to);
                observedEdges += seen && seen->allowed > 0 ? 1 : 0;
            }
            parts << tr("%n edge(s) with observed traffic", nullptr, observedEdges)
                  << tr("%n allowed but never observed", nullptr,
                         int(m_result.graph.edges.size()) - observedEdges);
            if (!m_result.observation->unplaced.isEmpty())
                parts << tr("%n observed connection(s) on no node shown", nullptr,
                    int(m_result.observation->unplaced.size()));
        }
        if (m_result.overviewGroups > 0 && m_result.grouping.by == OverviewGrouping::By::Label)
            parts << tr("an overview of %1 nodes and %2 edges: namespaces and their network sets "
                        "grouped by the value of their label %3 into %4 groups (those without it "
                        "in one), the connections between two groups merged into one edge "
                        "(double-click a group to show its members)")
                         .arg(m_result.wholeNodes)
                         .arg(m_result.wholeEdges)
                         .arg(m_result.grouping.labelKey)
                         .arg(m_result.overviewGroups);
        else if (m_result.overviewGroups > 0 && m_result.tooLarge == 0)
            parts << tr("an overview of %1 nodes and %2 edges: namespaces grouped by the first "
                        "word of their name and their network sets likewise into %3 groups, the "
                        "connections between two groups merged into one edge (double-click a "
                        "group to show its members)")
                         .arg(m_result.wholeNodes)
                         .arg(m_result.wholeEdges)
                         .arg(m_result.overviewGroups);
        else if (m_result.overviewGroups > 0)
            parts << tr("an overview of %1 nodes and %2 edges, too many to draw one by one: "
                        "namespaces grouped by the first word of their name and their network "
                        "sets likewise into %3 groups, the connections between two groups "
                        "merged into one edge (double-click a group to show its members, or type "
                        "in the filter to draw the nodes it matches)")
                         .arg(m_result.wholeNodes)
                         .arg(m_result.tooLarge)
                         .arg(m_result.overviewGroups);
        else if (m_result.tooLarge > 0)
            parts << tr("only the nodes matching “%1” (the whole graph has %2 edges)")
                         .arg(m_result.subgraphFilter)
                         .arg(m_result.tooLarge);
        const QString text = parts.join(tr(", ", "list separator"));
        QString status = tr("%1. Computed in %2 ms, laid out by %3 in %4 ms. Click an edge or a "
                            "node to see why.")
                             .arg(text)
                             .arg(m_result.computeMs)
                             .arg(m_result.layout.engine)
                             .arg(m_result.layoutMs);
        // A namespace just expanded: its pods (or workloads), readable.
        if (!m_focusNamespace.isEmpty()) {
            QList<int> members;
            for (qsizetype i = 0; i < m_result.graph.nodes.size(); ++i) {
                const GraphNode &n = m_result.graph.nodes[i];
                if (n.kind != GraphNodeKind::Namespace && n.namespace_ == m_focusNamespace)
                    members.append(int(i));
            }
            // Not yet there when a graph computed before the expansion comes first.
            if (!members.isEmpty() || !m_expanded.contains(m_focusNamespace)) {
                m_view->showNodes(members);
                m_focusNamespace.clear();
            }
        }
        if (!m_view->isWhole())
            status += u' '
                + tr("Part of the graph is shown, large enough to read its names: Fit (0) shows "
                     "it whole.");
        m_status->setText(status);
    }
}

void GraphPanel::setObservedFlows(const QList<ObservedFlow> &flows, const QString &source)
{
    m_observed = flows;
    m_observedSource = source;
    m_observedCheck->setEnabled(!flows.isEmpty());
    m_observedCheck->setToolTip(flows.isEmpty()
            ? tr("Open a flow log in the Flows dock to draw the traffic it observed over the "
                 "graph")
            : tr("Draw the %n connection(s) %1 observed: blue where observed and allowed, red "
                 "where observed and denied, dotted grey where allowed but never observed",
                nullptr, int(flows.size()))
                  .arg(source));
    if (m_observedCheck->isChecked() && isOnScreen(this))
        compute();
}

void GraphPanel::onAnalysisReady()
{
    if (m_again || (isOnScreen(this) && m_generation != 0)) {
        m_again = false;
        compute();
    }
}

void GraphPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        // The graph gets most of the width; the details, what is left.
        m_sized = true;
        m_splitter->setSizes({width() * 62 / 100, width() * 38 / 100});
    }
    // Once laid out: a dock behind another tab is shown too, out of the window.
    QTimer::singleShot(0, this, &GraphPanel::refresh);
}

void GraphPanel::refresh()
{
    if (isOnScreen(this) && m_generation != m_document->generation())
        compute();
}

QString GraphPanel::statusText() const
{
    return m_status->text();
}

void GraphPanel::showNode(int node)
{
    m_details->clear();
    if (node < 0 || node >= m_result.graph.nodes.size() || !m_result.engine)
        return;
    const GraphNode &n = m_result.graph.nodes.at(node);
    auto *head = new QTreeWidgetItem(m_details, {n.id, graphNodeKindName(n.kind)});
    if (n.endpoints > 0)
        new QTreeWidgetItem(head, {tr("Endpoints"), QString::number(n.endpoints)});
    if (!n.cidrs.isEmpty())
        new QTreeWidgetItem(head, {tr("Addresses"), n.cidrs.join(QStringLiteral(", "))});
    head->setExpanded(true);
    // In a difference, a node only the saved workspace has is not in the edited engine.
    if (m_result.diff && m_result.after.nodeIndex(n.id) < 0) {
        new QTreeWidgetItem(m_details, {tr("Only in the saved files"), QString()});
        return;
    }
    if (!n.members.isEmpty()) {
        auto *members
            = new QTreeWidgetItem(m_details, {tr("Members"), QString::number(n.members.size())});
        for (const QString &id : n.members)
            new QTreeWidgetItem(members, {id, QString()});
        new QTreeWidgetItem(m_details, {tr("Double-click the group to show its members")});
        fitDetailsColumn();
        return;
    }
    const PolicyEngine &engine = *m_result.engine;
    const GraphNodePolicies policies = graphNodePolicies(engine, n);
    const auto list
        = [&](const QString &title, const QList<GraphNodePolicy> &entries, Direction direction) {
              auto *parent = new QTreeWidgetItem(m_details, {title, QString()});
              if (entries.isEmpty() && n.endpoints > 0)
                  new QTreeWidgetItem(parent, {tr("none: the profiles decide"), QString()});
              int position = 0;
              for (const GraphNodePolicy &p : entries) {
                  const CompiledPolicy &cp = engine.policies().at(p.policy);
                  QStringList notes {cp.kindName};
                  if (cp.staged)
                      notes << tr("staged");
                  if (!p.everyEndpoint)
                      notes << tr("some of its endpoints");
                  auto *item = new QTreeWidgetItem(parent,
                      {QStringLiteral("%1. %2").arg(++position).arg(cp.displayName),
                          tr("tier %1; %2").arg(cp.tier, notes.join(QStringLiteral(", ")))});
                  RuleRef ref;
                  ref.kind = cp.kindName;
                  ref.policy = cp.displayName;
                  ref.direction = direction;
                  ref.id = cp.policy.source.id;
                  item->setData(0, kRuleRole, QVariant::fromValue(ref));
                  item->setToolTip(0, tr("Activate to open the policy"));
              }
              parent->setExpanded(true);
          };
    if (m_result.overviewGroups > 0
        && m_expandedGroups.contains(overviewGroupOf(n, m_result.grouping, m_result.labels)))
        new QTreeWidgetItem(m_details, {tr("Double-click to show its group as one node")});
    else if (n.kind == GraphNodeKind::Namespace)
        new QTreeWidgetItem(m_details, {tr("Double-click the namespace to show its workloads")});
    else if (m_expanded.contains(n.namespace_))
        new QTreeWidgetItem(m_details, {tr("Double-click to show the namespace as one node")});
    if (n.endpoints > 0) {
        list(tr("Ingress policies, in order"), policies.ingress, Direction::Ingress);
        list(tr("Egress policies, in order"), policies.egress, Direction::Egress);
    } else {
        new QTreeWidgetItem(
            m_details, {tr("Outside the cluster: no policy applies to it"), QString()});
    }
    fitDetailsColumn();
}

void GraphPanel::fitDetailsColumn()
{
    // Hints are one line across both columns; the first column as wide as its items, but
    // leaving the second a third of the pane.
    for (int t = 0; t < m_details->topLevelItemCount(); ++t) {
        QTreeWidgetItem *item = m_details->topLevelItem(t);
        if (item->childCount() == 0 && item->text(1).isEmpty())
            item->setFirstColumnSpanned(true);
    }
    m_details->resizeColumnToContents(0);
    const int most = m_details->viewport()->width() * 2 / 3;
    if (most > 0 && m_details->columnWidth(0) > most)
        m_details->setColumnWidth(0, most);
    // The reasons as wide as the longest (the pane scrolls sideways), at least to the pane's
    // edge; and every cell's whole text in its tooltip, for what is cut off either way.
    m_details->resizeColumnToContents(1);
    m_details->setColumnWidth(1,
        std::max(
            m_details->columnWidth(1), m_details->viewport()->width() - m_details->columnWidth(0)));
    std::function<void(QTreeWidgetItem *)> tip = [&](QTreeWidgetItem *item) {
        for (int c = 0; c < m_details->columnCount(); ++c) {
            const QString text = item->text(c);
            const QString hint = item->toolTip(c);
            if (!text.isEmpty() && !hint.contains(text))
                item->setToolTip(c, hint.isEmpty() ? text : text + u'\n' + hint);
        }
        for (int k = 0; k < item->childCount(); ++k)
            tip(item->child(k));
    };
    for (int t = 0; t < m_details->topLevelItemCount(); ++t)
        tip(m_details->topLevelItem(t));
}

void GraphPanel::setNamespaceExpanded(const QString &name, bool expanded)
{
    if (expanded) {
        m_expanded.insert(name);
        m_focusNamespace = name;
    } else {
        m_expanded.remove(name);
    }
    compute();
}

void GraphPanel::setGroupExpanded(const QString &group, bool expanded)
{
    if (group.isEmpty())
        return;
    if (expanded)
        m_expandedGroups.insert(group);
    else
        m_expandedGroups.remove(group);
    compute();
}

void GraphPanel::activateNode(int node)
{
    if (node < 0 || node >= m_result.graph.nodes.size()
        || MatrixGrouping(groupingCombo()->currentData().toInt()) != MatrixGrouping::Namespace)
        return;
    const GraphNode &n = m_result.graph.nodes.at(node);
    // An overview: groups open and fold (a namespace's workloads would be the whole cluster's).
    if (m_result.overviewGroups > 0 || !m_expandedGroups.isEmpty()) {
        const QString group = overviewGroupOf(n, m_result.grouping, m_result.labels);
        if (!n.members.isEmpty())
            setGroupExpanded(group, true);
        else if (m_expandedGroups.contains(group))
            setGroupExpanded(group, false);
        return;
    }
    if (n.kind == GraphNodeKind::Namespace)
        setNamespaceExpanded(n.name, true);
    else if (m_expanded.contains(n.namespace_))
        setNamespaceExpanded(n.namespace_, false);
}

void GraphPanel::showChange(const GraphEdgeChange &change)
{
    auto *head = new QTreeWidgetItem(m_details,
        {QStringLiteral("%1 → %2").arg(change.from, change.to),
            change.type == GraphEdgeChange::Type::Added         ? tr("added")
                : change.type == GraphEdgeChange::Type::Removed ? tr("removed")
                                                                : tr("changed")});
    new QTreeWidgetItem(head,
        {tr("Saved"), change.before.isEmpty() ? tr("nothing") : connectionsSummary(change.before)});
    new QTreeWidgetItem(head,
        {tr("Edited"), change.after.isEmpty() ? tr("nothing") : connectionsSummary(change.after)});
    head->setExpanded(true);
    for (const bool added : {true, false}) {
        const Connections &pieces = added ? change.added : change.removed;
        if (pieces.isEmpty())
            continue;
        auto *parent = new QTreeWidgetItem(m_details,
            {added ? tr("Allowed now") : tr("No longer allowed"), connectionsSummary(pieces)});
        for (const GraphChangeReason &reason : change.reasons) {
            if (reason.allowedNow == added)
                reasonItem(parent, graphPieceText(reason), reason);
        }
        parent->setExpanded(true);
    }
}

void GraphPanel::showEdge(int layoutEdge)
{
    m_details->clear();
    if (layoutEdge < 0 || layoutEdge >= m_result.layout.edges.size() || !m_result.engine)
        return;
    // A line drawn for both directions: both edges, one after the other.
    QList<int> placements {layoutEdge};
    if (const int reverse = m_view->bundledWith(layoutEdge); reverse >= 0)
        placements.append(reverse);
    if (m_result.diff) {
        bool shown = false;
        for (const int p : std::as_const(placements)) {
            const EdgePlacement &e = m_result.layout.edges.at(p);
            const QString from = m_result.graph.nodes.at(e.from).id;
            const QString to = m_result.graph.nodes.at(e.to).id;
            for (const GraphEdgeChange &c : std::as_const(m_result.diff->changes)) {
                if (c.from == from && c.to == to) {
                    showChange(c);
                    shown = true;
                }
            }
        }
        if (shown) {
            fitDetailsColumn();
            return;
        }
    }
    // An edge of the edited workspace (in a difference, of its graph, found by the ids).
    const FlowGraph &graph = m_result.diff ? m_result.after : m_result.graph;
    QList<std::pair<int, int>> ends;
    bool denied = false;
    for (const int p : std::as_const(placements)) {
        const EdgePlacement &e = m_result.layout.edges.at(p);
        const QString from = m_result.graph.nodes.at(e.from).id;
        const QString to = m_result.graph.nodes.at(e.to).id;
        const int fromIndex = m_result.diff ? graph.nodeIndex(from) : e.from;
        const int toIndex = m_result.diff ? graph.nodeIndex(to) : e.to;
        const GraphEdge *edge = nullptr;
        for (const GraphEdge &candidate : e.denied ? graph.denied : graph.edges) {
            if (candidate.from == fromIndex && candidate.to == toIndex)
                edge = &candidate;
        }
        if (!edge)
            continue;
        denied = e.denied;
        auto *head = new QTreeWidgetItem(m_details,
            {QStringLiteral("%1 → %2").arg(from, to),
                (e.denied ? tr("denied: %1") : tr("allowed: %1"))
                    .arg(connectionsSummary(edge->connections))});
        head->setData(0, Qt::UserRole + 2, layoutEdge);
        new QTreeWidgetItem(head, {tr("Explaining…"), QString()});
        head->setExpanded(true);
        ends.append({fromIndex, toIndex});
    }
    if (ends.isEmpty())
        return;
    m_explainWatcher.setFuture(QtConcurrent::run([engine = m_result.engine, graph, ends, denied] {
        QList<QList<GraphEdgeWhy>> rows;
        for (const auto &[from, to] : ends)
            rows.append(explainGraphEdge(*engine, graph, from, to, denied));
        return rows;
    }));
}

void GraphPanel::onExplained()
{
    const QList<QList<GraphEdgeWhy>> edges = m_explainWatcher.result();
    for (qsizetype k = 0; k < edges.size(); ++k) {
        QTreeWidgetItem *head = m_details->topLevelItem(int(k));
        if (!head || head->data(0, Qt::UserRole + 2).toInt() != m_view->selectedEdge())
            return; // another selection since
        qDeleteAll(head->takeChildren());
        for (const GraphEdgeWhy &row : edges[k])
            reasonItem(head, pieceText(row.reason, row.wholeProtocol), row.reason);
        head->setExpanded(true);
    }
    fitDetailsColumn();
    Q_EMIT explained();
}

void GraphPanel::updateGroupings()
{
    const std::shared_ptr<const Analysis> analysis = m_document->analysis();
    if (!analysis || !analysis->engine)
        return;
    const QStringList keys = namespaceLabelKeys(namespaceLabelsOf(analysis->engine->workspace()));
    QStringList offered;
    for (int i = 2; i < m_groupBy->count(); ++i)
        offered.append(m_groupBy->itemData(i).toString());
    QStringList wanted;
    for (const QString &key : keys)
        wanted.append(QStringLiteral("label:") + key);
    if (offered == wanted)
        return;
    const QSignalBlocker blocker(m_groupBy);
    const QString chosen = m_groupBy->currentData().toString();
    while (m_groupBy->count() > 2)
        m_groupBy->removeItem(2);
    for (const QString &key : keys)
        m_groupBy->addItem(tr("Group by label %1").arg(key), QStringLiteral("label:") + key);
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(chosen)));
}

Result<QList<bool>> GraphPanel::labelMatches(const QString &term) const
{
    const Result<Selector> selector = labelTermSelector(term.trimmed());
    if (!selector)
        return selector.error();
    if (!m_result.engine)
        return QList<bool>();
    return graphNodesMatching(m_result.graph, *m_result.engine, m_result.labels, *selector);
}

void GraphPanel::applyFilter(bool report)
{
    const QString text = m_filter->text().trimmed();
    m_filterMatched.clear();
    if (!isLabelTerm(text)) {
        m_view->setFilter(text);
        m_view->setMatched(m_findMatched);
        return;
    }
    const Result<QList<bool>> matched = labelMatches(text);
    if (!matched) {
        // Nothing hidden while the selector is being typed.
        m_view->setFilter(QString());
        m_view->setMatched(m_findMatched);
        if (report)
            m_status->setText(tr("Not a label selector yet: %1").arg(matched.error().message));
        return;
    }
    m_filterMatched = matched.value();
    m_view->setFilter(m_filterMatched);
    QList<bool> outlined = m_filterMatched;
    for (qsizetype i = 0; i < m_findMatched.size() && i < outlined.size(); ++i)
        outlined[i] = outlined[i] || m_findMatched[i];
    m_view->setMatched(outlined);
    if (report) {
        const int count = int(std::count(m_filterMatched.cbegin(), m_filterMatched.cend(), true));
        m_status->setText(count == 0
                ? tr("No node carries labels matching “%1”.").arg(text)
                : tr("%n node(s) carry labels matching “%1”: %2", nullptr, count)
                      .arg(text, matchedNames(m_result.graph, m_filterMatched)));
    }
}

void GraphPanel::findNodes()
{
    const QString text = m_find->text().trimmed();
    if (!isLabelTerm(text)) {
        const int matches = m_view->find(text);
        m_status->setText(matches == 0 ? tr("No node shown matches “%1”.").arg(m_find->text())
                                       : tr("%n node(s) match.", nullptr, matches));
        return;
    }
    const Result<QList<bool>> matched = labelMatches(text);
    if (!matched) {
        m_status->setText(tr("Not a label selector: %1").arg(matched.error().message));
        return;
    }
    m_findMatched = matched.value();
    QList<bool> outlined = m_findMatched;
    for (qsizetype i = 0; i < m_filterMatched.size() && i < outlined.size(); ++i)
        outlined[i] = outlined[i] || m_filterMatched[i];
    m_view->setMatched(outlined);
    const int matches = m_view->find(m_findMatched);
    QList<bool> shown = m_findMatched;
    for (qsizetype i = 0; i < shown.size(); ++i)
        shown[i] = shown[i] && m_view->isNodeShown(int(i));
    m_status->setText(matches == 0
            ? tr("No node shown carries labels matching “%1”.").arg(text)
            : tr("%n node(s) carry labels matching “%1”: %2", nullptr, matches)
                  .arg(text, matchedNames(m_result.graph, shown)));
}

void GraphPanel::activateDetail(QTreeWidgetItem *item)
{
    const QVariant flow = item->data(0, kFlowRole);
    if (flow.isValid()) {
        Q_EMIT traceRequested(flow.value<Flow>());
        return;
    }
    const QVariant rule = item->data(0, kRuleRole);
    if (rule.isValid())
        Q_EMIT ruleActivated(rule.value<RuleRef>());
}

Result<QByteArray> GraphPanel::exportBytes(const QString &format) const
{
    if (m_result.diff) {
        const QString dot = graphDiffToDot(*m_result.diff, m_result.before, m_result.after);
        if (format == u"dot")
            return dot.toUtf8();
        return renderDot(dot, format, layoutEngineFor(m_result.after));
    }
    if (format == u"dot")
        return graphToDot(m_result.graph).toUtf8();
    return renderFlowGraph(m_result.graph, format);
}

void GraphPanel::exportGraph()
{
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Graph"), QString(),
        tr("SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)"), &selected);
    if (file.isEmpty())
        return;
    QString format = QFileInfo(file).suffix().toLower();
    if (!QStringList {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("dot")}.contains(
            format))
        format = selected.contains(QStringLiteral("*.png")) ? QStringLiteral("png")
            : selected.contains(QStringLiteral("*.dot"))    ? QStringLiteral("dot")
                                                            : QStringLiteral("svg");
    const Result<QByteArray> bytes = exportBytes(format);
    if (!bytes) {
        QMessageBox::warning(this, tr("Export Graph"), bytes.error().message);
        return;
    }
    const Result<FileFingerprint> written = writeFileAtomically(file, bytes.value());
    if (!written)
        QMessageBox::warning(this, tr("Export Graph"), written.error().message);
}

} // namespace ps
