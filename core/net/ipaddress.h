#pragma once
// IpAddress: one IPv4 or IPv6 address, read and written the way Go's net package does it
// (Calico, its validators and Felix are written in Go; docs/net.md has the rules). A plain,
// hashable value of two 64-bit words: IPv4 is kept in its IPv4-mapped IPv6 form, as Go's
// 16-byte net.IP keeps it, so "192.0.2.1" and "::ffff:192.0.2.1" are the same address of
// family 4. parse() returns nullopt for anything net.ParseIP rejects (it never trims).

#include <compare>
#include <optional>

#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace ps {

class IpAddress {
public:
    IpAddress() = default;

    /// net.ParseIP: dotted decimal (four fields, no leading zeros) or RFC 4291 IPv6 text (at
    /// most one "::", an optional trailing dotted quad). A zone ("fe80::1%eth0") is refused.
    static std::optional<IpAddress> parse(QStringView text);
    static IpAddress v4(quint32 value);
    /// The address of these 128 bits: family 4 when they are IPv4-mapped (::ffff:0:0/96).
    static IpAddress v6(quint64 hi, quint64 lo);

    /// 4 or 6; 0 for a default-constructed address.
    int family() const { return m_family; }
    bool isValid() const { return m_family != 0; }
    /// 32 or 128: the prefix lengths of this family.
    int bitLength() const { return m_family == 4 ? 32 : 128; }
    /// The 128-bit form (IPv4 as ::ffff:a.b.c.d): bits 0..63 and 64..127.
    quint64 hi() const { return m_hi; }
    quint64 lo() const { return m_lo; }
    /// The 32-bit value of an IPv4 address.
    quint32 v4Value() const { return quint32(m_lo & 0xffffffffU); }
    /// 0.0.0.0 or ::.
    bool isUnspecified() const;

    /// Every bit after the first prefixLength bits (of this family) cleared.
    IpAddress masked(int prefixLength) const;
    /// True when a bit after the first prefixLength bits (of this family) is set.
    bool hasBitsAfter(int prefixLength) const { return masked(prefixLength) != *this; }

    /// net.IP.String(): dotted decimal for IPv4 (mapped ones too), else RFC 5952 text (lower
    /// case, the longest run of two or more zero groups, the first on a tie, written "::").
    QString toString() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;
    friend auto operator<=>(const IpAddress &, const IpAddress &) = default;

private:
    friend class IpNetwork;
    /// Clears every bit after the first `bits` of the 128-bit form.
    static void mask128(quint64 &hi, quint64 &lo, int bits);

    quint8 m_family = 0;
    quint64 m_hi = 0;
    quint64 m_lo = 0;
};

inline size_t qHash(const IpAddress &ip, size_t seed = 0)
{
    return qHashMulti(seed, ip.family(), ip.hi(), ip.lo());
}

} // namespace ps
