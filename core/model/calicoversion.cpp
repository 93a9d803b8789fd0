#include "core/model/calicoversion.h"

#include <algorithm>
#include <array>

namespace ps {

namespace {

using V = CalicoVersion;
using B = CalicoBehaviour;

// Read from the release branches of projectcalico/calico (libcalico-go/lib/names/policy.go,
// libcalico-go/lib/backend/k8s/conversion, libcalico-go/lib/clientv3/client.go, the etcdv3
// backend's defaultPolicyName, the api/pkg/apis/projectcalico/v3 kinds of each release, and
// felix/rules/dscp.go with felix/dataplane/linux/dscp_mgr.go for DSCP).
constexpr CalicoVersionRow kTable[] = {
    {B::Tiers, V::V3_29, std::nullopt, "3.29 brings tiers to open-source Calico"},
    {B::TierPrefixedPolicyNames, V::V3_29, V::V3_32,
        "3.29 requires tiered policy names \"<tier>.<name>\"; 3.32 drops the rule"},
    {B::StagedKinds, V::V3_30, std::nullopt, "3.30 adds the staged policy kinds"},
    {B::AdminNetworkPolicy, V::V3_29, V::V3_32,
        "3.29 enforces AdminNetworkPolicy; 3.32 no longer does"},
    {B::BaselineAdminNetworkPolicy, V::V3_30, V::V3_32,
        "3.30 enforces BaselineAdminNetworkPolicy; 3.32 no longer does"},
    {B::ClusterNetworkPolicy, V::V3_32, std::nullopt,
        "3.32 enforces ClusterNetworkPolicy (Admin and Baseline tiers)"},
    {B::KubeAdminTierNames, V::V3_32, std::nullopt,
        "3.32 renames the admin tiers kube-admin and kube-baseline"},
    {B::LegacyKubernetesPolicyNames, V::V3_28, V::V3_32,
        "until 3.32 a converted NetworkPolicy is named knp.default.<name>"},
    {B::AdminPolicyTypesFromConvertedRules, V::V3_30, std::nullopt,
        "3.30 takes an admin policy's types from its converted rules"},
    {B::StoredDefaultTierPrefix, V::V3_28, V::V3_32,
        "until 3.32 a default-tier policy is stored as default.<name>"},
    {B::StoredPolicyNameAnnotation, V::V3_30, std::nullopt,
        "3.30 stores a policy's v3 name in the projectcalico.org/metadata annotation"},
    {B::DefaultTierLabel, V::V3_32, std::nullopt,
        "3.32 labels default-tier policies with projectcalico.org/tier too"},
    {B::EgressDscp, V::V3_31, std::nullopt,
        "3.31 sets DSCP on traffic leaving the cluster from endpoints annotated "
        "qos.projectcalico.org/dscp"},
};

constexpr std::array<std::pair<V, const char16_t *>, 5> kNames {{
    {V::V3_28, u"3.28"},
    {V::V3_29, u"3.29"},
    {V::V3_30, u"3.30"},
    {V::V3_31, u"3.31"},
    {V::V3_32, u"3.32"},
}};

} // namespace

std::span<const CalicoVersionRow> calicoVersionTable()
{
    return kTable;
}

bool calicoHas(CalicoVersion version, CalicoBehaviour behaviour)
{
    const auto row = std::find_if(std::begin(kTable), std::end(kTable),
        [behaviour](const CalicoVersionRow &r) { return r.behaviour == behaviour; });
    if (row == std::end(kTable))
        return false;
    return version >= row->since && (!row->until || version < *row->until);
}

CalicoVersion calicoSince(CalicoBehaviour behaviour)
{
    for (const CalicoVersionRow &row : kTable) {
        if (row.behaviour == behaviour)
            return row.since;
    }
    return kNewestCalicoVersion;
}

std::optional<CalicoVersion> calicoUntil(CalicoBehaviour behaviour)
{
    for (const CalicoVersionRow &row : kTable) {
        if (row.behaviour == behaviour)
            return row.until;
    }
    return std::nullopt;
}

std::optional<CalicoBehaviour> adminKindBehaviour(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::AdminNetworkPolicy:
        return CalicoBehaviour::AdminNetworkPolicy;
    case ResourceKind::BaselineAdminNetworkPolicy:
        return CalicoBehaviour::BaselineAdminNetworkPolicy;
    case ResourceKind::ClusterNetworkPolicy:
        return CalicoBehaviour::ClusterNetworkPolicy;
    default:
        return std::nullopt;
    }
}

bool calicoEnforces(CalicoVersion version, ResourceKind kind)
{
    const std::optional<CalicoBehaviour> behaviour = adminKindBehaviour(kind);
    return behaviour && calicoHas(version, *behaviour);
}

QString calicoVersionName(CalicoVersion version)
{
    for (const auto &[v, name] : kNames) {
        if (v == version)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<CalicoVersion> calicoVersionFromName(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'v'))
        t = t.mid(1);
    // "3.30.2": a patch release behaves as its minor release.
    const QList<QStringView> parts = t.split(u'.');
    if (parts.size() == 3) {
        bool number = false;
        (void)parts[2].toUInt(&number);
        if (!number)
            return std::nullopt;
        t = t.first(parts[0].size() + 1 + parts[1].size());
    }
    for (const auto &[v, name] : kNames) {
        if (t == QStringView(name))
            return v;
    }
    return std::nullopt;
}

QStringList calicoVersionNames()
{
    QStringList names;
    for (const auto &[v, name] : kNames)
        names.append(QString::fromUtf16(name));
    return names;
}

QString adminTierName(CalicoVersion version)
{
    return calicoHas(version, CalicoBehaviour::KubeAdminTierNames)
        ? QStringLiteral("kube-admin")
        : QStringLiteral("adminnetworkpolicy");
}

QString baselineTierName(CalicoVersion version)
{
    return calicoHas(version, CalicoBehaviour::KubeAdminTierNames)
        ? QStringLiteral("kube-baseline")
        : QStringLiteral("baselineadminnetworkpolicy");
}

} // namespace ps
