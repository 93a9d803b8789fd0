#pragma once
// WorkspaceDelta: what changed between two generations of a Workspace — per resource list,
// the resources added, removed and changed, named by ResourceId, and whether the resources
// both hold changed their relative order. Views use it to update just the rows an edit
// touched instead of rebuilding from the whole workspace.
//
// between() costs what the edit wrote: a list the edit did not write is still shared with the
// one before (QList::isSharedWith) and is not looked at. A delta marked as a replacement says
// "another workspace altogether" (a file was opened): views rebuild.

#include <algorithm>

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>

#include "core/model/resourceid.h"
#include "core/model/workspace.h"

namespace ps {

/// The changes to one resource list.
struct ResourceListDelta {
    QList<ResourceId> added; // in the new list, in its order
    QList<ResourceId> removed; // from the old list, in its order
    QList<ResourceId> changed; // in both lists with a different value, in the new list's order
    bool reordered = false; // resources in both lists no longer stand in the same order

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !reordered;
    }
    friend bool operator==(const ResourceListDelta &, const ResourceListDelta &) = default;
};

/// Compares two versions of one resource list by identity.
template<class T> ResourceListDelta resourceListDelta(const QList<T> &before, const QList<T> &after)
{
    ResourceListDelta delta;
    if (after.isSharedWith(before))
        return delta;
    // An edit usually keeps every resource in its slot: walk both lists side by side while the
    // ids agree, and index the rest only from the first slot where they differ.
    qsizetype same = 0;
    for (const qsizetype common = std::min(before.size(), after.size());
         same < common && before[same].source.id == after[same].source.id; ++same) {
        if (!(before[same] == after[same]))
            delta.changed.append(after[same].source.id);
    }
    if (same == before.size() && same == after.size())
        return delta;

    QHash<ResourceId, qsizetype> oldIndex;
    oldIndex.reserve(before.size() - same);
    for (qsizetype i = same; i < before.size(); ++i)
        oldIndex.insert(before[i].source.id, i);
    QSet<ResourceId> kept;
    qsizetype lastOld = -1;
    for (qsizetype j = same; j < after.size(); ++j) {
        const ResourceId id = after[j].source.id;
        const auto it = oldIndex.constFind(id);
        if (it == oldIndex.cend()) {
            delta.added.append(id);
            continue;
        }
        kept.insert(id);
        if (*it < lastOld)
            delta.reordered = true;
        lastOld = *it;
        if (!(before[*it] == after[j]))
            delta.changed.append(id);
    }
    for (qsizetype i = same; i < before.size(); ++i) {
        if (!kept.contains(before[i].source.id))
            delta.removed.append(before[i].source.id);
    }
    return delta;
}

class WorkspaceDelta {
public:
    /// Nothing changed.
    WorkspaceDelta();
    /// Everything may have changed: the workspace was replaced by another (opened, reloaded).
    static WorkspaceDelta replacement();
    /// What changed from `before` to `after`, `after` being `before` edited (or an undo/redo
    /// between the two).
    static WorkspaceDelta between(const Workspace &before, const Workspace &after);

    bool isReplacement() const { return m_replacement; }
    /// True for a delta that is no replacement and changes nothing.
    bool isEmpty() const;

    /// The changes to `list` (empty for a replacement: ask isReplacement() first).
    template<class T> const ResourceListDelta &of(QList<T> WorkspaceData::*list) const
    {
        return m_lists[positionOf(list)];
    }
    /// True when `list` may have changed: a replacement, or a non-empty change of it.
    template<class T> bool touches(QList<T> WorkspaceData::*list) const
    {
        return m_replacement || !of(list).isEmpty();
    }

private:
    // The position of `list` in forEachResourceList's order.
    template<class T> static qsizetype positionOf(QList<T> WorkspaceData::*list)
    {
        qsizetype position = 0;
        qsizetype found = -1;
        forEachResourceList([&](auto member) {
            if constexpr (std::is_same_v<decltype(member), QList<T> WorkspaceData::*>) {
                if (member == list)
                    found = position;
            }
            ++position;
        });
        Q_ASSERT(found >= 0);
        return found;
    }

    QList<ResourceListDelta> m_lists; // one per resource list, in forEachResourceList's order
    bool m_replacement = false;
};

/// `reread` with the identities of `earlier`'s resources, slot by slot: for a workspace read
/// back from the files `earlier` was written to (equal to it, with the files' positions), so
/// that it still holds the same resources and the delta between the two is empty. Lists whose
/// sizes differ keep their own ids.
Workspace withIdentitiesOf(const Workspace &reread, const Workspace &earlier);

} // namespace ps

Q_DECLARE_METATYPE(ps::WorkspaceDelta)
