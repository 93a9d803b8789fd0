#pragma once
// The IP protocols Calico knows by name, and the one table of what the project knows about each
// (number, Calico's spelling, Felix's iptables spelling, ports, ICMP, IP family), plus Protocol:
// Calico's int-or-string protocol field (numorstring.Protocol). A JSON number or a string that
// parses as uint8 is a number; anything else is kept as the name it was written as
// (case-sensitive: "tcp" is an invalid name, reported by validation, not here).
// Every part of the core, the studio and the CLI asks this table; none keeps its own list.

#include <optional>
#include <span>
#include <string_view>

#include <QString>
#include <QStringList>

namespace ps {

/// What is known about one named protocol. Numbers without a name (e.g. 47, GRE) have no entry:
/// a rule may name them, but they carry no ports and are neither ICMP nor family-bound.
struct ProtocolFacts {
    int number; // IANA protocol number
    std::u16string_view name; // as Calico spells it (numorstring's allProtocolNames)
    std::u16string_view iptablesName; // lower case, as Felix writes it after "-p"
    // A rule may list ports (numorstring's SupportsPorts): TCP, UDP and SCTP only.
    bool rulePorts;
    // The packet header has source and destination ports (what a port match can look at):
    // TCP, UDP, SCTP and UDPLite; a rule still may not list ports for UDPLite.
    bool packetPorts;
    // The ICMP of one IP family: 4 for ICMP, 6 for ICMPv6, 0 for the others. The protocol is
    // bound to that family: Calico's CRD rules ask ipVersion to agree with it (by name or
    // number), and Felix's rule conversion (ipVersionToProtoIPVersion) gives a rule without
    // ipVersion that family when the protocol is written as the name.
    int icmpFamily;

    QString nameText() const { return QStringView(name.data(), qsizetype(name.size())).toString(); }
};

/// The named protocols, in the order of Calico's validator (TCP, UDP, ICMP, ICMPv6, SCTP,
/// UDPLite).
std::span<const ProtocolFacts> knownProtocols();
/// The facts for a protocol number; nullptr when the number has no name.
const ProtocolFacts *protocolFacts(int number);
/// The facts for a name: exactly as Calico spells it, or ignoring case (front ends and flow files
/// accept "tcp"; a policy does not).
const ProtocolFacts *protocolFacts(QStringView name, Qt::CaseSensitivity cs = Qt::CaseSensitive);
/// The names, in table order, for messages and completion lists.
QStringList knownProtocolNames();

/// Protocol text given by a user (flows, CLI options, the trace panel) → IANA number: a known
/// name ignoring case, or a whole number 1..255; nullopt otherwise.
std::optional<int> parseProtocolNumber(QStringView text);
/// The canonical name for a protocol number (6 → "TCP"), or the number as text.
QString protocolDisplayName(int number);
/// Felix's iptables spelling for a number ("tcp", "icmpv6"), or the number as text.
QString protocolIptablesName(int number);
/// Whether a packet of this protocol carries ports (TCP, UDP, SCTP, UDPLite).
bool protocolCarriesPorts(int number);
/// Whether a rule of this protocol may list ports (TCP, UDP, SCTP).
bool protocolAllowsRulePorts(int number);
/// 4 for ICMP, 6 for ICMPv6, 0 otherwise.
int protocolIcmpFamily(int number);
/// The protocol of the ip,port set a named port in a rule of this protocol becomes: the rule's
/// when it is UDP or SCTP, else TCP, so a rule without a protocol matches TCP named ports (what
/// Felix's rule scanner did until calico commit 4fa28bece5, which makes such a rule match a
/// named port of any protocol).
int namedPortProtocol(std::optional<int> ruleProtocol);

/// A Kubernetes port's protocol as written, or Kubernetes' default, TCP, when it was left out.
const QString &kubernetesPortProtocol(const QString &written);

/// "unknown protocol X (expected TCP, UDP, … or 1-255)": the words every front end uses when
/// parseProtocolNumber() refuses a text.
QString unknownProtocolMessage(const QString &text);

class Protocol {
public:
    Protocol() = default;
    static Protocol fromNumber(int number);
    /// From a YAML/JSON string: "6" becomes the number 6, "TCP" the name TCP.
    static Protocol fromString(const QString &text);

    bool isNumber() const { return m_isNumber; }
    int number() const { return m_number; }
    const QString &name() const { return m_name; }

    /// The table entry: for a number with a name, or for a name spelled exactly as Calico does;
    /// nullptr otherwise.
    const ProtocolFacts *facts() const;
    /// The IANA number: the number itself, or the number of a known name; nullopt for an
    /// unknown name.
    std::optional<int> toNumber() const;
    /// True for a valid protocol: number 1..255 or one of the known names, exactly spelled.
    bool isValid() const;
    /// TCP, UDP, SCTP (or 6, 17, 132): the protocols whose rules may list ports.
    bool supportsPorts() const;
    /// ICMP or 1 / ICMPv6 or 58.
    bool isIcmpV4() const;
    bool isIcmpV6() const;
    /// The IP version the protocol's name implies for a rule without ipVersion (ICMP 4, ICMPv6
    /// 6); 0 for numbers and other names.
    int impliedIpVersion() const;
    /// As written back: the name, or the number as decimal text.
    QString toString() const;

    friend bool operator==(const Protocol &, const Protocol &) = default;

private:
    bool m_isNumber = false;
    int m_number = 0;
    QString m_name;
};

} // namespace ps
