#pragma once
// A flow graph as Graphviz DOT: `policyctl graph -o dot`, and what Graphviz lays out, so what is
// exported and what is drawn are the same graph. Nodes
// are named by their ids and labelled with their names; a shape per kind; allowed edges are
// labelled with their connections (connectionsSummary()), denied ones are red and dashed.

#include <QString>

#include "core/graph/flowgraph.h"

namespace ps {

QString graphToDot(const FlowGraph &graph);

/// `text` as a DOT string: quoted, with quotes, backslashes and line breaks escaped.
QString dotQuoted(QString text);

} // namespace ps
