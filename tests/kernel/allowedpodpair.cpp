#include "tests/kernel/allowedpodpair.h"

#include <algorithm>
#include <vector>

#include "core/eval/flow.h"
#include "core/eval/policyengine.h"

namespace ps::kerneltest {

namespace {

QString firstNode(const Inventory &inv)
{
    for (const InventoryObject &o : inv.objects()) {
        if (o.kind == ObjectKind::Pod && !o.addresses.isEmpty())
            return o.node;
    }
    return {};
}

} // namespace

QList<AllowedPodPair> allowedPodPairs(const PolicyEngine &engine, int port)
{
    QList<AllowedPodPair> pairs;
    const Inventory &inv = engine.inventory();
    const QString node = firstNode(inv);
    QList<int> local;
    for (qsizetype i = 0; i < inv.objects().size(); ++i) {
        const InventoryObject &o = inv.objects()[i];
        if (o.kind == ObjectKind::Pod && !o.addresses.isEmpty() && o.node == node)
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
            pairs.append({node, a, b,
                int(engine.applicablePolicies(a, Direction::Egress).size()
                    + engine.applicablePolicies(b, Direction::Ingress).size())});
        }
    }
    return pairs;
}

AllowedPodPair busiestOf(const QList<AllowedPodPair> &pairs)
{
    AllowedPodPair best;
    for (const AllowedPodPair &p : pairs) {
        if (p.policies > best.policies)
            best = p;
    }
    return best;
}

AllowedPodPair typicalOf(const QList<AllowedPodPair> &pairs)
{
    if (pairs.isEmpty())
        return {};
    std::vector<int> counts;
    counts.reserve(size_t(pairs.size()));
    for (const AllowedPodPair &p : pairs)
        counts.push_back(p.policies);
    std::sort(counts.begin(), counts.end());
    const int median = counts[(counts.size() - 1) / 2];
    for (const AllowedPodPair &p : pairs) {
        if (p.policies == median)
            return p;
    }
    return {};
}

AllowedPodPair busiestAllowedPodPair(const PolicyEngine &engine, int port)
{
    AllowedPodPair best = busiestOf(allowedPodPairs(engine, port));
    if (!best.found())
        best.node = firstNode(engine.inventory());
    return best;
}

} // namespace ps::kerneltest
