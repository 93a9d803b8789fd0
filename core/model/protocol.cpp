#include "core/model/protocol.h"

#include <algorithm>

#include <QCoreApplication>

namespace ps {

namespace {

// Calico's numorstring package (allProtocolNames, SupportsPorts) and libcalico-go's v3 validator
// (protocolRegex, validateProtocol) define the names and which may list ports; the IANA registry
// the numbers. In the validator's order, which the editors and the trace panel show.
constexpr ProtocolFacts kProtocols[] = {
    {6, u"TCP", u"tcp", true, true, 0},
    {17, u"UDP", u"udp", true, true, 0},
    {1, u"ICMP", u"icmp", false, false, 4},
    {58, u"ICMPv6", u"icmpv6", false, false, 6},
    {132, u"SCTP", u"sctp", true, true, 0},
    {136, u"UDPLite", u"udplite", false, true, 0},
};

// The translation context, in a form lupdate sees.
struct ProtocolWords {
    Q_DECLARE_TR_FUNCTIONS(Protocol)
};

QStringView view(std::u16string_view s)
{
    return QStringView(s.data(), qsizetype(s.size()));
}

} // namespace

std::span<const ProtocolFacts> knownProtocols()
{
    return kProtocols;
}

const ProtocolFacts *protocolFacts(int number)
{
    const auto it = std::find_if(std::begin(kProtocols), std::end(kProtocols),
        [number](const ProtocolFacts &p) { return p.number == number; });
    return it == std::end(kProtocols) ? nullptr : it;
}

const ProtocolFacts *protocolFacts(QStringView name, Qt::CaseSensitivity cs)
{
    const auto it = std::find_if(std::begin(kProtocols), std::end(kProtocols),
        [&](const ProtocolFacts &p) { return name.compare(view(p.name), cs) == 0; });
    return it == std::end(kProtocols) ? nullptr : it;
}

QStringList knownProtocolNames()
{
    QStringList names;
    for (const ProtocolFacts &p : kProtocols)
        names.append(p.nameText());
    return names;
}

std::optional<int> parseProtocolNumber(QStringView text)
{
    if (const ProtocolFacts *p = protocolFacts(text, Qt::CaseInsensitive))
        return p->number;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok && n >= 1 && n <= 255)
        return n;
    return std::nullopt;
}

QString protocolDisplayName(int number)
{
    const ProtocolFacts *p = protocolFacts(number);
    return p ? p->nameText() : QString::number(number);
}

QString protocolIptablesName(int number)
{
    const ProtocolFacts *p = protocolFacts(number);
    return p ? view(p->iptablesName).toString() : QString::number(number);
}

bool protocolCarriesPorts(int number)
{
    const ProtocolFacts *p = protocolFacts(number);
    return p && p->packetPorts;
}

bool protocolAllowsRulePorts(int number)
{
    const ProtocolFacts *p = protocolFacts(number);
    return p && p->rulePorts;
}

int protocolIcmpFamily(int number)
{
    const ProtocolFacts *p = protocolFacts(number);
    return p ? p->icmpFamily : 0;
}

int namedPortProtocol(std::optional<int> ruleProtocol)
{
    constexpr int kTcp = 6;
    constexpr int kUdp = 17;
    constexpr int kSctp = 132;
    return ruleProtocol && (*ruleProtocol == kUdp || *ruleProtocol == kSctp) ? *ruleProtocol : kTcp;
}

const QString &kubernetesPortProtocol(const QString &written)
{
    static const QString tcp = protocolFacts(6)->nameText();
    return written.isEmpty() ? tcp : written;
}

QString unknownProtocolMessage(const QString &text)
{
    return ProtocolWords::tr("unknown protocol %1 (expected %2 or 1-255)")
        .arg(text, knownProtocolNames().join(QStringLiteral(", ")));
}

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

const ProtocolFacts *Protocol::facts() const
{
    return m_isNumber ? protocolFacts(m_number) : protocolFacts(m_name);
}

std::optional<int> Protocol::toNumber() const
{
    if (m_isNumber)
        return m_number;
    if (const ProtocolFacts *p = facts())
        return p->number;
    return std::nullopt;
}

bool Protocol::isValid() const
{
    if (m_isNumber)
        return m_number >= 1 && m_number <= 255;
    return facts() != nullptr;
}

bool Protocol::supportsPorts() const
{
    const ProtocolFacts *p = facts();
    return p && p->rulePorts;
}

bool Protocol::isIcmpV4() const
{
    const ProtocolFacts *p = facts();
    return p && p->icmpFamily == 4;
}

bool Protocol::isIcmpV6() const
{
    const ProtocolFacts *p = facts();
    return p && p->icmpFamily == 6;
}

int Protocol::impliedIpVersion() const
{
    const ProtocolFacts *p = m_isNumber ? nullptr : facts();
    return p ? p->icmpFamily : 0;
}

QString Protocol::toString() const
{
    return m_isNumber ? QString::number(m_number) : m_name;
}

} // namespace ps
