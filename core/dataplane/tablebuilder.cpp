#include "core/dataplane/tablebuilder_p.h"

#include <QMap>

#include "core/dataplane/rendercontext_p.h"
#include "core/dataplane/ruleparts_p.h"
#include "core/dataplane/ruletranslator_p.h"
#include "core/eval/hostendpointpipeline.h"
#include "core/selector/selector.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

using namespace ruleparts;

namespace {

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

} // namespace

TableBuilder::TableBuilder(RenderContext &context, RuleTranslator &translator)
    : m_context(context), m_engine(context.engine), m_options(context.options),
      m_marks(context.marks), m_translator(translator)
{
}

QList<FelixChain> TableBuilder::takeChains()
{
    QList<FelixChain> out;
    out.reserve(qsizetype(m_chains.size()));
    for (auto &[name, chain] : m_chains)
        out.append(std::move(chain));
    m_chains.clear();
    m_policyChains.clear();
    return out;
}

QString TableBuilder::words(const char *source) const
{
    return m_context.words(source);
}

int TableBuilder::maxChainNameLength() const
{
    return m_context.maxChainNameLength();
}

QString TableBuilder::interfaceOf(int object) const
{
    return m_context.interfaceOf(object);
}

QString TableBuilder::hostEndpointChainName(const QString &prefix, const QString &iface) const
{
    const QString name = iface == u"*" ? u"any-interface-at-all"_s : iface;
    return endpointChainName(prefix, name, maxChainNameLength());
}

void TableBuilder::addChain(
    const QString &name, QList<FelixRule> rules, const QString &purpose, RuleOrigin origin)
{
    addChain(chain(name, std::move(rules), purpose, std::move(origin)));
}

void TableBuilder::addChain(FelixChain chain)
{
    const QString name = chain.name;
    m_chains[name] = std::move(chain);
}

void TableBuilder::dropUnreferenced(const QStringList &names)
{
    for (const QString &name : names) {
        bool referenced = false;
        for (const auto &[from, chain] : m_chains) {
            for (const FelixRule &r : chain.rules) {
                referenced = referenced
                    || ((r.action.kind == FelixAction::Kind::Jump
                            || r.action.kind == FelixAction::Kind::Goto)
                        && r.action.target == name);
            }
        }
        if (!referenced)
            m_chains.erase(name);
    }
}

QString TableBuilder::policyChain(int policy, bool inbound)
{
    const PolicyRef key {policy, inbound};
    const auto found = m_policyChains.find(key);
    if (found != m_policyChains.end())
        return found->second;
    const CompiledPolicy &p = m_engine.policies()[policy];
    const QString suffix = policyChainSuffix(
        p.kindName, p.policy.meta.namespace_, p.policy.meta.name, p.tier, m_options.naming);
    const QString name = policyChainName(inbound, suffix, maxChainNameLength());
    m_policyChains[key] = name;
    RuleOrigin base;
    base.kind = RuleOrigin::Kind::Policy;
    base.name = p.displayName;
    base.policyKind = p.kindName;
    base.policy = p.policy.source.id;
    base.tier = p.tier;
    base.direction = inbound ? u"ingress"_s : u"egress"_s;
    const QString comment
        = p.kindName + u' ' + p.displayName + (inbound ? u" ingress"_s : u" egress"_s);
    QList<FelixRule> rules = m_translator.translateChainBody(inbound ? p.ingress : p.egress,
        inbound ? p.policy.ingress : p.policy.egress, base, comment);
    addChain(name, rules, u"%1 %2 %3"_s.arg(p.kindName, p.displayName, base.direction), base);
    return name;
}

QString TableBuilder::profileChain(const QString &profile, bool inbound)
{
    const QString name = profileChainName(inbound, profile, maxChainNameLength());
    if (m_chains.count(name))
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
            compiled.append(compileRule(raw[i], int(i), QString(), true, m_context.localSelectors));
    }
    const QString comment = u"Profile "_s + profile + (inbound ? u" ingress"_s : u" egress"_s);
    addChain(name, m_translator.translateChainBody(compiled, raw, base, comment),
        u"Profile %1 %2"_s.arg(profile, base.direction), base);
    return name;
}

QString TableBuilder::groupChain(const QList<int> &policies, bool inbound)
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
    if (m_chains.count(name))
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
        jump.origin.policy = p.policy.source.id;
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

QList<FelixRule> TableBuilder::endpointChainRules(
    int object, Direction dir, bool workload, const QString &failsafe, EndpointStage type)
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

    const bool forward = type == EndpointStage::Forward;
    if (type == EndpointStage::MangleEgress) {
        // Allow action RETURN: flag established traffic accepted, then return.
        add(rule({crit(K::ConntrackState, u"RELATED,ESTABLISHED"_s)},
                markAct(A::SetMark, m_marks.accept)),
            words(QT_TRANSLATE_NOOP(
                "FelixPurpose", "mark packets of established connections accepted")),
            base);
        add(rule({crit(K::ConntrackState, u"RELATED,ESTABLISHED"_s)}, act(A::Return)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "return packets of established connections")),
            base);
    } else if (type != EndpointStage::Untracked) {
        add(rule({crit(K::ConntrackState, u"RELATED,ESTABLISHED"_s)}, act(A::Accept)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "accept packets of established connections")),
            base);
    }
    if (m_options.dropInvalid && type != EndpointStage::Untracked)
        add(rule({crit(K::ConntrackState, u"INVALID"_s)}, denyAct(m_options)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "drop packets conntrack considers invalid")),
            base);
    if (!failsafe.isEmpty())
        add(rule({}, act(A::Jump, failsafe)),
            words(QT_TRANSLATE_NOOP("FelixPurpose", "failsafe ports")), base);
    add(rule({}, markAct(A::ClearMark, m_marks.accept | m_marks.pass)),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "clear the accept and pass marks")), base);
    if (workload && dir == Direction::Egress) {
        if (!m_options.allowVxlanFromWorkloads) {
            MatchCriterion ports = portsCrit(false, {{m_options.vxlanPort, m_options.vxlanPort}});
            add(rule({protoCrit(17, u"17"_s), ports}, denyAct(m_options),
                    {denyWord(m_options) + u" VXLAN encapped packets originating in workloads"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "drop VXLAN from workloads")), base);
        }
        if (!m_options.allowIpipFromWorkloads)
            add(rule({protoCrit(4, u"4"_s)}, denyAct(m_options),
                    {denyWord(m_options) + u" IPinIP encapped packets originating in workloads"_s}),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "drop IP-in-IP from workloads")), base);
    }

    // Tiers (docs/rendering.md: "Chains"): the applicable policies in evaluation order, grouped by
    // tier.
    const HostEndpointPipeline pipeline = type == EndpointStage::Forward
        ? HostEndpointPipeline::Forward
        : type == EndpointStage::Untracked ? HostEndpointPipeline::Untracked
        : type == EndpointStage::PreDnat   ? HostEndpointPipeline::PreDnat
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
            if (m_options.policyGroups) {
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
                jumpOrigin.policy = p.policy.source.id;
            }
            add(rule({markCrit(K::MarkClear, m_marks.pass)}, act(A::Jump, target)),
                words(QT_TRANSLATE_NOOP("FelixPurpose", "jump to policy unless a policy passed")),
                jumpOrigin);
            if (type == EndpointStage::Untracked)
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
        const bool endOfTierDrop = type == EndpointStage::Normal || type == EndpointStage::Forward
            || type == EndpointStage::MangleEgress;
        if (endOfTierDrop && !enforced.isEmpty() && tier.defaultAction != u"Pass") {
            add(rule({markCrit(K::MarkClear, m_marks.pass)}, denyAct(m_options),
                    {u"End of tier %1. %2 if no policies passed packet"_s.arg(
                        tier.name, denyWord(m_options))}),
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
    if (type == EndpointStage::Untracked || type == EndpointStage::PreDnat)
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
    add(rule({}, denyAct(m_options), {denyWord(m_options) + u" if no profiles matched"_s}),
        words(QT_TRANSLATE_NOOP("FelixPurpose", "no profile accepted: deny")), base);
    return rules;
}

QList<FelixRule> TableBuilder::wildcardEndRules(const QString &prefix, bool skipWorkloads) const
{
    QList<FelixRule> rules;
    if (m_context.wildcardHostEndpoint < 0)
        return rules;
    RuleOrigin origin;
    origin.kind = RuleOrigin::Kind::Dispatch;
    origin.name = origin.endpoint
        = m_engine.inventory().object(m_context.wildcardHostEndpoint).ref();
    if (skipWorkloads) {
        FelixRule skip = rule({crit(K::OutInterface, m_options.interfacePrefix + u'+')},
            act(A::Return), {u"Skip egress WHEP policy for traffic to local workload"_s});
        skip.origin = origin;
        skip.origin.purpose = words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "no all-interfaces host endpoint policy towards local workloads"));
        rules.append(skip);
    }
    FelixRule go = rule({}, act(A::Goto, hostEndpointChainName(prefix, u"*"_s)));
    go.origin = origin;
    go.origin.purpose = words(
        QT_TRANSLATE_NOOP("FelixPurpose", "other interfaces: the all-interfaces host endpoint"));
    rules.append(go);
    return rules;
}

void TableBuilder::addDispatch(const QString &root, const QList<QPair<QString, QString>> &targets,
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
        for (const RenderedEndpoint &ep : m_context.endpoints) {
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

QString TableBuilder::addHostEndpointChain(int object, const QString &prefix, Direction dir,
    const QString &failsafeChain, EndpointStage stage, const QString &purpose)
{
    const InventoryObject &obj = m_engine.inventory().object(object);
    const QString name = hostEndpointChainName(prefix, interfaceOf(object));
    RuleOrigin origin;
    origin.kind = RuleOrigin::Kind::Endpoint;
    origin.name = obj.ref();
    origin.endpoint = obj.ref();
    origin.direction = directionName(dir);
    addChain(name, endpointChainRules(object, dir, false, failsafeChain, stage),
        purpose.arg(obj.ref()), origin);
    return name;
}

} // namespace ps
