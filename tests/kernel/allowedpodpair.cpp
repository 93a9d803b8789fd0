#include "tests/kernel/allowedpodpair.h"

#include <QList>

#include "core/eval/flow.h"
#include "core/eval/policyengine.h"

namespace ps::kerneltest {

AllowedPodPair busiestAllowedPodPair(const PolicyEngine &engine, int port)
{
    AllowedPodPair pair;
    const Inventory &inv = engine.inventory();
    QList<int> local;
    for (qsizetype i = 0; i < inv.objects().size(); ++i) {
        const InventoryObject &o = inv.objects()[i];
        if (o.kind != ObjectKind::Pod || o.addresses.isEmpty())
            continue;
        if (pair.node.isEmpty())
            pair.node = o.node;
        if (o.node == pair.node)
            local.append(int(i));
    }
    for (const int a : std::as_const(local)) {
        for (const int b : std::as_const(local)) {
            if (a == b)
                continue;
            Flow f;
            f.from = inv.object(a).ref();
            f.to = inv.object(b).ref();
            f.port = port;
            if (engine.trace(f).verdict != Verdict::Allow)
                continue;
            const int n = int(engine.applicablePolicies(a, Direction::Egress).size()
                + engine.applicablePolicies(b, Direction::Ingress).size());
            if (n > pair.policies) {
                pair.policies = n;
                pair.client = a;
                pair.server = b;
            }
        }
    }
    return pair;
}

} // namespace ps::kerneltest
