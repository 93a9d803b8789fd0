#include "core/eval/nodelist.h"

#include <QSet>

namespace ps {

NodeList NodeList::of(const PolicyEngine &engine)
{
    NodeList list;
    QSet<QString> all;
    QSet<QString> used;
    for (const Node &node : engine.workspace()->nodes)
        all.insert(node.meta.name);
    for (const InventoryObject &object : engine.inventory().objects()) {
        if (!object.isEndpoint())
            continue;
        const QString ref = object.ref();
        list.endpoints.append(ref);
        if (object.node.isEmpty())
            continue;
        all.insert(object.node);
        used.insert(object.node);
        list.nodeOfEndpoint.insert(ref, object.node);
        list.endpointsOfNode[object.node].append(ref);
    }
    list.nodes = QStringList(all.cbegin(), all.cend());
    list.nodes.sort();
    list.nodesWithEndpoints = QStringList(used.cbegin(), used.cend());
    list.nodesWithEndpoints.sort();
    list.endpoints.sort();
    for (QStringList &refs : list.endpointsOfNode)
        refs.sort();
    return list;
}

} // namespace ps
