#pragma once
// Observed traffic on a flow graph: each connection a flow log observed (its two ends as the
// engine traces them, and the engine's verdict for it) placed on the graph's nodes — the group
// holding the endpoint as the graph groups them (namespace, service account, workload or pod;
// a host endpoint is its own node), or for an address the outside node whose range holds it
// most closely. What the studio's graph draws over the edges: observed and allowed, allowed but
// never observed, observed and denied. A connection whose end is on no node of the graph (the
// graph was cut to a filter, an address of a family the graph has no node for) is listed, not
// dropped silently.

#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/policyengine.h"
#include "core/graph/flowgraph.h"

namespace ps {

/// One observed connection: its ends as the engine traces them (REFs or addresses).
struct ObservedFlow {
    QString from;
    QString to;
    bool allowed = false; // the engine's verdict for it
};

/// The observed connections between two nodes.
struct ObservedEdge {
    int from = 0; // indexes into FlowGraph::nodes
    int to = 0;
    qint64 allowed = 0; // observed connections the engine allows
    qint64 denied = 0; // and denies
};

struct GraphObservation {
    QList<ObservedEdge> edges; // ordered by (from, to)
    QStringList unplaced; // "from -> to: why" for connections with an end on no node
    /// The observed pair from -> to, nullptr when nothing was observed between them.
    const ObservedEdge *edge(int from, int to) const;
};

/// The node of `graph` holding `ref` (an endpoint REF, "hep:name", or an address); -1 when none.
int graphNodeOf(const PolicyEngine &engine, const FlowGraph &graph, const QString &ref);

/// Every flow placed on `graph` (computed from `engine`).
GraphObservation observeOnGraph(
    const PolicyEngine &engine, const FlowGraph &graph, const QList<ObservedFlow> &flows);

} // namespace ps
