#pragma once
// A Calico-shaped node made of network namespaces for the kernel tests (tst_kernelconformance,
// tst_agent): a node namespace with an uplink to an "outside" namespace, pods on cali… veths
// with /32 routes and proxy ARP (and, for dual-stack pods, an IPv6 /128 with a route through
// the host's link-local address, as Calico's CNI sets them up), listeners and probes
// (netprobe.py). Root only; every name is
// unique per run and everything made is deleted on destruction, also when a test fails.

#include <unistd.h>

#include <QHash>
#include <QList>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ps::kerneltest {

using namespace Qt::Literals::StringLiterals;

struct Cmd {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs a program to its end (bounded in time) with `input` on its standard input.
Cmd run(const QString &program, const QStringList &args, const QByteArray &input = {},
    int timeoutMs = 20000);

/// The real Python interpreter (a pyenv shim costs seconds per start); set by
/// namespacesUnavailable().
QString &python();

/// Why the kernel tests cannot run here ("" when they can): not root, a tool missing from
/// `tools`, or network namespaces that cannot be made and entered.
QString namespacesUnavailable(const QStringList &tools);

/// Whether a TCP connection from `srcIp` (in namespace `srcNs`) to dstIp:port succeeds within
/// `timeoutSeconds`, probed with netprobe.py.
bool tcpConnects(const QString &srcNs, const QString &srcIp, const QString &dstIp, int port,
    double timeoutSeconds = 2.0);

/// A Calico-shaped node made of namespaces; everything it made is removed on destruction.
class NetnsNode {
public:
    explicit NetnsNode(const QString &tag)
    {
        const QString id = QString::number(::getpid(), 36)
            + QString::number(QRandomGenerator::global()->bounded(1u << 20), 36);
        m_prefix = QStringLiteral("ps") + tag + id;
        m_node = m_prefix + u"-n"_s;
        m_outside = m_prefix + u"-x"_s;
    }
    ~NetnsNode()
    {
        for (QProcess *p : m_listeners) {
            p->closeWriteChannel();
            if (!p->waitForFinished(2000))
                p->kill();
            p->waitForFinished(2000);
            delete p;
        }
        for (const QString &ns : m_namespaces)
            run(u"ip"_s, {u"netns"_s, u"del"_s, ns});
    }
    NetnsNode(const NetnsNode &) = delete;
    NetnsNode &operator=(const NetnsNode &) = delete;

    const QString &node() const { return m_node; }
    const QString &outside() const { return m_outside; }
    QString podNamespace(const QString &ip) const { return m_podNs.value(ip); }

    bool sh(const QString &ns, const QStringList &cmd, const QByteArray &input = {})
    {
        const Cmd c = ns.isEmpty()
            ? run(cmd.first(), cmd.mid(1), input)
            : run(u"ip"_s, QStringList {u"netns"_s, u"exec"_s, ns} + cmd, input);
        if (c.exitCode != 0) {
            m_error = u"%1: %2 (%3)"_s.arg(cmd.join(u' '), c.err.trimmed()).arg(c.exitCode);
            return false;
        }
        m_lastOut = c.out;
        return true;
    }
    bool ip(const QStringList &args) { return sh(QString(), QStringList {u"ip"_s} + args); }
    const QString &error() const { return m_error; }
    const QString &lastOut() const { return m_lastOut; }

    bool addNamespace(const QString &ns)
    {
        if (!ip({u"netns"_s, u"add"_s, ns}))
            return false;
        m_namespaces.append(ns);
        return ip({u"-n"_s, ns, u"link"_s, u"set"_s, u"lo"_s, u"up"_s});
    }

    /// Node + outside namespaces and the uplink; `outsideAddresses` go on the outside's lo.
    bool build(const QStringList &outsideAddresses)
    {
        if (!addNamespace(m_node) || !addNamespace(m_outside))
            return false;
        // Fixed MACs and permanent neighbour entries: hundreds of probes start at once, and
        // the packets queued behind a first ARP resolution (proxy ARP delays it) would be lost.
        return sh(m_node, {u"sysctl"_s, u"-qw"_s, u"net.ipv4.ip_forward=1"_s})
            && sh(m_node, {u"sysctl"_s, u"-qw"_s, u"net.ipv6.conf.all.forwarding=1"_s})
            && ip({u"-n"_s, m_node, u"addr"_s, u"add"_s, u"10.255.255.1/32"_s, u"dev"_s, u"lo"_s})
            && ip({u"-n"_s, m_node, u"link"_s, u"add"_s, u"up0"_s, u"address"_s,
                u"02:aa:00:00:00:01"_s, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, u"up0"_s,
                u"address"_s, u"02:aa:00:00:00:02"_s, u"netns"_s, m_outside})
            && ip({u"-n"_s, m_node, u"addr"_s, u"add"_s, u"10.255.254.1/30"_s, u"dev"_s, u"up0"_s})
            && ip(
                {u"-n"_s, m_outside, u"addr"_s, u"add"_s, u"10.255.254.2/30"_s, u"dev"_s, u"up0"_s})
            && ip({u"-n"_s, m_node, u"link"_s, u"set"_s, u"up0"_s, u"up"_s})
            && ip({u"-n"_s, m_outside, u"link"_s, u"set"_s, u"up0"_s, u"up"_s})
            && ip({u"-n"_s, m_node, u"neigh"_s, u"replace"_s, u"10.255.254.2"_s, u"lladdr"_s,
                u"02:aa:00:00:00:02"_s, u"dev"_s, u"up0"_s, u"nud"_s, u"permanent"_s})
            && ip({u"-n"_s, m_outside, u"neigh"_s, u"replace"_s, u"10.255.254.1"_s, u"lladdr"_s,
                u"02:aa:00:00:00:01"_s, u"dev"_s, u"up0"_s, u"nud"_s, u"permanent"_s})
            && ip(
                {u"-n"_s, m_node, u"route"_s, u"add"_s, u"default"_s, u"via"_s, u"10.255.254.2"_s})
            && addOutsideAddresses(outsideAddresses);
    }

    /// IPv6 on the uplink (node fd00:255:254::1, outside fd00:255:254::2, permanent neighbours,
    /// the node's IPv6 default route) and `outsideAddresses` on the outside's lo; pods added
    /// later with an IPv6 address are routed back from the outside too.
    bool buildIpv6Uplink(const QStringList &outsideAddresses)
    {
        m_uplinkIpv6 = true;
        if (!ip({u"-n"_s, m_node, u"-6"_s, u"addr"_s, u"add"_s, u"fd00:255:254::1/64"_s, u"dev"_s,
                u"up0"_s, u"nodad"_s})
            || !ip({u"-n"_s, m_outside, u"-6"_s, u"addr"_s, u"add"_s, u"fd00:255:254::2/64"_s,
                u"dev"_s, u"up0"_s, u"nodad"_s})
            || !ip({u"-n"_s, m_node, u"-6"_s, u"neigh"_s, u"replace"_s, u"fd00:255:254::2"_s,
                u"lladdr"_s, u"02:aa:00:00:00:02"_s, u"dev"_s, u"up0"_s, u"nud"_s, u"permanent"_s})
            || !ip({u"-n"_s, m_outside, u"-6"_s, u"neigh"_s, u"replace"_s, u"fd00:255:254::1"_s,
                u"lladdr"_s, u"02:aa:00:00:00:01"_s, u"dev"_s, u"up0"_s, u"nud"_s, u"permanent"_s})
            || !ip({u"-n"_s, m_node, u"-6"_s, u"route"_s, u"add"_s, u"default"_s, u"via"_s,
                u"fd00:255:254::2"_s}))
            return false;
        for (const QString &a : outsideAddresses) {
            if (!ip({u"-n"_s, m_outside, u"-6"_s, u"addr"_s, u"add"_s, a + u"/128"_s, u"dev"_s,
                    u"lo"_s, u"nodad"_s}))
                return false;
        }
        return true;
    }

    bool addOutsideAddresses(const QStringList &addresses)
    {
        for (const QString &a : addresses) {
            if (!ip({u"-n"_s, m_outside, u"addr"_s, u"add"_s, a + u"/32"_s, u"dev"_s, u"lo"_s}))
                return false;
        }
        return true;
    }

    /// One pod: its namespace, the cali veth, /32 route, proxy ARP, the pod's default route;
    /// with `podIp6`, also that address (usable at once: no duplicate address detection), its
    /// /128 route on the node and the pod's IPv6 default route via the host side's link-local
    /// address fe80::ecee:eeff:feee:eeee. Neighbours are permanent entries: the probes never
    /// wait for ARP or neighbour discovery.
    bool addPod(const QString &iface, const QString &podIp, const QString &podIp6 = {})
    {
        const QString ns = m_prefix + u"-p"_s + QString::number(m_podNs.size());
        if (!addNamespace(ns))
            return false;
        m_podNs.insert(podIp, ns);
        const int n = int(m_podNs.size());
        const QString podMac = u"02:bb:00:00:%1:%2"_s.arg(n / 256, 2, 16, QChar(u'0'))
                                   .arg(n % 256, 2, 16, QChar(u'0'));
        return ip({u"-n"_s, m_node, u"link"_s, u"add"_s, iface, u"address"_s,
                   u"ee:ee:ee:ee:ee:ee"_s, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, u"eth0"_s,
                   u"address"_s, podMac, u"netns"_s, ns})
            && ip({u"-n"_s, m_node, u"link"_s, u"set"_s, iface, u"up"_s})
            && sh(m_node, {u"sysctl"_s, u"-qw"_s, u"net.ipv4.conf.%1.proxy_arp=1"_s.arg(iface)})
            && ip({u"-n"_s, m_node, u"route"_s, u"add"_s, podIp + u"/32"_s, u"dev"_s, iface})
            && ip({u"-n"_s, ns, u"addr"_s, u"add"_s, podIp + u"/32"_s, u"dev"_s, u"eth0"_s})
            && ip({u"-n"_s, ns, u"link"_s, u"set"_s, u"eth0"_s, u"up"_s})
            && ip({u"-n"_s, ns, u"route"_s, u"add"_s, u"169.254.1.1"_s, u"dev"_s, u"eth0"_s})
            && ip({u"-n"_s, ns, u"route"_s, u"add"_s, u"default"_s, u"via"_s, u"169.254.1.1"_s,
                u"dev"_s, u"eth0"_s})
            && ip({u"-n"_s, m_outside, u"route"_s, u"add"_s, podIp + u"/32"_s, u"via"_s,
                u"10.255.254.1"_s})
            && ip({u"-n"_s, ns, u"neigh"_s, u"replace"_s, u"169.254.1.1"_s, u"lladdr"_s,
                u"ee:ee:ee:ee:ee:ee"_s, u"dev"_s, u"eth0"_s, u"nud"_s, u"permanent"_s})
            && ip({u"-n"_s, m_node, u"neigh"_s, u"replace"_s, podIp, u"lladdr"_s, podMac, u"dev"_s,
                iface, u"nud"_s, u"permanent"_s})
            && (podIp6.isEmpty() || addPodIpv6(ns, iface, podIp6, podMac));
    }

    bool addPodIpv6(
        const QString &ns, const QString &iface, const QString &podIp6, const QString &podMac)
    {
        const QString gateway = u"fe80::ecee:eeff:feee:eeee"_s;
        m_podNs.insert(podIp6, ns);
        return ip({u"-n"_s, m_node, u"-6"_s, u"route"_s, u"add"_s, podIp6 + u"/128"_s, u"dev"_s,
                   iface})
            && ip({u"-n"_s, m_node, u"-6"_s, u"neigh"_s, u"replace"_s, podIp6, u"lladdr"_s, podMac,
                u"dev"_s, iface, u"nud"_s, u"permanent"_s})
            && ip({u"-n"_s, ns, u"-6"_s, u"addr"_s, u"add"_s, podIp6 + u"/128"_s, u"dev"_s,
                u"eth0"_s, u"nodad"_s})
            && ip({u"-n"_s, ns, u"-6"_s, u"neigh"_s, u"replace"_s, gateway, u"lladdr"_s,
                u"ee:ee:ee:ee:ee:ee"_s, u"dev"_s, u"eth0"_s, u"nud"_s, u"permanent"_s})
            && ip({u"-n"_s, ns, u"-6"_s, u"route"_s, u"add"_s, u"default"_s, u"via"_s, gateway,
                u"dev"_s, u"eth0"_s})
            && (!m_uplinkIpv6
                || ip({u"-n"_s, m_outside, u"-6"_s, u"route"_s, u"add"_s, podIp6 + u"/128"_s,
                    u"via"_s, u"fd00:255:254::1"_s}));
    }

    /// Starts a TCP/UDP listener on every port of every address in `ns`.
    void listen(const QString &ns, const QStringList &addresses, const QList<int> &ports)
    {
        auto *p = new QProcess;
        QStringList args {u"netns"_s, u"exec"_s, ns, python(), QStringLiteral(POLICY_NETPROBE),
            u"listen"_s, addresses.join(u',')};
        for (int port : ports)
            args.append(QString::number(port));
        p->start(u"ip"_s, args);
        m_listeners.append(p);
    }
    /// Waits until every listener said "ready".
    bool listenersReady()
    {
        for (QProcess *p : m_listeners) {
            while (!p->canReadLine()) {
                if (!p->waitForReadyRead(10000)) {
                    m_error = u"a listener did not start: %1"_s.arg(
                        QString::fromUtf8(p->readAllStandardError()));
                    return false;
                }
            }
            if (!p->readLine().startsWith("ready")) {
                m_error
                    = u"a listener failed: %1"_s.arg(QString::fromUtf8(p->readAllStandardError()));
                return false;
            }
        }
        return true;
    }

private:
    QString m_prefix, m_node, m_outside, m_error, m_lastOut;
    QStringList m_namespaces;
    QHash<QString, QString> m_podNs;
    QList<QProcess *> m_listeners;
    bool m_uplinkIpv6 = false;
};

} // namespace ps::kerneltest
