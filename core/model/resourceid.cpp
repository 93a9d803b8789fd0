#include "core/model/resourceid.h"

#include <atomic>

namespace ps {

ResourceId ResourceId::next()
{
    // A process-wide counter rather than a per-Workspace one: workspaces are merged, diffed
    // and compared across loads, and their ids must never collide.
    static std::atomic<quint64> counter {0};
    return ResourceId(counter.fetch_add(1, std::memory_order_relaxed) + 1);
}

QString ResourceId::toString() const
{
    return QLatin1Char('#') + QString::number(m_value);
}

} // namespace ps
