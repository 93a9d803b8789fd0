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

#include "core/model/calicoversion.h"

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

/// The tiers `version` creates, in evaluation order: from 3.32 kube-admin (1000, Pass), default
/// (1000000, Deny), kube-baseline (10000000, Pass); 3.30 and 3.31 name the admin tiers
/// adminnetworkpolicy and baselineadminnetworkpolicy; 3.29 has no baseline tier; 3.28 only
/// the default tier.
std::span<const BuiltInTier> builtInTiers(CalicoVersion version = kNewestCalicoVersion);
/// The built-in tier of that name in `version`; nullptr for any other name.
const BuiltInTier *builtInTier(QStringView name, CalicoVersion version = kNewestCalicoVersion);
/// The names, sorted ("default, kube-admin, kube-baseline" in messages).
QStringList builtInTierNames(CalicoVersion version = kNewestCalicoVersion);

/// "default": the tier of a policy that names none.
const QString &defaultTierName();
/// The tier a policy's spec.tier means: the written name, or "default" when it is empty.
const QString &effectiveTier(const QString &written);
/// A Tier's spec.defaultAction as Calico reads it: the written value, or Deny (the CRD's
/// default) when it is empty.
const QString &effectiveTierDefaultAction(const QString &written);

} // namespace ps
