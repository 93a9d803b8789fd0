#include "core/flows/jsondom_p.h"

#include <charconv>
#include <cstring>
#include <limits>

namespace ps {

namespace {

// Deeper nesting than any flow record has; bounds the recursion on hostile input.
constexpr int kMaxDepth = 256;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

// ---- JsonRef ----

bool JsonRef::isNull() const
{
    return m_dom && m_dom->m_nodes[m_index].type == JsonDom::Type::Null;
}

bool JsonRef::isBool() const
{
    if (!m_dom)
        return false;
    const JsonDom::Type t = m_dom->m_nodes[m_index].type;
    return t == JsonDom::Type::True || t == JsonDom::Type::False;
}

bool JsonRef::isNumber() const
{
    return m_dom && m_dom->m_nodes[m_index].type == JsonDom::Type::Number;
}

bool JsonRef::isString() const
{
    return m_dom && m_dom->m_nodes[m_index].type == JsonDom::Type::String;
}

bool JsonRef::isArray() const
{
    return m_dom && m_dom->m_nodes[m_index].type == JsonDom::Type::Array;
}

bool JsonRef::isObject() const
{
    return m_dom && m_dom->m_nodes[m_index].type == JsonDom::Type::Object;
}

bool JsonRef::toBool() const
{
    return m_dom && m_dom->m_nodes[m_index].type == JsonDom::Type::True;
}

QString JsonRef::toString() const
{
    if (!isString())
        return {};
    const JsonDom::Node &n = m_dom->m_nodes[m_index];
    const QByteArrayView raw = m_dom->m_text.sliced(n.start + 1, n.end - n.start - 2);
    return n.escaped ? JsonDom::unescape(raw) : QString::fromUtf8(raw);
}

double JsonRef::toDouble() const
{
    if (!isNumber())
        return 0;
    const QByteArrayView t = text();
    double d = 0;
    std::from_chars(t.data(), t.data() + t.size(), d);
    return d;
}

std::optional<qint64> JsonRef::toWholeNumber() const
{
    if (!isNumber())
        return std::nullopt;
    const QByteArrayView t = text();
    qint64 n = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
    if (ec == std::errc() && end == t.data() + t.size())
        return n;
    // 1e3, 80.0: whole numbers written otherwise.
    const double d = toDouble();
    if (d >= -9.2e18 && d <= 9.2e18 && d == double(qint64(d)))
        return qint64(d);
    return std::nullopt;
}

JsonRef JsonRef::value(QLatin1StringView key) const
{
    if (!isObject())
        return {};
    const std::uint32_t found = m_dom->find(m_index, key);
    return found != 0 ? JsonRef(m_dom, found + 1) : JsonRef(); // the value follows its key
}

JsonRef JsonRef::first() const
{
    if (!isArray() || m_dom->m_nodes[m_index].child == 0)
        return {};
    return JsonRef(m_dom, m_dom->m_nodes[m_index].child);
}

JsonRef JsonRef::next() const
{
    if (!m_dom || m_dom->m_nodes[m_index].next == 0)
        return {};
    return JsonRef(m_dom, m_dom->m_nodes[m_index].next);
}

QByteArrayView JsonRef::text() const
{
    if (!m_dom)
        return {};
    const JsonDom::Node &n = m_dom->m_nodes[m_index];
    return m_dom->m_text.sliced(n.start, n.end - n.start);
}

// ---- JsonDom ----

bool JsonDom::parse(QByteArrayView text)
{
    m_text = text;
    m_pos = 0;
    m_nodes.clear();
    m_members.clear();
    m_error.clear();
    m_errorOffset = 0;
    if (text.size() >= qsizetype(std::numeric_limits<std::uint32_t>::max()))
        return fail(tr("the text is too long"));
    m_nodes.reserve(std::size_t(text.size() / 12 + 4));
    skipSpace();
    if (!value(0))
        return false;
    skipSpace();
    if (m_pos != m_text.size())
        return fail(tr("garbage at the end of the document"));
    index();
    return true;
}

std::uint64_t JsonDom::hash(std::uint32_t object, QByteArrayView key)
{
    // FNV-1a over the object's node and the key's bytes.
    std::uint64_t h = 0xcbf29ce484222325ULL ^ object;
    for (const char c : key) {
        h ^= uchar(c);
        h *= 0x100000001b3ULL;
    }
    return h ^ (h >> 29);
}

QByteArray JsonDom::keyText(std::uint32_t key) const
{
    const Node &n = m_nodes[key];
    const QByteArrayView raw = m_text.sliced(n.start + 1, n.end - n.start - 2);
    return n.escaped ? unescape(raw).toUtf8() : raw.toByteArray();
}

void JsonDom::index()
{
    const std::vector<Slot> members = std::move(m_members);
    std::size_t size = 8;
    while (size < members.size() * 2)
        size *= 2;
    m_members.assign(size, Slot());
    const std::size_t mask = size - 1;
    for (const Slot &m : members) {
        const Node &k = m_nodes[m.key];
        const QByteArray unescaped = k.escaped ? keyText(m.key) : QByteArray();
        const QByteArrayView text = k.escaped ? QByteArrayView(unescaped)
                                              : m_text.sliced(k.start + 1, k.end - k.start - 2);
        for (std::size_t at = hash(m.object, text) & mask;; at = (at + 1) & mask) {
            Slot &slot = m_members[at];
            if (slot.key == 0) {
                slot = m;
                break;
            }
            if (slot.object == m.object && keyText(slot.key) == text) {
                slot.key = m.key; // a key given twice: its last value
                break;
            }
        }
    }
}

std::uint32_t JsonDom::find(std::uint32_t object, QLatin1StringView key) const
{
    if (m_members.empty())
        return 0;
    const QByteArrayView bytes(key.data(), key.size());
    const std::size_t mask = m_members.size() - 1;
    for (std::size_t at = hash(object, bytes) & mask;; at = (at + 1) & mask) {
        const Slot &slot = m_members[at];
        if (slot.key == 0)
            return 0;
        if (slot.object != object)
            continue;
        const Node &k = m_nodes[slot.key];
        if (k.escaped) {
            if (keyText(slot.key) == bytes)
                return slot.key;
            continue;
        }
        const QByteArrayView raw = m_text.sliced(k.start + 1, k.end - k.start - 2);
        if (raw == bytes)
            return slot.key;
    }
}

bool JsonDom::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorOffset = m_pos;
    }
    m_nodes.clear();
    m_members.clear();
    return false;
}

void JsonDom::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonDom::literal(const char *word, Type type)
{
    const qsizetype n = qsizetype(std::strlen(word));
    if (m_text.size() - m_pos < n || std::memcmp(m_text.data() + m_pos, word, n) != 0)
        return fail(tr("illegal value"));
    Node node;
    node.type = type;
    node.start = std::uint32_t(m_pos);
    node.end = std::uint32_t(m_pos + n);
    m_nodes.push_back(node);
    m_pos += n;
    return true;
}

bool JsonDom::number()
{
    const qsizetype start = m_pos;
    const auto digits = [this] {
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
        return m_pos > from;
    };
    if (m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == '0') {
        ++m_pos;
    } else if (!digits()) {
        return fail(tr("illegal number"));
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
        ++m_pos;
        if (!digits())
            return fail(tr("illegal number"));
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (!digits())
            return fail(tr("illegal number"));
    }
    Node node;
    node.type = Type::Number;
    node.start = std::uint32_t(start);
    node.end = std::uint32_t(m_pos);
    m_nodes.push_back(node);
    return true;
}

bool JsonDom::string()
{
    // At the opening quote.
    Node node;
    node.type = Type::String;
    node.start = std::uint32_t(m_pos);
    ++m_pos;
    const char *d = m_text.data();
    const qsizetype size = m_text.size();
    while (m_pos < size) {
        const auto c = uchar(d[m_pos]);
        if (c == '"') {
            ++m_pos;
            node.end = std::uint32_t(m_pos);
            m_nodes.push_back(node);
            return true;
        }
        if (c < 0x20)
            return fail(tr("a control character in a string"));
        if (c == '\\') {
            node.escaped = true;
            ++m_pos;
            if (m_pos >= size)
                break;
            const char e = d[m_pos];
            if (e == 'u') {
                if (size - m_pos < 5 || hexValue(d[m_pos + 1]) < 0 || hexValue(d[m_pos + 2]) < 0
                    || hexValue(d[m_pos + 3]) < 0 || hexValue(d[m_pos + 4]) < 0)
                    return fail(tr("illegal escape sequence"));
                m_pos += 4;
            } else if (std::strchr("\"\\/bfnrt", e) == nullptr || e == '\0') {
                return fail(tr("illegal escape sequence"));
            }
        }
        ++m_pos;
    }
    return fail(tr("unterminated string"));
}

bool JsonDom::value(int depth)
{
    if (m_pos >= m_text.size())
        return fail(tr("illegal value"));
    switch (m_text[m_pos]) {
    case '"':
        return string();
    case 't':
        return literal("true", Type::True);
    case 'f':
        return literal("false", Type::False);
    case 'n':
        return literal("null", Type::Null);
    case '[':
    case '{':
        break;
    default:
        if (m_text[m_pos] == '-' || isDigit(m_text[m_pos]))
            return number();
        return fail(tr("illegal value"));
    }
    if (depth >= kMaxDepth)
        return fail(tr("too deeply nested"));
    const bool object = m_text[m_pos] == '{';
    const char close = object ? '}' : ']';
    const auto self = std::uint32_t(m_nodes.size());
    Node node;
    node.type = object ? Type::Object : Type::Array;
    node.start = std::uint32_t(m_pos);
    m_nodes.push_back(node);
    ++m_pos;
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == close) {
        ++m_pos;
        m_nodes[self].end = std::uint32_t(m_pos);
        return true;
    }
    std::uint32_t previous = 0;
    for (;;) {
        const auto member = std::uint32_t(m_nodes.size());
        if (previous == 0)
            m_nodes[self].child = member;
        else
            m_nodes[previous].next = member;
        previous = member;
        if (object) {
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail(tr("expected a key in quotes"));
            m_members.push_back({self, member});
            if (!string())
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail(tr("missing name separator"));
            ++m_pos;
            skipSpace();
        }
        if (!value(depth + 1))
            return false;
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(object ? tr("unterminated object") : tr("unterminated array"));
        const char c = m_text[m_pos];
        if (c == close) {
            ++m_pos;
            m_nodes[self].end = std::uint32_t(m_pos);
            return true;
        }
        if (c != ',')
            return fail(tr("missing value separator"));
        ++m_pos;
        skipSpace();
    }
}

QString JsonDom::unescape(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= raw.size()) {
            out.append(c);
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            const auto hex4 = [&raw](qsizetype at) -> int {
                if (at + 4 > raw.size())
                    return -1;
                int v = 0;
                for (qsizetype k = at; k < at + 4; ++k) {
                    const int h = hexValue(raw[k]);
                    if (h < 0)
                        return -1;
                    v = v * 16 + h;
                }
                return v;
            };
            char32_t code = char32_t(hex4(i + 1));
            i += 4;
            // A surrogate pair written as two escapes; a lone surrogate reads as U+FFFD.
            if (code >= 0xD800 && code <= 0xDBFF && i + 6 < raw.size() && raw[i + 1] == '\\'
                && raw[i + 2] == 'u') {
                const int low = hex4(i + 3);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    code = 0x10000 + ((code - 0xD800) << 10) + char32_t(low - 0xDC00);
                    i += 6;
                }
            }
            if (code >= 0xD800 && code <= 0xDFFF)
                code = 0xFFFD;
            out.append(QString::fromUcs4(&code, 1).toUtf8());
            break;
        }
        default: // '"', '\\', '/'
            out.append(e);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace ps
