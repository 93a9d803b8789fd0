#include "ui/editor/keyvaluemodel.h"

#include <algorithm>

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace ps {

KeyValueModel::KeyValueModel(MetaRules::MapKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
{
}

void KeyValueModel::setMap(const Labels &map)
{
    if (map == m_committed)
        return;
    QList<MetaRules::Entry> entries;
    entries.reserve(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        entries.append({it.key(), it.value()});
    m_committed = map;
    if (entries.size() == m_entries.size()) {
        // same shape: update in place, so views keep their selection and current cell
        m_entries = entries;
        revalidate();
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(entryCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = entries;
    revalidate();
    endResetModel();
}

void KeyValueModel::clear()
{
    if (m_entries.isEmpty() && m_committed.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    m_committed.clear();
    revalidate();
    endResetModel();
}

std::optional<Labels> KeyValueModel::map() const
{
    if (!isValid())
        return std::nullopt;
    Labels map;
    for (const MetaRules::Entry &entry : m_entries)
        if (!isBlank(entry))
            map.insert(entry.key, entry.value);
    return map;
}

bool KeyValueModel::isValid() const
{
    return std::all_of(m_errors.cbegin(), m_errors.cend(),
        [](const MetaRules::EntryErrors &e) { return e.isValid(); });
}

QString KeyValueModel::errorText(int row, int column) const
{
    if (row < 0 || row >= m_errors.size())
        return {};
    const MetaRules::EntryErrors &e = m_errors[row];
    return (column == KeyColumn ? e.key : e.value).join(u'\n');
}

int KeyValueModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < entryCount(); ++row)
        if (m_entries[row].key == key)
            return row;
    return -1;
}

bool KeyValueModel::isBlank(const MetaRules::Entry &entry)
{
    return entry.key.isEmpty() && entry.value.isEmpty();
}

void KeyValueModel::revalidate()
{
    // blank rows (emptied, about to go) are neither checked nor part of the map
    QList<MetaRules::Entry> filled;
    for (const MetaRules::Entry &entry : std::as_const(m_entries))
        if (!isBlank(entry))
            filled.append(entry);
    const QList<MetaRules::EntryErrors> errors = MetaRules::checkEntries(m_kind, filled);
    m_errors.clear();
    qsizetype next = 0;
    for (const MetaRules::Entry &entry : std::as_const(m_entries))
        m_errors.append(isBlank(entry) ? MetaRules::EntryErrors {} : errors[next++]);
}

int KeyValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : entryCount() + 1;
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (isNewEntryRow(row)) {
        switch (role) {
        case Qt::DisplayRole:
            if (column == KeyColumn)
                return m_kind == MetaRules::MapKind::Labels ? tr("Add label…")
                                                            : tr("Add annotation…");
            return {};
        case Qt::EditRole:
            return QString();
        case Qt::ForegroundRole:
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        case Qt::ToolTipRole:
            return tr("Type a key here (or press Insert) to add an entry");
        default:
            return {};
        }
    }
    const MetaRules::Entry &entry = m_entries[row];
    const QString error = errorText(row, column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return column == KeyColumn ? entry.key : entry.value;
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        // the whole text when the column is too narrow for it
        return column == KeyColumn ? entry.key : entry.value;
    case Qt::BackgroundRole:
        return error.isEmpty() ? QVariant() : QVariant(QColor(0xff, 0xcd, 0xd2));
    case Qt::ForegroundRole:
        // readable on the light red whatever the palette
        return error.isEmpty() ? QVariant() : QVariant(QColor(0x21, 0x21, 0x21));
    default:
        return {};
    }
}

bool KeyValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // keys are never meant to start or end with spaces; values are kept as typed
    const QString text
        = index.column() == KeyColumn ? value.toString().trimmed() : value.toString();
    const int row = index.row();
    if (isNewEntryRow(row)) {
        if (text.isEmpty())
            return false;
        MetaRules::Entry entry;
        (index.column() == KeyColumn ? entry.key : entry.value) = text;
        beginInsertRows({}, row, row);
        m_entries.append(entry);
        revalidate();
        endInsertRows();
        // validity of the other rows may change (a duplicate key)
        Q_EMIT dataChanged(this->index(0, 0), this->index(row, ColumnCount - 1));
        userChanged();
        return true;
    }
    MetaRules::Entry &entry = m_entries[row];
    QString &field = index.column() == KeyColumn ? entry.key : entry.value;
    if (field == text)
        return false;
    field = text;
    revalidate();
    Q_EMIT dataChanged(this->index(0, 0), this->index(entryCount() - 1, ColumnCount - 1));
    // emptied: the entry is gone, but its row only after the view closed the cell's editor
    if (entry.key.isEmpty() && entry.value.isEmpty())
        QMetaObject::invokeMethod(this, &KeyValueModel::dropBlankRows, Qt::QueuedConnection);
    userChanged();
    return true;
}

void KeyValueModel::dropBlankRows()
{
    for (int row = entryCount() - 1; row >= 0; --row) {
        if (!isBlank(m_entries[row]))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        m_errors.removeAt(row);
        endRemoveRows();
    }
}

bool KeyValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > entryCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    revalidate();
    endRemoveRows();
    if (entryCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(entryCount() - 1, ColumnCount - 1));
    userChanged();
    return true;
}

void KeyValueModel::userChanged()
{
    const std::optional<Labels> current = map();
    if (!current || *current == m_committed)
        return;
    m_committed = *current;
    Q_EMIT mapEdited(*current);
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Key") : tr("Value");
}

} // namespace ps
