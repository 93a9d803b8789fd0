#include "ui/treefilterproxy.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ps {

TreeFilterProxy::TreeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent), m_watcher(new QFutureWatcher<Matches>(this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &TreeFilterProxy::startSearch);
    connect(m_watcher, &QFutureWatcher<Matches>::finished, this, [this] {
        const QString text = m_searching;
        m_searching.clear();
        // A newer text waits for its timer or for this search to end: only the newest counts.
        if (text == m_pending && !m_timer.isActive())
            apply(text, m_watcher->result());
        else if (!m_timer.isActive() && !m_pending.isEmpty() && m_pending != m_applied)
            startSearch();
    });
}

TreeFilterProxy::~TreeFilterProxy()
{
    m_watcher->waitForFinished();
}

void TreeFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    m_rows.reset();
    if (!model)
        return;
    const auto changed = [this] { onSourceChanged(); };
    m_sourceConnections = {
        connect(model, &QAbstractItemModel::rowsInserted, this, changed),
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed),
        connect(model, &QAbstractItemModel::rowsMoved, this, changed),
        connect(model, &QAbstractItemModel::dataChanged, this, changed),
        connect(model, &QAbstractItemModel::modelReset, this, changed),
        connect(model, &QAbstractItemModel::layoutChanged, this, changed),
    };
}

void TreeFilterProxy::setFilterText(const QString &text)
{
    m_pending = text.trimmed().toCaseFolded();
    if (m_pending.isEmpty()) {
        m_timer.stop();
        apply({}, {});
        return;
    }
    m_timer.start();
}

void TreeFilterProxy::applyFilterNow(const QString &text)
{
    m_timer.stop();
    m_watcher->waitForFinished();
    m_searching.clear();
    m_pending = text.trimmed().toCaseFolded();
    apply(m_pending, m_pending.isEmpty() ? Matches {} : search(*rows(), m_pending));
}

bool TreeFilterProxy::isSearching() const
{
    return m_timer.isActive() || m_watcher->isRunning();
}

void TreeFilterProxy::startSearch()
{
    if (m_watcher->isRunning())
        return; // the finished handler starts the newest text
    if (m_pending.isEmpty())
        return;
    m_searching = m_pending;
    // Gathered here, on the GUI thread (the source model is not thread-safe); searched there.
    const std::shared_ptr<const QList<Row>> snapshot = rows();
    m_watcher->setFuture(
        QtConcurrent::run([snapshot, needle = m_searching] { return search(*snapshot, needle); }));
}

void TreeFilterProxy::apply(const QString &text, Matches matches)
{
    m_applied = text;
    m_accepted = std::move(matches.accepted);
    m_matchCount = matches.matchCount;
    invalidateRowsFilter();
    Q_EMIT filterApplied();
}

void TreeFilterProxy::onSourceChanged()
{
    m_rows.reset();
    // m_pending is the newest text asked for (the applied one once its search is done): search
    // it again on the changed tree, after the edits of this burst.
    if (!m_pending.isEmpty())
        m_timer.start();
}

std::shared_ptr<const QList<TreeFilterProxy::Row>> TreeFilterProxy::rows()
{
    if (m_rows)
        return m_rows;
    auto rows = std::make_shared<QList<Row>>();
    const QAbstractItemModel *model = sourceModel();
    if (model) {
        const int columns = model->columnCount();
        // Depth first, parents before their children.
        struct Pending {
            QModelIndex index;
            int position;
        };
        QList<Pending> pending {{QModelIndex(), -1}};
        while (!pending.isEmpty()) {
            const Pending parent = pending.takeLast();
            const int count = model->rowCount(parent.index);
            for (int r = 0; r < count; ++r) {
                const QModelIndex index = model->index(r, 0, parent.index);
                QString text;
                for (int c = 0; c < columns; ++c) {
                    if (c > 0)
                        text += u'\n';
                    text += model->index(r, c, parent.index).data().toString();
                }
                rows->append({index.internalId(), r, parent.position, text.toCaseFolded()});
                if (model->hasChildren(index))
                    pending.append({index, int(rows->size()) - 1});
            }
        }
    }
    m_rows = rows;
    return m_rows;
}

TreeFilterProxy::Matches TreeFilterProxy::search(const QList<Row> &rows, const QString &needle)
{
    Matches result;
    const qsizetype n = rows.size();
    // shown[i]: 1 = matches or lies under a match (parents come first), 2 = an ancestor only
    QList<char> shown(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        const Row &row = rows.at(i);
        if (row.text.contains(needle)) {
            shown[i] = 1;
            ++result.matchCount;
        } else if (row.parent >= 0 && shown.at(row.parent) == 1) {
            shown[i] = 1;
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (shown.at(i) != 1)
            continue;
        for (int p = rows.at(i).parent; p >= 0 && shown.at(p) == 0; p = rows.at(p).parent)
            shown[p] = 2;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (shown.at(i) != 0)
            result.accepted.insert({rows.at(i).id, rows.at(i).row});
    }
    return result;
}

bool TreeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_applied.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_accepted.contains({index.internalId(), sourceRow});
}

} // namespace ps
