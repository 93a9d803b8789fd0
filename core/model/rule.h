#pragma once
// Rule and EntityRule: one ingress/egress rule of a Calico policy or profile, as written.
// Enum-like fields keep the text the user wrote; core/validate says whether it is valid.

#include <optional>

#include <QList>
#include <QStringList>

#include "core/model/meta.h"
#include "core/model/port.h"
#include "core/model/protocol.h"

namespace ps {

struct ServiceAccountMatch {
    QStringList names;
    QString selector;
    friend bool operator==(const ServiceAccountMatch &, const ServiceAccountMatch &) = default;
};

struct ServiceMatch {
    QString name;
    QString namespace_;
    friend bool operator==(const ServiceMatch &, const ServiceMatch &) = default;
};

struct EntityRule {
    QStringList nets;
    QStringList notNets;
    QString selector;
    QString notSelector;
    QString namespaceSelector;
    QList<Port> ports;
    QList<Port> notPorts;
    std::optional<ServiceAccountMatch> serviceAccounts;
    std::optional<ServiceMatch> services;

    bool isEmpty() const { return *this == EntityRule {}; }
    friend bool operator==(const EntityRule &, const EntityRule &) = default;
};

struct IcmpFields {
    std::optional<int> type;
    std::optional<int> code;
    friend bool operator==(const IcmpFields &, const IcmpFields &) = default;
};

struct HttpPath {
    QString exact;
    QString prefix;
    friend bool operator==(const HttpPath &, const HttpPath &) = default;
};

struct HttpMatch {
    QStringList methods;
    QList<HttpPath> paths;
    friend bool operator==(const HttpMatch &, const HttpMatch &) = default;
};

struct Rule {
    QString action; // Allow, Deny, Log, Pass
    std::optional<int> ipVersion;
    std::optional<Protocol> protocol;
    std::optional<Protocol> notProtocol;
    std::optional<IcmpFields> icmp;
    std::optional<IcmpFields> notICMP;
    EntityRule source;
    EntityRule destination;
    std::optional<HttpMatch> http;
    Labels annotations; // metadata.annotations

    /// No criterion at all (ipVersion aside): the rule matches every packet of its direction —
    /// every peer, protocol and port. The editor flags it; an Allow like this is rarely meant.
    bool matchesAllTraffic() const
    {
        return !protocol && !notProtocol && !icmp && !notICMP && source.isEmpty()
            && destination.isEmpty() && !http;
    }

    friend bool operator==(const Rule &, const Rule &) = default;
};

} // namespace ps
