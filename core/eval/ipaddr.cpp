#include "core/eval/ipaddr.h"

#include <array>

#include <QList>

namespace ps {

namespace {

std::optional<quint32> parseV4(QStringView text)
{
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    while (parts < 4) {
        if (i >= text.size() || !text[i].isDigit() || text[i].unicode() > 127)
            return std::nullopt;
        const qsizetype start = i;
        int part = 0;
        while (i < text.size() && text[i].unicode() >= '0' && text[i].unicode() <= '9') {
            part = part * 10 + (text[i].unicode() - '0');
            if (part > 255)
                return std::nullopt;
            ++i;
        }
        if (i - start > 1 && text[start] == u'0')
            return std::nullopt; // Go rejects leading zeros
        value = (value << 8) | quint32(part);
        ++parts;
        if (parts < 4) {
            if (i >= text.size() || text[i] != u'.')
                return std::nullopt;
            ++i;
        }
    }
    if (i != text.size())
        return std::nullopt;
    return value;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Parses colon-separated groups (optionally ending in a dotted quad) into 16-bit words.
bool parseGroups(QStringView text, std::array<quint16, 8> &out, int &count, bool allowV4Tail)
{
    count = 0;
    if (text.isEmpty())
        return true;
    const auto groups = text.split(u':');
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QStringView group = groups[g];
        if (allowV4Tail && g == groups.size() - 1 && group.contains(u'.')) {
            const auto v4 = parseV4(group);
            if (!v4 || count > 6)
                return false;
            out[count++] = quint16(*v4 >> 16);
            out[count++] = quint16(*v4 & 0xffff);
            return true;
        }
        if (group.isEmpty() || group.size() > 4 || count >= 8)
            return false;
        int word = 0;
        for (QChar c : group) {
            const int h = hexValue(c);
            if (h < 0)
                return false;
            word = word * 16 + h;
        }
        out[count++] = quint16(word);
    }
    return true;
}

std::optional<IpAddr> parseV6(QStringView text)
{
    std::array<quint16, 8> words{};
    const qsizetype gap = text.indexOf(u"::");
    if (gap < 0) {
        int n = 0;
        if (!parseGroups(text, words, n, true) || n != 8)
            return std::nullopt;
    } else {
        if (text.indexOf(u"::", gap + 1) >= 0)
            return std::nullopt;
        std::array<quint16, 8> head{}, tail{};
        int nh = 0, nt = 0;
        if (!parseGroups(text.left(gap), head, nh, false)
            || !parseGroups(text.mid(gap + 2), tail, nt, true) || nh + nt > 7)
            return std::nullopt;
        for (int i = 0; i < nh; ++i)
            words[i] = head[i];
        for (int i = 0; i < nt; ++i)
            words[8 - nt + i] = tail[i];
    }
    quint64 hi = 0, lo = 0;
    for (int i = 0; i < 4; ++i)
        hi = (hi << 16) | words[i];
    for (int i = 4; i < 8; ++i)
        lo = (lo << 16) | words[i];
    return IpAddr::v6(hi, lo);
}

} // namespace

std::optional<IpAddr> IpAddr::parse(QStringView text)
{
    if (text.contains(u':')) {
        const auto ip = parseV6(text);
        // Go's net.IP treats IPv4-mapped IPv6 (::ffff:a.b.c.d) as the IPv4 address.
        if (ip && ip->m_hi == 0 && (ip->m_lo >> 32) == 0xffff)
            return v4(quint32(ip->m_lo & 0xffffffffULL));
        return ip;
    }
    if (const auto v4value = parseV4(text))
        return v4(*v4value);
    return std::nullopt;
}

IpAddr IpAddr::v4(quint32 value)
{
    IpAddr ip;
    ip.m_family = 4;
    ip.m_lo = value;
    return ip;
}

IpAddr IpAddr::v6(quint64 hi, quint64 lo)
{
    IpAddr ip;
    ip.m_family = 6;
    ip.m_hi = hi;
    ip.m_lo = lo;
    return ip;
}

IpAddr IpAddr::masked(int prefixLength) const
{
    IpAddr r = *this;
    if (m_family == 4) {
        r.m_lo = prefixLength <= 0 ? 0 : (m_lo & (0xffffffffULL << (32 - qMin(prefixLength, 32))) & 0xffffffffULL);
        return r;
    }
    if (prefixLength <= 0) {
        r.m_hi = r.m_lo = 0;
    } else if (prefixLength < 64) {
        r.m_hi = m_hi & (~0ULL << (64 - prefixLength));
        r.m_lo = 0;
    } else if (prefixLength == 64) {
        r.m_lo = 0;
    } else if (prefixLength < 128) {
        r.m_lo = m_lo & (~0ULL << (128 - prefixLength));
    }
    return r;
}

QString IpAddr::toString() const
{
    if (m_family == 4) {
        return QStringLiteral("%1.%2.%3.%4")
            .arg((m_lo >> 24) & 0xff)
            .arg((m_lo >> 16) & 0xff)
            .arg((m_lo >> 8) & 0xff)
            .arg(m_lo & 0xff);
    }
    if (m_family != 6)
        return QString();
    std::array<quint16, 8> w{};
    for (int i = 0; i < 4; ++i) {
        w[i] = quint16(m_hi >> (48 - 16 * i));
        w[4 + i] = quint16(m_lo >> (48 - 16 * i));
    }
    // RFC 5952: the longest run (first on ties) of two or more zero words becomes "::".
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (w[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && w[j] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(w[i], 16);
    }
    return out;
}

} // namespace ps
