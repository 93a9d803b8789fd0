#include "core/dataplane/ruletranslator_p.h"

#include <optional>

#include "core/dataplane/felixnames.h"
#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/ipsetregistry_p.h"
#include "core/dataplane/ruleparts_p.h"
#include "core/eval/policycompiler.h"
#include "core/model/protocol.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

using namespace ruleparts;

namespace {

QString protocolText(const Protocol &p)
{
    return p.isNumber() ? QString::number(p.number()) : p.name().toLower();
}

// Felix's LogPrefix specifiers (felix/rules/policy.go): %t tier, %k kind short name ("pro" for
// profiles), %n name, %p namespace/name (the name alone for cluster-wide kinds).
QString expandLogPrefix(const QString &prefix, const RuleOrigin &origin)
{
    const QString written = prefix.isEmpty() ? QStringLiteral("calico-packet") : prefix;
    if (!written.contains(u'%'))
        return written;
    const bool profile = origin.kind == RuleOrigin::Kind::Profile;
    const QString kind = profile ? QStringLiteral("pro") : policyKindShortName(origin.policyKind);
    const qsizetype slash = origin.name.indexOf(u'/');
    const QString name = slash < 0 ? origin.name : origin.name.mid(slash + 1);
    QString out;
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (written[i] == u'%' && i + 1 < written.size()) {
            const QChar c = written[i + 1];
            if (c == u't' || c == u'k' || c == u'n' || c == u'p') {
                out += c == u't' ? origin.tier : c == u'k' ? kind : c == u'n' ? name : origin.name;
                ++i;
                continue;
            }
        }
        out += written[i];
    }
    return out;
}

QList<QPair<int, int>> numericPorts(const QList<Port> &ports)
{
    QList<QPair<int, int>> out;
    for (const Port &p : ports) {
        if (!p.isNamed())
            out.append({p.min(), p.max()});
    }
    return out;
}

QStringList namedPorts(const QList<Port> &ports)
{
    QStringList out;
    for (const Port &p : ports) {
        if (p.isNamed())
            out.append(p.name());
    }
    return out;
}

QList<QList<QPair<int, int>>> splitPorts(const QList<QPair<int, int>> &ports)
{
    QList<QList<QPair<int, int>>> splits;
    QList<QPair<int, int>> split;
    int slots = 15;
    for (const auto &pr : ports) {
        const int need = pr.first == pr.second ? 1 : 2;
        if (slots < need) {
            splits.append(split);
            split.clear();
            slots = 15;
        }
        split.append(pr);
        slots -= need;
    }
    if (!split.isEmpty())
        splits.append(split);
    return splits;
}

} // namespace

RuleTranslator::RuleTranslator(
    const RenderOptions &options, const FelixMarks &marks, IpSetRegistry &ipsets)
    : m_options(options), m_marks(marks), m_ipsets(ipsets)
{
}

QString RuleTranslator::words(const char *source) const
{
    return felixPurposeText(source, m_options.localizedPurposes);
}

QList<FelixRule> RuleTranslator::translate(
    const CompiledRule &r, const Rule *raw, const RuleOrigin &origin)
{
    QList<FelixRule> out;
    if (r.action == RuleAction::Invalid || r.protocolUnknown)
        return out;
    if (!r.translatable()) {
        // Felix would get the rule without the entry and could match every address; we render
        // nothing for it, in either family, and say so.
        for (const Untranslatable &u : r.untranslatable) {
            const QString warning = u"%1 %2 %3 rule %4: %5 \"%6\" %7; the rule is not rendered"_s
                                        .arg(origin.policyKind, origin.name, origin.direction)
                                        .arg(r.index)
                                        .arg(u.field, u.text, untranslatableProblem(u.criterion));
            if (!m_warnings.contains(warning))
                m_warnings.append(warning);
        }
        return out;
    }
    const int family = m_options.ipVersion;
    if (r.ipVersion && *r.ipVersion != family)
        return out;
    // FilterRuleToIPVersion: a CIDR list emptied by the family filter drops the rule; so does a
    // negated catch-all.
    const auto filterNets = [&](const QList<IpNetwork> &nets, bool negated, bool &dropped) {
        QStringList kept;
        for (const IpNetwork &n : nets) {
            if (n.family() != family)
                continue;
            if (negated && n.isCatchAll()) {
                dropped = true;
                return QStringList();
            }
            kept.append(n.toString());
        }
        if (!nets.isEmpty() && kept.isEmpty())
            dropped = true;
        return kept;
    };
    bool dropped = false;
    QStringList srcNets = filterNets(r.source.nets, false, dropped);
    QStringList notSrcNets = filterNets(r.source.notNets, true, dropped);
    QStringList dstNets = filterNets(r.destination.nets, false, dropped);
    QStringList notDstNets = filterNets(r.destination.notNets, true, dropped);
    if (dropped)
        return out;

    // rule_scanner: named ports become IP sets filtered by the positive selector of the same
    // side; the plain selector set is left out when only named ports are used.
    const int npProto = (r.protocol && (*r.protocol == 17 || *r.protocol == 132)) ? *r.protocol : 6;
    QList<QPair<int, int>> srcPorts = numericPorts(r.source.ports);
    QList<QPair<int, int>> dstPorts = numericPorts(r.destination.ports);
    const QList<QPair<int, int>> notSrcPorts = numericPorts(r.source.notPorts);
    const QList<QPair<int, int>> notDstPorts = numericPorts(r.destination.notPorts);
    QStringList srcNamed, dstNamed, notSrcNamed, notDstNamed;
    for (const QString &n : namedPorts(r.source.ports))
        srcNamed.append(m_ipsets.namedPortSet(r.source.positiveSet, n, npProto));
    for (const QString &n : namedPorts(r.destination.ports))
        dstNamed.append(m_ipsets.namedPortSet(r.destination.positiveSet, n, npProto));
    for (const QString &n : namedPorts(r.source.notPorts))
        notSrcNamed.append(m_ipsets.namedPortSet(r.source.positiveSet, n, npProto));
    for (const QString &n : namedPorts(r.destination.notPorts))
        notDstNamed.append(m_ipsets.namedPortSet(r.destination.positiveSet, n, npProto));
    QStringList srcSets, dstSets, dstIpPortSets, notSrcSets, notDstSets;
    if ((!srcPorts.isEmpty() || srcNamed.isEmpty()) && r.source.positiveSet >= 0)
        srcSets.append(m_ipsets.selectorSet(r.source.positiveSet, r.source.selector));
    if ((!dstPorts.isEmpty() || dstNamed.isEmpty()) && r.destination.positiveSet >= 0)
        dstSets.append(m_ipsets.selectorSet(r.destination.positiveSet, r.destination.selector));
    if (r.source.negativeSet >= 0)
        notSrcSets.append(m_ipsets.selectorSet(r.source.negativeSet, r.source.notSelector));
    if (r.destination.negativeSet >= 0)
        notDstSets.append(
            m_ipsets.selectorSet(r.destination.negativeSet, r.destination.notSelector));
    if (r.destination.hasService)
        dstIpPortSets.append(m_ipsets.serviceSet(r.destination.serviceKey, true));
    if (r.source.hasService)
        srcSets.append(m_ipsets.serviceSet(r.source.serviceKey, false));

    std::optional<MatchCriterion> proto;
    if (r.protocol) {
        const QString text
            = raw && raw->protocol ? protocolText(*raw->protocol) : QString::number(*r.protocol);
        proto = protoCrit(*r.protocol, text);
    }

    // Match blocks (docs/rendering.md: "Chains").
    QList<FelixRule> blocks;
    bool usingBlocks = false;
    bool doneFirstPositive = false;
    const quint32 ALL = m_marks.scratch0;
    const quint32 THIS = m_marks.scratch1;
    const auto initial = [&](quint32 initialBits) {
        if (usingBlocks)
            return;
        blocks.append(rule({}, markAct(A::SetMaskedMark, initialBits, ALL | THIS)));
        usingBlocks = true;
    };
    const auto markToSet = [&]() { return doneFirstPositive ? THIS : ALL; };
    const auto finishPositive = [&]() {
        if (!doneFirstPositive) {
            doneFirstPositive = true;
            return;
        }
        blocks.append(rule({markCrit(K::MarkClear, THIS)}, markAct(A::ClearMark, ALL)));
    };
    const auto portBlock
        = [&](bool source, const QList<QList<QPair<int, int>>> &splits, const QStringList &named) {
              initial(0);
              const quint32 bit = markToSet();
              for (const auto &split : splits) {
                  QList<MatchCriterion> m;
                  if (proto)
                      m.append(*proto);
                  m.append(portsCrit(source, split));
                  blocks.append(rule(m, markAct(A::SetMark, bit)));
              }
              for (const QString &set : named)
                  blocks.append(rule({setCrit(source, set, source ? u"src,src"_s : u"dst,dst"_s)},
                      markAct(A::SetMark, bit)));
              finishPositive();
          };
    const auto cidrBlock = [&](bool source, const QStringList &cidrs) {
        initial(0);
        const quint32 bit = markToSet();
        for (const QString &c : cidrs)
            blocks.append(
                rule({crit(source ? K::SourceNet : K::DestNet, c)}, markAct(A::SetMark, bit)));
        finishPositive();
    };
    const auto negatedCidrBlock = [&](bool source, const QStringList &cidrs) {
        initial(ALL);
        for (const QString &c : cidrs)
            blocks.append(
                rule({crit(source ? K::SourceNet : K::DestNet, c)}, markAct(A::ClearMark, ALL)));
    };

    const auto srcSplits = splitPorts(srcPorts);
    if (srcSplits.size() + srcNamed.size() > 1) {
        portBlock(true, srcSplits, srcNamed);
        srcPorts.clear();
        srcNamed.clear();
    }
    const auto dstSplits = splitPorts(dstPorts);
    if (dstSplits.size() + dstNamed.size() > 1) {
        portBlock(false, dstSplits, dstNamed);
        dstPorts.clear();
        dstNamed.clear();
    }
    if (srcNets.size() > 1) {
        cidrBlock(true, srcNets);
        srcNets.clear();
    }
    if (dstNets.size() > 1) {
        cidrBlock(false, dstNets);
        dstNets.clear();
    }
    if (srcNets.size() + notSrcNets.size() > 1) {
        negatedCidrBlock(true, notSrcNets);
        notSrcNets.clear();
    }
    if (dstNets.size() + notDstNets.size() > 1) {
        negatedCidrBlock(false, notDstNets);
        notDstNets.clear();
    }

    // CalculateRuleMatch (docs/rendering.md: "Chains").
    QList<MatchCriterion> m;
    if (proto)
        m.append(*proto);
    if (!srcNets.isEmpty())
        m.append(crit(K::SourceNet, srcNets.first()));
    for (const QString &s : srcSets)
        m.append(setCrit(true, s, u"src"_s));
    if (!srcPorts.isEmpty())
        m.append(portsCrit(true, srcPorts));
    for (const QString &s : srcNamed)
        m.append(setCrit(true, s, u"src,src"_s));
    if (!dstNets.isEmpty())
        m.append(crit(K::DestNet, dstNets.first()));
    for (const QString &s : dstSets)
        m.append(setCrit(false, s, u"dst"_s));
    for (const QString &s : dstIpPortSets)
        m.append(setCrit(false, s, u"dst,dst"_s));
    if (!dstPorts.isEmpty())
        m.append(portsCrit(false, dstPorts));
    for (const QString &s : dstNamed)
        m.append(setCrit(false, s, u"dst,dst"_s));
    const auto icmpCrit = [&](const IcmpFields &f, bool negated) {
        MatchCriterion c = crit(family == 4 ? K::Icmp : K::Icmp6, QString(), negated);
        c.number = f.type.value_or(0);
        c.code = f.code.value_or(-1);
        return c;
    };
    if (r.icmp && r.icmp->type)
        m.append(icmpCrit(*r.icmp, false));
    if (r.notProtocol) {
        const QString text = raw && raw->notProtocol ? protocolText(*raw->notProtocol)
                                                     : QString::number(*r.notProtocol);
        m.append(protoCrit(*r.notProtocol, text, true));
    }
    if (!notSrcNets.isEmpty())
        m.append(crit(K::SourceNet, notSrcNets.first(), true));
    for (const QString &s : notSrcSets)
        m.append(setCrit(true, s, u"src"_s, true));
    for (const auto &split : splitPorts(notSrcPorts))
        m.append(portsCrit(true, split, true));
    for (const QString &s : notSrcNamed)
        m.append(setCrit(true, s, u"src,src"_s, true));
    if (!notDstNets.isEmpty())
        m.append(crit(K::DestNet, notDstNets.first(), true));
    for (const QString &s : notDstSets)
        m.append(setCrit(false, s, u"dst"_s, true));
    for (const auto &split : splitPorts(notDstPorts))
        m.append(portsCrit(false, split, true));
    for (const QString &s : notDstNamed)
        m.append(setCrit(false, s, u"dst,dst"_s, true));
    if (r.notIcmp && r.notIcmp->type)
        m.append(icmpCrit(*r.notIcmp, true));
    if (usingBlocks)
        m.append(markCrit(K::MarkSingleBitSet, ALL));

    // CombineMatchAndActionsForProtoRule (docs/rendering.md: "Chains").
    out = blocks;
    quint32 mark = 0;
    QList<FelixRule> actions;
    switch (r.action) {
    case RuleAction::Log: {
        FelixAction log = act(A::Log);
        log.logPrefix = expandLogPrefix(m_options.logPrefix, origin);
        actions.append(rule({}, log));
        break;
    }
    case RuleAction::Allow:
        mark = m_marks.accept;
        actions.append(rule({}, act(A::Return)));
        break;
    case RuleAction::Pass:
        mark = m_marks.pass;
        actions.append(rule({}, act(A::Return)));
        break;
    case RuleAction::Deny:
        mark = m_marks.drop;
        actions.append(rule({}, denyAct(m_options)));
        break;
    case RuleAction::Invalid:
        return {};
    }
    if (mark != 0) {
        out.append(rule(m, markAct(A::SetMark, mark)));
        m = {markCrit(K::MarkSingleBitSet, mark)};
    }
    for (FelixRule a : actions) {
        a.match = a.match + m;
        out.append(a);
    }
    // Annotations: one "key=value" comment per annotation on every rendered rule (Go map order
    // is random; we sort by key to stay deterministic).
    QStringList annotationComments;
    if (raw) {
        for (auto it = raw->annotations.cbegin(); it != raw->annotations.cend(); ++it)
            annotationComments.append(it.key() + u'=' + it.value());
    }
    for (FelixRule &fr : out) {
        fr.comments += annotationComments;
        fr.origin = origin;
    }
    return out;
}

QList<FelixRule> RuleTranslator::translateChainBody(const QList<CompiledRule> &rules,
    const QList<Rule> &raw, const RuleOrigin &base, const QString &chainComment)
{
    QList<FelixRule> out;
    for (const CompiledRule &r : rules) {
        RuleOrigin o = base;
        o.ruleIndex = r.index;
        const Rule *rawRule = r.index >= 0 && r.index < raw.size() ? &raw[r.index] : nullptr;
        out += translate(r, rawRule, o);
    }
    while (!out.isEmpty() && out.last().action.kind == A::Return)
        out.removeLast();
    if (out.isEmpty()) {
        FelixRule empty;
        empty.origin = base;
        empty.origin.purpose
            = words(QT_TRANSLATE_NOOP("FelixPurpose", "empty chain: no rule for this direction"));
        out.append(empty);
    }
    out.first().comments.append(chainComment);
    return out;
}

} // namespace ps
