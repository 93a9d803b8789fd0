#include "core/graph/graphdot.h"

#include <QCoreApplication>

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

} // namespace

QString graphToDot(const FlowGraph &graph)
{
    QString out = QStringLiteral("digraph flows {\n  rankdir=LR;\n  node [fontsize=10];\n"
                                 "  edge [fontsize=9];\n");
    for (const GraphNode &n : graph.nodes) {
        out += QStringLiteral("  %1 [label=%2, shape=%3];\n")
                   .arg(dotQuoted(n.id), dotQuoted(labelOf(n)), shapeOf(n.kind));
    }
    for (const GraphEdge &e : graph.edges) {
        out += QStringLiteral("  %1 -> %2 [label=%3];\n")
                   .arg(dotQuoted(graph.nodes[e.from].id), dotQuoted(graph.nodes[e.to].id),
                       dotQuoted(connectionsSummary(e.connections)));
    }
    for (const GraphEdge &e : graph.denied) {
        out += QStringLiteral(
            "  %1 -> %2 [label=%3, color=\"#c0392b\", fontcolor=\"#c0392b\", style=dashed];\n")
                   .arg(dotQuoted(graph.nodes[e.from].id), dotQuoted(graph.nodes[e.to].id),
                       dotQuoted(QCoreApplication::translate("FlowGraph", "denied: %1")
                                     .arg(connectionsSummary(e.connections))));
    }
    out += QStringLiteral("}\n");
    return out;
}

} // namespace ps
