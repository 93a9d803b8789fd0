#pragma once
// FlowsModel: the flow groups of a loaded flow log as a table (the Flows dock) — when, source,
// destination, protocol and port, the side that logged it, what the log says decided and what
// the engine says, whether they agree (drift, not resolved), how many records; with a
// comparison against the saved files, what the saved workspace decided for the connections the
// edit flips. FlowsFilter shows a category (drift, denied, not resolved, flipped) and the rows
// containing a text.

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include "core/flows/flowexplain.h"
#include "core/flows/flowreplay.h"

namespace ps {

class FlowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Time,
        Source,
        Destination,
        Port,
        Status,
        Engine,
        Logged,
        Side,
        Records,
        Saved,
        ColumnCount
    };
    /// Bits of CategoryRole.
    enum Category { Agrees = 1, Drift = 2, Denied = 4, Unresolved = 8, Flipped = 16 };
    static constexpr int CategoryRole = Qt::UserRole + 1;

    explicit FlowsModel(QObject *parent = nullptr);

    /// The groups explained, and the replay from the saved workspace (nullopt: not compared).
    void setResult(FlowExplanation explanation, std::optional<FlowReplay> replay);
    void clear();
    /// A followed stream: groups appended (rows inserted, selection and scroll kept) and a
    /// group's counts updated in place.
    void appendGroups(const QList<FlowGroup> &groups);
    void setCounts(int row, qint64 records, qint64 packets, qint64 bytes);
    void setRecords(qint64 records, qint64 invalid);
    const FlowExplanation &explanation() const { return m_explanation; }
    const std::optional<FlowReplay> &replay() const { return m_replay; }
    const FlowGroup &group(int row) const { return m_explanation.groups.at(row); }
    /// The replayed connection of that row whose verdict the edit changes, if any.
    const ReplayFlow *flipped(int row) const;
    int categories(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FlowExplanation m_explanation;
    std::optional<FlowReplay> m_replay;
    QHash<QString, const ReplayFlow *> m_flippedByKey; // flowGroupKey(record, false)
};

class FlowsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FlowsFilter(QObject *parent = nullptr);
    /// Rows with any of these FlowsModel::Category bits (0: every row).
    void setCategories(int categories);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_categories = 0;
    QString m_text;
};

} // namespace ps
