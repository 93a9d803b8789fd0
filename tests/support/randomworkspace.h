#pragma once
// RandomWorkspace: small random workspaces (fixed seeds) for the differential tests — tiers with
// Pass and Deny defaults, Pass and Log rules, staged policies, host endpoints with untracked,
// pre-DNAT and forward policies and profiles, named ports, services, network sets, IPv6,
// Kubernetes NetworkPolicies — and random flows over them. The same seed gives the same
// workspace. Header-only: the suites that use it link policycore.

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include "core/eval/flow.h"
#include "core/model/workspace.h"

namespace ps::test {

class RandomWorkspace {
public:
    /// `stagedCopies`: add staged versions of some enforced policies (same name, other rules,
    /// sometimes stagedAction Delete), which the lint's staged-differs compares.
    explicit RandomWorkspace(quint32 seed, bool stagedCopies = false)
        : m_rng(seed), m_stagedCopies(stagedCopies)
    {
    }

    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<class T> const T &pick(const QList<T> &list) { return list[below(int(list.size()))]; }

    Labels labels()
    {
        Labels l;
        if (chance(70))
            l.insert(QStringLiteral("app"),
                pick<QString>(
                    {QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("db")}));
        if (chance(40))
            l.insert(QStringLiteral("tier"),
                pick<QString>({QStringLiteral("front"), QStringLiteral("back")}));
        if (chance(10))
            l.insert(
                QStringLiteral("pcns.env"), QStringLiteral("prod")); // must be stripped on pods
        return l;
    }

    QString selector()
    {
        return pick<QString>({QString(), QStringLiteral("all()"), QStringLiteral("app == 'web'"),
            QStringLiteral("app in {'api', 'db'}"), QStringLiteral("has(tier)"),
            QStringLiteral("app != 'db'"), QStringLiteral("!has(app)"),
            QStringLiteral("tier == 'front' || app == 'api'"),
            QStringLiteral("app starts with 'w'"), QStringLiteral("kind == 'ext'"),
            QStringLiteral("has(pcns.env)")});
    }

    QString namespaceSelector(bool rule)
    {
        QList<QString> options {QString(), QString(), QStringLiteral("all()"),
            QStringLiteral("env == 'prod'"), QStringLiteral("env != 'dev'")};
        if (rule)
            options.append(QStringLiteral("global()"));
        return pick(options);
    }

    QString saSelector()
    {
        return pick<QString>(
            {QString(), QString(), QStringLiteral("role == 'admin'"), QStringLiteral("all()")});
    }

    QList<Port> ports(bool numericAllowed)
    {
        QList<QList<Port>> options {
            {Port::named(QStringLiteral("http"))}, {Port::named(QStringLiteral("dns"))}};
        if (numericAllowed) {
            options.append({Port::single(80)});
            options.append({Port::range(80, 90)});
            options.append({Port::single(53), Port::named(QStringLiteral("dns"))});
            options.append({Port::single(443), Port::single(8080)});
        }
        return pick(options);
    }

    QStringList nets()
    {
        return {pick<QString>({QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.1.0/24"),
            QStringLiteral("203.0.113.0/24"), QStringLiteral("fd00::/64"),
            QStringLiteral("0.0.0.0/0"), QStringLiteral("10.0.2.3/32")})};
    }

    EntityRule entity(const QString &ns, bool numericPorts, bool allowService)
    {
        Q_UNUSED(ns);
        EntityRule e;
        if (chance(25))
            e.nets = nets();
        if (chance(10))
            e.notNets = nets();
        if (chance(40))
            e.selector = selector();
        if (chance(10))
            e.notSelector = selector();
        if (chance(25))
            e.namespaceSelector = namespaceSelector(true);
        if (chance(12)) {
            ServiceAccountMatch sa;
            if (chance(50))
                sa.names = QStringList {pick<QString>(
                    {QStringLiteral("sa1"), QStringLiteral("sa2"), QStringLiteral("default")})};
            sa.selector = saSelector();
            e.serviceAccounts = sa;
        }
        if (chance(30))
            e.ports = ports(numericPorts);
        if (chance(8))
            e.notPorts = ports(numericPorts);
        if (allowService && chance(10)) {
            e = EntityRule {};
            e.services = ServiceMatch {
                pick<QString>({QStringLiteral("websvc"), QStringLiteral("slicesvc")}),
                pick<QString>({QStringLiteral("ns-a"), QStringLiteral("ns-b"), QString()})};
        }
        return e;
    }

    Rule rule(const QString &ns, bool ingress)
    {
        Rule r;
        r.action = pick<QString>({QStringLiteral("Allow"), QStringLiteral("Allow"),
            QStringLiteral("Deny"), QStringLiteral("Pass"), QStringLiteral("Log")});
        const int proto = below(7);
        if (proto == 1)
            r.protocol = Protocol::fromString(QStringLiteral("TCP"));
        else if (proto == 2)
            r.protocol = Protocol::fromString(QStringLiteral("UDP"));
        else if (proto == 3)
            r.protocol = Protocol::fromString(QStringLiteral("ICMP"));
        else if (proto == 4)
            r.protocol = Protocol::fromNumber(6);
        if (chance(5))
            r.notProtocol = Protocol::fromString(QStringLiteral("UDP"));
        if (chance(5))
            r.ipVersion = pick<int>({4, 6});
        const bool numericPorts = r.protocol && r.protocol->supportsPorts();
        if (r.protocol && r.protocol->isIcmpV4() && chance(50)) {
            IcmpFields f;
            f.type = pick<int>({0, 8});
            if (chance(30))
                f.code = 0;
            r.icmp = f;
        }
        if (chance(4)) {
            IcmpFields f;
            f.type = 8;
            r.notICMP = f;
        }
        const bool portsOk = !r.protocol || numericPorts;
        r.source = entity(ns, numericPorts, ingress);
        r.destination = entity(ns, numericPorts, !ingress);
        if (!portsOk) {
            r.source.ports.clear();
            r.source.notPorts.clear();
            r.destination.ports.clear();
            r.destination.notPorts.clear();
        }
        if (chance(5)) {
            HttpMatch h;
            h.methods = {QStringLiteral("GET")};
            r.http = h;
        }
        return r;
    }

    Workspace workspace()
    {
        WorkspaceData ws;
        const QStringList namespaces {
            QStringLiteral("ns-a"), QStringLiteral("ns-b"), QStringLiteral("ns-c")};
        for (const QString &n : namespaces) {
            Namespace ns;
            ns.meta.name = n;
            if (chance(70))
                ns.meta.labels.insert(QStringLiteral("env"),
                    pick<QString>({QStringLiteral("prod"), QStringLiteral("dev")}));
            if (n != u"ns-c")
                ws.namespaces.append(ns); // ns-c exists only through its pods
            for (const QString &saName : {QStringLiteral("sa1"), QStringLiteral("sa2")}) {
                ServiceAccount sa;
                sa.meta.name = saName;
                sa.meta.namespace_ = n;
                if (chance(50))
                    sa.meta.labels.insert(QStringLiteral("role"),
                        pick<QString>({QStringLiteral("admin"), QStringLiteral("user")}));
                ws.serviceAccounts.append(sa);
            }
        }
        const int pods = 4 + below(6);
        for (int i = 0; i < pods; ++i) {
            Pod p;
            p.meta.name = QStringLiteral("p%1").arg(i);
            p.meta.namespace_ = pick(namespaces);
            p.meta.labels = labels();
            p.serviceAccountName = pick<QString>(
                {QStringLiteral("sa1"), QStringLiteral("sa2"), QStringLiteral("default")});
            p.podIPs = {QStringLiteral("10.0.%1.%2").arg(i % 3).arg(i + 2)};
            if (chance(25))
                p.podIPs.append(QStringLiteral("fd00::%1").arg(i + 2));
            if (chance(60))
                p.ports.append(
                    {QStringLiteral("http"), pick<int>({80, 8080}), QStringLiteral("TCP")});
            if (chance(30))
                p.ports.append({QStringLiteral("dns"), 53, QStringLiteral("UDP")});
            p.hostNetwork = chance(5);
            ws.pods.append(p);
        }
        WorkloadTemplate w;
        w.kind = ResourceKind::Deployment;
        w.meta.name = QStringLiteral("deploy");
        w.meta.namespace_ = pick(namespaces);
        w.templateLabels = labels();
        w.ports.append({QStringLiteral("http"), 80, QStringLiteral("TCP")});
        ws.workloads.append(w);

        Profile custom;
        custom.meta.name = QStringLiteral("custom-prof");
        custom.labelsToApply.insert(QStringLiteral("app"), QStringLiteral("api"));
        for (int i = below(3); i > 0; --i)
            custom.ingress.append(rule(QString(), true));
        for (int i = below(3); i > 0; --i)
            custom.egress.append(rule(QString(), false));
        ws.profiles.append(custom);
        for (int i = 0; i < 2; ++i) {
            HostEndpoint h;
            h.meta.name = QStringLiteral("host%1").arg(i);
            h.meta.labels = labels();
            h.node = QStringLiteral("node%1").arg(i);
            h.expectedIPs = {QStringLiteral("192.168.0.%1").arg(i + 1)};
            if (chance(50))
                h.profiles.append(QStringLiteral("projectcalico-default-allow"));
            if (chance(50))
                h.profiles.append(QStringLiteral("custom-prof"));
            if (chance(20))
                h.profiles.append(QStringLiteral("missing-prof"));
            h.ports.append(
                {QStringLiteral("http"), Protocol::fromString(QStringLiteral("TCP")), 8080});
            ws.hostEndpoints.append(h);
        }
        for (int i = 0; i < 3; ++i) {
            NetworkSet s;
            s.global = i == 2;
            s.meta.name = QStringLiteral("set%1").arg(i);
            if (!s.global)
                s.meta.namespace_ = pick(namespaces);
            s.meta.labels = labels();
            if (chance(50))
                s.meta.labels.insert(QStringLiteral("kind"), QStringLiteral("ext"));
            s.nets = {pick<QString>({QStringLiteral("203.0.113.0/24"),
                QStringLiteral("10.0.1.0/24"), QStringLiteral("198.51.100.7"),
                QStringLiteral("fd00::/120"), QStringLiteral("0.0.0.0/0")})};
            ws.networkSets.append(s);
        }
        Service websvc;
        websvc.meta.name = QStringLiteral("websvc");
        websvc.meta.namespace_ = pick(namespaces);
        websvc.selector = Labels {{QStringLiteral("app"), QStringLiteral("web")}};
        ServicePort sp;
        sp.port = 80;
        if (chance(50))
            sp.targetPortName = QStringLiteral("http");
        else
            sp.targetPortNumber = 8080;
        websvc.ports.append(sp);
        ws.services.append(websvc);
        Service slicesvc;
        slicesvc.meta.name = QStringLiteral("slicesvc");
        slicesvc.meta.namespace_ = QStringLiteral("ns-a");
        ws.services.append(slicesvc);
        EndpointSlice slice;
        slice.meta.name = QStringLiteral("slicesvc-1");
        slice.meta.namespace_ = QStringLiteral("ns-a");
        slice.meta.labels.insert(
            QStringLiteral("kubernetes.io/service-name"), QStringLiteral("slicesvc"));
        slice.addressType = QStringLiteral("IPv4");
        // Pod addresses, and addresses outside every endpoint (as the API server's are), one
        // inside a net the rules name and one outside all of them, of both families.
        slice.endpoints.append(
            {{QStringLiteral("10.0.1.3"), QStringLiteral("10.0.0.2")}, QString(), QString()});
        slice.endpoints.append({{QStringLiteral("10.0.1.250")}, QString(), QString()});
        slice.endpoints.append({{QStringLiteral("172.16.5.5")}, QString(), QString()});
        slice.ports.append({QString(), QStringLiteral("TCP"), 80});
        slice.ports.append({QString(), QStringLiteral("UDP"), 53});
        ws.endpointSlices.append(slice);
        EndpointSlice slice6 = slice;
        slice6.meta.name = QStringLiteral("slicesvc-2");
        slice6.addressType = QStringLiteral("IPv6");
        slice6.endpoints
            = {{{QStringLiteral("fd00::99"), QStringLiteral("2001:db8::5")}, QString(), QString()}};
        ws.endpointSlices.append(slice6);

        if (chance(60)) {
            Tier t;
            t.meta.name = QStringLiteral("security");
            t.order = 100;
            t.defaultAction = chance(50) ? QStringLiteral("Pass") : QStringLiteral("Deny");
            ws.tiers.append(t);
        }
        if (chance(30)) {
            Tier t;
            t.meta.name = QStringLiteral("platform");
            t.defaultAction = QStringLiteral("Deny");
            ws.tiers.append(t);
        }
        const int policies = 2 + below(7);
        for (int i = 0; i < policies; ++i) {
            CalicoPolicy p;
            const int kind = below(10);
            p.kind = kind < 4 ? ResourceKind::GlobalNetworkPolicy
                : kind < 8    ? ResourceKind::NetworkPolicy
                : kind == 8   ? ResourceKind::StagedNetworkPolicy
                              : ResourceKind::StagedGlobalNetworkPolicy;
            p.meta.name = QStringLiteral("pol%1").arg(i);
            if (!p.isGlobal())
                p.meta.namespace_ = pick(namespaces);
            p.tier = pick<QString>({QStringLiteral("default"), QStringLiteral("default"),
                QStringLiteral("security"), QStringLiteral("platform"),
                QStringLiteral("kube-admin"), QStringLiteral("undeclared")});
            if (chance(60))
                p.order = pick<double>({1, 10, 10, 100});
            p.selector = selector();
            if (p.isGlobal())
                p.namespaceSelector = namespaceSelector(false);
            if (chance(20))
                p.serviceAccountSelector = saSelector();
            const QString ns = p.isGlobal() ? QString() : p.meta.namespace_;
            for (int r = below(4); r > 0; --r)
                p.ingress.append(rule(ns, true));
            for (int r = below(4); r > 0; --r)
                p.egress.append(rule(ns, false));
            const int types = below(4);
            p.types = types == 0 ? QStringList {QStringLiteral("Ingress")}
                : types == 1     ? QStringList {QStringLiteral("Egress")}
                : types == 2     ? QStringList {QStringLiteral("Ingress"), QStringLiteral("Egress")}
                             : defaultPolicyTypes({}, !p.ingress.isEmpty(), !p.egress.isEmpty());
            p.stagedAction = QStringLiteral("Set");
            // Host endpoint stages (docs/semantics.md: "Host endpoints"): untracked, pre-DNAT
            // (ingress only), applyOnForward.
            if (p.kind == ResourceKind::GlobalNetworkPolicy && chance(30)) {
                const int flag = below(3);
                p.doNotTrack = flag == 0;
                p.preDNAT = flag == 1;
                p.applyOnForward = true;
                if (p.preDNAT) {
                    p.egress.clear();
                    p.types = {QStringLiteral("Ingress")};
                }
            }
            ws.policies.append(p);
        }
        if (m_stagedCopies) {
            // Staged versions of enforced policies (staged-differs compares them with what they
            // stage): the same name, other rules, sometimes stagedAction Delete.
            for (qsizetype i = 0, n = ws.policies.size(); i < n; ++i) {
                const CalicoPolicy &enforced = ws.policies[i];
                if (enforced.isStaged() || !chance(30))
                    continue;
                CalicoPolicy staged = enforced;
                staged.kind = enforced.isGlobal() ? ResourceKind::StagedGlobalNetworkPolicy
                                                  : ResourceKind::StagedNetworkPolicy;
                const QString ns = enforced.isGlobal() ? QString() : enforced.meta.namespace_;
                staged.ingress.clear();
                staged.egress.clear();
                for (int r = below(3); r > 0; --r)
                    staged.ingress.append(rule(ns, true));
                for (int r = below(3); r > 0; --r)
                    staged.egress.append(rule(ns, false));
                if (chance(30))
                    staged.order = pick<double>({1, 10, 100});
                staged.stagedAction = chance(25) ? QStringLiteral("Delete") : QStringLiteral("Set");
                ws.policies.append(staged);
            }
        }
        for (int i = below(3); i > 0; --i) {
            KubernetesNetworkPolicy k;
            k.meta.name = QStringLiteral("knp%1").arg(i);
            k.meta.namespace_ = pick(namespaces);
            if (chance(50))
                k.podSelector.matchLabels.insert(QStringLiteral("app"),
                    pick<QString>({QStringLiteral("web"), QStringLiteral("db")}));
            k.policyTypes = pick<QStringList>({{}, {QStringLiteral("Ingress")},
                {QStringLiteral("Egress")}, {QStringLiteral("Ingress"), QStringLiteral("Egress")}});
            for (int r = below(3); r > 0; --r) {
                K8sRule kr;
                if (chance(60)) {
                    K8sPort port;
                    port.protocol = pick<QString>({QString(), QStringLiteral("UDP")});
                    port.number = pick<int>({53, 80, 8080});
                    if (chance(30))
                        port.endPort = 9000;
                    kr.ports.append(port);
                }
                if (chance(70)) {
                    K8sPeer peer;
                    const int what = below(3);
                    if (what == 0) {
                        LabelSelector s;
                        if (chance(50))
                            s.matchLabels.insert(QStringLiteral("app"), QStringLiteral("api"));
                        peer.podSelector = s;
                    } else if (what == 1) {
                        LabelSelector s;
                        if (chance(50))
                            s.matchLabels.insert(QStringLiteral("env"), QStringLiteral("prod"));
                        peer.namespaceSelector = s;
                    } else {
                        peer.ipBlock = IpBlock {
                            QStringLiteral("10.0.0.0/16"), {QStringLiteral("10.0.1.0/24")}};
                    }
                    kr.peers.append(peer);
                }
                (chance(50) ? k.ingress : k.egress).append(kr);
            }
            ws.kubernetesPolicies.append(k);
        }
        return Workspace(ws);
    }

    QList<Flow> flows(const Workspace &ws, int count)
    {
        QStringList refs;
        for (const Pod &p : ws->pods) {
            refs.append(p.meta.namespace_ + u'/' + p.meta.name);
            refs.append(p.podIPs);
        }
        for (const WorkloadTemplate &w : ws->workloads)
            refs.append(w.meta.namespace_ + u'/' + w.meta.name);
        for (const HostEndpoint &h : ws->hostEndpoints)
            refs.append(QStringLiteral("hep:") + h.meta.name);
        refs += {QStringLiteral("203.0.113.5"), QStringLiteral("198.51.100.7"),
            QStringLiteral("8.8.8.8"), QStringLiteral("2001:db8::1"), QStringLiteral("fd00::77"),
            QStringLiteral("10.0.1.200")};
        QList<Flow> out;
        for (int i = 0; i < count; ++i) {
            Flow f;
            f.from = pick(refs);
            f.to = pick(refs);
            f.protocol = pick<QString>({QStringLiteral("TCP"), QStringLiteral("TCP"),
                QStringLiteral("UDP"), QStringLiteral("ICMP"), QStringLiteral("SCTP")});
            if (f.protocol == u"ICMP") {
                f.icmpType = pick<int>({0, 8});
                f.icmpCode = 0;
            } else {
                f.port = pick<int>({22, 53, 80, 85, 443, 8080});
            }
            if (chance(15) && !ws->hostEndpoints.isEmpty())
                f.via = QStringLiteral("hep:") + pick(ws->hostEndpoints).meta.name;
            out.append(f);
        }
        return out;
    }

private:
    QRandomGenerator m_rng;
    bool m_stagedCopies = false;
};

/// Gives the first Services of a (generated) workspace an EndpointSlice with an address no
/// endpoint has, as the API server's, so that `services:` peers name outside addresses too.
inline void addOutsideServiceEndpoints(WorkspaceData &data, int services = 3)
{
    for (qsizetype i = 0; i < data.services.size() && i < services; ++i) {
        const Service &svc = data.services[i];
        EndpointSlice slice;
        slice.meta.name = svc.meta.name + QStringLiteral("-outside");
        slice.meta.namespace_ = svc.meta.namespace_;
        slice.meta.labels.insert(QStringLiteral("kubernetes.io/service-name"), svc.meta.name);
        slice.addressType = QStringLiteral("IPv4");
        slice.endpoints.append(
            {{QStringLiteral("172.31.255.%1").arg(i + 1)}, QString(), QString()});
        for (const ServicePort &p : svc.ports)
            slice.ports.append({p.name, p.protocol, p.targetPortNumber.value_or(p.port)});
        data.endpointSlices.append(slice);
    }
}

} // namespace ps::test
