#pragma once
// IpNetwork: an address and a prefix length, read the way Go's net.ParseCIDR and Calico's
// ParseCIDROrIP read them (docs/net.md). The address is kept as written, so callers can tell
// that host bits were set (10.0.0.1/8); networkAddress() and network() give the normalised
// network. The family is the network's, as Calico's IPNet.Version() gives it: an IPv4-mapped
// IPv6 CIDR of prefix 96 or more is an IPv4 network ("::ffff:192.0.2.0/120" is 192.0.2.0/24).

#include <optional>

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include "core/net/ipaddress.h"

namespace ps {

class IpNetwork {
public:
    IpNetwork() = default;
    /// `address` with a prefix of its own family (0..32 or 0..128); the address is kept.
    IpNetwork(const IpAddress &address, int prefixLength);

    /// net.ParseCIDR: "address/length", the length being decimal digits (leading zeros
    /// allowed) of at most 32 for dotted text and 128 for IPv6 text. A bare address is refused.
    static std::optional<IpNetwork> parseCidr(QStringView text);
    /// Calico's ParseCIDROrIP: parseCidr(), else a bare address as a /32 or /128.
    static std::optional<IpNetwork> parseCidrOrIp(QStringView text);

    /// The address as written (IPv4 for an IPv4-mapped one), host bits kept.
    const IpAddress &address() const { return m_address; }
    /// The first address of the network (host bits cleared).
    const IpAddress &networkAddress() const { return m_network; }
    /// In the network's family: 24 for "::ffff:192.0.2.0/120".
    int prefixLength() const { return m_prefixLength; }
    /// 4 or 6 (0 for a default-constructed network).
    int family() const { return m_network.family(); }
    bool isValid() const { return m_network.isValid(); }

    /// True when the written address has bits set after the prefix (10.0.0.1/8).
    bool hasHostBits() const { return m_address != m_network; }
    /// The same network with the address normalised (10.0.0.1/8 -> 10.0.0.0/8).
    IpNetwork network() const;
    /// Every address of its family (0.0.0.0/0, ::/0, in any spelling).
    bool isCatchAll() const { return isValid() && m_prefixLength == 0; }
    bool contains(const IpAddress &ip) const
    {
        return ip.family() == family() && ip.masked(m_prefixLength) == m_network;
    }
    /// True when every address of `other` lies inside this network (same family).
    bool contains(const IpNetwork &other) const;

    /// net.IPNet.String() of the network: "192.0.2.0/24", "2001:db8::/32".
    QString toString() const;

    friend bool operator==(const IpNetwork &, const IpNetwork &) = default;

private:
    IpAddress m_address;
    IpAddress m_network;
    int m_prefixLength = 0;
};

inline size_t qHash(const IpNetwork &net, size_t seed = 0)
{
    return qHashMulti(seed, net.address(), net.networkAddress(), net.prefixLength());
}

} // namespace ps
