#include "core/net/ipaddress.h"

#include <array>

namespace ps {

namespace {

constexpr quint64 kV4MappedPrefix = 0xffffULL << 32;

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// Four decimal fields of at most 255, no empty field, no leading zero ("010" is refused since
// Go 1.17, so nobody can mistake it for octal).
bool parseV4(QStringView s, quint32 &out)
{
    quint32 value = 0;
    qsizetype pos = 0;
    for (int field = 0; field < 4; ++field) {
        if (field > 0) {
            if (pos >= s.size() || s[pos] != u'.')
                return false;
            ++pos;
        }
        const qsizetype start = pos;
        int octet = 0;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            if (pos > start && octet == 0)
                return false; // leading zero
            octet = octet * 10 + (s[pos].unicode() - u'0');
            if (octet > 255)
                return false;
            ++pos;
        }
        if (pos == start)
            return false;
        value = (value << 8) | quint32(octet);
    }
    if (pos != s.size())
        return false;
    out = value;
    return true;
}

// RFC 4291 text, walked as netip.ParseAddr walks it: groups of one to four hex digits
// separated by ':', one "::" standing for at least one zero group, and a dotted quad only in
// the last 32 bits.
bool parseV6(QStringView s, std::array<quint8, 16> &bytes)
{
    int ellipsis = -1;
    qsizetype pos = 0;
    if (s.startsWith(u"::")) {
        ellipsis = 0;
        pos = 2;
        if (pos == s.size())
            return true;
    }
    int i = 0;
    while (i < 16) {
        const qsizetype start = pos;
        int acc = 0;
        while (pos < s.size()) {
            const int h = hexValue(s[pos].unicode());
            if (h < 0)
                break;
            if (pos - start == 4)
                return false; // more than four digits
            acc = acc * 16 + h;
            ++pos;
        }
        if (pos == start)
            return false;
        if (pos < s.size() && s[pos] == u'.') {
            if ((ellipsis < 0 && i != 12) || i + 4 > 16)
                return false;
            quint32 v4 = 0;
            if (!parseV4(s.mid(start), v4))
                return false;
            bytes[size_t(i)] = quint8(v4 >> 24);
            bytes[size_t(i) + 1] = quint8(v4 >> 16);
            bytes[size_t(i) + 2] = quint8(v4 >> 8);
            bytes[size_t(i) + 3] = quint8(v4);
            i += 4;
            pos = s.size();
            break;
        }
        bytes[size_t(i)] = quint8(acc >> 8);
        bytes[size_t(i) + 1] = quint8(acc);
        i += 2;
        if (pos == s.size())
            break;
        if (s[pos] != u':' || pos + 1 == s.size())
            return false;
        ++pos;
        if (s[pos] == u':') {
            if (ellipsis >= 0)
                return false; // a second "::"
            ellipsis = i;
            ++pos;
            if (pos == s.size())
                break;
        }
    }
    if (pos != s.size())
        return false;
    if (i < 16) {
        if (ellipsis < 0)
            return false;
        const int n = 16 - i;
        for (int j = i - 1; j >= ellipsis; --j)
            bytes[size_t(j) + size_t(n)] = bytes[size_t(j)];
        for (int j = ellipsis; j < ellipsis + n; ++j)
            bytes[size_t(j)] = 0;
    } else if (ellipsis >= 0) {
        return false; // "::" must stand for at least one zero group
    }
    return true;
}

} // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    // netip.ParseAddr: the first '.', ':' or '%' decides how the text is read.
    for (const QChar c : text) {
        if (c == u'.') {
            quint32 value = 0;
            if (!parseV4(text, value))
                return std::nullopt;
            return v4(value);
        }
        if (c == u':') {
            std::array<quint8, 16> bytes {};
            if (!parseV6(text, bytes))
                return std::nullopt;
            quint64 hi = 0;
            quint64 lo = 0;
            for (size_t b = 0; b < 8; ++b) {
                hi = (hi << 8) | bytes[b];
                lo = (lo << 8) | bytes[b + 8];
            }
            return v6(hi, lo);
        }
        if (c == u'%')
            return std::nullopt;
    }
    return std::nullopt;
}

IpAddress IpAddress::v4(quint32 value)
{
    IpAddress ip;
    ip.m_family = 4;
    ip.m_lo = kV4MappedPrefix | value;
    return ip;
}

IpAddress IpAddress::v6(quint64 hi, quint64 lo)
{
    IpAddress ip;
    ip.m_family = hi == 0 && (lo >> 32) == 0xffffU ? 4 : 6;
    ip.m_hi = hi;
    ip.m_lo = lo;
    return ip;
}

bool IpAddress::isUnspecified() const
{
    return m_family == 4 ? v4Value() == 0 : (m_family == 6 && m_hi == 0 && m_lo == 0);
}

void IpAddress::mask128(quint64 &hi, quint64 &lo, int bits)
{
    if (bits <= 0) {
        hi = lo = 0;
    } else if (bits < 64) {
        hi &= ~0ULL << (64 - bits);
        lo = 0;
    } else if (bits == 64) {
        lo = 0;
    } else if (bits < 128) {
        lo &= ~0ULL << (128 - bits);
    }
}

IpAddress IpAddress::masked(int prefixLength) const
{
    if (m_family == 0)
        return *this;
    IpAddress out = *this;
    mask128(out.m_hi, out.m_lo, m_family == 4 ? 96 + qMax(prefixLength, 0) : prefixLength);
    return out;
}

QString IpAddress::toString() const
{
    if (m_family == 4) {
        const quint32 v = v4Value();
        return QString::number(v >> 24) + u'.' + QString::number((v >> 16) & 0xffU) + u'.'
            + QString::number((v >> 8) & 0xffU) + u'.' + QString::number(v & 0xffU);
    }
    if (m_family != 6)
        return QString();
    std::array<uint, 8> groups {};
    for (int g = 0; g < 4; ++g) {
        groups[size_t(g)] = uint(m_hi >> (48 - 16 * g)) & 0xffffU;
        groups[size_t(g) + 4] = uint(m_lo >> (48 - 16 * g)) & 0xffffU;
    }
    int bestStart = -1;
    int bestLength = 1; // a lone zero group is written "0"
    for (int g = 0; g < 8;) {
        if (groups[size_t(g)] != 0) {
            ++g;
            continue;
        }
        int end = g;
        while (end < 8 && groups[size_t(end)] == 0)
            ++end;
        if (end - g > bestLength) {
            bestStart = g;
            bestLength = end - g;
        }
        g = end;
    }
    QString out;
    for (int g = 0; g < 8; ++g) {
        if (g == bestStart) {
            out += QStringLiteral("::");
            g += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[size_t(g)], 16);
    }
    return out;
}

} // namespace ps
