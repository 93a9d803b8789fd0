#pragma once
// The shown name ("namespace/name") of any resource value, for the parts of core/io that
// handle every resource list alike (the WorkspaceStore, the ResourcePatcher); the kind is
// core/model's resourceKindOf(). Private to core/io.

#include <QString>

#include "core/model/resourcekindof.h"

namespace ps {

template<class T> QString displayName(const T &r)
{
    return r.meta.namespace_.isEmpty() ? r.meta.name : r.meta.namespace_ + u'/' + r.meta.name;
}

} // namespace ps
