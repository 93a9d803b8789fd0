#include "resources/demoworkspace.h"

namespace ps {

QString demoWorkspacePath()
{
    return QStringLiteral(":/demo");
}

} // namespace ps
