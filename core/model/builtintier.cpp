#include "core/model/builtintier.h"

#include <algorithm>

namespace ps {

namespace {

// As each release's client creates them (libcalico-go/lib/clientv3/client.go) with the orders
// of api/pkg/apis/projectcalico/v3/tier.go.
constexpr BuiltInTier kBuiltInTiers[] = {
    {u"kube-admin", 1000.0, u"Pass"},
    {u"default", 1000000.0, u"Deny"},
    {u"kube-baseline", 10000000.0, u"Pass"},
};
constexpr BuiltInTier kAdminNetworkPolicyTiers[] = {
    {u"adminnetworkpolicy", 1000.0, u"Pass"},
    {u"default", 1000000.0, u"Deny"},
    {u"baselineadminnetworkpolicy", 10000000.0, u"Pass"},
};

} // namespace

std::span<const BuiltInTier> builtInTiers(CalicoVersion version)
{
    if (calicoHas(version, CalicoBehaviour::KubeAdminTierNames))
        return kBuiltInTiers;
    const std::span<const BuiltInTier> all = kAdminNetworkPolicyTiers;
    if (calicoHas(version, CalicoBehaviour::BaselineAdminNetworkPolicy))
        return all;
    if (calicoHas(version, CalicoBehaviour::AdminNetworkPolicy))
        return all.first(2);
    return all.subspan(1, 1);
}

const BuiltInTier *builtInTier(QStringView name, CalicoVersion version)
{
    const std::span<const BuiltInTier> tiers = builtInTiers(version);
    const auto it = std::find_if(tiers.begin(), tiers.end(), [name](const BuiltInTier &t) {
        return name == QStringView(t.name.data(), qsizetype(t.name.size()));
    });
    return it == tiers.end() ? nullptr : &*it;
}

QStringList builtInTierNames(CalicoVersion version)
{
    QStringList names;
    for (const BuiltInTier &t : builtInTiers(version))
        names.append(t.nameText());
    names.sort();
    return names;
}

const QString &defaultTierName()
{
    static const QString name = builtInTier(u"default")->nameText();
    return name;
}

const QString &effectiveTier(const QString &written)
{
    return written.isEmpty() ? defaultTierName() : written;
}

const QString &effectiveTierDefaultAction(const QString &written)
{
    static const QString deny = QStringLiteral("Deny");
    return written.isEmpty() ? deny : written;
}

} // namespace ps
