#include "core/validate/ipaddress.h"

namespace ps {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Dotted decimal, four fields, no leading zeros (Go rejects "010.0.0.1" since 1.17).
bool parseV4(QStringView s, quint8 *out)
{
    int field = 0;
    qsizetype pos = 0;
    while (field < 4) {
        const qsizetype start = pos;
        int value = 0;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            value = value * 10 + (s[pos].unicode() - u'0');
            if (value > 255)
                return false;
            ++pos;
        }
        const qsizetype digits = pos - start;
        if (digits == 0 || digits > 3 || (digits > 1 && s[start] == u'0'))
            return false;
        out[field++] = quint8(value);
        if (field < 4) {
            if (pos >= s.size() || s[pos] != u'.')
                return false;
            ++pos;
        }
    }
    return pos == s.size();
}

bool parseV6(QStringView s, std::array<quint8, 16> &bytes)
{
    int ellipsis = -1;
    int i = 0;
    qsizetype pos = 0;
    if (s.startsWith(u"::")) {
        ellipsis = 0;
        pos = 2;
        if (pos == s.size())
            return true;
    }
    while (i < 16) {
        const qsizetype start = pos;
        int acc = 0;
        while (pos < s.size()) {
            const int h = hexValue(s[pos]);
            if (h < 0)
                break;
            acc = acc * 16 + h;
            ++pos;
            if (pos - start > 4)
                return false;
        }
        if (pos == start)
            return false;
        if (pos < s.size() && s[pos] == u'.') {
            // Embedded IPv4 in the last 32 bits.
            if ((ellipsis < 0 && i != 12) || i + 4 > 16)
                return false;
            if (!parseV4(s.mid(start), bytes.data() + i))
                return false;
            i += 4;
            pos = s.size();
            break;
        }
        bytes[i] = quint8(acc >> 8);
        bytes[i + 1] = quint8(acc & 0xff);
        i += 2;
        if (pos == s.size())
            break;
        if (s[pos] != u':')
            return false;
        ++pos;
        if (pos < s.size() && s[pos] == u':') {
            if (ellipsis >= 0)
                return false;
            ellipsis = i;
            ++pos;
            if (pos == s.size())
                break;
        } else if (pos == s.size()) {
            return false;
        }
    }
    if (pos != s.size())
        return false;
    if (i < 16) {
        if (ellipsis < 0)
            return false;
        const int n = 16 - i;
        for (int j = i - 1; j >= ellipsis; --j)
            bytes[j + n] = bytes[j];
        for (int j = ellipsis + n - 1; j >= ellipsis; --j)
            bytes[j] = 0;
    } else if (ellipsis >= 0) {
        return false; // "::" must stand for at least one group of zeros
    }
    return true;
}

} // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    IpAddress a;
    if (text.contains(u':')) {
        if (!parseV6(text, a.m_bytes))
            return std::nullopt;
        a.m_family = 6;
        return a;
    }
    if (!parseV4(text, a.m_bytes.data()))
        return std::nullopt;
    a.m_family = 4;
    return a;
}

IpAddress IpAddress::v4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    IpAddress ip;
    ip.m_family = 4;
    ip.m_bytes[0] = a;
    ip.m_bytes[1] = b;
    ip.m_bytes[2] = c;
    ip.m_bytes[3] = d;
    return ip;
}

bool IpAddress::isZero() const
{
    for (quint8 b : m_bytes) {
        if (b != 0)
            return false;
    }
    return true;
}

IpAddress IpAddress::masked(int prefixLength) const
{
    IpAddress out = *this;
    const int bytes = bitLength() / 8;
    for (int i = 0; i < bytes; ++i) {
        const int keep = prefixLength - i * 8;
        if (keep >= 8)
            continue;
        out.m_bytes[i] = keep <= 0 ? 0 : quint8(m_bytes[i] & (0xff << (8 - keep)));
    }
    return out;
}

bool IpAddress::hasBitsAfter(int prefixLength) const
{
    return masked(prefixLength) != *this;
}

QString IpAddress::toString() const
{
    if (m_family == 4) {
        return QString::number(m_bytes[0]) + u'.' + QString::number(m_bytes[1]) + u'.'
            + QString::number(m_bytes[2]) + u'.' + QString::number(m_bytes[3]);
    }
    if (m_family != 6)
        return QString();
    int groups[8];
    for (int g = 0; g < 8; ++g)
        groups[g] = (m_bytes[2 * g] << 8) | m_bytes[2 * g + 1];
    // Longest run of at least two zero groups; the first one wins a tie.
    int bestStart = -1;
    int bestLen = 1;
    for (int g = 0; g < 8;) {
        if (groups[g] != 0) {
            ++g;
            continue;
        }
        int end = g;
        while (end < 8 && groups[end] == 0)
            ++end;
        if (end - g > bestLen) {
            bestStart = g;
            bestLen = end - g;
        }
        g = end;
    }
    QString out;
    for (int g = 0; g < 8; ++g) {
        if (g == bestStart) {
            out += QStringLiteral("::");
            g += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[g], 16);
    }
    return out;
}

} // namespace ps
