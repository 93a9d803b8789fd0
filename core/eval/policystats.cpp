#include "core/eval/policystats.h"

#include <algorithm>
#include <vector>

#include <QHash>

namespace ps {

namespace {

void sortByCount(QList<PolicyCount> &list)
{
    std::sort(list.begin(), list.end(), [](const PolicyCount &a, const PolicyCount &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
}

bool isEndpoint(const InventoryObject &o)
{
    return o.kind == ObjectKind::Pod || o.kind == ObjectKind::HostEndpoint;
}

} // namespace

PolicyStats policyStats(const PolicyEngine &engine)
{
    PolicyStats stats;
    const QList<CompiledPolicy> &policies = engine.policies();
    const Inventory &inventory = engine.inventory();
    stats.policies = policies.size();
    for (const InventoryObject &o : inventory.objects())
        stats.endpoints += isEndpoint(o);

    // The endpoints each policy applies to, in any direction or host endpoint stage (as the
    // engine selects them: a policy of no type, or a staged Delete, applies to none).
    std::vector<qsizetype> selected(size_t(policies.size()), 0);
    std::vector<int> seen(size_t(policies.size()), -1);
    const QList<InventoryObject> &objects = inventory.objects();
    for (qsizetype id = 0; id < objects.size(); ++id) {
        if (!isEndpoint(objects[id]))
            continue;
        for (const Direction direction : {Direction::Ingress, Direction::Egress}) {
            for (const HostEndpointPipeline stage :
                {HostEndpointPipeline::Normal, HostEndpointPipeline::Untracked,
                    HostEndpointPipeline::PreDnat, HostEndpointPipeline::Forward}) {
                for (const int pi : engine.stagePolicies(int(id), direction, stage)) {
                    if (seen[size_t(pi)] != int(id)) {
                        seen[size_t(pi)] = int(id);
                        ++selected[size_t(pi)];
                    }
                }
            }
        }
    }
    for (const OrderedTier &tier : engine.tiers())
        stats.perTier.append({tier.name, 0});
    QHash<QString, qsizetype> namespaces;
    for (qsizetype pi = 0; pi < policies.size(); ++pi) {
        const CompiledPolicy &p = policies[pi];
        if (p.tierIndex >= 0 && p.tierIndex < stats.perTier.size())
            ++stats.perTier[p.tierIndex].count;
        ++namespaces[p.policy.isGlobal() ? QString() : p.policy.meta.namespace_];
        stats.endpointsSelected.append({p.displayName, selected[size_t(pi)]});
    }
    for (auto it = namespaces.cbegin(); it != namespaces.cend(); ++it)
        stats.perNamespace.append({it.key(), it.value()});
    sortByCount(stats.perNamespace);
    sortByCount(stats.endpointsSelected);
    return stats;
}

} // namespace ps
