#include "core/io/outnode.h"

#include <array>
#include <charconv>
#include <cmath>

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <QJsonArray>
#include <QJsonObject>

namespace ps {

namespace {

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

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
        if (u != u'_' && u != u'.' && u != u'e' && u != u'E' && u != u'+' && u != u'-'
            && u != u':')
            return false;
    }
    return digit;
}

// Strings a YAML reader would not read back as the same string when written plain: empty,
// words that resolve to null or booleans (YAML 1.1 and 1.2), anything that looks like a
// number, timestamp or base-60 value, and characters some readers treat as line breaks.
// yaml-cpp's Emitter handles the structural cases (": ", " #", leading indicators).
bool needsQuotes(const QString &s)
{
    if (s.isEmpty())
        return true;
    static const std::array<QStringView, 34> words = {
        u"~",    u"null",  u"Null",  u"NULL",  u"true", u"True", u"TRUE", u"false", u"False",
        u"FALSE", u"yes",  u"Yes",   u"YES",   u"no",   u"No",   u"NO",   u"on",    u"On",
        u"ON",   u"off",   u"Off",   u"OFF",   u"y",    u"Y",    u"n",    u"N",     u"<<",
        u"=",    u".inf",  u".Inf",  u".INF",  u".nan", u".NaN", u".NAN"};
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
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0xA0) || u == 0x2028 || u == 0x2029
            || u == 0xFEFF || c.isSurrogate() || u >= 0xFFFE)
            return true;
    }
    return false;
}

void emitString(YAML::Emitter &out, const QString &s)
{
    const std::string utf8 = s.toStdString();
    if (needsQuotes(s))
        out << YAML::DoubleQuoted << utf8;
    else
        out << utf8;
}

void emitNode(YAML::Emitter &out, const OutNode &node)
{
    switch (node.type()) {
    case OutNode::Type::String:
        emitString(out, node.text());
        return;
    case OutNode::Type::Number:
    case OutNode::Type::Bool:
        out << node.text().toStdString();
        return;
    case OutNode::Type::Map:
        if (node.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (std::size_t i = 0; i < node.size(); ++i) {
            out << YAML::Key;
            emitString(out, node.key(i));
            out << YAML::Value;
            emitNode(out, node.value(i));
        }
        out << YAML::EndMap;
        return;
    case OutNode::Type::Sequence:
        if (node.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (std::size_t i = 0; i < node.size(); ++i)
            emitNode(out, node.value(i));
        out << YAML::EndSeq;
        return;
    }
}

} // namespace

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

OutNode OutNode::mapping() { return OutNode(); }

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
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return QString::fromLatin1(buffer.data(), result.ptr - buffer.data());
}

QJsonValue OutNode::toJson() const
{
    switch (m_type) {
    case Type::String: return m_text;
    case Type::Number: return m_number;
    case Type::Bool: return m_bool;
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
    YAML::Emitter out;
    out.SetIndent(2);
    emitNode(out, *this);
    QByteArray text(out.c_str(), qsizetype(out.size()));
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

} // namespace ps
