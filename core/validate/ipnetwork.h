#pragma once
// IpNetwork: an address with a prefix length, parsed as Go's net.ParseCIDR does ("addr/len",
// the length being decimal digits in 0..32 or 0..128). The address is kept as written, so
// callers can tell whether host bits were set; network() gives the normalised network.

#include <optional>

#include <QString>
#include <QStringView>

#include "core/validate/ipaddress.h"

namespace ps {

class IpNetwork {
public:
    IpNetwork() = default;
    IpNetwork(IpAddress address, int prefixLength);

    /// "addr/len" only (net.ParseCIDR). A bare address is rejected.
    static std::optional<IpNetwork> parseCidr(QStringView text);
    /// "addr/len" or a bare address taken as /32 or /128 (Calico's ParseCIDROrIP).
    static std::optional<IpNetwork> parseCidrOrIp(QStringView text);

    const IpAddress &address() const { return m_address; }
    int prefixLength() const { return m_prefixLength; }
    int family() const { return m_address.family(); }

    /// True when the address has bits set after the prefix (10.0.0.1/8).
    bool hasHostBits() const { return m_address.hasBitsAfter(m_prefixLength); }
    /// The same prefix with host bits cleared (10.0.0.1/8 → 10.0.0.0/8).
    IpNetwork network() const;
    /// 0.0.0.0/0 or ::/0 (any spelling).
    bool isCatchAll() const { return m_prefixLength == 0 && m_address.isZero(); }
    /// True when every address of other lies inside this network (same family).
    bool contains(const IpNetwork &other) const;

    /// "addr/len" with the address as stored (call network() first for Go's IPNet.String()).
    QString toString() const;

    friend bool operator==(const IpNetwork &, const IpNetwork &) = default;

private:
    IpAddress m_address;
    int m_prefixLength = 0;
};

} // namespace ps
