#include "core/kube/adminmigrate.h"

#include <QCoreApplication>
#include <QHash>

#include "core/validate/diagnosticsink.h"

namespace ps {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(AdminMigrate)
};

// What a ClusterNetworkPolicy holds at most (per direction, per rule, per rule).
constexpr qsizetype kMaxRules = 25;
constexpr qsizetype kMaxPeers = 25;
constexpr qsizetype kMaxPorts = 25;

// kubectl's record of the object it last applied: the AdminNetworkPolicy's, not the new one's.
const QString kLastApplied = QStringLiteral("kubectl.kubernetes.io/last-applied-configuration");

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString clusterAction(ResourceKind kind, const QString &action)
{
    if (action == u"Allow")
        return QStringLiteral("Accept");
    if (action == u"Deny")
        return action;
    if (action == u"Pass" && kind == ResourceKind::AdminNetworkPolicy)
        return action;
    return QString();
}

class Migrator {
public:
    Migrator(const AdminPolicy &policy, Diagnostics &problems)
        : m_policy(policy), m_sink(problems, policy.source)
    {
    }

    std::optional<AdminPolicy> run()
    {
        const AdminPolicy &p = m_policy;
        if (!p.source.complete || p.source.readError) {
            problem(QString(),
                Text::tr("its text holds fields or values Policy Studio does not read, which a "
                         "rewrite would drop"));
        }
        AdminPolicy out;
        out.kind = ResourceKind::ClusterNetworkPolicy;
        out.meta = p.meta;
        out.meta.uid.clear();
        out.meta.resourceVersion.clear();
        out.meta.creationTimestamp.clear();
        out.meta.annotations.remove(kLastApplied);
        if (p.kind == ResourceKind::BaselineAdminNetworkPolicy) {
            out.tier = QStringLiteral("Baseline");
            out.priority = kMigratedBaselinePriority;
        } else {
            out.tier = QStringLiteral("Admin");
            out.priority = p.priority;
        }
        out.subjectNamespaces = p.subjectNamespaces;
        out.subjectPods = p.subjectPods;
        out.ingress = rules(p.ingress, true);
        out.egress = rules(p.egress, false);
        out.source = p.source;
        if (m_failed)
            return std::nullopt;
        return out;
    }

private:
    void problem(const QString &path, const QString &message)
    {
        m_failed = true;
        m_sink.error(path,
            Text::tr("%1 %2 cannot be rewritten as a ClusterNetworkPolicy: %3")
                .arg(kindName(m_policy.kind), m_policy.meta.name, message));
    }

    QList<AdminRule> rules(const QList<AdminRule> &in, bool ingress)
    {
        const QString base
            = ingress ? QStringLiteral("spec.ingress") : QStringLiteral("spec.egress");
        if (in.size() > kMaxRules) {
            problem(base,
                Text::tr("%1 %2 rules; a ClusterNetworkPolicy holds at most %3")
                    .arg(in.size())
                    .arg(ingress ? QStringLiteral("ingress") : QStringLiteral("egress"))
                    .arg(kMaxRules));
        }
        QList<AdminRule> out;
        for (qsizetype i = 0; i < in.size(); ++i)
            out.append(rule(in[i], ingress, indexed(base, i)));
        return out;
    }

    AdminRule rule(const AdminRule &in, bool ingress, const QString &path)
    {
        AdminRule r;
        r.name = in.name;
        r.action = clusterAction(m_policy.kind, in.action);
        if (r.action.isEmpty()) {
            problem(path + QStringLiteral(".action"),
                Text::tr("action \"%1\" has no ClusterNetworkPolicy equivalent").arg(in.action));
        }
        const QString peersPath
            = path + (ingress ? QStringLiteral(".from") : QStringLiteral(".to"));
        if (in.peers.size() > kMaxPeers) {
            problem(peersPath,
                Text::tr("%1 peers; a ClusterNetworkPolicy rule holds at most %2")
                    .arg(in.peers.size())
                    .arg(kMaxPeers));
        }
        // Peers are the same fields in both kinds: namespaces, pods, and for egress networks
        // and nodes.
        r.peers = in.peers;
        const QString portsPath = path + QStringLiteral(".ports");
        if (in.ports.size() > kMaxPorts) {
            problem(portsPath,
                Text::tr("%1 ports; a ClusterNetworkPolicy rule holds at most %2 protocols")
                    .arg(in.ports.size())
                    .arg(kMaxPorts));
        }
        for (qsizetype k = 0; k < in.ports.size(); ++k) {
            if (const std::optional<AdminPort> port
                = this->port(in.ports[k], indexed(portsPath, k)))
                r.ports.append(*port);
        }
        return r;
    }

    std::optional<AdminPort> port(const AdminPort &in, const QString &path)
    {
        if (!in.namedPort.isEmpty()) {
            // Calico up to 3.31 does not convert an AdminNetworkPolicy's named port: the rule
            // matches every port of every protocol. A ClusterNetworkPolicy's
            // destinationNamedPort is converted and matches that port only.
            problem(path + QStringLiteral(".namedPort"),
                Text::tr("named port \"%1\": Calico up to 3.31 does not convert it, so this rule "
                         "matches every port of every protocol, while a ClusterNetworkPolicy's "
                         "destinationNamedPort matches only the port named so; keep what the "
                         "cluster does (drop the rule's ports) or what the policy says (a "
                         "destinationNamedPort) by hand")
                    .arg(in.namedPort));
            return std::nullopt;
        }
        const bool range = in.start || in.end;
        if (in.port.has_value() == range) {
            problem(path, Text::tr("the entry needs exactly one of portNumber or portRange"));
            return std::nullopt;
        }
        AdminPort out;
        // A port number or range without a protocol is TCP (the API's default, and Calico's).
        out.protocol = in.protocol.isEmpty() ? QStringLiteral("TCP") : in.protocol.toUpper();
        if (out.protocol != u"TCP" && out.protocol != u"UDP" && out.protocol != u"SCTP") {
            problem(path,
                Text::tr("protocol \"%1\" has no ClusterNetworkPolicy equivalent (tcp, udp, sctp)")
                    .arg(in.protocol));
            return std::nullopt;
        }
        out.port = in.port;
        out.start = in.start;
        out.end = in.end;
        return out;
    }

    const AdminPolicy &m_policy;
    DiagnosticSink m_sink;
    bool m_failed = false;
};

bool migrates(ResourceKind kind)
{
    return kind == ResourceKind::AdminNetworkPolicy
        || kind == ResourceKind::BaselineAdminNetworkPolicy;
}

} // namespace

AdminPolicyMigration migrateAdminPolicy(const AdminPolicy &policy)
{
    AdminPolicyMigration out;
    if (!migrates(policy.kind))
        return out;
    out.clusterPolicy = Migrator(policy, out.problems).run();
    return out;
}

WorkspaceMigration migrateToClusterNetworkPolicies(const Workspace &workspace, CalicoVersion to)
{
    WorkspaceMigration out;
    const QList<AdminPolicy> &policies = workspace->adminPolicies;
    // A ClusterNetworkPolicy's name is its own across both tiers: the ones already there keep
    // theirs, then each rewritten policy takes its name in the order of the input.
    QHash<QString, const AdminPolicy *> taken;
    for (const AdminPolicy &p : policies) {
        if (p.kind == ResourceKind::ClusterNetworkPolicy && !taken.contains(p.meta.name))
            taken.insert(p.meta.name, &p);
    }
    QList<AdminPolicy> migrated = policies;
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const AdminPolicy &p = policies[i];
        if (!migrates(p.kind))
            continue;
        ++out.sources;
        AdminPolicyMigration m = migrateAdminPolicy(p);
        out.problems += m.problems;
        if (!m.clusterPolicy)
            continue;
        if (const AdminPolicy *other = taken.value(p.meta.name)) {
            DiagnosticSink sink(out.problems, p.source);
            const SourcePos at = other->source.pos;
            QString where = other->source.file;
            if (at.line > 0)
                where += u':' + QString::number(at.line);
            sink.error(QStringLiteral("metadata.name"),
                Text::tr("%1 %2 cannot be rewritten as a ClusterNetworkPolicy: the %3 at %4 is "
                         "(or becomes) the ClusterNetworkPolicy named \"%2\", and one name "
                         "serves both tiers; rename one of them first")
                    .arg(kindName(p.kind), p.meta.name, kindName(other->kind), where));
            continue;
        }
        taken.insert(p.meta.name, &p);
        out.rewritten.append(
            {p.source.id, p.kind, p.meta.name, m.clusterPolicy->tier, m.clusterPolicy->priority});
        migrated[i] = std::move(*m.clusterPolicy);
    }
    out.migrated = workspace.edited([&](WorkspaceData &d) {
        d.adminPolicies = std::move(migrated);
        d.calicoVersion = to;
    });
    return out;
}

} // namespace ps
