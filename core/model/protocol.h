#pragma once
// Protocol: Calico's int-or-string protocol (numorstring.Protocol). A JSON number or a string
// that parses as uint8 is a number; anything else is kept as the name it was written as
// (case-sensitive: "tcp" is an invalid name, reported by validation, not here).

#include <optional>

#include <QString>

namespace ps {

class Protocol {
public:
    Protocol() = default;
    static Protocol fromNumber(int number);
    /// From a YAML/JSON string: "6" becomes the number 6, "TCP" the name TCP.
    static Protocol fromString(const QString &text);

    bool isNumber() const { return m_isNumber; }
    int number() const { return m_number; }
    const QString &name() const { return m_name; }

    /// The IANA number: the number itself, or the number of a known name (TCP 6, UDP 17,
    /// ICMP 1, ICMPv6 58, SCTP 132, UDPLite 136); nullopt for an unknown name.
    std::optional<int> toNumber() const;
    /// True for a valid protocol: number 1..255 or one of the six names, exactly spelled.
    bool isValid() const;
    /// TCP, UDP, SCTP (or 6, 17, 132): the protocols whose rules may list ports.
    bool supportsPorts() const;
    /// ICMP or 1 / ICMPv6 or 58.
    bool isIcmpV4() const;
    bool isIcmpV6() const;
    /// As written back: the name, or the number as decimal text.
    QString toString() const;

    friend bool operator==(const Protocol &, const Protocol &) = default;

private:
    bool m_isNumber = false;
    int m_number = 0;
    QString m_name;
};

/// The canonical name for a protocol number (6 → "TCP"), or the number as text.
QString protocolDisplayName(int number);

} // namespace ps
