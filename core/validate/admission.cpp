#include "core/validate/admission.h"

#include <QHash>

#include "core/model/resourcekindof.h"

namespace ps {

Admission admit(const Workspace &workspace, const Diagnostics &validation)
{
    // Validation lists its findings in reading order: the first error of a resource is the
    // first one met.
    QHash<ResourceId, const Diagnostic *> firstError;
    for (const Diagnostic &d : validation) {
        if (d.severity == Severity::Error && !d.resource.isNull()
            && !firstError.contains(d.resource))
            firstError.insert(d.resource, &d);
    }

    Admission out;
    WorkspaceData data;
    forEachResourceList([&](auto list) {
        const auto &items = workspace.data().*list;
        auto &kept = data.*list;
        bool leftOutHere = false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const auto &item = items[i];
            const Diagnostic *reason = item.source.readError.get();
            if (!reason)
                reason = firstError.value(item.source.id, nullptr);
            if (!reason) {
                if (leftOutHere)
                    kept.append(item);
                continue;
            }
            if (!leftOutHere) {
                kept = items.first(i);
                leftOutHere = true;
            }
            const ResourceKind kind = resourceKindOf(item);
            const QString name = kindIsNamespaced(kind) && !item.meta.namespace_.isEmpty()
                ? item.meta.namespace_ + u'/' + item.meta.name
                : item.meta.name;
            out.leftOut.append({item.source.id, kind, name, *reason});
        }
        if (!leftOutHere)
            kept = items;
    });
    out.admitted = out.leftOut.isEmpty() ? workspace : Workspace(std::move(data));
    return out;
}

} // namespace ps
