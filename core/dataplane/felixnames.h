#pragma once
// Felix-compatible names and hashes (docs/rendering.md: "Marks", "Names and hashes"): mark bits,
// chain-name shortening (libcalico-go hash.GetLengthLimitedID), policy / profile / endpoint /
// policy-group chain names, the workload interface name Calico's CNI plugin gives a pod, and the
// chained SHA-224 `cali:` rule hashes. Pure functions of their inputs; no state, no errors (every
// input has a name).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ps {

/// Which Felix release's naming to mimic. Current: v3.32+ (policy chain suffix = PolicyID.ID(),
/// "<kindShort>/<ns>/<name>"). V3_29: v3.29–v3.31 ("<tier>/<ns>/<backend name>", with the
/// backend names of that era: "default.<name>", "knp.default.<name>").
enum class FelixNaming { Current, V3_29 };

inline constexpr int kIptablesMaxChainNameLength = 28;
inline constexpr int kNftablesMaxNameLength = 256;

/// Mark bits allocated from the mark mask, lowest bit first: accept, pass, drop, scratch0,
/// scratch1, (wireguard), then the rest is the endpoint-mark block (docs/rendering.md: "Marks").
struct FelixMarks {
    quint32 accept = 0x10000;
    quint32 pass = 0x20000;
    quint32 drop = 0x40000;
    quint32 scratch0 = 0x80000;
    quint32 scratch1 = 0x100000;
    quint32 wireguard = 0;
    quint32 endpoint = 0xffe00000;

    static FelixMarks allocate(quint32 mask = 0xffff0000, bool wireguard = false);
    /// accept | pass | scratch0 | scratch1 (drop is not included, as in Felix).
    quint32 allCalicoMarkBits() const { return accept | pass | scratch0 | scratch1; }
};

/// Go's base64.RawURLEncoding.
QString base64UrlNoPad(const QByteArray &bytes);

/// hash.GetLengthLimitedID(prefix, suffix, maxLength) (docs/rendering.md: "Names and hashes");
/// lengths in UTF-8 bytes.
QString lengthLimitedId(const QString &prefix, const QString &suffix, int maxLength);

/// NetworkPolicy → np, GlobalNetworkPolicy → gnp, KubernetesNetworkPolicy → knp, ...
/// (docs/rendering.md: "Names and hashes").
QString policyKindShortName(const QString &kindName);

/// The suffix Felix hashes into a policy chain name (docs/rendering.md: "Names and hashes"). `tier`
/// only matters for V3_29.
QString policyChainSuffix(const QString &kindName, const QString &ns, const QString &name,
    const QString &tier, FelixNaming naming = FelixNaming::Current);

/// "cali-pi-" / "cali-po-" + suffix, shortened to maxLength.
QString policyChainName(
    bool inbound, const QString &policySuffix, int maxLength = kIptablesMaxChainNameLength);
/// "cali-pri-" / "cali-pro-" + profile name, shortened to maxLength.
QString profileChainName(
    bool inbound, const QString &profile, int maxLength = kIptablesMaxChainNameLength);
/// prefix ("cali-tw-", "cali-fw-", "cali-th-", ...) + interface name, shortened.
QString endpointChainName(const QString &prefix, const QString &interfaceName,
    int maxLength = kIptablesMaxChainNameLength);

/// The host-side veth name Calico's CNI plugin gives a Kubernetes pod: prefix + the first 11
/// hex characters of SHA-1("<namespace>.<pod>").
QString workloadInterfaceName(
    const QString &ns, const QString &pod, const QString &prefix = QStringLiteral("cali"));

struct PolicyGroupMember {
    QString name;
    QString ns;
    QString kind; // NetworkPolicy, GlobalNetworkPolicy, ...
};
/// "cali-gi-" / "cali-go-" + base64url(SHA3-224(data))[:20] (docs/rendering.md: "Names and
/// hashes"); the data is the group's canonical selector, "inbound"/"outbound", the count, then one
/// "{Name: n, Namespace: ns, Kind: K}" line per policy, each line ending in "\n".
QString policyGroupChainName(
    bool inbound, const QString &canonicalSelector, const QList<PolicyGroupMember> &policies);

/// Felix's comment escaping: every character outside [A-Za-z0-9_ @%+=:,./-] becomes '_';
/// truncated to 256 bytes.
QString escapeComment(const QString &comment);

/// generictables.RuleHashes: chained SHA-224 seeded with the chain name, each rule's text
/// ("-A <chain> HASH ..." for iptables) fed in turn; the first 16 base64url characters.
QStringList chainedRuleHashes(const QString &seed, const QStringList &ruleTexts);

} // namespace ps
