#include "core/model/builtintier.h"

#include <algorithm>

namespace ps {

namespace {

constexpr BuiltInTier kBuiltInTiers[] = {
    {u"kube-admin", 1000.0, u"Pass"},
    {u"default", 1000000.0, u"Deny"},
    {u"kube-baseline", 10000000.0, u"Pass"},
};

} // namespace

std::span<const BuiltInTier> builtInTiers()
{
    return kBuiltInTiers;
}

const BuiltInTier *builtInTier(QStringView name)
{
    const auto it = std::find_if(
        std::begin(kBuiltInTiers), std::end(kBuiltInTiers), [name](const BuiltInTier &t) {
            return name == QStringView(t.name.data(), qsizetype(t.name.size()));
        });
    return it == std::end(kBuiltInTiers) ? nullptr : it;
}

QStringList builtInTierNames()
{
    QStringList names;
    for (const BuiltInTier &t : kBuiltInTiers)
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
