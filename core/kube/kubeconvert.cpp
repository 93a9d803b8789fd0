#include "core/kube/kubeconvert.h"

#include <algorithm>
#include <map>
#include <optional>

#include <QCoreApplication>

#include "core/model/apiserverdefaults.h"
#include "core/model/builtintier.h"
#include "core/model/protocol.h"
#include "core/net/ipnetwork.h"
#include "core/validate/diagnosticsink.h"

namespace ps {

namespace {

// Messages are translated in the "KubeConvert" context.
class Text {
    Q_DECLARE_TR_FUNCTIONS(KubeConvert)
};

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

// One "protocol group": nullopt = every port of the protocol.
using PortGroup = std::optional<QList<Port>>;

} // namespace

QList<Port> simplifyPorts(const QList<Port> &ports)
{
    if (ports.size() <= 1)
        return ports;
    QList<Port> out;
    std::vector<int> numeric;
    for (const Port &p : ports) {
        if (p.isNamed()) {
            out.append(p);
            continue;
        }
        for (int i = p.min(); i <= p.max(); ++i)
            numeric.push_back(i);
    }
    if (numeric.size() <= 1)
        return ports;
    std::sort(numeric.begin(), numeric.end());
    size_t i = 0;
    while (i < numeric.size()) {
        const int first = numeric[i];
        int last = first;
        ++i;
        while (i < numeric.size() && numeric[i] <= last + 1) {
            last = numeric[i];
            ++i;
        }
        out.append(Port::range(first, last));
    }
    return out;
}

namespace {

struct PeerFields {
    QString selector;
    QString namespaceSelector;
    QStringList nets;
    QStringList notNets;
};

PeerFields convertPeer(const K8sPeer *peer, DiagnosticSink &sink, const QString &path)
{
    PeerFields f;
    if (!peer)
        return f;
    if (peer->ipBlock) {
        const auto cidr = IpNetwork::parseCidr(peer->ipBlock->cidr);
        if (!cidr) {
            sink.error(path + QStringLiteral(".ipBlock.cidr"),
                Text::tr("invalid CIDR \"%1\": Calico converts this peer into one that matches "
                         "every address")
                    .arg(peer->ipBlock->cidr));
            return f;
        }
        f.nets << cidr->network().toString();
        for (qsizetype i = 0; i < peer->ipBlock->except.size(); ++i) {
            const auto except = IpNetwork::parseCidr(peer->ipBlock->except[i]);
            if (!except) {
                // Calico stops at the first bad entry and keeps what it has.
                sink.error(indexed(path + QStringLiteral(".ipBlock.except"), i),
                    Text::tr("invalid CIDR \"%1\" in except: Calico ignores it and every "
                             "later except entry")
                        .arg(peer->ipBlock->except[i]));
                return f;
            }
            f.notNets << except->network().toString();
        }
        return f;
    }
    f.selector = kubernetesSelectorToCalico(peer->podSelector.value_or(LabelSelector {}), true);
    if (peer->namespaceSelector)
        f.namespaceSelector = kubernetesSelectorToCalico(*peer->namespaceSelector, false);
    return f;
}

// k8sRuleToCalico: one Allow rule per (protocol group, peer). nullopt when a port cannot be
// converted (Calico drops the whole rule).
std::optional<QList<Rule>> convertRule(
    const K8sRule &rule, bool ingress, DiagnosticSink &sink, const QString &path)
{
    std::map<QString, PortGroup> groups;
    if (rule.ports.isEmpty())
        groups[QString()] = std::nullopt;
    for (qsizetype j = 0; j < rule.ports.size(); ++j) {
        const K8sPort &kp = rule.ports[j];
        const QString protocol = kubernetesPortProtocol(kp.protocol);
        std::optional<Port> port;
        if (kp.number || !kp.name.isEmpty()) {
            QString text = kp.number ? QString::number(*kp.number) : kp.name;
            if (kp.endPort)
                text += u':' + QString::number(*kp.endPort);
            const Result<Port> parsed = Port::parse(text);
            if (!parsed) {
                sink.error(indexed(path + QStringLiteral(".ports"), j),
                    Text::tr("this rule is dropped: its port \"%1\" cannot be converted (%2)")
                        .arg(text, parsed.error().message));
                return std::nullopt;
            }
            port = parsed.value();
        }
        auto it = groups.find(protocol);
        if (!port) {
            groups[protocol] = std::nullopt; // all ports of the protocol win
        } else if (it == groups.end()) {
            groups[protocol] = QList<Port> {*port};
        } else if (it->second && !it->second->isEmpty()) {
            it->second->append(*port);
        }
    }

    std::vector<const K8sPeer *> peers;
    for (const K8sPeer &p : rule.peers)
        peers.push_back(&p);
    if (peers.empty())
        peers.push_back(nullptr);

    QList<Rule> out;
    for (const auto &[protocol, group] : groups) {
        const QList<Port> ports = group ? simplifyPorts(*group) : QList<Port>();
        for (size_t k = 0; k < peers.size(); ++k) {
            const QString peerPath = indexed(
                path + (ingress ? QStringLiteral(".from") : QStringLiteral(".to")), qsizetype(k));
            const PeerFields f = convertPeer(peers[k], sink, peerPath);
            Rule r;
            r.action = QStringLiteral("Allow");
            if (!protocol.isEmpty())
                r.protocol = Protocol::fromString(protocol);
            EntityRule &peerSide = ingress ? r.source : r.destination;
            peerSide.selector = f.selector;
            peerSide.namespaceSelector = f.namespaceSelector;
            peerSide.nets = f.nets;
            peerSide.notNets = f.notNets;
            r.destination.ports = ports;
            out.append(r);
        }
    }
    return out;
}

QList<Rule> convertRules(const QList<K8sRule> &rules, bool ingress, DiagnosticSink &sink)
{
    const QString base = ingress ? QStringLiteral("spec.ingress") : QStringLiteral("spec.egress");
    QList<Rule> out;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (const auto converted = convertRule(rules[i], ingress, sink, indexed(base, i)))
            out += *converted;
    }
    return out;
}

} // namespace

QString kubernetesSelectorToCalico(const LabelSelector &selector, bool forPods)
{
    QStringList terms;
    if (forPods)
        terms << QStringLiteral("projectcalico.org/orchestrator == 'k8s'");
    if (!forPods && selector.isEmpty())
        return QStringLiteral("all()");
    // Labels is a QMap: keys come out sorted, as Go's sort.Strings sorts them.
    for (auto it = selector.matchLabels.constBegin(); it != selector.matchLabels.constEnd(); ++it) {
        terms << it.key() + QStringLiteral(" == '") + it.value() + u'\'';
    }
    for (const LabelSelectorRequirement &r : selector.matchExpressions) {
        const QString values = r.values.join(QStringLiteral("', '"));
        if (r.op == QStringLiteral("In"))
            terms << r.key + QStringLiteral(" in { '") + values + QStringLiteral("' }");
        else if (r.op == QStringLiteral("NotIn"))
            terms << r.key + QStringLiteral(" not in { '") + values + QStringLiteral("' }");
        else if (r.op == QStringLiteral("Exists"))
            terms << QStringLiteral("has(") + r.key + u')';
        else if (r.op == QStringLiteral("DoesNotExist"))
            terms << QStringLiteral("! has(") + r.key + u')';
    }
    return terms.join(QStringLiteral(" && "));
}

KnpNaming knpNaming(CalicoVersion version)
{
    return calicoHas(version, CalicoBehaviour::LegacyKubernetesPolicyNames) ? KnpNaming::Legacy
                                                                            : KnpNaming::Current;
}

KubeConversion convertKubernetesPolicy(const KubernetesNetworkPolicy &policy, KnpNaming naming)
{
    KubeConversion out;
    DiagnosticSink sink(out.diagnostics, policy.source);
    CalicoPolicy &p = out.policy;

    p.kind = policy.staged ? ResourceKind::StagedKubernetesNetworkPolicy
                           : ResourceKind::KubernetesNetworkPolicy;
    p.meta.name = naming == KnpNaming::Legacy ? QStringLiteral("knp.default.") + policy.meta.name
                                              : policy.meta.name;
    p.meta.namespace_ = policy.meta.namespace_;
    p.meta.uid = policy.meta.uid;
    p.meta.resourceVersion = policy.meta.resourceVersion;
    p.meta.creationTimestamp = policy.meta.creationTimestamp;
    p.tier = defaultTierName();
    p.order = 1000.0;
    p.selector = kubernetesSelectorToCalico(policy.podSelector, true);
    p.ingress = convertRules(policy.ingress, true, sink);
    p.egress = convertRules(policy.egress, false, sink);

    // The types the cluster's copy has: a NetworkPolicy without policyTypes gets the API
    // server's default, a staged one Calico's.
    const QStringList types = effectivePolicyTypes(policy);
    const bool ingressType = types.contains(QStringLiteral("Ingress"));
    const bool egressType = types.contains(QStringLiteral("Egress"));
    if (ingressType)
        p.types << QStringLiteral("Ingress");
    if (egressType)
        p.types << QStringLiteral("Egress");
    if (p.types.isEmpty())
        p.types << QStringLiteral("Ingress");

    if (policy.staged)
        p.stagedAction
            = policy.stagedAction.isEmpty() ? QStringLiteral("Set") : policy.stagedAction;
    p.source = policy.source;
    return out;
}

CalicoPolicy asCalicoNetworkPolicy(const CalicoPolicy &converted)
{
    CalicoPolicy p = converted;
    const bool staged = converted.kind == ResourceKind::StagedKubernetesNetworkPolicy
        || converted.kind == ResourceKind::StagedNetworkPolicy;
    p.kind = staged ? ResourceKind::StagedNetworkPolicy : ResourceKind::NetworkPolicy;
    if (!staged)
        p.stagedAction.clear();
    else if (p.stagedAction.isEmpty())
        p.stagedAction = QStringLiteral("Set");
    // A new object for `calicoctl apply`: the Kubernetes object's identity and version would
    // make the apply fail (a resourceVersion is an update precondition).
    p.meta.uid.clear();
    p.meta.resourceVersion.clear();
    p.meta.creationTimestamp.clear();
    return p;
}

} // namespace ps
