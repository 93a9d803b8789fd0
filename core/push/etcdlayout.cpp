#include "core/push/etcdlayout.h"

#include <array>

#include "core/model/builtintier.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

// The plurals of libcalico-go's model/resource.go, in the order a push writes them: tiers before
// the policies in them, sets and endpoints after.
constexpr std::array<std::pair<ResourceKind, const char16_t *>, 10> kPlurals {{
    {ResourceKind::Tier, u"tiers"},
    {ResourceKind::GlobalNetworkPolicy, u"globalnetworkpolicies"},
    {ResourceKind::NetworkPolicy, u"networkpolicies"},
    {ResourceKind::StagedGlobalNetworkPolicy, u"stagedglobalnetworkpolicies"},
    {ResourceKind::StagedNetworkPolicy, u"stagednetworkpolicies"},
    {ResourceKind::StagedKubernetesNetworkPolicy, u"stagedkubernetesnetworkpolicies"},
    {ResourceKind::Profile, u"profiles"},
    {ResourceKind::GlobalNetworkSet, u"globalnetworksets"},
    {ResourceKind::NetworkSet, u"networksets"},
    {ResourceKind::HostEndpoint, u"hostendpoints"},
}};

bool isStaged(ResourceKind kind)
{
    return kind == ResourceKind::StagedGlobalNetworkPolicy
        || kind == ResourceKind::StagedNetworkPolicy
        || kind == ResourceKind::StagedKubernetesNetworkPolicy;
}

} // namespace

QByteArray etcdResourceRoot()
{
    return QByteArrayLiteral("/calico/resources/v3/projectcalico.org/");
}

QList<ResourceKind> etcdStoredKinds(CalicoVersion version)
{
    QList<ResourceKind> out;
    for (const auto &[kind, plural] : kPlurals) {
        if (kind == ResourceKind::Tier && !calicoHas(version, CalicoBehaviour::Tiers))
            continue;
        if (isStaged(kind) && !calicoHas(version, CalicoBehaviour::StagedKinds))
            continue;
        out.append(kind);
    }
    return out;
}

QString etcdPlural(ResourceKind kind)
{
    for (const auto &[k, plural] : kPlurals) {
        if (k == kind)
            return QString::fromUtf16(plural);
    }
    return {};
}

QByteArray etcdKindPrefix(ResourceKind kind)
{
    return etcdResourceRoot() + etcdPlural(kind).toUtf8() + '/';
}

QByteArray etcdKey(ResourceKind kind, const QString &namespace_, const QString &storedName)
{
    QByteArray key = etcdKindPrefix(kind);
    if (kindIsNamespaced(kind))
        key += namespace_.toUtf8() + '/';
    return key + storedName.toUtf8();
}

std::optional<EtcdKeyParts> etcdKeyParts(const QByteArray &key)
{
    if (!key.startsWith(etcdResourceRoot()))
        return std::nullopt;
    const QList<QByteArray> parts = key.mid(etcdResourceRoot().size()).split('/');
    for (const auto &[kind, plural] : kPlurals) {
        if (parts.value(0) != QString::fromUtf16(plural).toUtf8())
            continue;
        const qsizetype expected = kindIsNamespaced(kind) ? 3 : 2;
        if (parts.size() != expected || parts.back().isEmpty())
            return std::nullopt;
        EtcdKeyParts out;
        out.kind = kind;
        if (expected == 3)
            out.namespace_ = QString::fromUtf8(parts[1]);
        out.storedName = QString::fromUtf8(parts.back());
        return out;
    }
    return std::nullopt;
}

bool etcdIsTieredPolicyKind(ResourceKind kind)
{
    return kind == ResourceKind::GlobalNetworkPolicy || kind == ResourceKind::NetworkPolicy
        || kind == ResourceKind::StagedGlobalNetworkPolicy
        || kind == ResourceKind::StagedNetworkPolicy;
}

QString etcdStoredPolicyName(const QString &name, CalicoVersion version)
{
    if (!calicoHas(version, CalicoBehaviour::StoredDefaultTierPrefix))
        return name;
    // 3.28's clientv3 prefixed every name but those of converted Kubernetes and OpenStack
    // policies; from 3.29 names that already hold a dot ("<tier>.<name>") are kept.
    const bool keep = calicoHas(version, CalicoBehaviour::Tiers)
        ? name.contains(u'.')
        : name.startsWith(u"knp."_s) || name.startsWith(u"ossg."_s);
    return keep ? name : defaultTierName() + u'.' + name;
}

QString etcdPolicyNameOnRead(
    const QString &storedName, const QString &tier, const QString &metadataName)
{
    if (!metadataName.isEmpty())
        return metadataName;
    const QString prefix = defaultTierName() + u'.';
    if ((tier.isEmpty() || tier == defaultTierName()) && storedName.startsWith(prefix))
        return storedName.mid(prefix.size());
    return storedName;
}

bool etcdLabelsTier(CalicoVersion version, const QString &tier)
{
    if (!calicoHas(version, CalicoBehaviour::Tiers))
        return false;
    return calicoHas(version, CalicoBehaviour::DefaultTierLabel) || tier != defaultTierName();
}

bool etcdKeepsPolicyNameAnnotation(CalicoVersion version)
{
    return calicoHas(version, CalicoBehaviour::StoredPolicyNameAnnotation);
}

} // namespace ps
