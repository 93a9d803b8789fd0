#include "core/report/graphreport.h"

#include <QCoreApplication>

#include "core/io/jsonwriter.h"
#include "core/model/protocol.h"

namespace ps {

namespace {

void writeEdges(JsonWriter &w, const char *key, const FlowGraph &g, const QList<GraphEdge> &edges)
{
    w.beginArray(key);
    for (const GraphEdge &e : edges) {
        w.beginObject();
        w.field("from", g.nodes[e.from].id);
        w.field("to", g.nodes[e.to].id);
        if (e.connections.all) {
            w.field("connections", QStringLiteral("all"));
        } else {
            w.beginArray("connections");
            for (const ProtocolConnections &p : e.connections.protocols) {
                w.beginObject();
                w.field("protocol", graphProtocolName(p.protocol));
                if (!p.ranges.isEmpty()) {
                    w.beginArray(protocolIcmpFamily(p.protocol) != 0 ? "types" : "ports");
                    for (const PortRange &r : p.ranges) {
                        w.beginArray();
                        w.value(r.first);
                        w.value(r.last);
                        w.endArray();
                    }
                    w.endArray();
                }
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
}

void textEdges(QString &out, const FlowGraph &g, const QList<GraphEdge> &edges)
{
    for (const GraphEdge &e : edges) {
        out += QStringLiteral("  %1 -> %2: %3\n")
                   .arg(g.nodes[e.from].id, g.nodes[e.to].id, connectionsSummary(e.connections));
    }
}

} // namespace

QString graphToText(const FlowGraph &graph)
{
    QString out = QCoreApplication::translate(
        "GraphReport", "Flow graph by %1: %n node(s)", nullptr, int(graph.nodes.size()))
                      .arg(matrixGroupingName(graph.by));
    out += QCoreApplication::translate(
        "GraphReport", ", %n edge(s)", nullptr, int(graph.edges.size()));
    if (graph.deniedComputed) {
        out += QCoreApplication::translate(
            "GraphReport", ", %n denied pair(s)", nullptr, int(graph.denied.size()));
    }
    out += u'\n';
    out += QCoreApplication::translate("GraphReport", "Nodes:\n");
    for (const GraphNode &n : graph.nodes) {
        out += QStringLiteral("  %1 %2").arg(graphNodeKindName(n.kind), n.id);
        if (!n.cidrs.isEmpty())
            out += QStringLiteral(" (%1)").arg(n.cidrs.join(QStringLiteral(", ")));
        out += u'\n';
    }
    out += QCoreApplication::translate("GraphReport", "Allowed:\n");
    textEdges(out, graph, graph.edges);
    if (graph.deniedComputed) {
        out += QCoreApplication::translate("GraphReport", "Denied:\n");
        textEdges(out, graph, graph.denied);
    }
    return out;
}

QByteArray graphToJson(const FlowGraph &graph)
{
    JsonWriter w;
    w.beginObject();
    w.field("by", matrixGroupingName(graph.by));
    w.beginArray("nodes");
    for (const GraphNode &n : graph.nodes) {
        w.beginObject();
        w.field("id", n.id);
        w.field("kind", graphNodeKindName(n.kind));
        w.field("name", n.name);
        w.field("namespace", n.namespace_);
        w.fieldStrings("cidrs", n.cidrs);
        w.endObject();
    }
    w.endArray();
    writeEdges(w, "edges", graph, graph.edges);
    if (graph.deniedComputed)
        writeEdges(w, "denied", graph, graph.denied);
    w.endObject();
    return w.take();
}

} // namespace ps
