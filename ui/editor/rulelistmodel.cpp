#include "ui/editor/rulelistmodel.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include "ui/standardicon.h"

namespace ps {

namespace {

const QString &rowMimeType()
{
    static const QString type = QStringLiteral("application/x-policystudio-rule-row");
    return type;
}

QString portList(const QList<Port> &ports)
{
    QStringList texts;
    for (const Port &port : ports)
        texts.append(port.toString());
    return texts.join(QStringLiteral(", "));
}

/// "app == 'web', namespace env == 'dev', 10.0.0.0/8" — what one side of a rule matches,
/// ports excluded.
QString entityPeers(const EntityRule &e)
{
    QStringList parts;
    if (!e.selector.isEmpty())
        parts.append(e.selector);
    if (!e.notSelector.isEmpty())
        parts.append(RuleListModel::tr("not %1").arg(e.notSelector));
    if (!e.namespaceSelector.isEmpty())
        parts.append(RuleListModel::tr("namespaces %1").arg(e.namespaceSelector));
    if (!e.nets.isEmpty())
        parts.append(e.nets.join(QStringLiteral(", ")));
    if (!e.notNets.isEmpty())
        parts.append(RuleListModel::tr("not %1").arg(e.notNets.join(QStringLiteral(", "))));
    if (e.serviceAccounts) {
        if (!e.serviceAccounts->names.isEmpty())
            parts.append(RuleListModel::tr("accounts %1")
                             .arg(e.serviceAccounts->names.join(QStringLiteral(", "))));
        if (!e.serviceAccounts->selector.isEmpty())
            parts.append(RuleListModel::tr("accounts %1").arg(e.serviceAccounts->selector));
    }
    if (e.services) {
        const QString name = e.services->namespace_.isEmpty()
            ? e.services->name
            : e.services->namespace_ + u'/' + e.services->name;
        parts.append(RuleListModel::tr("service %1").arg(name));
    }
    return parts.join(QStringLiteral("; "));
}

QString entityPorts(const EntityRule &e)
{
    QStringList parts;
    if (!e.ports.isEmpty())
        parts.append(RuleListModel::tr("ports %1").arg(portList(e.ports)));
    if (!e.notPorts.isEmpty())
        parts.append(RuleListModel::tr("not ports %1").arg(portList(e.notPorts)));
    return parts.join(u' ');
}

} // namespace

QString ruleSummary(const Rule &rule)
{
    QStringList words;
    words.append(rule.action.isEmpty() ? RuleListModel::tr("(no action)") : rule.action);
    if (rule.protocol)
        words.append(rule.protocol->toString());
    if (rule.notProtocol)
        words.append(RuleListModel::tr("not %1").arg(rule.notProtocol->toString()));
    if (rule.ipVersion)
        words.append(RuleListModel::tr("IPv%1").arg(*rule.ipVersion));
    if (rule.icmp && rule.icmp->type) {
        words.append(rule.icmp->code
                ? RuleListModel::tr("type %1 code %2").arg(*rule.icmp->type).arg(*rule.icmp->code)
                : RuleListModel::tr("type %1").arg(*rule.icmp->type));
    }
    const QString from = entityPeers(rule.source);
    const QString fromPorts = entityPorts(rule.source);
    if (!from.isEmpty())
        words.append(RuleListModel::tr("from %1").arg(from));
    if (!fromPorts.isEmpty())
        words.append(from.isEmpty() ? RuleListModel::tr("from %1").arg(fromPorts) : fromPorts);
    const QString to = entityPeers(rule.destination);
    const QString toPorts = entityPorts(rule.destination);
    if (!to.isEmpty())
        words.append(RuleListModel::tr("to %1").arg(to));
    if (!toPorts.isEmpty())
        words.append(to.isEmpty() ? RuleListModel::tr("to %1").arg(toPorts) : toPorts);
    if (rule.http && !rule.http->methods.isEmpty())
        words.append(RuleListModel::tr("HTTP %1").arg(rule.http->methods.join(u',')));
    if (words.size() == 1)
        words.append(RuleListModel::tr("everything"));
    return words.join(u' ');
}

RuleListModel::RuleListModel(QObject *parent) : QAbstractListModel(parent) { }

void RuleListModel::setRules(const QList<Rule> &rules)
{
    if (rules.size() != m_rules.size()) {
        beginResetModel();
        m_rules = rules;
        endResetModel();
        return;
    }
    if (rules == m_rules)
        return;
    m_rules = rules;
    if (!m_rules.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rules.size()) - 1));
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &rule = m_rules[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2").arg(index.row()).arg(ruleSummary(rule));
    case Qt::ToolTipRole:
        return rule.matchesAllTraffic()
            ? tr("%1 — this rule matches all traffic: every peer, protocol and port")
                  .arg(ruleSummary(rule))
            : ruleSummary(rule);
    case Qt::DecorationRole:
        return rule.matchesAllTraffic() ? standardIcon(QStyle::SP_MessageBoxWarning) : QVariant();
    case Qt::ForegroundRole:
        if (rule.action == u"Deny")
            return QColor(0xc6, 0x28, 0x28);
        if (rule.action == u"Allow")
            return QColor(0x2e, 0x7d, 0x32);
        if (rule.action == u"Pass")
            return QColor(0x1f, 0x4e, 0x9c);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    if (!index.isValid())
        return base | Qt::ItemIsDropEnabled;
    return base | Qt::ItemIsDragEnabled;
}

Qt::DropActions RuleListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RuleListModel::mimeTypes() const
{
    return {rowMimeType()};
}

QMimeData *RuleListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.first().isValid())
        return nullptr;
    auto *mime = new QMimeData;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    // the model's address tells drops into the other direction's list apart
    out << quintptr(this) << qint32(indexes.first().row());
    mime->setData(rowMimeType(), bytes);
    return mime;
}

bool RuleListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
    int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return action == Qt::MoveAction && data && data->hasFormat(rowMimeType());
}

bool RuleListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QDataStream in(data->data(rowMimeType()));
    quintptr model = 0;
    qint32 from = -1;
    in >> model >> from;
    if (model != quintptr(this) || from < 0 || from >= m_rules.size())
        return false;
    int to = row;
    if (to < 0)
        to = parent.isValid() ? parent.row() : int(m_rules.size());
    if (to != from && to != from + 1)
        Q_EMIT moveRequested(from, to);
    // false: the view must not remove the dragged row; the Document edit moves it.
    return false;
}

} // namespace ps
