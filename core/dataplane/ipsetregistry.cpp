#include "core/dataplane/ipsetregistry_p.h"

#include <algorithm>

#include "core/eval/policyengine.h"
#include "core/model/workspace.h"
#include "core/selector/ipsetname.h"
#include "core/selector/selector.h"
#include "core/selector/uniqueid.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

/// An address as ipset and iptables write it; IPv4 without QString::arg (sets hold hundreds of
/// thousands of members).
void appendAddress(QString &out, const IpAddress &a)
{
    if (a.family() != 4) {
        out += a.toString();
        return;
    }
    const quint32 v = a.v4Value();
    for (int shift = 24; shift >= 0; shift -= 8) {
        const uint octet = (v >> shift) & 0xffu;
        if (octet >= 100)
            out += QChar(u'0' + octet / 100);
        if (octet >= 10)
            out += QChar(u'0' + (octet / 10) % 10);
        out += QChar(u'0' + octet % 10);
        if (shift > 0)
            out += u'.';
    }
}

QString protocolSetName(int protocol)
{
    switch (protocol) {
    case 17:
        return u"udp"_s;
    case 132:
        return u"sctp"_s;
    default:
        return u"tcp"_s;
    }
}

} // namespace

IpSetRegistry::IpSetRegistry(const PolicyEngine &engine, int ipVersion, bool localizedPurposes)
    : m_engine(engine), m_ipVersion(ipVersion), m_localizedPurposes(localizedPurposes)
{
}

QString IpSetRegistry::words(const char *source) const
{
    return felixPurposeText(source, m_localizedPurposes);
}

const std::vector<IpSetRegistry::Member> &IpSetRegistry::membersOf(int object)
{
    if (m_memberCache.empty())
        m_memberCache.resize(size_t(m_engine.inventory().objects().size()));
    std::optional<std::vector<Member>> &slot = m_memberCache[size_t(object)];
    if (slot)
        return *slot;
    std::vector<Member> out;
    const InventoryObject &obj = m_engine.inventory().object(object);
    const int bits = m_ipVersion == 6 ? 128 : 32;
    for (const IpAddress &a : obj.addresses) {
        if (a.family() != m_ipVersion)
            continue;
        QString text;
        text.reserve(20);
        appendAddress(text, a);
        text += u'/';
        text += QString::number(bits);
        out.push_back({a, bits, std::move(text)});
    }
    for (const IpNetwork &n : obj.nets) {
        if (n.family() != m_ipVersion)
            continue;
        if (n.prefixLength() == 0) {
            // ipset cannot hold a /0: Felix splits it into two /1s.
            const auto low = IpNetwork::parseCidr(m_ipVersion == 4 ? u"0.0.0.0/1"_s : u"::/1"_s);
            const auto high
                = IpNetwork::parseCidr(m_ipVersion == 4 ? u"128.0.0.0/1"_s : u"8000::/1"_s);
            out.push_back({low->networkAddress(), 1, low->toString()});
            out.push_back({high->networkAddress(), 1, high->toString()});
        } else {
            out.push_back({n.networkAddress(), n.prefixLength(), n.toString()});
        }
    }
    slot = std::move(out);
    return *slot;
}

const std::vector<IpSetRegistry::PortHit> &IpSetRegistry::objectsWithPort(const QString &portName)
{
    auto it = m_objectsWithPort.find(portName);
    if (it != m_objectsWithPort.end())
        return *it;
    std::vector<PortHit> hits;
    const QList<InventoryObject> &objects = m_engine.inventory().objects();
    for (qsizetype o = 0; o < objects.size(); ++o) {
        for (const NamedPort &np : objects[o].namedPorts) {
            if (np.name == portName)
                hits.push_back({int(o), np.protocol, np.port});
        }
    }
    return *m_objectsWithPort.emplace(portName, std::move(hits));
}

QString IpSetRegistry::selectorSet(int selectorId, const QString &fallbackText)
{
    const Selector *sel = selectorId >= 0 ? m_engine.selectors().selector(selectorId) : nullptr;
    const QString id = sel ? sel->uniqueId() : makeUniqueId(u"s", fallbackText);
    const QString name = mainIpSetName(id, m_ipVersion);
    if (m_sets.count(name))
        return name;
    IpSetDefinition def;
    def.id = id;
    def.name = name;
    def.type = u"hash:net"_s;
    def.family = m_ipVersion;
    def.purpose = sel ? sel->canonical() : fallbackText;
    if (m_ipVersion == 4) {
        // (address, prefix) packed into one integer: the same order as Member's, sorted
        // without chasing pointers (sets of tens of thousands of members).
        std::vector<std::pair<quint64, const Member *>> members;
        for (int obj : m_engine.setMembers(selectorId)) {
            for (const Member &m : membersOf(obj))
                members.emplace_back((quint64(m.address.v4Value()) << 8) | quint64(m.prefix), &m);
        }
        std::sort(members.begin(), members.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
        def.members.reserve(qsizetype(members.size()));
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0 && members[i].first == members[i - 1].first)
                continue; // duplicate
            def.members.append(members[i].second->text);
        }
    } else {
        std::vector<const Member *> members;
        for (int obj : m_engine.setMembers(selectorId)) {
            for (const Member &m : membersOf(obj))
                members.push_back(&m);
        }
        std::sort(members.begin(), members.end(),
            [](const Member *a, const Member *b) { return *a < *b; });
        def.members.reserve(qsizetype(members.size()));
        const Member *prev = nullptr;
        for (const Member *m : members) {
            if (prev && !(*prev < *m))
                continue; // duplicate
            def.members.append(m->text);
            prev = m;
        }
    }
    m_sets[name] = std::move(def);
    return name;
}

QString IpSetRegistry::namedPortSet(int selectorId, const QString &portName, int protocol)
{
    const Selector *sel = selectorId >= 0 ? m_engine.selectors().selector(selectorId) : nullptr;
    const QString selId = sel ? sel->uniqueId() : Selector().uniqueId(); // all() when none
    const QString proto = protocolSetName(protocol);
    const QString id = makeUniqueId(u"n", selId + u',' + proto + u',' + portName);
    const QString name = mainIpSetName(id, m_ipVersion);
    if (m_sets.count(name))
        return name;
    IpSetDefinition def;
    def.id = id;
    def.name = name;
    def.type = u"hash:ip,port"_s;
    def.family = m_ipVersion;
    def.purpose = words(QT_TRANSLATE_NOOP("FelixPurpose", "named port %1 (%2) of %3"))
                      .arg(portName, proto, sel ? sel->canonical() : u"all()"_s);
    // Only endpoint addresses (not a network set's nets) with the port, of the objects the
    // selector holds (every object for none).
    const QString suffix0 = u',' + proto + u':';
    QStringList members;
    const auto add = [&](const PortHit &hit) {
        if (hit.protocol != protocol)
            return;
        const QString suffix = suffix0 + QString::number(hit.port);
        for (const Member &m : membersOf(hit.object)) {
            if (m.prefix != m.address.bitLength())
                continue;
            QString text;
            text.reserve(m.text.size() + suffix.size());
            text += QStringView(m.text).left(m.text.lastIndexOf(u'/'));
            text += suffix;
            members.append(std::move(text));
        }
    };
    // Walk the smaller of the selector's members and the objects with the port.
    const std::vector<PortHit> &hits = objectsWithPort(portName);
    if (selectorId < 0) {
        for (const PortHit &hit : hits)
            add(hit);
    } else {
        const std::vector<int> &selected = m_engine.setMembers(selectorId);
        if (selected.size() < hits.size()) {
            for (int o : selected) {
                for (auto h = std::lower_bound(hits.begin(), hits.end(), o);
                     h != hits.end() && h->object == o; ++h)
                    add(*h);
            }
        } else {
            for (const PortHit &hit : hits) {
                if (std::binary_search(selected.begin(), selected.end(), hit.object))
                    add(hit);
            }
        }
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    def.members = std::move(members);
    m_sets[name] = std::move(def);
    return name;
}

QString IpSetRegistry::serviceSet(const QString &key, bool withPorts)
{
    const QString id = makeUniqueId(withPorts ? u"svc" : u"svcnoport", key);
    const QString name = mainIpSetName(id, m_ipVersion);
    if (m_sets.count(name))
        return name;
    IpSetDefinition def;
    def.id = id;
    def.name = name;
    def.type = withPorts ? u"hash:ip,port"_s : u"hash:net"_s;
    def.family = m_ipVersion;
    def.purpose = words(QT_TRANSLATE_NOOP("FelixPurpose", "service %1")).arg(key);
    QStringList members;
    if (const ServiceMembers *svc = m_engine.inventory().service(key)) {
        if (withPorts) {
            for (const ServicePortKey &k : svc->ports) {
                if (k.address.family() == m_ipVersion)
                    members.append(k.address.toString() + u',' + protocolSetName(k.protocol) + u':'
                        + QString::number(k.port));
            }
        } else {
            for (const IpAddress &a : svc->addresses) {
                if (a.family() == m_ipVersion)
                    members.append(a.toString() + (m_ipVersion == 4 ? u"/32"_s : u"/128"_s));
            }
        }
    }
    members.sort();
    members.removeDuplicates();
    def.members = members;
    m_sets[name] = std::move(def);
    return name;
}

QString IpSetRegistry::allVxlanHostsSet()
{
    const QString name = mainIpSetName(u"all-vxlan-net", m_ipVersion);
    if (!m_sets.count(name)) {
        IpSetDefinition def;
        def.id = u"all-vxlan-net"_s;
        def.name = name;
        def.type = u"hash:net"_s;
        def.family = m_ipVersion;
        def.purpose = words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "all hosts' VXLAN tunnel networks (not modelled: empty)"));
        m_sets[name] = def;
    }
    return name;
}

QString IpSetRegistry::ipamPoolSet(IpamPoolSet which)
{
    const bool masquerade = which == IpamPoolSet::Masquerade;
    const QString id = masquerade ? u"masq-ipam-pools"_s : u"all-ipam-pools"_s;
    const QString name = mainIpSetName(id, m_ipVersion);
    if (m_sets.count(name))
        return name;
    std::vector<IpNetwork> nets;
    for (const IpPool &pool : m_engine.workspace()->ipPools) {
        if (masquerade ? !pool.natOutgoing : pool.loadBalancerOnly())
            continue;
        const std::optional<IpNetwork> net = IpNetwork::parseCidr(pool.cidr);
        if (net && net->family() == m_ipVersion)
            nets.push_back(net->network());
    }
    std::sort(nets.begin(), nets.end(), [](const IpNetwork &a, const IpNetwork &b) {
        return a.networkAddress() != b.networkAddress() ? a.networkAddress() < b.networkAddress()
                                                        : a.prefixLength() < b.prefixLength();
    });
    nets.erase(std::unique(nets.begin(), nets.end()), nets.end());
    IpSetDefinition def;
    def.id = id;
    def.name = name;
    def.type = u"hash:net"_s;
    def.family = m_ipVersion;
    def.purpose = masquerade
        ? words(QT_TRANSLATE_NOOP("FelixPurpose", "IP pools with natOutgoing"))
        : words(QT_TRANSLATE_NOOP("FelixPurpose", "IP pools of workload and tunnel addresses"));
    for (const IpNetwork &net : nets)
        def.members.append(net.toString());
    m_sets[name] = std::move(def);
    return name;
}

QString IpSetRegistry::dscpEndpointsSet()
{
    const QString name = mainIpSetName(u"dscp-src-net", m_ipVersion);
    if (!m_sets.count(name)) {
        IpSetDefinition def;
        def.id = u"dscp-src-net"_s;
        def.name = name;
        def.type = u"hash:net"_s;
        def.family = m_ipVersion;
        def.purpose = words(QT_TRANSLATE_NOOP(
            "FelixPurpose", "local endpoints with a DSCP value (qos.projectcalico.org/dscp)"));
        m_sets[name] = def;
    }
    return name;
}

void IpSetRegistry::addDscpEndpoint(const QList<IpAddress> &addresses)
{
    IpSetDefinition &def = m_sets[dscpEndpointsSet()];
    std::vector<IpAddress> sorted;
    for (const QString &member : std::as_const(def.members)) {
        if (const std::optional<IpNetwork> net = IpNetwork::parseCidr(member))
            sorted.push_back(net->networkAddress());
    }
    for (const IpAddress &a : addresses) {
        if (a.family() == m_ipVersion)
            sorted.push_back(a);
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    def.members.clear();
    for (const IpAddress &a : sorted) {
        QString text;
        appendAddress(text, a);
        def.members.append(text + (m_ipVersion == 4 ? u"/32"_s : u"/128"_s));
    }
}

QString IpSetRegistry::thisHostSet(const QString &node)
{
    const QString name = mainIpSetName(u"this-host", m_ipVersion);
    if (m_sets.count(name))
        return name;
    std::vector<IpAddress> addresses;
    for (const Node &n : m_engine.workspace()->nodes) {
        if (n.meta.name != node)
            continue;
        for (const NodeAddress &a : n.addresses) {
            const auto ip = IpAddress::parse(a.address.trimmed());
            if (ip && ip->family() == m_ipVersion)
                addresses.push_back(*ip);
        }
    }
    std::sort(addresses.begin(), addresses.end());
    addresses.erase(std::unique(addresses.begin(), addresses.end()), addresses.end());
    IpSetDefinition def;
    def.id = u"this-host"_s;
    def.name = name;
    def.type = u"hash:ip"_s;
    def.family = m_ipVersion;
    def.purpose = words(QT_TRANSLATE_NOOP("FelixPurpose",
        "this host's addresses (of its Node resource; Felix reads the interfaces)"));
    for (const IpAddress &a : addresses) {
        QString text;
        appendAddress(text, a);
        def.members.append(text);
    }
    m_sets[name] = std::move(def);
    return name;
}

QList<IpSetDefinition> IpSetRegistry::take()
{
    QList<IpSetDefinition> out;
    out.reserve(qsizetype(m_sets.size()));
    for (auto &[name, set] : m_sets)
        out.append(std::move(set));
    m_sets.clear();
    return out;
}

} // namespace ps
