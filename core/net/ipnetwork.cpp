#include "core/net/ipnetwork.h"

namespace ps {

namespace {

// Go's dtoi as net.ParseCIDR uses it: one or more decimal digits, leading zeros allowed,
// refused from 0xFFFFFF on; -1 for anything else.
int prefixDigits(QStringView s)
{
    if (s.isEmpty())
        return -1;
    int n = 0;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c.unicode() - u'0');
        if (n >= 0xFFFFFF)
            return -1;
    }
    return n;
}

} // namespace

IpNetwork::IpNetwork(const IpAddress &address, int prefixLength)
    : m_address(address), m_network(address.masked(prefixLength)), m_prefixLength(prefixLength)
{
}

std::optional<IpNetwork> IpNetwork::parseCidr(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const QStringView addressText = text.left(slash);
    const auto address = IpAddress::parse(addressText);
    if (!address)
        return std::nullopt;
    // netip's BitLen: IPv6 text gives 128 bits even when it spells an IPv4-mapped address.
    const bool ipv6Text = addressText.contains(u':');
    const int length = prefixDigits(text.mid(slash + 1));
    if (length < 0 || length > (ipv6Text ? 128 : 32))
        return std::nullopt;
    if (!ipv6Text || address->family() == 6)
        return IpNetwork(*address, length);
    // An IPv4-mapped address with a 128-bit mask. Go masks the 16 bytes; when the mask keeps
    // the ::ffff: prefix (96 bits or more) the network is IPv4 (IPNet.String() and To4() say
    // so), otherwise it is the IPv6 network the masked bits spell (::ffff:1.2.3.4/64 is ::/64).
    if (length >= 96)
        return IpNetwork(*address, length - 96);
    IpNetwork out;
    out.m_address = *address;
    quint64 hi = address->hi();
    quint64 lo = address->lo();
    IpAddress::mask128(hi, lo, length);
    out.m_network = IpAddress::v6(hi, lo);
    out.m_prefixLength = length;
    return out;
}

std::optional<IpNetwork> IpNetwork::parseCidrOrIp(QStringView text)
{
    if (auto net = parseCidr(text))
        return net;
    const auto address = IpAddress::parse(text);
    if (!address)
        return std::nullopt;
    return IpNetwork(*address, address->bitLength());
}

IpNetwork IpNetwork::network() const
{
    IpNetwork out = *this;
    out.m_address = m_network;
    return out;
}

bool IpNetwork::contains(const IpNetwork &other) const
{
    return other.family() == family() && other.m_prefixLength >= m_prefixLength
        && other.m_network.masked(m_prefixLength) == m_network;
}

QString IpNetwork::toString() const
{
    if (!isValid())
        return QString();
    return m_network.toString() + u'/' + QString::number(m_prefixLength);
}

} // namespace ps
