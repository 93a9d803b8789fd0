#include "core/eval/policyorder.h"

#include <algorithm>
#include <vector>

#include <QHash>

#include "core/model/builtintier.h"

namespace ps {

namespace {

QString tieBreakKey(const CalicoPolicy &p)
{
    return p.meta.name + u'/' + p.meta.namespace_ + u'/' + kindDisplayName(p.kind);
}

// Orders ascending with "no order" last; nullopt compares equal to nullopt.
int compareOrder(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a && b)
        return *a < *b ? -1 : (*b < *a ? 1 : 0);
    if (a)
        return -1;
    if (b)
        return 1;
    return 0;
}

int compareBytes(const QString &a, const QString &b)
{
    // Go compares strings byte-wise (UTF-8); UTF-16 code unit order agrees except for
    // surrogates, which names cannot contain.
    return a.compare(b, Qt::CaseSensitive);
}

} // namespace

bool policyEvaluatedBefore(const CalicoPolicy &a, const CalicoPolicy &b)
{
    const int byOrder = compareOrder(a.order, b.order);
    if (byOrder != 0)
        return byOrder < 0;
    return compareBytes(tieBreakKey(a), tieBreakKey(b)) < 0;
}

QList<OrderedTier> orderPolicies(
    const Workspace &workspace, const QList<CalicoPolicy> &policies, bool includeEmptyTiers)
{
    QList<OrderedTier> tiers;
    QHash<QString, qsizetype> byName;
    auto addTier = [&](const OrderedTier &t) {
        if (byName.contains(t.name))
            return;
        byName.insert(t.name, tiers.size());
        tiers.append(t);
    };
    // Built-in tiers first: their order and default action are fixed whatever a Tier
    // object says (Calico enforces that with CEL rules).
    for (const BuiltInTier &b : builtInTiers(workspace->calicoVersion))
        addTier({b.nameText(), b.order, b.defaultActionText(), true, {}});
    for (const Tier &t : workspace->tiers) {
        addTier({t.meta.name, t.order,
            t.defaultAction == u"Pass" ? QStringLiteral("Pass") : QStringLiteral("Deny"), true,
            {}});
    }
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const QString &tier = effectiveTier(policies[i].tier);
        if (!byName.contains(tier))
            addTier({tier, std::nullopt, QString(), false, {}});
        tiers[byName.value(tier)].policies.append(i);
    }
    // policyEvaluatedBefore with each policy's tie-break key built once, not per comparison.
    std::vector<QString> keys;
    keys.reserve(size_t(policies.size()));
    for (const CalicoPolicy &p : policies)
        keys.push_back(tieBreakKey(p));
    for (OrderedTier &t : tiers) {
        std::stable_sort(t.policies.begin(), t.policies.end(), [&](qsizetype a, qsizetype b) {
            const int byOrder = compareOrder(policies[a].order, policies[b].order);
            if (byOrder != 0)
                return byOrder < 0;
            return compareBytes(keys[size_t(a)], keys[size_t(b)]) < 0;
        });
    }
    std::stable_sort(tiers.begin(), tiers.end(), [](const OrderedTier &a, const OrderedTier &b) {
        if (a.defined != b.defined)
            return a.defined;
        const int byOrder = compareOrder(a.order, b.order);
        if (byOrder != 0)
            return byOrder < 0;
        return compareBytes(a.name, b.name) < 0;
    });
    if (!includeEmptyTiers) {
        tiers.erase(std::remove_if(tiers.begin(), tiers.end(),
                        [](const OrderedTier &t) { return t.policies.isEmpty(); }),
            tiers.end());
    }
    return tiers;
}

} // namespace ps
