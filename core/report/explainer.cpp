#include "core/report/explainer.h"

#include <algorithm>

#include <QCoreApplication>
#include <QStringList>

#include "core/eval/flow.h"
#include "core/eval/hostendpointpipeline.h"
#include "core/eval/policycompiler.h"
#include "core/model/protocol.h"

namespace ps {

namespace {

// The translation contexts, in a form lupdate sees (it files a free ExplainWords::tr() under
// the namespace).
struct ExplainWords {
    Q_DECLARE_TR_FUNCTIONS(Explain)
};
struct TraceWords {
    Q_DECLARE_TR_FUNCTIONS(Trace)
};

const QString kNs = QStringLiteral("projectcalico.org/namespace");
const QString kSa = QStringLiteral("projectcalico.org/serviceaccount");
const QString kNsName = QStringLiteral("pcns.projectcalico.org/name");
const QString kSaName = QStringLiteral("pcsa.projectcalico.org/name");

// "label app=web", "namespace prod", "namespace label env=prod", "service account api".
QString subject(const QString &key, const QString &value)
{
    if (key == kNs || key == kNsName)
        return ExplainWords::tr("namespace %1").arg(value);
    if (key == kSa || key == kSaName)
        return ExplainWords::tr("service account %1").arg(value);
    if (key.startsWith(u"pcns."))
        return ExplainWords::tr("namespace label %1=%2").arg(key.mid(5), value);
    if (key.startsWith(u"pcsa."))
        return ExplainWords::tr("service account label %1=%2").arg(key.mid(5), value);
    return ExplainWords::tr("label %1=%2").arg(key, value);
}

// What the rule wanted, in the same words: "app=api", "prod", "env=prod".
QString wanted(const QString &key, const QString &value)
{
    if (key == kNs || key == kNsName || key == kSa || key == kSaName)
        return value;
    if (key.startsWith(u"pcns.") || key.startsWith(u"pcsa."))
        return key.mid(5) + u'=' + value;
    return key + u'=' + value;
}

QString absent(const QString &side, const QString &key)
{
    if (key == kNs || key == kNsName)
        return ExplainWords::tr("%1 is not in a namespace").arg(side);
    if (key == kSa || key == kSaName)
        return ExplainWords::tr("%1 has no service account").arg(side);
    if (key.startsWith(u"pcns."))
        return ExplainWords::tr("%1's namespace has no label %2").arg(side, key.mid(5));
    if (key.startsWith(u"pcsa."))
        return ExplainWords::tr("%1's service account has no label %2").arg(side, key.mid(5));
    return ExplainWords::tr("%1 has no label %2").arg(side, key);
}

QString setText(const QStringList &values)
{
    return u'{' + values.join(QStringLiteral(", ")) + u'}';
}

// Why one selector node did not give what the rule needed; `side` is "source" or
// "destination" (already translated).
QString selectorMissText(const SelectorMiss &miss, const QString &side)
{
    const SelectorNode &node = miss.node;
    const QString &key = node.label();
    const QString *value = miss.label ? &*miss.label : nullptr;
    if (miss.wanted) {
        switch (node.op()) {
        case SelectorOp::Has:
            return absent(side, key);
        case SelectorOp::Equal:
            if (!value)
                return absent(side, key);
            return ExplainWords::tr("%1 %2 is not %3")
                .arg(side, subject(key, *value), wanted(key, node.value()));
        case SelectorOp::In:
            if (!value)
                return absent(side, key);
            return ExplainWords::tr("%1 %2 is not in %3")
                .arg(side, subject(key, *value), setText(node.values()));
        case SelectorOp::NotEqual:
        case SelectorOp::NotIn:
            return ExplainWords::tr("%1 %2 is excluded")
                .arg(side, subject(key, value ? *value : QString()));
        case SelectorOp::Contains:
            if (!value)
                return absent(side, key);
            return ExplainWords::tr("%1 %2 does not contain \"%3\"")
                .arg(side, subject(key, *value), node.value());
        case SelectorOp::StartsWith:
            if (!value)
                return absent(side, key);
            return ExplainWords::tr("%1 %2 does not start with \"%3\"")
                .arg(side, subject(key, *value), node.value());
        case SelectorOp::EndsWith:
            if (!value)
                return absent(side, key);
            return ExplainWords::tr("%1 %2 does not end with \"%3\"")
                .arg(side, subject(key, *value), node.value());
        default:
            break;
        }
    } else {
        switch (node.op()) {
        case SelectorOp::Has:
            if (key == kNs)
                return ExplainWords::tr(
                    "%1 is in namespace %2, and the rule wants objects outside any namespace")
                    .arg(side, value ? *value : QString());
            return ExplainWords::tr("%1 has %2, which is excluded")
                .arg(side, subject(key, value ? *value : QString()));
        case SelectorOp::Equal:
        case SelectorOp::In:
        case SelectorOp::Contains:
        case SelectorOp::StartsWith:
        case SelectorOp::EndsWith:
            return ExplainWords::tr("%1 %2 is excluded")
                .arg(side, subject(key, value ? *value : QString()));
        case SelectorOp::NotEqual:
        case SelectorOp::NotIn:
            if (!value)
                return absent(side, key) + ExplainWords::tr(" (required by an exclusion)");
            return ExplainWords::tr("%1 %2 is not excluded as required")
                .arg(side, subject(key, *value));
        default:
            break;
        }
    }
    return ExplainWords::tr("%1 does not match %2").arg(side, node.canonical());
}

} // namespace

QString portListText(const QList<Port> &ports)
{
    QStringList parts;
    for (const Port &p : ports)
        parts.append(p.toString());
    return parts.join(u',');
}

namespace {

QString entityText(const EntityRule &e)
{
    QStringList parts;
    if (!e.nets.isEmpty())
        parts.append(ExplainWords::tr("nets %1").arg(e.nets.join(u',')));
    if (!e.notNets.isEmpty())
        parts.append(ExplainWords::tr("not nets %1").arg(e.notNets.join(u',')));
    if (!e.namespaceSelector.isEmpty())
        parts.append(ExplainWords::tr("namespaceSelector %1").arg(e.namespaceSelector));
    if (!e.selector.isEmpty())
        parts.append(ExplainWords::tr("selector %1").arg(e.selector));
    if (!e.notSelector.isEmpty())
        parts.append(ExplainWords::tr("notSelector %1").arg(e.notSelector));
    if (e.serviceAccounts) {
        if (!e.serviceAccounts->names.isEmpty())
            parts.append(ExplainWords::tr("service accounts %1")
                             .arg(e.serviceAccounts->names.join(QStringLiteral(", "))));
        if (!e.serviceAccounts->selector.isEmpty())
            parts.append(
                ExplainWords::tr("service account selector %1").arg(e.serviceAccounts->selector));
    }
    if (e.services)
        parts.append(
            ExplainWords::tr("service %1/%2").arg(e.services->namespace_, e.services->name));
    if (!e.ports.isEmpty())
        parts.append(ExplainWords::tr("ports %1").arg(portListText(e.ports)));
    if (!e.notPorts.isEmpty())
        parts.append(ExplainWords::tr("not ports %1").arg(portListText(e.notPorts)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString describeRule(const Rule &rule)
{
    QStringList parts {rule.action};
    if (rule.ipVersion)
        parts.append(ExplainWords::tr("IPv%1").arg(*rule.ipVersion));
    if (rule.protocol)
        parts.append(rule.protocol->toString());
    if (rule.notProtocol)
        parts.append(ExplainWords::tr("not %1").arg(rule.notProtocol->toString()));
    if (rule.icmp && rule.icmp->type)
        parts.append(ExplainWords::tr("icmp type %1").arg(*rule.icmp->type)
            + (rule.icmp->code ? ExplainWords::tr(" code %1").arg(*rule.icmp->code) : QString()));
    if (rule.notICMP && rule.notICMP->type)
        parts.append(ExplainWords::tr("not icmp type %1").arg(*rule.notICMP->type));
    const QString src = entityText(rule.source);
    const QString dst = entityText(rule.destination);
    if (!src.isEmpty())
        parts.append(ExplainWords::tr("from %1").arg(src));
    if (!dst.isEmpty())
        parts.append(ExplainWords::tr("to %1").arg(dst));
    if (rule.http)
        parts.append(ExplainWords::tr("(HTTP match, L7 only)"));
    return parts.join(u' ');
}

QString actionPhrase(const QString &action)
{
    static const QHash<QString, const char *> phrases = {
        {QStringLiteral("allow"), QT_TRANSLATE_NOOP("Trace", "allow")},
        {QStringLiteral("deny"), QT_TRANSLATE_NOOP("Trace", "deny")},
        {QStringLiteral("pass"), QT_TRANSLATE_NOOP("Trace", "pass (to the next tier)")},
        {QStringLiteral("log"), QT_TRANSLATE_NOOP("Trace", "log (and go on)")},
        {QStringLiteral("end-of-tier-deny"), QT_TRANSLATE_NOOP("Trace", "end of tier: deny")},
        {QStringLiteral("end-of-tier-pass"),
            QT_TRANSLATE_NOOP("Trace", "end of tier: pass (to the next tier)")},
        {QStringLiteral("would-allow"),
            QT_TRANSLATE_NOOP("Trace", "staged: would allow (not enforced)")},
        {QStringLiteral("would-deny"),
            QT_TRANSLATE_NOOP("Trace", "staged: would deny (not enforced)")},
        {QStringLiteral("would-pass"),
            QT_TRANSLATE_NOOP("Trace", "staged: would pass (not enforced)")},
        {QStringLiteral("would-no-match"),
            QT_TRANSLATE_NOOP("Trace", "staged: no rule would match (not enforced)")},
        {QStringLiteral("default-deny"),
            QT_TRANSLATE_NOOP("Trace", "deny (nothing allowed the flow)")},
        {QStringLiteral("not-evaluated"), QT_TRANSLATE_NOOP("Trace", "not evaluated")},
        {QStringLiteral("next-stage"),
            QT_TRANSLATE_NOOP("Trace", "no verdict (on to the next stage)")},
        {QStringLiteral("default-allow"),
            QT_TRANSLATE_NOOP("Trace", "allow (forwarded traffic no policy decided)")},
    };
    const auto it = phrases.constFind(action);
    return it == phrases.cend() ? action : TraceWords::tr(it.value());
}

QString stagePhrase(const QString &stage)
{
    static const QHash<QString, const char *> phrases = {
        {QStringLiteral("failsafe"), QT_TRANSLATE_NOOP("Trace", "failsafe ports")},
        {QStringLiteral("untracked"),
            QT_TRANSLATE_NOOP("Trace", "untracked policy (before connection tracking)")},
        {QStringLiteral("preDNAT"), QT_TRANSLATE_NOOP("Trace", "pre-DNAT policy")},
        {QStringLiteral("normal"), QT_TRANSLATE_NOOP("Trace", "normal host endpoint policy")},
        {QStringLiteral("forward"),
            QT_TRANSLATE_NOOP("Trace", "forwarded traffic (applyOnForward policy)")},
        {QStringLiteral("workloadToHost"),
            QT_TRANSLATE_NOOP("Trace", "workload to host (filter INPUT)")},
    };
    const auto it = phrases.constFind(stage);
    return it == phrases.cend() ? stage : TraceWords::tr(it.value());
}

QString flowDescription(const FlowTrace &trace)
{
    QString text = trace.via.isEmpty()
        ? QStringLiteral("%1 -> %2 %3").arg(trace.from, trace.to, trace.protocol)
        : TraceWords::tr("%1 -> %2 via %3 %4").arg(trace.from, trace.to, trace.via, trace.protocol);
    if (trace.port)
        text += TraceWords::tr(" port %1").arg(*trace.port);
    if (trace.sourcePort)
        text += TraceWords::tr(" from port %1").arg(*trace.sourcePort);
    if (trace.icmpType)
        text += TraceWords::tr(" type %1").arg(*trace.icmpType);
    if (trace.icmpCode)
        text += TraceWords::tr(" code %1").arg(*trace.icmpCode);
    return text;
}

QString portVerdictsText(const PortVerdicts &verdicts)
{
    if (verdicts.groups.isEmpty())
        return {};
    const auto verdictWords = [](Verdict verdict, const QString &ports) {
        return verdict == Verdict::Allow ? TraceWords::tr("allowed for %1").arg(ports)
                                         : TraceWords::tr("denied for %1").arg(ports);
    };
    if (verdicts.uniform())
        return verdictWords(verdicts.groups.first().verdict, TraceWords::tr("every port"));
    // The group with the most ports is "every other port"; the others are listed.
    const auto largest = std::max_element(verdicts.groups.begin(), verdicts.groups.end(),
        [](const PortVerdictGroup &a, const PortVerdictGroup &b) {
            return a.portCount() < b.portCount();
        });
    QStringList parts;
    for (const PortVerdictGroup &group : verdicts.groups) {
        if (&group == &*largest)
            continue;
        QStringList ranges;
        for (const auto &[first, last] : group.ranges) {
            ranges.append(first == last ? QString::number(first)
                                        : QStringLiteral("%1–%2").arg(first).arg(last));
        }
        parts.append(verdictWords(group.verdict,
            (group.portCount() == 1 ? TraceWords::tr("port %1") : TraceWords::tr("ports %1"))
                .arg(ranges.join(QStringLiteral(", ")))));
    }
    parts.append(verdictWords(largest->verdict, TraceWords::tr("every other port")));
    return parts.join(QStringLiteral("; "));
}

namespace {

QString sideText(RuleSide side)
{
    return side == RuleSide::Source ? TraceWords::tr("source") : TraceWords::tr("destination");
}

QString directionText(Direction direction)
{
    return direction == Direction::Ingress ? TraceWords::tr("ingress") : TraceWords::tr("egress");
}

// The side as the packet names it: its address, else its REF.
QString peerName(const RuleMismatch &m)
{
    return m.address ? m.address->toString() : m.peer;
}

QString netsText(const QList<IpNetwork> &nets)
{
    QStringList parts;
    for (const IpNetwork &n : nets)
        parts.append(n.toString());
    return parts.join(QStringLiteral(", "));
}

// "source nets", "destination notNets".
QString netListName(const RuleMismatch &m)
{
    const bool source = m.side == RuleSide::Source;
    if (m.criterion == Criterion::Nets)
        return source ? TraceWords::tr("source nets") : TraceWords::tr("destination nets");
    return source ? TraceWords::tr("source notNets") : TraceWords::tr("destination notNets");
}

} // namespace

QString explainMismatch(const RuleMismatch &m)
{
    if (m.kind == MismatchKind::Unusable)
        return TraceWords::tr("the rule's %1 \"%2\" %3, so the rule never matches")
            .arg(m.name, m.text, untranslatableProblem(m.criterion));
    const bool isSource = m.side == RuleSide::Source;
    switch (m.criterion) {
    case Criterion::Action:
        return TraceWords::tr("the rule's action is not valid");
    case Criterion::IpVersion:
        return TraceWords::tr("the rule only matches IPv%1 packets").arg(m.ruleValue.value_or(0));
    case Criterion::Protocol:
        if (m.kind == MismatchKind::Invalid)
            return TraceWords::tr("the rule's protocol is not valid");
        return TraceWords::tr("protocol %1 is not %2")
            .arg(protocolDisplayName(m.protocol), protocolDisplayName(m.ruleValue.value_or(0)));
    case Criterion::NotProtocol:
        return TraceWords::tr("protocol %1 is excluded").arg(protocolDisplayName(m.protocol));
    case Criterion::Nets:
    case Criterion::NotNets:
        if (m.kind == MismatchKind::OtherFamily)
            return TraceWords::tr("the rule's %1 are all IPv%2, so it never matches IPv%3 packets")
                .arg(netListName(m))
                .arg(m.family == 4 ? 6 : 4)
                .arg(m.family);
        if (m.kind == MismatchKind::CatchAll)
            return TraceWords::tr("the rule's %1 exclude every IPv%2 address")
                .arg(netListName(m))
                .arg(m.family);
        if (m.criterion == Criterion::Nets) {
            if (m.kind == MismatchKind::Missing)
                return TraceWords::tr("%1 %2 has no address, so it is not in %3")
                    .arg(sideText(m.side), peerName(m), netsText(m.nets));
            return TraceWords::tr("%1 %2 is not in %3")
                .arg(sideText(m.side), peerName(m), netsText(m.nets));
        }
        if (m.kind == MismatchKind::Missing)
            return TraceWords::tr("%1 %2 has no address, so the rule cannot tell it is outside %3")
                .arg(sideText(m.side), peerName(m), netsText(m.nets));
        return TraceWords::tr("%1 %2 is in the excluded net %3")
            .arg(sideText(m.side), peerName(m), netsText(m.nets));
    case Criterion::Selector:
        if (m.kind == MismatchKind::Invalid)
            return TraceWords::tr("the rule's %1 selector does not parse").arg(sideText(m.side));
        if (m.kind == MismatchKind::Outside)
            return TraceWords::tr("%1 %2 is outside the inventory, so it matches no selector")
                .arg(sideText(m.side), peerName(m));
        {
            QStringList parts;
            for (const SelectorMiss &miss : m.selector)
                parts.append(selectorMissText(miss, sideText(m.side)));
            return parts.join(ExplainWords::tr(", and "));
        }
    case Criterion::NotSelector:
        return TraceWords::tr("%1 %2 matches the excluded selector %3")
            .arg(sideText(m.side), peerName(m), m.name);
    case Criterion::Ports:
        if (m.kind == MismatchKind::Missing)
            return isSource
                ? TraceWords::tr("the rule needs a source port in %1 and the flow gives none")
                      .arg(portListText(m.ports))
                : TraceWords::tr("the rule needs a port in %1 and the flow gives none")
                      .arg(portListText(m.ports));
        return isSource ? TraceWords::tr("source port %1 not in %2")
                              .arg(m.value.value_or(0))
                              .arg(portListText(m.ports))
                        : TraceWords::tr("port %1 not in %2")
                              .arg(m.value.value_or(0))
                              .arg(portListText(m.ports));
    case Criterion::NotPorts:
        return isSource ? TraceWords::tr("source port %1 is in the excluded ports %2")
                              .arg(m.value.value_or(0))
                              .arg(portListText(m.ports))
                        : TraceWords::tr("port %1 is in the excluded ports %2")
                              .arg(m.value.value_or(0))
                              .arg(portListText(m.ports));
    case Criterion::Services:
        if (m.kind == MismatchKind::Unknown)
            return TraceWords::tr("service %1 is not in the inventory").arg(m.name);
        if (isSource)
            return TraceWords::tr("source %1 is not an endpoint of service %2")
                .arg(peerName(m), m.name);
        return TraceWords::tr("destination %1 %2 port %3 is not an endpoint of service %4")
            .arg(peerName(m), protocolDisplayName(m.protocol))
            .arg(m.value ? QString::number(*m.value) : QStringLiteral("?"))
            .arg(m.name);
    case Criterion::IcmpType:
        return m.kind == MismatchKind::Value
            ? TraceWords::tr("ICMP type %1 is not %2")
                  .arg(m.value.value_or(0))
                  .arg(m.ruleValue.value_or(0))
            : TraceWords::tr("the rule needs ICMP type %1 and the flow gives none")
                  .arg(m.ruleValue.value_or(0));
    case Criterion::IcmpCode:
        return m.kind == MismatchKind::Value
            ? TraceWords::tr("ICMP code %1 is not %2")
                  .arg(m.value.value_or(0))
                  .arg(m.ruleValue.value_or(0))
            : TraceWords::tr("the rule needs ICMP code %1 and the flow gives none")
                  .arg(m.ruleValue.value_or(0));
    case Criterion::NotIcmp:
        return TraceWords::tr("ICMP type %1 is excluded").arg(m.value.value_or(0));
    }
    return QString();
}

QString explainMismatches(const QList<RuleMismatch> &mismatches)
{
    QStringList parts;
    for (const RuleMismatch &m : mismatches)
        parts.append(explainMismatch(m));
    return parts.join(QStringLiteral("; "));
}

namespace {

QString httpNote(const StepReason &why)
{
    if (!why.httpIgnored)
        return QString();
    return TraceWords::tr(" (its HTTP match is ignored, as Calico's iptables dataplane does: L7 "
                          "needs application layer policy)");
}

QString serviceNote(const StepReason &why)
{
    if (!why.serviceNamespaceDefaulted)
        return QString();
    return TraceWords::tr(" (services without a namespace are taken from the policy's namespace, "
                          "as the API documents; "
                          "Calico's own conversion may not match them)");
}

// What an untracked or pre-DNAT allow means beyond the rule (Calico's "Summary of host
// endpoint policies"). On a workload's way to its own host, filter INPUT sends the packet to the
// workload-to-host chain before it looks at the pre-DNAT accept mark.
QString stageNote(const QString &stage, const StepReason &why)
{
    if (why.ruleAction != RuleAction::Allow)
        return QString();
    if (why.ownHost)
        return TraceWords::tr("; a pre-DNAT allow only marks the packet here: the workload's "
                              "egress policy and defaultEndpointToHostAction still decide");
    if (stage == hostEndpointPipelineName(HostEndpointPipeline::Untracked))
        return TraceWords::tr("; the packet is left untracked (no connection tracking) and skips "
                              "the pre-DNAT, normal and forward stages of this host endpoint. "
                              "Replies are not allowed automatically: they need their own "
                              "untracked allow rule");
    if (stage == hostEndpointPipelineName(HostEndpointPipeline::PreDnat))
        return TraceWords::tr("; a pre-DNAT allow accepts the packet and skips the normal and "
                              "forward policy of this host endpoint");
    return QString();
}

// The rules that came closest, for an end-of-tier deny: "F" for one rule of one policy, else
// "rule N[ of P]: F; rule M[ of Q]: G" (the policy named when the tier had several).
QString nearestText(const QList<NearRule> &nearest, bool namePolicy)
{
    QStringList parts;
    for (const NearRule &n : nearest) {
        const QString failures = explainMismatches(n.failures);
        if (nearest.size() == 1 && !namePolicy)
            parts.append(failures);
        else if (namePolicy)
            parts.append(TraceWords::tr("rule %1 of %2: %3").arg(n.rule).arg(n.policy, failures));
        else
            parts.append(TraceWords::tr("rule %1: %2").arg(n.rule).arg(failures));
    }
    return parts.join(QStringLiteral("; "));
}

QString tierEndDenyText(const TraceStep &step)
{
    const StepReason &why = step.why;
    const QString dirName = directionText(why.direction);
    const QString near = nearestText(why.nearest, why.names.size() > 1);
    if (why.names.size() == 1) {
        return near.isEmpty()
            ? TraceWords::tr("policy selects %1 and has no %2 rule, so the tier denies the flow")
                  .arg(why.endpoint, dirName)
            : TraceWords::tr("policy selects %1 but no %2 rule matched: %3")
                  .arg(why.endpoint, dirName, near);
    }
    const QString names = why.names.join(QStringLiteral(", "));
    return near.isEmpty()
        ? TraceWords::tr("policies %1 of tier %2 select %3 and none has a %4 rule, so "
                         "the tier denies the flow")
              .arg(names, step.tier, why.endpoint, dirName)
        : (why.nearest.size() == 1 ? TraceWords::tr(
               "policies %1 of tier %2 select %3 but no %4 rule matched; nearest is %5")
                                   : TraceWords::tr("policies %1 of tier %2 select %3 but no %4 "
                                                    "rule matched; nearest are %5"))
              .arg(names, step.tier, why.endpoint, dirName, near);
}

// What happened before the profiles: "every applicable tier passed", "no policy applies...".
QString profileContext(const StepReason &why)
{
    return why.anyTier ? TraceWords::tr("every applicable tier passed")
                       : TraceWords::tr("no policy applies to %1 for %2")
                             .arg(why.endpoint, directionText(why.direction));
}

} // namespace

QString explainStep(const TraceStep &step)
{
    const StepReason &why = step.why;
    switch (why.kind) {
    case StepReason::Kind::RuleMatched:
        switch (why.ruleAction) {
        case RuleAction::Log:
            return TraceWords::tr(
                "rule %1 logs the packet; evaluation continues with the next rule")
                .arg(step.rule);
        case RuleAction::Pass:
            return TraceWords::tr("rule %1 passes the flow to the next tier").arg(step.rule)
                + serviceNote(why);
        case RuleAction::Allow:
        case RuleAction::Deny:
        case RuleAction::Invalid:
            break;
        }
        return (why.ruleAction == RuleAction::Allow
                       ? TraceWords::tr("rule %1 allows the flow").arg(step.rule)
                       : TraceWords::tr("rule %1 denies the flow").arg(step.rule))
            + httpNote(why) + serviceNote(why) + stageNote(step.stage, why);
    case StepReason::Kind::StagedRuleMatched:
        return TraceWords::tr("staged policy: rule %1 would %2 the flow; staged policies "
                              "are never enforced")
            .arg(step.rule)
            .arg(ruleActionName(why.ruleAction));
    case StepReason::Kind::StagedNoRule:
        return TraceWords::tr("staged policy selects %1 and has no %2 rule, so it would end the "
                              "tier; staged policies are never enforced")
            .arg(why.endpoint, directionText(why.direction));
    case StepReason::Kind::StagedNoMatch:
        return TraceWords::tr("staged policy selects %1 but none of its %2 rules "
                              "would match; staged policies are never enforced")
            .arg(why.endpoint, directionText(why.direction));
    case StepReason::Kind::TierEndNoDeny:
        return TraceWords::tr("no %1 rule of tier %2 matched; %3 tiers have no end-of-tier "
                              "deny, so evaluation continues")
            .arg(directionText(why.direction), step.tier, stagePhrase(step.stage));
    case StepReason::Kind::TierDefaultPass:
        return TraceWords::tr("no %1 rule of tier %2 matched; the tier's default action is "
                              "Pass, so evaluation continues")
            .arg(directionText(why.direction), step.tier);
    case StepReason::Kind::TierEndDeny:
        return tierEndDenyText(step);
    case StepReason::Kind::StageUndecided:
        return TraceWords::tr("no %1 rule decided; the next stage decides")
            .arg(stagePhrase(step.stage));
    case StepReason::Kind::ForwardDefault:
        return why.anyTier ? TraceWords::tr("every applyOnForward tier passed; Calico does not "
                                            "drop forwarded traffic no policy decided")
                           : TraceWords::tr("no applyOnForward policy applies to %1 for %2: Calico "
                                            "allows forwarded traffic by default")
                                 .arg(why.endpoint, directionText(why.direction));
    case StepReason::Kind::ProfileRuleMatched:
        switch (why.ruleAction) {
        case RuleAction::Log:
            return TraceWords::tr(
                "rule %1 logs the packet; evaluation continues with the next rule")
                .arg(step.rule);
        case RuleAction::Pass:
            return TraceWords::tr("rule %1 passes: the iptables dataplane ends this profile "
                                  "and continues with the next")
                .arg(step.rule);
        case RuleAction::Allow:
        case RuleAction::Deny:
        case RuleAction::Invalid:
            break;
        }
        return (why.ruleAction == RuleAction::Allow
                ? TraceWords::tr("%1; profile %2 rule %3 allows the flow")
                : TraceWords::tr("%1; profile %2 rule %3 denies the flow"))
            .arg(profileContext(why), step.policy)
            .arg(step.rule);
    case StepReason::Kind::DefaultDeny:
        return why.names.isEmpty()
            ? TraceWords::tr("%1 and %2 has no profile, so the flow is denied")
                  .arg(profileContext(why), why.endpoint)
            : TraceWords::tr("%1 and no rule of the profiles %2 allowed the flow, so it is denied")
                  .arg(profileContext(why), why.names.join(QStringLiteral(", ")));
    case StepReason::Kind::Failsafe:
        return (why.direction == Direction::Ingress
                ? TraceWords::tr("%1 port %2 is a failsafe inbound host port (Felix "
                                 "FailsafeInboundHostPorts): Felix accepts it before "
                                 "any host endpoint policy")
                : TraceWords::tr("%1 port %2 is a failsafe outbound host port (Felix "
                                 "FailsafeOutboundHostPorts): Felix accepts it before "
                                 "any host endpoint policy"))
            .arg(protocolDisplayName(why.protocol))
            .arg(why.port.value_or(0));
    case StepReason::Kind::FailsafeForwarded:
        if (why.ownHost)
            return TraceWords::tr("%1 port %2 is a failsafe inbound host port: the mangle table "
                                  "accepts it before the pre-DNAT policy, and the workload's "
                                  "egress policy and defaultEndpointToHostAction still decide")
                .arg(protocolDisplayName(why.protocol))
                .arg(why.port.value_or(0));
        return TraceWords::tr("%1 port %2 is a failsafe inbound host port: the raw and mangle "
                              "tables accept it before the untracked and pre-DNAT policies, but "
                              "forwarded traffic still meets the applyOnForward policy")
            .arg(protocolDisplayName(why.protocol))
            .arg(why.port.value_or(0));
    case StepReason::Kind::Outside:
        return TraceWords::tr("%1 is outside the inventory: no Calico policy applies on this side")
            .arg(why.endpoint);
    case StepReason::Kind::EndpointToHost: {
        const QString action = why.names.value(0);
        const QString from = why.names.size() > 1
            ? TraceWords::tr("FelixConfiguration %1")
                  .arg(why.names.mid(1).join(QStringLiteral(", ")))
            : TraceWords::tr("no FelixConfiguration sets it: calico-node's ACCEPT, as Calico's "
                             "installers run it");
        QString what;
        if (action == u"Accept")
            what = TraceWords::tr("Felix accepts it");
        else if (action == u"Return")
            what = TraceWords::tr("Felix returns it to the host's INPUT chain, whose own rules "
                                  "decide (Calico allows it)");
        else
            what = TraceWords::tr("Felix drops it");
        if (why.ownHost)
            return TraceWords::tr("%1 is the workload's own host: after the pre-DNAT stage of the "
                                  "node's all-interfaces host endpoint and the workload's egress "
                                  "policy, defaultEndpointToHostAction %2 (%3) decides and %4; "
                                  "the host endpoint's normal policy does not apply")
                .arg(why.endpoint, action, from, what);
        return TraceWords::tr("%1 is the workload's own host: after the workload's egress policy, "
                              "defaultEndpointToHostAction %2 (%3) decides and %4; host endpoint "
                              "policy does not apply")
            .arg(why.endpoint, action, from, what);
    }
    case StepReason::Kind::ToItself:
        return TraceWords::tr("%1 sends to its own address: the packet stays inside the pod (the "
                              "kernel delivers it over the pod's loopback) and no policy sees it")
            .arg(why.endpoint);
    }
    return QString();
}

} // namespace ps
