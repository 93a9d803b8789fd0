#include "core/eval/policycompiler.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/eval/selectortable.h"
#include "core/model/builtintier.h"
#include "core/model/kind.h"
#include "core/selector/selector.h"

namespace ps {

using namespace Qt::StringLiterals;

namespace {

// prefix(s, p) of docs/semantics.md: "Compiling a policy": parse, PrefixVisitor, canonical
// String().
bool prefixed(const QString &text, QStringView prefix, QString &out, QString &error)
{
    const Result<Selector> parsed = Selector::parse(text);
    if (!parsed) {
        error = parsed.error().message;
        return false;
    }
    out = parsed->prefixedCanonical(prefix);
    return true;
}

bool isNamespacedPolicyKind(ResourceKind kind)
{
    return kind == ResourceKind::NetworkPolicy || kind == ResourceKind::StagedNetworkPolicy
        || kind == ResourceKind::KubernetesNetworkPolicy
        || kind == ResourceKind::StagedKubernetesNetworkPolicy;
}

QString quoted(const QString &s)
{
    return u'\'' + s + u'\'';
}

struct CompilerWords {
    Q_DECLARE_TR_FUNCTIONS(PolicyCompiler)
};

// A port Calico's validator accepts: a number or range within 0-65535, min <= max, or a name
// of 1-128 of [a-zA-Z0-9_.-].
bool usablePort(const Port &port)
{
    if (port.isNamed()) {
        static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9_.-]{1,128}$"));
        return nameRe.match(port.name()).hasMatch();
    }
    return port.min() >= 0 && port.max() <= 65535 && port.min() <= port.max();
}

void checkPorts(const QList<Port> &ports, const QString &field, QList<Untranslatable> &out)
{
    for (qsizetype i = 0; i < ports.size(); ++i) {
        if (!usablePort(ports[i])) {
            out.append(
                {field + u'[' + QString::number(i) + u']', ports[i].toString(), Criterion::Ports});
        }
    }
}

void checkIcmp(
    const std::optional<IcmpFields> &icmp, const QString &field, QList<Untranslatable> &out)
{
    if (!icmp)
        return;
    const auto inRange = [](const std::optional<int> &v) { return !v || (*v >= 0 && *v <= 255); };
    if (!inRange(icmp->type) || !inRange(icmp->code) || (icmp->code && !icmp->type)) {
        const QString text = QStringLiteral("type %1, code %2")
                                 .arg(icmp->type ? QString::number(*icmp->type) : u"-"_s,
                                     icmp->code ? QString::number(*icmp->code) : u"-"_s);
        out.append({field, text, Criterion::IcmpType});
    }
}

// Calico's ParseCIDROrIP then Network(), entry by entry. An entry that does not parse is not
// skipped (as NormalizeIPNets does): it is reported, and the rule made to match nothing.
QList<IpNetwork> compileNets(
    const QStringList &nets, const QString &field, QList<Untranslatable> &untranslatable)
{
    QList<IpNetwork> out;
    for (qsizetype i = 0; i < nets.size(); ++i) {
        if (const auto net = IpNetwork::parseCidrOrIp(nets[i]))
            out.append(net->network());
        else
            untranslatable.append({field + u'[' + QString::number(i) + u']', nets[i]});
    }
    return out;
}

CompiledEntity compileEntity(const EntityRule &entity, const QString &side,
    const QString &policyNamespace, bool isGlobal, SelectorTable &table,
    QList<Untranslatable> &untranslatable)
{
    CompiledEntity c;
    c.nets = compileNets(entity.nets, side + u".nets"_s, untranslatable);
    c.notNets = compileNets(entity.notNets, side + u".notNets"_s, untranslatable);
    const EntitySelectorText sel = entityRuleSelectorText(entity, policyNamespace);
    c.selector = sel.positive;
    c.notSelector = sel.negative;
    c.error = sel.error;
    const int positive = c.selector.isEmpty() ? -1 : table.intern(c.selector);
    const int negative = c.notSelector.isEmpty() ? -1 : table.intern(c.notSelector);
    if (positive >= 0 && negative >= 0)
        c.positiveSet = table.internCombined(positive, negative);
    else
        c.positiveSet = positive;
    c.negativeSet = positive >= 0 ? -1 : negative;
    for (int id : {c.positiveSet, c.negativeSet}) {
        if (id >= 0 && !table.error(id).isEmpty() && c.error.isEmpty())
            c.error = table.error(id);
    }
    // A selector that does not parse (or a service-account match Calico would drop) must not
    // leave a broader rule behind.
    if (!c.error.isEmpty()) {
        const QString written = !entity.notSelector.isEmpty() && c.negativeSet >= 0
                && !table.error(c.negativeSet).isEmpty()
            ? entity.notSelector
            : c.selector;
        untranslatable.append({side + u".selector"_s, written, Criterion::Selector});
    }
    c.ports = entity.ports;
    c.notPorts = entity.notPorts;
    checkPorts(entity.ports, side + u".ports"_s, untranslatable);
    checkPorts(entity.notPorts, side + u".notPorts"_s, untranslatable);
    if (entity.services) {
        c.hasService = true;
        QString ns = entity.services->namespace_;
        if (ns.isEmpty() && !isGlobal) {
            // The API documents "the policy's namespace"; HEAD's conversion passes "" through
            // (docs/semantics.md: "Compiling a policy"). We follow the documentation and say so in
            // traces.
            ns = policyNamespace;
            c.serviceNamespaceDefaulted = true;
        }
        c.serviceKey = ns + u'/' + entity.services->name;
    }
    return c;
}

} // namespace

QString untranslatableProblem(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Selector:
        return CompilerWords::tr("does not parse");
    case Criterion::Ports:
        return CompilerWords::tr("is no valid port (0-65535, min:max with min <= max, or a name)");
    case Criterion::IcmpType:
        return CompilerWords::tr(
            "is no valid ICMP match (type and code 0-255, a code needs a type)");
    default:
        return CompilerWords::tr("is neither a CIDR nor an address");
    }
}

bool CompiledEntity::hasNamedPorts() const
{
    for (const Port &p : ports) {
        if (p.isNamed())
            return true;
    }
    for (const Port &p : notPorts) {
        if (p.isNamed())
            return true;
    }
    return false;
}

SelectorText policySelectorText(const CalicoPolicy &policy)
{
    SelectorText out;
    QString sel = policy.selector;
    if (isNamespacedPolicyKind(policy.kind)) {
        const QString ns
            = policy.meta.namespace_.isEmpty() ? QStringLiteral("default") : policy.meta.namespace_;
        const QString nsTerm = QStringLiteral("projectcalico.org/namespace == ") + quoted(ns);
        sel = sel.isEmpty() ? nsTerm : u'(' + sel + QStringLiteral(") && ") + nsTerm;
        if (!policy.serviceAccountSelector.isEmpty()) {
            QString sa;
            if (!prefixed(policy.serviceAccountSelector, u"pcsa.", sa, out.error)) {
                out.text = sel;
                return out;
            }
            sel = u'(' + sel + QStringLiteral(") && ") + sa;
        }
        out.text = sel;
        return out;
    }
    if (!policy.namespaceSelector.isEmpty()) {
        QString ns;
        if (!prefixed(policy.namespaceSelector, u"pcns.", ns, out.error)) {
            out.text = sel;
            return out;
        }
        sel = sel.isEmpty() ? ns : u'(' + sel + QStringLiteral(") && ") + ns;
        sel.replace(QStringLiteral("all()"), QStringLiteral("has(projectcalico.org/namespace)"));
    }
    if (!policy.serviceAccountSelector.isEmpty()) {
        QString sa;
        if (!prefixed(policy.serviceAccountSelector, u"pcsa.", sa, out.error)) {
            out.text = sel;
            return out;
        }
        sel = sel.isEmpty() ? sa : u'(' + sel + QStringLiteral(") && ") + sa;
        sel.replace(
            QStringLiteral("all()"), QStringLiteral("has(projectcalico.org/serviceaccount)"));
    }
    out.text = sel;
    return out;
}

EntitySelectorText entityRuleSelectorText(const EntityRule &entity, const QString &policyNamespace)
{
    EntitySelectorText out;
    QString saSel;
    if (entity.serviceAccounts) {
        QString s1;
        if (!entity.serviceAccounts->selector.isEmpty()
            && !prefixed(entity.serviceAccounts->selector, u"pcsa.", s1, out.error)) {
            s1.clear();
        }
        if (!entity.serviceAccounts->names.isEmpty()) {
            QStringList quotedNames;
            for (const QString &n : entity.serviceAccounts->names)
                quotedNames.append(quoted(n));
            const QString text = QStringLiteral("projectcalico.org/serviceaccount in { ")
                + quotedNames.join(QStringLiteral(", ")) + QStringLiteral(" }");
            const Result<Selector> parsed = Selector::parse(text);
            if (parsed) {
                const QString s2 = parsed->canonical();
                saSel = s1.isEmpty() ? s2 : u'(' + s1 + QStringLiteral(") && (") + s2 + u')';
            } else {
                // Calico drops the whole service-account match in this case; the compiled rule
                // matches nothing instead (compileEntity).
                saSel.clear();
                if (out.error.isEmpty())
                    out.error = parsed.error().message;
            }
        } else {
            saSel = s1;
        }
    }
    QString nsSel;
    if (!entity.namespaceSelector.isEmpty()) {
        QString error;
        if (prefixed(entity.namespaceSelector, u"pcns.", nsSel, error)) {
            nsSel.replace(
                QStringLiteral("all()"), QStringLiteral("has(projectcalico.org/namespace)"));
            nsSel.replace(
                QStringLiteral("global()"), QStringLiteral("!has(projectcalico.org/namespace)"));
        } else {
            // Keep a selector that matches nothing rather than widening the rule.
            nsSel = entity.namespaceSelector;
            if (out.error.isEmpty())
                out.error = error;
        }
    } else if (!policyNamespace.isEmpty()) {
        nsSel = QStringLiteral("projectcalico.org/namespace == ") + quoted(policyNamespace);
    }
    QStringList parts;
    if (!saSel.isEmpty())
        parts.append(saSel);
    if (!entity.selector.isEmpty())
        parts.append(entity.selector);
    QString sel;
    if (parts.size() == 1)
        sel = parts.first();
    else if (parts.size() > 1)
        sel = u'(' + parts.join(QStringLiteral(") && (")) + u')';
    if (!nsSel.isEmpty()
        && (!sel.isEmpty() || !entity.notSelector.isEmpty()
            || !entity.namespaceSelector.isEmpty())) {
        sel = sel.isEmpty() ? nsSel : u'(' + nsSel + QStringLiteral(") && (") + sel + u')';
    }
    out.positive = sel;
    out.negative = entity.notSelector;
    return out;
}

CompiledRule compileRule(const Rule &rule, int index, const QString &policyNamespace, bool isGlobal,
    SelectorTable &table)
{
    CompiledRule c;
    c.index = index;
    c.action = ruleActionFromText(rule.action);
    c.ipVersion = rule.ipVersion;
    if (rule.protocol) {
        c.protocol = rule.protocol->toNumber();
        if (!c.protocol || !rule.protocol->isValid())
            c.protocolUnknown = true;
        if (!c.ipVersion && rule.protocol->impliedIpVersion())
            c.ipVersion = rule.protocol->impliedIpVersion();
    }
    if (rule.notProtocol) {
        c.notProtocol = rule.notProtocol->toNumber();
        if (!c.notProtocol || !rule.notProtocol->isValid())
            c.protocolUnknown = true;
    }
    c.icmp = rule.icmp;
    c.notIcmp = rule.notICMP;
    checkIcmp(rule.icmp, u"icmp"_s, c.untranslatable);
    checkIcmp(rule.notICMP, u"notICMP"_s, c.untranslatable);
    c.hasHttp = rule.http.has_value();
    c.source = compileEntity(
        rule.source, u"source"_s, policyNamespace, isGlobal, table, c.untranslatable);
    c.destination = compileEntity(
        rule.destination, u"destination"_s, policyNamespace, isGlobal, table, c.untranslatable);
    return c;
}

CompiledPolicy compilePolicy(const CalicoPolicy &policy, SelectorTable &table)
{
    CompiledPolicy c;
    c.policy = policy;
    const bool namespaced = isNamespacedPolicyKind(policy.kind);
    const QString ns = namespaced
        ? (policy.meta.namespace_.isEmpty() ? QStringLiteral("default") : policy.meta.namespace_)
        : QString();
    c.displayName = namespaced ? ns + u'/' + policy.meta.name : policy.meta.name;
    c.kindName = kindDisplayName(policy.kind);
    c.tier = effectiveTier(policy.tier);
    c.selector = policySelectorText(policy);
    c.selectorId = table.intern(c.selector.text);
    if (c.selector.error.isEmpty() && !table.error(c.selectorId).isEmpty())
        c.selector.error = table.error(c.selectorId);
    // Felix treats a policy that reaches it with no types as governing both directions.
    const bool noTypes = policy.types.isEmpty();
    c.appliesIngress = noTypes || policy.hasIngress();
    c.appliesEgress = !policy.preDNAT && (noTypes || policy.hasEgress());
    c.staged = policy.isStaged();
    c.evaluated
        = !policy.doNotTrack && !policy.preDNAT && !(c.staged && policy.stagedAction == u"Delete");
    for (qsizetype i = 0; i < policy.ingress.size(); ++i)
        c.ingress.append(compileRule(policy.ingress[i], int(i), ns, !namespaced, table));
    for (qsizetype i = 0; i < policy.egress.size(); ++i)
        c.egress.append(compileRule(policy.egress[i], int(i), ns, !namespaced, table));
    return c;
}

} // namespace ps
