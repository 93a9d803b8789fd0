#include "core/selector/selectornode.h"

#include <algorithm>
#include <cstring>

namespace ps {

namespace {

// Above the surrogate range, UTF-16 code-unit order and code-point order disagree: surrogates
// (code points >= 0x10000) must sort after 0xE000..0xFFFF.
char16_t codePointRank(char16_t unit)
{
    return unit >= 0xE000 ? char16_t(unit - 0x800) : char16_t(unit + 0x2000);
}

void appendQuoted(QString &out, const QString &value)
{
    const QChar quote = value.contains(u'"') ? u'\'' : u'"';
    out += quote;
    out += value;
    out += quote;
}

QLatin1StringView compareOperatorText(SelectorOp op)
{
    switch (op) {
    case SelectorOp::Equal:
        return QLatin1StringView(" == ");
    case SelectorOp::NotEqual:
        return QLatin1StringView(" != ");
    case SelectorOp::Contains:
        return QLatin1StringView(" contains ");
    case SelectorOp::StartsWith:
        return QLatin1StringView(" starts with ");
    case SelectorOp::EndsWith:
        return QLatin1StringView(" ends with ");
    default:
        return QLatin1StringView(" ? ");
    }
}

} // namespace

SelectorNode SelectorNode::all()
{
    return SelectorNode();
}

SelectorNode SelectorNode::global()
{
    SelectorNode n;
    n.m_op = SelectorOp::Global;
    return n;
}

SelectorNode SelectorNode::has(QString label)
{
    SelectorNode n;
    n.m_op = SelectorOp::Has;
    n.m_label = std::move(label);
    return n;
}

SelectorNode SelectorNode::compare(SelectorOp op, QString label, QString value)
{
    Q_ASSERT(op == SelectorOp::Equal || op == SelectorOp::NotEqual || op == SelectorOp::Contains
        || op == SelectorOp::StartsWith || op == SelectorOp::EndsWith);
    SelectorNode n;
    n.m_op = op;
    n.m_label = std::move(label);
    n.m_value = std::move(value);
    return n;
}

SelectorNode SelectorNode::set(SelectorOp op, QString label, QStringList values)
{
    Q_ASSERT(op == SelectorOp::In || op == SelectorOp::NotIn);
    SelectorNode n;
    n.m_op = op;
    n.m_label = std::move(label);
    std::sort(values.begin(), values.end(),
        [](const QString &a, const QString &b) { return compareCodePoints(a, b) < 0; });
    values.erase(std::unique(values.begin(), values.end()), values.end());
    n.m_values = std::move(values);
    return n;
}

SelectorNode SelectorNode::negation(SelectorNode child)
{
    SelectorNode n;
    n.m_op = SelectorOp::Not;
    n.m_children.push_back(std::move(child));
    return n;
}

SelectorNode SelectorNode::junction(SelectorOp op, std::vector<SelectorNode> children)
{
    Q_ASSERT(op == SelectorOp::And || op == SelectorOp::Or);
    Q_ASSERT(!children.empty());
    if (children.size() == 1)
        return std::move(children.front());
    SelectorNode n;
    n.m_op = op;
    n.m_children = std::move(children);
    return n;
}

bool SelectorNode::hasLabel() const
{
    switch (m_op) {
    case SelectorOp::All:
    case SelectorOp::Global:
    case SelectorOp::Not:
    case SelectorOp::And:
    case SelectorOp::Or:
        return false;
    default:
        return true;
    }
}

int SelectorNode::compareCodePoints(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const char16_t *pa = a.utf16();
    const char16_t *pb = b.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = pa[i];
        char16_t y = pb[i];
        if (x == y)
            continue;
        if (x >= 0xD800 && y >= 0xD800) {
            x = codePointRank(x);
            y = codePointRank(y);
        }
        return x < y ? -1 : 1;
    }
    if (a.size() == b.size())
        return 0;
    return a.size() < b.size() ? -1 : 1;
}

bool SelectorNode::equals(QStringView a, QStringView b)
{
    // memcmp rather than QString's operator==, which goes through the generic (case-aware)
    // comparison in Qt 6.4; a null view may have a null data pointer, hence the size guard.
    return a.size() == b.size()
        && (a.isEmpty() || std::memcmp(a.utf16(), b.utf16(), size_t(a.size()) * 2) == 0);
}

bool SelectorNode::startsWith(QStringView haystack, QStringView needle)
{
    return haystack.size() >= needle.size() && equals(haystack.first(needle.size()), needle);
}

bool SelectorNode::endsWith(QStringView haystack, QStringView needle)
{
    return haystack.size() >= needle.size() && equals(haystack.last(needle.size()), needle);
}

bool SelectorNode::contains(QStringView haystack, QStringView needle)
{
    // Qt answers "does a null string contain an empty one" with false; Calico says true.
    return needle.isEmpty() || haystack.indexOf(needle) >= 0;
}

bool SelectorNode::setContains(const QString &value) const
{
    if (m_values.size() <= 8) {
        for (const QString &v : m_values) {
            if (equals(v, value))
                return true;
        }
        return false;
    }
    qsizetype lo = 0;
    qsizetype hi = m_values.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        const int c = compareCodePoints(m_values.at(mid), value);
        if (c == 0)
            return true;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

bool SelectorNode::evaluate(const LabelSource &labels) const
{
    switch (m_op) {
    case SelectorOp::All:
    case SelectorOp::Global:
        return true;
    case SelectorOp::Has:
        return labels.value(m_label) != nullptr;
    case SelectorOp::Equal: {
        const QString *v = labels.value(m_label);
        return v && equals(*v, m_value);
    }
    case SelectorOp::NotEqual: {
        const QString *v = labels.value(m_label);
        return !v || !equals(*v, m_value);
    }
    case SelectorOp::Contains: {
        const QString *v = labels.value(m_label);
        return v && contains(*v, m_value);
    }
    case SelectorOp::StartsWith: {
        const QString *v = labels.value(m_label);
        return v && startsWith(*v, m_value);
    }
    case SelectorOp::EndsWith: {
        const QString *v = labels.value(m_label);
        return v && endsWith(*v, m_value);
    }
    case SelectorOp::In: {
        const QString *v = labels.value(m_label);
        return v && setContains(*v);
    }
    case SelectorOp::NotIn: {
        const QString *v = labels.value(m_label);
        return !v || !setContains(*v);
    }
    case SelectorOp::Not:
        return !m_children.front().evaluate(labels);
    case SelectorOp::And:
        for (const SelectorNode &child : m_children) {
            if (!child.evaluate(labels))
                return false;
        }
        return true;
    case SelectorOp::Or:
        for (const SelectorNode &child : m_children) {
            if (child.evaluate(labels))
                return true;
        }
        return false;
    }
    return false;
}

void SelectorNode::appendCanonical(QString &out) const
{
    switch (m_op) {
    case SelectorOp::All:
        out += QLatin1StringView("all()");
        return;
    case SelectorOp::Global:
        out += QLatin1StringView("global()");
        return;
    case SelectorOp::Has:
        out += QLatin1StringView("has(");
        out += m_label;
        out += u')';
        return;
    case SelectorOp::Equal:
    case SelectorOp::NotEqual:
    case SelectorOp::Contains:
    case SelectorOp::StartsWith:
    case SelectorOp::EndsWith:
        out += m_label;
        out += compareOperatorText(m_op);
        appendQuoted(out, m_value);
        return;
    case SelectorOp::In:
    case SelectorOp::NotIn: {
        out += m_label;
        out += m_op == SelectorOp::In ? QLatin1StringView(" in {") : QLatin1StringView(" not in {");
        bool first = true;
        for (const QString &v : m_values) {
            if (!first)
                out += QLatin1StringView(", ");
            first = false;
            appendQuoted(out, v);
        }
        out += u'}';
        return;
    }
    case SelectorOp::Not:
        out += u'!';
        m_children.front().appendCanonical(out);
        return;
    case SelectorOp::And:
    case SelectorOp::Or: {
        const QLatin1StringView separator
            = m_op == SelectorOp::And ? QLatin1StringView(" && ") : QLatin1StringView(" || ");
        out += u'(';
        bool first = true;
        for (const SelectorNode &child : m_children) {
            if (!first)
                out += separator;
            first = false;
            child.appendCanonical(out);
        }
        out += u')';
        return;
    }
    }
}

QString SelectorNode::canonical() const
{
    QString out;
    out.reserve(128);
    appendCanonical(out);
    return out;
}

SelectorNode SelectorNode::withLabelPrefix(QStringView prefix) const
{
    SelectorNode n;
    n.m_op = m_op;
    n.m_label = hasLabel() ? prefix.toString() + m_label : m_label;
    n.m_value = m_value;
    n.m_values = m_values;
    n.m_children.reserve(m_children.size());
    for (const SelectorNode &child : m_children)
        n.m_children.push_back(child.withLabelPrefix(prefix));
    return n;
}

} // namespace ps
