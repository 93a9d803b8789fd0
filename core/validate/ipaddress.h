#pragma once
// IpAddress: an IPv4 or IPv6 address parsed exactly as Go's net.ParseIP / netip.ParseAddr do
// (Calico's validators are written in Go): dotted decimal without leading zeros, RFC 4291
// IPv6 text with at most one "::" and an optional trailing dotted quad, no zone. Plain value;
// parse() returns nullopt for anything Go would reject.

#include <array>
#include <optional>

#include <QString>
#include <QStringView>

namespace ps {

class IpAddress {
public:
    IpAddress() = default;

    static std::optional<IpAddress> parse(QStringView text);
    static IpAddress v4(quint8 a, quint8 b, quint8 c, quint8 d);

    /// 4 or 6; 0 for a default-constructed address.
    int family() const { return m_family; }
    /// 32 or 128.
    int bitLength() const { return m_family == 4 ? 32 : 128; }
    /// Network byte order; IPv4 uses the first 4 bytes.
    const std::array<quint8, 16> &bytes() const { return m_bytes; }
    bool isZero() const;

    /// The address with every bit after the first prefixLength bits cleared.
    IpAddress masked(int prefixLength) const;
    /// True when any bit after the first prefixLength bits is set.
    bool hasBitsAfter(int prefixLength) const;

    /// Go's IP.String(): dotted decimal, or RFC 5952 text (lower case, longest run of two or
    /// more zero groups written "::").
    QString toString() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;

private:
    int m_family = 0;
    std::array<quint8, 16> m_bytes {};
};

} // namespace ps
