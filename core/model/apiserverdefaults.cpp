#include "core/model/apiserverdefaults.h"

#include "core/model/protocol.h"

namespace ps {

namespace {

/// True when the text the resource was read from holds the field; resources made in memory
/// (no field positions) count as having written everything they hold.
bool written(const Source &source, const QString &path)
{
    return !source.fields || source.fields->contains(path);
}

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

void impliedPortProtocols(
    const QList<K8sRule> &rules, const QString &path, QList<ImpliedValue> &out)
{
    static const QString tcp = kubernetesPortProtocol(QString());
    for (qsizetype r = 0; r < rules.size(); ++r) {
        for (qsizetype p = 0; p < rules[r].ports.size(); ++p) {
            if (rules[r].ports[p].protocol.isEmpty()) {
                out.append({indexed(indexed(path, r) + QStringLiteral(".ports"), p)
                        + QStringLiteral(".protocol"),
                    tcp});
            }
        }
    }
}

void fillPortProtocols(QList<K8sRule> &rules)
{
    for (K8sRule &rule : rules) {
        for (K8sPort &port : rule.ports)
            port.protocol = kubernetesPortProtocol(port.protocol);
    }
}

} // namespace

Labels namespaceLabels(const Namespace &ns)
{
    Labels labels = ns.meta.labels;
    if (!ns.meta.name.isEmpty())
        labels.insert(kNamespaceNameLabel, ns.meta.name);
    return labels;
}

QStringList effectivePolicyTypes(const KubernetesNetworkPolicy &policy)
{
    if (!policy.policyTypes.isEmpty())
        return policy.policyTypes;
    QStringList types {QStringLiteral("Ingress")};
    if (!policy.staged && !policy.egress.isEmpty())
        types << QStringLiteral("Egress");
    return types;
}

QList<ImpliedValue> impliedValues(const Namespace &ns)
{
    if (ns.meta.name.isEmpty() || ns.meta.labels.value(kNamespaceNameLabel) == ns.meta.name)
        return {};
    return {{QStringLiteral("metadata.labels.") + kNamespaceNameLabel, ns.meta.name}};
}

QList<ImpliedValue> impliedValues(const KubernetesNetworkPolicy &policy)
{
    QList<ImpliedValue> out;
    if (policy.staged && policy.stagedAction == u"Delete")
        return out;
    if (!policy.staged && policy.policyTypes.isEmpty()) {
        out.append({QStringLiteral("spec.policyTypes"),
            u'[' + effectivePolicyTypes(policy).join(QStringLiteral(", ")) + u']'});
    }
    impliedPortProtocols(policy.ingress, QStringLiteral("spec.ingress"), out);
    impliedPortProtocols(policy.egress, QStringLiteral("spec.egress"), out);
    return out;
}

QList<ImpliedValue> impliedValues(const Pod &pod)
{
    QList<ImpliedValue> out;
    if (!written(pod.source, QStringLiteral("spec.serviceAccountName"))
        && !written(pod.source, QStringLiteral("spec.serviceAccount"))) {
        out.append({QStringLiteral("spec.serviceAccountName"), pod.serviceAccountName});
    }
    return out;
}

QList<ImpliedValue> impliedValues(const Service &service)
{
    QList<ImpliedValue> out;
    for (qsizetype i = 0; i < service.ports.size(); ++i) {
        const ServicePort &port = service.ports[i];
        const QString path = indexed(QStringLiteral("spec.ports"), i);
        if (!written(service.source, path + QStringLiteral(".protocol")))
            out.append({path + QStringLiteral(".protocol"), kubernetesPortProtocol(port.protocol)});
        if (!written(service.source, path + QStringLiteral(".targetPort")))
            out.append({path + QStringLiteral(".targetPort"), QString::number(port.port)});
    }
    return out;
}

KubernetesNetworkPolicy withApiServerDefaults(KubernetesNetworkPolicy policy)
{
    if (policy.staged && policy.stagedAction == u"Delete")
        return policy;
    if (!policy.staged)
        policy.policyTypes = effectivePolicyTypes(policy);
    fillPortProtocols(policy.ingress);
    fillPortProtocols(policy.egress);
    return policy;
}

Workspace withApiServerDefaults(const Workspace &workspace)
{
    return workspace.edited([](WorkspaceData &d) {
        for (Namespace &ns : d.namespaces)
            ns.meta.labels = namespaceLabels(ns);
        for (KubernetesNetworkPolicy &p : d.kubernetesPolicies)
            p = withApiServerDefaults(std::move(p));
        for (Service &s : d.services) {
            for (ServicePort &port : s.ports) {
                port.protocol = kubernetesPortProtocol(port.protocol);
                if (!port.targetPortNumber && port.targetPortName.isEmpty())
                    port.targetPortNumber = port.port;
            }
        }
    });
}

} // namespace ps
