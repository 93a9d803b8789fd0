#pragma once
// Private to core/dataplane. IpSetRegistry: the one owner of the IP sets a render needs. Rules
// ask it for the set of a selector, of a named port or of a service and get the set's name;
// the registry names the set as Felix does (from the selector's unique id), gathers and orders
// its members for the render's address family, drops duplicate members, and registers each set
// once however many rules use it. take() hands the sets over sorted by name.

#include <map>
#include <optional>
#include <vector>

#include <QHash>
#include <QList>
#include <QString>

#include "core/dataplane/felixruleset.h"
#include "core/net/ipaddress.h"
#include "core/net/ipnetwork.h"

namespace ps {

class PolicyEngine;

class IpSetRegistry {
public:
    IpSetRegistry(const PolicyEngine &engine, int ipVersion, bool localizedPurposes);

    /// The hash:net set of the addresses and nets of what the selector selects (its engine id;
    /// `fallbackText` names the set when the id is unknown).
    QString selectorSet(int selectorId, const QString &fallbackText);
    /// The hash:ip,port set of the endpoints the selector selects (every object for -1) that
    /// have a named port `portName` with `protocol` (6, 17 or 132), as rule_scanner.go makes
    /// for a rule's named ports.
    QString namedPortSet(int selectorId, const QString &portName, int protocol);
    /// The set of a service's endpoints: "address,proto:port" members (withPorts, a rule's
    /// destination service) or its addresses (a source service).
    QString serviceSet(const QString &key, bool withPorts);
    /// The set of all hosts' VXLAN tunnel networks the VXLAN rules of the fixed chains use;
    /// not modelled, so empty.
    QString allVxlanHostsSet();

    enum class IpamPoolSet { Masquerade, All };
    /// Felix's IPAM pool sets (masq_mgr.go) for the render's family: the networks of the IP
    /// pools with natOutgoing (masq-ipam-pools), or of every pool but the LoadBalancer-only
    /// ones (all-ipam-pools). Disabled pools count, as they do for Felix; a pool whose CIDR does
    /// not parse is left out.
    QString ipamPoolSet(IpamPoolSet which);
    /// Felix's DSCP endpoint set (dscp-src-net, hash:net, dscp_mgr.go): the addresses of the
    /// local endpoints whose traffic leaving the cluster gets a DSCP value. Registered empty on
    /// first use; addDscpEndpoint() fills it.
    QString dscpEndpointsSet();
    void addDscpEndpoint(const QList<IpAddress> &addresses);
    /// Felix's this-host set (hash:ip, hostip_mgr.go) for the render's family: the node's own
    /// addresses. Felix reads them from the host's interfaces; we take the IP addresses of the
    /// Node resource named `node`.
    QString thisHostSet(const QString &node);

    /// The sets registered so far, sorted by name; the registry is empty afterwards.
    QList<IpSetDefinition> take();

private:
    /// One address or net of an object as a set member.
    struct Member {
        IpAddress address;
        int prefix = 0;
        QString text; // "10.0.0.1/32"
        friend bool operator<(const Member &a, const Member &b)
        {
            return a.address != b.address ? a.address < b.address : a.prefix < b.prefix;
        }
    };
    /// A named port of an object.
    struct PortHit {
        int object = -1;
        int protocol = 6;
        int port = 0;
        friend bool operator<(const PortHit &a, int object) { return a.object < object; }
    };

    QString words(const char *source) const;
    /// The members of an object for the render's family, built once per object and only for
    /// objects some set holds: sets of thousands of endpoints share them.
    const std::vector<Member> &membersOf(int object);
    /// The named ports of that name, any protocol, by object id (ascending).
    const std::vector<PortHit> &objectsWithPort(const QString &portName);

    const PolicyEngine &m_engine;
    int m_ipVersion = 4;
    bool m_localizedPurposes = false;
    std::map<QString, IpSetDefinition> m_sets; // by name
    std::vector<std::optional<std::vector<Member>>> m_memberCache;
    QHash<QString, std::vector<PortHit>> m_objectsWithPort;
};

} // namespace ps
