#pragma once
// IpAddr: a compact IPv4 / IPv6 address used by the policy engine's hot paths (hashable, two
// 64-bit words, no allocation). Parsing follows Go's net.ParseIP (dotted decimal without
// leading zeros, RFC 4291 IPv6 text); parse() returns nullopt for anything else.

#include <optional>

#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace ps {

class IpAddr {
public:
    IpAddr() = default;
    static std::optional<IpAddr> parse(QStringView text);
    static IpAddr v4(quint32 value);
    static IpAddr v6(quint64 hi, quint64 lo);

    /// 4 or 6; 0 for a default-constructed address.
    int family() const { return m_family; }
    int bitLength() const { return m_family == 4 ? 32 : 128; }
    bool isValid() const { return m_family != 0; }
    quint64 hi() const { return m_hi; }
    quint64 lo() const { return m_lo; }

    /// Every bit after the first prefixLength bits cleared.
    IpAddr masked(int prefixLength) const;
    /// Go's IP.String(): dotted decimal or RFC 5952 text.
    QString toString() const;

    friend bool operator==(const IpAddr &, const IpAddr &) = default;
    friend auto operator<=>(const IpAddr &, const IpAddr &) = default;

private:
    quint8 m_family = 0;
    quint64 m_hi = 0; // IPv6 bits 0..63; 0 for IPv4
    quint64 m_lo = 0; // IPv6 bits 64..127; the 32-bit IPv4 value
};

inline size_t qHash(const IpAddr &ip, size_t seed = 0)
{
    return qHashMulti(seed, ip.family(), ip.hi(), ip.lo());
}

} // namespace ps
