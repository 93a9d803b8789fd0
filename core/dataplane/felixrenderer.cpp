#include "core/dataplane/felixrenderer.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/dataplane/ipsetregistry_p.h"
#include "core/dataplane/ruleparts_p.h"
#include "core/dataplane/ruletranslator_p.h"
#include "core/eval/hostendpointpipeline.h"
#include "core/eval/policyengine.h"
#include "core/model/protocol.h"
#include "core/selector/ipsetname.h"
#include "core/selector/selector.h"
#include "core/selector/uniqueid.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

using namespace ruleparts;

QString longestCommonPrefix(const QStringList &names)
{
    if (names.isEmpty())
        return QString();
    QString p = names.first();
    for (const QString &n : names) {
        qsizetype i = 0;
        while (i < p.size() && i < n.size() && p[i] == n[i])
            ++i;
        p.truncate(i);
    }
    return p;
}

struct PolicyRef {
    int policy = -1; // engine index
    bool inbound = true;
    friend bool operator<(const PolicyRef &a, const PolicyRef &b)
    {
        return std::tie(a.policy, a.inbound) < std::tie(b.policy, b.inbound);
    }
};

class Renderer {
public:
    Renderer(const PolicyEngine &engine, const RenderOptions &options)
        : m_engine(engine), m_o(options), m_marks(FelixMarks::allocate(options.markMask)),
          m_localSelectors(engine.selectors()),
          m_ipsets(engine, options.ipVersion, options.localizedPurposes),
          m_translator(options, m_marks, m_ipsets)
    {
    }

    FelixRuleset render(
        const QList<int> &endpoints, const QString &node, const QString &endpointRef);

private:
    // Chains
    void addChain(const QString &name, QList<FelixRule> rules, const QString &purpose,
        RuleOrigin origin = {});
    void renderWorkload(int object);
    void renderHostEndpoint(int object);
    /// Felix's endpointIptablesChain chain types (filter normal and forward, raw untracked,
    /// mangle pre-DNAT, and mangle egress: normal with RETURN as the allow action).
    enum class EpChain { Normal, Forward, Untracked, PreDnat, MangleEgress };
    QList<FelixRule> endpointChainRules(int object, Direction dir, const QString &chainName,
        const QString &policyPrefixKind, bool workload, const QString &failsafe, EpChain type);
    void renderRawAndMangle();
    /// dispatch.go hostDispatchChains: the end rules that send packets of interfaces without
    /// their own host endpoint to the all-interfaces ("*") host endpoint's chain `prefix*`;
    /// `skipWorkloads`: first return for traffic to local workloads (not in filter).
    QList<FelixRule> wildcardEndRules(const QString &prefix, bool skipWorkloads) const;
    int m_wildcardHep = -1;
    QString policyChain(int policy, bool inbound);
    QString profileChain(const QString &profile, bool inbound);
    QString groupChain(const QList<int> &policies, bool inbound);
    void renderFixedChains(bool anyHep);
    void renderDispatch(const QString &root, const QList<QPair<QString, QString>> &targets,
        bool inInterface, const QList<FelixRule> &endRules, const QString &purpose);
    void renderHooks();

    /// A purpose (QT_TRANSLATE_NOOP in the "FelixPurpose" context) as the options want it.
    QString words(const char *source) const
    {
        return felixPurposeText(source, m_o.localizedPurposes);
    }
    int maxLen() const
    {
        return m_o.nftables ? kNftablesMaxNameLength : kIptablesMaxChainNameLength;
    }
    QString ifaceOf(int object) const { return endpointInterfaceName(m_engine, object, m_o); }

    const PolicyEngine &m_engine;
    const RenderOptions &m_o;
    FelixMarks m_marks;
    SelectorTable m_localSelectors; // a copy: profile rules intern to the engine's ids
    std::map<QString, FelixChain> m_chains; // filter
    std::map<PolicyRef, QString> m_policyChains;
    // raw and mangle (host endpoints); chains are added to the table *m_target points to.
    std::map<QString, FelixChain> m_rawChains, m_mangleChains;
    std::map<PolicyRef, QString> m_rawPolicyChains, m_manglePolicyChains;
    std::map<QString, FelixChain> *m_target = &m_chains;
    std::map<PolicyRef, QString> *m_targetPolicies = &m_policyChains;
    QList<int> m_hostEndpoints;
    QList<FelixTable> m_tables;
    IpSetRegistry m_ipsets;
    RuleTranslator m_translator;
    QStringList m_warnings;
    QList<RenderedEndpoint> m_endpoints;
    QList<KernelHook> m_hookList;
};

// ---- policy rules (docs/rendering.md: "Chains") ---------------------------------------------

// ---- chains --------------------------------------------------------------------------------

void Renderer::addChain(
    const QString &name, QList<FelixRule> rules, const QString &purpose, RuleOrigin origin)
{
    FelixChain c;
    c.name = name;
    c.rules = std::move(rules);
    c.purpose = purpose;
    c.origin = origin;
    computeIptablesHashes(c.rules, name);
    (*m_target)[name] = std::move(c);
}

QString Renderer::policyChain(int policy, bool inbound)
{
    const PolicyRef key {policy, inbound};
    const auto found = m_targetPolicies->find(key);
    if (found != m_targetPolicies->end())
        return found->second;
    const CompiledPolicy &p = m_engine.policies()[policy];
    const QString suffix = policyChainSuffix(
        p.kindName, p.policy.meta.namespace_, p.policy.meta.name, p.tier, m_o.naming);
    const QString name = policyChainName(inbound, suffix, maxLen());
    (*m_targetPolicies)[key] = name;
    RuleOrigin base;
    base.kind = RuleOrigin::Kind::Policy;
    base.name = p.displayName;
    base.policyKind = p.kindName;
    base.tier = p.tier;
    base.direction = inbound ? u"ingress"_s : u"egress"_s;
    const QString comment
        = p.kindName + u' ' + p.displayName + (inbound ? u" ingress"_s : u" egress"_s);
    QList<FelixRule> rules = m_translator.translateChainBody(inbound ? p.ingress : p.egress,
        inbound ? p.policy.ingress : p.policy.egress, base, comment);
    addChain(name, rules, u"%1 %2 %3"_s.arg(p.kindName, p.displayName, base.direction), base);
    return name;
}

QString Renderer::profileChain(const QString &profile, bool inbound)
{
    const QString name = profileChainName(inbound, profile, maxLen());
    if (m_target->count(name))
        return name;
    RuleOrigin base;
    base.kind = RuleOrigin::Kind::Profile;
    base.name = profile;
    base.policyKind = u"Profile"_s;
    base.direction = inbound ? u"ingress"_s : u"egress"_s;
    QList<CompiledRule> compiled;
    QList<Rule> raw;
    if (const Profile *p = m_engine.inventory().profile(profile)) {
        raw = inbound ? p->ingress : p->egress;
        for (qsizetype i = 0; i < raw.size(); ++i)
            compiled.append(compileRule(raw[i], int(i), QString(), true, m_localSelectors));
    }
    const QString comment = u"Profile "_s + profile + (inbound ? u" ingress"_s : u" egress"_s);
    addChain(name, m_translator.translateChainBody(compiled, raw, base, comment),
        u"Profile %1 %2"_s.arg(profile, base.direction), base);
    return name;
}

QString Renderer::groupChain(const QList<int> &policies, bool inbound)
{
    const CompiledPolicy &first = m_engine.policies()[policies.first()];
    const Selector *sel = m_engine.selectors().selector(first.selectorId);
    const QString canonical = sel ? sel->canonical() : first.selector.text;
    QList<PolicyGroupMember> members;
    for (int pi : policies) {
        const CompiledPolicy &p = m_engine.policies()[pi];
        members.append({p.policy.meta.name, p.policy.meta.namespace_, p.kindName});
    }
    const QString name = policyGroupChainName(inbound, canonical, members);
    if (m_target->count(name))
        return name;
    QList<FelixRule> rules;
    const quint32 verdictMask = m_marks.accept | m_marks.pass;
    RuleOrigin base;
    base.kind = RuleOrigin::Kind::PolicyGroup;
    base.direction = inbound ? u"ingress"_s : u"egress"_s;
    for (qsizetype k = 0; k < policies.size(); ++k) {
        const CompiledPolicy &p = m_engine.policies()[policies[k]];
        if (k > 0 && k % 5 == 0) {
            FelixRule ret = rule(
                {markCrit(K::MarkNotClear, verdictMask)}, act(A::Return), {u"Return on verdict"_s});
            ret.origin = base;
            ret.origin.purpose = words(QT_TRANSLATE_NOOP(
                "FelixPurpose", "return once a policy of the group gave a verdict"));
            rules.append(ret);
        }
        QList<MatchCriterion> m;
        if (k % 5 != 0)
            m.append(markCrit(K::MarkClear, verdictMask));
        FelixRule jump = rule(m, act(A::Jump, policyChain(policies[k], inbound)));
        jump.origin = base;
        jump.origin.name = p.displayName;
        jump.origin.policyKind = p.kindName;
        jump.origin.tier = p.tier;
        jump.origin.purpose = words(QT_TRANSLATE_NOOP("FelixPurpose", "jump to policy"));
        rules.append(jump);
    }
    addChain(name, rules,
        words(QT_TRANSLATE_NOOP("FelixPurpose", "policy group: %1 policies selecting %2"))
            .arg(policies.size())
            .arg(canonical),
        base);
    return name;
}

QList<FelixRule> Renderer::endpointChainRules(int object, Direction dir, const QString &chainName,
    const QString &, bool workload, const QString &failsafe, EpChain type)
{
    const InventoryObject &obj = m_engine.inventory().object(object);
    const bool inbound = workload ? dir == Direction::Ingress : dir == Direction::Ingress;
    QList<FelixRule> rules;
    RuleOrigin base;
    base.kind = RuleOrigin::Kind::Endpoint;
    base.endpoint = obj.ref();
    base.name = obj.ref();
    base.direction = directionName(dir);
    const auto add = [&](FelixRule r, const QString &purpose, RuleOrigin origin) {
        origin.purpose = purpose;
        r.origin = origin;
        rules.append(std::move(r));
    };

    const bool forward = type == EpChain::Forward;
    if (type == EpChain::MangleEgress) {
        // Allow action RETURN: flag established traffic accepted, then return.
        add(rule({crit(K::ConntrackState, u"RELATED,ESTABLISHED"_s)},
                markAct(A::SetMark, m_marks.accept)),
            words(QT_TRANSLATE_NOOP(
                "FelixPurpose", "mark packets of established connections accepted")),
            base);
        add(rule({crit(K::ConntrackState, u"RELATED,ESTABLISHED"_s)}, act(A::Return)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "return packets of established connections")),
            base);
    } else if (type != EpChain::Untracked) {
        add(rule({crit(K::ConntrackState, u"RELATED,ESTABLISHED"_s)}, act(A::Accept)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "accept packets of established connections")),
            base);
    }
    if (m_o.dropInvalid && type != EpChain::Untracked)
        add(rule({crit(K::ConntrackState, u"INVALID"_s)}, denyAct(m_o)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "drop packets conntrack considers invalid")),
            base);
    if (!failsafe.isEmpty())
        add(rule({}, act(A::Jump, failsafe)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe ports")), base);
    add(rule({}, markAct(A::ClearMark, m_marks.accept | m_marks.pass)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "clear the accept and pass marks")), base);
    if (workload && dir == Direction::Egress) {
        if (!m_o.allowVxlanFromWorkloads) {
            MatchCriterion ports = portsCrit(false, {{m_o.vxlanPort, m_o.vxlanPort}});
            add(rule({protoCrit(17, u"17"_s), ports}, denyAct(m_o),
                    {denyWord(m_o) + u" VXLAN encapped packets originating in workloads"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "drop VXLAN from workloads")), base);
        }
        if (!m_o.allowIpipFromWorkloads)
            add(rule({protoCrit(4, u"4"_s)}, denyAct(m_o),
                    {denyWord(m_o) + u" IPinIP encapped packets originating in workloads"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "drop IP-in-IP from workloads")), base);
    }

    // Tiers (docs/rendering.md: "Chains"): the applicable policies in evaluation order, grouped by
    // tier.
    const HostEndpointPipeline pipeline = type == EpChain::Forward ? HostEndpointPipeline::Forward
        : type == EpChain::Untracked                               ? HostEndpointPipeline::Untracked
        : type == EpChain::PreDnat                                 ? HostEndpointPipeline::PreDnat
                                                                   : HostEndpointPipeline::Normal;
    const std::vector<int> applicable = workload
        ? m_engine.applicablePolicies(object, dir)
        : hostEndpointPolicies(m_engine, object, dir, pipeline);
    QList<QPair<int, QList<int>>> tiers; // tier index → policies
    for (int pi : applicable) {
        const CompiledPolicy &p = m_engine.policies()[pi];
        if (tiers.isEmpty() || tiers.last().first != p.tierIndex)
            tiers.append(qMakePair(p.tierIndex, QList<int>()));
        tiers.last().second.append(pi);
    }
    for (const auto &[tierIndex, policies] : tiers) {
        const OrderedTier &tier = m_engine.tiers()[tierIndex];
        RuleOrigin tierOrigin = base;
        tierOrigin.tier = tier.name;
        add(rule({}, markAct(A::ClearMark, m_marks.pass), {u"Start of tier "_s + tier.name}),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "start of tier: clear the pass mark")),
            tierOrigin);
        QList<int> enforced;
        for (int pi : policies) {
            if (!m_engine.policies()[pi].staged)
                enforced.append(pi);
        }
        // Runs of consecutive policies with the same selector form a group (docs/rendering.md:
        // "Names and hashes").
        qsizetype i = 0;
        while (i < enforced.size()) {
            qsizetype j = i + 1;
            if (m_o.policyGroups) {
                const Selector *a
                    = m_engine.selectors().selector(m_engine.policies()[enforced[i]].selectorId);
                while (j < enforced.size()) {
                    const Selector *b = m_engine.selectors().selector(
                        m_engine.policies()[enforced[j]].selectorId);
                    if (!a || !b || a->canonical() != b->canonical())
                        break;
                    ++j;
                }
            }
            const QList<int> run = enforced.mid(i, j - i);
            const CompiledPolicy &p = m_engine.policies()[run.first()];
            RuleOrigin jumpOrigin = tierOrigin;
            QString target;
            if (run.size() > 1) {
                target = groupChain(run, inbound);
                jumpOrigin.kind = RuleOrigin::Kind::PolicyGroup;
                QStringList names;
                for (int pi : run)
                    names.append(m_engine.policies()[pi].displayName);
                jumpOrigin.name = names.join(u", "_s);
            } else {
                target = policyChain(run.first(), inbound);
                jumpOrigin.name = p.displayName;
                jumpOrigin.policyKind = p.kindName;
            }
            add(rule({markCrit(K::MarkClear, m_marks.pass)}, act(A::Jump, target)),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "jump to policy unless a policy passed")),
                jumpOrigin);
            if (type == EpChain::Untracked)
                add(rule({markCrit(K::MarkSingleBitSet, m_marks.accept)}, act(A::NoTrack)),
                    words(QT_TRANSLATE_NOOP(
                        "FelixPurpose", "untracked policy allowed: leave the packet untracked")),
                    jumpOrigin);
            add(rule({markCrit(K::MarkSingleBitSet, m_marks.accept)}, act(A::Return),
                    {u"Return if policy accepted"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "return if the policy accepted")),
                jumpOrigin);
            i = j;
        }
        const bool endOfTierDrop
            = type == EpChain::Normal || type == EpChain::Forward || type == EpChain::MangleEgress;
        if (endOfTierDrop && !enforced.isEmpty() && tier.defaultAction != u"Pass") {
            add(rule({markCrit(K::MarkClear, m_marks.pass)}, denyAct(m_o),
                    {u"End of tier %1. %2 if no policies passed packet"_s.arg(
                        tier.name, denyWord(m_o))}),
                words(
                    QT_TRANSLATE_NOOP("FelixPurpose", "end of tier: deny unless a policy passed")),
                tierOrigin);
        }
    }

    if (forward) {
        if (tiers.isEmpty()) {
            add(rule({}, markAct(A::SetMark, m_marks.accept),
                    {u"Allow forwarded traffic by default"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "no applyOnForward policy: allow")), base);
            add(rule({}, act(A::Return), {u"Return for accepted forward traffic"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "return")), base);
        }
        return rules;
    }
    if (type == EpChain::Untracked || type == EpChain::PreDnat)
        return rules; // no profiles, no final drop: later tables decide
    for (const QString &profile : obj.profiles) {
        RuleOrigin po = base;
        po.kind = RuleOrigin::Kind::Profile;
        po.name = profile;
        po.policyKind = u"Profile"_s;
        add(rule({}, act(A::Jump, profileChain(profile, inbound))),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "jump to profile")), po);
        add(rule({markCrit(K::MarkSingleBitSet, m_marks.accept)}, act(A::Return),
                {u"Return if profile accepted"_s}),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "return if the profile accepted")), po);
    }
    add(rule({}, denyAct(m_o), {denyWord(m_o) + u" if no profiles matched"_s}),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "no profile accepted: deny")), base);
    Q_UNUSED(chainName);
    return rules;
}

void Renderer::renderWorkload(int object)
{
    const InventoryObject &obj = m_engine.inventory().object(object);
    const QString iface = ifaceOf(object);
    RenderedEndpoint ep;
    ep.ref = obj.ref();
    ep.interfaceName = iface;
    for (const IpAddress &a : obj.addresses)
        ep.addresses.append(a.toString());
    ep.toChain = endpointChainName(u"cali-tw-"_s, iface, maxLen());
    ep.fromChain = endpointChainName(u"cali-fw-"_s, iface, maxLen());
    RuleOrigin origin;
    origin.kind = RuleOrigin::Kind::Endpoint;
    origin.name = obj.ref();
    origin.endpoint = obj.ref();
    origin.direction = u"ingress"_s;
    addChain(ep.toChain,
        endpointChainRules(object, Direction::Ingress, ep.toChain, {}, true, {}, EpChain::Normal),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "to workload %1 (its ingress policy)"))
            .arg(obj.ref()),
        origin);
    origin.direction = u"egress"_s;
    addChain(ep.fromChain,
        endpointChainRules(object, Direction::Egress, ep.fromChain, {}, true, {}, EpChain::Normal),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "from workload %1 (its egress policy)"))
            .arg(obj.ref()),
        origin);
    m_endpoints.append(ep);
}

void Renderer::renderHostEndpoint(int object)
{
    const InventoryObject &obj = m_engine.inventory().object(object);
    const QString iface = ifaceOf(object);
    if (iface.isEmpty()) {
        m_warnings.append(u"host endpoint %1 has no interfaceName: Felix would match it by its "
                          "expected IPs; not rendered"_s.arg(obj.ref()));
        return;
    }
    RenderedEndpoint ep;
    ep.ref = obj.ref();
    ep.interfaceName = iface;
    ep.hostEndpoint = true;
    for (const IpAddress &a : obj.addresses)
        ep.addresses.append(a.toString());
    ep.toChain = endpointChainName(u"cali-th-"_s, iface, maxLen());
    ep.fromChain = endpointChainName(u"cali-fh-"_s, iface, maxLen());
    RuleOrigin origin;
    origin.kind = RuleOrigin::Kind::Endpoint;
    origin.name = obj.ref();
    origin.endpoint = obj.ref();
    origin.direction = u"egress"_s;
    addChain(ep.toChain,
        endpointChainRules(object, Direction::Egress, ep.toChain, {}, false, u"cali-failsafe-out"_s,
            EpChain::Normal),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "to host endpoint %1 (its egress policy)"))
            .arg(obj.ref()),
        origin);
    origin.direction = u"ingress"_s;
    addChain(ep.fromChain,
        endpointChainRules(object, Direction::Ingress, ep.fromChain, {}, false,
            u"cali-failsafe-in"_s, EpChain::Normal),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "from host endpoint %1 (its ingress policy)"))
            .arg(obj.ref()),
        origin);
    origin.direction = u"egress"_s;
    addChain(endpointChainName(u"cali-thfw-"_s, iface, maxLen()),
        endpointChainRules(object, Direction::Egress, QString(), {}, false, {}, EpChain::Forward),
        words(QT_TRANSLATE_NOOP(
                  "FelixPurpose", "forwarded to host endpoint %1 (applyOnForward egress policy)"))
            .arg(obj.ref()),
        origin);
    origin.direction = u"ingress"_s;
    addChain(endpointChainName(u"cali-fhfw-"_s, iface, maxLen()),
        endpointChainRules(object, Direction::Ingress, QString(), {}, false, {}, EpChain::Forward),
        words(QT_TRANSLATE_NOOP("FelixPurpose",
                  "forwarded from host endpoint %1 (applyOnForward ingress policy)"))
            .arg(obj.ref()),
        origin);
    m_endpoints.append(ep);
    m_hostEndpoints.append(object);
    if (iface == u"*")
        m_wildcardHep = object;
}

QList<FelixRule> Renderer::wildcardEndRules(const QString &prefix, bool skipWorkloads) const
{
    QList<FelixRule> rules;
    if (m_wildcardHep < 0)
        return rules;
    RuleOrigin origin;
    origin.kind = RuleOrigin::Kind::Dispatch;
    origin.name = origin.endpoint = m_engine.inventory().object(m_wildcardHep).ref();
    if (skipWorkloads) {
        FelixRule skip = rule({crit(K::OutInterface, m_o.interfacePrefix + u'+')}, act(A::Return),
            {u"Skip egress WHEP policy for traffic to local workload"_s});
        skip.origin = origin;
        skip.origin.purpose = words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "no all-interfaces host endpoint policy towards local workloads"));
        rules.append(skip);
    }
    FelixRule go = rule({}, act(A::Goto, endpointChainName(prefix, u"*"_s, maxLen())));
    go.origin = origin;
    go.origin.purpose = words(
        QT_TRANSLATE_NOOP("FelixPurpose", "other interfaces: the all-interfaces host endpoint"));
    rules.append(go);
    return rules;
}

void Renderer::renderDispatch(const QString &root, const QList<QPair<QString, QString>> &targets,
    bool inInterface, const QList<FelixRule> &endRules, const QString &purpose)
{
    // docs/rendering.md: "Chains": sort, bucket by the character after the common prefix, one level
    // of children.
    QMap<QString, QString> byName; // interface → target chain
    for (const auto &[iface, chain] : targets)
        byName.insert(iface, chain);
    const QStringList names = byName.keys();
    const QString common = longestCommonPrefix(names);
    QMap<QString, QStringList> buckets;
    for (const QString &n : names)
        buckets[n.size() == common.size() ? common : n.left(common.size() + 1)].append(n);
    const K ifKind = inInterface ? K::InInterface : K::OutInterface;
    RuleOrigin origin;
    origin.kind = RuleOrigin::Kind::Dispatch;
    const auto gotoRule = [&](const QString &iface) {
        FelixRule r = rule({crit(ifKind, iface)}, act(A::Goto, byName.value(iface)));
        r.origin = origin;
        r.origin.purpose = words(
            QT_TRANSLATE_NOOP("FelixPurpose", "dispatch interface %1 to its endpoint chain"))
                               .arg(iface);
        for (const RenderedEndpoint &ep : m_endpoints) {
            if (ep.interfaceName == iface)
                r.origin.endpoint = r.origin.name = ep.ref;
        }
        return r;
    };
    QList<FelixRule> rootRules;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        if (it->size() == 1) {
            rootRules.append(gotoRule(it->first()));
            continue;
        }
        const QString child = root + u'-' + it.key().right(1);
        FelixRule r = rule({crit(ifKind, it.key() + u'+')}, act(A::Goto, child));
        r.origin = origin;
        r.origin.purpose = words(
            QT_TRANSLATE_NOOP("FelixPurpose", "dispatch interfaces %1* to a child dispatch chain"))
                               .arg(it.key());
        rootRules.append(r);
        QList<FelixRule> childRules;
        for (const QString &n : *it)
            childRules.append(gotoRule(n));
        childRules += endRules;
        addChain(child, childRules,
            words(QT_TRANSLATE_NOOP("FelixPurpose", "%1 (interfaces %2*)")).arg(purpose, it.key()),
            origin);
    }
    rootRules += endRules;
    addChain(root, rootRules, purpose, origin);
}

void Renderer::renderFixedChains(bool anyHep)
{
    const FelixMarks &mk = m_marks;
    const QString wl = m_o.interfacePrefix + u'+';
    RuleOrigin fixed;
    fixed.kind = RuleOrigin::Kind::Fixed;
    const auto f = [&](FelixRule r, const QString &purpose) {
        r.origin = fixed;
        r.origin.purpose = purpose;
        return r;
    };

    addChain(u"cali-FORWARD"_s,
        {f(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits() & ~mk.accept)),
             words(QT_TRANSLATE_NOOP("FelixPurpose", "clear every Calico mark bit but accept"))),
            f(rule({markCrit(K::MarkClear, mk.accept)}, act(A::Jump, u"cali-from-hep-forward"_s)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "host endpoint applyOnForward ingress policy"))),
            f(rule({crit(K::InInterface, wl)}, act(A::Jump, u"cali-from-wl-dispatch"_s)),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "egress policy of the sending workload"))),
            f(rule({crit(K::OutInterface, wl)}, act(A::Jump, u"cali-to-wl-dispatch"_s)),
                words(
                    QT_TRANSLATE_NOOP("FelixPurpose", "ingress policy of the receiving workload"))),
            f(rule({}, act(A::Jump, u"cali-to-hep-forward"_s)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "host endpoint applyOnForward egress policy"))),
            f(rule({}, act(A::Jump, u"cali-cidr-block"_s)),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "blocked CIDRs")))},
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "filter FORWARD: workload and host-endpoint forward policy")),
        fixed);

    QList<FelixRule> input;
    if (m_o.vxlanEnabled) {
        const QString allHosts = m_ipsets.allVxlanHostsSet();
        input.append(
            f(rule({protoCrit(17, u"17"_s), portsCrit(false, {{m_o.vxlanPort, m_o.vxlanPort}}),
                       setCrit(true, allHosts, u"src"_s), crit(K::DestAddrTypeLocal)},
                  act(A::Accept), {u"Allow IPv4 VXLAN packets from allowed hosts"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN from other nodes"))));
        input.append(
            f(rule({protoCrit(17, u"17"_s), portsCrit(false, {{m_o.vxlanPort, m_o.vxlanPort}}),
                       crit(K::DestAddrTypeLocal)},
                  act(A::Drop), {u"Drop IPv4 VXLAN packets from non-allowed hosts"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN from elsewhere"))));
    }
    input.append(f(rule({crit(K::InInterface, wl)}, act(A::Goto, u"cali-wl-to-host"_s)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "traffic from workloads to this host"))));
    input.append(f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "accepted earlier"))));
    input.append(f(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "clear Calico mark bits"))));
    input.append(f(rule({}, act(A::Jump, u"cali-from-host-endpoint"_s)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "host endpoint ingress policy"))));
    input.append(f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept),
                       {u"Host endpoint policy accepted packet."_s}),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "host endpoint policy accepted"))));
    addChain(u"cali-INPUT"_s, input,
        words(QT_TRANSLATE_NOOP("FelixPurpose", "filter INPUT: traffic to this host")), fixed);

    QList<FelixRule> output {f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
                                 words(QT_TRANSLATE_NOOP("FelixPurpose", "accepted earlier"))),
        f(rule({crit(K::OutInterface, wl)}, act(A::Return)),
            words(QT_TRANSLATE_NOOP(
                "FelixPurpose", "host to workload traffic is not policed here")))};
    if (m_o.vxlanEnabled) {
        output.append(
            f(rule({protoCrit(17, u"17"_s), portsCrit(false, {{m_o.vxlanPort, m_o.vxlanPort}}),
                       crit(K::SrcAddrTypeLocal),
                       setCrit(false, m_ipsets.allVxlanHostsSet(), u"dst"_s)},
                  act(A::Accept), {u"Allow IPv4 VXLAN packets to other allowed hosts"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN to other nodes"))));
    }
    addChain(u"cali-OUTPUT"_s,
        output
            + QList<FelixRule> {f(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
                                    words(QT_TRANSLATE_NOOP(
                                        "FelixPurpose", "clear Calico mark bits"))),
                f(rule({crit(K::ConntrackState, u"DNAT"_s, true)},
                      act(A::Jump, u"cali-to-host-endpoint"_s)),
                    words(QT_TRANSLATE_NOOP("FelixPurpose", "host endpoint egress policy"))),
                f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept),
                      {u"Host endpoint policy accepted packet."_s}),
                    words(QT_TRANSLATE_NOOP("FelixPurpose", "host endpoint policy accepted")))},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "filter OUTPUT: traffic from this host")), fixed);

    const FelixAction toHost = m_o.defaultEndpointToHostAction == u"ACCEPT" ? act(A::Accept)
        : m_o.defaultEndpointToHostAction == u"RETURN"                      ? act(A::Return)
                                                                            : denyAct(m_o);
    addChain(u"cali-wl-to-host"_s,
        {f(rule({}, act(A::Jump, u"cali-from-wl-dispatch"_s)),
             words(QT_TRANSLATE_NOOP("FelixPurpose", "egress policy of the workload"))),
            f(rule({}, toHost, {u"Configured DefaultEndpointToHostAction"_s}),
                u"DefaultEndpointToHostAction"_s)},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "workload to host traffic")), fixed);
    addChain(u"cali-cidr-block"_s, {},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "blocked CIDRs (none)")), fixed);

    // Workload dispatch.
    QList<QPair<QString, QString>> from, to, hepFrom, hepTo, hepFwdFrom, hepFwdTo;
    for (const RenderedEndpoint &ep : m_endpoints) {
        if (ep.hostEndpoint && ep.interfaceName == u"*") {
            continue; // the all-interfaces host endpoint: the dispatch chains' end rules
        } else if (ep.hostEndpoint) {
            hepFrom.append({ep.interfaceName, ep.fromChain});
            hepTo.append({ep.interfaceName, ep.toChain});
            hepFwdFrom.append(
                {ep.interfaceName, endpointChainName(u"cali-fhfw-"_s, ep.interfaceName, maxLen())});
            hepFwdTo.append(
                {ep.interfaceName, endpointChainName(u"cali-thfw-"_s, ep.interfaceName, maxLen())});
        } else {
            from.append({ep.interfaceName, ep.fromChain});
            to.append({ep.interfaceName, ep.toChain});
        }
    }
    const FelixRule unknown = f(rule({}, denyAct(m_o), {u"Unknown interface"_s}),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "drop traffic of unknown workload interfaces")));
    renderDispatch(u"cali-from-wl-dispatch"_s, from, true, {unknown},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch from workload interfaces")));
    renderDispatch(u"cali-to-wl-dispatch"_s, to, false, {unknown},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch to workload interfaces")));
    renderDispatch(u"cali-from-host-endpoint"_s, hepFrom, true,
        wildcardEndRules(u"cali-fh-"_s, false),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch from host endpoints")));
    renderDispatch(u"cali-to-host-endpoint"_s, hepTo, false, wildcardEndRules(u"cali-th-"_s, false),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch to host endpoints")));
    renderDispatch(u"cali-from-hep-forward"_s, hepFwdFrom, true,
        wildcardEndRules(u"cali-fhfw-"_s, false),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch forwarded traffic from host endpoints")));
    renderDispatch(u"cali-to-hep-forward"_s, hepFwdTo, false,
        wildcardEndRules(u"cali-thfw-"_s, false),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch forwarded traffic to host endpoints")));

    if (anyHep) {
        const auto failsafe
            = [&](const QString &name, const QList<QPair<int, int>> &ports, bool in) {
                  QList<FelixRule> rules;
                  for (const auto &[proto, port] : ports) {
                      rules.append(f(rule({protoCrit(proto, proto == 6 ? u"tcp"_s : u"udp"_s),
                                              portsCrit(false, {{port, port}})},
                                         act(A::Accept)),
                          words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe port %1/%2"))
                              .arg(proto == 6 ? u"tcp"_s : u"udp"_s)
                              .arg(port)));
                  }
                  addChain(name, rules,
                      in ? words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe inbound host ports"))
                         : words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe outbound host ports")),
                      fixed);
              };
        failsafe(u"cali-failsafe-in"_s, failsafeHostPorts(Direction::Ingress), true);
        failsafe(u"cali-failsafe-out"_s, failsafeHostPorts(Direction::Egress), false);
    }
}

void Renderer::renderHooks()
{
    RuleOrigin hook;
    hook.kind = RuleOrigin::Kind::Hook;
    const auto h = [&](FelixRule r, const QString &purpose) {
        r.origin = hook;
        r.origin.purpose = purpose;
        return r;
    };
    KernelHook input {u"INPUT"_s,
        {h(rule({}, act(A::Jump, u"cali-INPUT"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "hook into INPUT")))},
        {}};
    KernelHook forward {u"FORWARD"_s,
        {h(rule({}, act(A::Jump, u"cali-FORWARD"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "hook into FORWARD")))},
        {h(rule({markCrit(K::MarkSingleBitSet, m_marks.accept)}, act(A::Accept),
               {u"Policy explicitly accepted packet."_s}),
             words(QT_TRANSLATE_NOOP("FelixPurpose", "accept what policy accepted"))),
            h(rule({}, markAct(A::SetMark, m_marks.accept)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "mark other forwarded traffic accepted (for later tables)")))}};
    KernelHook output {u"OUTPUT"_s,
        {h(rule({}, act(A::Jump, u"cali-OUTPUT"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "hook into OUTPUT")))},
        {}};
    for (KernelHook *k : {&input, &forward, &output}) {
        computeIptablesHashes(k->inserted, k->chain);
        computeIptablesHashes(k->appended, k->chain + u"*appends*"_s);
    }
    m_hookList = {input, forward, output};
}

void Renderer::renderRawAndMangle()
{
    const FelixMarks &mk = m_marks;
    const QString wl = m_o.interfacePrefix + u'+';
    RuleOrigin fixed;
    fixed.kind = RuleOrigin::Kind::Fixed;
    const auto f = [&](FelixRule r, const QString &purpose) {
        r.origin = fixed;
        r.origin.purpose = purpose;
        return r;
    };
    const auto udpPort = [&](int port) {
        MatchCriterion m = crit(K::DestPort, u"udp"_s);
        m.number = port;
        return m;
    };
    const QList<QPair<int, int>> &failsafeIn = failsafeHostPorts(Direction::Ingress);
    const QList<QPair<int, int>> &failsafeOut = failsafeHostPorts(Direction::Egress);
    // failsafeInChain / failsafeOutChain: the raw table also accepts the replies (source
    // ports of the other direction's list), as it runs before conntrack.
    const auto failsafe = [&](const QString &name, bool in, bool raw) {
        QList<FelixRule> rules;
        const auto add = [&](const QList<QPair<int, int>> &list, bool source) {
            for (const auto &[proto, port] : list) {
                const QString p = proto == 6 ? u"tcp"_s : u"udp"_s;
                rules.append(f(
                    rule({protoCrit(proto, p), portsCrit(source, {{port, port}})}, act(A::Accept)),
                    (source ? words(
                         QT_TRANSLATE_NOOP("FelixPurpose", "failsafe port %1/%2 (replies)"))
                            : words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe port %1/%2")))
                        .arg(p)
                        .arg(port)));
            }
        };
        add(in ? failsafeIn : failsafeOut, false);
        if (raw)
            add(in ? failsafeOut : failsafeIn, true);
        addChain(name, rules,
            in ? words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe inbound host ports"))
               : words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe outbound host ports")),
            fixed);
    };
    const auto hook = [&](const QString &kernelChain, const QString &target) {
        RuleOrigin h;
        h.kind = RuleOrigin::Kind::Hook;
        h.purpose = words(QT_TRANSLATE_NOOP("FelixPurpose", "hook into %1")).arg(kernelChain);
        FelixRule r = rule({}, act(A::Jump, target));
        r.origin = h;
        KernelHook k {kernelChain, {r}, {}};
        computeIptablesHashes(k.inserted, k.chain);
        return k;
    };
    const auto endpointChain
        = [&](int object, const QString &prefix, Direction dir, const QString &failsafeChain,
              EpChain type, const QString &purpose) {
              const InventoryObject &obj = m_engine.inventory().object(object);
              const QString name = endpointChainName(prefix, ifaceOf(object), maxLen());
              RuleOrigin origin;
              origin.kind = RuleOrigin::Kind::Endpoint;
              origin.name = obj.ref();
              origin.endpoint = obj.ref();
              origin.direction = directionName(dir);
              addChain(name, endpointChainRules(object, dir, name, {}, false, failsafeChain, type),
                  purpose.arg(obj.ref()), origin);
              return name;
          };
    const auto take = [](std::map<QString, FelixChain> &chains) {
        QList<FelixChain> out;
        for (auto &[name, chain] : chains)
            out.append(std::move(chain));
        return out;
    };

    // raw: untracked (doNotTrack) policy, before conntrack (StaticRawTableChains).
    m_target = &m_rawChains;
    m_targetPolicies = &m_rawPolicyChains;
    QList<FelixRule> pre {f(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "clear Calico mark bits")))};
    if (m_o.vxlanEnabled)
        pre.append(f(rule({protoCrit(17, u"udp"_s), udpPort(m_o.vxlanPort)}, act(A::NoTrack)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN is not tracked"))));
    pre.append(f(rule({crit(K::InInterface, wl)}, markAct(A::SetMark, mk.scratch0)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "mark packets from workloads"))));
    pre.append(
        f(rule({markCrit(K::MarkSingleBitSet, mk.scratch0)}, act(A::Jump, u"cali-rpf-skip"_s)),
            words(QT_TRANSLATE_NOOP(
                "FelixPurpose", "workloads allowed to skip the reverse-path check"))));
    pre.append(
        f(rule({markCrit(K::MarkSingleBitSet, mk.scratch0), crit(K::RpFilterFailed)}, denyAct(m_o)),
            words(QT_TRANSLATE_NOOP("FelixPurpose",
                "drop workload packets with a spoofed source (strict reverse-path check)"))));
    pre.append(f(
        rule({markCrit(K::MarkClear, mk.scratch0)}, act(A::Jump, u"cali-from-host-endpoint"_s)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "untracked ingress policy of host endpoints"))));
    pre.append(f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "untracked policy accepted the packet"))));
    addChain(u"cali-PREROUTING"_s, pre,
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "raw PREROUTING: anti-spoofing and untracked policy")),
        fixed);
    QList<FelixRule> out {f(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
                              words(QT_TRANSLATE_NOOP("FelixPurpose", "clear Calico mark bits"))),
        f(rule({}, act(A::Jump, u"cali-to-host-endpoint"_s)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "untracked egress policy of host endpoints")))};
    if (m_o.vxlanEnabled)
        out.append(f(rule({protoCrit(17, u"udp"_s), udpPort(m_o.vxlanPort)}, act(A::NoTrack)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "VXLAN is not tracked"))));
    out.append(f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "untracked policy accepted the packet"))));
    addChain(u"cali-OUTPUT"_s, out,
        words(QT_TRANSLATE_NOOP("FelixPurpose", "raw OUTPUT: untracked policy")), fixed);
    addChain(u"cali-rpf-skip"_s, {},
        words(
            QT_TRANSLATE_NOOP("FelixPurpose", "workloads that skip the reverse-path check (none)")),
        fixed);
    failsafe(u"cali-failsafe-in"_s, true, true);
    failsafe(u"cali-failsafe-out"_s, false, true);
    // Host endpoints with an untracked policy in either direction get both raw chains.
    bool wildcardUntracked = false;
    QList<QPair<QString, QString>> rawFrom, rawTo;
    for (int hep : std::as_const(m_hostEndpoints)) {
        if (hostEndpointPolicies(m_engine, hep, Direction::Ingress, HostEndpointPipeline::Untracked)
                .empty()
            && hostEndpointPolicies(
                m_engine, hep, Direction::Egress, HostEndpointPipeline::Untracked)
                   .empty())
            continue;
        const QString iface = ifaceOf(hep);
        if (iface == u"*") {
            wildcardUntracked = true;
            endpointChain(hep, u"cali-fh-"_s, Direction::Ingress, u"cali-failsafe-in"_s,
                EpChain::Untracked,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "from host endpoint %1 (untracked ingress policy)")));
            endpointChain(hep, u"cali-th-"_s, Direction::Egress, u"cali-failsafe-out"_s,
                EpChain::Untracked,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "to host endpoint %1 (untracked egress policy)")));
            continue;
        }
        rawFrom.append({iface,
            endpointChain(hep, u"cali-fh-"_s, Direction::Ingress, u"cali-failsafe-in"_s,
                EpChain::Untracked,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "from host endpoint %1 (untracked ingress policy)")))});
        rawTo.append({iface,
            endpointChain(hep, u"cali-th-"_s, Direction::Egress, u"cali-failsafe-out"_s,
                EpChain::Untracked,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "to host endpoint %1 (untracked egress policy)")))});
    }
    renderDispatch(u"cali-from-host-endpoint"_s, rawFrom, true,
        wildcardUntracked ? wildcardEndRules(u"cali-fh-"_s, false) : QList<FelixRule>(),
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "dispatch from host endpoints with untracked policy")));
    renderDispatch(u"cali-to-host-endpoint"_s, rawTo, false,
        wildcardUntracked ? wildcardEndRules(u"cali-th-"_s, true) : QList<FelixRule>(),
        words(
            QT_TRANSLATE_NOOP("FelixPurpose", "dispatch to host endpoints with untracked policy")));
    m_tables.append({u"raw"_s,
        {hook(u"PREROUTING"_s, u"cali-PREROUTING"_s), hook(u"OUTPUT"_s, u"cali-OUTPUT"_s)},
        take(m_rawChains)});

    // mangle: pre-DNAT ingress policy, and normal egress policy of host traffic that was
    // DNATed (StaticMangleTableChains, HostEndpointToMangle*Chains).
    m_target = &m_mangleChains;
    m_targetPolicies = &m_manglePolicyChains;
    addChain(u"cali-PREROUTING"_s,
        {f(rule({crit(K::ConntrackState, u"RELATED,ESTABLISHED"_s)}, act(A::Accept)),
             words(QT_TRANSLATE_NOOP("FelixPurpose", "accept packets of established connections"))),
            f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept)),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "accepted by untracked policy in raw"))),
            f(rule({}, act(A::Jump, u"cali-from-host-endpoint"_s)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "pre-DNAT ingress policy of host endpoints"))),
            f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Accept),
                  {u"Host endpoint policy accepted packet."_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "pre-DNAT policy accepted the packet")))},
        words(QT_TRANSLATE_NOOP("FelixPurpose", "mangle PREROUTING: pre-DNAT policy")), fixed);
    addChain(u"cali-POSTROUTING"_s,
        {f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Return)),
             words(QT_TRANSLATE_NOOP(
                 "FelixPurpose", "forwarded traffic (filter FORWARD set the accept mark)"))),
            f(rule({}, markAct(A::ClearMark, mk.allCalicoMarkBits())),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "clear Calico mark bits"))),
            f(rule({crit(K::ConntrackState, u"DNAT"_s)}, act(A::Jump, u"cali-to-host-endpoint"_s)),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "egress policy of host endpoints for DNATed host traffic"))),
            f(rule({markCrit(K::MarkSingleBitSet, mk.accept)}, act(A::Return),
                  {u"Host endpoint policy accepted packet."_s}),
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "host endpoint policy accepted the packet")))},
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "mangle POSTROUTING: host endpoint egress policy after DNAT")),
        fixed);
    failsafe(u"cali-failsafe-in"_s, true, false);
    failsafe(u"cali-failsafe-out"_s, false, false);
    bool wildcardPreDnat = false;
    QList<QPair<QString, QString>> mangleFrom, mangleTo;
    for (int hep : std::as_const(m_hostEndpoints)) {
        const QString iface = ifaceOf(hep);
        if (iface == u"*") {
            if (!hostEndpointPolicies(
                    m_engine, hep, Direction::Ingress, HostEndpointPipeline::PreDnat)
                     .empty()) {
                wildcardPreDnat = true;
                endpointChain(hep, u"cali-fh-"_s, Direction::Ingress, u"cali-failsafe-in"_s,
                    EpChain::PreDnat,
                    words(QT_TRANSLATE_NOOP(
                        "FelixPurpose", "from host endpoint %1 (pre-DNAT ingress policy)")));
            }
            endpointChain(hep, u"cali-th-"_s, Direction::Egress, u"cali-failsafe-out"_s,
                EpChain::MangleEgress,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "to host endpoint %1 (egress policy of DNATed traffic)")));
            continue;
        }
        if (!hostEndpointPolicies(m_engine, hep, Direction::Ingress, HostEndpointPipeline::PreDnat)
                 .empty()) {
            mangleFrom.append({iface,
                endpointChain(hep, u"cali-fh-"_s, Direction::Ingress, u"cali-failsafe-in"_s,
                    EpChain::PreDnat,
                    words(QT_TRANSLATE_NOOP(
                        "FelixPurpose", "from host endpoint %1 (pre-DNAT ingress policy)")))});
        }
        mangleTo.append({iface,
            endpointChain(hep, u"cali-th-"_s, Direction::Egress, u"cali-failsafe-out"_s,
                EpChain::MangleEgress,
                words(QT_TRANSLATE_NOOP(
                    "FelixPurpose", "to host endpoint %1 (egress policy of DNATed traffic)")))});
    }
    renderDispatch(u"cali-from-host-endpoint"_s, mangleFrom, true,
        wildcardPreDnat ? wildcardEndRules(u"cali-fh-"_s, false) : QList<FelixRule>(),
        words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "dispatch from host endpoints with pre-DNAT policy")));
    renderDispatch(u"cali-to-host-endpoint"_s, mangleTo, false,
        wildcardEndRules(u"cali-th-"_s, true),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "dispatch to host endpoints")));
    m_tables.append({u"mangle"_s,
        {hook(u"PREROUTING"_s, u"cali-PREROUTING"_s),
            hook(u"POSTROUTING"_s, u"cali-POSTROUTING"_s)},
        take(m_mangleChains)});
    m_target = &m_chains;
    m_targetPolicies = &m_policyChains;
}

FelixRuleset Renderer::render(
    const QList<int> &endpoints, const QString &node, const QString &endpointRef)
{
    bool anyHep = false;
    QList<int> sorted = endpoints;
    std::sort(
        sorted.begin(), sorted.end(), [this](int a, int b) { return ifaceOf(a) < ifaceOf(b); });
    for (int object : sorted) {
        const InventoryObject &obj = m_engine.inventory().object(object);
        if (obj.kind == ObjectKind::HostEndpoint) {
            if (m_o.nftables && ifaceOf(object) == u"*") {
                m_warnings.append(
                    u"nftables: the all-interfaces host endpoint %1 is not rendered "
                    "(its chains, cali-fh-* and so on, are iptables names)"_s.arg(obj.ref()));
                continue;
            }
            anyHep = true;
            renderHostEndpoint(object);
        } else {
            renderWorkload(object);
        }
    }
    renderFixedChains(anyHep);
    renderHooks();
    if (!m_hostEndpoints.isEmpty()) {
        if (m_o.nftables)
            m_warnings.append(u"nftables: the raw (doNotTrack) and mangle (preDNAT) host-endpoint "
                              "chains are rendered in iptables mode only"_s);
        else
            renderRawAndMangle();
    }

    FelixRuleset rs;
    rs.node = node;
    rs.endpoint = endpointRef;
    rs.ipVersion = m_o.ipVersion;
    rs.marks = m_marks;
    rs.interfacePrefix = m_o.interfacePrefix;
    rs.hooks = m_hookList;
    for (auto &[name, chain] : m_chains)
        rs.chains.append(std::move(chain));
    rs.ipsets = m_ipsets.take();
    rs.endpoints = m_endpoints;
    rs.tables = m_tables;
    if (m_o.ipVersion == 6)
        m_warnings.append(
            u"IPv6: the fixed chains are rendered as for IPv4 (no ICMPv6 rules in cali-wl-to-host)"_s);
    for (const QString &warning : m_translator.warnings())
        m_warnings.append(warning);
    rs.warnings = m_warnings;
    rs.localizedPurposes = m_o.localizedPurposes;
    return rs;
}

} // namespace

QString endpointInterfaceName(const PolicyEngine &engine, int object, const RenderOptions &options)
{
    const InventoryObject &obj = engine.inventory().object(object);
    const auto it = options.interfaceNames.constFind(obj.ref());
    if (it != options.interfaceNames.constEnd())
        return *it;
    if (obj.kind == ObjectKind::HostEndpoint) {
        for (const HostEndpoint &hep : engine.workspace()->hostEndpoints) {
            if (hep.meta.name == obj.name)
                return hep.interfaceName; // "*": every interface of the host
        }
        return QString();
    }
    return workloadInterfaceName(obj.namespace_, obj.name, options.interfacePrefix);
}

RenderResult renderNode(
    const PolicyEngine &engine, const QString &node, const RenderOptions &options)
{
    QList<int> local;
    const QList<InventoryObject> &objects = engine.inventory().objects();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const InventoryObject &o = objects[i];
        if ((o.kind == ObjectKind::Pod || o.kind == ObjectKind::HostEndpoint) && o.node == node)
            local.append(int(i));
    }
    Renderer r(engine, options);
    return {r.render(local, node, QString()), QString()};
}

RenderResult renderEndpoint(
    const PolicyEngine &engine, const QString &endpointRef, const RenderOptions &options)
{
    const EndpointRef ref = engine.resolve(endpointRef);
    if (!ref.ok())
        return {FelixRuleset(), ref.error};
    if (!ref.isEndpoint())
        return {FelixRuleset(), u"%1 is not an endpoint of the inventory"_s.arg(endpointRef)};
    const InventoryObject &obj = engine.inventory().object(ref.object);
    if (obj.kind != ObjectKind::Pod && obj.kind != ObjectKind::HostEndpoint)
        return {FelixRuleset(),
            u"%1 is a workload template: only pods and host endpoints have "
            "chains"_s.arg(endpointRef)};
    Renderer r(engine, options);
    return {r.render({ref.object}, obj.node, obj.ref()), QString()};
}

RenderResult render(const PolicyEngine &engine, const RenderRequest &request)
{
    RenderOptions options = request.options;
    options.nftables = request.dataplane == Dataplane::Nftables;
    if (!request.endpoint.isEmpty())
        return renderEndpoint(engine, request.endpoint, options);
    return renderNode(engine, request.node, options);
}

QByteArray renderOutput(const FelixRuleset &ruleset, Dataplane dataplane, RenderFormat format)
{
    if (format == RenderFormat::Json)
        return toJson(ruleset);
    if (dataplane == Dataplane::Nftables)
        return nftablesScript(ruleset).toUtf8();
    QByteArray out = "# ipset restore\n";
    out += ipsetRestoreUtf8(ruleset);
    out += "# iptables-restore --noflush\n";
    out += iptablesRestoreUtf8(ruleset);
    return out;
}

} // namespace ps
