#include "core/model/source.h"

#include <algorithm>

namespace ps {

void SourceMap::insert(QStringView path, SourcePos pos)
{
    m_entries.push_back({m_paths.size(), path.size(), pos});
    m_paths.append(path);
}

void SourceMap::finish()
{
    // Stable: of equal paths the one inserted last stays last, and lookups take the last.
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [this](const Entry &a, const Entry &b) { return pathOf(a) < pathOf(b); });
    m_sorted = qsizetype(m_entries.size());
}

const SourcePos *SourceMap::exact(QStringView path) const
{
    // Entries inserted after finish() first: they are newer.
    for (auto it = m_entries.rbegin(); it != m_entries.rend() - m_sorted; ++it) {
        if (pathOf(*it) == path)
            return &it->pos;
    }
    const auto sortedEnd = m_entries.begin() + m_sorted;
    const auto after = std::upper_bound(m_entries.begin(), sortedEnd, path,
        [this](QStringView p, const Entry &e) { return p < pathOf(e); });
    if (after == m_entries.begin() || pathOf(*(after - 1)) != path)
        return nullptr;
    return &(after - 1)->pos;
}

SourcePos SourceMap::find(QStringView path) const
{
    for (;;) {
        if (const SourcePos *pos = exact(path))
            return *pos;
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
    if (multiLine)
        return column;
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
