#include "core/eval/explain_p.h"

#include <QCoreApplication>
#include <QStringList>

namespace ps {

namespace {

// The translation context, in a form lupdate sees (it files a free ExplainWords::tr() under the
// namespace).
struct ExplainWords {
    Q_DECLARE_TR_FUNCTIONS(Explain)
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

} // namespace

QString explainSelectorMismatch(
    const SelectorNode &node, const LabelSource &labels, bool want, const QString &side)
{
    if (node.evaluate(labels) == want)
        return QString();
    switch (node.op()) {
    case SelectorOp::Not:
        return explainSelectorMismatch(node.children().front(), labels, !want, side);
    case SelectorOp::And:
        if (want) {
            for (const SelectorNode &c : node.children()) {
                if (!c.evaluate(labels))
                    return explainSelectorMismatch(c, labels, true, side);
            }
        }
        break;
    case SelectorOp::Or:
        if (!want) {
            for (const SelectorNode &c : node.children()) {
                if (c.evaluate(labels))
                    return explainSelectorMismatch(c, labels, false, side);
            }
        } else {
            QStringList parts;
            for (const SelectorNode &c : node.children())
                parts.append(explainSelectorMismatch(c, labels, true, side));
            return parts.join(ExplainWords::tr(", and "));
        }
        break;
    default:
        break;
    }
    const QString &key = node.label();
    const QString *value = node.hasLabel() ? labels.value(key) : nullptr;
    if (want) {
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

} // namespace ps
