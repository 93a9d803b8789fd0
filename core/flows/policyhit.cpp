#include "core/flows/policyhit.h"

#include <array>

#include <QCoreApplication>

namespace ps {

namespace {

struct HitWords {
    Q_DECLARE_TR_FUNCTIONS(FlowLog)
};

const QString kProfileTier = QStringLiteral("__PROFILE__");

struct ShortKind {
    const char16_t *shortName;
    HitKind kind;
};

// The short kinds of the modern grammar (Felix's policy ID kinds), and the two Enterprise's
// reader also knows.
constexpr std::array kShortKinds {
    ShortKind {u"gnp", HitKind::GlobalNetworkPolicy},
    ShortKind {u"np", HitKind::CalicoNetworkPolicy},
    ShortKind {u"snp", HitKind::StagedNetworkPolicy},
    ShortKind {u"sgnp", HitKind::StagedGlobalNetworkPolicy},
    ShortKind {u"sknp", HitKind::StagedKubernetesNetworkPolicy},
    ShortKind {u"knp", HitKind::KubernetesNetworkPolicy},
    ShortKind {u"kcnp", HitKind::ClusterNetworkPolicy},
    ShortKind {u"pro", HitKind::Profile},
    ShortKind {u"kanp", HitKind::AdminNetworkPolicy},
    ShortKind {u"kbanp", HitKind::BaselineAdminNetworkPolicy},
    ShortKind {u"eot", HitKind::Unknown},
};

std::optional<HitKind> shortKind(QStringView text)
{
    for (const ShortKind &k : kShortKinds) {
        if (text == QStringView(k.shortName))
            return k.kind;
    }
    return std::nullopt;
}

bool removePrefix(QStringView &text, QStringView prefix)
{
    if (!text.startsWith(prefix))
        return false;
    text = text.mid(prefix.size());
    return true;
}

// The legacy name part: "[ns/]<tier>.[staged:]name", "ns/knp.default.name",
// "ns/staged:knp.default.name", "__PROFILE__.kns.ns", and the admin network policies of
// Calico 3.30-3.31 in both of the forms they may take.
void parseLegacyName(QStringView part, QStringView tier, PolicyHit &hit)
{
    QStringView rest = part;
    if (const qsizetype slash = part.indexOf(u'/'); slash >= 0) {
        hit.namespace_ = part.left(slash).toString();
        rest = part.mid(slash + 1);
    }
    // "staged:" may come before or after the tier prefix: remove it wherever it is.
    QString owned = rest.toString();
    const qsizetype stagedAt = owned.indexOf(QLatin1StringView("staged:"));
    const bool staged = stagedAt >= 0;
    if (staged)
        owned.remove(stagedAt, 7);
    QStringView name = owned;
    if (removePrefix(name, u"knp.default.")) {
        hit.kind
            = staged ? HitKind::StagedKubernetesNetworkPolicy : HitKind::KubernetesNetworkPolicy;
    } else if (removePrefix(name, u"__PROFILE__.")) {
        hit.kind = HitKind::Profile;
        hit.namespace_.clear();
    } else {
        if (!tier.isEmpty() && name.startsWith(tier) && name.size() > tier.size()
            && name.at(tier.size()) == u'.')
            name = name.mid(tier.size() + 1);
        if (removePrefix(name, u"kanp.adminnetworkpolicy."))
            hit.kind = HitKind::AdminNetworkPolicy;
        else if (removePrefix(name, u"kbanp.baselineadminnetworkpolicy."))
            hit.kind = HitKind::BaselineAdminNetworkPolicy;
        else if (!hit.namespace_.isEmpty())
            hit.kind = staged ? HitKind::StagedNetworkPolicy : HitKind::CalicoNetworkPolicy;
        else
            hit.kind = staged ? HitKind::StagedGlobalNetworkPolicy : HitKind::GlobalNetworkPolicy;
    }
    hit.name = name.toString();
}

} // namespace

std::optional<FlowAction> flowActionFromName(QStringView name)
{
    if (name.compare(u"allow", Qt::CaseInsensitive) == 0)
        return FlowAction::Allow;
    if (name.compare(u"deny", Qt::CaseInsensitive) == 0)
        return FlowAction::Deny;
    if (name.compare(u"pass", Qt::CaseInsensitive) == 0)
        return FlowAction::Pass;
    if (name == u"ActionUnspecified")
        return FlowAction::Unknown;
    return std::nullopt;
}

std::optional<FlowAction> flowActionFromNumber(qint64 number)
{
    switch (number) {
    case 0:
        return FlowAction::Unknown;
    case 1:
        return FlowAction::Allow;
    case 2:
        return FlowAction::Deny;
    case 3:
        return FlowAction::Pass;
    default:
        return std::nullopt;
    }
}

std::optional<HitKind> hitKindFromNumber(qint64 number, bool *endOfTier)
{
    *endOfTier = false;
    switch (number) {
    case 0:
        return HitKind::Unknown;
    case 1:
        return HitKind::CalicoNetworkPolicy;
    case 2:
        return HitKind::GlobalNetworkPolicy;
    case 3:
        return HitKind::StagedNetworkPolicy;
    case 4:
        return HitKind::StagedGlobalNetworkPolicy;
    case 5:
        return HitKind::StagedKubernetesNetworkPolicy;
    case 6:
        return HitKind::KubernetesNetworkPolicy;
    case 7:
        return HitKind::AdminNetworkPolicy;
    case 8:
        return HitKind::BaselineAdminNetworkPolicy;
    case 9:
        return HitKind::Profile;
    case 10:
        *endOfTier = true;
        return HitKind::Unknown;
    case 11:
        return HitKind::ClusterNetworkPolicy;
    default:
        return std::nullopt;
    }
}

std::optional<HitKind> hitKindFromName(QStringView name, bool *endOfTier)
{
    static const std::array<const char16_t *, 12> kNames {u"KindUnspecified",
        u"CalicoNetworkPolicy", u"GlobalNetworkPolicy", u"StagedNetworkPolicy",
        u"StagedGlobalNetworkPolicy", u"StagedKubernetesNetworkPolicy", u"NetworkPolicy",
        u"AdminNetworkPolicy", u"BaselineAdminNetworkPolicy", u"Profile", u"EndOfTier",
        u"ClusterNetworkPolicy"};
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QStringView(kNames[i]))
            return hitKindFromNumber(qint64(i), endOfTier);
    }
    *endOfTier = false;
    return std::nullopt;
}

Result<PolicyHit> parsePolicyHitString(QStringView text)
{
    const QList<QStringView> f = text.split(u'|');
    if (f.size() != 4 && f.size() != 5) {
        return Error {HitWords::tr("a policy hit has 5 fields separated by '|' "
                                   "(index|tier|name|action|rule), got %1")
                          .arg(f.size())};
    }
    PolicyHit hit;
    bool ok = false;
    hit.index = f[0].toInt(&ok);
    if (!ok || hit.index < 0) {
        return Error {HitWords::tr("the policy index '%1' is not a whole number of at least 0")
                          .arg(f[0].toString())};
    }
    const QStringView tier = f[1];
    const QStringView part = f[2];
    if (tier.isEmpty() || part.isEmpty())
        return Error {HitWords::tr("the tier and the policy name must not be empty")};
    const std::optional<FlowAction> action = flowActionFromName(f[3]);
    if (!action || *action == FlowAction::Unknown) {
        return Error {
            HitWords::tr("the action '%1' is not allow, deny or pass").arg(f[3].toString())};
    }
    hit.action = *action;
    if (f.size() == 5 && f[4] != u"-") {
        const int rule = f[4].toInt(&ok);
        if (!ok || rule < -2) {
            return Error {
                HitWords::tr("the rule index '%1' is not a whole number of at least -2 or '-'")
                    .arg(f[4].toString())};
        }
        if (rule == -1)
            hit.endOfTier = true;
        else if (rule >= 0)
            hit.rule = rule;
    }
    const bool profile = tier == kProfileTier;
    hit.tier = profile ? QString() : tier.toString();
    // Modern iff the text before the first ':' is a known short kind ("staged:" of the legacy
    // grammar is not one).
    const qsizetype colon = part.indexOf(u':');
    const std::optional<HitKind> kind
        = colon > 0 ? shortKind(part.left(colon)) : std::optional<HitKind> {};
    if (kind) {
        hit.kind = *kind;
        if (part.left(colon) == u"eot")
            hit.endOfTier = true;
        const QStringView rest = part.mid(colon + 1);
        if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
            hit.namespace_ = rest.left(slash).toString();
            hit.name = rest.mid(slash + 1).toString();
        } else {
            hit.name = rest.toString();
        }
    } else {
        parseLegacyName(part, tier, hit);
    }
    if (profile)
        hit.kind = HitKind::Profile;
    if (hit.name.isEmpty() && !hit.endOfTier)
        return Error {HitWords::tr("the policy name in '%1' is empty").arg(part.toString())};
    return hit;
}

} // namespace ps
