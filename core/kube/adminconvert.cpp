#include "core/kube/adminconvert.h"

#include <map>

#include <QCoreApplication>

#include "core/kube/kubeconvert.h"
#include "core/net/ipnetwork.h"
#include "core/validate/diagnosticsink.h"

namespace ps {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(AdminConvert)
};

const QString kPodsOfKubernetes = QStringLiteral("projectcalico.org/orchestrator == 'k8s'");

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

// A rule that cannot be converted: the reason, for the diagnostic.
struct RuleError {
    QString path;
    QString message;
};

// nullopt: every port of the protocol (or, under the "" key alone, every protocol).
using PortGroup = std::optional<QList<Port>>;

struct PortEntry {
    std::optional<QString> protocol; // nullopt: none (all protocols, or a named port)
    std::optional<Port> port; // nullopt: all ports
};

std::optional<PortEntry> portEntry(
    const AdminPort &p, bool cluster, RuleError &error, const QString &path)
{
    PortEntry e;
    if (cluster) {
        if (!p.protocol.isEmpty()) {
            e.protocol = p.protocol;
        } else if (!p.namedPort.isEmpty()) {
            const Result<Port> named = Port::parse(p.namedPort);
            if (!named || !named->isNamed()) {
                error = {path + QStringLiteral(".destinationNamedPort"),
                    Text::tr("named port \"%1\" cannot be converted").arg(p.namedPort)};
                return std::nullopt;
            }
            e.port = *named;
            return e;
        } else {
            return e;
        }
    } else if (p.port || p.start || p.end) {
        // A port number or range gets TCP when no protocol is written; a named port is not
        // converted at all and means every port of every protocol (Calico's converter leaves
        // named ports to a TODO).
        e.protocol = p.protocol.isEmpty() ? QStringLiteral("TCP") : p.protocol;
    } else {
        return e;
    }
    if (p.port) {
        e.port = Port::single(*p.port);
    } else if (p.start || p.end) {
        const int start = p.start.value_or(0);
        const int end = p.end.value_or(0);
        if (start > end) {
            error = {path, Text::tr("port range %1-%2 starts after it ends").arg(start).arg(end)};
            return std::nullopt;
        }
        e.port = Port::range(start, end);
    }
    return e;
}

// unpackANPPorts / unpackCNPProtocols: ports grouped by protocol, in Go's sorted key order.
std::optional<std::map<QString, PortGroup>> portGroups(
    const QList<AdminPort> &ports, bool cluster, RuleError &error, const QString &path)
{
    std::map<QString, PortGroup> groups;
    const QList<AdminPort> entries = ports.isEmpty() ? QList<AdminPort> {AdminPort {}} : ports;
    const QString listPath
        = path + (cluster ? QStringLiteral(".protocols") : QStringLiteral(".ports"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const std::optional<PortEntry> e
            = portEntry(entries[i], cluster, error, indexed(listPath, i));
        if (!e)
            return std::nullopt;
        if (!e->protocol && !e->port) {
            groups.clear();
            groups[QString()] = std::nullopt; // everything: the only group left
            break;
        }
        const QString key = e->protocol.value_or(QString());
        auto it = groups.find(key);
        if (!e->port)
            groups[key] = std::nullopt;
        else if (it == groups.end())
            groups[key] = QList<Port> {*e->port};
        else if (it->second && !it->second->isEmpty())
            it->second->append(*e->port);
    }
    return groups;
}

struct PeerSelectors {
    QString selector;
    QString namespaceSelector;
    QStringList nets;
};

std::optional<PeerSelectors> peerSelectors(
    const AdminPeer &peer, bool ingress, RuleError &error, const QString &path)
{
    PeerSelectors out;
    bool found = false;
    if (peer.namespaces) {
        out.namespaceSelector = kubernetesSelectorToCalico(*peer.namespaces, false);
        found = true;
    }
    if (peer.pods) {
        out.selector = kubernetesSelectorToCalico(peer.pods->podSelector, true);
        out.namespaceSelector = kubernetesSelectorToCalico(peer.pods->namespaceSelector, false);
        found = true;
    }
    if (!ingress && !peer.networks.isEmpty()) {
        for (qsizetype i = 0; i < peer.networks.size(); ++i) {
            const auto cidr = IpNetwork::parseCidr(peer.networks[i]);
            if (!cidr) {
                error = {indexed(path + QStringLiteral(".networks"), i),
                    Text::tr("invalid CIDR \"%1\"").arg(peer.networks[i])};
                return std::nullopt;
            }
            out.nets << cidr->network().toString();
        }
        found = true;
    }
    if (!found) {
        error = {path,
            peer.nodes ? Text::tr("Calico does not convert a nodes peer")
                       : Text::tr("the peer sets none of the fields Calico converts")};
        return std::nullopt;
    }
    return out;
}

QString calicoAction(ResourceKind kind, const QString &action)
{
    if (kind == ResourceKind::ClusterNetworkPolicy) {
        if (action == u"Accept")
            return QStringLiteral("Allow");
        return action == u"Deny" || action == u"Pass" ? action : QString();
    }
    if (action == u"Allow" || action == u"Deny")
        return action;
    if (action == u"Pass" && kind == ResourceKind::AdminNetworkPolicy)
        return action;
    return QString();
}

std::optional<QList<Rule>> convertRule(
    ResourceKind kind, const AdminRule &rule, bool ingress, RuleError &error, const QString &path)
{
    const QString action = calicoAction(kind, rule.action);
    if (action.isEmpty()) {
        error = {path + QStringLiteral(".action"),
            Text::tr("unsupported action \"%1\"").arg(rule.action)};
        return std::nullopt;
    }
    const bool cluster = kind == ResourceKind::ClusterNetworkPolicy;
    const auto groups = portGroups(rule.ports, cluster, error, path);
    if (!groups)
        return std::nullopt;
    QList<Rule> out;
    for (const auto &[protocol, group] : *groups) {
        const QList<Port> ports = group ? simplifyPorts(*group) : QList<Port>();
        for (qsizetype k = 0; k < rule.peers.size(); ++k) {
            const QString peerPath
                = indexed(path + (ingress ? QStringLiteral(".from") : QStringLiteral(".to")), k);
            const std::optional<PeerSelectors> peer
                = peerSelectors(rule.peers[k], ingress, error, peerPath);
            if (!peer)
                return std::nullopt; // the whole rule, as Calico gives up on it
            Rule r;
            r.action = action;
            if (!protocol.isEmpty())
                r.protocol = Protocol::fromString(protocol);
            EntityRule &side = ingress ? r.source : r.destination;
            side.selector = peer->selector;
            side.namespaceSelector = peer->namespaceSelector;
            side.nets = peer->nets;
            r.destination.ports = ports;
            if (!rule.name.isEmpty())
                r.annotations.insert(QStringLiteral("name"), rule.name);
            out.append(r);
        }
    }
    return out;
}

QList<Rule> convertRules(const AdminPolicy &policy, bool ingress, DiagnosticSink &sink)
{
    const QList<AdminRule> &rules = ingress ? policy.ingress : policy.egress;
    const QString base = ingress ? QStringLiteral("spec.ingress") : QStringLiteral("spec.egress");
    QList<Rule> out;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        RuleError error;
        if (const auto converted
            = convertRule(policy.kind, rules[i], ingress, error, indexed(base, i))) {
            out += *converted;
            continue;
        }
        // Fail closed: a rule that would deny or pass becomes "deny everything"; one that
        // would allow is left out.
        const bool denies = rules[i].action == u"Deny"
            || (rules[i].action == u"Pass"
                && policy.kind != ResourceKind::BaselineAdminNetworkPolicy);
        if (denies) {
            Rule deny;
            deny.action = QStringLiteral("Deny");
            out.append(deny);
        }
        sink.warning(error.path,
            denies ? Text::tr("Calico cannot convert this rule (%1) and denies all traffic in "
                              "its place")
                         .arg(error.message)
                   : Text::tr("Calico cannot convert this rule (%1) and leaves it out")
                         .arg(error.message));
    }
    return out;
}

} // namespace

AdminConversion convertAdminPolicy(const AdminPolicy &policy, CalicoVersion version)
{
    AdminConversion out;
    if (!calicoEnforces(version, policy.kind)) {
        out.skipped = Text::tr("Calico %1 does not enforce %2")
                          .arg(calicoVersionName(version), kindName(policy.kind));
        return out;
    }
    DiagnosticSink sink(out.diagnostics, policy.source);
    CalicoPolicy p;
    p.kind = ResourceKind::GlobalNetworkPolicy;
    switch (policy.kind) {
    case ResourceKind::AdminNetworkPolicy:
        p.tier = adminTierName(version);
        p.meta.name = QStringLiteral("kanp.adminnetworkpolicy.") + policy.meta.name;
        p.order = double(policy.priority.value_or(0));
        break;
    case ResourceKind::BaselineAdminNetworkPolicy:
        p.tier = baselineTierName(version);
        p.meta.name = QStringLiteral("kbanp.baselineadminnetworkpolicy.") + policy.meta.name;
        p.order = 1000.0;
        break;
    default:
        p.kind = ResourceKind::ClusterNetworkPolicy;
        if (policy.tier == u"Admin") {
            p.tier = adminTierName(version);
        } else if (policy.tier == u"Baseline") {
            p.tier = baselineTierName(version);
        } else {
            out.skipped = Text::tr("Calico skips a ClusterNetworkPolicy whose tier is not Admin "
                                   "or Baseline");
            return out;
        }
        p.meta.name = policy.meta.name;
        p.order = double(policy.priority.value_or(0));
        break;
    }

    if (policy.subjectNamespaces) {
        p.namespaceSelector = kubernetesSelectorToCalico(*policy.subjectNamespaces, false);
        // The orchestrator term keeps host endpoints out.
        p.selector = kPodsOfKubernetes;
    } else if (policy.subjectPods) {
        p.namespaceSelector
            = kubernetesSelectorToCalico(policy.subjectPods->namespaceSelector, false);
        p.selector = kubernetesSelectorToCalico(policy.subjectPods->podSelector, true);
    } else {
        out.skipped = Text::tr("Calico skips a policy without a subject");
        return out;
    }

    p.ingress = convertRules(policy, true, sink);
    p.egress = convertRules(policy, false, sink);
    // The admin tiers end with Pass, so a direction only counts when it has rules.
    const bool fromConverted
        = calicoHas(version, CalicoBehaviour::AdminPolicyTypesFromConvertedRules);
    if (fromConverted ? !p.ingress.isEmpty() : !policy.ingress.isEmpty())
        p.types << QStringLiteral("Ingress");
    if (fromConverted ? !p.egress.isEmpty() : !policy.egress.isEmpty())
        p.types << QStringLiteral("Egress");

    p.meta.uid = policy.meta.uid;
    p.meta.resourceVersion = policy.meta.resourceVersion;
    p.meta.creationTimestamp = policy.meta.creationTimestamp;
    p.source = policy.source;
    out.policy = std::move(p);
    return out;
}

CalicoPolicy asCalicoGlobalNetworkPolicy(const CalicoPolicy &converted)
{
    CalicoPolicy p = converted;
    p.kind = ResourceKind::GlobalNetworkPolicy;
    p.meta.uid.clear();
    p.meta.resourceVersion.clear();
    p.meta.creationTimestamp.clear();
    return p;
}

} // namespace ps
