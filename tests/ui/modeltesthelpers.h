#pragma once
// Walking the studio's item models by display name, for the UI tests.

#include <QAbstractItemModel>
#include <QStringList>

namespace ps::test {

/// The child of `parent` (column 0) whose display text is `name`, or an invalid index.
inline QModelIndex child(
    const QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data().toString() == name)
            return i;
    }
    return {};
}

/// The display texts of the children of `parent`, in row order.
inline QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < model->rowCount(parent); ++r)
        names.append(model->index(r, 0, parent).data().toString());
    return names;
}

/// Every index (column 0) under `parent`, depth first.
inline QModelIndexList allIndexes(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        out.append(i);
        out += allIndexes(model, i);
    }
    return out;
}

/// Every display name in the tree, depth first.
inline QStringList allNames(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList names;
    for (const QModelIndex &i : allIndexes(model, parent))
        names.append(i.data().toString());
    return names;
}

} // namespace ps::test
