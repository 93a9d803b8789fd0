#pragma once
// KeyValueTable: the policy editor's widget for a label or annotation map — a compact Key /
// Value table (KeyValueModel) edited in place, with a "new entry" row, Add and Remove buttons
// and the Insert and Delete keys. Keys (and label values) are offered from the inventory when
// completions are set. edited() carries the whole new map after each change that leaves every
// row valid; the owner turns it into one undoable edit and shows the result with setMap().

#include <QHash>
#include <QStringList>
#include <QWidget>

#include "core/model/meta.h"
#include "core/validate/metarules.h"

class QTableView;
class QToolButton;

namespace ps {

class KeyValueModel;

class KeyValueTable : public QWidget {
    Q_OBJECT
public:
    explicit KeyValueTable(MetaRules::MapKind kind, QWidget *parent = nullptr);

    /// Shows `map`; keeps the rows (and the current cell) when they already produce it, unless
    /// `keepRows` is false (another object's map is shown).
    void setMap(const Labels &map, bool keepRows = true);
    KeyValueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }

    /// Keys offered while typing a key; for each key, the values offered for it.
    void setCompletions(const QStringList &keys, const QHash<QString, QStringList> &values);
    const QStringList &keyCompletions() const { return m_keys; }
    QStringList valueCompletions(const QString &key) const { return m_values.value(key); }

    /// Starts typing a new entry in the "new entry" row.
    void addEntry();
    /// Removes the entries of the selected rows (one edit).
    void removeSelectedEntries();
    /// Makes the row of `key` current; false if there is none.
    bool selectKey(const QString &key);

Q_SIGNALS:
    void edited(const Labels &map);

private:
    void updateHeight();
    void updateButtons();

    KeyValueModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QStringList m_keys;
    QHash<QString, QStringList> m_values;
};

} // namespace ps
