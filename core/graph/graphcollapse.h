#pragma once
// Collapsing and expanding groups of a flow graph: the studio's graph shows namespaces, and a
// namespace the user expands shows its workloads (or pods) while the others stay whole. Made
// from a graph by workload (or pod): the nodes of every namespace not in `expanded` are merged
// into one namespace node, and the edges between merged nodes are the union of their members'
// connections — exactly the namespace graph's edge, since an edge holds a flow when some pair of
// members is allowed it. Outside nodes and host endpoints stay as they are.
//
// The overview of a graph too large to draw groups namespaces by name prefix or by a label's
// value; the studio's find and filter also take label terms (graphNodesMatching()).
//
// Plain values; the result keeps the probes, and each merged node keeps the peers of its
// members, so it can be explained and compared like a computed graph.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "core/eval/policyengine.h"
#include "core/graph/flowgraph.h"
#include "core/model/meta.h"
#include "core/model/result.h"
#include "core/model/workspace.h"
#include "core/selector/selector.h"

namespace ps {

/// `fine` (a graph by workload or pod) with every namespace not in `expanded` collapsed into
/// one node; the nodes keep fine's order (a collapsed namespace where its first member was).
FlowGraph collapseFlowGraph(const FlowGraph &fine, const QSet<QString> &expanded);

/// How an overview groups namespaces (and the network sets in them): by the first word of the
/// name (up to the first '-': "accounts" holds accounts, accounts-dev, accounts-prod-2...), or by
/// the value of one namespace label (`team`: "team=payments" holds every namespace labelled
/// team=payments; the namespaces without the label form one group, "!team", shown as
/// "(no team)").
struct OverviewGrouping {
    enum class By { Prefix, Label };
    By by = By::Prefix;
    QString labelKey; // By::Label: the label whose value names the group

    /// "prefix" or "label:KEY" (as `policyctl graph --group-by` takes it); an Error with the
    /// message otherwise.
    static Result<OverviewGrouping> parse(const QString &text);
    /// "prefix" or "label:KEY".
    QString text() const;
    friend bool operator==(const OverviewGrouping &, const OverviewGrouping &) = default;
};

/// The labels of each Namespace of the workspace, by name, as the cluster has them (the written
/// ones and kubernetes.io/metadata.name). A namespace pods name but the workspace does not
/// declare has none.
using NamespaceLabels = QHash<QString, Labels>;
NamespaceLabels namespaceLabelsOf(const Workspace &workspace);
/// The label keys the namespaces carry, sorted, without kubernetes.io/metadata.name (one group
/// per namespace): the choices of a grouping by label.
QStringList namespaceLabelKeys(const NamespaceLabels &labels);

/// A graph too large to draw whole, as the studio draws it first: namespaces grouped as
/// `grouping` says, the network sets of each group's namespaces grouped alike. By prefix every
/// group of two or more is one node (id "accounts-*" or "netset:accounts-*"); by label every
/// group is one node, however many it holds (id "team=payments" or "netset:team=payments", name
/// alike; the group without the label: id "!team", name "(no team)"). GraphNode::members lists
/// the ids merged. The groups named in `expanded` (as overviewGroupOf() names them) keep their
/// members as nodes of their own. The edges between groups are the union of their members'
/// connections (as collapseFlowGraph(): exact, an edge holds a flow when some pair of members
/// is allowed it), parallel edges merged into one per ordered pair, edges inside a group drawn
/// as one loop. Nodes that are neither namespaces nor namespaced network sets stay as they are.
struct GraphOverview {
    FlowGraph graph;
    QList<int> nodeOf; // the whole graph's node -> the overview's
    int groups = 0; // nodes standing for groups
};
GraphOverview flowGraphOverview(const FlowGraph &graph, const OverviewGrouping &grouping,
    const NamespaceLabels &labels, const QSet<QString> &expanded = {});
/// By prefix (the labels are not needed).
GraphOverview flowGraphOverview(const FlowGraph &graph, const QSet<QString> &expanded = {});
/// The group flowGraphOverview() puts a node in ("" for none): by prefix "accounts" for the
/// namespace accounts-dev-2 and its network sets; by label `team` "team=payments", or "!team"
/// for a namespace without the label. A group node of an overview is in its own group.
QString overviewGroupOf(
    const GraphNode &node, const OverviewGrouping &grouping, const NamespaceLabels &labels);
QString overviewGroupOf(const GraphNode &node);

/// The part of `graph` about the nodes whose name, namespace or id contains `text`
/// (case-insensitive): those nodes, the outside nodes connected to one of them, and the edges
/// between the nodes kept (allowed and denied), connections unchanged. For graphs too large to
/// draw whole.
FlowGraph flowSubgraph(const FlowGraph &graph, const QString &text);
/// The same for the nodes `matched` marks (one entry per node of `graph`; outside nodes are kept
/// when connected to a matched node, whatever their entry).
FlowGraph flowSubgraph(const FlowGraph &graph, const QList<bool> &matched);

/// Whether a find or filter text is a label term rather than a piece of a name: a label
/// selector ("team == 'payments'", "has(env)", "tier in {'web', 'db'}") or key=value.
bool isLabelTerm(const QString &text);
/// The label term as a selector: key=value is read as key == 'value', anything else as selector
/// text. An Error (message and offset) when it does not parse.
Result<Selector> labelTermSelector(const QString &text);
/// Which nodes of `graph` (one entry per node) carry labels `selector` matches: a namespace its
/// namespace's labels (`labels`), a workload, pod, host endpoint or network set its own (as the
/// engine's inventory has them, Calico's implicit ones included), a workload also when one of
/// its pods does (pods carry labels their template does not write), a group of an overview when
/// one of its members does. Service accounts and address ranges never match.
QList<bool> graphNodesMatching(const FlowGraph &graph, const PolicyEngine &engine,
    const NamespaceLabels &labels, const Selector &selector);

} // namespace ps
