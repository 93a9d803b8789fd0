#include "core/model/result.h"

namespace ps {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0) {
            out += u':' + QString::number(line);
            if (column > 0)
                out += u':' + QString::number(column);
        }
        out += QStringLiteral(": ");
    } else if (offset >= 0) {
        out += QStringLiteral("character %1: ").arg(offset + 1);
    }
    out += message;
    if (!path.isEmpty())
        out += QStringLiteral(" [") + path + u']';
    return out;
}

} // namespace ps
