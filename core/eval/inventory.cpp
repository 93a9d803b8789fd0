#include "core/eval/inventory.h"

#include <algorithm>

#include "core/model/apiserverdefaults.h"
#include "core/model/protocol.h"

namespace ps {

namespace {

const QString kNamespaceLabel = QStringLiteral("projectcalico.org/namespace");
const QString kOrchestratorLabel = QStringLiteral("projectcalico.org/orchestrator");
const QString kServiceAccountLabel = QStringLiteral("projectcalico.org/serviceaccount");
const QString kNameLabel = QStringLiteral("projectcalico.org/name");
const QString kDefaultAllowProfile = QStringLiteral("projectcalico-default-allow");

Rule allowAll()
{
    Rule r;
    r.action = QStringLiteral("Allow");
    return r;
}

// Calico's workload-endpoint processor: user labels with the pcns./pcsa. prefixes are
// dropped (they would spoof namespace / service-account labels), then the implicit labels
// are set, overwriting any user label of the same key.
Labels workloadLabels(const Labels &user, const QString &ns, const QString &sa)
{
    Labels labels;
    for (auto it = user.cbegin(); it != user.cend(); ++it) {
        if (it.key().startsWith(u"pcns.") || it.key().startsWith(u"pcsa."))
            continue;
        labels.insert(it.key(), it.value());
    }
    labels.insert(kNamespaceLabel, ns);
    labels.insert(kOrchestratorLabel, QStringLiteral("k8s"));
    if (!sa.isEmpty())
        labels.insert(kServiceAccountLabel, sa);
    return labels;
}

QList<NamedPort> namedPortsOf(const QList<ContainerPort> &ports)
{
    QList<NamedPort> out;
    for (const ContainerPort &p : ports) {
        if (p.name.isEmpty() || p.containerPort <= 0)
            continue; // unnamed ports play no part in policy
        out.append({p.name, kubernetesProtocolNumber(p.protocol), p.containerPort});
    }
    return out;
}

} // namespace

QString namespaceProfileName(const QString &ns)
{
    return QStringLiteral("kns.") + ns;
}

QString serviceAccountProfileName(const QString &ns, const QString &sa)
{
    return QStringLiteral("ksa.") + (ns.isEmpty() ? QStringLiteral("default") : ns) + u'.' + sa;
}

int kubernetesProtocolNumber(const QString &name)
{
    return Protocol::fromString(kubernetesPortProtocol(name)).toNumber().value_or(0);
}

QString InventoryObject::ref() const
{
    switch (kind) {
    case ObjectKind::Pod:
    case ObjectKind::Workload:
        return namespace_ + u'/' + name;
    case ObjectKind::HostEndpoint:
        return QStringLiteral("hep:") + name;
    case ObjectKind::NetworkSet:
        return QStringLiteral("netset:") + namespace_ + u'/' + name;
    case ObjectKind::GlobalNetworkSet:
        return QStringLiteral("gnetset:") + name;
    }
    return name;
}

Inventory::Inventory(const Workspace &workspace)
{
    buildProfiles(workspace);
    const WorkspaceData &ws = workspace.data();

    for (const Pod &pod : ws.pods) {
        if (pod.hostNetwork)
            continue; // uses the node's network namespace: not a workload endpoint
        InventoryObject o;
        o.kind = ObjectKind::Pod;
        o.resourceKind = ResourceKind::Pod;
        o.name = pod.meta.name;
        o.namespace_
            = pod.meta.namespace_.isEmpty() ? QStringLiteral("default") : pod.meta.namespace_;
        o.serviceAccount = pod.serviceAccountName;
        o.node = pod.nodeName;
        o.labels = workloadLabels(pod.meta.labels, o.namespace_, o.serviceAccount);
        o.annotations = pod.meta.annotations;
        o.profiles.append(namespaceProfileName(o.namespace_));
        if (!o.serviceAccount.isEmpty())
            o.profiles.append(serviceAccountProfileName(o.namespace_, o.serviceAccount));
        for (const QString &text : pod.podIPs) {
            if (const auto ip = IpAddress::parse(text.trimmed()); ip && !o.addresses.contains(*ip))
                o.addresses.append(*ip);
        }
        o.namedPorts = namedPortsOf(pod.ports);
        addObject(std::move(o));
    }
    for (const WorkloadTemplate &w : ws.workloads) {
        if (w.hostNetwork)
            continue;
        InventoryObject o;
        o.kind = ObjectKind::Workload;
        o.resourceKind = w.kind;
        o.name = w.meta.name;
        o.namespace_ = w.meta.namespace_.isEmpty() ? QStringLiteral("default") : w.meta.namespace_;
        o.serviceAccount
            = w.serviceAccountName.isEmpty() ? QStringLiteral("default") : w.serviceAccountName;
        o.labels = workloadLabels(w.templateLabels, o.namespace_, o.serviceAccount);
        o.profiles.append(namespaceProfileName(o.namespace_));
        o.profiles.append(serviceAccountProfileName(o.namespace_, o.serviceAccount));
        o.namedPorts = namedPortsOf(w.ports);
        addObject(std::move(o));
    }
    for (const HostEndpoint &hep : ws.hostEndpoints) {
        InventoryObject o;
        o.kind = ObjectKind::HostEndpoint;
        o.resourceKind = ResourceKind::HostEndpoint;
        o.name = hep.meta.name;
        o.node = hep.node;
        o.labels = hep.meta.labels;
        o.annotations = hep.meta.annotations;
        o.profiles = hep.profiles;
        for (const QString &text : hep.expectedIPs) {
            if (const auto ip = IpAddress::parse(text.trimmed()); ip && !o.addresses.contains(*ip))
                o.addresses.append(*ip);
        }
        for (const EndpointPort &p : hep.ports) {
            if (!p.name.isEmpty())
                o.namedPorts.append({p.name, p.protocol.toNumber().value_or(0), p.port});
        }
        addObject(std::move(o));
    }
    for (const NetworkSet &set : ws.networkSets) {
        InventoryObject o;
        o.kind = set.global ? ObjectKind::GlobalNetworkSet : ObjectKind::NetworkSet;
        o.resourceKind = set.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet;
        o.name = set.meta.name;
        o.labels = set.meta.labels;
        if (!set.global) {
            o.namespace_
                = set.meta.namespace_.isEmpty() ? QStringLiteral("default") : set.meta.namespace_;
            o.labels.insert(kNamespaceLabel, o.namespace_);
            o.profiles.append(namespaceProfileName(o.namespace_));
        }
        for (const QString &text : set.nets) {
            // Calico's ParseCIDROrIP; host bits are cleared as its network-set conversion does.
            const auto net = IpNetwork::parseCidrOrIp(text.trimmed());
            if (net && !o.nets.contains(net->network()))
                o.nets.append(net->network());
        }
        addObject(std::move(o));
    }

    // Referenced but undefined kns./ksa. profiles exist in a real cluster (the namespace and
    // service account of a running pod always exist); give them their implicit labels.
    for (InventoryObject &o : m_objects) {
        if (!o.isWorkloadEndpoint() && o.kind != ObjectKind::NetworkSet)
            continue;
        const QString kns = namespaceProfileName(o.namespace_);
        if (!m_profiles.contains(kns)) {
            Profile p;
            p.meta.name = kns;
            p.ingress = {allowAll()};
            p.egress = {allowAll()};
            p.labelsToApply.insert(QStringLiteral("pcns.") + kNameLabel, o.namespace_);
            // The API server labels every namespace with its name.
            p.labelsToApply.insert(QStringLiteral("pcns.") + kNamespaceNameLabel, o.namespace_);
            m_profiles.insert(kns, p);
        }
        if (o.isWorkloadEndpoint() && !o.serviceAccount.isEmpty()) {
            const QString ksa = serviceAccountProfileName(o.namespace_, o.serviceAccount);
            if (!m_profiles.contains(ksa)) {
                Profile p;
                p.meta.name = ksa;
                p.labelsToApply.insert(QStringLiteral("pcsa.") + kNameLabel, o.serviceAccount);
                m_profiles.insert(ksa, p);
            }
        }
    }
    for (InventoryObject &o : m_objects)
        o.effectiveLabels = effectiveLabelsOf(o);

    buildServices(workspace);
}

void Inventory::addObject(InventoryObject object)
{
    const int id = int(m_objects.size());
    const QString ref = object.ref();
    if (object.kind == ObjectKind::Workload) {
        if (!m_workloadByRef.contains(ref))
            m_workloadByRef.insert(ref, id);
    } else if (!m_byRef.contains(ref)) {
        m_byRef.insert(ref, id);
    }
    if (object.kind == ObjectKind::Pod || object.kind == ObjectKind::HostEndpoint) {
        for (const IpAddress &ip : object.addresses)
            m_endpointsByIp[ip].append(id);
    }
    for (const IpNetwork &net : object.nets) {
        auto bucket
            = std::find_if(m_netBuckets.begin(), m_netBuckets.end(), [&](const PrefixBucket &b) {
                  return b.family == net.family() && b.prefixLength == net.prefixLength();
              });
        if (bucket == m_netBuckets.end()) {
            m_netBuckets.append({net.family(), net.prefixLength(), {}});
            bucket = m_netBuckets.end() - 1;
        }
        QList<int> &ids = bucket->sets[net.networkAddress()];
        if (!ids.contains(id))
            ids.append(id);
    }
    m_objects.append(std::move(object));
}

void Inventory::buildProfiles(const Workspace &workspace)
{
    const WorkspaceData &ws = workspace.data();
    for (const Profile &p : ws.profiles)
        m_profiles.insert(p.meta.name, p);
    // Built-in profile that Calico's automatic host endpoints use.
    if (!m_profiles.contains(kDefaultAllowProfile)) {
        Profile p;
        p.meta.name = kDefaultAllowProfile;
        p.ingress = {allowAll()};
        p.egress = {allowAll()};
        m_profiles.insert(kDefaultAllowProfile, p);
    }
    // Derived profiles replace any written with the same name: in a cluster they are
    // generated from the Namespace / ServiceAccount and read-only.
    for (const Namespace &ns : ws.namespaces) {
        Profile p;
        p.meta.name = namespaceProfileName(ns.meta.name);
        p.ingress = {allowAll()};
        p.egress = {allowAll()};
        // The labels of the cluster's copy: the API server adds kubernetes.io/metadata.name.
        const Labels labels = namespaceLabels(ns);
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            p.labelsToApply.insert(QStringLiteral("pcns.") + it.key(), it.value());
        p.labelsToApply.insert(QStringLiteral("pcns.") + kNameLabel, ns.meta.name);
        m_profiles.insert(p.meta.name, p);
    }
    for (const ServiceAccount &sa : ws.serviceAccounts) {
        Profile p;
        p.meta.name = serviceAccountProfileName(sa.meta.namespace_, sa.meta.name);
        for (auto it = sa.meta.labels.cbegin(); it != sa.meta.labels.cend(); ++it)
            p.labelsToApply.insert(QStringLiteral("pcsa.") + it.key(), it.value());
        p.labelsToApply.insert(QStringLiteral("pcsa.") + kNameLabel, sa.meta.name);
        m_profiles.insert(p.meta.name, p);
    }
}

Labels Inventory::effectiveLabelsOf(const InventoryObject &object) const
{
    Labels labels = object.labels;
    for (const QString &name : object.profiles) {
        const auto it = m_profiles.constFind(name);
        if (it == m_profiles.constEnd())
            continue;
        for (auto l = it->labelsToApply.cbegin(); l != it->labelsToApply.cend(); ++l) {
            if (!labels.contains(l.key()))
                labels.insert(l.key(), l.value());
        }
    }
    return labels;
}

void Inventory::buildServices(const Workspace &workspace)
{
    const WorkspaceData &ws = workspace.data();
    for (const Service &svc : ws.services) {
        ServiceMembers members;
        const QString ns
            = svc.meta.namespace_.isEmpty() ? QStringLiteral("default") : svc.meta.namespace_;
        members.key = ns + u'/' + svc.meta.name;
        bool sliced = false;
        for (const EndpointSlice &slice : ws.endpointSlices) {
            const QString sliceNs = slice.meta.namespace_.isEmpty() ? QStringLiteral("default")
                                                                    : slice.meta.namespace_;
            if (sliceNs != ns || slice.serviceName() != svc.meta.name)
                continue;
            sliced = true;
            if (slice.addressType == u"FQDN")
                continue;
            for (const EndpointSliceEndpoint &ep : slice.endpoints) {
                for (const QString &text : ep.addresses) {
                    const auto ip = IpAddress::parse(text.trimmed());
                    if (!ip)
                        continue;
                    members.addresses.insert(*ip);
                    for (const EndpointSlicePort &port : slice.ports) {
                        if (port.port)
                            members.ports.insert(
                                {*ip, kubernetesProtocolNumber(port.protocol), *port.port});
                    }
                }
            }
        }
        if (!sliced && svc.selector && !svc.selector->isEmpty()) {
            // What the EndpointSlice controller would produce: every pod of the namespace
            // whose labels include the selector, with each service port's target port.
            members.derived = true;
            for (const Pod &pod : ws.pods) {
                const QString podNs = pod.meta.namespace_.isEmpty() ? QStringLiteral("default")
                                                                    : pod.meta.namespace_;
                if (podNs != ns)
                    continue;
                bool selected = true;
                for (auto it = svc.selector->cbegin(); it != svc.selector->cend() && selected; ++it)
                    selected = pod.meta.labels.value(it.key(), QString()) == it.value()
                        && pod.meta.labels.contains(it.key());
                if (!selected)
                    continue;
                for (const QString &text : pod.podIPs) {
                    const auto ip = IpAddress::parse(text.trimmed());
                    if (!ip)
                        continue;
                    members.addresses.insert(*ip);
                    for (const ServicePort &sp : svc.ports) {
                        const int proto = kubernetesProtocolNumber(sp.protocol);
                        int target = 0;
                        if (sp.targetPortNumber) {
                            target = *sp.targetPortNumber;
                        } else if (!sp.targetPortName.isEmpty()) {
                            for (const ContainerPort &cp : pod.ports) {
                                if (cp.name == sp.targetPortName
                                    && kubernetesProtocolNumber(cp.protocol) == proto) {
                                    target = cp.containerPort;
                                    break;
                                }
                            }
                        } else {
                            target = sp.port;
                        }
                        if (target > 0)
                            members.ports.insert({*ip, proto, target});
                    }
                }
            }
        }
        m_services.insert(members.key, members);
    }
}

const Profile *Inventory::profile(const QString &name) const
{
    const auto it = m_profiles.constFind(name);
    return it == m_profiles.constEnd() ? nullptr : &*it;
}

const ServiceMembers *Inventory::service(const QString &key) const
{
    const auto it = m_services.constFind(key);
    return it == m_services.constEnd() ? nullptr : &*it;
}

QList<int> Inventory::objectsAt(const IpAddress &ip) const
{
    QList<int> out = m_endpointsByIp.value(ip);
    for (const PrefixBucket &bucket : m_netBuckets) {
        if (bucket.family != ip.family())
            continue;
        const auto it = bucket.sets.constFind(ip.masked(bucket.prefixLength));
        if (it == bucket.sets.constEnd())
            continue;
        for (int id : *it) {
            if (!out.contains(id))
                out.append(id);
        }
    }
    return out;
}

int Inventory::endpointAt(const IpAddress &ip) const
{
    const auto it = m_endpointsByIp.constFind(ip);
    if (it == m_endpointsByIp.constEnd() || it->isEmpty())
        return -1;
    for (int id : *it) {
        if (m_objects.at(id).kind == ObjectKind::Pod)
            return id;
    }
    return it->first();
}

int Inventory::findPod(const QString &ns, const QString &name) const
{
    const int id = m_byRef.value(ns + u'/' + name, -1);
    return id >= 0 && m_objects.at(id).kind == ObjectKind::Pod ? id : -1;
}

int Inventory::findWorkload(const QString &ns, const QString &name) const
{
    return m_workloadByRef.value(ns + u'/' + name, -1);
}

int Inventory::findHostEndpoint(const QString &name) const
{
    const int id = m_byRef.value(QStringLiteral("hep:") + name, -1);
    return id >= 0 && m_objects.at(id).kind == ObjectKind::HostEndpoint ? id : -1;
}

} // namespace ps
