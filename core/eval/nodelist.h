#pragma once
// The nodes of a workspace as the front ends offer them (render --node, the dataplane panel's
// node picker): Node resources and every node an endpoint is on, with the endpoints of each.

#include <QHash>
#include <QStringList>

#include "core/eval/policyengine.h"

namespace ps {

struct NodeList {
    QStringList nodes; // sorted: Node resources and every node an endpoint is on
    QStringList nodesWithEndpoints; // sorted: the nodes a pod or host endpoint is on
    QHash<QString, QStringList> endpointsOfNode; // node -> sorted endpoint REFs
    QHash<QString, QString> nodeOfEndpoint; // endpoint REF -> node
    QStringList endpoints; // sorted: every endpoint REF, on a node or not

    static NodeList of(const PolicyEngine &engine);
};

} // namespace ps
