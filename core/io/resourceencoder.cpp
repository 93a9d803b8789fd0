#include "core/io/resourceencoder_p.h"

#include "core/model/kind.h"

namespace ps {

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

OutNode header(const QString &apiVersion, const QString &kind, const ObjectMeta &meta)
{
    OutNode doc = OutNode::mapping();
    doc.insert(s(u"apiVersion"), OutNode::string(apiVersion));
    doc.insert(s(u"kind"), OutNode::string(kind));
    doc.insert(s(u"metadata"), ResourceEncoder::encode(meta));
    return doc;
}

void putString(OutNode &map, const char16_t *key, const QString &value)
{
    if (!value.isEmpty())
        map.insert(s(key), OutNode::string(value));
}

void putStrings(OutNode &map, const char16_t *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    OutNode list = OutNode::sequence();
    for (const QString &v : values)
        list.append(OutNode::string(v));
    map.insert(s(key), std::move(list));
}

void putLabels(OutNode &map, const char16_t *key, const Labels &labels)
{
    if (!labels.isEmpty())
        map.insert(s(key), ResourceEncoder::encode(labels));
}

void putRules(OutNode &map, const char16_t *key, const QList<Rule> &rules)
{
    if (rules.isEmpty())
        return;
    OutNode list = OutNode::sequence();
    for (const Rule &r : rules)
        list.append(ResourceEncoder::encode(r));
    map.insert(s(key), std::move(list));
}

void putPorts(OutNode &map, const char16_t *key, const QList<Port> &ports)
{
    if (ports.isEmpty())
        return;
    OutNode list = OutNode::sequence();
    for (const Port &p : ports)
        list.append(ResourceEncoder::encode(p));
    map.insert(s(key), std::move(list));
}

OutNode icmp(const IcmpFields &fields)
{
    OutNode map = OutNode::mapping();
    if (fields.type)
        map.insert(s(u"type"), OutNode::number(*fields.type));
    if (fields.code)
        map.insert(s(u"code"), OutNode::number(*fields.code));
    return map;
}

OutNode containerPorts(const QList<ContainerPort> &ports)
{
    OutNode list = OutNode::sequence();
    for (const ContainerPort &p : ports) {
        OutNode port = OutNode::mapping();
        putString(port, u"name", p.name);
        port.insert(s(u"containerPort"), OutNode::number(p.containerPort));
        putString(port, u"protocol", p.protocol);
        list.append(std::move(port));
    }
    return list;
}

// The pod spec fields the model keeps. All container ports are kept in one list, so they are
// written as one container.
OutNode podSpec(const QString &serviceAccount, const QString &nodeName, bool hostNetwork,
    const QList<ContainerPort> &ports)
{
    OutNode spec = OutNode::mapping();
    putString(spec, u"serviceAccountName", serviceAccount);
    putString(spec, u"nodeName", nodeName);
    if (hostNetwork)
        spec.insert(s(u"hostNetwork"), OutNode::boolean(true));
    if (!ports.isEmpty()) {
        OutNode container = OutNode::mapping();
        container.insert(s(u"name"), OutNode::string(s(u"main")));
        container.insert(s(u"ports"), containerPorts(ports));
        OutNode containers = OutNode::sequence();
        containers.append(std::move(container));
        spec.insert(s(u"containers"), std::move(containers));
    }
    return spec;
}

OutNode kubernetesRules(const QList<K8sRule> &rules, bool ingress)
{
    OutNode list = OutNode::sequence();
    for (const K8sRule &rule : rules) {
        OutNode r = OutNode::mapping();
        if (!rule.ports.isEmpty()) {
            OutNode ports = OutNode::sequence();
            for (const K8sPort &p : rule.ports) {
                OutNode port = OutNode::mapping();
                putString(port, u"protocol", p.protocol);
                if (p.number)
                    port.insert(s(u"port"), OutNode::number(*p.number));
                else if (!p.name.isEmpty())
                    port.insert(s(u"port"), OutNode::string(p.name));
                if (p.endPort)
                    port.insert(s(u"endPort"), OutNode::number(*p.endPort));
                ports.append(std::move(port));
            }
            r.insert(s(u"ports"), std::move(ports));
        }
        if (!rule.peers.isEmpty()) {
            OutNode peers = OutNode::sequence();
            for (const K8sPeer &peer : rule.peers) {
                OutNode p = OutNode::mapping();
                if (peer.podSelector)
                    p.insert(s(u"podSelector"), ResourceEncoder::encode(*peer.podSelector));
                if (peer.namespaceSelector) {
                    p.insert(
                        s(u"namespaceSelector"), ResourceEncoder::encode(*peer.namespaceSelector));
                }
                if (peer.ipBlock) {
                    OutNode block = OutNode::mapping();
                    putString(block, u"cidr", peer.ipBlock->cidr);
                    putStrings(block, u"except", peer.ipBlock->except);
                    p.insert(s(u"ipBlock"), std::move(block));
                }
                peers.append(std::move(p));
            }
            r.insert(ingress ? s(u"from") : s(u"to"), std::move(peers));
        }
        list.append(std::move(r));
    }
    return list;
}

} // namespace

OutNode ResourceEncoder::encode(const ObjectMeta &meta)
{
    OutNode m = OutNode::mapping();
    putString(m, u"name", meta.name);
    putString(m, u"generateName", meta.generateName);
    putString(m, u"namespace", meta.namespace_);
    putLabels(m, u"labels", meta.labels);
    putLabels(m, u"annotations", meta.annotations);
    putString(m, u"resourceVersion", meta.resourceVersion);
    putString(m, u"uid", meta.uid);
    putString(m, u"creationTimestamp", meta.creationTimestamp);
    return m;
}

OutNode ResourceEncoder::encode(const Labels &labels)
{
    OutNode m = OutNode::mapping();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m.insert(it.key(), OutNode::string(it.value()));
    return m;
}

OutNode ResourceEncoder::encode(const LabelSelector &selector)
{
    OutNode m = OutNode::mapping();
    putLabels(m, u"matchLabels", selector.matchLabels);
    if (!selector.matchExpressions.isEmpty()) {
        OutNode list = OutNode::sequence();
        for (const LabelSelectorRequirement &req : selector.matchExpressions) {
            OutNode r = OutNode::mapping();
            putString(r, u"key", req.key);
            putString(r, u"operator", req.op);
            putStrings(r, u"values", req.values);
            list.append(std::move(r));
        }
        m.insert(s(u"matchExpressions"), std::move(list));
    }
    return m;
}

OutNode ResourceEncoder::encode(const Port &port)
{
    if (port.serialisesAsNumber())
        return OutNode::number(port.min());
    return OutNode::string(port.toString());
}

OutNode ResourceEncoder::encode(const Protocol &protocol)
{
    if (protocol.isNumber())
        return OutNode::number(protocol.number());
    return OutNode::string(protocol.name());
}

OutNode ResourceEncoder::encode(const EntityRule &e)
{
    OutNode m = OutNode::mapping();
    putStrings(m, u"nets", e.nets);
    putString(m, u"selector", e.selector);
    putString(m, u"namespaceSelector", e.namespaceSelector);
    if (e.services) {
        OutNode svc = OutNode::mapping();
        putString(svc, u"name", e.services->name);
        putString(svc, u"namespace", e.services->namespace_);
        m.insert(s(u"services"), std::move(svc));
    }
    putPorts(m, u"ports", e.ports);
    putStrings(m, u"notNets", e.notNets);
    putString(m, u"notSelector", e.notSelector);
    putPorts(m, u"notPorts", e.notPorts);
    if (e.serviceAccounts) {
        OutNode sa = OutNode::mapping();
        putStrings(sa, u"names", e.serviceAccounts->names);
        putString(sa, u"selector", e.serviceAccounts->selector);
        m.insert(s(u"serviceAccounts"), std::move(sa));
    }
    return m;
}

OutNode ResourceEncoder::encode(const Rule &rule)
{
    OutNode m = OutNode::mapping();
    putString(m, u"action", rule.action);
    if (rule.ipVersion)
        m.insert(s(u"ipVersion"), OutNode::number(*rule.ipVersion));
    if (rule.protocol)
        m.insert(s(u"protocol"), encode(*rule.protocol));
    if (rule.notProtocol)
        m.insert(s(u"notProtocol"), encode(*rule.notProtocol));
    if (rule.icmp)
        m.insert(s(u"icmp"), icmp(*rule.icmp));
    if (rule.notICMP)
        m.insert(s(u"notICMP"), icmp(*rule.notICMP));
    if (!rule.source.isEmpty())
        m.insert(s(u"source"), encode(rule.source));
    if (!rule.destination.isEmpty())
        m.insert(s(u"destination"), encode(rule.destination));
    if (rule.http) {
        OutNode http = OutNode::mapping();
        putStrings(http, u"methods", rule.http->methods);
        if (!rule.http->paths.isEmpty()) {
            OutNode paths = OutNode::sequence();
            for (const HttpPath &p : rule.http->paths) {
                OutNode path = OutNode::mapping();
                putString(path, u"exact", p.exact);
                putString(path, u"prefix", p.prefix);
                paths.append(std::move(path));
            }
            http.insert(s(u"paths"), std::move(paths));
        }
        m.insert(s(u"http"), std::move(http));
    }
    if (!rule.annotations.isEmpty()) {
        OutNode meta = OutNode::mapping();
        meta.insert(s(u"annotations"), encode(rule.annotations));
        m.insert(s(u"metadata"), std::move(meta));
    }
    return m;
}

OutNode ResourceEncoder::encode(const CalicoPolicy &p)
{
    // Converted Kubernetes policies are written as the Calico policy they became.
    ResourceKind kind = p.kind;
    if (kind == ResourceKind::KubernetesNetworkPolicy)
        kind = ResourceKind::NetworkPolicy;
    else if (kind == ResourceKind::StagedKubernetesNetworkPolicy)
        kind = ResourceKind::StagedNetworkPolicy;
    OutNode doc = header(kindApiVersion(kind), kindName(kind), p.meta);
    OutNode spec = OutNode::mapping();
    putString(spec, u"tier", p.tier);
    if (p.order)
        spec.insert(s(u"order"), OutNode::number(*p.order));
    putString(spec, u"selector", p.selector);
    putString(spec, u"namespaceSelector", p.namespaceSelector);
    putString(spec, u"serviceAccountSelector", p.serviceAccountSelector);
    putRules(spec, u"ingress", p.ingress);
    putRules(spec, u"egress", p.egress);
    if (p.doNotTrack)
        spec.insert(s(u"doNotTrack"), OutNode::boolean(true));
    if (p.preDNAT)
        spec.insert(s(u"preDNAT"), OutNode::boolean(true));
    if (p.applyOnForward)
        spec.insert(s(u"applyOnForward"), OutNode::boolean(true));
    putStrings(spec, u"types", p.types);
    putStrings(spec, u"performanceHints", p.performanceHints);
    if (kind == ResourceKind::StagedGlobalNetworkPolicy
        || kind == ResourceKind::StagedNetworkPolicy)
        putString(spec, u"stagedAction", p.stagedAction);
    doc.insert(s(u"spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const Tier &tier)
{
    OutNode doc
        = header(kindApiVersion(ResourceKind::Tier), kindName(ResourceKind::Tier), tier.meta);
    OutNode spec = OutNode::mapping();
    if (tier.order)
        spec.insert(s(u"order"), OutNode::number(*tier.order));
    putString(spec, u"defaultAction", tier.defaultAction);
    doc.insert(s(u"spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const Profile &profile)
{
    OutNode doc = header(
        kindApiVersion(ResourceKind::Profile), kindName(ResourceKind::Profile), profile.meta);
    OutNode spec = OutNode::mapping();
    putRules(spec, u"ingress", profile.ingress);
    putRules(spec, u"egress", profile.egress);
    putLabels(spec, u"labelsToApply", profile.labelsToApply);
    doc.insert(s(u"spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const NetworkSet &set)
{
    const ResourceKind kind
        = set.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet;
    OutNode doc = header(kindApiVersion(kind), kindName(kind), set.meta);
    OutNode spec = OutNode::mapping();
    putStrings(spec, u"nets", set.nets);
    doc.insert(s(u"spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const HostEndpoint &hep)
{
    OutNode doc = header(
        kindApiVersion(ResourceKind::HostEndpoint), kindName(ResourceKind::HostEndpoint), hep.meta);
    OutNode spec = OutNode::mapping();
    putString(spec, u"node", hep.node);
    putString(spec, u"interfaceName", hep.interfaceName);
    putStrings(spec, u"expectedIPs", hep.expectedIPs);
    putStrings(spec, u"profiles", hep.profiles);
    if (!hep.ports.isEmpty()) {
        OutNode ports = OutNode::sequence();
        for (const EndpointPort &p : hep.ports) {
            OutNode port = OutNode::mapping();
            putString(port, u"name", p.name);
            if (p.protocol.isNumber() || !p.protocol.name().isEmpty())
                port.insert(s(u"protocol"), encode(p.protocol));
            port.insert(s(u"port"), OutNode::number(p.port));
            ports.append(std::move(port));
        }
        spec.insert(s(u"ports"), std::move(ports));
    }
    doc.insert(s(u"spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const KubernetesNetworkPolicy &p)
{
    const ResourceKind kind = p.staged ? ResourceKind::StagedKubernetesNetworkPolicy
                                       : ResourceKind::KubernetesNetworkPolicy;
    OutNode doc = header(kindApiVersion(kind), kindName(kind), p.meta);
    OutNode spec = OutNode::mapping();
    if (p.staged)
        putString(spec, u"stagedAction", p.stagedAction);
    spec.insert(s(u"podSelector"), encode(p.podSelector));
    if (!p.ingress.isEmpty())
        spec.insert(s(u"ingress"), kubernetesRules(p.ingress, true));
    if (!p.egress.isEmpty())
        spec.insert(s(u"egress"), kubernetesRules(p.egress, false));
    putStrings(spec, u"policyTypes", p.policyTypes);
    doc.insert(s(u"spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const Namespace &ns)
{
    return header(
        kindApiVersion(ResourceKind::Namespace), kindName(ResourceKind::Namespace), ns.meta);
}

OutNode ResourceEncoder::encode(const ServiceAccount &account)
{
    return header(kindApiVersion(ResourceKind::ServiceAccount),
        kindName(ResourceKind::ServiceAccount), account.meta);
}

OutNode ResourceEncoder::encode(const Pod &pod)
{
    OutNode doc = header(kindApiVersion(ResourceKind::Pod), kindName(ResourceKind::Pod), pod.meta);
    OutNode spec = podSpec(pod.serviceAccountName, pod.nodeName, pod.hostNetwork, pod.ports);
    if (!spec.isEmpty())
        doc.insert(s(u"spec"), std::move(spec));
    if (!pod.podIPs.isEmpty()) {
        OutNode status = OutNode::mapping();
        status.insert(s(u"podIP"), OutNode::string(pod.podIPs.first()));
        OutNode ips = OutNode::sequence();
        for (const QString &ip : pod.podIPs) {
            OutNode entry = OutNode::mapping();
            entry.insert(s(u"ip"), OutNode::string(ip));
            ips.append(std::move(entry));
        }
        status.insert(s(u"podIPs"), std::move(ips));
        doc.insert(s(u"status"), std::move(status));
    }
    return doc;
}

OutNode ResourceEncoder::encode(const WorkloadTemplate &w)
{
    OutNode doc = header(kindApiVersion(w.kind), kindName(w.kind), w.meta);
    OutNode podTemplate = OutNode::mapping();
    if (!w.templateLabels.isEmpty()) {
        OutNode meta = OutNode::mapping();
        meta.insert(s(u"labels"), encode(w.templateLabels));
        podTemplate.insert(s(u"metadata"), std::move(meta));
    }
    podTemplate.insert(
        s(u"spec"), podSpec(w.serviceAccountName, QString(), w.hostNetwork, w.ports));

    OutNode spec = OutNode::mapping();
    if (w.replicas)
        spec.insert(s(u"replicas"), OutNode::number(*w.replicas));
    const bool needsSelector = w.kind != ResourceKind::Job && w.kind != ResourceKind::CronJob;
    if (needsSelector && !w.templateLabels.isEmpty()) {
        if (w.kind == ResourceKind::ReplicationController) {
            spec.insert(s(u"selector"), encode(w.templateLabels));
        } else {
            OutNode selector = OutNode::mapping();
            selector.insert(s(u"matchLabels"), encode(w.templateLabels));
            spec.insert(s(u"selector"), std::move(selector));
        }
    }
    if (w.kind == ResourceKind::CronJob) {
        OutNode jobSpec = OutNode::mapping();
        jobSpec.insert(s(u"template"), std::move(podTemplate));
        OutNode jobTemplate = OutNode::mapping();
        jobTemplate.insert(s(u"spec"), std::move(jobSpec));
        spec.insert(s(u"jobTemplate"), std::move(jobTemplate));
    } else {
        spec.insert(s(u"template"), std::move(podTemplate));
    }
    doc.insert(s(u"spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const Service &service)
{
    OutNode doc = header(
        kindApiVersion(ResourceKind::Service), kindName(ResourceKind::Service), service.meta);
    OutNode spec = OutNode::mapping();
    if (service.selector)
        spec.insert(s(u"selector"), encode(*service.selector));
    putString(spec, u"type", service.type);
    putString(spec, u"clusterIP", service.clusterIP);
    if (!service.ports.isEmpty()) {
        OutNode ports = OutNode::sequence();
        for (const ServicePort &p : service.ports) {
            OutNode port = OutNode::mapping();
            putString(port, u"name", p.name);
            putString(port, u"protocol", p.protocol);
            port.insert(s(u"port"), OutNode::number(p.port));
            if (p.targetPortNumber)
                port.insert(s(u"targetPort"), OutNode::number(*p.targetPortNumber));
            else if (!p.targetPortName.isEmpty())
                port.insert(s(u"targetPort"), OutNode::string(p.targetPortName));
            ports.append(std::move(port));
        }
        spec.insert(s(u"ports"), std::move(ports));
    }
    doc.insert(s(u"spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const EndpointSlice &slice)
{
    OutNode doc = header(kindApiVersion(ResourceKind::EndpointSlice),
        kindName(ResourceKind::EndpointSlice), slice.meta);
    putString(doc, u"addressType", slice.addressType);
    if (!slice.endpoints.isEmpty()) {
        OutNode endpoints = OutNode::sequence();
        for (const EndpointSliceEndpoint &e : slice.endpoints) {
            OutNode endpoint = OutNode::mapping();
            putStrings(endpoint, u"addresses", e.addresses);
            putString(endpoint, u"nodeName", e.nodeName);
            if (!e.targetPod.isEmpty()) {
                OutNode ref = OutNode::mapping();
                ref.insert(s(u"kind"), OutNode::string(s(u"Pod")));
                ref.insert(s(u"name"), OutNode::string(e.targetPod));
                putString(ref, u"namespace", slice.meta.namespace_);
                endpoint.insert(s(u"targetRef"), std::move(ref));
            }
            endpoints.append(std::move(endpoint));
        }
        doc.insert(s(u"endpoints"), std::move(endpoints));
    }
    if (!slice.ports.isEmpty()) {
        OutNode ports = OutNode::sequence();
        for (const EndpointSlicePort &p : slice.ports) {
            OutNode port = OutNode::mapping();
            putString(port, u"name", p.name);
            putString(port, u"protocol", p.protocol);
            if (p.port)
                port.insert(s(u"port"), OutNode::number(*p.port));
            ports.append(std::move(port));
        }
        doc.insert(s(u"ports"), std::move(ports));
    }
    return doc;
}

OutNode ResourceEncoder::encode(const Node &node)
{
    OutNode doc
        = header(kindApiVersion(ResourceKind::Node), kindName(ResourceKind::Node), node.meta);
    if (!node.podCIDRs.isEmpty()) {
        OutNode spec = OutNode::mapping();
        spec.insert(s(u"podCIDR"), OutNode::string(node.podCIDRs.first()));
        putStrings(spec, u"podCIDRs", node.podCIDRs);
        doc.insert(s(u"spec"), std::move(spec));
    }
    if (!node.addresses.isEmpty()) {
        OutNode addresses = OutNode::sequence();
        for (const NodeAddress &a : node.addresses) {
            OutNode address = OutNode::mapping();
            putString(address, u"type", a.type);
            putString(address, u"address", a.address);
            addresses.append(std::move(address));
        }
        OutNode status = OutNode::mapping();
        status.insert(s(u"addresses"), std::move(addresses));
        doc.insert(s(u"status"), std::move(status));
    }
    return doc;
}

} // namespace ps
