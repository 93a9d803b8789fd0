#include "core/io/resourceencoder_p.h"

#include "core/model/kind.h"

namespace ps {

namespace {

OutNode header(const QString &apiVersion, const QString &kind, const ObjectMeta &meta)
{
    OutNode doc = OutNode::mapping();
    doc.insert(QStringLiteral("apiVersion"), OutNode::string(apiVersion));
    doc.insert(QStringLiteral("kind"), OutNode::string(kind));
    doc.insert(QStringLiteral("metadata"), ResourceEncoder::encode(meta));
    return doc;
}

void putString(OutNode &map, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        map.insert(key, OutNode::string(value));
}

void putStrings(OutNode &map, const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    OutNode list = OutNode::sequence();
    for (const QString &v : values)
        list.append(OutNode::string(v));
    map.insert(key, std::move(list));
}

void putLabels(OutNode &map, const QString &key, const Labels &labels)
{
    if (!labels.isEmpty())
        map.insert(key, ResourceEncoder::encode(labels));
}

void putRules(OutNode &map, const QString &key, const QList<Rule> &rules)
{
    if (rules.isEmpty())
        return;
    OutNode list = OutNode::sequence();
    for (const Rule &r : rules)
        list.append(ResourceEncoder::encode(r));
    map.insert(key, std::move(list));
}

void putPorts(OutNode &map, const QString &key, const QList<Port> &ports)
{
    if (ports.isEmpty())
        return;
    OutNode list = OutNode::sequence();
    for (const Port &p : ports)
        list.append(ResourceEncoder::encode(p));
    map.insert(key, std::move(list));
}

OutNode icmp(const IcmpFields &fields)
{
    OutNode map = OutNode::mapping();
    if (fields.type)
        map.insert(QStringLiteral("type"), OutNode::number(*fields.type));
    if (fields.code)
        map.insert(QStringLiteral("code"), OutNode::number(*fields.code));
    return map;
}

OutNode containerPorts(const QList<ContainerPort> &ports)
{
    OutNode list = OutNode::sequence();
    for (const ContainerPort &p : ports) {
        OutNode port = OutNode::mapping();
        putString(port, QStringLiteral("name"), p.name);
        port.insert(QStringLiteral("containerPort"), OutNode::number(p.containerPort));
        putString(port, QStringLiteral("protocol"), p.protocol);
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
    putString(spec, QStringLiteral("serviceAccountName"), serviceAccount);
    putString(spec, QStringLiteral("nodeName"), nodeName);
    if (hostNetwork)
        spec.insert(QStringLiteral("hostNetwork"), OutNode::boolean(true));
    if (!ports.isEmpty()) {
        OutNode container = OutNode::mapping();
        container.insert(QStringLiteral("name"), OutNode::string(QStringLiteral("main")));
        container.insert(QStringLiteral("ports"), containerPorts(ports));
        OutNode containers = OutNode::sequence();
        containers.append(std::move(container));
        spec.insert(QStringLiteral("containers"), std::move(containers));
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
                putString(port, QStringLiteral("protocol"), p.protocol);
                if (p.number)
                    port.insert(QStringLiteral("port"), OutNode::number(*p.number));
                else if (!p.name.isEmpty())
                    port.insert(QStringLiteral("port"), OutNode::string(p.name));
                if (p.endPort)
                    port.insert(QStringLiteral("endPort"), OutNode::number(*p.endPort));
                ports.append(std::move(port));
            }
            r.insert(QStringLiteral("ports"), std::move(ports));
        }
        if (!rule.peers.isEmpty()) {
            OutNode peers = OutNode::sequence();
            for (const K8sPeer &peer : rule.peers) {
                OutNode p = OutNode::mapping();
                if (peer.podSelector)
                    p.insert(
                        QStringLiteral("podSelector"), ResourceEncoder::encode(*peer.podSelector));
                if (peer.namespaceSelector) {
                    p.insert(QStringLiteral("namespaceSelector"),
                        ResourceEncoder::encode(*peer.namespaceSelector));
                }
                if (peer.ipBlock) {
                    OutNode block = OutNode::mapping();
                    putString(block, QStringLiteral("cidr"), peer.ipBlock->cidr);
                    putStrings(block, QStringLiteral("except"), peer.ipBlock->except);
                    p.insert(QStringLiteral("ipBlock"), std::move(block));
                }
                peers.append(std::move(p));
            }
            r.insert(ingress ? QStringLiteral("from") : QStringLiteral("to"), std::move(peers));
        }
        list.append(std::move(r));
    }
    return list;
}

} // namespace

OutNode ResourceEncoder::encode(const ObjectMeta &meta)
{
    OutNode m = OutNode::mapping();
    putString(m, QStringLiteral("name"), meta.name);
    putString(m, QStringLiteral("generateName"), meta.generateName);
    putString(m, QStringLiteral("namespace"), meta.namespace_);
    putLabels(m, QStringLiteral("labels"), meta.labels);
    putLabels(m, QStringLiteral("annotations"), meta.annotations);
    putString(m, QStringLiteral("resourceVersion"), meta.resourceVersion);
    putString(m, QStringLiteral("uid"), meta.uid);
    putString(m, QStringLiteral("creationTimestamp"), meta.creationTimestamp);
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
    putLabels(m, QStringLiteral("matchLabels"), selector.matchLabels);
    if (!selector.matchExpressions.isEmpty()) {
        OutNode list = OutNode::sequence();
        for (const LabelSelectorRequirement &req : selector.matchExpressions) {
            OutNode r = OutNode::mapping();
            putString(r, QStringLiteral("key"), req.key);
            putString(r, QStringLiteral("operator"), req.op);
            putStrings(r, QStringLiteral("values"), req.values);
            list.append(std::move(r));
        }
        m.insert(QStringLiteral("matchExpressions"), std::move(list));
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
    putStrings(m, QStringLiteral("nets"), e.nets);
    putString(m, QStringLiteral("selector"), e.selector);
    putString(m, QStringLiteral("namespaceSelector"), e.namespaceSelector);
    if (e.services) {
        OutNode svc = OutNode::mapping();
        putString(svc, QStringLiteral("name"), e.services->name);
        putString(svc, QStringLiteral("namespace"), e.services->namespace_);
        m.insert(QStringLiteral("services"), std::move(svc));
    }
    putPorts(m, QStringLiteral("ports"), e.ports);
    putStrings(m, QStringLiteral("notNets"), e.notNets);
    putString(m, QStringLiteral("notSelector"), e.notSelector);
    putPorts(m, QStringLiteral("notPorts"), e.notPorts);
    if (e.serviceAccounts) {
        OutNode sa = OutNode::mapping();
        putStrings(sa, QStringLiteral("names"), e.serviceAccounts->names);
        putString(sa, QStringLiteral("selector"), e.serviceAccounts->selector);
        m.insert(QStringLiteral("serviceAccounts"), std::move(sa));
    }
    return m;
}

OutNode ResourceEncoder::encode(const Rule &rule)
{
    OutNode m = OutNode::mapping();
    putString(m, QStringLiteral("action"), rule.action);
    if (rule.ipVersion)
        m.insert(QStringLiteral("ipVersion"), OutNode::number(*rule.ipVersion));
    if (rule.protocol)
        m.insert(QStringLiteral("protocol"), encode(*rule.protocol));
    if (rule.notProtocol)
        m.insert(QStringLiteral("notProtocol"), encode(*rule.notProtocol));
    if (rule.icmp)
        m.insert(QStringLiteral("icmp"), icmp(*rule.icmp));
    if (rule.notICMP)
        m.insert(QStringLiteral("notICMP"), icmp(*rule.notICMP));
    if (!rule.source.isEmpty())
        m.insert(QStringLiteral("source"), encode(rule.source));
    if (!rule.destination.isEmpty())
        m.insert(QStringLiteral("destination"), encode(rule.destination));
    if (rule.http) {
        OutNode http = OutNode::mapping();
        putStrings(http, QStringLiteral("methods"), rule.http->methods);
        if (!rule.http->paths.isEmpty()) {
            OutNode paths = OutNode::sequence();
            for (const HttpPath &p : rule.http->paths) {
                OutNode path = OutNode::mapping();
                putString(path, QStringLiteral("exact"), p.exact);
                putString(path, QStringLiteral("prefix"), p.prefix);
                paths.append(std::move(path));
            }
            http.insert(QStringLiteral("paths"), std::move(paths));
        }
        m.insert(QStringLiteral("http"), std::move(http));
    }
    if (!rule.annotations.isEmpty()) {
        OutNode meta = OutNode::mapping();
        meta.insert(QStringLiteral("annotations"), encode(rule.annotations));
        m.insert(QStringLiteral("metadata"), std::move(meta));
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
    putString(spec, QStringLiteral("tier"), p.tier);
    if (p.order)
        spec.insert(QStringLiteral("order"), OutNode::number(*p.order));
    putString(spec, QStringLiteral("selector"), p.selector);
    putString(spec, QStringLiteral("namespaceSelector"), p.namespaceSelector);
    putString(spec, QStringLiteral("serviceAccountSelector"), p.serviceAccountSelector);
    putRules(spec, QStringLiteral("ingress"), p.ingress);
    putRules(spec, QStringLiteral("egress"), p.egress);
    if (p.doNotTrack)
        spec.insert(QStringLiteral("doNotTrack"), OutNode::boolean(true));
    if (p.preDNAT)
        spec.insert(QStringLiteral("preDNAT"), OutNode::boolean(true));
    if (p.applyOnForward)
        spec.insert(QStringLiteral("applyOnForward"), OutNode::boolean(true));
    putStrings(spec, QStringLiteral("types"), p.types);
    putStrings(spec, QStringLiteral("performanceHints"), p.performanceHints);
    if (kind == ResourceKind::StagedGlobalNetworkPolicy
        || kind == ResourceKind::StagedNetworkPolicy)
        putString(spec, QStringLiteral("stagedAction"), p.stagedAction);
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const Tier &tier)
{
    OutNode doc
        = header(kindApiVersion(ResourceKind::Tier), kindName(ResourceKind::Tier), tier.meta);
    OutNode spec = OutNode::mapping();
    if (tier.order)
        spec.insert(QStringLiteral("order"), OutNode::number(*tier.order));
    putString(spec, QStringLiteral("defaultAction"), tier.defaultAction);
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const Profile &profile)
{
    OutNode doc = header(
        kindApiVersion(ResourceKind::Profile), kindName(ResourceKind::Profile), profile.meta);
    OutNode spec = OutNode::mapping();
    putRules(spec, QStringLiteral("ingress"), profile.ingress);
    putRules(spec, QStringLiteral("egress"), profile.egress);
    putLabels(spec, QStringLiteral("labelsToApply"), profile.labelsToApply);
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const NetworkSet &set)
{
    const ResourceKind kind
        = set.global ? ResourceKind::GlobalNetworkSet : ResourceKind::NetworkSet;
    OutNode doc = header(kindApiVersion(kind), kindName(kind), set.meta);
    OutNode spec = OutNode::mapping();
    putStrings(spec, QStringLiteral("nets"), set.nets);
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const HostEndpoint &hep)
{
    OutNode doc = header(
        kindApiVersion(ResourceKind::HostEndpoint), kindName(ResourceKind::HostEndpoint), hep.meta);
    OutNode spec = OutNode::mapping();
    putString(spec, QStringLiteral("node"), hep.node);
    putString(spec, QStringLiteral("interfaceName"), hep.interfaceName);
    putStrings(spec, QStringLiteral("expectedIPs"), hep.expectedIPs);
    putStrings(spec, QStringLiteral("profiles"), hep.profiles);
    if (!hep.ports.isEmpty()) {
        OutNode ports = OutNode::sequence();
        for (const EndpointPort &p : hep.ports) {
            OutNode port = OutNode::mapping();
            putString(port, QStringLiteral("name"), p.name);
            if (p.protocol.isNumber() || !p.protocol.name().isEmpty())
                port.insert(QStringLiteral("protocol"), encode(p.protocol));
            port.insert(QStringLiteral("port"), OutNode::number(p.port));
            ports.append(std::move(port));
        }
        spec.insert(QStringLiteral("ports"), std::move(ports));
    }
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const IpPool &pool)
{
    OutNode doc
        = header(kindApiVersion(ResourceKind::IPPool), kindName(ResourceKind::IPPool), pool.meta);
    OutNode spec = OutNode::mapping();
    putString(spec, QStringLiteral("cidr"), pool.cidr);
    putString(spec, QStringLiteral("vxlanMode"), pool.vxlanMode);
    putString(spec, QStringLiteral("ipipMode"), pool.ipipMode);
    if (pool.natOutgoing)
        spec.insert(QStringLiteral("natOutgoing"), OutNode::boolean(true));
    if (pool.disabled)
        spec.insert(QStringLiteral("disabled"), OutNode::boolean(true));
    if (pool.disableBGPExport)
        spec.insert(QStringLiteral("disableBGPExport"), OutNode::boolean(true));
    if (pool.blockSize != 0)
        spec.insert(QStringLiteral("blockSize"), OutNode::number(pool.blockSize));
    putString(spec, QStringLiteral("nodeSelector"), pool.nodeSelector);
    putString(spec, QStringLiteral("namespaceSelector"), pool.namespaceSelector);
    putStrings(spec, QStringLiteral("allowedUses"), pool.allowedUses);
    putString(spec, QStringLiteral("assignmentMode"), pool.assignmentMode);
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const FelixConfiguration &config)
{
    OutNode doc = header(kindApiVersion(ResourceKind::FelixConfiguration),
        kindName(ResourceKind::FelixConfiguration), config.meta);
    OutNode spec = OutNode::mapping();
    const auto putBool = [&spec](const QString &key, const std::optional<bool> &value) {
        if (value)
            spec.insert(key, OutNode::boolean(*value));
    };
    const auto putPorts
        = [&spec](const QString &key, const std::optional<QList<FelixProtoPort>> &ports) {
              if (!ports)
                  return;
              OutNode list = OutNode::sequence();
              for (const FelixProtoPort &p : *ports) {
                  OutNode port = OutNode::mapping();
                  putString(port, QStringLiteral("protocol"), p.protocol);
                  port.insert(QStringLiteral("port"), OutNode::number(p.port));
                  putString(port, QStringLiteral("net"), p.net);
                  list.append(std::move(port));
              }
              spec.insert(key, std::move(list));
          };
    // Calico's field order (FelixConfigurationSpec).
    putBool(QStringLiteral("ipv6Support"), config.ipv6Support);
    putString(spec, QStringLiteral("chainInsertMode"), config.chainInsertMode);
    putString(
        spec, QStringLiteral("defaultEndpointToHostAction"), config.defaultEndpointToHostAction);
    putString(spec, QStringLiteral("iptablesFilterDenyAction"), config.iptablesFilterDenyAction);
    putString(spec, QStringLiteral("logPrefix"), config.logPrefix);
    if (config.iptablesMarkMask) {
        spec.insert(
            QStringLiteral("iptablesMarkMask"), OutNode::number(double(*config.iptablesMarkMask)));
    }
    putPorts(QStringLiteral("failsafeInboundHostPorts"), config.failsafeInboundHostPorts);
    putPorts(QStringLiteral("failsafeOutboundHostPorts"), config.failsafeOutboundHostPorts);
    putString(spec, QStringLiteral("nftablesMode"), config.nftablesMode);
    putBool(QStringLiteral("bpfEnabled"), config.bpfEnabled);
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const KubernetesNetworkPolicy &p)
{
    const ResourceKind kind = p.staged ? ResourceKind::StagedKubernetesNetworkPolicy
                                       : ResourceKind::KubernetesNetworkPolicy;
    OutNode doc = header(kindApiVersion(kind), kindName(kind), p.meta);
    OutNode spec = OutNode::mapping();
    if (p.staged)
        putString(spec, QStringLiteral("stagedAction"), p.stagedAction);
    spec.insert(QStringLiteral("podSelector"), encode(p.podSelector));
    if (!p.ingress.isEmpty())
        spec.insert(QStringLiteral("ingress"), kubernetesRules(p.ingress, true));
    if (!p.egress.isEmpty())
        spec.insert(QStringLiteral("egress"), kubernetesRules(p.egress, false));
    putStrings(spec, QStringLiteral("policyTypes"), p.policyTypes);
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

namespace {

OutNode adminPods(const AdminPods &pods)
{
    OutNode node = OutNode::mapping();
    node.insert(
        QStringLiteral("namespaceSelector"), ResourceEncoder::encode(pods.namespaceSelector));
    node.insert(QStringLiteral("podSelector"), ResourceEncoder::encode(pods.podSelector));
    return node;
}

OutNode adminPortNumber(const AdminPort &p, bool cluster)
{
    OutNode node = OutNode::mapping();
    if (!cluster && !p.protocol.isEmpty())
        node.insert(QStringLiteral("protocol"), OutNode::string(p.protocol));
    if (p.port) {
        node.insert(
            cluster ? QStringLiteral("number") : QStringLiteral("port"), OutNode::number(*p.port));
    }
    if (p.start || p.end) {
        OutNode range = OutNode::mapping();
        if (p.start)
            range.insert(QStringLiteral("start"), OutNode::number(*p.start));
        if (p.end)
            range.insert(QStringLiteral("end"), OutNode::number(*p.end));
        if (cluster)
            node.insert(QStringLiteral("range"), std::move(range));
        else
            return range;
    }
    return node;
}

OutNode adminPort(const AdminPort &p, bool cluster)
{
    OutNode node = OutNode::mapping();
    if (!p.namedPort.isEmpty()) {
        node.insert(cluster ? QStringLiteral("destinationNamedPort") : QStringLiteral("namedPort"),
            OutNode::string(p.namedPort));
        return node;
    }
    if (cluster) {
        OutNode protocol = OutNode::mapping();
        if (p.port || p.start || p.end)
            protocol.insert(QStringLiteral("destinationPort"), adminPortNumber(p, true));
        node.insert(p.protocol.toLower(), std::move(protocol));
    } else if (p.start || p.end) {
        OutNode range = adminPortNumber(p, false);
        if (!p.protocol.isEmpty())
            range.insert(QStringLiteral("protocol"), OutNode::string(p.protocol));
        node.insert(QStringLiteral("portRange"), std::move(range));
    } else {
        node.insert(QStringLiteral("portNumber"), adminPortNumber(p, false));
    }
    return node;
}

OutNode adminRules(const QList<AdminRule> &rules, bool ingress, bool cluster)
{
    OutNode list = OutNode::sequence();
    for (const AdminRule &rule : rules) {
        OutNode r = OutNode::mapping();
        putString(r, QStringLiteral("name"), rule.name);
        putString(r, QStringLiteral("action"), rule.action);
        OutNode peers = OutNode::sequence();
        for (const AdminPeer &peer : rule.peers) {
            OutNode p = OutNode::mapping();
            if (peer.namespaces)
                p.insert(QStringLiteral("namespaces"), ResourceEncoder::encode(*peer.namespaces));
            if (peer.pods)
                p.insert(QStringLiteral("pods"), adminPods(*peer.pods));
            putStrings(p, QStringLiteral("networks"), peer.networks);
            if (peer.nodes)
                p.insert(QStringLiteral("nodes"), ResourceEncoder::encode(*peer.nodes));
            peers.append(std::move(p));
        }
        r.insert(ingress ? QStringLiteral("from") : QStringLiteral("to"), std::move(peers));
        if (!rule.ports.isEmpty()) {
            OutNode ports = OutNode::sequence();
            for (const AdminPort &port : rule.ports)
                ports.append(adminPort(port, cluster));
            r.insert(
                cluster ? QStringLiteral("protocols") : QStringLiteral("ports"), std::move(ports));
        }
        list.append(std::move(r));
    }
    return list;
}

} // namespace

OutNode ResourceEncoder::encode(const AdminPolicy &p)
{
    const bool cluster = p.kind == ResourceKind::ClusterNetworkPolicy;
    OutNode doc = header(kindApiVersion(p.kind), kindName(p.kind), p.meta);
    OutNode spec = OutNode::mapping();
    putString(spec, QStringLiteral("tier"), p.tier);
    if (p.priority)
        spec.insert(QStringLiteral("priority"), OutNode::number(*p.priority));
    OutNode subject = OutNode::mapping();
    if (p.subjectNamespaces)
        subject.insert(QStringLiteral("namespaces"), encode(*p.subjectNamespaces));
    if (p.subjectPods)
        subject.insert(QStringLiteral("pods"), adminPods(*p.subjectPods));
    spec.insert(QStringLiteral("subject"), std::move(subject));
    if (!p.ingress.isEmpty())
        spec.insert(QStringLiteral("ingress"), adminRules(p.ingress, true, cluster));
    if (!p.egress.isEmpty())
        spec.insert(QStringLiteral("egress"), adminRules(p.egress, false, cluster));
    doc.insert(QStringLiteral("spec"), std::move(spec));
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
        doc.insert(QStringLiteral("spec"), std::move(spec));
    if (!pod.podIPs.isEmpty()) {
        OutNode status = OutNode::mapping();
        status.insert(QStringLiteral("podIP"), OutNode::string(pod.podIPs.first()));
        OutNode ips = OutNode::sequence();
        for (const QString &ip : pod.podIPs) {
            OutNode entry = OutNode::mapping();
            entry.insert(QStringLiteral("ip"), OutNode::string(ip));
            ips.append(std::move(entry));
        }
        status.insert(QStringLiteral("podIPs"), std::move(ips));
        doc.insert(QStringLiteral("status"), std::move(status));
    }
    return doc;
}

OutNode ResourceEncoder::encode(const WorkloadTemplate &w)
{
    OutNode doc = header(kindApiVersion(w.kind), kindName(w.kind), w.meta);
    OutNode podTemplate = OutNode::mapping();
    if (!w.templateLabels.isEmpty()) {
        OutNode meta = OutNode::mapping();
        meta.insert(QStringLiteral("labels"), encode(w.templateLabels));
        podTemplate.insert(QStringLiteral("metadata"), std::move(meta));
    }
    podTemplate.insert(
        QStringLiteral("spec"), podSpec(w.serviceAccountName, QString(), w.hostNetwork, w.ports));

    OutNode spec = OutNode::mapping();
    if (w.replicas)
        spec.insert(QStringLiteral("replicas"), OutNode::number(*w.replicas));
    const bool needsSelector = w.kind != ResourceKind::Job && w.kind != ResourceKind::CronJob;
    if (needsSelector && !w.templateLabels.isEmpty()) {
        if (w.kind == ResourceKind::ReplicationController) {
            spec.insert(QStringLiteral("selector"), encode(w.templateLabels));
        } else {
            OutNode selector = OutNode::mapping();
            selector.insert(QStringLiteral("matchLabels"), encode(w.templateLabels));
            spec.insert(QStringLiteral("selector"), std::move(selector));
        }
    }
    if (w.kind == ResourceKind::CronJob) {
        OutNode jobSpec = OutNode::mapping();
        jobSpec.insert(QStringLiteral("template"), std::move(podTemplate));
        OutNode jobTemplate = OutNode::mapping();
        jobTemplate.insert(QStringLiteral("spec"), std::move(jobSpec));
        spec.insert(QStringLiteral("jobTemplate"), std::move(jobTemplate));
    } else {
        spec.insert(QStringLiteral("template"), std::move(podTemplate));
    }
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const Service &service)
{
    OutNode doc = header(
        kindApiVersion(ResourceKind::Service), kindName(ResourceKind::Service), service.meta);
    OutNode spec = OutNode::mapping();
    if (service.selector)
        spec.insert(QStringLiteral("selector"), encode(*service.selector));
    putString(spec, QStringLiteral("type"), service.type);
    putString(spec, QStringLiteral("clusterIP"), service.clusterIP);
    if (!service.ports.isEmpty()) {
        OutNode ports = OutNode::sequence();
        for (const ServicePort &p : service.ports) {
            OutNode port = OutNode::mapping();
            putString(port, QStringLiteral("name"), p.name);
            putString(port, QStringLiteral("protocol"), p.protocol);
            port.insert(QStringLiteral("port"), OutNode::number(p.port));
            if (p.targetPortNumber)
                port.insert(QStringLiteral("targetPort"), OutNode::number(*p.targetPortNumber));
            else if (!p.targetPortName.isEmpty())
                port.insert(QStringLiteral("targetPort"), OutNode::string(p.targetPortName));
            ports.append(std::move(port));
        }
        spec.insert(QStringLiteral("ports"), std::move(ports));
    }
    doc.insert(QStringLiteral("spec"), std::move(spec));
    return doc;
}

OutNode ResourceEncoder::encode(const EndpointSlice &slice)
{
    OutNode doc = header(kindApiVersion(ResourceKind::EndpointSlice),
        kindName(ResourceKind::EndpointSlice), slice.meta);
    putString(doc, QStringLiteral("addressType"), slice.addressType);
    if (!slice.endpoints.isEmpty()) {
        OutNode endpoints = OutNode::sequence();
        for (const EndpointSliceEndpoint &e : slice.endpoints) {
            OutNode endpoint = OutNode::mapping();
            putStrings(endpoint, QStringLiteral("addresses"), e.addresses);
            putString(endpoint, QStringLiteral("nodeName"), e.nodeName);
            if (!e.targetPod.isEmpty()) {
                OutNode ref = OutNode::mapping();
                ref.insert(QStringLiteral("kind"), OutNode::string(QStringLiteral("Pod")));
                ref.insert(QStringLiteral("name"), OutNode::string(e.targetPod));
                putString(ref, QStringLiteral("namespace"), slice.meta.namespace_);
                endpoint.insert(QStringLiteral("targetRef"), std::move(ref));
            }
            endpoints.append(std::move(endpoint));
        }
        doc.insert(QStringLiteral("endpoints"), std::move(endpoints));
    }
    if (!slice.ports.isEmpty()) {
        OutNode ports = OutNode::sequence();
        for (const EndpointSlicePort &p : slice.ports) {
            OutNode port = OutNode::mapping();
            putString(port, QStringLiteral("name"), p.name);
            putString(port, QStringLiteral("protocol"), p.protocol);
            if (p.port)
                port.insert(QStringLiteral("port"), OutNode::number(*p.port));
            ports.append(std::move(port));
        }
        doc.insert(QStringLiteral("ports"), std::move(ports));
    }
    return doc;
}

OutNode ResourceEncoder::encode(const Node &node)
{
    OutNode doc
        = header(kindApiVersion(ResourceKind::Node), kindName(ResourceKind::Node), node.meta);
    if (!node.podCIDRs.isEmpty()) {
        OutNode spec = OutNode::mapping();
        spec.insert(QStringLiteral("podCIDR"), OutNode::string(node.podCIDRs.first()));
        putStrings(spec, QStringLiteral("podCIDRs"), node.podCIDRs);
        doc.insert(QStringLiteral("spec"), std::move(spec));
    }
    if (!node.addresses.isEmpty()) {
        OutNode addresses = OutNode::sequence();
        for (const NodeAddress &a : node.addresses) {
            OutNode address = OutNode::mapping();
            putString(address, QStringLiteral("type"), a.type);
            putString(address, QStringLiteral("address"), a.address);
            addresses.append(std::move(address));
        }
        OutNode status = OutNode::mapping();
        status.insert(QStringLiteral("addresses"), std::move(addresses));
        doc.insert(QStringLiteral("status"), std::move(status));
    }
    return doc;
}

} // namespace ps
