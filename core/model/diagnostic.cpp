#include "core/model/diagnostic.h"

#include <algorithm>

#include "core/model/excerpt.h"

namespace ps {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QString Diagnostic::location() const
{
    if (file.isEmpty() || line <= 0)
        return file;
    return file + u':' + QString::number(line) + u':' + QString::number(column);
}

QString Diagnostic::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file + u':' + QString::number(line) + u':' + QString::number(column)
            + QStringLiteral(": ");
    }
    out += severityName(severity) + QStringLiteral(": ") + oneLine(message);
    if (!path.isEmpty())
        out += QStringLiteral(" [") + path + u']';
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace ps
