#include "app/cli/etcdoptions.h"

#include <QFile>
#include <QFileInfo>

#include "core/io/loader.h"

using namespace Qt::Literals::StringLiterals;

namespace ps::cli {

namespace {

const QString kCaCert = u"etcd-ca-cert"_s;
const QString kCert = u"etcd-cert"_s;
const QString kKey = u"etcd-key"_s;
const QString kUsername = u"etcd-username"_s;
const QString kPasswordFile = u"etcd-password-file"_s;

/// The option's value, else the environment variable's.
QString valueOrEnvironment(
    const QCommandLineParser &parser, const QString &option, const char *variable)
{
    if (parser.isSet(option))
        return parser.value(option);
    return qEnvironmentVariable(variable);
}

} // namespace

const QString EtcdOptions::kEndpoints = u"etcd"_s;

void EtcdOptions::add(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({kEndpoints, u"etcd-endpoints"_s},
        tr("Calico's etcd datastore: its client URLs, http(s)://HOST:PORT, comma-separated "
           "(tried in turn)."),
        u"URL[,URL]"_s));
    parser.addOption(QCommandLineOption(kCaCert,
        tr("PEM file to verify etcd's certificate with (default: $ETCD_CA_CERT_FILE, else the "
           "system's CAs)."),
        u"FILE"_s));
    parser.addOption(QCommandLineOption(kCert,
        tr("Client certificate for etcd's --client-cert-auth (default: $ETCD_CERT_FILE)."),
        u"FILE"_s));
    parser.addOption(QCommandLineOption(
        kKey, tr("The client certificate's key (default: $ETCD_KEY_FILE)."), u"FILE"_s));
    parser.addOption(QCommandLineOption(kUsername,
        tr("etcd user, when etcd has authentication enabled (default: $ETCD_USERNAME)."),
        u"NAME"_s));
    parser.addOption(QCommandLineOption(kPasswordFile,
        tr("File holding the etcd user's password (default: $ETCD_PASSWORD)."), u"FILE"_s));
}

bool EtcdOptions::given(const QCommandLineParser &parser)
{
    return parser.isSet(kEndpoints);
}

QStringList EtcdOptions::names()
{
    return {kEndpoints, kCaCert, kCert, kKey, kUsername, kPasswordFile};
}

Result<EtcdTarget> EtcdOptions::target(const QCommandLineParser &parser)
{
    EtcdTarget t;
    for (const QString &url : parser.value(kEndpoints).split(u',', Qt::SkipEmptyParts)) {
        const QString endpoint = url.trimmed();
        if (!endpoint.startsWith(u"http://"_s) && !endpoint.startsWith(u"https://"_s)) {
            return Error {tr("--etcd takes http:// or https:// URLs, got '%1'").arg(endpoint)};
        }
        t.endpoints.append(endpoint);
    }
    if (t.endpoints.isEmpty())
        return Error {tr("--etcd needs at least one URL")};
    t.caFile = valueOrEnvironment(parser, kCaCert, "ETCD_CA_CERT_FILE");
    t.certFile = valueOrEnvironment(parser, kCert, "ETCD_CERT_FILE");
    t.keyFile = valueOrEnvironment(parser, kKey, "ETCD_KEY_FILE");
    for (const QString &file : {t.caFile, t.certFile, t.keyFile}) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return Error {tr("cannot read %1").arg(file)};
    }
    if (t.certFile.isEmpty() != t.keyFile.isEmpty())
        return Error {tr("a client certificate needs its key: give both --etcd-cert and "
                         "--etcd-key")};
    t.username = valueOrEnvironment(parser, kUsername, "ETCD_USERNAME");
    if (parser.isSet(kPasswordFile)) {
        QFile file(parser.value(kPasswordFile));
        if (!file.open(QIODevice::ReadOnly))
            return Error {tr("cannot read the password file %1: %2")
                              .arg(parser.value(kPasswordFile), file.errorString())};
        const Result<QByteArray> bytes = Loader::readAll(file, qint64(64) * 1024);
        if (!bytes)
            return bytes.error();
        t.password = *bytes;
        while (t.password.endsWith('\n') || t.password.endsWith('\r'))
            t.password.chop(1);
    } else {
        t.password = qgetenv("ETCD_PASSWORD");
    }
    if (!t.username.isEmpty() && t.password.isEmpty())
        return Error {tr("etcd user %1 needs a password: give --etcd-password-file or set "
                         "ETCD_PASSWORD")
                          .arg(t.username)};
    if (t.username.isEmpty())
        t.password.clear(); // calicoctl uses a password only with a user
    return t;
}

} // namespace ps::cli
