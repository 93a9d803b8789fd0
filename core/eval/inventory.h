#pragma once
// Inventory: everything a policy can select or a flow can name, derived from a Workspace
// exactly as Calico derives it (docs/semantics.md: "Selectors", "Addresses, network sets and
// endpoints", "Compiling a policy"):
//
// * workload endpoints from Pods (not hostNetwork ones) and one endpoint per workload template
//   (Deployment, StatefulSet, ...; template labels, no address), with Calico's implicit labels
//   projectcalico.org/{namespace,orchestrator,serviceaccount}, user pcns./pcsa. labels
//   stripped, named container ports, and the profiles kns.<ns>, ksa.<ns>.<sa>;
// * host endpoints (only expectedIPs count as addresses; their spec.profiles);
// * network sets (with projectcalico.org/namespace and parent kns.<ns>) and global network
//   sets, nets normalised;
// * profiles: the workspace's own, kns.* / ksa.* derived from Namespaces and ServiceAccounts
//   (also for namespaces / accounts referenced by pods but absent from the workspace, as in a
//   real cluster), and the built-in projectcalico-default-allow;
// * service members from EndpointSlices, or derived from the Service selector and the pods'
//   named or numeric targetPorts when no slice names the Service.
//
// A plain immutable value built once; lookups are const and thread-safe.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/model/calico.h"
#include "core/model/kind.h"
#include "core/model/workspace.h"
#include "core/net/ipaddress.h"
#include "core/net/ipnetwork.h"

namespace ps {

enum class ObjectKind { Pod, Workload, HostEndpoint, NetworkSet, GlobalNetworkSet };

struct NamedPort {
    QString name;
    int protocol = 6;
    int port = 0;
};

struct InventoryObject {
    ObjectKind kind = ObjectKind::Pod;
    ResourceKind resourceKind = ResourceKind::Pod;
    QString name;
    QString namespace_;
    QString serviceAccount;
    QString node;
    Labels labels; // own labels as Calico sees them (implicit ones added)
    QStringList profiles; // parents, in inheritance order
    Labels effectiveLabels; // own labels, then the profiles' labelsToApply (first hit wins)
    Labels annotations; // pods' and host endpoints' own (Felix reads their QoS settings)
    QList<IpAddress> addresses; // WEP addresses, HEP expectedIPs
    QList<IpNetwork> nets; // network sets
    QList<NamedPort> namedPorts;

    /// A Calico endpoint (policy applies to it): pod, workload template or host endpoint.
    bool isEndpoint() const
    {
        return kind == ObjectKind::Pod || kind == ObjectKind::Workload
            || kind == ObjectKind::HostEndpoint;
    }
    bool isWorkloadEndpoint() const
    {
        return kind == ObjectKind::Pod || kind == ObjectKind::Workload;
    }
    /// How flows and traces name it: "ns/name", "hep:name", "netset:ns/name", "gnetset:name".
    QString ref() const;
};

struct ServicePortKey {
    IpAddress address;
    int protocol = 6;
    int port = 0;
    friend bool operator==(const ServicePortKey &, const ServicePortKey &) = default;
};

inline size_t qHash(const ServicePortKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.address, k.protocol, k.port);
}

struct ServiceMembers {
    QString key; // "namespace/name"
    bool derived = false; // from the selector, no EndpointSlice named the Service
    QSet<IpAddress> addresses; // source matching: any port
    QSet<ServicePortKey> ports; // destination matching: address + protocol + port
};

class Inventory {
public:
    Inventory() = default;
    explicit Inventory(const Workspace &workspace);

    const QList<InventoryObject> &objects() const { return m_objects; }
    const InventoryObject &object(int id) const { return m_objects.at(id); }

    /// Profiles by name; nullptr when unknown.
    const Profile *profile(const QString &name) const;
    const QHash<QString, Profile> &profiles() const { return m_profiles; }
    /// Service members by "namespace/name"; nullptr when the Service is unknown.
    const ServiceMembers *service(const QString &key) const;
    const QHash<QString, ServiceMembers> &services() const { return m_services; }

    /// Objects an address belongs to: endpoints having it (pods first, then host endpoints),
    /// then network sets whose nets contain it (docs/semantics.md: "Addresses, network sets and
    /// endpoints").
    QList<int> objectsAt(const IpAddress &ip) const;
    /// The Calico endpoint that owns the address (a pod first, then a host endpoint), or -1.
    int endpointAt(const IpAddress &ip) const;

    int findPod(const QString &ns, const QString &name) const;
    int findWorkload(const QString &ns, const QString &name) const;
    int findHostEndpoint(const QString &name) const;
    int findByRef(const QString &ref) const { return m_byRef.value(ref, -1); }

private:
    void addObject(InventoryObject object);
    void buildProfiles(const Workspace &workspace);
    void buildServices(const Workspace &workspace);
    Labels effectiveLabelsOf(const InventoryObject &object) const;

    QList<InventoryObject> m_objects;
    QHash<QString, Profile> m_profiles;
    QHash<QString, ServiceMembers> m_services;
    QHash<IpAddress, QList<int>> m_endpointsByIp;
    // network-set nets grouped by family and prefix length: masked address -> set ids
    struct PrefixBucket {
        int family = 4;
        int prefixLength = 0;
        QHash<IpAddress, QList<int>> sets;
    };
    QList<PrefixBucket> m_netBuckets;
    QHash<QString, int> m_byRef;
    QHash<QString, int> m_workloadByRef;
};

/// The name Calico gives a namespace's profile ("kns.<ns>") and a service account's
/// ("ksa.<ns>.<sa>").
QString namespaceProfileName(const QString &ns);
QString serviceAccountProfileName(const QString &ns, const QString &sa);

/// Protocol number for a Kubernetes protocol name ("TCP" when empty).
int kubernetesProtocolNumber(const QString &name);

} // namespace ps
