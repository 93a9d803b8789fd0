#pragma once
// TreeFilterProxy: the filter box behind the studio's trees, fast at 50,000 rows. Typing
// restarts a short timer; when it fires, the rows' texts (every column, gathered once per change
// of the tree, on the GUI thread) are searched on a worker thread, and the proxy then shows the
// matching rows with their ancestors and descendants (a namespace that matches shows its pods).
// Matching is case-insensitive and literal. A search still running when the text changes again
// is left to finish and its result dropped. A change of the tree while a filter is applied runs
// the search again on the changed tree.

#include <memory>

#include <QFutureWatcher>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace ps {

class TreeFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TreeFilterProxy(QObject *parent = nullptr);
    ~TreeFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;

    /// Filter by `text` after kDebounceMs without another change (an empty text shows every row
    /// at once).
    void setFilterText(const QString &text);
    /// Filter by `text` now, searching on the calling thread (tests, programmatic filters).
    void applyFilterNow(const QString &text);
    /// The text whose result is shown ("" = every row).
    const QString &appliedText() const { return m_applied; }
    bool isFiltering() const { return !m_applied.isEmpty(); }
    /// A search is waiting for its timer or running.
    bool isSearching() const;
    /// Rows matching the applied text themselves (not counting ancestors and descendants).
    int matchCount() const { return m_matchCount; }

    static constexpr int kDebounceMs = 200;

    /// One row of the source tree: its identity, its parent's position in the list (-1 for
    /// top-level rows) and its text, case-folded. Parents come before their children.
    struct Row {
        quintptr id = 0;
        int row = 0;
        int parent = -1;
        QString text;
    };
    struct Matches {
        QSet<QPair<quintptr, int>> accepted; // (internal id, row) of every row shown
        int matchCount = 0;
    };
    /// The rows to show for `needle` (case-folded): matches, their ancestors and descendants.
    static Matches search(const QList<Row> &rows, const QString &needle);

Q_SIGNALS:
    /// The result for appliedText() is shown.
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void startSearch();
    void apply(const QString &text, Matches matches);
    void onSourceChanged();
    std::shared_ptr<const QList<Row>> rows();

    QTimer m_timer;
    QString m_pending; // the text the timer will search for
    QString m_applied;
    QSet<QPair<quintptr, int>> m_accepted;
    int m_matchCount = 0;
    std::shared_ptr<const QList<Row>> m_rows; // null: gather again
    QFutureWatcher<Matches> *m_watcher;
    QString m_searching; // the text the running search is for
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace ps
