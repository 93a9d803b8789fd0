#include "core/validate/ipnetwork.h"

namespace ps {

IpNetwork::IpNetwork(IpAddress address, int prefixLength)
    : m_address(address), m_prefixLength(prefixLength)
{
}

std::optional<IpNetwork> IpNetwork::parseCidr(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const auto address = IpAddress::parse(text.left(slash));
    if (!address)
        return std::nullopt;
    const QStringView length = text.mid(slash + 1);
    if (length.isEmpty() || length.size() > 8)
        return std::nullopt;
    int n = 0;
    for (QChar c : length) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    if (n > address->bitLength())
        return std::nullopt;
    return IpNetwork(*address, n);
}

std::optional<IpNetwork> IpNetwork::parseCidrOrIp(QStringView text)
{
    if (text.contains(u'/'))
        return parseCidr(text);
    const auto address = IpAddress::parse(text);
    if (!address)
        return std::nullopt;
    return IpNetwork(*address, address->bitLength());
}

IpNetwork IpNetwork::network() const
{
    return IpNetwork(m_address.masked(m_prefixLength), m_prefixLength);
}

bool IpNetwork::contains(const IpNetwork &other) const
{
    if (other.family() != family() || other.m_prefixLength < m_prefixLength)
        return false;
    return other.m_address.masked(m_prefixLength) == m_address.masked(m_prefixLength);
}

QString IpNetwork::toString() const
{
    return m_address.toString() + u'/' + QString::number(m_prefixLength);
}

} // namespace ps
