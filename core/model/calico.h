#pragma once
// The other projectcalico.org/v3 kinds: Tier, Profile, NetworkSet / GlobalNetworkSet,
// HostEndpoint.

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

} // namespace ps
