#pragma once
// The tiers Calico always has, with the order and default action its Tier CRD pins them to
// (api/pkg/apis/projectcalico/v3/tier.go: KubeAdminTierOrder, DefaultTierOrder,
// KubeBaselineTierOrder and the CEL rules on Tier), and the defaults a policy or Tier gets when
// a field is left out. Loading, validation, ordering, the editors and the generator all ask
// here.

#include <span>
#include <string_view>

#include <QString>
#include <QStringList>

namespace ps {

struct BuiltInTier {
    std::u16string_view name;
    double order;
    std::u16string_view defaultAction; // Deny or Pass

    QString nameText() const { return QStringView(name.data(), qsizetype(name.size())).toString(); }
    QString defaultActionText() const
    {
        return QStringView(defaultAction.data(), qsizetype(defaultAction.size())).toString();
    }
};

/// kube-admin (1000, Pass), default (1000000, Deny), kube-baseline (10000000, Pass), in
/// evaluation order.
std::span<const BuiltInTier> builtInTiers();
/// The built-in tier of that name; nullptr for any other name.
const BuiltInTier *builtInTier(QStringView name);
/// The names, sorted ("default, kube-admin, kube-baseline" in messages).
QStringList builtInTierNames();

/// "default": the tier of a policy that names none.
const QString &defaultTierName();
/// The tier a policy's spec.tier means: the written name, or "default" when it is empty.
const QString &effectiveTier(const QString &written);
/// A Tier's spec.defaultAction as Calico reads it: the written value, or Deny (the CRD's
/// default) when it is empty.
const QString &effectiveTierDefaultAction(const QString &written);

} // namespace ps
