#include "core/model/source.h"

#include <algorithm>

namespace ps {

SourcePos SourceMap::find(QString path) const
{
    for (;;) {
        const auto it = m_positions.constFind(path);
        if (it != m_positions.constEnd())
            return *it;
        // Strip the last component: "a.b[2]" -> "a.b", "a.b" -> "a".
        const qsizetype dot = path.lastIndexOf(u'.');
        const qsizetype bracket = path.lastIndexOf(u'[');
        const qsizetype cut = std::max(dot, bracket);
        if (cut <= 0)
            break;
        path.truncate(cut);
    }
    return {};
}

int SourcePos::columnInValue(QStringView value, qsizetype offset) const
{
    if (column <= 0)
        return 0;
    int out = column + (quote != 0 ? 1 : 0);
    const qsizetype end = std::min(offset, value.size());
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = value[i];
        if (c.isLowSurrogate())
            continue; // the second half of a character already counted
        const bool escaped
            = (quote == '\'' && c == u'\'') || (quote == '"' && (c == u'"' || c == u'\\'));
        out += escaped ? 2 : 1;
    }
    return out + int(std::max<qsizetype>(0, offset - end));
}

SourcePos Source::find(const QString &path) const
{
    if (fields) {
        const SourcePos p = fields->find(path);
        if (p.line > 0)
            return p;
    }
    return pos;
}

} // namespace ps
