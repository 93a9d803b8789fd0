#pragma once
// Walking the studio's item models by display name, and naming policies as the views do
// (RuleRef with the policy's ResourceId), for the UI tests.

#include <QAbstractItemModel>
#include <QStringList>

#include "ui/ruleref.h"

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

/// `ref` (written with a kind and a name) with the id of the policy it names in `workspace`,
/// as views hand RuleRefs to each other.
inline RuleRef identified(RuleRef ref, const Workspace &workspace)
{
    if (const qsizetype i = policyIndex(workspace, ref); i >= 0)
        ref.id = workspace->policies[i].source.id;
    else if (const qsizetype k = kubernetesPolicyIndex(workspace, ref); k >= 0)
        ref.id = workspace->kubernetesPolicies[k].source.id;
    return ref;
}

} // namespace ps::test
