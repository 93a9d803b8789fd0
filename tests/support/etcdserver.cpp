#include "tests/support/etcdserver.h"

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace ps::test {

namespace {

// A port nothing listens on now: bound to port 0, read back, released.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    int port = 0;
    socklen_t length = sizeof(address);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool run(const QString &program, const QStringList &arguments, QByteArray &out, QString &why,
    const QByteArray &input = {})
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        why = program + u": "_s + p.errorString();
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        why = program + u": did not finish"_s;
        return false;
    }
    out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        why = program + u' ' + arguments.join(u' ') + u": "_s
            + QString::fromUtf8(p.readAllStandardError() + out);
        return false;
    }
    return true;
}

} // namespace

EtcdServer::~EtcdServer()
{
    stop();
}

QString EtcdServer::binary()
{
    if (QFile::exists(u"/usr/bin/etcd"_s))
        return u"/usr/bin/etcd"_s;
    return QStandardPaths::findExecutable(u"etcd"_s);
}

bool EtcdServer::start(QString &why, const Tls &tls)
{
    if (!m_dir.isValid()) {
        why = u"no temporary folder"_s;
        return false;
    }
    m_tls = tls;
    const bool secure = !tls.certFile.isEmpty();
    const int clientPort = freePort();
    const int peerPort = freePort();
    if (clientPort == 0 || peerPort == 0 || clientPort == peerPort) {
        why = u"no free port on 127.0.0.1"_s;
        return false;
    }
    m_url = (secure ? u"https://127.0.0.1:%1"_s : u"http://127.0.0.1:%1"_s).arg(clientPort);
    const QString peer = u"http://127.0.0.1:%1"_s.arg(peerPort);
    QStringList arguments {u"--name"_s, u"test"_s, u"--data-dir"_s, m_dir.filePath(u"data"_s),
        u"--listen-client-urls"_s, m_url, u"--advertise-client-urls"_s, m_url,
        u"--listen-peer-urls"_s, peer, u"--initial-advertise-peer-urls"_s, peer,
        u"--initial-cluster"_s, u"test="_s + peer, u"--logger"_s, u"zap"_s, u"--log-outputs"_s,
        m_dir.filePath(u"etcd.log"_s)};
    if (secure) {
        arguments << u"--cert-file"_s << tls.certFile << u"--key-file"_s << tls.keyFile;
        if (tls.clientCertAuth)
            arguments << u"--client-cert-auth"_s << u"--trusted-ca-file"_s << tls.caFile;
    }
    // etcd goes with the test, even when the test crashes.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(binary(), arguments);
    if (!m_process.waitForStarted(10000)) {
        why = u"etcd did not start: "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            QFile log(m_dir.filePath(u"etcd.log"_s));
            log.open(QIODevice::ReadOnly);
            why = u"etcd exited: "_s + QString::fromUtf8(log.readAll().right(2000));
            return false;
        }
        if (etcdctl({u"endpoint"_s, u"health"_s}, out, why))
            return true;
        QThread::msleep(100);
    }
    why = u"etcd did not become healthy: "_s + why;
    return false;
}

void EtcdServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool EtcdServer::etcdctl(
    const QStringList &arguments, QByteArray &out, QString &why, const QByteArray &input) const
{
    QStringList all {u"--endpoints"_s, m_url, u"--dial-timeout"_s, u"5s"_s};
    if (!m_tls.certFile.isEmpty()) {
        // The certificates makeCertificates() wrote next to the CA.
        const QDir dir(QFileInfo(m_tls.caFile).path());
        all << u"--cacert"_s << m_tls.caFile << u"--cert"_s << dir.filePath(u"client.pem"_s)
            << u"--key"_s << dir.filePath(u"client-key.pem"_s);
    }
    if (!m_rootPassword.isEmpty())
        all << u"--user"_s << u"root:"_s + m_rootPassword;
    QString path = QFileInfo(binary()).dir().filePath(u"etcdctl"_s);
    if (!QFile::exists(path))
        path = QStandardPaths::findExecutable(u"etcdctl"_s);
    return run(path, all + arguments, out, why, input);
}

bool EtcdServer::enableAuth(const QString &user, const QString &password, QString &why)
{
    const QString rootPassword = u"root-secret"_s;
    QByteArray out;
    const QList<QStringList> steps {
        {u"user"_s, u"add"_s, u"root:"_s + rootPassword},
        {u"user"_s, u"grant-role"_s, u"root"_s, u"root"_s},
        {u"role"_s, u"add"_s, u"calico"_s},
        {u"role"_s, u"grant-permission"_s, u"calico"_s, u"readwrite"_s, u"--prefix=true"_s,
            u"/calico/"_s},
        {u"user"_s, u"add"_s, user + u':' + password},
        {u"user"_s, u"grant-role"_s, user, u"calico"_s},
        {u"auth"_s, u"enable"_s},
    };
    for (const QStringList &step : steps) {
        if (!etcdctl(step, out, why))
            return false;
    }
    m_rootPassword = rootPassword;
    return true;
}

bool EtcdServer::makeCertificates(const QString &dir, QString &why)
{
    const QDir d(dir);
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        why = u"openssl is not installed"_s;
        return false;
    }
    QFile ext(d.filePath(u"server.ext"_s));
    if (!ext.open(QIODevice::WriteOnly)) {
        why = ext.errorString();
        return false;
    }
    ext.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\n");
    ext.close();
    QByteArray out;
    const auto f = [&](const char *name) { return d.filePath(QString::fromUtf8(name)); };
    const QList<QStringList> steps {
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
            u"-subj"_s, u"/CN=test etcd CA"_s, u"-keyout"_s, f("ca-key.pem"), u"-out"_s,
            f("ca.pem")},
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
            u"-subj"_s, u"/CN=another CA"_s, u"-keyout"_s, f("other-ca-key.pem"), u"-out"_s,
            f("other-ca.pem")},
        {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
            u"-keyout"_s, f("server-key.pem"), u"-out"_s, f("server.csr")},
        {u"x509"_s, u"-req"_s, u"-in"_s, f("server.csr"), u"-CA"_s, f("ca.pem"), u"-CAkey"_s,
            f("ca-key.pem"), u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
            f("server.ext"), u"-out"_s, f("server.pem")},
        {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=policyctl"_s,
            u"-keyout"_s, f("client-key.pem"), u"-out"_s, f("client.csr")},
        {u"x509"_s, u"-req"_s, u"-in"_s, f("client.csr"), u"-CA"_s, f("ca.pem"), u"-CAkey"_s,
            f("ca-key.pem"), u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
            f("server.ext"), u"-out"_s, f("client.pem")},
    };
    for (const QStringList &step : steps) {
        if (!run(openssl, step, out, why))
            return false;
    }
    return true;
}

} // namespace ps::test
