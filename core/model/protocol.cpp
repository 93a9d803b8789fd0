#include "core/model/protocol.h"

namespace ps {

namespace {

struct NamedProtocol {
    const char16_t *name;
    int number;
};

constexpr NamedProtocol kNamed[] = {
    {u"TCP", 6}, {u"UDP", 17}, {u"ICMP", 1}, {u"ICMPv6", 58}, {u"SCTP", 132}, {u"UDPLite", 136},
};

} // namespace

Protocol Protocol::fromNumber(int number)
{
    Protocol p;
    p.m_isNumber = true;
    p.m_number = number;
    return p;
}

Protocol Protocol::fromString(const QString &text)
{
    // numorstring: a string that parses as uint8 becomes a number.
    bool ok = false;
    const uint n = text.toUInt(&ok, 10);
    if (ok && n <= 255 && !text.startsWith(u'+') && !text.isEmpty())
        return fromNumber(int(n));
    Protocol p;
    p.m_name = text;
    return p;
}

std::optional<int> Protocol::toNumber() const
{
    if (m_isNumber)
        return m_number;
    for (const auto &np : kNamed) {
        if (m_name == QStringView(np.name))
            return np.number;
    }
    return std::nullopt;
}

bool Protocol::isValid() const
{
    if (m_isNumber)
        return m_number >= 1 && m_number <= 255;
    return toNumber().has_value();
}

bool Protocol::supportsPorts() const
{
    const auto n = toNumber();
    return n && (*n == 6 || *n == 17 || *n == 132);
}

bool Protocol::isIcmpV4() const
{
    const auto n = toNumber();
    return n && *n == 1;
}

bool Protocol::isIcmpV6() const
{
    const auto n = toNumber();
    return n && *n == 58;
}

QString Protocol::toString() const
{
    return m_isNumber ? QString::number(m_number) : m_name;
}

QString protocolDisplayName(int number)
{
    for (const auto &np : kNamed) {
        if (np.number == number)
            return QStringView(np.name).toString();
    }
    return QString::number(number);
}

} // namespace ps
