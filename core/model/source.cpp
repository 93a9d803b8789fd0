#include "core/model/source.h"

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
