#pragma once
// KeyValueModel: a label or annotation map as the rows of a two-column table (Key, Value),
// plus one last "new entry" row to type into. Rows keep the order the user gave them while
// they are edited; every row is checked with core/validate's MetaRules::checkEntries (the
// same words as the Problems dock and policyctl), and invalid cells carry a background and
// a tooltip with the reasons.
//
// The model never writes an invalid map: after a user change (setData(), removeRows()) that
// leaves every row valid it emits mapEdited() with the new map. setMap() shows the document's
// map; when it is the map these rows last produced, the rows (their order, a row being fixed)
// stay as they are.

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "core/model/meta.h"
#include "core/validate/metarules.h"

namespace ps {

class KeyValueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit KeyValueModel(MetaRules::MapKind kind, QObject *parent = nullptr);

    MetaRules::MapKind kind() const { return m_kind; }
    void setMap(const Labels &map);
    /// No rows (and an empty committed map).
    void clear();
    /// The rows as a map, or nullopt while a row is invalid.
    std::optional<Labels> map() const;
    /// The map the rows showed or produced last (what the document holds).
    const Labels &committedMap() const { return m_committed; }
    const QList<MetaRules::Entry> &entries() const { return m_entries; }
    /// Rows of entries; the "new entry" row is entryCount().
    int entryCount() const { return int(m_entries.size()); }
    bool isNewEntryRow(int row) const { return row == entryCount(); }
    /// The reasons the cell is invalid, one per line; empty when valid.
    QString errorText(int row, int column) const;
    bool isValid() const;
    /// The row holding `key`, or -1.
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    /// The user changed the rows and every row is valid; `map` differs from the last one.
    void mapEdited(const Labels &map);

private:
    static bool isBlank(const MetaRules::Entry &entry);
    void revalidate();
    void dropBlankRows();
    void userChanged();

    MetaRules::MapKind m_kind;
    QList<MetaRules::Entry> m_entries;
    QList<MetaRules::EntryErrors> m_errors;
    Labels m_committed;
};

} // namespace ps
