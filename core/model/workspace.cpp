#include "core/model/workspace.h"

#include <utility>

#include <QSet>

namespace ps {

namespace {

// Gives fresh ids to the resources of `list` that have none or repeat an earlier one. Reads
// first and writes only when something needs an id, so a list shared with another Workspace
// is not detached for nothing.
template<class T> void identify(QList<T> &list)
{
    QSet<ResourceId> seen;
    seen.reserve(list.size());
    qsizetype first = -1;
    for (qsizetype i = 0; i < std::as_const(list).size() && first < 0; ++i) {
        const ResourceId id = std::as_const(list)[i].source.id;
        if (id.isNull() || seen.contains(id))
            first = i;
        else
            seen.insert(id);
    }
    if (first < 0)
        return;
    for (qsizetype i = first; i < list.size(); ++i) {
        ResourceId &id = list[i].source.id;
        if (id.isNull() || seen.contains(id))
            id = ResourceId::next();
        seen.insert(id);
    }
}

} // namespace

Workspace::Workspace() : m_data(std::make_shared<const WorkspaceData>()) { }

Workspace::Workspace(WorkspaceData data)
{
    forEachResourceList([&](auto list) { identify(data.*list); });
    m_data = std::make_shared<const WorkspaceData>(std::move(data));
}

Workspace Workspace::edited(const std::function<void(WorkspaceData &)> &edit) const
{
    WorkspaceData copy = *m_data; // QList members share their storage until written
    edit(copy);
    Workspace result;
    forEachResourceList([&](auto list) {
        if (!(copy.*list).isSharedWith(m_data.get()->*list))
            identify(copy.*list);
    });
    result.m_data = std::make_shared<const WorkspaceData>(std::move(copy));
    return result;
}

Workspace Workspace::merged(const Workspace &other) const
{
    return edited([&other](WorkspaceData &d) {
        forEachResourceList([&](auto list) { d.*list += other.data().*list; });
    });
}

qsizetype Workspace::resourceCount() const
{
    qsizetype count = 0;
    forEachResourceList([&](auto list) { count += (m_data.get()->*list).size(); });
    return count;
}

} // namespace ps
