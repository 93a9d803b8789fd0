#include "core/dataplane/felixnames.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace ps {

FelixMarks FelixMarks::allocate(quint32 mask, bool wireguard)
{
    QList<quint32> bits;
    for (int i = 0; i < 32; ++i) {
        if (mask & (quint32(1) << i))
            bits.append(quint32(1) << i);
    }
    FelixMarks m;
    qsizetype next = 0;
    const auto take = [&]() -> quint32 { return next < bits.size() ? bits[next++] : 0; };
    m.accept = take();
    m.pass = take();
    m.drop = take();
    m.scratch0 = take();
    m.scratch1 = take();
    m.wireguard = wireguard ? take() : 0;
    m.endpoint = 0;
    while (next < bits.size())
        m.endpoint |= take();
    return m;
}

QString base64UrlNoPad(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString lengthLimitedId(const QString &prefix, const QString &suffixIn, int maxLength)
{
    const QString suffix = suffixIn.isEmpty() ? u"_"_s : suffixIn;
    const qsizetype prefixLen = prefix.toUtf8().size();
    const qsizetype total = prefixLen + suffix.toUtf8().size();
    if (total > maxLength || (total == maxLength && suffix.startsWith(u'_'))) {
        const QString h
            = base64UrlNoPad(QCryptographicHash::hash(suffix.toUtf8(), QCryptographicHash::Sha256));
        return prefix + u'_' + h.left(maxLength - 1 - prefixLen);
    }
    return prefix + suffix;
}

QString policyKindShortName(const QString &kindName)
{
    if (kindName == u"NetworkPolicy")
        return u"np"_s;
    if (kindName == u"GlobalNetworkPolicy")
        return u"gnp"_s;
    if (kindName == u"KubernetesNetworkPolicy")
        return u"knp"_s;
    if (kindName == u"KubernetesClusterNetworkPolicy")
        return u"kcnp"_s;
    if (kindName == u"StagedNetworkPolicy")
        return u"snp"_s;
    if (kindName == u"StagedGlobalNetworkPolicy")
        return u"sgnp"_s;
    if (kindName == u"StagedKubernetesNetworkPolicy")
        return u"sknp"_s;
    return kindName.toLower();
}

namespace {

// The backend name a policy had before Calico 3.32 (docs/semantics.md: "Kubernetes NetworkPolicy").
QString legacyBackendName(const QString &kindName, const QString &name, const QString &tier)
{
    if (kindName == u"KubernetesNetworkPolicy" || kindName == u"StagedKubernetesNetworkPolicy")
        return name.startsWith(u"knp.default."_s) ? name : u"knp.default."_s + name;
    for (const QString &p :
        {u"knp.default."_s, u"kcnp.kube-admin."_s, u"kcnp.kube-baseline."_s, u"ossg."_s}) {
        if (name.startsWith(p))
            return name;
    }
    const QString t = tier.isEmpty() ? u"default"_s : tier;
    return name.startsWith(t + u'.') ? name : t + u'.' + name;
}

} // namespace

QString policyChainSuffix(const QString &kindName, const QString &ns, const QString &name,
    const QString &tier, FelixNaming naming)
{
    if (naming == FelixNaming::V3_29) {
        const QString t = tier.isEmpty() ? u"default"_s : tier;
        const QString backend = legacyBackendName(kindName, name, t);
        return ns.isEmpty() ? t + u'/' + backend : t + u'/' + ns + u'/' + backend;
    }
    const QString kind = policyKindShortName(kindName);
    return ns.isEmpty() ? kind + u'/' + name : kind + u'/' + ns + u'/' + name;
}

QString policyChainName(bool inbound, const QString &policySuffix, int maxLength)
{
    return lengthLimitedId(inbound ? u"cali-pi-"_s : u"cali-po-"_s, policySuffix, maxLength);
}

QString profileChainName(bool inbound, const QString &profile, int maxLength)
{
    return lengthLimitedId(inbound ? u"cali-pri-"_s : u"cali-pro-"_s, profile, maxLength);
}

QString endpointChainName(const QString &prefix, const QString &interfaceName, int maxLength)
{
    return lengthLimitedId(prefix, interfaceName, maxLength);
}

QString workloadInterfaceName(const QString &ns, const QString &pod, const QString &prefix)
{
    const QByteArray digest
        = QCryptographicHash::hash((ns + u'.' + pod).toUtf8(), QCryptographicHash::Sha1);
    return prefix + QString::fromLatin1(digest.toHex().left(11));
}

QString policyGroupChainName(
    bool inbound, const QString &canonicalSelector, const QList<PolicyGroupMember> &policies)
{
    QByteArray data;
    data += canonicalSelector.toUtf8() + '\n';
    data += inbound ? "inbound\n" : "outbound\n";
    data += QByteArray::number(policies.size()) + '\n';
    for (const PolicyGroupMember &p : policies) {
        data += "{Name: " + p.name.toUtf8() + ", Namespace: " + p.ns.toUtf8()
            + ", Kind: " + p.kind.toUtf8() + "}\n";
    }
    const QString prefix = inbound ? u"cali-gi-"_s : u"cali-go-"_s;
    const QString uid
        = base64UrlNoPad(QCryptographicHash::hash(data, QCryptographicHash::RealSha3_224));
    return prefix + uid.left(kIptablesMaxChainNameLength - prefix.size());
}

QString escapeComment(const QString &comment)
{
    // Go's regexp replaces per rune: one '_' for each character outside the allowed set.
    QString out;
    for (const char32_t c : comment.toUcs4()) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || (c < 128 && QByteArrayView("_ @%+=:,./-").contains(char(c)));
        out += ok ? QChar(c) : QChar(u'_');
    }
    if (out.size() > 256)
        out.truncate(256);
    return out;
}

QStringList chainedRuleHashes(const QString &seed, const QStringList &ruleTexts)
{
    QStringList hashes;
    hashes.reserve(ruleTexts.size());
    QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha224);
    for (const QString &text : ruleTexts) {
        QCryptographicHash next(QCryptographicHash::Sha224);
        next.addData(h);
        next.addData(text.toUtf8());
        h = next.result();
        hashes.append(base64UrlNoPad(h).left(16));
    }
    return hashes;
}

} // namespace ps
