#pragma once
// EtcdServer: a real etcd (Debian's etcd-server, /usr/bin/etcd) for the tests that talk to
// Calico's etcd datastore — started on 127.0.0.1 with free ports and a data folder of its own,
// waited for until it serves, stopped (its process killed) when the object goes. Never a
// system etcd. etcdctl() runs Debian's etcdctl against it, to write and read keys behind the
// client's back; enableAuth() turns on etcd's authentication with a root user and a user whose
// role may read and write Calico's keys; makeCertificates() writes a CA, a server certificate
// for 127.0.0.1 and a client certificate with openssl, for TLS.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ps::test {

class EtcdServer {
public:
    struct Tls {
        QString caFile; // the CA of makeCertificates(): trusted for client certificates
        QString certFile;
        QString keyFile;
        bool clientCertAuth = false;
    };

    EtcdServer() = default;
    ~EtcdServer();
    EtcdServer(const EtcdServer &) = delete;
    EtcdServer &operator=(const EtcdServer &) = delete;

    /// The etcd binary, or an empty string when it is not installed.
    static QString binary();

    /// Starts etcd (with TLS on the client URL when `tls` has a certificate) and waits until
    /// it answers; false with `why` set when it does not.
    bool start(QString &why, const Tls &tls);
    bool start(QString &why) { return start(why, Tls()); }
    void stop();

    /// http://127.0.0.1:PORT (https:// with TLS).
    QString url() const { return m_url; }

    /// etcdctl with `arguments` against this server (as root once auth is on); its output.
    /// False with `why` (etcdctl's error output) when it fails.
    bool etcdctl(const QStringList &arguments, QByteArray &out, QString &why,
        const QByteArray &input = {}) const;
    /// Users root (password `rootPassword`) and `user` (password `password`) whose role reads
    /// and writes /calico/; authentication on.
    bool enableAuth(const QString &user, const QString &password, QString &why);

    /// Writes ca.pem, server.pem, server-key.pem (for 127.0.0.1), client.pem, client-key.pem
    /// and other-ca.pem (a CA that signed nothing here) into `dir` with openssl.
    static bool makeCertificates(const QString &dir, QString &why);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    Tls m_tls;
    QString m_rootPassword;
};

} // namespace ps::test
