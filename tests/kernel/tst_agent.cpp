// The node agent end to end: `policy-agent serve` runs inside the node namespace of a
// Calico-shaped node made of network namespaces (netnsnode.h) and is driven over HTTPS with
// curl, as a client would. Checks with real traffic between two pods that what it applies is
// what the kernel enforces; that requests without the token, with a wrong one, over plain
// HTTP, too large or malformed are refused and change nothing in the kernel; that an
// iptables-restore failing midway (a PATH shim that commits the first table, then fails)
// leaves the previous rules in place; that a killed agent puts its last ruleset back when it
// starts again; and that of two pushes against the same generation one wins and the other
// gets 409. Then the same agent with `--dataplane nft` on a second node: what it applies is
// the node's `ip calico` table and the kernel enforces it, a change replaces the table, a
// batch that the kernel refuses (a PATH shim adds a failing last line) or a read-back that
// differs leaves the previous table, and a restart puts it back. Root only; skips with a
// message where namespaces cannot be made and entered.
//
// The pods are dual-stack (an IPv4 and an IPv6 address each) and the agent programs both
// families, as Felix does with its IPv6 support on: every case checks IPv6 traffic as well, an
// ip6tables-restore failing after IPv4 was written (or an `ip6 calico` read-back that differs)
// puts both families back, and a FelixConfiguration that turns ipv6Support off removes our
// IPv6 rules and sets. Skips with a message where the kernel has no IPv6 netfilter.

#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "core/dataplane/felixrenderer.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "tests/kernel/netnsnode.h"

using namespace ps;
using namespace ps::kerneltest;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kNode = u"node-a"_s;
const QString kWebIp = u"10.66.0.10"_s;
const QString kClientIp = u"10.66.0.11"_s;
const QString kWebIp6 = u"fd00:66::10"_s;
const QString kClientIp6 = u"fd00:66::11"_s;
constexpr qint64 kMaxRequest = qint64(256) * 1024;

/// The node's workspace: a web pod and a client pod (dual-stack), and a policy that lets the web
/// pod be reached on `port` only. `natPool` adds a natOutgoing IP pool (a masquerade rule to write
/// too); `ipv6Off` a FelixConfiguration that turns Felix's IPv6 support off.
QByteArray workspace(int port, bool natPool = false, bool ipv6Off = false)
{
    QByteArray yaml = R"(apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {nodeName: node-a, containers: [{name: c, image: busybox}]}
status: {podIP: 10.66.0.10, podIPs: [{ip: 10.66.0.10}, {ip: "fd00:66::10"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {nodeName: node-a, containers: [{name: c, image: busybox}]}
status: {podIP: 10.66.0.11, podIPs: [{ip: 10.66.0.11}, {ip: "fd00:66::11"}]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: web-ingress}
spec:
  selector: app == 'web'
  types: [Ingress]
  ingress:
  - action: Allow
    protocol: TCP
    source: {selector: app == 'client'}
    destination: {ports: [PORT]}
)";
    yaml.replace("PORT", QByteArray::number(port));
    if (natPool)
        yaml += R"(---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata: {name: pods}
spec: {cidr: 10.66.0.0/16, natOutgoing: true}
)";
    if (ipv6Off)
        yaml += R"(---
apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata: {name: default}
spec: {ipv6Support: false}
)";
    return yaml;
}

// How `nft list` prints the parts of our table the nft cases look for.
const QString kTable = u"table ip calico {"_s;
const QString kTable6 = u"table ip6 calico {"_s;
const QString kForward = u"chain filter-FORWARD {"_s;
// Only a natOutgoing IP pool masquerades: the nat chains themselves are on every node.
const QString kMasquerade = u"masquerade"_s;
const QString kToWorkloadMap = u"map filter-cali-to-wl-dispatch {"_s;

struct Reply {
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// policy-agent serve in the node namespace, with its log kept.
class AgentProcess {
public:
    ~AgentProcess() { stop(); }

    /// `dir` is the credentials folder, or (ending in .conf) a configuration file that says
    /// everything.
    bool start(const QString &ns, const QString &dir, const QStringList &extra = {},
        const QString &pathPrefix = {})
    {
        QStringList options {u"--config"_s, dir};
        if (!dir.endsWith(u".conf"_s))
            options = QStringList {u"--dir"_s, dir, u"--listen"_s, u"127.0.0.1:0"_s, u"--node"_s,
                kNode, u"--max-request-bytes"_s, QString::number(kMaxRequest)};
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        if (!pathPrefix.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PATH"_s, pathPrefix + u':' + env.value(u"PATH"_s));
            m_process->setProcessEnvironment(env);
        }
        m_process->start(u"ip"_s,
            QStringList {u"netns"_s, u"exec"_s, ns, QStringLiteral(POLICY_AGENT), u"serve"_s}
                + options + extra);
        static const QRegularExpression listening(u"listening on https://127\\.0\\.0\\.1:(\\d+)"_s);
        const qsizetype from = m_log.size(); // this run's lines only
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000) {
            m_process->waitForReadyRead(200);
            m_log += QString::fromUtf8(m_process->readAll());
            const QRegularExpressionMatch m = listening.match(m_log, from);
            if (m.hasMatch()) {
                m_port = m.captured(1).toInt();
                return true;
            }
            if (m_process->state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    /// SIGKILL: no chance to clean anything up.
    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_log += QString::fromUtf8(m_process->readAll());
        m_process.reset();
    }
    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
        m_log += QString::fromUtf8(m_process->readAll());
        m_process.reset();
    }
    const QString &log()
    {
        if (m_process)
            m_log += QString::fromUtf8(m_process->readAll());
        return m_log;
    }
    int port() const { return m_port; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_log;
    int m_port = 0;
};

} // namespace

class TestAgent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void credentials();
    void applyIsEnforced();
    void planTouchesNothing();
    void refused_data();
    void refused();
    void concurrentPushes();
    void failedRestoreKeepsPreviousRules();
    void failedIp6RestoreKeepsBothFamilies();
    void restartPutsRulesBack();
    void policyctlPush();
    void ipv6SupportOff();
    void nftApplyIsEnforced();
    void nftFailuresKeepPreviousRules();
    void nftRestartPutsRulesBack();
    void logHasNoToken();

private:
    enum class Token { None, Right, Wrong, WrongSameLength };
    QStringList curlArgs(const QString &method, const QString &path, Token token,
        const QByteArray &ifMatch, const QString &scheme = u"https"_s) const;
    Reply request(const QString &method, const QString &path, const QByteArray &body = {},
        Token token = Token::Right, const QByteArray &ifMatch = {},
        const QString &scheme = u"https"_s) const;
    /// iptables-save and ip6tables-save (no counters) and ipset save of the node, sorted sets.
    QString kernelState() const;
    /// `nft -s list ruleset` of the node (no counters).
    QString nftState() const;
    qint64 generation() const;
    /// A node with the web and client pods, the web pod listening on 80 and 81.
    void buildNode(const QString &tag);
    /// Restarts the agent on the nft node (its own state folder, the same credentials).
    bool startNftAgent(const QString &pathPrefix = {});
    bool reaches(int port) const { return tcpConnects(m_clientNs, kClientIp, kWebIp, port); }
    bool reaches6(int port) const { return tcpConnects(m_clientNs, kClientIp6, kWebIp6, port); }
    /// An iptables-restore (or ip6tables-restore) that, while `marker` exists, commits the first
    /// table of a --noflush write and then fails; it notes in `log` what it committed.
    QString restoreShim(const QString &program, const QString &marker, const QString &log);

    std::unique_ptr<NetnsNode> m_netns;
    QTemporaryDir m_dir;
    QString m_credentials;
    QByteArray m_token;
    QString m_clientNs;
    AgentProcess m_agent;
};

void TestAgent::initTestCase()
{
    const QString unavailable = namespacesUnavailable({u"ip"_s, u"ipset"_s, u"iptables-restore"_s,
        u"iptables-save"_s, u"ip6tables-restore"_s, u"ip6tables-save"_s, u"python3"_s, u"curl"_s});
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    {
        // The agent programs IPv6 as well: the kernel needs IPv6 and its netfilter tables.
        NetnsNode probe(u"6"_s);
        if (!probe.addNamespace(probe.node()))
            QSKIP(qPrintable(probe.error()));
        if (!probe.sh(probe.node(), {u"ip6tables-restore"_s, u"--noflush"_s}, "*filter\nCOMMIT\n")
            || !probe.sh(probe.node(),
                {u"ipset"_s, u"create"_s, u"ps-probe6"_s, u"hash:net"_s, u"family"_s, u"inet6"_s}))
            QSKIP(qPrintable(
                u"the kernel has no usable IPv6 netfilter (ip6tables, ipset family "
                "inet6), which the agent's dual-stack cases need: %1"_s.arg(probe.error())));
    }
    QVERIFY(m_dir.isValid());
    m_credentials = m_dir.filePath(u"agent"_s);
    const Cmd init
        = run(QStringLiteral(POLICY_AGENT), {u"init"_s, m_credentials, u"--node"_s, kNode});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QFile token(m_credentials + u"/token"_s);
    QVERIFY(token.open(QIODevice::ReadOnly));
    m_token = token.readAll().trimmed();

    buildNode(u"a"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_agent.start(m_netns->node(), m_credentials), qPrintable(m_agent.log()));
}

void TestAgent::buildNode(const QString &tag)
{
    // The node and its two pods, named as Calico's CNI names their interfaces.
    const LoadResult lr = Loader().loadText(workspace(80), u"ws.yaml"_s);
    QVERIFY(lr.diagnostics.isEmpty());
    const PolicyEngine engine(lr.workspace);
    m_netns.reset();
    m_netns = std::make_unique<NetnsNode>(tag);
    QVERIFY2(m_netns->build({}), qPrintable(m_netns->error()));
    for (const auto &[ref, ip, ip6] :
        {std::tuple {u"shop/web"_s, kWebIp, kWebIp6}, {u"shop/client"_s, kClientIp, kClientIp6}}) {
        const Result<EndpointRef> e = engine.resolve(ref);
        QVERIFY(e.ok());
        QVERIFY2(m_netns->addPod(endpointInterfaceName(engine, e->object, {}), ip, ip6),
            qPrintable(m_netns->error()));
    }
    m_clientNs = m_netns->podNamespace(kClientIp);
    m_netns->listen(m_netns->podNamespace(kWebIp), {kWebIp, kWebIp6}, {80, 81});
    QVERIFY2(m_netns->listenersReady(), qPrintable(m_netns->error()));
    // No rules yet: both ports answer, over either family.
    QVERIFY(reaches(80) && reaches(81));
    QVERIFY(reaches6(80) && reaches6(81));
}

bool TestAgent::startNftAgent(const QString &pathPrefix)
{
    m_agent.stop();
    return m_agent.start(m_netns->node(), m_credentials,
        {u"--dataplane"_s, u"nft"_s, u"--state-dir"_s, m_dir.filePath(u"nft-state"_s)}, pathPrefix);
}

void TestAgent::cleanupTestCase()
{
    m_agent.stop();
    m_netns.reset();
}

QStringList TestAgent::curlArgs(const QString &method, const QString &path, Token token,
    const QByteArray &ifMatch, const QString &scheme) const
{
    QStringList args {u"netns"_s, u"exec"_s, m_netns->node(), u"curl"_s, u"-sS"_s, u"-m"_s, u"60"_s,
        u"--cacert"_s, m_credentials + u"/cert.pem"_s, u"-X"_s, method, u"-o"_s, u"-"_s, u"-w"_s,
        u"\n%{http_code}"_s, u"--data-binary"_s, u"@-"_s};
    QByteArray sent;
    switch (token) {
    case Token::None:
        break;
    case Token::Right:
        sent = m_token;
        break;
    case Token::Wrong:
        sent = "not-the-token";
        break;
    case Token::WrongSameLength:
        sent = m_token;
        sent[5] = sent[5] == 'a' ? 'b' : 'a';
        break;
    }
    if (!sent.isEmpty())
        args << u"-H"_s << u"Authorization: Bearer "_s + QString::fromLatin1(sent);
    if (!ifMatch.isNull())
        args << u"-H"_s << u"If-Match: "_s + QString::fromLatin1(ifMatch);
    args << u"%1://127.0.0.1:%2%3"_s.arg(scheme).arg(m_agent.port()).arg(path);
    return args;
}

Reply TestAgent::request(const QString &method, const QString &path, const QByteArray &body,
    Token token, const QByteArray &ifMatch, const QString &scheme) const
{
    const Cmd c = run(u"ip"_s, curlArgs(method, path, token, ifMatch, scheme), body, 90000);
    Reply r;
    const qsizetype nl = c.out.lastIndexOf(u'\n');
    r.status = c.out.mid(nl + 1).toInt();
    r.body = c.out.left(std::max<qsizetype>(nl, 0)).toUtf8();
    return r;
}

QString TestAgent::kernelState() const
{
    // Tables in name order (iptables-save lists them in the order they were made).
    QStringList out;
    for (const QString &program : {u"iptables-save"_s, u"ip6tables-save"_s}) {
        QMap<QString, QStringList> tables;
        QString table;
        const Cmd save = run(u"ip"_s, {u"netns"_s, u"exec"_s, m_netns->node(), program});
        out.append(u"--- "_s + program);
        for (const QString &l : save.out.split(u'\n')) {
            if (l.startsWith(u'#') || l.isEmpty())
                continue;
            if (l.startsWith(u'*'))
                table = l;
            // Chain counters change with traffic; the chains and rules are what count.
            tables[table].append(l.startsWith(u':') ? l.section(u' ', 0, 1) : l);
        }
        for (const QStringList &lines : std::as_const(tables))
            out += lines;
    }
    const Cmd sets = run(u"ip"_s, {u"netns"_s, u"exec"_s, m_netns->node(), u"ipset"_s, u"save"_s});
    QStringList setLines = sets.out.split(u'\n', Qt::SkipEmptyParts);
    // The hash seed of a set is random each time it is made.
    static const QRegularExpression seed(u" initval 0x[0-9a-f]+"_s);
    for (QString &l : setLines)
        l.remove(seed);
    setLines.sort();
    return out.join(u'\n') + u"\n--- ipset\n"_s + setLines.join(u'\n');
}

QString TestAgent::nftState() const
{
    const Cmd list = run(u"ip"_s,
        {u"netns"_s, u"exec"_s, m_netns->node(), u"nft"_s, u"-s"_s, u"list"_s, u"ruleset"_s});
    return list.exitCode == 0 ? list.out : u"nft failed: "_s + list.err;
}

qint64 TestAgent::generation() const
{
    return qint64(request(u"GET"_s, u"/v1/state"_s).json().value(u"generation"_s).toDouble());
}

void TestAgent::credentials()
{
    for (const QString &f : {u"cert.pem"_s, u"key.pem"_s, u"token"_s}) {
        const QFileInfo info(m_credentials + u'/' + f);
        QVERIFY2(info.exists(), qPrintable(f));
        QCOMPARE(info.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
            QFile::ReadOwner | QFile::WriteOwner);
    }
    QCOMPARE(m_token.size(), 64);
    // init refuses to replace credentials without --force.
    const Cmd again = run(QStringLiteral(POLICY_AGENT), {u"init"_s, m_credentials});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"--force"_s), qPrintable(again.err));
    // --if-missing (the service's first start) leaves existing credentials alone.
    const Cmd ifMissing
        = run(QStringLiteral(POLICY_AGENT), {u"init"_s, m_credentials, u"--if-missing"_s});
    QCOMPARE(ifMissing.exitCode, 0);
    QFile token(m_credentials + u"/token"_s);
    QVERIFY(token.open(QIODevice::ReadOnly));
    QCOMPARE(token.readAll().trimmed(), m_token);
    const Reply health = request(u"GET"_s, u"/healthz"_s);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(u"node"_s).toString(), kNode);
}

void TestAgent::applyIsEnforced()
{
    QCOMPARE(generation(), 0);
    Reply r = request(u"PUT"_s, u"/v1/apply"_s, workspace(80), Token::Right, "\"0\"");
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value(u"state"_s).toObject().value(u"generation"_s).toInt(), 1);
    QVERIFY(reaches(80));
    QVERIFY(!reaches(81));
    QVERIFY(reaches6(80));
    QVERIFY(!reaches6(81));

    r = request(u"PUT"_s, u"/v1/apply"_s, workspace(81), Token::Right, "\"1\"");
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(!reaches(80));
    QVERIFY(reaches(81));
    QVERIFY(!reaches6(80));
    QVERIFY(reaches6(81));
    const QJsonObject state = request(u"GET"_s, u"/v1/state"_s).json();
    QCOMPARE(state.value(u"generation"_s).toInt(), 2);
    QCOMPARE(state.value(u"previousGeneration"_s).toInt(), 1);
    QCOMPARE(state.value(u"endpoints"_s).toInt(), 2);
    QVERIFY(state.value(u"inKernel"_s).toBool());
    QVERIFY(state.value(u"contentHash"_s).toString().startsWith(u"sha256:"_s));
    // Per family, and the totals are their sums.
    const QJsonObject v4 = state.value(u"ipv4"_s).toObject(),
                      v6 = state.value(u"ipv6"_s).toObject();
    QVERIFY(v4.value(u"programmed"_s).toBool() && v6.value(u"programmed"_s).toBool());
    QVERIFY(v4.value(u"rules"_s).toInt() > 0 && v6.value(u"rules"_s).toInt() > 0);
    QVERIFY(v6.value(u"sets"_s).toInt() > 0);
    for (const QString &key : {u"chains"_s, u"rules"_s, u"sets"_s})
        QCOMPARE(state.value(key).toInt(), v4.value(key).toInt() + v6.value(key).toInt());
    // What the kernel was given, and the kernel holds one copy of Felix's hook rules in each
    // family, and the IPv6 sets as family inet6.
    const Reply ruleset = request(u"GET"_s, u"/v1/ruleset"_s);
    QCOMPARE(ruleset.status, 200);
    QVERIFY(ruleset.json().value(u"iptablesRestore"_s).toString().contains(u"*filter"_s));
    const QJsonObject ruleset6 = ruleset.json().value(u"ipv6"_s).toObject();
    QVERIFY(ruleset6.value(u"iptablesRestore"_s).toString().contains(u"*filter"_s));
    QVERIFY(ruleset6.value(u"ipsetRestore"_s).toString().contains(u"family inet6"_s));
    const QString kernel = kernelState();
    QCOMPARE(kernel.count(u"-j cali-FORWARD"_s), 2);
    const QString kernel6 = kernel.section(u"--- ip6tables-save"_s, 1);
    QCOMPARE(kernel6.count(u"-j cali-FORWARD"_s), 1);
    QVERIFY2(kernel.contains(QRegularExpression(u"create cali60s:\\S+ hash:net family inet6"_s)),
        qPrintable(kernel));

    // Rollback goes back to generation 1's workspace (port 80), as generation 3.
    r = request(u"POST"_s, u"/v1/rollback"_s);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(generation(), 3);
    QVERIFY(reaches(80));
    QVERIFY(!reaches(81));
    QVERIFY(reaches6(80));
    QVERIFY(!reaches6(81));
}

void TestAgent::planTouchesNothing()
{
    const QString before = kernelState();
    const qint64 g = generation();
    const Reply r = request(u"POST"_s, u"/v1/plan"_s, workspace(81));
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject plan = r.json();
    QVERIFY(plan.value(u"changesKernel"_s).toBool());
    bool updated = false;
    for (const auto &v : plan.value(u"resources"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"name"_s).toString() == u"web-ingress")
            updated = o.value(u"action"_s).toString() == u"update";
    }
    QVERIFY2(updated, r.body.constData());
    // Both families change: the policy chain of each, IPv6 ones named with "ipv6:".
    QVERIFY(plan.value(u"ipv6"_s).toObject().value(u"programmed"_s).toBool());
    QCOMPARE(plan.value(u"rules"_s).toInt(),
        plan.value(u"ipv4"_s).toObject().value(u"rules"_s).toInt()
            + plan.value(u"ipv6"_s).toObject().value(u"rules"_s).toInt());
    const QStringList changed
        = plan.value(u"chains"_s).toObject().value(u"changed"_s).toVariant().toStringList();
    QVERIFY2(changed.contains(u"cali-pi-gnp/web-ingress"_s)
            && changed.contains(u"ipv6:cali-pi-gnp/web-ingress"_s),
        r.body.constData());
    QCOMPARE(kernelState(), before);
    QCOMPARE(generation(), g);
}

void TestAgent::refused_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("token");
    QTest::addColumn<QByteArray>("ifMatch");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // part of the error

    const QByteArray ws = workspace(81);
    const auto row = [&](const char *name, const QString &method, const QString &path,
                         const QByteArray &body, Token token, const QByteArray &ifMatch,
                         const QString &scheme, int status, const QString &message) {
        QTest::newRow(name) << method << path << body << int(token) << ifMatch << scheme << status
                            << message;
    };
    row("no token", u"PUT"_s, u"/v1/apply"_s, ws, Token::None, {}, u"https"_s, 401,
        u"no bearer token"_s);
    row("wrong token", u"PUT"_s, u"/v1/apply"_s, ws, Token::Wrong, {}, u"https"_s, 401,
        u"token is wrong"_s);
    row("wrong token of the right length", u"PUT"_s, u"/v1/apply"_s, ws, Token::WrongSameLength, {},
        u"https"_s, 401, u"token is wrong"_s);
    row("no token, rollback", u"POST"_s, u"/v1/rollback"_s, {}, Token::None, {}, u"https"_s, 401,
        u"no bearer token"_s);
    row("plain HTTP", u"PUT"_s, u"/v1/apply"_s, ws, Token::Right, {}, u"http"_s, 0, QString());
    row("oversized", u"PUT"_s, u"/v1/apply"_s, QByteArray(kMaxRequest + 4096, '#'), Token::Right,
        {}, u"https"_s, 413, u"at most"_s);
    row("YAML that does not parse", u"PUT"_s, u"/v1/apply"_s, "kind: [unclosed\n  - x: {",
        Token::Right, {}, u"https"_s, 400, u"error"_s);
    row("a policy Calico refuses", u"PUT"_s, u"/v1/apply"_s,
        QByteArray(ws).replace("app == 'web'", "app == 'web"), Token::Right, {}, u"https"_s, 400,
        u"error"_s);
    row("empty body", u"PUT"_s, u"/v1/apply"_s, {}, Token::Right, {}, u"https"_s, 400,
        u"no workspace"_s);
    row("If-Match that is no generation", u"PUT"_s, u"/v1/apply"_s, ws, Token::Right, "\"x1\"",
        u"https"_s, 400, u"If-Match"_s);
    row("stale If-Match", u"PUT"_s, u"/v1/apply"_s, ws, Token::Right, "\"1\"", u"https"_s, 409,
        u"another push came first"_s);
    row("wrong method", u"GET"_s, u"/v1/apply"_s, {}, Token::Right, {}, u"https"_s, 405, u"PUT"_s);
    row("unknown path", u"PUT"_s, u"/v1/apply/../x"_s, ws, Token::Right, {}, u"https"_s, 404,
        u"no such endpoint"_s);
}

void TestAgent::refused()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, token);
    QFETCH(QByteArray, ifMatch);
    QFETCH(QString, scheme);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString before = kernelState();
    const qint64 g = generation();
    const Reply r = request(method, path, body, Token(token), ifMatch, scheme);
    QVERIFY2(
        r.status == status, qPrintable(u"%1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body))));
    if (!message.isEmpty()) {
        const QJsonObject o = r.json();
        QVERIFY2(o.value(u"error"_s).toString().contains(message)
                || o.value(u"details"_s).toVariant().toStringList().join(u'\n').contains(message),
            r.body.constData());
    }
    QCOMPARE(kernelState(), before);
    QCOMPARE(generation(), g);
    // The agent still serves.
    QCOMPARE(request(u"GET"_s, u"/healthz"_s).status, 200);
}

void TestAgent::concurrentPushes()
{
    const qint64 g = generation();
    const QByteArray ifMatch = '"' + QByteArray::number(g) + '"';
    QList<std::pair<int, QProcess *>> pushes;
    for (int port : {80, 81}) {
        auto *p = new QProcess(this);
        p->start(u"ip"_s, curlArgs(u"PUT"_s, u"/v1/apply"_s, Token::Right, ifMatch));
        pushes.append({port, p});
    }
    for (const auto &[port, p] : pushes) {
        QVERIFY(p->waitForStarted(5000));
        p->write(workspace(port));
        p->waitForBytesWritten(5000);
        p->closeWriteChannel();
    }
    QMap<int, int> statusByPort;
    for (const auto &[port, p] : pushes) {
        QVERIFY(p->waitForFinished(90000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        statusByPort.insert(port, out.mid(out.lastIndexOf(u'\n') + 1).toInt());
        delete p;
    }
    QList<int> statuses = statusByPort.values();
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int> {200, 409}));
    QCOMPARE(generation(), g + 1);
    const int winner = statusByPort.key(200);
    QVERIFY(reaches(winner));
    QVERIFY(!reaches(winner == 80 ? 81 : 80));
}

QString TestAgent::restoreShim(const QString &program, const QString &marker, const QString &log)
{
    const QString real = QStandardPaths::findExecutable(program);
    const QString shimDir = m_dir.filePath(u"shim-"_s + program);
    if (real.isEmpty() || !QDir().mkpath(shimDir))
        return {};
    QFile shim(shimDir + u'/' + program);
    if (!shim.open(QIODevice::WriteOnly))
        return {};
    shim.write(
        u"#!/bin/sh\n"
        "case \" $* \" in *\" --noflush \"*) ;; *) exec %1 \"$@\" ;; esac\n"
        "[ -e %2 ] || exec %1 \"$@\"\n"
        "input=$(cat)\n"
        "printf '%s\\n' \"$input\" | awk '{ print } /^COMMIT$/ { exit }' | %1 \"$@\" || exit 3\n"
        "echo \"first table committed: $(printf '%s\\n' \"$input\" | head -n 1)\" >> %3\n"
        "echo '%4: line 9999 failed (injected)' >&2\n"
        "exit 1\n"_s.arg(real, marker, log, program)
            .toUtf8());
    shim.close();
    if (!shim.setPermissions(shim.permissions() | QFile::ExeOwner))
        return {};
    return shimDir;
}

void TestAgent::failedRestoreKeepsPreviousRules()
{
    // iptables-restore that commits the first table of a --noflush write (raw: every node
    // has Felix's static raw, mangle and nat chains), then fails — while the marker file
    // exists. IPv4 is written first, so IPv6 is never reached.
    const QString marker = m_dir.filePath(u"fail-restore"_s);
    const QString shimLog = m_dir.filePath(u"shim.log"_s);
    const QString shimDir = restoreShim(u"iptables-restore"_s, marker, shimLog);
    QVERIFY(!shimDir.isEmpty());

    m_agent.stop();
    QVERIFY2(m_agent.start(m_netns->node(), m_credentials, {}, shimDir), qPrintable(m_agent.log()));
    const QString before = kernelState();
    const qint64 g = generation();
    const bool port80 = reaches(80);
    QFile(marker).open(QIODevice::WriteOnly);
    Reply r = request(u"PUT"_s, u"/v1/apply"_s, workspace(port80 ? 81 : 80, true));
    QFile::remove(marker);
    // The shim did commit the raw table before failing: the kernel was changed midway.
    QFile log(shimLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY2(log.readAll().contains("first table committed: *raw"), "the shim did not run");
    QVERIFY2(r.status == 500, r.body.constData());
    QVERIFY2(r.json().value(u"error"_s).toString().contains(u"previous ruleset was restored"_s),
        r.body.constData());
    QCOMPARE(kernelState(), before);
    QCOMPARE(generation(), g);
    QCOMPARE(reaches(80), port80);
    QCOMPARE(reaches(81), !port80);
    QCOMPARE(reaches6(80), port80);
    QCOMPARE(reaches6(81), !port80);
    // Without the failure the same workspace goes in.
    r = request(u"PUT"_s, u"/v1/apply"_s, workspace(port80 ? 81 : 80, true));
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(kernelState().contains(u"*nat"_s));
    QCOMPARE(reaches(80), !port80);
    QCOMPARE(reaches6(80), !port80);
    m_agent.stop();
    QVERIFY2(m_agent.start(m_netns->node(), m_credentials), qPrintable(m_agent.log()));
}

void TestAgent::failedIp6RestoreKeepsBothFamilies()
{
    // ip6tables-restore that commits the first IPv6 table, then fails: by then the IPv4 rules
    // and both families' IP sets are already written and read back, and must all go back.
    const QString marker = m_dir.filePath(u"fail-restore6"_s);
    const QString shimLog = m_dir.filePath(u"shim6.log"_s);
    const QString shimDir = restoreShim(u"ip6tables-restore"_s, marker, shimLog);
    QVERIFY(!shimDir.isEmpty());
    m_agent.stop();
    QVERIFY2(m_agent.start(m_netns->node(), m_credentials, {}, shimDir), qPrintable(m_agent.log()));
    const QString before = kernelState();
    const qint64 g = generation();
    const bool port80 = reaches(80);
    QCOMPARE(reaches6(80), port80);
    // A change to the policy (both families' chains) and a new IP pool (nat tables).
    const QByteArray next = workspace(port80 ? 81 : 80, !before.contains(u"*nat"_s));
    QFile(marker).open(QIODevice::WriteOnly);
    Reply r = request(u"PUT"_s, u"/v1/apply"_s, next);
    QFile::remove(marker);
    QFile log(shimLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY2(log.readAll().contains("first table committed: *"), "the shim did not run");
    QVERIFY2(r.status == 500, r.body.constData());
    const QString error = r.json().value(u"error"_s).toString();
    QVERIFY2(error.contains(u"ip6tables-restore"_s)
            && error.contains(u"previous ruleset was restored"_s),
        r.body.constData());
    QCOMPARE(kernelState(), before);
    QCOMPARE(generation(), g);
    QCOMPARE(reaches(80), port80);
    QCOMPARE(reaches(81), !port80);
    QCOMPARE(reaches6(80), port80);
    QCOMPARE(reaches6(81), !port80);
    // Without the failure it goes in, both families.
    r = request(u"PUT"_s, u"/v1/apply"_s, next);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(reaches(80), !port80);
    QCOMPARE(reaches6(80), !port80);
    QCOMPARE(reaches6(81), port80);
    m_agent.stop();
    QVERIFY2(m_agent.start(m_netns->node(), m_credentials), qPrintable(m_agent.log()));
}

void TestAgent::restartPutsRulesBack()
{
    const QString before = kernelState();
    const qint64 g = generation();
    const bool port80 = reaches(80);
    QVERIFY(port80 != reaches(81));
    m_agent.kill();
    // As after a reboot: no rules of either family in any table, no sets (mangle's DSCP rule
    // uses sets too, so it goes before `ipset destroy`).
    for (const QString &restore : {u"iptables-restore"_s, u"ip6tables-restore"_s}) {
        QVERIFY2(m_netns->sh(m_netns->node(), {restore},
                     "*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n"
                     "*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n"
                     ":FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n"
                     "COMMIT\n"
                     "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                     "COMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n"
                     ":OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\nCOMMIT\n"),
            qPrintable(m_netns->error()));
    }
    QVERIFY2(
        m_netns->sh(m_netns->node(), {u"ipset"_s, u"destroy"_s}), qPrintable(m_netns->error()));
    QVERIFY(reaches(80) && reaches(81));
    QVERIFY(reaches6(80) && reaches6(81));
    // Started as the service starts it: everything from its configuration file.
    const QString conf = m_dir.filePath(u"agent.conf"_s);
    QFile f(conf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"# as /etc/policy-agent/agent.conf\ndir = %1\nlisten = 127.0.0.1:0\nnode = %2\n"
            "dataplane = iptables\nmax-request-bytes = %3\n"_s.arg(m_credentials, kNode)
                .arg(kMaxRequest)
                .toUtf8());
    f.close();
    QVERIFY2(m_agent.start(m_netns->node(), conf), qPrintable(m_agent.log()));
    QVERIFY2(m_agent.log().contains(u"applied again"_s), qPrintable(m_agent.log()));
    QCOMPARE(generation(), g);
    QCOMPARE(kernelState(), before);
    QCOMPARE(reaches(80), port80);
    QCOMPARE(reaches(81), !port80);
    QCOMPARE(reaches6(80), port80);
    QCOMPARE(reaches6(81), !port80);
}

// policyctl push, the client of the same API (core/push over libcurl), run in the node
// namespace: plan, dry run, apply, a wrong token, the wrong node, usage errors.
void TestAgent::policyctlPush()
{
    const bool port80 = reaches(80);
    const int port = port80 ? 81 : 80;
    const QString ws = m_dir.filePath(u"push.yaml"_s);
    QFile f(ws);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(workspace(port));
    f.close();
    const QString wrongToken = m_dir.filePath(u"wrong-token"_s);
    QFile t(wrongToken);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("0123456789\n");
    t.close();
    QVERIFY(t.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const auto push = [&](const QStringList &extra, const QString &token) {
        return run(u"ip"_s,
            QStringList {u"netns"_s, u"exec"_s, m_netns->node(), QStringLiteral(POLICYCTL),
                u"push"_s, u"-f"_s, ws, u"--agent"_s, u"https://127.0.0.1:%1"_s.arg(m_agent.port()),
                u"--ca"_s, m_credentials + u"/cert.pem"_s, u"--token-file"_s, token}
                + extra,
            {}, 90000);
    };
    const QString token = m_credentials + u"/token"_s;
    const QString before = kernelState();
    const qint64 g = generation();

    Cmd c = push({u"--node"_s, kNode, u"--dry-run"_s}, token);
    QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
    QVERIFY2(c.out.contains(u"plan for node node-a"_s) && c.out.contains(u"update"_s)
            && c.out.contains(u"GlobalNetworkPolicy web-ingress"_s)
            && c.out.contains(u"dry run: nothing was applied"_s),
        qPrintable(c.out));
    // The counts per family, as the agent's plan has them.
    QVERIFY2(QRegularExpression(u"  IPv4: [1-9][0-9]* rules, [0-9]+ IP sets; IPv6: "_s)
                 .match(c.out)
                 .hasMatch(),
        qPrintable(c.out));
    QCOMPARE(kernelState(), before);

    c = push({u"--node"_s, kNode, u"--node"_s, kNode}, token);
    QCOMPARE(c.exitCode, 2);
    c = push({u"--node"_s, u"node-b"_s}, token);
    QCOMPARE(c.exitCode, 1);
    QVERIFY2(c.out.contains(u"serves node node-a, not node-b"_s), qPrintable(c.out));
    c = push({u"--node"_s, kNode}, wrongToken);
    QCOMPARE(c.exitCode, 1);
    QVERIFY2(c.out.contains(u"token is wrong"_s)
            && c.out.contains(u"nothing was applied: node node-a is left as it was"_s),
        qPrintable(c.out));
    QCOMPARE(kernelState(), before);
    QCOMPARE(generation(), g);

    c = push({u"--node"_s, kNode, u"-o"_s, u"json"_s}, token);
    QVERIFY2(c.exitCode == 0, qPrintable(c.out + c.err));
    const QJsonObject o = QJsonDocument::fromJson(c.out.toUtf8()).object();
    QCOMPARE(o.value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(o.value(u"state"_s).toObject().value(u"generation"_s).toInt(), g + 1);
    QCOMPARE(generation(), g + 1);
    QVERIFY(reaches(port));
    QVERIFY(!reaches(port80 ? 80 : 81));
}

// FelixConfiguration ipv6Support: false — Felix leaves IPv6 alone, so the agent removes what it
// had programmed there and IPv6 traffic is no longer policed; turned on again, it is back.
void TestAgent::ipv6SupportOff()
{
    const bool port80 = reaches(80);
    QCOMPARE(reaches6(80), port80);
    Reply r = request(u"PUT"_s, u"/v1/apply"_s, workspace(port80 ? 80 : 81, false, true));
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject state = request(u"GET"_s, u"/v1/state"_s).json();
    QVERIFY(!state.value(u"ipv6"_s).toObject().value(u"programmed"_s).toBool());
    QCOMPARE(state.value(u"ipv6"_s).toObject().value(u"rules"_s).toInt(), 0);
    QVERIFY(state.value(u"ipv4"_s).toObject().value(u"programmed"_s).toBool());
    QVERIFY(!request(u"GET"_s, u"/v1/ruleset"_s).json().contains(u"ipv6"_s));
    const QString kernel = kernelState();
    const QString kernel6
        = kernel.section(u"--- ip6tables-save"_s, 1).section(u"--- ipset"_s, 0, 0);
    QVERIFY2(!kernel6.contains(u"cali"_s), qPrintable(kernel6));
    QVERIFY2(!kernel.contains(u"cali60"_s), qPrintable(kernel));
    // IPv4 is still enforced; IPv6 is not policed at all.
    QCOMPARE(reaches(80), port80);
    QCOMPARE(reaches(81), !port80);
    QVERIFY(reaches6(80) && reaches6(81));

    r = request(u"PUT"_s, u"/v1/apply"_s, workspace(port80 ? 80 : 81));
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.json()
                .value(u"state"_s)
                .toObject()
                .value(u"ipv6"_s)
                .toObject()
                .value(u"programmed"_s)
                .toBool());
    QCOMPARE(reaches6(80), port80);
    QCOMPARE(reaches6(81), !port80);
}

// --dataplane nft on a second node (its own namespaces, the iptables node's are gone).
void TestAgent::nftApplyIsEnforced()
{
    if (QStandardPaths::findExecutable(u"nft"_s).isEmpty())
        QSKIP("nft is not installed");
    m_agent.stop();
    buildNode(u"f"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(startNftAgent(), qPrintable(m_agent.log()));
    QVERIFY2(m_agent.log().contains(u"(nft)"_s), qPrintable(m_agent.log()));
    QCOMPARE(generation(), 0);
    QVERIFY(!nftState().contains(u"table ip calico"_s));

    Reply r = request(u"PUT"_s, u"/v1/apply"_s, workspace(80), Token::Right, "\"0\"");
    QVERIFY2(r.status == 200, r.body.constData());
    QString kernel = nftState();
    QCOMPARE(kernel.count(kTable), 1);
    QCOMPARE(kernel.count(kTable6), 1);
    QCOMPARE(kernel.count(kForward), 2);
    QCOMPARE(kernel.count(kToWorkloadMap), 2);
    QVERIFY2(kernel.contains(u"type ipv6_addr"_s), qPrintable(kernel));
    QVERIFY(reaches(80));
    QVERIFY(!reaches(81));
    QVERIFY(reaches6(80));
    QVERIFY(!reaches6(81));
    // Nothing went through iptables.
    for (const QString &program : {u"iptables-save"_s, u"ip6tables-save"_s}) {
        const Cmd save = run(u"ip"_s, {u"netns"_s, u"exec"_s, m_netns->node(), program});
        QVERIFY2(!save.out.contains(u"cali-"_s), qPrintable(save.out));
    }

    // A change replaces the table: one copy of everything, the new port.
    r = request(u"PUT"_s, u"/v1/apply"_s, workspace(81, true), Token::Right, "\"1\"");
    QVERIFY2(r.status == 200, r.body.constData());
    kernel = nftState();
    QCOMPARE(kernel.count(kTable), 1);
    QCOMPARE(kernel.count(kTable6), 1);
    QCOMPARE(kernel.count(kForward), 2);
    QVERIFY2(kernel.contains(kMasquerade), qPrintable(kernel));
    QVERIFY(!reaches(80));
    QVERIFY(reaches(81));
    QVERIFY(!reaches6(80));
    QVERIFY(reaches6(81));
    const Reply ruleset = request(u"GET"_s, u"/v1/ruleset"_s);
    QCOMPARE(ruleset.json().value(u"dataplane"_s).toString(), u"nft"_s);
    QVERIFY(ruleset.json().value(u"nft"_s).toString().startsWith(u"add table ip calico"_s));
    QVERIFY(ruleset.json().value(u"ipv6"_s).toObject().value(u"nft"_s).toString().startsWith(
        u"add table ip6 calico"_s));

    // Rollback, as for iptables.
    r = request(u"POST"_s, u"/v1/rollback"_s);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(generation(), 3);
    QVERIFY(!nftState().contains(kMasquerade));
    QVERIFY(reaches(80));
    QVERIFY(!reaches(81));
    QVERIFY(reaches6(80));
    QVERIFY(!reaches6(81));

    // ipv6Support off deletes the ip6 table in the same batch; on again, it is back.
    r = request(u"PUT"_s, u"/v1/apply"_s, workspace(80, false, true));
    QVERIFY2(r.status == 200, r.body.constData());
    kernel = nftState();
    QCOMPARE(kernel.count(kTable), 1);
    QVERIFY2(!kernel.contains(kTable6), qPrintable(kernel));
    QVERIFY(reaches6(80) && reaches6(81));
    QVERIFY(!reaches(81));
    r = request(u"PUT"_s, u"/v1/apply"_s, workspace(80));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(nftState().count(kTable6), 1);
    QVERIFY(!reaches6(81));
}

void TestAgent::nftFailuresKeepPreviousRules()
{
    if (QStandardPaths::findExecutable(u"nft"_s).isEmpty())
        QSKIP("nft is not installed");
    // An nft that, while a marker file exists, sends the real nft the agent's batch with one
    // more line the kernel refuses at its end (after our table was deleted and defined again
    // in the same batch), or alters the read-back listing.
    const QString real = QStandardPaths::findExecutable(u"nft"_s);
    const QString shimDir = m_dir.filePath(u"nft-shim"_s);
    QVERIFY(QDir().mkpath(shimDir));
    const QString failBatch = m_dir.filePath(u"fail-batch"_s);
    const QString failCheck = m_dir.filePath(u"fail-check"_s);
    const QString failCheck6 = m_dir.filePath(u"fail-check6"_s);
    const QString shimLog = m_dir.filePath(u"nft-shim.log"_s);
    QFile shim(shimDir + u"/nft"_s);
    QVERIFY(shim.open(QIODevice::WriteOnly));
    const QString script
        = u"#!/bin/sh\n"
          "case \" $* \" in\n"
          "*\" -f \"*) if [ -e %2 ]; then\n"
          "  echo 'batch with a failing last line' >> %4\n"
          "  { cat; echo 'delete table ip ps-injected-failure'; } | %1 \"$@\"; exit $?\n"
          "fi ;;\n"
          "*\" -j \"*\" ip6 \"*) if [ -e %5 ]; then\n"
          "  echo 'ip6 listing altered' >> %4\n"
          "  %1 \"$@\" | sed 's/\"comment\": \"cali:[^\"]*\"/\"comment\": \"cali:x;\"/'\n"
          "  exit 0\n"
          "fi\n"
          "if [ -e %3 ]; then\n"
          "  echo 'listing altered' >> %4\n"
          "  %1 \"$@\" | sed 's/\"comment\": \"cali:[^\"]*\"/\"comment\": \"cali:x;\"/'\n"
          "  exit 0\n"
          "fi ;;\n"
          "*\" -j \"*) if [ -e %3 ]; then\n"
          "  echo 'listing altered' >> %4\n"
          "  %1 \"$@\" | sed 's/\"comment\": \"cali:[^\"]*\"/\"comment\": \"cali:x;\"/'\n"
          "  exit 0\n"
          "fi ;;\n"
          "esac\n"
          "exec %1 \"$@\"\n"_s;
    shim.write(script.arg(real, failBatch, failCheck, shimLog, failCheck6).toUtf8());
    shim.close();
    QVERIFY(shim.setPermissions(shim.permissions() | QFile::ExeOwner));
    QVERIFY2(startNftAgent(shimDir), qPrintable(m_agent.log()));

    const QString before = nftState();
    QVERIFY(before.contains(kTable) && before.contains(kTable6));
    const qint64 g = generation();
    const bool port80 = reaches(80);
    QVERIFY(port80 != reaches(81));
    QCOMPARE(reaches6(80), port80);
    // The last one: only the ip6 table reads back wrong, after the ip table read back right.
    for (const QString &marker : {failBatch, failCheck, failCheck6}) {
        QFile(marker).open(QIODevice::WriteOnly);
        const Reply r = request(u"PUT"_s, u"/v1/apply"_s, workspace(port80 ? 81 : 80, true));
        QFile::remove(marker);
        QVERIFY2(r.status == 500, r.body.constData());
        const QString error = r.json().value(u"error"_s).toString();
        // "Could not process rule": the kernel refused the batch's last line, after nft had
        // sent all of it.
        if (marker == failBatch)
            QVERIFY2(error.contains(u"nft refused the batch"_s)
                    && error.contains(u"Could not process rule"_s)
                    && error.contains(u"previous ruleset is unchanged"_s),
                r.body.constData());
        else
            QVERIFY2(error.contains(u"does not hold the rendered rules"_s)
                    && error.contains(u"previous ruleset was restored"_s)
                    && (marker != failCheck6 || error.contains(u"table ip6 calico"_s)),
                r.body.constData());
        QCOMPARE(nftState(), before);
        QCOMPARE(generation(), g);
        QCOMPARE(reaches(80), port80);
        QCOMPARE(reaches(81), !port80);
        QCOMPARE(reaches6(80), port80);
        QCOMPARE(reaches6(81), !port80);
    }
    QFile log(shimLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray ran = log.readAll();
    QVERIFY2(ran.contains("batch with a failing last line") && ran.contains("\nlisting altered")
            && ran.contains("ip6 listing altered"),
        ran.constData());
    // Without the failures the same workspace goes in.
    const Reply r = request(u"PUT"_s, u"/v1/apply"_s, workspace(port80 ? 81 : 80, true));
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(nftState().contains(kMasquerade));
    QCOMPARE(reaches(80), !port80);
    QCOMPARE(reaches(81), port80);
    QCOMPARE(reaches6(80), !port80);
    QCOMPARE(reaches6(81), port80);
    QVERIFY2(startNftAgent(), qPrintable(m_agent.log()));
}

void TestAgent::nftRestartPutsRulesBack()
{
    if (QStandardPaths::findExecutable(u"nft"_s).isEmpty())
        QSKIP("nft is not installed");
    const QString before = nftState();
    const qint64 g = generation();
    QVERIFY(g > 0);
    const bool port80 = reaches(80);
    QVERIFY(port80 != reaches(81));
    m_agent.kill();
    // As after a reboot: no tables.
    for (const QString &family : {u"ip"_s, u"ip6"_s}) {
        QVERIFY2(
            m_netns->sh(m_netns->node(), {u"nft"_s, u"delete"_s, u"table"_s, family, u"calico"_s}),
            qPrintable(m_netns->error()));
    }
    QVERIFY(reaches(80) && reaches(81));
    QVERIFY(reaches6(80) && reaches6(81));
    QVERIFY2(startNftAgent(), qPrintable(m_agent.log()));
    QVERIFY2(m_agent.log().contains(u"applied again"_s), qPrintable(m_agent.log()));
    QCOMPARE(generation(), g);
    QCOMPARE(nftState(), before);
    QCOMPARE(reaches(80), port80);
    QCOMPARE(reaches(81), !port80);
    QCOMPARE(reaches6(80), port80);
    QCOMPARE(reaches6(81), !port80);
}

void TestAgent::logHasNoToken()
{
    const QString &logs = m_agent.log(); // every run's
    QVERIFY(logs.contains(u"401"_s));
    QVERIFY(logs.contains(u"PUT /v1/apply"_s));
    QVERIFY(!logs.contains(QString::fromLatin1(m_token)));
    QVERIFY(!logs.contains(QString::fromLatin1(m_token.left(16))));
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
