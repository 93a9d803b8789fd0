#include "core/flows/allowchange.h"

#include <QCoreApplication>

#include "core/model/protocol.h"

namespace ps {

namespace {

struct ChangeWords {
    Q_DECLARE_TR_FUNCTIONS(FlowLog)
};

// Labels a controller sets per pod or revision: a selector on them would match one generation.
bool unstableLabel(const QString &key)
{
    return key.startsWith(u"projectcalico.org/") || key == u"pod-template-hash"
        || key == u"controller-revision-hash" || key == u"statefulset.kubernetes.io/pod-name"
        || key == u"pod-template-generation";
}

QString quoted(const QString &value)
{
    return u'\'' + value + u'\'';
}

// The peer as a rule's entity: the endpoint's stable labels (and its namespace), else its
// address.
EntityRule peerEntity(const PolicyEngine &engine, const EndpointRef &peer,
    const QString &policyNamespace, QString &words)
{
    EntityRule e;
    if (peer.isEndpoint()) {
        const InventoryObject &o = engine.inventory().object(peer.object);
        QStringList terms;
        for (auto it = o.labels.cbegin(); it != o.labels.cend(); ++it) {
            if (!unstableLabel(it.key()))
                terms.append(it.key() + QStringLiteral(" == ") + quoted(it.value()));
        }
        if (!terms.isEmpty()) {
            e.selector = terms.join(QStringLiteral(" && "));
            words = ChangeWords::tr("selector %1").arg(e.selector);
            if (!o.namespace_.isEmpty()
                && (policyNamespace.isEmpty() || o.namespace_ != policyNamespace)) {
                e.namespaceSelector
                    = QStringLiteral("projectcalico.org/name == ") + quoted(o.namespace_);
                words += ChangeWords::tr(" in namespace %1").arg(o.namespace_);
            }
            return e;
        }
        if (!o.addresses.isEmpty()) {
            const IpAddress &a = o.addresses.constFirst();
            e.nets.append(
                a.toString() + (a.family() == 4 ? QStringLiteral("/32") : QStringLiteral("/128")));
            words = ChangeWords::tr("nets %1").arg(e.nets.constFirst());
        }
        return e;
    }
    if (peer.address) {
        e.nets.append(peer.address->toString()
            + (peer.address->family() == 4 ? QStringLiteral("/32") : QStringLiteral("/128")));
        words = ChangeWords::tr("nets %1").arg(e.nets.constFirst());
    }
    return e;
}

const TraceStep *decidingStep(const DirectionTrace &d)
{
    for (qsizetype i = d.steps.size() - 1; i >= 0; --i) {
        const QString &a = d.steps.at(i).action;
        if (a == u"allow" || a == u"deny" || a == u"end-of-tier-deny" || a == u"default-deny")
            return &d.steps.at(i);
    }
    return nullptr;
}

} // namespace

AllowChange smallestAllowingChange(
    const PolicyEngine &engine, const Flow &flow, const FlowTrace &trace, int maxOtherFlows)
{
    AllowChange change;
    if (!trace.ok() || trace.verdict == Verdict::Allow) {
        change.reason = ChangeWords::tr("the flow is not denied");
        return change;
    }
    const Result<EndpointRef> from = engine.resolve(flow.from);
    const Result<EndpointRef> to = engine.resolve(flow.to);
    if (!from || !to) {
        change.reason = !from ? from.error().message : to.error().message;
        return change;
    }
    const std::optional<int> protocol = parseProtocolNumber(flow.protocol);
    Workspace edited = engine.workspace();
    for (const Direction direction : {Direction::Egress, Direction::Ingress}) {
        const bool egress = direction == Direction::Egress;
        const DirectionTrace &side = egress ? trace.egress : trace.ingress;
        if (side.verdict == Verdict::Allow)
            continue;
        const TraceStep *step = decidingStep(side);
        const QString sideName = egress ? QStringLiteral("egress") : QStringLiteral("ingress");
        if (!step || step->policyId.isNull()) {
            change.reason = ChangeWords::tr("%1 at %2 is denied without a policy deciding (%3): "
                                            "no rule to add to")
                                .arg(sideName, side.endpoint,
                                    step ? step->action : ChangeWords::tr("no step"));
            return change;
        }
        const qsizetype index = indexOfResource(edited->policies, step->policyId);
        if (index < 0) {
            change.reason = ChangeWords::tr("%1 at %2 is decided by %3 %4, not a Calico policy "
                                            "of the workspace: change it by hand")
                                .arg(sideName, side.endpoint, step->kind, step->policy);
            return change;
        }
        const CalicoPolicy &policy = edited->policies.at(index);
        RuleAddition add;
        add.policy = step->kind + u' ' + step->policy;
        add.direction = sideName;
        add.rule.action = QStringLiteral("Allow");
        QString peerWords;
        const EntityRule peer
            = peerEntity(engine, egress ? *to : *from, policy.meta.namespace_, peerWords);
        if (peer.isEmpty()) {
            change.reason = ChangeWords::tr("the peer has neither labels nor an address to name");
            return change;
        }
        QStringList words {ChangeWords::tr("allow")};
        if (protocol) {
            add.rule.protocol = Protocol::fromNumber(*protocol);
            words.append(protocolDisplayName(*protocol));
        }
        (egress ? add.rule.destination : add.rule.source) = peer;
        words.append(
            (egress ? ChangeWords::tr("to %1") : ChangeWords::tr("from %1")).arg(peerWords));
        if (flow.port) {
            add.rule.destination.ports.append(Port::single(*flow.port));
            words.append(ChangeWords::tr("port %1").arg(*flow.port));
        }
        if (flow.icmpType) {
            add.rule.icmp = IcmpFields {flow.icmpType, flow.icmpCode};
            words.append(ChangeWords::tr("ICMP type %1").arg(*flow.icmpType));
        }
        const QList<Rule> &rules = egress ? policy.egress : policy.ingress;
        // Before the denying rule; after the last one when the tier ended without a match.
        add.index = step->rule >= 0 ? step->rule : int(rules.size());
        add.description = words.join(u' ');
        edited = edited.edited([&](WorkspaceData &d) {
            QList<Rule> &list = egress ? d.policies[index].egress : d.policies[index].ingress;
            list.insert(add.index, add.rule);
            const QString type = egress ? QStringLiteral("Egress") : QStringLiteral("Ingress");
            if (!d.policies[index].types.contains(type))
                d.policies[index].types.append(type);
        });
        change.additions.append(add);
    }
    const PolicyEngine after(edited);
    change.after = after.trace(flow);
    if (!change.after.ok() || change.after.verdict != Verdict::Allow) {
        change.reason
            = ChangeWords::tr(
                "the rule(s) would not allow the flow: %1", nullptr, int(change.additions.size()))
                  .arg(change.after.ok() ? ChangeWords::tr("still denied") : change.after.error);
        return change;
    }
    change.found = true;
    DiffOptions options;
    options.maxFlows = maxOtherFlows;
    const SemanticDiff diff = semanticDiff(engine, after, options);
    for (const FlowChange &f : diff.flows) {
        // The flow itself, alone in its class, is not "something else".
        const bool itself = f.from == from->display && f.to == to->display && f.port == flow.port
            && f.endpointPairs <= 1;
        if (f.before == Verdict::Deny && f.after == Verdict::Allow && !itself)
            change.alsoAllowed.append(f);
    }
    change.alsoTruncated = diff.flowsTruncated;
    return change;
}

} // namespace ps
