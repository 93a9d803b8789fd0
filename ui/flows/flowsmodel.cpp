#include "ui/flows/flowsmodel.h"

#include <QColor>
#include <QDateTime>

namespace ps {

namespace {

QString verdictText(Verdict verdict)
{
    return verdict == Verdict::Allow ? FlowsModel::tr("Allowed") : FlowsModel::tr("Denied");
}

QString actionText(FlowAction action)
{
    switch (action) {
    case FlowAction::Allow:
        return FlowsModel::tr("Allowed");
    case FlowAction::Deny:
        return FlowsModel::tr("Denied");
    case FlowAction::Pass:
        return FlowsModel::tr("Passed");
    case FlowAction::Unknown:
        break;
    }
    return FlowsModel::tr("unknown");
}

QString sideText(FlowReporter reporter)
{
    switch (reporter) {
    case FlowReporter::Src:
        return FlowsModel::tr("source (egress)");
    case FlowReporter::Dst:
        return FlowsModel::tr("destination (ingress)");
    case FlowReporter::Fwd:
        return FlowsModel::tr("forwarded");
    case FlowReporter::Unknown:
        break;
    }
    return FlowsModel::tr("unknown");
}

const QColor kAllow(0x2e, 0x7d, 0x32);
const QColor kDeny(0xc6, 0x28, 0x28);
const QColor kMuted(0x6b, 0x75, 0x80);
const QColor kFlip(0xb2, 0x5e, 0x00);

} // namespace

FlowsModel::FlowsModel(QObject *parent) : QAbstractTableModel(parent) { }

void FlowsModel::setResult(FlowExplanation explanation, std::optional<FlowReplay> replay)
{
    beginResetModel();
    m_explanation = std::move(explanation);
    m_replay = std::move(replay);
    m_flippedByKey.clear();
    if (m_replay) {
        for (const ReplayGroup &g : std::as_const(m_replay->groups)) {
            for (const ReplayFlow &f : g.flows)
                m_flippedByKey.insert(flowGroupKey(f.record, false), &f);
        }
    }
    endResetModel();
}

void FlowsModel::clear()
{
    setResult({}, std::nullopt);
}

void FlowsModel::appendGroups(const QList<FlowGroup> &groups)
{
    if (groups.isEmpty())
        return;
    const int first = int(m_explanation.groups.size());
    beginInsertRows({}, first, first + int(groups.size()) - 1);
    m_explanation.groups.append(groups);
    endInsertRows();
}

void FlowsModel::setCounts(int row, qint64 records, qint64 packets, qint64 bytes)
{
    if (row < 0 || row >= m_explanation.groups.size())
        return;
    FlowGroup &g = m_explanation.groups[row];
    g.records = records;
    g.packets = packets;
    g.bytes = bytes;
    Q_EMIT dataChanged(index(row, Records), index(row, Records));
}

void FlowsModel::setRecords(qint64 records, qint64 invalid)
{
    m_explanation.records = records;
    m_explanation.invalid = invalid;
}

const ReplayFlow *FlowsModel::flipped(int row) const
{
    if (m_flippedByKey.isEmpty() || row < 0 || row >= m_explanation.groups.size())
        return nullptr;
    return m_flippedByKey.value(flowGroupKey(m_explanation.groups.at(row).record, false));
}

int FlowsModel::categories(int row) const
{
    const FlowGroup &g = m_explanation.groups.at(row);
    int bits = 0;
    if (!g.resolved)
        bits |= Unresolved;
    else if (g.agree)
        bits |= Agrees;
    else
        bits |= Drift;
    if (g.resolved && g.side() && g.side()->verdict == Verdict::Deny)
        bits |= Denied;
    if (flipped(row))
        bits |= Flipped;
    return bits;
}

int FlowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_explanation.groups.size());
}

int FlowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_explanation.groups.size())
        return {};
    const FlowGroup &g = m_explanation.groups.at(index.row());
    const FlowRecord &r = g.record;
    if (role == CategoryRole)
        return categories(index.row());
    const ReplayFlow *flip = flipped(index.row());
    if (role == Qt::ForegroundRole) {
        switch (index.column()) {
        case Engine:
            return g.resolved && g.side() ? (g.side()->verdict == Verdict::Allow ? kAllow : kDeny)
                                          : kMuted;
        case Logged:
            return r.action == FlowAction::Deny ? kDeny : QVariant();
        case Status:
            return !g.resolved ? kMuted : g.agree ? kAllow : kDeny;
        case Saved:
            return flip ? kFlip : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Logged:
            return g.loggedHit ? hitDescription(*g.loggedHit) : tr("The log names no policy");
        case Status:
            if (!g.resolved)
                return g.reason;
            return g.differences.isEmpty() ? tr("The engine decides this flow as the log says")
                                           : g.differences.join(u'\n');
        case Source:
        case Destination: {
            const FlowEnd &end = index.column() == Source ? r.source : r.destination;
            const ResolvedEnd &resolved = index.column() == Source ? g.source : g.destination;
            QString tip = flowEndDisplay(end);
            if (!end.ip.isEmpty())
                tip += u'\n' + end.ip;
            if (!resolved.ref.isEmpty())
                tip += u'\n' + tr("traced as %1").arg(resolved.ref);
            return tip;
        }
        case Saved:
            return flip
                ? tr("The saved files decide this connection otherwise: %1 there, %2 "
                     "as edited")
                      .arg(verdictText(flip->before.verdict), verdictText(flip->after.verdict))
                : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Records)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return r.startTime > 0 ? QDateTime::fromSecsSinceEpoch(r.startTime, Qt::UTC)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                               : QString();
    case Source:
        return flowEndDisplay(r.source);
    case Destination:
        return flowEndDisplay(r.destination);
    case Port:
        return r.protocol.toUpper() + u' ' + (r.port ? QString::number(*r.port) : tr("any"));
    case Side:
        return sideText(r.reporter);
    case Logged:
        return g.loggedHit ? tr("%1 by %2")
                                 .arg(actionText(r.action),
                                     g.loggedHit->namespace_.isEmpty()
                                         ? g.loggedHit->name
                                         : g.loggedHit->namespace_ + u'/' + g.loggedHit->name)
                           : actionText(r.action);
    case Engine:
        return g.resolved && g.side() ? verdictText(g.side()->verdict) : QString();
    case Status:
        return !g.resolved ? tr("not resolved") : g.agree ? tr("agrees") : tr("drift");
    case Records:
        return g.records;
    case Saved:
        return flip
            ? tr("%1 → %2").arg(verdictText(flip->before.verdict), verdictText(flip->after.verdict))
            : QString();
    default:
        return {};
    }
}

QVariant FlowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case Source:
        return tr("Source");
    case Destination:
        return tr("Destination");
    case Port:
        return tr("Protocol / port");
    case Side:
        return tr("Logged at");
    case Logged:
        return tr("Logged");
    case Engine:
        return tr("Engine");
    case Status:
        return tr("Agreement");
    case Records:
        return tr("Records");
    case Saved:
        return tr("Saved → edited");
    default:
        return {};
    }
}

FlowsFilter::FlowsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
}

void FlowsFilter::setCategories(int categories)
{
    m_categories = categories;
    invalidateFilter();
}

void FlowsFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool FlowsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_categories != 0
        && (model->index(sourceRow, 0, sourceParent).data(FlowsModel::CategoryRole).toInt()
               & m_categories)
            == 0)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column :
        {FlowsModel::Source, FlowsModel::Destination, FlowsModel::Port, FlowsModel::Logged}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ps
