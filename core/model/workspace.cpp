#include "core/model/workspace.h"

namespace ps {

Workspace::Workspace() : m_data(std::make_shared<const WorkspaceData>()) { }

Workspace::Workspace(WorkspaceData data)
    : m_data(std::make_shared<const WorkspaceData>(std::move(data)))
{
}

Workspace Workspace::edited(const std::function<void(WorkspaceData &)> &edit) const
{
    WorkspaceData copy = *m_data; // QList members share their storage until written
    edit(copy);
    return Workspace(std::move(copy));
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
