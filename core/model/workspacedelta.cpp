#include "core/model/workspacedelta.h"

namespace ps {

WorkspaceDelta::WorkspaceDelta()
{
    forEachResourceList([this](auto) { m_lists.append(ResourceListDelta {}); });
}

WorkspaceDelta WorkspaceDelta::replacement()
{
    WorkspaceDelta delta;
    delta.m_replacement = true;
    return delta;
}

WorkspaceDelta WorkspaceDelta::between(const Workspace &before, const Workspace &after)
{
    WorkspaceDelta delta;
    qsizetype position = 0;
    forEachResourceList([&](auto list) {
        delta.m_lists[position++] = resourceListDelta(before.data().*list, after.data().*list);
    });
    return delta;
}

bool WorkspaceDelta::isEmpty() const
{
    if (m_replacement)
        return false;
    for (const ResourceListDelta &list : m_lists) {
        if (!list.isEmpty())
            return false;
    }
    return true;
}

Workspace withIdentitiesOf(const Workspace &reread, const Workspace &earlier)
{
    WorkspaceData data = reread.data();
    forEachResourceList([&](auto member) {
        auto &list = data.*member;
        const auto &identities = earlier.data().*member;
        if (list.size() != identities.size())
            return;
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i].source.id = identities[i].source.id;
    });
    return Workspace(std::move(data));
}

} // namespace ps
