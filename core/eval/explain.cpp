#include "core/eval/explain.h"

#include <QCoreApplication>
#include <QStringList>

namespace ps {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Explain", text);
}

const QString kNs = QStringLiteral("projectcalico.org/namespace");
const QString kSa = QStringLiteral("projectcalico.org/serviceaccount");
const QString kNsName = QStringLiteral("pcns.projectcalico.org/name");
const QString kSaName = QStringLiteral("pcsa.projectcalico.org/name");

// "label app=web", "namespace prod", "namespace label env=prod", "service account api".
QString subject(const QString &key, const QString &value)
{
    if (key == kNs || key == kNsName)
        return tr("namespace %1").arg(value);
    if (key == kSa || key == kSaName)
        return tr("service account %1").arg(value);
    if (key.startsWith(u"pcns."))
        return tr("namespace label %1=%2").arg(key.mid(5), value);
    if (key.startsWith(u"pcsa."))
        return tr("service account label %1=%2").arg(key.mid(5), value);
    return tr("label %1=%2").arg(key, value);
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
        return tr("%1 is not in a namespace").arg(side);
    if (key == kSa || key == kSaName)
        return tr("%1 has no service account").arg(side);
    if (key.startsWith(u"pcns."))
        return tr("%1's namespace has no label %2").arg(side, key.mid(5));
    if (key.startsWith(u"pcsa."))
        return tr("%1's service account has no label %2").arg(side, key.mid(5));
    return tr("%1 has no label %2").arg(side, key);
}

QString setText(const QStringList &values)
{
    return u'{' + values.join(QStringLiteral(", ")) + u'}';
}

} // namespace

QString explainSelectorMismatch(const SelectorNode &node, const LabelSource &labels, bool want,
                                const QString &side)
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
            return parts.join(tr(", and "));
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
            return tr("%1 %2 is not %3").arg(side, subject(key, *value), wanted(key, node.value()));
        case SelectorOp::In:
            if (!value)
                return absent(side, key);
            return tr("%1 %2 is not in %3").arg(side, subject(key, *value), setText(node.values()));
        case SelectorOp::NotEqual:
        case SelectorOp::NotIn:
            return tr("%1 %2 is excluded").arg(side, subject(key, value ? *value : QString()));
        case SelectorOp::Contains:
            if (!value)
                return absent(side, key);
            return tr("%1 %2 does not contain \"%3\"").arg(side, subject(key, *value), node.value());
        case SelectorOp::StartsWith:
            if (!value)
                return absent(side, key);
            return tr("%1 %2 does not start with \"%3\"").arg(side, subject(key, *value), node.value());
        case SelectorOp::EndsWith:
            if (!value)
                return absent(side, key);
            return tr("%1 %2 does not end with \"%3\"").arg(side, subject(key, *value), node.value());
        default:
            break;
        }
    } else {
        switch (node.op()) {
        case SelectorOp::Has:
            if (key == kNs)
                return tr("%1 is in namespace %2, and the rule wants objects outside any namespace")
                    .arg(side, value ? *value : QString());
            return tr("%1 has %2, which is excluded").arg(side, subject(key, value ? *value : QString()));
        case SelectorOp::Equal:
        case SelectorOp::In:
        case SelectorOp::Contains:
        case SelectorOp::StartsWith:
        case SelectorOp::EndsWith:
            return tr("%1 %2 is excluded").arg(side, subject(key, value ? *value : QString()));
        case SelectorOp::NotEqual:
        case SelectorOp::NotIn:
            if (!value)
                return absent(side, key) + tr(" (required by an exclusion)");
            return tr("%1 %2 is not excluded as required").arg(side, subject(key, *value));
        default:
            break;
        }
    }
    return tr("%1 does not match %2").arg(side, node.canonical());
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
        parts.append(tr("nets %1").arg(e.nets.join(u',')));
    if (!e.notNets.isEmpty())
        parts.append(tr("not nets %1").arg(e.notNets.join(u',')));
    if (!e.namespaceSelector.isEmpty())
        parts.append(tr("namespaceSelector %1").arg(e.namespaceSelector));
    if (!e.selector.isEmpty())
        parts.append(tr("selector %1").arg(e.selector));
    if (!e.notSelector.isEmpty())
        parts.append(tr("notSelector %1").arg(e.notSelector));
    if (e.serviceAccounts) {
        if (!e.serviceAccounts->names.isEmpty())
            parts.append(tr("service accounts %1").arg(e.serviceAccounts->names.join(QStringLiteral(", "))));
        if (!e.serviceAccounts->selector.isEmpty())
            parts.append(tr("service account selector %1").arg(e.serviceAccounts->selector));
    }
    if (e.services)
        parts.append(tr("service %1/%2").arg(e.services->namespace_, e.services->name));
    if (!e.ports.isEmpty())
        parts.append(tr("ports %1").arg(portListText(e.ports)));
    if (!e.notPorts.isEmpty())
        parts.append(tr("not ports %1").arg(portListText(e.notPorts)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString describeRule(const Rule &rule)
{
    QStringList parts{rule.action};
    if (rule.ipVersion)
        parts.append(tr("IPv%1").arg(*rule.ipVersion));
    if (rule.protocol)
        parts.append(rule.protocol->toString());
    if (rule.notProtocol)
        parts.append(tr("not %1").arg(rule.notProtocol->toString()));
    if (rule.icmp && rule.icmp->type)
        parts.append(tr("icmp type %1").arg(*rule.icmp->type)
                     + (rule.icmp->code ? tr(" code %1").arg(*rule.icmp->code) : QString()));
    if (rule.notICMP && rule.notICMP->type)
        parts.append(tr("not icmp type %1").arg(*rule.notICMP->type));
    const QString src = entityText(rule.source);
    const QString dst = entityText(rule.destination);
    if (!src.isEmpty())
        parts.append(tr("from %1").arg(src));
    if (!dst.isEmpty())
        parts.append(tr("to %1").arg(dst));
    if (rule.http)
        parts.append(tr("(HTTP match, L7 only)"));
    return parts.join(u' ');
}

} // namespace ps
