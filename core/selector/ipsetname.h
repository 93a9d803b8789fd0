#pragma once
// Felix IP set names (docs/rendering.md: "Names and hashes"). NameForMainIPSet(id) = ("cali" +
// "4"|"6" + "0" + id) truncated to 31 characters (MaxIPSetNameLength). nftables uses the same name
// with ':' replaced by '-'.

#include <QString>
#include <QStringView>

namespace ps {

class Selector;

inline constexpr qsizetype MaxIpSetNameLength = 31;

/// ipVersion is 4 or 6; setId is a full ID such as "s:RDrt…" or "all-hosts-net".
QString mainIpSetName(QStringView setId, int ipVersion);
/// The main IP set name of the selector's set (its UniqueID).
QString selectorIpSetName(const Selector &selector, int ipVersion);
/// The nftables set name: mainIpSetName with ':' replaced by '-'.
QString nftablesSetName(QStringView setId, int ipVersion);

} // namespace ps
