#include "core/graph/graphdot.h"

#include <QCoreApplication>
#include <QSet>

namespace ps {

QString dotQuoted(QString text)
{
    text.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    text.replace(QStringLiteral("\""), QStringLiteral("\\\""));
    text.replace(QStringLiteral("\n"), QStringLiteral("\\n"));
    return u'"' + text + u'"';
}

namespace {

QString shapeOf(GraphNodeKind kind)
{
    switch (kind) {
    case GraphNodeKind::Namespace:
        return QStringLiteral("box");
    case GraphNodeKind::ServiceAccount:
        return QStringLiteral("note");
    case GraphNodeKind::Workload:
        return QStringLiteral("box3d");
    case GraphNodeKind::Pod:
        return QStringLiteral("box");
    case GraphNodeKind::External:
        return QStringLiteral("ellipse");
    case GraphNodeKind::NetworkSet:
        return QStringLiteral("folder");
    case GraphNodeKind::HostEndpoint:
        return QStringLiteral("component");
    }
    return QStringLiteral("box");
}

QString labelOf(const GraphNode &n)
{
    QString label = n.kind == GraphNodeKind::Namespace || n.namespace_.isEmpty()
        ? n.name
        : n.namespace_ + u'/' + n.name;
    if (n.kind == GraphNodeKind::NetworkSet
        || (n.kind == GraphNodeKind::External && n.name != n.id))
        label += u'\n' + n.cidrs.join(QStringLiteral(", "));
    return label;
}

QString nodeLine(const GraphNode &n, const QString &extra = {})
{
    return QStringLiteral("  %1 [label=%2, shape=%3%4];\n")
        .arg(dotQuoted(n.id), dotQuoted(labelOf(n)), shapeOf(n.kind), extra);
}

const QString kHeader
    = QStringLiteral("  rankdir=LR;\n  node [fontsize=10];\n  edge [fontsize=9];\n");

} // namespace

QString graphToDot(const FlowGraph &graph, bool compact, bool edgeLabels, const DotFrame &frame)
{
    QString out = QStringLiteral("digraph flows {\n") + kHeader;
    if (frame.topToBottom)
        out += QStringLiteral("  rankdir=TB;\n"); // the last value set is the graph's
    if (frame.aspect > 0)
        out += QStringLiteral("  ratio=%1;\n").arg(frame.aspect, 0, 'f', 3);
    if (compact) {
        // Up to a thousand nodes, overlaps are removed (prism: quick at that size), so a
        // grouped overview reads; above, nodes may overlap and the layout stays in seconds.
        out += graph.nodes.size() <= kOverlapRemovalLimit ? QStringLiteral("  overlap=prism;\n")
                                                          : QStringLiteral("  overlap=true;\n");
        out += QStringLiteral("  splines=false;\n  outputorder=edgesfirst;\n");
    }
    const auto label = [&](const QString &text) {
        return compact || !edgeLabels ? QString() : QStringLiteral(", label=") + dotQuoted(text);
    };
    for (const GraphNode &n : graph.nodes)
        out += nodeLine(n);
    // Edge ids ("a" allowed, "d" denied, and the index) tell the layout which edge is which.
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const GraphEdge &e = graph.edges[i];
        out += QStringLiteral("  %1 -> %2 [id=\"a%3\"%4];\n")
                   .arg(dotQuoted(graph.nodes[e.from].id), dotQuoted(graph.nodes[e.to].id))
                   .arg(i)
                   .arg(label(connectionsSummary(e.connections)));
    }
    for (qsizetype i = 0; i < graph.denied.size(); ++i) {
        const GraphEdge &e = graph.denied[i];
        out += QStringLiteral("  %1 -> %2 [id=\"d%3\"%4, color=\"#c0392b\", "
                              "fontcolor=\"#c0392b\", style=dashed];\n")
                   .arg(dotQuoted(graph.nodes[e.from].id), dotQuoted(graph.nodes[e.to].id))
                   .arg(i)
                   .arg(label(QCoreApplication::translate("FlowGraph", "denied: %1")
                                  .arg(connectionsSummary(e.connections))));
    }
    out += QStringLiteral("}\n");
    return out;
}

QString graphDiffToDot(const GraphDiff &diff, const FlowGraph &before, const FlowGraph &after)
{
    QString out = QStringLiteral("digraph flowdiff {\n") + kHeader;
    for (const GraphNode &n : after.nodes)
        out += nodeLine(
            n, diff.nodesAdded.contains(n.id) ? QStringLiteral(", style=bold") : QString());
    for (const GraphNode &n : before.nodes) {
        if (diff.nodesRemoved.contains(n.id))
            out += nodeLine(n, QStringLiteral(", style=dashed, color=grey, fontcolor=grey"));
    }
    const auto line
        = [](const QString &from, const QString &to, const QString &label, const QString &style) {
              return QStringLiteral("  %1 -> %2 [label=%3, %4];\n")
                  .arg(dotQuoted(from), dotQuoted(to), dotQuoted(label), style);
          };
    QSet<QPair<QString, QString>> changed;
    for (const GraphEdgeChange &c : diff.changes)
        changed.insert({c.from, c.to});
    for (const GraphEdge &e : after.edges) {
        const QString &from = after.nodes[e.from].id;
        const QString &to = after.nodes[e.to].id;
        if (!changed.contains({from, to})) {
            out += line(from, to, connectionsSummary(e.connections),
                QStringLiteral("color=grey, fontcolor=grey"));
        }
    }
    for (const GraphEdgeChange &c : diff.changes) {
        switch (c.type) {
        case GraphEdgeChange::Type::Added:
            out += line(c.from, c.to, u'+' + connectionsSummary(c.added),
                QStringLiteral("color=\"#1e8449\", fontcolor=\"#1e8449\", penwidth=2"));
            break;
        case GraphEdgeChange::Type::Removed:
            out += line(c.from, c.to, u'-' + connectionsSummary(c.removed),
                QStringLiteral("color=\"#c0392b\", fontcolor=\"#c0392b\", style=dashed"));
            break;
        case GraphEdgeChange::Type::Changed: {
            QStringList parts;
            if (!c.added.isEmpty())
                parts.append(u'+' + connectionsSummary(c.added));
            if (!c.removed.isEmpty())
                parts.append(u'-' + connectionsSummary(c.removed));
            out += line(c.from, c.to, parts.join(u'\n'),
                QStringLiteral("color=\"#d35400\", fontcolor=\"#d35400\", penwidth=2"));
            break;
        }
        }
    }
    out += QStringLiteral("}\n");
    return out;
}

} // namespace ps
