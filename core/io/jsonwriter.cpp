#include "core/io/jsonwriter.h"

#include <cmath>

#include <QLocale>

namespace ps {

void JsonWriter::separate()
{
    if (m_needComma)
        m_out += ',';
    m_needComma = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_out += '{';
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
}

void JsonWriter::beginArray(const char *k)
{
    if (k)
        key(k);
    else
        separate();
    m_out += '[';
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
}

void JsonWriter::key(const char *k)
{
    separate();
    m_out += '"';
    m_out += k;
    m_out += "\":";
}

void JsonWriter::value(const QString &s)
{
    separate();
    m_out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out += "0123456789abcdef"[(c >> 4) & 0xf];
                m_out += "0123456789abcdef"[c & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
    m_needComma = true;
}

void JsonWriter::value(int n)
{
    separate();
    m_out += QByteArray::number(n);
    m_needComma = true;
}

void JsonWriter::value64(qint64 n)
{
    separate();
    m_out += QByteArray::number(n);
    m_needComma = true;
}

void JsonWriter::valueDouble(double d)
{
    if (!std::isfinite(d)) {
        null();
        return;
    }
    separate();
    m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest); // round-trips
    m_needComma = true;
}

void JsonWriter::value(bool b)
{
    separate();
    m_out += b ? "true" : "false";
    m_needComma = true;
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
    m_needComma = true;
}

} // namespace ps
