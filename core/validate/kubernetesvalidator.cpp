#include "core/validate/kubernetesvalidator_p.h"

#include "core/model/apiserverdefaults.h"
#include "core/model/excerpt.h"
#include "core/model/port.h"
#include "core/model/protocol.h"
#include "core/net/ipnetwork.h"
#include "core/validate/diagnosticsink.h"
#include "core/validate/metarules.h"
#include "core/validate/namerules.h"

namespace ps {

namespace {

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

// Kubernetes' port protocols (TCP, UDP, SCTP, case-sensitive) are the ones Calico lets a rule
// list ports for.
bool isPortProtocol(const QString &p)
{
    const ProtocolFacts *facts = protocolFacts(p);
    return facts && facts->rulePorts;
}

void checkContainerPorts(
    DiagnosticSink &sink, const QList<ContainerPort> &ports, const QString &path)
{
    for (const ContainerPort &p : ports) {
        if (!p.name.isEmpty()) {
            const QString e = checkKubernetesPortName(p.name);
            if (!e.isEmpty()) {
                sink.error(path,
                    KubernetesValidator::tr("invalid container port name \"%1\": "
                                            "%2")
                        .arg(excerpt(p.name), e));
            }
        }
        if (p.containerPort < 1 || p.containerPort > 65535) {
            sink.error(path,
                KubernetesValidator::tr("container port %1 is out of range: "
                                        "expected 1-65535")
                    .arg(p.containerPort));
        }
        if (!p.protocol.isEmpty() && !isPortProtocol(p.protocol)) {
            sink.error(path,
                KubernetesValidator::tr("invalid container port protocol \"%1\": "
                                        "expected TCP, UDP or SCTP")
                    .arg(p.protocol));
        }
    }
}

void checkK8sPort(DiagnosticSink &sink, const K8sPort &port, const QString &path)
{
    if (!port.protocol.isEmpty() && !isPortProtocol(port.protocol)) {
        sink.error(path + QStringLiteral(".protocol"),
            KubernetesValidator::tr(
                "invalid protocol \"%1\": expected TCP, UDP or SCTP (case-sensitive)")
                .arg(port.protocol));
    }
    if (port.number && (*port.number < 1 || *port.number > 65535)) {
        sink.error(path + QStringLiteral(".port"),
            KubernetesValidator::tr("port %1 is out of range: expected 1-65535").arg(*port.number));
    }
    if (!port.name.isEmpty()) {
        const QString e = checkKubernetesPortName(port.name);
        if (!e.isEmpty()) {
            sink.error(path + QStringLiteral(".port"),
                KubernetesValidator::tr("invalid port name \"%1\": %2").arg(port.name, e));
        }
    }
    if (!port.endPort)
        return;
    const QString endPath = path + QStringLiteral(".endPort");
    if (!port.number) {
        sink.error(endPath,
            port.name.isEmpty()
                ? KubernetesValidator::tr("endPort needs a numeric port")
                : KubernetesValidator::tr("endPort cannot be used with the named port \"%1\": "
                                          "it needs a numeric port (Calico drops this rule)")
                      .arg(port.name));
        return;
    }
    if (*port.endPort < *port.number) {
        sink.error(endPath,
            KubernetesValidator::tr("endPort %1 is below port %2: endPort must be greater than "
                                    "or equal to port")
                .arg(*port.endPort)
                .arg(*port.number));
    } else if (*port.endPort > 65535) {
        sink.error(endPath,
            KubernetesValidator::tr("endPort %1 is out of range: expected 1-65535")
                .arg(*port.endPort));
    }
}

void checkIpBlock(DiagnosticSink &sink, const IpBlock &block, const QString &path)
{
    const auto cidr = IpNetwork::parseCidr(block.cidr);
    if (!cidr) {
        sink.error(path + QStringLiteral(".cidr"),
            block.cidr.isEmpty() ? KubernetesValidator::tr("ipBlock needs a cidr")
                                 : KubernetesValidator::tr(
                                     "invalid CIDR \"%1\": expected e.g. 10.0.0.0/8 (Calico's "
                                     "conversion would turn this peer into one that matches every "
                                     "address)")
                                       .arg(block.cidr));
    }
    for (qsizetype i = 0; i < block.except.size(); ++i) {
        const QString exceptPath = indexed(path + QStringLiteral(".except"), i);
        const auto except = IpNetwork::parseCidr(block.except[i]);
        if (!except) {
            sink.error(exceptPath,
                KubernetesValidator::tr("invalid CIDR \"%1\" in except").arg(block.except[i]));
            continue;
        }
        if (cidr
            && (!cidr->network().contains(*except)
                || except->prefixLength() <= cidr->prefixLength())) {
            sink.error(exceptPath,
                KubernetesValidator::tr("except entry %1 must be a strict subset of the cidr "
                                        "%2")
                    .arg(block.except[i], block.cidr));
        }
    }
}

void checkPeer(DiagnosticSink &sink, const K8sPeer &peer, const QString &path)
{
    if (!peer.podSelector && !peer.namespaceSelector && !peer.ipBlock) {
        sink.error(path,
            KubernetesValidator::tr("a peer needs podSelector, namespaceSelector or ipBlock"));
        return;
    }
    if (peer.ipBlock && (peer.podSelector || peer.namespaceSelector)) {
        sink.error(path + QStringLiteral(".ipBlock"),
            KubernetesValidator::tr(
                "ipBlock cannot be combined with podSelector or namespaceSelector in "
                "one peer"));
    }
    if (peer.ipBlock)
        checkIpBlock(sink, *peer.ipBlock, path + QStringLiteral(".ipBlock"));
    if (peer.podSelector) {
        KubernetesValidator::checkLabelSelector(
            sink, *peer.podSelector, path + QStringLiteral(".podSelector"));
    }
    if (peer.namespaceSelector) {
        KubernetesValidator::checkLabelSelector(
            sink, *peer.namespaceSelector, path + QStringLiteral(".namespaceSelector"));
    }
}

void checkK8sRules(DiagnosticSink &sink, const QList<K8sRule> &rules, const QString &path,
    const QString &peerField)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString rulePath = indexed(path, i);
        for (qsizetype j = 0; j < rules[i].ports.size(); ++j)
            checkK8sPort(sink, rules[i].ports[j], indexed(rulePath + QStringLiteral(".ports"), j));
        for (qsizetype j = 0; j < rules[i].peers.size(); ++j)
            checkPeer(sink, rules[i].peers[j], indexed(rulePath + u'.' + peerField, j));
    }
}

void checkIps(DiagnosticSink &sink, const QStringList &ips, const QString &path)
{
    bool v4 = false;
    bool v6 = false;
    for (qsizetype i = 0; i < ips.size(); ++i) {
        const auto ip = IpAddress::parse(ips[i]);
        if (!ip) {
            sink.error(
                indexed(path, i), KubernetesValidator::tr("invalid IP address \"%1\"").arg(ips[i]));
            continue;
        }
        if ((ip->family() == 4 && v4) || (ip->family() == 6 && v6)) {
            sink.error(indexed(path, i),
                KubernetesValidator::tr("more than one IPv%1 address: a pod has at most "
                                        "one address per IP family")
                    .arg(ip->family()));
        }
        v4 = v4 || ip->family() == 4;
        v6 = v6 || ip->family() == 6;
    }
}

} // namespace

void KubernetesValidator::checkLabelSelector(
    DiagnosticSink &sink, const LabelSelector &selector, const QString &path)
{
    MetaRules::checkLabels(sink, selector.matchLabels, path + QStringLiteral(".matchLabels"));
    static const QStringList operators {QStringLiteral("In"), QStringLiteral("NotIn"),
        QStringLiteral("Exists"), QStringLiteral("DoesNotExist")};
    for (qsizetype i = 0; i < selector.matchExpressions.size(); ++i) {
        const LabelSelectorRequirement &r = selector.matchExpressions[i];
        const QString rPath = indexed(path + QStringLiteral(".matchExpressions"), i);
        const QStringList errors = NameRules::checkQualifiedName(r.key);
        for (const QString &e : errors)
            sink.error(rPath + QStringLiteral(".key"), tr("invalid label key %1").arg(e));
        if (!operators.contains(r.op)) {
            sink.error(rPath + QStringLiteral(".operator"),
                tr("invalid operator \"%1\": expected In, NotIn, Exists or DoesNotExist")
                    .arg(r.op));
            continue;
        }
        const bool setOp = r.op == QStringLiteral("In") || r.op == QStringLiteral("NotIn");
        if (setOp && r.values.isEmpty()) {
            sink.error(rPath + QStringLiteral(".values"),
                tr("operator %1 needs at least one value").arg(r.op));
        } else if (!setOp && !r.values.isEmpty()) {
            sink.error(
                rPath + QStringLiteral(".values"), tr("operator %1 takes no values").arg(r.op));
        }
        for (qsizetype j = 0; j < r.values.size(); ++j) {
            const QStringList errors = NameRules::checkLabelValue(r.values[j]);
            for (const QString &e : errors)
                sink.error(indexed(rPath + QStringLiteral(".values"), j), e);
        }
    }
}

void KubernetesValidator::validate(DiagnosticSink &sink, const KubernetesNetworkPolicy &policy)
{
    const ResourceKind kind = policy.staged ? ResourceKind::StagedKubernetesNetworkPolicy
                                            : ResourceKind::KubernetesNetworkPolicy;
    MetaRules::check(sink, policy.meta, kind);

    if (policy.staged) {
        static const QStringList actions {QStringLiteral("Set"), QStringLiteral("Delete"),
            QStringLiteral("Learn"), QStringLiteral("Ignore")};
        if (!policy.stagedAction.isEmpty() && !actions.contains(policy.stagedAction)) {
            sink.error(QStringLiteral("spec.stagedAction"),
                tr("invalid stagedAction \"%1\": expected Set, Delete, Learn or Ignore")
                    .arg(policy.stagedAction));
        }
        if (policy.stagedAction == QStringLiteral("Delete")) {
            if (!policy.podSelector.isEmpty() || !policy.policyTypes.isEmpty()
                || !policy.ingress.isEmpty() || !policy.egress.isEmpty()) {
                sink.error(QStringLiteral("spec.stagedAction"),
                    tr("with stagedAction Delete every other spec field must be empty"));
            }
            return;
        }
    }

    checkLabelSelector(sink, policy.podSelector, QStringLiteral("spec.podSelector"));

    QStringList seen;
    for (qsizetype i = 0; i < policy.policyTypes.size(); ++i) {
        const QString &t = policy.policyTypes[i];
        const QString path = indexed(QStringLiteral("spec.policyTypes"), i);
        if (t != QStringLiteral("Ingress") && t != QStringLiteral("Egress")) {
            sink.error(path,
                tr("invalid policy type \"%1\": expected Ingress or Egress "
                   "(case-sensitive)")
                    .arg(t));
        } else if (seen.contains(t)) {
            sink.error(path, tr("\"%1\" is listed more than once in policyTypes").arg(t));
        }
        seen << t;
    }

    checkK8sRules(sink, policy.ingress, QStringLiteral("spec.ingress"), QStringLiteral("from"));
    checkK8sRules(sink, policy.egress, QStringLiteral("spec.egress"), QStringLiteral("to"));

    const bool ingressType = policy.policyTypes.contains(QStringLiteral("Ingress"));
    const bool egressType = policy.policyTypes.contains(QStringLiteral("Egress"));
    if (policy.policyTypes.isEmpty()) {
        // The policy relies on a default (core/model/apiserverdefaults.h) that decides which
        // directions it isolates.
        if (policy.egress.isEmpty()) {
            // [Ingress], what everyone expects: nothing to say.
        } else if (policy.staged) {
            sink.warning(QStringLiteral("spec.egress"),
                tr("policyTypes is not set: Calico applies this staged policy to ingress only "
                   "and ignores these egress rules (the Kubernetes API server would add Egress "
                   "to a NetworkPolicy, but this kind is Calico's); write policyTypes "
                   "explicitly"));
        } else if (policy.ingress.isEmpty()) {
            sink.warning(QStringLiteral("spec.egress"),
                tr("policyTypes is not set: the Kubernetes API server sets it to Ingress and "
                   "Egress, so this policy, which has no ingress rules, also denies all "
                   "ingress to the pods it selects; write policyTypes: [Egress] for an "
                   "egress-only policy"));
        } else {
            sink.warning(QStringLiteral("spec.egress"),
                tr("policyTypes is not set: the Kubernetes API server sets it to Ingress and "
                   "Egress because of these egress rules; write policyTypes explicitly"));
        }
        return;
    }
    if (!policy.ingress.isEmpty() && !ingressType) {
        sink.warning(QStringLiteral("spec.ingress"),
            tr("ingress rules are ignored: policyTypes does not include Ingress"));
    }
    if (!policy.egress.isEmpty() && !egressType) {
        sink.warning(QStringLiteral("spec.egress"),
            tr("egress rules are ignored: policyTypes does not include Egress"));
    }
}

void KubernetesValidator::validate(DiagnosticSink &sink, const Namespace &ns)
{
    MetaRules::check(sink, ns.meta, ResourceKind::Namespace);
    const auto written = ns.meta.labels.constFind(kNamespaceNameLabel);
    if (written != ns.meta.labels.cend() && !ns.meta.name.isEmpty() && *written != ns.meta.name) {
        sink.warning(QStringLiteral("metadata.labels.") + kNamespaceNameLabel,
            tr("the Kubernetes API server sets label %1 to the namespace's name: \"%2\" "
               "replaces \"%3\", and selectors see \"%2\"")
                .arg(kNamespaceNameLabel, ns.meta.name, *written));
    }
}

void KubernetesValidator::validate(DiagnosticSink &sink, const Pod &pod)
{
    MetaRules::check(sink, pod.meta, ResourceKind::Pod);
    checkIps(sink, pod.podIPs, QStringLiteral("status.podIPs"));
    checkContainerPorts(sink, pod.ports, QStringLiteral("spec.containers"));
}

void KubernetesValidator::validate(DiagnosticSink &sink, const ServiceAccount &account)
{
    MetaRules::check(sink, account.meta, ResourceKind::ServiceAccount);
}

void KubernetesValidator::validate(DiagnosticSink &sink, const Service &service)
{
    MetaRules::check(sink, service.meta, ResourceKind::Service);
    const QString &ip = service.clusterIP;
    if (!ip.isEmpty() && ip != QStringLiteral("None") && !IpAddress::parse(ip)) {
        sink.error(QStringLiteral("spec.clusterIP"),
            tr("invalid clusterIP \"%1\": expected an IP address or None").arg(ip));
    }
    for (qsizetype i = 0; i < service.ports.size(); ++i) {
        const ServicePort &p = service.ports[i];
        const QString path = indexed(QStringLiteral("spec.ports"), i);
        if (!p.protocol.isEmpty() && !isPortProtocol(p.protocol)) {
            sink.error(path + QStringLiteral(".protocol"),
                tr("invalid protocol \"%1\": expected TCP, UDP or SCTP").arg(p.protocol));
        }
        if (p.port < 1 || p.port > 65535) {
            sink.error(path + QStringLiteral(".port"),
                tr("port %1 is out of range: expected 1-65535").arg(p.port));
        }
    }
}

void KubernetesValidator::validate(DiagnosticSink &sink, const EndpointSlice &slice)
{
    MetaRules::check(sink, slice.meta, ResourceKind::EndpointSlice);
    const bool v4 = slice.addressType == QStringLiteral("IPv4");
    const bool v6 = slice.addressType == QStringLiteral("IPv6");
    if (!v4 && !v6 && slice.addressType != QStringLiteral("FQDN")) {
        sink.error(QStringLiteral("addressType"),
            tr("invalid addressType \"%1\": expected IPv4, IPv6 or FQDN").arg(slice.addressType));
        return;
    }
    if (!v4 && !v6)
        return;
    for (qsizetype i = 0; i < slice.endpoints.size(); ++i) {
        const QStringList &addresses = slice.endpoints[i].addresses;
        for (qsizetype j = 0; j < addresses.size(); ++j) {
            const auto ip = IpAddress::parse(addresses[j]);
            if (!ip || ip->family() != (v4 ? 4 : 6)) {
                sink.error(
                    indexed(
                        indexed(QStringLiteral("endpoints"), i) + QStringLiteral(".addresses"), j),
                    tr("invalid %1 address \"%2\"").arg(slice.addressType, addresses[j]));
            }
        }
    }
}

void KubernetesValidator::validate(DiagnosticSink &sink, const Node &node)
{
    MetaRules::check(sink, node.meta, ResourceKind::Node);
    for (qsizetype i = 0; i < node.podCIDRs.size(); ++i) {
        if (!IpNetwork::parseCidr(node.podCIDRs[i])) {
            sink.error(indexed(QStringLiteral("spec.podCIDRs"), i),
                tr("invalid pod CIDR \"%1\"").arg(node.podCIDRs[i]));
        }
    }
    for (qsizetype i = 0; i < node.addresses.size(); ++i) {
        const NodeAddress &a = node.addresses[i];
        const bool isIp
            = a.type == QStringLiteral("InternalIP") || a.type == QStringLiteral("ExternalIP");
        if (isIp && !IpAddress::parse(a.address)) {
            sink.error(indexed(QStringLiteral("status.addresses"), i) + QStringLiteral(".address"),
                tr("invalid %1 \"%2\"").arg(a.type, a.address));
        }
    }
}

void KubernetesValidator::validate(DiagnosticSink &sink, const WorkloadTemplate &workload)
{
    MetaRules::check(sink, workload.meta, workload.kind);
    MetaRules::checkLabels(
        sink, workload.templateLabels, QStringLiteral("spec.template.metadata.labels"));
    checkContainerPorts(sink, workload.ports, QStringLiteral("spec.template.spec.containers"));
    if (workload.replicas && *workload.replicas < 0) {
        sink.error(QStringLiteral("spec.replicas"),
            tr("replicas must not be negative (%1)").arg(*workload.replicas));
    }
}

} // namespace ps
