#include "core/flows/flowendresolver.h"

#include <algorithm>

#include <QCoreApplication>

namespace ps {

namespace {

struct ResolveWords {
    Q_DECLARE_TR_FUNCTIONS(FlowLog)
};

ResolvedEnd found(const QString &ref, const QString &note = {})
{
    return {true, ref, {}, note};
}

ResolvedEnd notFound(const QString &reason)
{
    return {false, {}, reason, {}};
}

bool isHashLike(QStringView s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isLower() || c.isDigit(); });
}

} // namespace

FlowEndResolver::FlowEndResolver(const PolicyEngine &engine) : m_engine(&engine)
{
    const Inventory &inv = engine.inventory();
    for (const Namespace &ns : engine.workspace()->namespaces)
        m_namespaces.insert(ns.meta.name, true);
    for (const InventoryObject &o : inv.objects()) {
        if (!o.namespace_.isEmpty())
            m_namespaces.insert(o.namespace_, true);
        if (o.kind == ObjectKind::Pod)
            m_podsByNamespace[o.namespace_].append(o.name);
        if (o.kind == ObjectKind::HostEndpoint && !o.node.isEmpty())
            m_hostEndpointsByNode[o.node].append(o.name);
    }
    for (QStringList &names : m_podsByNamespace)
        names.sort();
    for (QStringList &names : m_hostEndpointsByNode)
        names.sort();
    for (const Pod &pod : engine.workspace()->pods) {
        if (!pod.meta.generateName.isEmpty()
            && inv.findPod(pod.meta.namespace_, pod.meta.name) >= 0)
            m_podsByGenerateName[pod.meta.namespace_ + u'/' + pod.meta.generateName].append(
                pod.meta.name);
    }
    for (QStringList &names : m_podsByGenerateName)
        names.sort();
    // Addresses for "pub" and "pvt" when the log has none: outside every network set and
    // endpoint, as Felix classifies only such addresses as pub/pvt.
    const auto pick = [&inv](std::initializer_list<const char *> candidates) {
        for (const char *c : candidates) {
            const auto ip = IpAddress::parse(QString::fromLatin1(c));
            if (ip && inv.objectsAt(*ip).isEmpty())
                return ip->toString();
        }
        return QString();
    };
    m_publicAddress = pick({"203.0.113.1", "198.51.100.1", "192.0.2.1", "8.8.8.8", "1.1.1.1",
        "100.64.0.1", "44.0.0.1"});
    m_privateAddress = pick({"10.255.255.254", "172.31.255.254", "192.168.255.254", "10.0.0.1",
        "172.16.0.1", "192.168.0.1"});
}

bool FlowEndResolver::knownNamespace(const QString &ns) const
{
    return m_namespaces.contains(ns);
}

ResolvedEnd FlowEndResolver::resolve(const FlowEnd &end) const
{
    switch (end.kind) {
    case FlowEndKind::Workload:
        return workload(end);
    case FlowEndKind::HostEndpoint:
        return hostEndpoint(end);
    case FlowEndKind::NetworkSet:
        return networkSet(end, false);
    case FlowEndKind::Network:
        return network(end);
    case FlowEndKind::Unknown:
        break;
    }
    // Whisker JSON has no type: infer it from the name as its backend writes them.
    if (end.aggregated == u"pub" || end.aggregated == u"pvt")
        return network(end);
    if (!end.namespace_.isEmpty()) {
        if (end.aggregated.endsWith(u'*'))
            return workload(end);
        const Inventory &inv = m_engine->inventory();
        if (inv.findPod(end.namespace_, end.aggregated) >= 0)
            return workload(end);
        if (const ResolvedEnd set = networkSet(end, true); set.resolved)
            return set;
        return workload(end);
    }
    if (m_hostEndpointsByNode.contains(end.aggregated))
        return hostEndpoint(end);
    if (const ResolvedEnd set = networkSet(end, true); set.resolved)
        return set;
    return notFound(ResolveWords::tr("%1 is neither a node with a host endpoint nor a global "
                                     "network set of the workspace")
                        .arg(end.aggregated));
}

ResolvedEnd FlowEndResolver::workload(const FlowEnd &end) const
{
    const Inventory &inv = m_engine->inventory();
    const QString &ns = end.namespace_;
    if (ns.isEmpty())
        return notFound(ResolveWords::tr("workload %1 has no namespace").arg(end.aggregated));
    if (!knownNamespace(ns)) {
        return notFound(ResolveWords::tr("namespace %1 is not in the workspace (a log of a "
                                         "different cluster?)")
                            .arg(ns));
    }
    if (!end.name.isEmpty()) {
        if (inv.findPod(ns, end.name) >= 0)
            return found(ns + u'/' + end.name);
        // The pod may be gone; its siblings of the same generateName still say what applied.
        if (!end.aggregated.endsWith(u'*'))
            return notFound(ResolveWords::tr("no pod %1/%2 in the workspace").arg(ns, end.name));
        ResolvedEnd r = aggregatedWorkload(ns, end.aggregated);
        if (r.resolved) {
            r.note = ResolveWords::tr("pod %1/%2 is not in the workspace: traced as %3 of the "
                                      "same workload")
                         .arg(ns, end.name, r.ref);
        }
        return r;
    }
    if (end.aggregated.endsWith(u'*'))
        return aggregatedWorkload(ns, end.aggregated);
    if (inv.findPod(ns, end.aggregated) >= 0)
        return found(ns + u'/' + end.aggregated);
    if (inv.findWorkload(ns, end.aggregated) >= 0)
        return found(ns + u'/' + end.aggregated);
    return notFound(
        ResolveWords::tr("no pod or workload %1/%2 in the workspace").arg(ns, end.aggregated));
}

ResolvedEnd FlowEndResolver::aggregatedWorkload(const QString &ns, const QString &aggregated) const
{
    const QString prefix = aggregated.chopped(1); // "frontend-7c9d8f6b5-"
    const auto several = [&](const QStringList &pods) {
        const QString ref = ns + u'/' + pods.constFirst();
        return pods.size() == 1 ? found(ref)
                                : found(ref,
                                    ResolveWords::tr("%1 stands for %2 pods: traced as %3")
                                        .arg(aggregated)
                                        .arg(pods.size())
                                        .arg(ref));
    };
    if (const auto it = m_podsByGenerateName.constFind(ns + u'/' + prefix);
        it != m_podsByGenerateName.constEnd())
        return several(*it);
    // Pods written without generateName: names made from the prefix and one more part.
    QStringList named;
    for (const QString &pod : m_podsByNamespace.value(ns)) {
        if (pod.startsWith(prefix) && !QStringView(pod).mid(prefix.size()).contains(u'-')
            && pod.size() > prefix.size())
            named.append(pod);
    }
    if (!named.isEmpty())
        return several(named);
    // A workload template: "<name>-" (StatefulSet, DaemonSet, Job) or "<name>-<hash>-"
    // (a Deployment's ReplicaSet).
    const Inventory &inv = m_engine->inventory();
    if (prefix.endsWith(u'-')) {
        const QString base = prefix.chopped(1);
        if (inv.findWorkload(ns, base) >= 0)
            return found(ns + u'/' + base,
                ResolveWords::tr("no pod of %1 in the workspace: traced as its workload %2/%3")
                    .arg(aggregated, ns, base));
        const qsizetype dash = base.lastIndexOf(u'-');
        if (dash > 0 && isHashLike(QStringView(base).mid(dash + 1))
            && inv.findWorkload(ns, base.left(dash)) >= 0)
            return found(ns + u'/' + base.left(dash),
                ResolveWords::tr("no pod of %1 in the workspace: traced as its workload %2/%3")
                    .arg(aggregated, ns, base.left(dash)));
    }
    return notFound(ResolveWords::tr("no pod or workload in namespace %1 matches %2 (the log "
                                     "names pods only by their generateName at this "
                                     "aggregation level)")
                        .arg(ns, aggregated));
}

ResolvedEnd FlowEndResolver::hostEndpoint(const FlowEnd &end) const
{
    const Inventory &inv = m_engine->inventory();
    if (!end.name.isEmpty() && inv.findHostEndpoint(end.name) >= 0)
        return found(QStringLiteral("hep:") + end.name);
    const QStringList heps = m_hostEndpointsByNode.value(end.aggregated);
    if (heps.isEmpty()) {
        return notFound(!end.name.isEmpty()
                ? ResolveWords::tr("no host endpoint %1 in the workspace").arg(end.name)
                : ResolveWords::tr("node %1 has no host endpoint in the workspace")
                      .arg(end.aggregated));
    }
    const QString ref = QStringLiteral("hep:") + heps.constFirst();
    return heps.size() == 1 ? found(ref)
                            : found(ref,
                                ResolveWords::tr("node %1 has %2 host endpoints: traced as %3")
                                    .arg(end.aggregated)
                                    .arg(heps.size())
                                    .arg(ref));
}

ResolvedEnd FlowEndResolver::networkSet(const FlowEnd &end, bool quiet) const
{
    const Inventory &inv = m_engine->inventory();
    const QString name = !end.name.isEmpty() ? end.name : end.aggregated;
    const QString ref = end.namespace_.isEmpty()
        ? QStringLiteral("gnetset:") + name
        : QStringLiteral("netset:") + end.namespace_ + u'/' + name;
    const int id = inv.findByRef(ref);
    if (id < 0) {
        if (quiet)
            return notFound({});
        return notFound(end.namespace_.isEmpty()
                ? ResolveWords::tr("no global network set %1 in the workspace").arg(name)
                : ResolveWords::tr("no network set %1/%2 in the workspace")
                      .arg(end.namespace_, name));
    }
    if (!end.ip.isEmpty()) {
        if (const auto ip = IpAddress::parse(end.ip))
            return found(ip->toString());
    }
    const InventoryObject &set = inv.object(id);
    if (set.nets.isEmpty())
        return notFound(ResolveWords::tr("network set %1 has no nets to trace an address of")
                            .arg(ref.section(u':', 1)));
    const QString address = set.nets.constFirst().networkAddress().toString();
    return found(address,
        set.nets.size() == 1
                && set.nets.constFirst().prefixLength()
                    == (set.nets.constFirst().family() == 4 ? 32 : 128)
            ? QString()
            : ResolveWords::tr("no address logged: traced as %1 of network set %2")
                  .arg(address, ref.section(u':', 1)));
}

ResolvedEnd FlowEndResolver::network(const FlowEnd &end) const
{
    if (!end.ip.isEmpty()) {
        if (const auto ip = IpAddress::parse(end.ip))
            return found(ip->toString());
        return notFound(ResolveWords::tr("the logged address %1 is not an IP address").arg(end.ip));
    }
    const bool isPublic = end.aggregated == u"pub";
    const QString &address = isPublic ? m_publicAddress : m_privateAddress;
    if (address.isEmpty())
        return notFound(ResolveWords::tr("no %1 address outside every network set to trace")
                            .arg(end.aggregated));
    return found(address,
        isPublic ? ResolveWords::tr("no address logged (pub): traced as %1, a public address in "
                                    "no network set")
                       .arg(address)
                 : ResolveWords::tr("no address logged (pvt): traced as %1, a private address in "
                                    "no network set")
                       .arg(address));
}

} // namespace ps
