#include "core/report/graphreport.h"

#include <QCoreApplication>

#include "core/io/jsonwriter.h"
#include "core/model/protocol.h"
#include "core/report/explainer.h"

namespace ps {

namespace {

void writeRanges(JsonWriter &w, int protocol, const QList<PortRange> &ranges)
{
    w.beginArray(protocolIcmpFamily(protocol) != 0 ? "types" : "ports");
    for (const PortRange &r : ranges) {
        w.beginArray();
        w.value(r.first);
        w.value(r.last);
        w.endArray();
    }
    w.endArray();
}

void writeConnections(JsonWriter &w, const char *key, const Connections &c)
{
    if (c.all) {
        w.field(key, QStringLiteral("all"));
        return;
    }
    w.beginArray(key);
    for (const ProtocolConnections &p : c.protocols) {
        w.beginObject();
        w.field("protocol", graphProtocolName(p.protocol));
        if (!p.ranges.isEmpty())
            writeRanges(w, p.protocol, p.ranges);
        w.endObject();
    }
    w.endArray();
}

void writeEdges(JsonWriter &w, const char *key, const FlowGraph &g, const QList<GraphEdge> &edges)
{
    w.beginArray(key);
    for (const GraphEdge &e : edges) {
        w.beginObject();
        w.field("from", g.nodes[e.from].id);
        w.field("to", g.nodes[e.to].id);
        writeConnections(w, "connections", e.connections);
        w.endObject();
    }
    w.endArray();
}

QString reasonText(const GraphChangeReason &r)
{
    const QString text
        = QCoreApplication::translate("GraphReport", "%1 %2: %3 -> %4")
              .arg(r.allowedNow ? QCoreApplication::translate("GraphReport", "added")
                                : QCoreApplication::translate("GraphReport", "removed"),
                  graphPieceText(r), r.flow.from, r.flow.to);
    if (!r.note.isEmpty())
        return text + QStringLiteral(" (") + r.note + u')';
    return text + QStringLiteral(", ") + graphDecisionText(r);
}

void textEdges(QString &out, const FlowGraph &g, const QList<GraphEdge> &edges)
{
    for (const GraphEdge &e : edges) {
        out += QStringLiteral("  %1 -> %2: %3\n")
                   .arg(g.nodes[e.from].id, g.nodes[e.to].id, connectionsSummary(e.connections));
    }
}

} // namespace

QString graphPieceText(const GraphChangeReason &r)
{
    QString text = graphProtocolName(r.protocol);
    const bool ranged = r.protocol != kOtherProtocols
        && (protocolCarriesPorts(r.protocol) || protocolIcmpFamily(r.protocol) != 0);
    if (ranged) {
        text += u' '
            + (r.range.first == r.range.last
                    ? QString::number(r.range.first)
                    : QStringLiteral("%1-%2").arg(r.range.first).arg(r.range.last));
    }
    return text;
}

QString graphStepText(const TraceStep &step)
{
    // A step without a rule says what it does as the trace does: the end of a tier names the
    // tier, and the last policy that applied in it only as where it happened.
    if (step.policy.isEmpty())
        return actionPhrase(step.action);
    if (step.rule < 0 && step.action.startsWith(QStringLiteral("end-of-tier")))
        return QCoreApplication::translate("GraphReport", "the end of tier %1 (%2, after %3 %4)")
            .arg(step.tier, actionPhrase(step.action), step.kind, step.policy);
    if (step.rule < 0)
        return QCoreApplication::translate("GraphReport", "%1 %2 (%3)")
            .arg(step.kind, step.policy, actionPhrase(step.action));
    return QCoreApplication::translate("GraphReport", "%1 %2 rule %3 (%4)")
        .arg(step.kind, step.policy)
        .arg(step.rule)
        .arg(step.action);
}

QString graphDecisionText(const GraphChangeReason &r)
{
    if (!r.note.isEmpty())
        return r.note;
    const QString direction = r.direction == u"egress"
        ? QCoreApplication::translate("GraphReport", "egress")
        : r.direction == u"ingress" ? QCoreApplication::translate("GraphReport", "ingress")
                                    : r.direction;
    QString text = QCoreApplication::translate("GraphReport", "decided at %1 by %2")
                       .arg(direction, graphStepText(r.step));
    if (r.previous && !(*r.previous == r.step)) {
        text += QCoreApplication::translate("GraphReport", "; before the edit by %1")
                    .arg(graphStepText(*r.previous));
    }
    return text;
}

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
        if (!n.members.isEmpty())
            out += QStringLiteral(" [%1]").arg(n.members.join(QStringLiteral(", ")));
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
        // Only in an overview (policyctl graph --group-by): the ids of the nodes merged.
        if (!n.members.isEmpty())
            w.fieldStrings("members", n.members);
        w.endObject();
    }
    w.endArray();
    writeEdges(w, "edges", graph, graph.edges);
    if (graph.deniedComputed)
        writeEdges(w, "denied", graph, graph.denied);
    w.endObject();
    return w.take();
}

QByteArray graphDiffToJson(const GraphDiff &diff)
{
    JsonWriter w;
    w.beginObject();
    w.field("by", matrixGroupingName(diff.by));
    w.fieldStrings("nodesAdded", diff.nodesAdded);
    w.fieldStrings("nodesRemoved", diff.nodesRemoved);
    w.beginArray("changes");
    for (const GraphEdgeChange &c : diff.changes) {
        w.beginObject();
        w.field("change", graphEdgeChangeName(c.type));
        w.field("from", c.from);
        w.field("to", c.to);
        writeConnections(w, "before", c.before);
        writeConnections(w, "after", c.after);
        writeConnections(w, "added", c.added);
        writeConnections(w, "removed", c.removed);
        w.beginArray("reasons");
        for (const GraphChangeReason &r : c.reasons) {
            w.beginObject();
            w.field("change", r.allowedNow ? QStringLiteral("added") : QStringLiteral("removed"));
            w.field("protocol", graphProtocolName(r.protocol));
            if (r.protocol != kOtherProtocols
                && (protocolCarriesPorts(r.protocol) || protocolIcmpFamily(r.protocol) != 0))
                writeRanges(w, r.protocol, {r.range});
            w.field("from", r.flow.from);
            w.field("to", r.flow.to);
            if (!r.note.isEmpty()) {
                w.field("note", r.note);
            } else {
                w.field("direction", r.direction);
                w.field("tier", r.step.tier);
                w.field("policy", r.step.policy);
                w.field("kind", r.step.kind);
                w.field("rule", r.step.rule);
                w.field("action", r.step.action);
                if (r.previous) {
                    w.key("before");
                    w.beginObject();
                    w.field("tier", r.previous->tier);
                    w.field("policy", r.previous->policy);
                    w.field("kind", r.previous->kind);
                    w.field("rule", r.previous->rule);
                    w.field("action", r.previous->action);
                    w.endObject();
                }
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QString graphDiffToText(const GraphDiff &diff)
{
    QString out = QCoreApplication::translate("GraphReport",
        "Flow graph difference by %1: %n edge change(s)", nullptr, int(diff.changes.size()))
                      .arg(matrixGroupingName(diff.by));
    out += u'\n';
    for (const QString &id : diff.nodesAdded)
        out += QCoreApplication::translate("GraphReport", "  node added: %1\n").arg(id);
    for (const QString &id : diff.nodesRemoved)
        out += QCoreApplication::translate("GraphReport", "  node removed: %1\n").arg(id);
    for (const GraphEdgeChange &c : diff.changes) {
        const QString before = c.before.isEmpty()
            ? QCoreApplication::translate("GraphReport", "nothing")
            : connectionsSummary(c.before);
        const QString after = c.after.isEmpty()
            ? QCoreApplication::translate("GraphReport", "nothing")
            : connectionsSummary(c.after);
        out += QStringLiteral("  %1 %2 -> %3: %4 => %5\n")
                   .arg(graphEdgeChangeName(c.type), c.from, c.to, before, after);
        for (const GraphChangeReason &r : c.reasons)
            out += QStringLiteral("    ") + reasonText(r) + u'\n';
    }
    return out;
}

} // namespace ps
