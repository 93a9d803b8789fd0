#include "core/io/outnode_p.h"

#include <array>
#include <charconv>
#include <cmath>

#include <QJsonArray>
#include <QJsonObject>

namespace ps {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allOf(QStringView s, bool (*accept)(char16_t))
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!accept(c.unicode()))
            return false;
    }
    return true;
}

// Integers (decimal, 0x, 0o, 0b, YAML 1.1 underscores and base 60) and floats of YAML 1.1 and
// 1.2, generously: anything made only of digits, '_', '.', 'e', 'E' and signs counts.
bool looksLikeNumber(QStringView s)
{
    if (s.startsWith(u'-') || s.startsWith(u'+'))
        s = s.mid(1);
    if (s.size() > 2 && s[0] == u'0') {
        const QStringView rest = s.mid(2);
        switch (s[1].unicode()) {
        case u'x':
        case u'X':
            return allOf(rest, [](char16_t c) {
                return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
                    || (c >= u'A' && c <= u'F') || c == u'_';
            });
        case u'o':
        case u'O':
            return allOf(rest, [](char16_t c) { return (c >= u'0' && c <= u'7') || c == u'_'; });
        case u'b':
        case u'B':
            return allOf(rest, [](char16_t c) { return c == u'0' || c == u'1' || c == u'_'; });
        default:
            break;
        }
    }
    bool digit = false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            digit = true;
            continue;
        }
        if (u != u'_' && u != u'.' && u != u'e' && u != u'E' && u != u'+' && u != u'-' && u != u':')
            return false;
    }
    return digit;
}

// Strings a YAML reader would not read back as the same string when written plain: empty,
// words that resolve to null or booleans (YAML 1.1 and 1.2), anything that looks like a
// number, timestamp or base-60 value, and characters some readers treat as line breaks.
// canBePlain() adds the structural cases (": ", " #", leading indicators).
bool needsQuotes(const QString &s)
{
    if (s.isEmpty())
        return true;
    static const std::array<QStringView, 34> words = {u"~", u"null", u"Null", u"NULL", u"true",
        u"True", u"TRUE", u"false", u"False", u"FALSE", u"yes", u"Yes", u"YES", u"no", u"No", u"NO",
        u"on", u"On", u"ON", u"off", u"Off", u"OFF", u"y", u"Y", u"n", u"N", u"<<", u"=", u".inf",
        u".Inf", u".INF", u".nan", u".NaN", u".NAN"};
    for (const QStringView w : words) {
        if (s == w)
            return true;
    }
    if (s.startsWith(u'-') && s.size() > 1 && s.mid(1).toLower() == QLatin1StringView(".inf"))
        return true;
    if (s.startsWith(u'+') && s.size() > 1 && s.mid(1).toLower() == QLatin1StringView(".inf"))
        return true;
    if (looksLikeNumber(s))
        return true;
    if (s.size() >= 5 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3])
        && s[4] == u'-')
        return true; // timestamp
    if (s.front().isSpace() || s.back().isSpace())
        return true;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || mustEscapeInYaml(u) || u == 0xA0 || c.isSurrogate())
            return true;
    }
    return false;
}

bool isIndicator(QChar c)
{
    static constexpr QStringView indicators = u"-?:,[]{}#&*!|>'\"%@`";
    return indicators.contains(c);
}

// Plain (unquoted) only when every YAML reader reads the same string back: no indicator at
// the start, no ": " or " #", nothing but printable characters, nothing that resolves to
// another type. Everything else is double-quoted.
bool plainAllowed(const QString &s)
{
    if (needsQuotes(s) || isIndicator(s.front()))
        return false;
    if (s.startsWith(QLatin1StringView("...")) || s.endsWith(u':'))
        return false;
    if (s.contains(QLatin1StringView(": ")) || s.contains(QLatin1StringView(" #")))
        return false;
    for (const QChar c : s) {
        if (c == u'\t')
            return false;
    }
    return true;
}

void appendHex(QString &out, char16_t unit)
{
    out += QStringLiteral("\\u")
        + QString::number(uint(unit), 16).toUpper().rightJustified(4, u'0');
}

QString quoted(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out += c;
            out += s[++i];
            continue;
        }
        switch (u) {
        case u'"':
            out += QLatin1StringView("\\\"");
            continue;
        case u'\\':
            out += QLatin1StringView("\\\\");
            continue;
        case u'\n':
            out += QLatin1StringView("\\n");
            continue;
        case u'\t':
            out += QLatin1StringView("\\t");
            continue;
        case u'\r':
            out += QLatin1StringView("\\r");
            continue;
        default:
            break;
        }
        if (u < 0x20 || mustEscapeInYaml(u) || c.isSurrogate()) {
            appendHex(out, u);
            continue;
        }
        out += c;
    }
    out += u'"';
    return out;
}

QString keyText(const QString &key)
{
    return plainAllowed(key) ? key : quoted(key);
}

bool isCollection(const OutNode &node)
{
    return node.type() == OutNode::Type::Map || node.type() == OutNode::Type::Sequence;
}

void writeMap(QString &out, const OutNode &map, int indent);
void writeSequence(QString &out, const OutNode &sequence, int indent);

// What follows "key:" or "-": a scalar or empty collection on the same line, otherwise the
// collection on the next lines at `indent`.
void writeValue(QString &out, const OutNode &value, int indent)
{
    if (!isCollection(value)) {
        out += u' ' + value.yamlScalar() + u'\n';
    } else if (value.isEmpty()) {
        out += value.type() == OutNode::Type::Map ? QLatin1StringView(" {}\n")
                                                  : QLatin1StringView(" []\n");
    } else if (value.type() == OutNode::Type::Map) {
        out += u'\n';
        writeMap(out, value, indent);
    } else {
        out += u'\n';
        writeSequence(out, value, indent);
    }
}

// YAML allows an implicit ("key: value") key of at most 1024 characters; a longer key is
// written as an explicit one ("? key" then ": value" at the same indentation), as libyaml's
// emitter does.
constexpr qsizetype kLongestImplicitKey = 1000;

void writeEntry(QString &out, const OutNode &map, std::size_t i, int indent)
{
    const QString key = keyText(map.key(i));
    if (key.size() > kLongestImplicitKey)
        out += QStringLiteral("? ") + key + u'\n' + QString(indent, u' ') + u':';
    else
        out += key + u':';
    writeValue(out, map.value(i), indent + 2);
}

void writeMap(QString &out, const OutNode &map, int indent)
{
    for (std::size_t i = 0; i < map.size(); ++i) {
        out += QString(indent, u' ');
        writeEntry(out, map, i, indent);
    }
}

void writeSequence(QString &out, const OutNode &sequence, int indent)
{
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        const OutNode &item = sequence.value(i);
        out += QString(indent, u' ') + u'-';
        if (item.type() == OutNode::Type::Map && !item.isEmpty()) {
            // "- key: value", the other keys aligned under the first.
            out += u' ';
            writeEntry(out, item, 0, indent + 2);
            for (std::size_t j = 1; j < item.size(); ++j) {
                out += QString(indent + 2, u' ');
                writeEntry(out, item, j, indent + 2);
            }
        } else {
            writeValue(out, item, indent + 2);
        }
    }
}

bool hasFlowIndicator(const QString &s)
{
    for (const QChar c : s) {
        if (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}')
            return true;
    }
    return false;
}

void writeFlow(QString &out, const OutNode &node, bool json, bool compact = false)
{
    const QLatin1StringView comma = compact ? QLatin1StringView(",") : QLatin1StringView(", ");
    const QLatin1StringView colon = compact ? QLatin1StringView(":") : QLatin1StringView(": ");
    switch (node.type()) {
    case OutNode::Type::Map:
        out += u'{';
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (i > 0)
                out += comma;
            out += json
                ? quoted(node.key(i))
                : (OutNode::canBePlain(node.key(i), true) ? node.key(i) : quoted(node.key(i)));
            out += colon;
            writeFlow(out, node.value(i), json, compact);
        }
        out += u'}';
        return;
    case OutNode::Type::Sequence:
        out += u'[';
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (i > 0)
                out += comma;
            writeFlow(out, node.value(i), json, compact);
        }
        out += u']';
        return;
    case OutNode::Type::String:
        out += json ? quoted(node.text()) : node.yamlScalar(true);
        return;
    case OutNode::Type::Number:
    case OutNode::Type::Bool:
        out += node.text();
        return;
    }
}

} // namespace

QString OutNode::yamlScalar(bool flow) const
{
    if (m_type != Type::String)
        return m_text;
    return canBePlain(m_text, flow) ? m_text : quoted(m_text);
}

QString OutNode::doubleQuoted(const QString &text)
{
    return quoted(text);
}

bool OutNode::canBePlain(const QString &text, bool flow)
{
    return plainAllowed(text) && !(flow && hasFlowIndicator(text));
}

QByteArray OutNode::toFlow(bool json) const
{
    QString out;
    writeFlow(out, *this, json);
    return out.toUtf8();
}

QByteArray OutNode::toCompactJson() const
{
    QString out;
    writeFlow(out, *this, true, true);
    return out.toUtf8();
}

bool operator==(const OutNode &a, const OutNode &b)
{
    return a.m_type == b.m_type && a.m_text == b.m_text && a.m_keys == b.m_keys
        && a.m_values == b.m_values;
}

OutNode OutNode::string(const QString &text)
{
    OutNode n;
    n.m_type = Type::String;
    n.m_text = text;
    return n;
}

OutNode OutNode::number(double value)
{
    OutNode n;
    n.m_type = Type::Number;
    n.m_number = value;
    n.m_text = formatNumber(value);
    return n;
}

OutNode OutNode::boolean(bool value)
{
    OutNode n;
    n.m_type = Type::Bool;
    n.m_bool = value;
    n.m_text = value ? QStringLiteral("true") : QStringLiteral("false");
    return n;
}

OutNode OutNode::mapping()
{
    return OutNode();
}

OutNode OutNode::sequence()
{
    OutNode n;
    n.m_type = Type::Sequence;
    return n;
}

OutNode &OutNode::insert(const QString &key, OutNode value)
{
    m_keys.push_back(key);
    m_values.push_back(std::move(value));
    return *this;
}

OutNode &OutNode::append(OutNode value)
{
    m_values.push_back(std::move(value));
    return *this;
}

QString OutNode::formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral(".nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    std::array<char, 64> buffer {};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return QString::fromLatin1(buffer.data(), result.ptr - buffer.data());
}

QJsonValue OutNode::toJson() const
{
    switch (m_type) {
    case Type::String:
        return m_text;
    case Type::Number:
        return m_number;
    case Type::Bool:
        return m_bool;
    case Type::Map: {
        QJsonObject object;
        for (std::size_t i = 0; i < m_values.size(); ++i)
            object.insert(m_keys[i], m_values[i].toJson());
        return object;
    }
    case Type::Sequence: {
        QJsonArray array;
        for (const OutNode &item : m_values)
            array.append(item.toJson());
        return array;
    }
    }
    return QJsonValue();
}

QByteArray OutNode::toYaml() const
{
    QString out;
    if (isCollection(*this) && !isEmpty()) {
        if (m_type == Type::Map)
            writeMap(out, *this, 0);
        else
            writeSequence(out, *this, 0);
    } else {
        writeValue(out, *this, 0);
        out.remove(0, 1); // no key before it
    }
    return out.toUtf8();
}

} // namespace ps
