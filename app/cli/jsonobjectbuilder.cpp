#include "app/cli/jsonobjectbuilder.h"

namespace ps::cli {

QString JsonObjectBuilder::quote(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    out += u'"';
    return out;
}

void JsonObjectBuilder::addKey(QStringView key)
{
    if (!m_text.isEmpty())
        m_text += u',';
    m_text += quote(key);
    m_text += u':';
}

JsonObjectBuilder &JsonObjectBuilder::addString(QStringView key, QStringView value)
{
    addKey(key);
    m_text += quote(value);
    return *this;
}

JsonObjectBuilder &JsonObjectBuilder::addBool(QStringView key, bool value)
{
    addKey(key);
    m_text += value ? QStringLiteral("true") : QStringLiteral("false");
    return *this;
}

JsonObjectBuilder &JsonObjectBuilder::addNumber(QStringView key, qint64 value)
{
    addKey(key);
    m_text += QString::number(value);
    return *this;
}

JsonObjectBuilder &JsonObjectBuilder::addNull(QStringView key)
{
    addKey(key);
    m_text += QStringLiteral("null");
    return *this;
}

JsonObjectBuilder &JsonObjectBuilder::addRaw(QStringView key, QStringView json)
{
    addKey(key);
    m_text += json;
    return *this;
}

} // namespace ps::cli
