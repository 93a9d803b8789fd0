#include "core/dataplane/placementforecast.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSet>

#include "core/eval/matrix.h"
#include "core/eval/nodelist.h"
#include "core/eval/policyengine.h"
#include "core/net/ipnetwork.h"

namespace ps {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("PlacementForecast", text);
}

// Free addresses of one family in `ranges`, in order, skipping the network and the first
// address (the node's own on most CNIs), IPv4's broadcast address and every address in use.
class AddressPool {
public:
    AddressPool(const QStringList &ranges, const QSet<IpAddress> &used, int family)
        : m_used(used), m_family(family)
    {
        for (const QString &r : ranges) {
            const auto net = IpNetwork::parseCidr(r.trimmed());
            if (net && net->family() == family
                && net->prefixLength() <= net->networkAddress().bitLength() - 2)
                m_nets.append(net->network());
        }
    }
    bool isEmpty() const { return m_nets.isEmpty(); }
    std::optional<IpAddress> take()
    {
        while (m_net < m_nets.size()) {
            const IpNetwork &net = m_nets[m_net];
            // IPv6 networks are larger than any placement: 2^62 addresses stand for more.
            const int hostBits
                = std::min(net.networkAddress().bitLength() - net.prefixLength(), 62);
            const quint64 size = quint64(1) << hostBits;
            // IPv4 leaves out the broadcast address (the last); IPv6 has none.
            const quint64 end = m_family == 4 ? size - 1 : size;
            while (m_offset < end) {
                const IpAddress &base = net.networkAddress();
                const quint64 offset = m_offset++;
                const IpAddress a = m_family == 4 ? IpAddress::v4(base.v4Value() + quint32(offset))
                                                  : IpAddress::v6(base.hi(), base.lo() + offset);
                if (offset >= 2 && !m_used.contains(a)) {
                    m_used.insert(a);
                    return a;
                }
            }
            ++m_net;
            m_offset = 0;
        }
        return std::nullopt;
    }

private:
    QList<IpNetwork> m_nets;
    QSet<IpAddress> m_used;
    int m_family;
    qsizetype m_net = 0;
    quint64 m_offset = 0;
};

} // namespace

Result<Placement> parsePlacement(const QString &text)
{
    Placement p;
    QString workload = text.trimmed();
    const qsizetype colon = workload.lastIndexOf(u':');
    if (colon >= 0) {
        bool ok = false;
        p.count = workload.mid(colon + 1).toInt(&ok);
        if (!ok || p.count < 1 || p.count > 1000) {
            return Error {trText("the number of pods in '%1' must be 1 to 1000").arg(text)};
        }
        workload.truncate(colon);
    }
    const qsizetype slash = workload.indexOf(u'/');
    if (slash <= 0 || slash == workload.size() - 1 || workload.indexOf(u'/', slash + 1) >= 0)
        return Error {trText("'%1' is not NAMESPACE/WORKLOAD[:COUNT]").arg(text)};
    p.workload = workload;
    return p;
}

Result<PlacementForecast> forecastPlacement(const PolicyEngine &engine, const QString &node,
    const QList<Placement> &placements, const RenderOptions &options)
{
    const NodeList nodes = NodeList::of(engine);
    if (!nodes.nodes.contains(node))
        return Error {trText("there is no node '%1'").arg(node)};
    const Workspace &workspace = engine.workspace();
    const QList<MatrixGroup> groups = matrixGroups(engine, MatrixGrouping::Workload);

    QStringList ranges;
    for (const Node &n : workspace->nodes) {
        if (n.meta.name == node)
            ranges = n.podCIDRs;
    }
    for (const IpPool &pool : workspace->ipPools) {
        if (!pool.disabled)
            ranges.append(pool.cidr);
    }
    QSet<IpAddress> used;
    for (const InventoryObject &o : engine.inventory().objects()) {
        for (const IpAddress &a : o.addresses)
            used.insert(a);
    }
    // A pod gets an address of each family the node's CIDRs or the pools have (IPv4 when
    // neither has any, which then fails as no free address), as Calico IPAM gives dual-stack
    // pods one of each.
    AddressPool v4(ranges, used, 4);
    AddressPool v6(ranges, used, 6);

    QSet<QString> names;
    for (const Pod &p : workspace->pods)
        names.insert(p.meta.namespace_ + u'/' + p.meta.name);
    QList<Pod> added;
    for (const Placement &placement : placements) {
        const auto group = std::find_if(groups.cbegin(), groups.cend(),
            [&](const MatrixGroup &g) { return g.name == placement.workload; });
        const InventoryObject *object = group == groups.cend() || group->object < 0
            ? nullptr
            : &engine.inventory().object(group->object);
        Pod model;
        bool found = false;
        if (object && object->kind == ObjectKind::Workload) {
            for (const WorkloadTemplate &t : workspace->workloads) {
                if (t.meta.namespace_ == object->namespace_ && t.meta.name == object->name) {
                    model.meta.namespace_ = t.meta.namespace_;
                    model.meta.name = t.meta.name;
                    model.meta.labels = t.templateLabels;
                    model.serviceAccountName = t.serviceAccountName;
                    model.hostNetwork = t.hostNetwork;
                    model.ports = t.ports;
                    found = true;
                }
            }
        } else if (object && object->kind == ObjectKind::Pod) {
            for (const Pod &p : workspace->pods) {
                if (p.meta.namespace_ == object->namespace_ && p.meta.name == object->name) {
                    model = p;
                    found = true;
                }
            }
        }
        if (!found) {
            return Error {
                trText("there is no workload or pod '%1' to place").arg(placement.workload)};
        }
        for (int i = 0; i < placement.count; ++i) {
            Pod pod;
            pod.meta.namespace_ = model.meta.namespace_;
            pod.meta.labels = model.meta.labels;
            pod.serviceAccountName = model.serviceAccountName;
            pod.hostNetwork = model.hostNetwork;
            pod.ports = model.ports;
            pod.nodeName = node;
            for (int n = 1;; ++n) {
                pod.meta.name = model.meta.name + QStringLiteral("-placed-") + QString::number(n);
                if (!names.contains(pod.meta.namespace_ + u'/' + pod.meta.name))
                    break;
            }
            names.insert(pod.meta.namespace_ + u'/' + pod.meta.name);
            if (!pod.hostNetwork) {
                if (!v4.isEmpty() || v6.isEmpty()) {
                    const std::optional<IpAddress> address = v4.take();
                    if (!address) {
                        return Error {trText("no free IPv4 address is left in the pod CIDRs of "
                                             "node '%1' or the IP pools")
                                          .arg(node)};
                    }
                    pod.podIPs.append(address->toString());
                }
                if (!v6.isEmpty()) {
                    const std::optional<IpAddress> address = v6.take();
                    if (!address) {
                        return Error {trText("no free IPv6 address is left in the pod CIDRs of "
                                             "node '%1' or the IP pools")
                                          .arg(node)};
                    }
                    pod.podIPs.append(address->toString());
                }
            }
            added.append(pod);
        }
    }

    PlacementForecast forecast;
    forecast.before = rulesetCost(renderNode(engine, node, options));
    const Workspace placed
        = workspace.edited([&](WorkspaceData &data) { data.pods.append(added); });
    const PolicyEngine after(placed);
    forecast.after = rulesetCost(renderNode(after, node, options));
    if (options.ipVersion == 4 && !v6.isEmpty()) {
        RenderOptions ipv6 = options;
        ipv6.ipVersion = 6;
        forecast.ipv6Before = rulesetCost(renderNode(engine, node, ipv6));
        forecast.ipv6After = rulesetCost(renderNode(after, node, ipv6));
    }
    for (const Pod &p : std::as_const(added))
        forecast.addedPods.append(p.meta.namespace_ + u'/' + p.meta.name);
    return forecast;
}

} // namespace ps
