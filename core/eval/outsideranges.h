#pragma once
// The outside world as the policies cut it. Addresses outside every endpoint differ only where a
// rule's nets or notNets, a network set's nets or a `services:` peer's endpoint addresses tell them
// apart, so the outside world is a finite list of ranges: each network set, each such CIDR (minus
// the CIDRs nested in it), and "any other address" of each family. One free address (no endpoint
// at it, none nested inside) stands for each range. The flow graph draws the ranges as nodes; the
// lint and the semantic diff probe the addresses, so an analysis covers the outside world too.

#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/policyengine.h"
#include "core/net/ipaddress.h"
#include "core/net/ipnetwork.h"

namespace ps {

struct OutsideRange {
    bool isNetworkSet = false;
    QString id; // a network set's reference ("gnetset:partners", "netset:ns/name"), else the CIDR
    QString name; // the network set's name, the CIDR, or "any other IPv4 address"
    QString namespace_; // a namespaced network set's namespace
    QStringList cidrs; // a network set's nets, else the range's CIDR
    /// One address standing for each range held (a network set: one per net that has a free
    /// address; a range: exactly one).
    QList<IpAddress> addresses;
};

/// Network sets (by id), then the ranges (the "any other address" catch-alls last), each family
/// only where some endpoint has an address of it. Also cut at `extraCuts` (another workspace's
/// outsideCuts(), so that two workspaces are compared over the same ranges); the addresses
/// chosen avoid `alsoTaken` as well as the endpoints (another workspace's endpoints).
QList<OutsideRange> outsideRanges(const PolicyEngine &engine,
    const QList<IpNetwork> &extraCuts = {}, const QList<IpAddress> &alsoTaken = {});

/// The CIDRs at which the engine cuts the outside world into ranges (its ranges and its network
/// sets' nets, the catch-alls aside).
QList<IpNetwork> outsideCuts(const PolicyEngine &engine);

} // namespace ps
