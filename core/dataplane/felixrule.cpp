#include "core/dataplane/felixrule.h"

#include <QCoreApplication>

#include "core/dataplane/felixnames.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

struct FelixPurposeWords {
    Q_DECLARE_TR_FUNCTIONS(FelixPurpose)
};

// Go's %#x: "0x" + lower-case hex; zero prints "0x0".
QString hex(quint32 v)
{
    return u"0x"_s + QString::number(v, 16);
}

QString portList(const QList<QPair<int, int>> &ports, QChar rangeSep, const QString &joiner)
{
    QStringList parts;
    for (const auto &[lo, hi] : ports)
        parts.append(
            lo == hi ? QString::number(lo) : QString::number(lo) + rangeSep + QString::number(hi));
    return parts.join(joiner);
}

QString neg(bool negated)
{
    return negated ? u"! "_s : QString();
}

QString saveProtocolName(const MatchCriterion &m)
{
    bool isNumber = false;
    const int n = m.text.toInt(&isNumber);
    if (!isNumber)
        return m.text == u"icmpv6" ? u"ipv6-icmp"_s : m.text;
    switch (n) {
    case 1:
        return u"icmp"_s;
    case 4:
        return u"ipv4"_s;
    case 6:
        return u"tcp"_s;
    case 17:
        return u"udp"_s;
    case 58:
        return u"ipv6-icmp"_s;
    case 132:
        return u"sctp"_s;
    case 136:
        return u"udplite"_s;
    default:
        return m.text;
    }
}

bool isLeadingInSave(const MatchCriterion &m)
{
    using K = MatchCriterion::Kind;
    return m.kind == K::SourceNet || m.kind == K::DestNet || m.kind == K::InInterface
        || m.kind == K::OutInterface || m.kind == K::Protocol;
}

int leadingRank(const MatchCriterion &m)
{
    using K = MatchCriterion::Kind;
    switch (m.kind) {
    case K::SourceNet:
        return 0;
    case K::DestNet:
        return 1;
    case K::InInterface:
        return 2;
    case K::OutInterface:
        return 3;
    default:
        return 4;
    }
}

/// A net as iptables-save prints it: an address without a prefix length is a host net (each
/// of a comma-separated list, which the kernel would hold as one rule per address).
QString savedNet(const QString &net)
{
    if (net.contains(u'/'))
        return net;
    QStringList parts = net.split(u',');
    for (QString &p : parts)
        p += p.contains(u':') ? u"/128"_s : u"/32"_s;
    return parts.join(u',');
}

QString matchText(const MatchCriterion &m, RuleSyntax syntax)
{
    using K = MatchCriterion::Kind;
    const bool save = syntax == RuleSyntax::IptablesSave;
    switch (m.kind) {
    case K::Protocol:
        return neg(m.negated) + u"-p "_s + (save ? saveProtocolName(m) : m.text);
    case K::SourceNet:
        return neg(m.negated) + (save ? u"-s "_s + savedNet(m.text) : u"--source "_s + m.text);
    case K::DestNet:
        return neg(m.negated) + (save ? u"-d "_s + savedNet(m.text) : u"--destination "_s + m.text);
    case K::SourceSet:
    case K::DestSet:
        return u"-m set "_s + neg(m.negated) + u"--match-set "_s + m.text + u' ' + m.flags;
    case K::SourcePorts:
        return u"-m multiport "_s + neg(m.negated) + (save ? u"--sports "_s : u"--source-ports "_s)
            + portList(m.ports, u':', u","_s);
    case K::DestPorts:
        return u"-m multiport "_s + neg(m.negated)
            + (save ? u"--dports "_s : u"--destination-ports "_s) + portList(m.ports, u':', u","_s);
    case K::Icmp:
    case K::Icmp6: {
        QString t = QString::number(m.number);
        if (m.code >= 0)
            t += u'/' + QString::number(m.code);
        return (m.kind == K::Icmp ? u"-m icmp "_s : u"-m icmp6 "_s) + neg(m.negated)
            + (m.kind == K::Icmp ? u"--icmp-type "_s : u"--icmpv6-type "_s) + t;
    }
    case K::MarkClear:
        return u"-m mark --mark "_s + (save ? u"0x0/"_s : u"0/"_s) + hex(m.mark);
    case K::MarkSingleBitSet:
        return u"-m mark --mark "_s + hex(m.mark) + u'/' + hex(m.mark);
    case K::MarkNotClear:
        return u"-m mark ! --mark "_s + (save ? u"0x0/"_s : u"0/"_s) + hex(m.mark);
    case K::InInterface:
        return neg(m.negated) + (save ? u"-i "_s : u"--in-interface "_s) + m.text;
    case K::OutInterface:
        return neg(m.negated) + (save ? u"-o "_s : u"--out-interface "_s) + m.text;
    case K::ConntrackState:
        return u"-m conntrack "_s + neg(m.negated) + u"--ctstate "_s + m.text;
    case K::DestAddrTypeLocal:
        return u"-m addrtype "_s + neg(m.negated) + u"--dst-type LOCAL"_s;
    case K::SrcAddrTypeLocal:
        return u"-m addrtype "_s + neg(m.negated) + u"--src-type LOCAL"_s
            + (m.flags == u"limit-iface-out" ? u" --limit-iface-out"_s : QString());
    case K::DestPort:
        return (save ? u"-m "_s + m.text + u' ' : QString()) + neg(m.negated) + u"--dport "_s
            + QString::number(m.number);
    case K::RpFilterFailed:
        return save ? u"-m rpfilter --validmark --invert"_s : u"-m rpfilter --invert --validmark"_s;
    }
    return QString();
}

QString actionText(const FelixAction &a, RuleSyntax syntax)
{
    using K = FelixAction::Kind;
    const bool save = syntax == RuleSyntax::IptablesSave;
    const QString jump = save ? u"-j "_s : u"--jump "_s;
    const QString setMark = save ? u"--set-xmark "_s : u"--set-mark "_s;
    switch (a.kind) {
    case K::None:
        return QString();
    case K::Accept:
        return jump + u"ACCEPT"_s;
    case K::Drop:
        return jump + u"DROP"_s;
    case K::Reject:
        return jump + u"REJECT"_s;
    case K::Return:
        return jump + u"RETURN"_s;
    case K::Jump:
        return jump + a.target;
    case K::Goto:
        return (save ? u"-g "_s : u"--goto "_s) + a.target;
    case K::SetMark:
        return jump + u"MARK "_s + setMark + hex(a.mark) + u'/' + hex(a.mark);
    case K::ClearMark:
        return jump + u"MARK "_s + setMark + (save ? u"0x0/"_s : u"0/"_s) + hex(a.mark);
    case K::SetMaskedMark:
        return jump + u"MARK "_s + setMark + hex(a.mark) + u'/' + hex(a.mask);
    case K::Log:
        return jump + u"LOG --log-prefix \""_s + a.logPrefix + u": \" --log-level 5"_s;
    case K::NoTrack:
        return jump + u"NOTRACK"_s;
    case K::Masquerade:
        return jump + u"MASQUERADE"_s
            + (a.toPorts.isEmpty() ? QString() : u" --to-ports "_s + a.toPorts)
            + (a.randomFully ? u" --random-fully"_s : QString());
    case K::Dscp:
        // iptables-save prints the value in hex ("0x0a"), as libxt_DSCP does.
        return jump + u"DSCP --set-dscp "_s
            + (save ? u"0x%1"_s.arg(a.dscp, 2, 16, QChar(u'0')) : QString::number(a.dscp));
    }
    return QString();
}

QString commentsText(const FelixRule &rule)
{
    QStringList parts;
    for (const QString &c : rule.comments)
        parts.append(u"-m comment --comment \""_s + escapeComment(c) + u'"');
    return parts.join(u' ');
}

} // namespace

QString felixPurposeText(const char *source, bool localized)
{
    return localized ? FelixPurposeWords::tr(source) : QString::fromUtf8(source);
}

QString ruleOriginKindName(RuleOrigin::Kind kind)
{
    switch (kind) {
    case RuleOrigin::Kind::Fixed:
        return u"fixed"_s;
    case RuleOrigin::Kind::Hook:
        return u"hook"_s;
    case RuleOrigin::Kind::Dispatch:
        return u"dispatch"_s;
    case RuleOrigin::Kind::Endpoint:
        return u"endpoint"_s;
    case RuleOrigin::Kind::Policy:
        return u"policy"_s;
    case RuleOrigin::Kind::Profile:
        return u"profile"_s;
    case RuleOrigin::Kind::PolicyGroup:
        return u"policy-group"_s;
    }
    return QString();
}

QString iptablesRuleBody(const FelixRule &rule, RuleSyntax syntax)
{
    QStringList parts;
    const QString comments = commentsText(rule);
    if (!comments.isEmpty())
        parts.append(comments);
    for (const MatchCriterion &m : rule.match) {
        if (syntax == RuleSyntax::IptablesSave && isLeadingInSave(m))
            continue;
        parts.append(matchText(m, syntax));
    }
    const QString action = actionText(rule.action, syntax);
    if (!action.isEmpty())
        parts.append(action);
    return parts.join(u' ');
}

QString iptablesRuleText(
    const QString &chain, const FelixRule &rule, const QString &hash, RuleSyntax syntax)
{
    QString out = u"-A "_s + chain;
    if (syntax == RuleSyntax::IptablesSave) {
        QList<const MatchCriterion *> leading;
        for (const MatchCriterion &m : rule.match) {
            if (isLeadingInSave(m))
                leading.append(&m);
        }
        std::stable_sort(
            leading.begin(), leading.end(), [](const MatchCriterion *a, const MatchCriterion *b) {
                return leadingRank(*a) < leadingRank(*b);
            });
        for (const MatchCriterion *m : leading)
            out += u' ' + matchText(*m, syntax);
    }
    out += hash == u"HASH" ? u" HASH"_s : u" -m comment --comment \"cali:"_s + hash + u'"';
    const QString body = iptablesRuleBody(rule, syntax);
    if (!body.isEmpty())
        out += u' ' + body;
    return out;
}

void computeIptablesHashes(QList<FelixRule> &rules, const QString &chain, const QString &seed)
{
    QStringList texts;
    texts.reserve(rules.size());
    for (const FelixRule &r : rules)
        texts.append(iptablesRuleText(chain, r, u"HASH"_s));
    const QStringList hashes = chainedRuleHashes(seed.isEmpty() ? chain : seed, texts);
    for (qsizetype i = 0; i < rules.size(); ++i)
        rules[i].hash = hashes[i];
}

// ---- nftables -------------------------------------------------------------------------------

namespace {

QString nftPortProto(const FelixRule &rule)
{
    for (const MatchCriterion &m : rule.match) {
        if (m.kind == MatchCriterion::Kind::Protocol && !m.negated) {
            if (m.number == 17)
                return u"udp"_s;
            if (m.number == 132)
                return u"sctp"_s;
            if (m.number == 136)
                return u"udplite"_s;
            return u"tcp"_s;
        }
    }
    return u"th"_s;
}

QString nftSetName(const QString &ipsetName)
{
    QString n = ipsetName;
    return n.replace(u':', u'-');
}

/// "ip" or "ip6": the address expression of a net or set match. A rule carries no family of
/// its own, but its operands do — IPv6 networks contain ':' and IPv6 sets are "cali6…" — and an
/// `ip6 calico` table refuses `ip saddr`.
QString nftAddressFamily(const MatchCriterion &m)
{
    using K = MatchCriterion::Kind;
    const bool v6 = m.kind == K::SourceSet || m.kind == K::DestSet ? m.text.startsWith(u"cali6"_s)
                                                                   : m.text.contains(u':');
    return v6 ? u"ip6"_s : u"ip"_s;
}

QString nftMatch(const FelixRule &rule, const MatchCriterion &m)
{
    using K = MatchCriterion::Kind;
    const QString ne = m.negated ? u"!= "_s : QString();
    switch (m.kind) {
    case K::Protocol:
        return u"meta l4proto "_s + ne + m.text;
    case K::SourceNet:
        return nftAddressFamily(m) + u" saddr "_s + ne + m.text;
    case K::DestNet:
        return nftAddressFamily(m) + u" daddr "_s + ne + m.text;
    case K::SourceSet:
    case K::DestSet: {
        const bool src = m.kind == K::SourceSet;
        const QString set = u'@' + nftSetName(m.text);
        const QString family = nftAddressFamily(m);
        if (m.flags.contains(u',')) {
            return family
                + (src ? u" saddr . meta l4proto . th sport "_s
                       : u" daddr . meta l4proto . th dport "_s)
                + ne + set;
        }
        return family + (src ? u" saddr "_s : u" daddr "_s) + ne + set;
    }
    case K::SourcePorts:
    case K::DestPorts:
        return nftPortProto(rule) + (m.kind == K::SourcePorts ? u" sport "_s : u" dport "_s) + ne
            + u"{ "_s + portList(m.ports, u'-', u", "_s) + u" }"_s;
    case K::Icmp:
    case K::Icmp6: {
        const QString fam = m.kind == K::Icmp ? u"icmp"_s : u"icmpv6"_s;
        QString t = fam + u" type "_s + ne + QString::number(m.number);
        if (m.code >= 0)
            t += u' ' + fam + u" code "_s + ne + QString::number(m.code);
        return t;
    }
    case K::MarkClear:
        return u"meta mark & "_s + hex(m.mark) + u" == 0"_s;
    case K::MarkSingleBitSet:
        return u"meta mark & "_s + hex(m.mark) + u" == "_s + hex(m.mark);
    case K::MarkNotClear:
        return u"meta mark & "_s + hex(m.mark) + u" != 0"_s;
    case K::InInterface:
    case K::OutInterface: {
        QString name = m.text;
        if (name.endsWith(u'+'))
            name.chop(1), name += u'*';
        return (m.kind == K::InInterface ? u"iifname "_s : u"oifname "_s) + ne + name;
    }
    case K::ConntrackState:
        if (m.text == u"DNAT")
            return u"ct status "_s + (m.negated ? u"!= "_s : QString()) + u"dnat"_s;
        return u"ct state "_s + ne + m.text.toLower();
    case K::DestAddrTypeLocal:
        return u"fib daddr type "_s + ne + u"local"_s;
    case K::SrcAddrTypeLocal:
        return (m.flags == u"limit-iface-out" ? u"fib saddr . oif type "_s : u"fib saddr type "_s)
            + ne + u"local"_s;
    case K::DestPort:
        return m.text + u" dport "_s + ne + QString::number(m.number);
    case K::RpFilterFailed:
        return u"fib saddr . mark . iif oif missing"_s;
    }
    return QString();
}

QString nftAction(const FelixRule &rule, const QString &prefixLayer)
{
    using K = FelixAction::Kind;
    const FelixAction &a = rule.action;
    switch (a.kind) {
    case K::None:
        return QString();
    case K::Accept:
        return u"accept"_s;
    case K::Drop:
        return u"drop"_s;
    case K::Reject:
        return u"reject"_s;
    case K::Return:
        return u"return"_s;
    case K::Jump:
        return u"jump "_s + prefixLayer + a.target;
    case K::Goto:
        return u"goto "_s + prefixLayer + a.target;
    case K::SetMark:
        return u"meta mark set mark or "_s + hex(a.mark);
    case K::ClearMark:
        return u"meta mark set mark & "_s + hex(~a.mark);
    case K::SetMaskedMark:
        return u"meta mark set mark & "_s + hex(~a.mask) + u" ^ "_s + hex(a.mark);
    case K::Log:
        return u"log prefix \""_s + a.logPrefix + u": \" level info"_s;
    case K::NoTrack:
        return u"notrack"_s;
    case K::Masquerade:
        return u"masquerade"_s + (a.toPorts.isEmpty() ? QString() : u" to :"_s + a.toPorts)
            + (a.randomFully ? u" fully-random"_s : QString());
    case K::Dscp: {
        // Felix writes "<IPV> dscp set N" and fills in the table's family; our rules carry no
        // family, but the source net of a DSCP rule does.
        QString family = u"ip"_s;
        for (const MatchCriterion &m : rule.match) {
            if (m.kind == MatchCriterion::Kind::SourceNet
                || m.kind == MatchCriterion::Kind::SourceSet)
                family = nftAddressFamily(m);
        }
        return family + u" dscp set "_s + QString::number(a.dscp);
    }
    }
    return QString();
}

} // namespace

QString nftRuleBody(const FelixRule &rule, const QString &prefixLayer)
{
    QStringList parts;
    for (const MatchCriterion &m : rule.match)
        parts.append(nftMatch(rule, m));
    const QString action = nftAction(rule, prefixLayer);
    if (!action.isEmpty()) {
        parts.append(u"counter"_s);
        parts.append(action);
    }
    if (parts.isEmpty())
        return u"continue"_s;
    return parts.join(u' ');
}

QString nftRuleComment(const FelixRule &rule, const QString &hash)
{
    QString c = u"cali:"_s + hash + u';';
    for (const QString &comment : rule.comments)
        c += u' ' + escapeComment(comment);
    QByteArray bytes = c.toUtf8();
    if (bytes.size() > 128)
        bytes.truncate(128);
    return QString::fromUtf8(bytes);
}

QStringList nftHashes(
    const QList<FelixRule> &rules, const QString &nftChain, const QString &prefixLayer)
{
    QStringList texts;
    for (const FelixRule &r : rules)
        texts.append(nftRuleBody(r, prefixLayer));
    return chainedRuleHashes(nftChain, texts);
}

} // namespace ps
