#include "core/agent/agentcredentials.h"

#include <arpa/inet.h>
#include <sys/stat.h>

#include <memory>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QDir>
#include <QFile>

#include "core/io/workspacestore.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

template<class T, void (*Free)(T *)> struct Freer {
    void operator()(T *p) const { Free(p); }
};
template<class T, void (*Free)(T *)> using Owned = std::unique_ptr<T, Freer<T, Free>>;

void freeBio(BIO *b)
{
    BIO_free(b);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool isIpAddress(const QString &text)
{
    const QByteArray a = text.toLatin1();
    unsigned char buffer[16];
    return ::inet_pton(AF_INET, a.constData(), buffer) == 1
        || ::inet_pton(AF_INET6, a.constData(), buffer) == 1;
}

struct Pem {
    QByteArray certificate;
    QByteArray key;
};

std::optional<Pem> selfSigned(const AgentCredentialOptions &options)
{
    Owned<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    Owned<X509, X509_free> cert(X509_new());
    if (!key || !cert)
        return std::nullopt;
    Owned<BIGNUM, BN_free> serial(BN_new());
    if (!serial || BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return std::nullopt;
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -300);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(options.days) * 86400L);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = options.commonName.left(64).toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0);
    X509_set_issuer_name(cert.get(), name);
    QStringList sans {u"DNS:localhost"_s, u"IP:127.0.0.1"_s};
    for (const QString &n : options.names) {
        const QString entry = isIpAddress(n) ? u"IP:"_s + n : u"DNS:"_s + n;
        if (!sans.contains(entry))
            sans.append(entry);
    }
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), NID_authority_key_identifier, "keyid:always")
        || !addExtension(cert.get(), NID_subject_alt_name, sans.join(u',').toUtf8()))
        return std::nullopt;
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return std::nullopt;
    Owned<BIO, freeBio> certBio(BIO_new(BIO_s_mem())), keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1)
        return std::nullopt;
    return Pem {bioBytes(certBio.get()), bioBytes(keyBio.get())};
}

} // namespace

AgentCredentialFiles AgentCredentials::filesIn(const QString &dir)
{
    const QDir d(dir);
    return {d.filePath(u"cert.pem"_s), d.filePath(u"key.pem"_s), d.filePath(u"token"_s)};
}

Result<AgentCredentialFiles> AgentCredentials::create(
    const QString &dir, const AgentCredentialOptions &options)
{
    const AgentCredentialFiles files = filesIn(dir);
    if (!options.overwrite) {
        for (const QString &f : {files.certificate, files.key, files.token}) {
            if (QFile::exists(f))
                return Error {tr("%1 exists already; give --force to replace it").arg(f), f};
        }
    }
    if (!QDir().mkpath(dir))
        return Error {tr("cannot create the folder %1").arg(dir), dir};
    QFile::setPermissions(dir,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser
            | QFile::ExeUser);
    const std::optional<Pem> pem = selfSigned(options);
    unsigned char random[32];
    if (!pem || RAND_bytes(random, sizeof random) != 1)
        return Error {tr("OpenSSL could not make a key and certificate")};
    const QByteArray token
        = QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex() + '\n';
    // New files get what the umask allows: nothing for group and others while they are made.
    const mode_t mask = ::umask(077);
    Result<void> done;
    for (const auto &[file, bytes] : {std::pair {files.key, pem->key},
             std::pair {files.certificate, pem->certificate}, std::pair {files.token, token}}) {
        if (const Result<FileFingerprint> w = writeFileAtomically(file, bytes); !w) {
            done = w.error();
            break;
        }
        QFile::setPermissions(
            file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }
    ::umask(mask);
    if (!done)
        return done.error();
    return files;
}

Result<QByteArray> AgentCredentials::readToken(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error {tr("cannot read the token file %1: %2").arg(file, f.errorString()), file};
    if (f.permissions() & (QFile::ReadGroup | QFile::ReadOther))
        return Error {tr("the token file %1 can be read by others; make it readable by its owner "
                         "only (chmod 600)")
                          .arg(file),
            file};
    const QByteArray token = f.read(4096).trimmed();
    if (token.isEmpty())
        return Error {tr("the token file %1 is empty").arg(file), file};
    return token;
}

} // namespace ps
