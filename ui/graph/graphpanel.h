#pragma once
// GraphPanel: the flow graph of `policyctl graph` in the window — which namespaces, service
// accounts, workloads or pods (and which outside address ranges, network sets and host
// endpoints) may open connections to which, with the exact protocols and ports, optionally with
// the denied pairs, and optionally as the difference between the saved files and the edited
// workspace (the impact of the edit before it is saved or pushed). Computed and laid out
// (Graphviz) off the GUI thread from the current analysis, again after each edit while shown;
// the computation can be cancelled.
//
// Clicking an edge lists its connections with the rule that decides each (off the GUI thread);
// in a difference, the flows added and removed with the rule responsible. Clicking a node lists
// the policies that apply to it per direction, in evaluation order. Activating a connection
// traces it in the Trace panel; activating a policy opens it. In a graph by namespace,
// double-clicking a namespace shows its workloads (the others stay whole: core/graph/
// graphcollapse.h) and double-clicking one of them folds the namespace again. A graph with more
// edges than can be drawn is drawn as its overview (flowGraphOverview(): groups of namespaces,
// edges merged per pair of groups), whose groups open and fold on double-click; or, with a
// filter, as the nodes the filter matches. The grouping can be chosen (by name prefix, or by a
// namespace label's value), and a chosen grouping draws the overview of a graph by namespace
// whatever its size. Find and filter take a name or a label term (`team == 'payments'`,
// `team=payments`: core's graphNodesMatching()); the nodes a label term matched are outlined.
// Export writes SVG, PNG or DOT as `policyctl graph -o` does.

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

#include "core/eval/flow.h"
#include "core/eval/policyengine.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphcollapse.h"
#include "core/graph/graphdiff.h"
#include "core/graph/graphexplain.h"
#include "core/graph/graphobserved.h"
#include "core/graph/graphlayout.h"
#include "core/model/result.h"
#include "ui/matrix/probeoptions.h"
#include "ui/ruleref.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTimer;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ps {

class Document;
class GraphView;

/// What a computation produces: the graph drawn (in a difference, both graphs in one), its
/// layout and, in a difference, the graphs compared and their difference.
struct GraphComputation {
    FlowGraph graph;
    GraphLayout layout;
    std::optional<GraphDiff> diff;
    /// Observed flows overlaid: where each observed connection lies (the denied pairs drawn
    /// are the observed ones).
    std::optional<GraphObservation> observation;
    FlowGraph before; // a difference: the saved workspace's graph
    FlowGraph after; // a difference: the edited workspace's graph
    std::shared_ptr<const PolicyEngine> engine; // the edited workspace's
    QString error;
    /// The graph was too large to draw whole: its edge count (0 when drawn whole), and the
    /// filter text the drawn part was cut with ("" when nothing is drawn).
    qsizetype tooLarge = 0;
    QString subgraphFilter;
    /// Too large and no filter: the overview drawn (core/graph/graphcollapse.h
    /// flowGraphOverview()), its groups and the whole graph's node count (0 when not an
    /// overview).
    int overviewGroups = 0;
    qsizetype wholeNodes = 0;
    qsizetype wholeEdges = 0;
    OverviewGrouping grouping; // of the overview drawn
    /// An overview or a part was drawn: the whole graph, kept so that another grouping or
    /// filter does not compute it again, and what it was computed for.
    std::shared_ptr<const FlowGraph> whole;
    QString wholeKey;
    NamespaceLabels labels; // the edited workspace's namespaces', for label terms
    qint64 computeMs = 0;
    qint64 layoutMs = 0;
    /// The view's height / width the layout was made for (0: none).
    double aspect = 0;
};

class GraphPanel : public QWidget {
    Q_OBJECT
public:
    explicit GraphPanel(Document *document, QWidget *parent = nullptr);
    ~GraphPanel() override;

    /// Compute and lay out the graph for the options chosen, from the current analysis.
    void compute();
    /// Stop waiting for the computation running (its result is dropped).
    void cancel();
    bool isComputing() const { return m_watcher.isRunning(); }

    QComboBox *groupingCombo() const { return m_probe->groupingCombo(); }
    QComboBox *protocolCombo() const { return m_probe->protocolCombo(); }
    QLineEdit *portEdit() const { return m_probe->portEdit(); }
    QCheckBox *deniedCheck() const { return m_denied; }
    QCheckBox *compareCheck() const { return m_compare; }
    QCheckBox *observedCheck() const { return m_observedCheck; }
    /// The connections of a flow log (the Flows dock's), to overlay when "Observed flows" is on:
    /// observed and allowed, allowed but never observed, observed and denied. `source` names
    /// the log.
    void setObservedFlows(const QList<ObservedFlow> &flows, const QString &source);
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// How an overview groups namespaces: "" (only a graph too large to draw whole, by name
    /// prefix), "prefix", or "label:KEY" for each label key the workspace's namespaces carry
    /// (item data). A chosen grouping draws a graph by namespace as its overview.
    QComboBox *overviewGroupingCombo() const { return m_groupBy; }
    GraphView *view() const { return m_view; }
    QTreeWidget *details() const { return m_details; }
    QString statusText() const;
    /// The graph drawn (a difference: both graphs in one) and, in a difference, the difference.
    const FlowGraph &graph() const { return m_result.graph; }
    const GraphLayout &layout() const { return m_result.layout; }
    /// The view's height / width the layout drawn was made for (0: none).
    double layoutAspect() const { return m_result.aspect; }
    const std::optional<GraphDiff> &diff() const { return m_result.diff; }
    const std::optional<GraphObservation> &observation() const { return m_result.observation; }
    /// The graph as `policyctl graph -o` writes it: "svg", "png" or "dot".
    Result<QByteArray> exportBytes(const QString &format) const;
    /// Namespaces shown as their workloads (or pods) in a graph by namespace.
    const QSet<QString> &expandedNamespaces() const { return m_expanded; }
    /// Show the namespace's workloads instead of the namespace (a graph by namespace), or the
    /// namespace again; recomputes.
    void setNamespaceExpanded(const QString &name, bool expanded);
    /// Groups of an overview shown as their members (overviewGroupOf()).
    const QSet<QString> &expandedGroups() const { return m_expandedGroups; }
    /// Show an overview's group as its members, or as one node again; recomputes.
    void setGroupExpanded(const QString &group, bool expanded);
    /// Above this many edges the graph is drawn as an overview (groups), or for the nodes the
    /// filter matches.
    static constexpr qsizetype kMaxDrawnEdges = 20000;
    /// Another limit (tests).
    void setMaxDrawnEdges(qsizetype edges) { m_maxDrawnEdges = edges; }
    /// Whether the details pane is still explaining an edge.
    bool isExplaining() const { return m_explainWatcher.isRunning(); }

    /// Bring the view up to date with the workspace when it can be seen (its dock's tab came to
    /// the front, or it was shown).
    void refresh();

Q_SIGNALS:
    /// Trace `flow` in the Trace panel (every field: ICMP type and code, the host endpoint it is
    /// forwarded through).
    void traceRequested(const ps::Flow &flow);
    void ruleActivated(const RuleRef &ref);
    /// A graph was computed and is drawn (or could not be: see statusText()).
    void computed();
    /// The details pane lists an edge's explanation.
    void explained();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onAnalysisReady();
    void onFinished();
    void showResult(GraphComputation result);
    void onExplained();
    void showNode(int node);
    void activateNode(int node);
    void showEdge(int layoutEdge);
    void showChange(const GraphEdgeChange &change);
    void activateDetail(QTreeWidgetItem *item);
    void exportGraph();
    void setBusy(bool busy);
    /// The overview groupings the workspace offers (one per namespace label key), keeping the
    /// one chosen when it is still there.
    void updateGroupings();
    /// Filter the drawn graph by the filter's text (a name or a label term); the status says
    /// what a label term matched when `report`.
    void applyFilter(bool report);
    void findNodes();
    /// The details' first column as wide as its texts (within reason), the second as wide as
    /// its own (scrolled), and every cell's full text in its tooltip.
    void fitDetailsColumn();
    /// The view's height / width, for the layout (0 before it has a size).
    double viewAspect() const;
    /// Lay the graph shown out again for the view's aspect when it changed a lot since.
    void relayout();
    /// The nodes of the graph drawn a label term matches, or an Error for a term that does not
    /// parse.
    Result<QList<bool>> labelMatches(const QString &term) const;

    Document *m_document;
    ProbeOptions *m_probe;
    QCheckBox *m_denied;
    QCheckBox *m_compare;
    QCheckBox *m_observedCheck;
    QList<ObservedFlow> m_observed;
    QString m_observedSource;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLineEdit *m_find;
    QLineEdit *m_filter;
    QComboBox *m_groupBy;
    QList<bool> m_findMatched; // nodes the find field's label term matched
    QList<bool> m_filterMatched; // nodes the filter's label term matched
    QToolButton *m_fit;
    QPushButton *m_export;
    QLabel *m_status;
    GraphView *m_view;
    QTreeWidget *m_details;
    QSplitter *m_splitter = nullptr;
    bool m_sized = false;
    QTimer *m_filterTimer;
    qsizetype m_maxDrawnEdges = kMaxDrawnEdges;
    QFutureWatcher<GraphComputation> m_watcher;
    QFutureWatcher<QList<QList<GraphEdgeWhy>>> m_explainWatcher;
    GraphComputation m_result;
    quint64 m_generation = 0; // of the analysis the graph shown came from
    bool m_again = false;
    bool m_cancelled = false;
    QSet<QString> m_expanded;
    QSet<QString> m_expandedGroups;
    std::shared_ptr<const FlowGraph> m_whole; // see GraphComputation::whole
    QString m_wholeKey;
    QPushButton *m_collapseAll;
    QTimer *m_relayoutTimer;
    QString m_focusNamespace; // expanded: zoom to its pods once drawn
};

} // namespace ps
