#include "core/validate/adminvalidator_p.h"

#include "core/net/ipnetwork.h"
#include "core/validate/diagnosticsink.h"
#include "core/validate/kubernetesvalidator_p.h"
#include "core/validate/metarules.h"

namespace ps {

namespace {

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

struct Limits {
    qsizetype rules; // per direction
    qsizetype peers; // per rule
    qsizetype ports; // per rule
};

void checkPods(DiagnosticSink &sink, const AdminPods &pods, const QString &path)
{
    KubernetesValidator::checkLabelSelector(
        sink, pods.namespaceSelector, path + QStringLiteral(".namespaceSelector"));
    KubernetesValidator::checkLabelSelector(
        sink, pods.podSelector, path + QStringLiteral(".podSelector"));
}

void checkPortNumber(DiagnosticSink &sink, std::optional<int> port, const QString &path)
{
    if (port && (*port < 1 || *port > 65535)) {
        sink.error(
            path, AdminValidator::tr("port %1 is out of range: expected 1 to 65535").arg(*port));
    }
}

void checkPort(DiagnosticSink &sink, const AdminPort &p, bool cluster, const QString &path)
{
    const int set = cluster
        ? (p.protocol.isEmpty() ? 0 : 1) + (p.namedPort.isEmpty() ? 0 : 1)
        : (p.port ? 1 : 0) + (p.start || p.end ? 1 : 0) + (p.namedPort.isEmpty() ? 0 : 1);
    if (set != 1) {
        sink.error(path,
            cluster
                ? AdminValidator::tr("set exactly one of tcp, udp, sctp or destinationNamedPort")
                : AdminValidator::tr("set exactly one of portNumber, namedPort or portRange"));
    }
    if (!cluster && !p.protocol.isEmpty() && p.protocol != u"TCP" && p.protocol != u"UDP"
        && p.protocol != u"SCTP") {
        sink.error(path,
            AdminValidator::tr("invalid protocol \"%1\": expected TCP, UDP or SCTP")
                .arg(p.protocol));
    }
    checkPortNumber(sink, p.port, path);
    checkPortNumber(sink, p.start, path);
    checkPortNumber(sink, p.end, path);
    if ((p.start || p.end) && !(p.start && p.end)) {
        sink.error(path, AdminValidator::tr("a port range needs both start and end"));
    } else if (p.start && p.end && *p.start >= *p.end) {
        sink.error(path,
            AdminValidator::tr("port range %1-%2: start must be less than end")
                .arg(*p.start)
                .arg(*p.end));
    }
}

void checkRules(DiagnosticSink &sink, const AdminPolicy &policy, bool ingress, const Limits &limits)
{
    const bool cluster = policy.kind == ResourceKind::ClusterNetworkPolicy;
    const QList<AdminRule> &rules = ingress ? policy.ingress : policy.egress;
    const QString base = ingress ? QStringLiteral("spec.ingress") : QStringLiteral("spec.egress");
    if (rules.size() > limits.rules) {
        sink.error(base,
            AdminValidator::tr("%1 rules; at most %2 are allowed")
                .arg(rules.size())
                .arg(limits.rules));
    }
    QStringList actions;
    if (cluster)
        actions = {QStringLiteral("Accept"), QStringLiteral("Deny"), QStringLiteral("Pass")};
    else if (policy.kind == ResourceKind::AdminNetworkPolicy)
        actions = {QStringLiteral("Allow"), QStringLiteral("Deny"), QStringLiteral("Pass")};
    else
        actions = {QStringLiteral("Allow"), QStringLiteral("Deny")};
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const AdminRule &rule = rules[i];
        const QString path = indexed(base, i);
        if (rule.name.size() > 100) {
            sink.error(path + QStringLiteral(".name"),
                AdminValidator::tr("the rule name is longer than 100 characters"));
        }
        if (!actions.contains(rule.action)) {
            sink.error(path + QStringLiteral(".action"),
                rule.action.isEmpty() ? AdminValidator::tr("action is required: %1")
                                            .arg(actions.join(QStringLiteral(", ")))
                                      : AdminValidator::tr("invalid action \"%1\": expected %2")
                                            .arg(rule.action, actions.join(QStringLiteral(", "))));
        }
        const QString peersPath
            = path + (ingress ? QStringLiteral(".from") : QStringLiteral(".to"));
        if (rule.peers.isEmpty()) {
            sink.error(path,
                ingress ? AdminValidator::tr("from needs at least one peer")
                        : AdminValidator::tr("to needs at least one peer"));
        } else if (rule.peers.size() > limits.peers) {
            sink.error(peersPath,
                AdminValidator::tr("%1 peers; at most %2 are allowed")
                    .arg(rule.peers.size())
                    .arg(limits.peers));
        }
        for (qsizetype k = 0; k < rule.peers.size(); ++k) {
            const AdminPeer &peer = rule.peers[k];
            const QString peerPath = indexed(peersPath, k);
            const int set = (peer.namespaces ? 1 : 0) + (peer.pods ? 1 : 0)
                + (peer.networks.isEmpty() ? 0 : 1) + (peer.nodes ? 1 : 0);
            if (set != 1) {
                sink.error(peerPath,
                    AdminValidator::tr("a peer sets exactly one of %1")
                        .arg(ingress ? QStringLiteral("namespaces, pods")
                                     : QStringLiteral("namespaces, pods, networks, nodes")));
            }
            if (peer.namespaces) {
                KubernetesValidator::checkLabelSelector(
                    sink, *peer.namespaces, peerPath + QStringLiteral(".namespaces"));
            }
            if (peer.pods)
                checkPods(sink, *peer.pods, peerPath + QStringLiteral(".pods"));
            if (peer.networks.size() > 25) {
                sink.error(peerPath + QStringLiteral(".networks"),
                    AdminValidator::tr("%1 networks; at most 25 are allowed")
                        .arg(peer.networks.size()));
            }
            for (qsizetype n = 0; n < peer.networks.size(); ++n) {
                if (!IpNetwork::parseCidr(peer.networks[n])) {
                    sink.error(indexed(peerPath + QStringLiteral(".networks"), n),
                        AdminValidator::tr("invalid CIDR \"%1\"").arg(peer.networks[n]));
                }
            }
            if (peer.nodes) {
                KubernetesValidator::checkLabelSelector(
                    sink, *peer.nodes, peerPath + QStringLiteral(".nodes"));
                sink.warning(peerPath + QStringLiteral(".nodes"),
                    AdminValidator::tr("Calico does not convert a nodes peer: the rule is "
                                       "replaced by a Deny rule when it denies or passes, and "
                                       "left out when it allows"));
            }
        }
        const QString portsPath
            = path + (cluster ? QStringLiteral(".protocols") : QStringLiteral(".ports"));
        if (rule.ports.size() > limits.ports) {
            sink.error(portsPath,
                AdminValidator::tr("%1 entries; at most %2 are allowed")
                    .arg(rule.ports.size())
                    .arg(limits.ports));
        }
        for (qsizetype k = 0; k < rule.ports.size(); ++k) {
            checkPort(sink, rule.ports[k], cluster, indexed(portsPath, k));
            if (!cluster && !rule.ports[k].namedPort.isEmpty()) {
                sink.warning(indexed(portsPath, k) + QStringLiteral(".namedPort"),
                    AdminValidator::tr("Calico does not convert named ports here: this entry "
                                       "matches every port of every protocol"));
            }
        }
    }
}

} // namespace

void AdminValidator::validate(
    DiagnosticSink &sink, const AdminPolicy &policy, CalicoVersion version)
{
    MetaRules::check(sink, policy.meta, policy.kind);
    const bool cluster = policy.kind == ResourceKind::ClusterNetworkPolicy;
    const bool baseline = policy.kind == ResourceKind::BaselineAdminNetworkPolicy;

    if (baseline && policy.meta.name != u"default") {
        sink.error(QStringLiteral("metadata.name"),
            tr("a BaselineAdminNetworkPolicy must be named \"default\" (there is only one)"));
    }
    if (cluster && policy.tier != u"Admin" && policy.tier != u"Baseline") {
        sink.error(QStringLiteral("spec.tier"),
            policy.tier.isEmpty()
                ? tr("tier is required: Admin or Baseline")
                : tr("invalid tier \"%1\": expected Admin or Baseline").arg(policy.tier));
    }
    if (!baseline) {
        if (!policy.priority) {
            sink.error(QStringLiteral("spec"), tr("priority is required (0 to 1000)"));
        } else if (*policy.priority < 0 || *policy.priority > 1000) {
            sink.error(QStringLiteral("spec.priority"),
                tr("priority %1 is out of range: expected 0 to 1000").arg(*policy.priority));
        }
    }
    const int subjects = (policy.subjectNamespaces ? 1 : 0) + (policy.subjectPods ? 1 : 0);
    if (subjects != 1) {
        sink.error(subjects == 0 ? QStringLiteral("spec") : QStringLiteral("spec.subject"),
            tr("the subject sets exactly one of namespaces or pods"));
    }
    if (policy.subjectNamespaces) {
        KubernetesValidator::checkLabelSelector(
            sink, *policy.subjectNamespaces, QStringLiteral("spec.subject.namespaces"));
    }
    if (policy.subjectPods)
        checkPods(sink, *policy.subjectPods, QStringLiteral("spec.subject.pods"));

    const Limits limits = cluster ? Limits {25, 25, 25} : Limits {100, 100, 100};
    checkRules(sink, policy, true, limits);
    checkRules(sink, policy, false, limits);

    if (!calicoEnforces(version, policy.kind)) {
        const CalicoBehaviour behaviour = *adminKindBehaviour(policy.kind);
        sink.warning(QStringLiteral("kind"),
            version < calicoSince(behaviour)
                ? tr("Calico %1 does not enforce %2 (Calico %3 does); the cluster ignores it")
                      .arg(calicoVersionName(version), kindName(policy.kind),
                          calicoVersionName(calicoSince(behaviour)))
                : tr("Calico %1 does not enforce %2 (it did before %3: policyctl convert --to "
                     "clusternetworkpolicy rewrites it); the cluster ignores it")
                      .arg(calicoVersionName(version), kindName(policy.kind),
                          calicoVersionName(*calicoUntil(behaviour))));
    }
}

} // namespace ps
