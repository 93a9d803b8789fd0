#include "core/selector/selectorerror.h"

#include <QCoreApplication>

namespace ps {

QString SelectorError::toString() const
{
    return QCoreApplication::translate("Selector", "column %1: %2").arg(column).arg(message);
}

} // namespace ps
