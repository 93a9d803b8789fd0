#include "core/eval/ipnet.h"

namespace ps {

IpNet::IpNet(IpAddr address, int prefixLength)
    : m_address(address.masked(prefixLength)), m_prefixLength(prefixLength)
{
}

std::optional<IpNet> IpNet::parse(QStringView text)
{
    text = text.trimmed();
    const qsizetype slash = text.indexOf(u'/');
    const auto ip = IpAddr::parse(slash < 0 ? text : text.left(slash));
    if (!ip)
        return std::nullopt;
    int length = ip->bitLength();
    if (slash >= 0) {
        const QStringView digits = text.mid(slash + 1);
        if (digits.isEmpty() || digits.size() > 3)
            return std::nullopt;
        bool ok = false;
        length = digits.toInt(&ok);
        for (QChar c : digits) {
            if (c.unicode() < '0' || c.unicode() > '9')
                ok = false;
        }
        if (!ok || length < 0 || length > ip->bitLength())
            return std::nullopt;
    }
    return IpNet(*ip, length);
}

QString IpNet::toString() const
{
    return m_address.toString() + u'/' + QString::number(m_prefixLength);
}

} // namespace ps
