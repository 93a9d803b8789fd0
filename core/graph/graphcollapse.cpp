#include "core/graph/graphcollapse.h"

#include <algorithm>
#include <map>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include "core/eval/matrix.h"
#include "core/graph/graphpieces_p.h"
#include "core/model/apiserverdefaults.h"

namespace ps {

namespace {

bool collapsible(const GraphNode &n)
{
    return n.kind == GraphNodeKind::Workload || n.kind == GraphNodeKind::Pod
        || n.kind == GraphNodeKind::ServiceAccount;
}

// The edges of `graph` between the nodes they are merged into (nodeOf), the connections of the
// edges between the same two united.
QList<GraphEdge> mergeEdges(
    const FlowGraph &graph, const QList<GraphEdge> &edges, const QList<int> &nodeOf)
{
    const bool canBeAll = !graph.protocol && !graph.port;
    std::map<std::pair<int, int>, std::vector<quint64>> sets;
    for (const GraphEdge &e : edges) {
        std::vector<quint64> &bits = sets[{nodeOf.at(e.from), nodeOf.at(e.to)}];
        graphpieces::addProbes(bits, e.connections, graph.probes);
    }
    QList<GraphEdge> merged;
    for (const auto &[ends, bits] : sets) {
        merged.append(GraphEdge {
            ends.first, ends.second, graphpieces::connectionsOf(bits, graph.probes, canBeAll)});
    }
    return merged;
}

} // namespace

FlowGraph collapseFlowGraph(const FlowGraph &fine, const QSet<QString> &expanded)
{
    FlowGraph out;
    out.by = fine.by;
    out.deniedComputed = fine.deniedComputed;
    out.protocol = fine.protocol;
    out.port = fine.port;
    out.classes = fine.classes;
    out.probes = fine.probes;

    QList<int> nodeOf; // fine's node -> out's
    QHash<QString, int> namespaceNode;
    for (const GraphNode &n : fine.nodes) {
        if (!collapsible(n) || expanded.contains(n.namespace_)) {
            nodeOf.append(int(out.nodes.size()));
            out.nodes.append(n);
            continue;
        }
        auto it = namespaceNode.constFind(n.namespace_);
        if (it == namespaceNode.constEnd()) {
            it = namespaceNode.insert(n.namespace_, int(out.nodes.size()));
            GraphNode merged;
            merged.id = n.namespace_;
            merged.kind = GraphNodeKind::Namespace;
            merged.name = n.namespace_;
            merged.namespace_ = n.namespace_;
            out.nodes.append(merged);
        }
        GraphNode &merged = out.nodes[*it];
        merged.endpoints += n.endpoints;
        merged.peers.append(n.peers);
        merged.peerRefs.append(n.peerRefs);
        nodeOf.append(*it);
    }

    out.edges = mergeEdges(fine, fine.edges, nodeOf);
    out.denied = mergeEdges(fine, fine.denied, nodeOf);
    return out;
}

Result<OverviewGrouping> OverviewGrouping::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t == u"prefix")
        return OverviewGrouping {};
    if (t.startsWith(u"label:")) {
        const QString key = t.sliced(6).trimmed();
        if (!key.isEmpty())
            return OverviewGrouping {By::Label, key};
        return Error {QCoreApplication::translate(
            "GraphOverview", "a grouping by label needs a key: label:KEY")};
    }
    return Error {QCoreApplication::translate(
        "GraphOverview", "the grouping must be prefix or label:KEY, got '%1'")
                      .arg(text)};
}

QString OverviewGrouping::text() const
{
    return by == By::Prefix ? QStringLiteral("prefix") : QStringLiteral("label:") + labelKey;
}

NamespaceLabels namespaceLabelsOf(const Workspace &workspace)
{
    NamespaceLabels out;
    for (const Namespace &ns : workspace.data().namespaces)
        out.insert(ns.meta.name, namespaceLabels(ns));
    return out;
}

QStringList namespaceLabelKeys(const NamespaceLabels &labels)
{
    QSet<QString> keys;
    for (const Labels &l : labels) {
        for (auto it = l.cbegin(); it != l.cend(); ++it)
            keys.insert(it.key());
    }
    keys.remove(kNamespaceNameLabel);
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    return sorted;
}

namespace {

// The namespace a node of an overview is grouped by ("" when it is not grouped).
const QString *groupedNamespace(const GraphNode &node)
{
    if (!node.members.isEmpty())
        return nullptr;
    if (node.kind == GraphNodeKind::Namespace)
        return &node.name;
    if (node.kind == GraphNodeKind::NetworkSet && !node.namespace_.isEmpty())
        return &node.namespace_;
    return nullptr;
}

} // namespace

QString overviewGroupOf(
    const GraphNode &node, const OverviewGrouping &grouping, const NamespaceLabels &labels)
{
    if (!node.members.isEmpty()) {
        // A group: its id without the network sets' "netset:" and the prefix groups' "-*".
        QString group = node.id;
        if (group.startsWith(u"netset:"))
            group = group.sliced(7);
        if (grouping.by == OverviewGrouping::By::Prefix && group.endsWith(u"-*"))
            group.chop(2);
        return group;
    }
    const QString *name = groupedNamespace(node);
    if (!name)
        return QString();
    if (grouping.by == OverviewGrouping::By::Label) {
        const auto ns = labels.constFind(*name);
        const QString *value = nullptr;
        if (ns != labels.constEnd()) {
            const auto it = ns->constFind(grouping.labelKey);
            if (it != ns->constEnd())
                value = &*it;
        }
        return value ? grouping.labelKey + u'=' + *value : u'!' + grouping.labelKey;
    }
    const qsizetype dash = name->indexOf(u'-');
    return dash > 0 ? name->left(dash) : *name;
}

QString overviewGroupOf(const GraphNode &node)
{
    return overviewGroupOf(node, OverviewGrouping {}, NamespaceLabels {});
}

GraphOverview flowGraphOverview(const FlowGraph &graph, const QSet<QString> &expanded)
{
    return flowGraphOverview(graph, OverviewGrouping {}, NamespaceLabels {}, expanded);
}

GraphOverview flowGraphOverview(const FlowGraph &graph, const OverviewGrouping &grouping,
    const NamespaceLabels &labels, const QSet<QString> &expanded)
{
    const bool byLabel = grouping.by == OverviewGrouping::By::Label;
    // Groups by key ("n" or "s" for network sets, then the group's name), in node order.
    QHash<QString, QList<int>> membersOf;
    QList<QString> keyOf(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        if (!groupedNamespace(n))
            continue;
        const QString group = overviewGroupOf(n, grouping, labels);
        if (group.isEmpty() || expanded.contains(group))
            continue;
        keyOf[i] = (n.kind == GraphNodeKind::NetworkSet ? u's' : u'n') + group;
        membersOf[keyOf[i]].append(int(i));
    }
    GraphOverview o;
    FlowGraph &out = o.graph;
    out.by = graph.by;
    out.deniedComputed = graph.deniedComputed;
    out.protocol = graph.protocol;
    out.port = graph.port;
    out.classes = graph.classes;
    out.probes = graph.probes;
    QHash<QString, int> groupNode;
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        const QString &key = keyOf[i];
        if (key.isEmpty() || (!byLabel && membersOf.value(key).size() < 2)) {
            o.nodeOf.append(int(out.nodes.size()));
            out.nodes.append(n);
            continue;
        }
        auto it = groupNode.constFind(key);
        if (it == groupNode.constEnd()) {
            it = groupNode.insert(key, int(out.nodes.size()));
            const QString group = key.mid(1);
            const bool sets = key.startsWith(u's');
            const bool unlabelled = byLabel && group.startsWith(u'!');
            const QString id = byLabel ? group : group + QStringLiteral("-*");
            GraphNode merged;
            merged.kind = n.kind;
            merged.id = sets ? QStringLiteral("netset:") + id : id;
            merged.name = unlabelled
                ? QCoreApplication::translate("GraphOverview", "(no %1)").arg(grouping.labelKey)
                : id;
            merged.namespace_ = merged.name;
            out.nodes.append(merged);
            ++o.groups;
        }
        GraphNode &merged = out.nodes[*it];
        merged.endpoints += n.endpoints;
        merged.peers.append(n.peers);
        merged.peerRefs.append(n.peerRefs);
        merged.members.append(n.id);
        o.nodeOf.append(*it);
    }
    out.edges = mergeEdges(graph, graph.edges, o.nodeOf);
    out.denied = mergeEdges(graph, graph.denied, o.nodeOf);
    return o;
}

FlowGraph flowSubgraph(const FlowGraph &graph, const QString &text)
{
    const QString needle = text.trimmed();
    const auto outside = [](const GraphNode &n) {
        return n.kind == GraphNodeKind::External || n.kind == GraphNodeKind::NetworkSet;
    };
    QList<bool> keep(graph.nodes.size(), false);
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        keep[i] = !outside(n)
            && (n.name.contains(needle, Qt::CaseInsensitive)
                || n.namespace_.contains(needle, Qt::CaseInsensitive)
                || n.id.contains(needle, Qt::CaseInsensitive));
    }
    return flowSubgraph(graph, keep);
}

FlowGraph flowSubgraph(const FlowGraph &graph, const QList<bool> &matched)
{
    const auto outside = [](const GraphNode &n) {
        return n.kind == GraphNodeKind::External || n.kind == GraphNodeKind::NetworkSet;
    };
    QList<bool> keep(graph.nodes.size(), false);
    for (qsizetype i = 0; i < graph.nodes.size(); ++i)
        keep[i] = !outside(graph.nodes[i]) && matched.value(i);
    QList<bool> connected = keep;
    for (const QList<GraphEdge> *edges : {&graph.edges, &graph.denied}) {
        for (const GraphEdge &e : *edges) {
            if (keep[e.from] && outside(graph.nodes[e.to]))
                connected[e.to] = true;
            if (keep[e.to] && outside(graph.nodes[e.from]))
                connected[e.from] = true;
        }
    }
    FlowGraph out = graph;
    out.nodes.clear();
    out.edges.clear();
    out.denied.clear();
    QList<int> index(graph.nodes.size(), -1);
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        if (connected[i]) {
            index[i] = int(out.nodes.size());
            out.nodes.append(graph.nodes[i]);
        }
    }
    for (const bool denied : {false, true}) {
        for (const GraphEdge &e : denied ? graph.denied : graph.edges) {
            if (index[e.from] >= 0 && index[e.to] >= 0)
                (denied ? out.denied : out.edges)
                    .append(GraphEdge {index[e.from], index[e.to], e.connections});
        }
    }
    return out;
}

bool isLabelTerm(const QString &text)
{
    // Names of namespaces, workloads and addresses never hold these.
    static const QRegularExpression setTest(QStringLiteral(R"(\s(not\s+)?in\s*\{)"));
    return text.contains(u'=') || text.contains(u'(') || text.contains(u'!')
        || setTest.match(text).hasMatch();
}

Result<Selector> labelTermSelector(const QString &text)
{
    // key=value (one '=', as kubectl's -l takes it): the selector key == 'value'.
    static const QRegularExpression pair(QStringLiteral(R"(^\s*([^\s=!]+)\s*=\s*([^\s=].*?)\s*$)"));
    const QRegularExpressionMatch m = pair.match(text);
    if (m.hasMatch()) {
        QString value = m.captured(2);
        if (value.size() >= 2 && (value.front() == u'\'' || value.front() == u'"')
            && value.back() == value.front())
            value = value.sliced(1, value.size() - 2);
        if (!value.contains(u'\''))
            return Selector::parse(m.captured(1) + QStringLiteral(" == '") + value + u'\'');
        if (!value.contains(u'"'))
            return Selector::parse(m.captured(1) + QStringLiteral(" == \"") + value + u'"');
    }
    return Selector::parse(text);
}

QList<bool> graphNodesMatching(const FlowGraph &graph, const PolicyEngine &engine,
    const NamespaceLabels &labels, const Selector &selector)
{
    const Inventory &inventory = engine.inventory();
    const auto namespaceMatches = [&](const QString &name) {
        const auto it = labels.constFind(name);
        return it != labels.constEnd() && selector.evaluate(*it);
    };
    const auto objectOf = [&](const GraphNode &n) {
        switch (n.kind) {
        case GraphNodeKind::Pod:
            return inventory.findPod(n.namespace_, n.name);
        case GraphNodeKind::Workload:
            return inventory.findWorkload(n.namespace_, n.name);
        case GraphNodeKind::HostEndpoint:
        case GraphNodeKind::NetworkSet:
            return inventory.findByRef(n.id);
        case GraphNodeKind::Namespace:
        case GraphNodeKind::ServiceAccount:
        case GraphNodeKind::External:
            break;
        }
        return -1;
    };
    // A workload's pods carry labels its template does not write (pod-template-hash, a
    // StatefulSet's pod name): the workload matches when one of its pods does.
    QHash<QString, QList<int>> podsOf;
    if (std::any_of(graph.nodes.cbegin(), graph.nodes.cend(),
            [](const GraphNode &n) { return n.kind == GraphNodeKind::Workload; })) {
        for (const MatrixGroup &g : matrixGroups(engine, MatrixGrouping::Workload))
            podsOf.insert(g.name, g.members);
    }
    const auto nodeMatches = [&](const GraphNode &n) {
        if (n.kind == GraphNodeKind::Namespace)
            return namespaceMatches(n.name);
        const int object = objectOf(n);
        if (object >= 0 && selector.evaluate(inventory.object(object).labels))
            return true;
        const QList<int> pods = podsOf.value(n.id);
        return std::any_of(pods.cbegin(), pods.cend(),
            [&](int pod) { return selector.evaluate(inventory.object(pod).labels); });
    };
    QList<bool> matched(graph.nodes.size(), false);
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &n = graph.nodes[i];
        if (n.members.isEmpty()) {
            matched[i] = nodeMatches(n);
            continue;
        }
        // A group: one of its members (namespaces, or network sets by their own labels).
        for (const QString &member : n.members) {
            const int object
                = n.kind == GraphNodeKind::Namespace ? -1 : inventory.findByRef(member);
            if (n.kind == GraphNodeKind::Namespace
                    ? namespaceMatches(member)
                    : object >= 0 && selector.evaluate(inventory.object(object).labels)) {
                matched[i] = true;
                break;
            }
        }
    }
    return matched;
}

} // namespace ps
