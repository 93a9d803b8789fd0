#include "core/eval/selectortable.h"

namespace ps {

int SelectorTable::intern(const QString &text)
{
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return *it;
    Entry e;
    e.text = text;
    const Result<Selector> parsed = Selector::parse(text);
    if (parsed)
        e.selector = parsed.value();
    else
        e.error = parsed.error().message;
    return add(std::move(e));
}

int SelectorTable::internCombined(int positive, int negative)
{
    const QString key
        = QStringLiteral("(") + text(positive) + QStringLiteral(") && !(") + text(negative) + u')';
    const auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return *it;
    Entry e;
    e.text = key;
    const Selector *p = selector(positive);
    const Selector *n = selector(negative);
    if (p && n) {
        std::vector<SelectorNode> children {p->root(), SelectorNode::negation(n->root())};
        e.selector = Selector(SelectorNode::junction(SelectorOp::And, std::move(children)));
    } else {
        e.error = !p ? error(positive) : error(negative);
    }
    return add(std::move(e));
}

int SelectorTable::add(Entry entry)
{
    const int id = int(m_entries.size());
    m_ids.insert(entry.text, id);
    m_entries.push_back(std::make_shared<const Entry>(std::move(entry)));
    return id;
}

const Selector *SelectorTable::selector(int id) const
{
    const Entry &e = *m_entries[size_t(id)];
    return e.selector ? &*e.selector : nullptr;
}

} // namespace ps
