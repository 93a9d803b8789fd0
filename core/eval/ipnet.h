#pragma once
// IpNet: a CIDR as the engine uses it (always normalised: host bits cleared), as Calico's
// NormalizeIPNets and network-set handling do.

#include <optional>

#include <QString>
#include <QStringView>

#include "core/eval/ipaddr.h"

namespace ps {

class IpNet {
public:
    IpNet() = default;
    IpNet(IpAddr address, int prefixLength);

    /// "addr/len" or a bare address (taken as /32 or /128); host bits are cleared.
    static std::optional<IpNet> parse(QStringView text);

    const IpAddr &address() const { return m_address; }
    int prefixLength() const { return m_prefixLength; }
    int family() const { return m_address.family(); }
    bool isCatchAll() const { return m_prefixLength == 0; }
    bool contains(const IpAddr &ip) const
    {
        return ip.family() == family() && ip.masked(m_prefixLength) == m_address;
    }
    QString toString() const;

    friend bool operator==(const IpNet &, const IpNet &) = default;

private:
    IpAddr m_address;
    int m_prefixLength = 0;
};

} // namespace ps
