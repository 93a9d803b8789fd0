#pragma once
// The other projectcalico.org/v3 kinds: Tier, Profile, NetworkSet / GlobalNetworkSet,
// HostEndpoint, IPPool, FelixConfiguration.

#include <optional>

#include <QList>
#include <QStringList>

#include "core/model/meta.h"
#include "core/model/port.h"
#include "core/model/protocol.h"
#include "core/model/rule.h"
#include "core/model/source.h"

namespace ps {

struct Tier {
    ObjectMeta meta;
    std::optional<double> order;
    QString defaultAction; // "Deny" when not written
    Source source;
    friend bool operator==(const Tier &, const Tier &) = default;
};

struct Profile {
    ObjectMeta meta;
    QList<Rule> ingress;
    QList<Rule> egress;
    Labels labelsToApply;
    Source source;
    friend bool operator==(const Profile &, const Profile &) = default;
};

struct NetworkSet {
    bool global = false; // GlobalNetworkSet when true
    ObjectMeta meta;
    QStringList nets;
    Source source;
    friend bool operator==(const NetworkSet &, const NetworkSet &) = default;
};

struct EndpointPort {
    QString name;
    Protocol protocol;
    int port = 0;
    friend bool operator==(const EndpointPort &, const EndpointPort &) = default;
};

struct HostEndpoint {
    ObjectMeta meta;
    QString node;
    QString interfaceName;
    QStringList expectedIPs;
    QStringList profiles;
    QList<EndpointPort> ports;
    Source source;
    friend bool operator==(const HostEndpoint &, const HostEndpoint &) = default;
};

/// An IPPool as written: empty strings and 0 are fields left out (Calico's defaults apply:
/// blockSize 26 / 122, ipipMode and vxlanMode Never, nodeSelector all(), allowedUses Workload
/// and Tunnel, assignmentMode Automatic). The CIDR is kept as text; validation and the renderer
/// parse it.
struct IpPool {
    ObjectMeta meta;
    QString cidr;
    QString vxlanMode; // "", Never, Always, CrossSubnet
    QString ipipMode; // "", Never, Always, CrossSubnet
    bool natOutgoing = false;
    bool disabled = false;
    bool disableBGPExport = false;
    int blockSize = 0; // 0: the family's default
    QString nodeSelector;
    QString namespaceSelector;
    QStringList allowedUses; // Workload, Tunnel, LoadBalancer
    QString assignmentMode; // "", Automatic, Manual
    Source source;
    friend bool operator==(const IpPool &, const IpPool &) = default;

    /// Felix routes the pool's traffic through a tunnel of this kind (a mode other than Never).
    bool ipipEnabled() const { return !ipipMode.isEmpty() && ipipMode != u"Never"; }
    bool vxlanEnabled() const { return !vxlanMode.isEmpty() && vxlanMode != u"Never"; }
    /// allowedUses is exactly [LoadBalancer]: the pool holds no workload or tunnel addresses.
    bool loadBalancerOnly() const
    {
        return allowedUses.size() == 1 && allowedUses.front() == u"LoadBalancer";
    }
};

/// One failsafe host port of a FelixConfiguration (Calico's ProtoPort): protocol as written (TCP,
/// UDP or SCTP; Calico's validation requires one of them), port, and an optional CIDR or address
/// the port is open to (inbound: the source; outbound: the destination).
struct FelixProtoPort {
    QString protocol;
    int port = 0;
    QString net;
    friend bool operator==(const FelixProtoPort &, const FelixProtoPort &) = default;
};

/// A FelixConfiguration as written: the fields that change what policy does or how it is
/// rendered. Empty strings and nullopt are fields left out (Felix's defaults apply:
/// core/model/felixsettings.h). `default` applies to every node, `node.<name>` to one node and
/// wins field by field; Felix reads no other name. Every other field is kept in the text only
/// (Source::complete is then false).
struct FelixConfiguration {
    ObjectMeta meta;
    std::optional<QList<FelixProtoPort>> failsafeInboundHostPorts; // [] turns them all off
    std::optional<QList<FelixProtoPort>> failsafeOutboundHostPorts;
    QString defaultEndpointToHostAction; // "", Drop, Accept, Return (any case)
    QString chainInsertMode; // "", Insert, Append (any case)
    QString logPrefix;
    std::optional<qint64> iptablesMarkMask;
    QString iptablesFilterDenyAction; // "", Drop, Reject (any case)
    std::optional<bool> ipv6Support;
    QString nftablesMode; // "", Enabled, Disabled, Auto
    std::optional<bool> bpfEnabled;
    Source source;
    friend bool operator==(const FelixConfiguration &, const FelixConfiguration &) = default;
};

} // namespace ps
