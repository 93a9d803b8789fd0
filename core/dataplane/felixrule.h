#pragma once
// FelixRule / FelixChain: the abstract rules Felix's rule renderer builds (generictables.Rule:
// match criteria, one action, comments), kept structured so that the same rule can be written
// as Felix writes it to iptables-restore, as iptables-save prints it, as an nft rule, and walked
// by the Simulator. Each rule carries its RuleOrigin: the policy / profile rule that caused it
// or the purpose of a fixed chain. Plain values.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "core/model/resourceid.h"

namespace ps {

struct MatchCriterion {
    enum class Kind {
        Protocol, // text: "tcp" / "17"; number: IANA number
        SourceNet, // text: CIDR, or an address (iptables-save shows it as a /32 or /128)
        DestNet,
        SourceSet, // text: ipset name; flags: "src", "src,src"
        DestSet, //                         "dst", "dst,dst"
        SourcePorts, // ports (multiport)
        DestPorts,
        Icmp, // number: type, code (-1 = any)
        Icmp6,
        MarkClear, // mark: mask; matches when (packet mark & mask) == 0
        MarkSingleBitSet, // mark: bit
        MarkNotClear, // mark: mask; matches when (packet mark & mask) != 0
        InInterface, // text; "cali+" is a prefix wildcard
        OutInterface,
        ConntrackState, // text: "RELATED,ESTABLISHED", "INVALID", "DNAT"
        DestAddrTypeLocal, // -m addrtype --dst-type LOCAL
        SrcAddrTypeLocal, // -m addrtype --src-type LOCAL; flags "limit-iface-out": only the
                          // addresses of the outgoing interface count (--limit-iface-out)
        DestPort, // number: one port, "--dport N" after -p (text: the protocol name)
        RpFilterFailed, // -m rpfilter --invert --validmark (reverse-path check fails)
    };
    Kind kind = Kind::Protocol;
    bool negated = false;
    QString text;
    QString flags;
    int number = 0;
    int code = -1;
    quint32 mark = 0;
    QList<QPair<int, int>> ports;

    friend bool operator==(const MatchCriterion &, const MatchCriterion &) = default;
};

struct FelixAction {
    enum class Kind {
        None,
        Accept,
        Drop,
        Reject,
        Return,
        Jump,
        Goto,
        SetMark,
        ClearMark,
        SetMaskedMark,
        Log,
        NoTrack, // raw table: leave the packet untracked by conntrack
        Masquerade, // nat table: source NAT to the outgoing interface's address
        Dscp // mangle table: set the DSCP field to `dscp` (iptables DSCP target)
    };
    Kind kind = Kind::None;
    QString target; // Jump / Goto
    quint32 mark = 0; // SetMark: bit; ClearMark: mask; SetMaskedMark: value
    quint32 mask = 0; // SetMaskedMark
    QString logPrefix; // Log
    QString toPorts; // Masquerade: "--to-ports" range ("" for any port)
    bool randomFully = false; // Masquerade: --random-fully (Felix's MASQFullyRandom feature)
    int dscp = 0; // Dscp: 0-63

    friend bool operator==(const FelixAction &, const FelixAction &) = default;
};

/// Where a rendered rule comes from.
struct RuleOrigin {
    enum class Kind { Fixed, Hook, Dispatch, Endpoint, Policy, Profile, PolicyGroup };
    Kind kind = Kind::Fixed;
    QString name; // policy "ns/name" or "name", profile name, endpoint REF
    QString endpoint; // the endpoint whose chain holds the rule (endpoint and dispatch rules)
    QString policyKind; // GlobalNetworkPolicy, NetworkPolicy, ..., Profile
    QString tier;
    QString direction; // "ingress" / "egress" / ""
    int ruleIndex = -1; // API rule index (policies and profiles)
    QString purpose; // for fixed and endpoint rules: what the rule is for
    /// The policy's resource (policy rules and jumps to one policy; a Kubernetes policy's is
    /// the Kubernetes resource's), so a view maps the rule back to exactly that resource. In
    /// memory only: the text and JSON forms do not carry it.
    ResourceId policy;

    friend bool operator==(const RuleOrigin &, const RuleOrigin &) = default;
};

struct FelixRule {
    QList<MatchCriterion> match;
    FelixAction action;
    QStringList comments; // human comments, unescaped
    RuleOrigin origin;
    QString hash; // filled in by FelixChain::computeHashes()

    friend bool operator==(const FelixRule &, const FelixRule &) = default;
};

QString ruleOriginKindName(RuleOrigin::Kind kind);

/// A purpose written with QT_TRANSLATE_NOOP("FelixPurpose", ...): translated when `localized`,
/// else the English source unchanged (what JSON and the golden files carry).
QString felixPurposeText(const char *source, bool localized);

struct FelixChain {
    QString name;
    QList<FelixRule> rules;
    QString purpose; // what the chain is for (fixed chains) or whose it is
    RuleOrigin origin;

    friend bool operator==(const FelixChain &, const FelixChain &) = default;
};

/// How a rule body is written.
enum class RuleSyntax {
    Felix, // what Felix sends to iptables-restore ("--jump", "--set-mark 0/0x30000")
    IptablesSave, // what iptables-save prints ("-j", "--set-xmark 0x0/0x30000", "-p" first)
};

/// The rule as "-A <chain> ..." with the hash comment (or "HASH" when hash is "HASH").
QString iptablesRuleText(const QString &chain, const FelixRule &rule, const QString &hash,
    RuleSyntax syntax = RuleSyntax::Felix);
/// Only the part after "-A <chain> -m comment --comment "cali:…"": comments, match, action.
QString iptablesRuleBody(const FelixRule &rule, RuleSyntax syntax = RuleSyntax::Felix);

/// The nft rule body (match, "counter", action) with `prefixLayer` ("filter-") prepended to
/// jump / goto targets; set names get ':' replaced by '-'. Empty rules render "continue".
QString nftRuleBody(const FelixRule &rule, const QString &prefixLayer);
/// The nft comment: "cali:<hash>; <comment1> <comment2>", at most 128 bytes.
QString nftRuleComment(const FelixRule &rule, const QString &hash);

/// Fills rule.hash for every rule: chained SHA-224 over the iptables texts (seed = chain name,
/// or `seed` when given, e.g. "FORWARD*appends*").
void computeIptablesHashes(
    QList<FelixRule> &rules, const QString &chain, const QString &seed = QString());
/// The nft hashes of the rules of a chain (seed = layer-prefixed chain name).
QStringList nftHashes(
    const QList<FelixRule> &rules, const QString &nftChain, const QString &prefixLayer);

} // namespace ps
