#include "core/push/kubeconfig.h"

#include <yaml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

constexpr qint64 kMaxKubeconfigBytes = qint64(16) << 20;

/// One libyaml document as JSON values: mappings, sequences, scalars as strings, except plain
/// true/false (and YAML 1.1's yes/no/on/off, as client-go's YAML reader takes them) as booleans.
QJsonValue toJson(yaml_document_t *doc, yaml_node_t *node, int depth)
{
    if (!node || depth > 64)
        return {};
    switch (node->type) {
    case YAML_SCALAR_NODE: {
        const QString text
            = QString::fromUtf8(reinterpret_cast<const char *>(node->data.scalar.value),
                qsizetype(node->data.scalar.length));
        if (node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
            const QString lower = text.toLower();
            if (lower == u"true"_s || lower == u"yes"_s || lower == u"on"_s)
                return true;
            if (lower == u"false"_s || lower == u"no"_s || lower == u"off"_s)
                return false;
            if (lower == u"null"_s || lower == u"~"_s || text.isEmpty())
                return QJsonValue::Null;
        }
        return text;
    }
    case YAML_SEQUENCE_NODE: {
        QJsonArray out;
        for (yaml_node_item_t *i = node->data.sequence.items.start;
             i < node->data.sequence.items.top; ++i)
            out.append(toJson(doc, yaml_document_get_node(doc, *i), depth + 1));
        return out;
    }
    case YAML_MAPPING_NODE: {
        QJsonObject out;
        for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top;
             ++p) {
            const QJsonValue key = toJson(doc, yaml_document_get_node(doc, p->key), depth + 1);
            if (!out.contains(key.toString()))
                out.insert(
                    key.toString(), toJson(doc, yaml_document_get_node(doc, p->value), depth + 1));
        }
        return out;
    }
    case YAML_NO_NODE:
        break;
    }
    return {};
}

Result<QJsonObject> parseYaml(const QByteArray &text, const QString &file)
{
    yaml_parser_t parser;
    yaml_document_t doc;
    if (!yaml_parser_initialize(&parser))
        return Error {Kubeconfig::tr("%1: cannot start the YAML parser").arg(file)};
    yaml_parser_set_input_string(
        &parser, reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()));
    if (!yaml_parser_load(&parser, &doc)) {
        Error e {Kubeconfig::tr("%1:%2:%3: not YAML: %4")
                     .arg(file)
                     .arg(parser.problem_mark.line + 1)
                     .arg(parser.problem_mark.column + 1)
                     .arg(QString::fromUtf8(parser.problem ? parser.problem : "?"))};
        e.file = file;
        yaml_parser_delete(&parser);
        return e;
    }
    const QJsonValue root = toJson(&doc, yaml_document_get_root_node(&doc), 0);
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    if (!root.isObject()) {
        Error e {Kubeconfig::tr("%1: not a kubeconfig (the document is not a mapping)").arg(file)};
        e.file = file;
        return e;
    }
    return root.toObject();
}

class Reader {
public:
    Reader(QString file, const KubeconfigOptions &options)
        : m_file(std::move(file)), m_dir(QFileInfo(m_file).absolutePath()), m_options(options)
    {
    }

    Result<KubeTarget> read(const QJsonObject &root) const;

private:
    Error fieldError(const QString &field, const QString &why) const
    {
        Error e {Kubeconfig::tr("%1: %2: %3").arg(m_file, field, why)};
        e.file = m_file;
        e.path = field;
        return e;
    }
    /// The entry named `name` of the list `list` ("clusters"), its index, or an error.
    Result<std::pair<QJsonObject, qsizetype>> named(
        const QJsonObject &root, const QString &list, const QString &name) const;
    /// `field` read as PEM: the -data form (base64) wins over the file form.
    Result<QByteArray> pem(const QJsonObject &o, const QString &at, const QString &field) const;

    QString m_file;
    QString m_dir;
    KubeconfigOptions m_options;
};

Result<std::pair<QJsonObject, qsizetype>> Reader::named(
    const QJsonObject &root, const QString &list, const QString &name) const
{
    const QJsonValue v = root.value(list);
    if (!v.isArray() && !v.isNull() && !v.isUndefined())
        return fieldError(list, Kubeconfig::tr("must be a list"));
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].toObject().value(u"name"_s).toString() == name)
            return std::pair {items[i].toObject(), i};
    }
    return fieldError(list, Kubeconfig::tr("has no entry named '%1'").arg(name));
}

Result<QByteArray> Reader::pem(const QJsonObject &o, const QString &at, const QString &field) const
{
    const QString dataField = field + u"-data"_s;
    if (o.contains(dataField)) {
        const QByteArray b64 = o.value(dataField).toString().toLatin1();
        const auto decoded
            = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.trimmed().isEmpty())
            return fieldError(at + dataField, Kubeconfig::tr("is not base64 of a PEM file"));
        if (!decoded.decoded.contains("-----BEGIN "))
            return fieldError(at + dataField, Kubeconfig::tr("does not hold PEM data"));
        return decoded.decoded;
    }
    const QString path = o.value(field).toString();
    if (path.isEmpty())
        return QByteArray();
    const QString resolved = QDir(m_dir).absoluteFilePath(path);
    QFile f(resolved);
    if (!f.open(QIODevice::ReadOnly))
        return fieldError(
            at + field, Kubeconfig::tr("cannot read %1: %2").arg(resolved, f.errorString()));
    QByteArray bytes = f.read(kMaxKubeconfigBytes);
    if (!bytes.contains("-----BEGIN "))
        return fieldError(at + field, Kubeconfig::tr("%1 does not hold PEM data").arg(resolved));
    return bytes;
}

Result<KubeTarget> Reader::read(const QJsonObject &root) const
{
    const QString kind = root.value(u"kind"_s).toString();
    if (!kind.isEmpty() && kind != u"Config"_s)
        return fieldError(u"kind"_s, Kubeconfig::tr("is '%1', not Config").arg(kind));
    KubeTarget t;
    t.file = m_file;
    t.context = m_options.context.isEmpty() ? root.value(u"current-context"_s).toString()
                                            : m_options.context;
    if (t.context.isEmpty()) {
        return fieldError(
            u"current-context"_s, Kubeconfig::tr("is not set: name a context (--context)"));
    }
    const auto context = named(root, u"contexts"_s, t.context);
    if (!context)
        return context.error();
    const QString cAt = u"contexts[%1].context."_s.arg(context->second);
    const QJsonObject c = context->first.value(u"context"_s).toObject();
    t.cluster = c.value(u"cluster"_s).toString();
    t.user = c.value(u"user"_s).toString();
    t.namespace_ = c.value(u"namespace"_s).toString();
    if (t.cluster.isEmpty())
        return fieldError(cAt + u"cluster"_s, Kubeconfig::tr("is missing"));

    const auto cluster = named(root, u"clusters"_s, t.cluster);
    if (!cluster)
        return cluster.error();
    const QString clAt = u"clusters[%1].cluster."_s.arg(cluster->second);
    const QJsonObject cl = cluster->first.value(u"cluster"_s).toObject();
    t.server = cl.value(u"server"_s).toString().trimmed();
    while (t.server.endsWith(u'/'))
        t.server.chop(1);
    if (t.server.isEmpty())
        return fieldError(clAt + u"server"_s, Kubeconfig::tr("is missing"));
    if (!t.server.startsWith(u"https://"_s)) {
        return fieldError(clAt + u"server"_s,
            Kubeconfig::tr("'%1' is not an https:// URL (plain HTTP would send the credentials "
                           "in clear)")
                .arg(t.server));
    }
    if (cl.contains(u"proxy-url"_s))
        return fieldError(clAt + u"proxy-url"_s, Kubeconfig::tr("is not supported"));
    if (!cl.value(u"tls-server-name"_s).toString().isEmpty())
        return fieldError(clAt + u"tls-server-name"_s, Kubeconfig::tr("is not supported"));
    const Result<QByteArray> ca = pem(cl, clAt, u"certificate-authority"_s);
    if (!ca)
        return ca.error();
    t.caPem = *ca;
    const QJsonValue insecure = cl.value(u"insecure-skip-tls-verify"_s);
    if (!insecure.isUndefined() && !insecure.isNull() && !insecure.isBool())
        return fieldError(
            clAt + u"insecure-skip-tls-verify"_s, Kubeconfig::tr("must be true or false"));
    if (insecure.toBool()) {
        if (!t.caPem.isEmpty()) {
            return fieldError(clAt + u"insecure-skip-tls-verify"_s,
                Kubeconfig::tr("cannot be combined with a certificate authority"));
        }
        if (!m_options.allowInsecure) {
            return fieldError(clAt + u"insecure-skip-tls-verify"_s,
                Kubeconfig::tr("is true: the server's certificate would not be checked, so "
                               "anyone on the path could read the credentials and change what "
                               "is pushed; refused (give the cluster's CA, or allow it "
                               "explicitly with --insecure-skip-tls-verify)"));
        }
        t.insecureSkipTlsVerify = true;
    }

    if (t.user.isEmpty())
        return t; // no credentials: the server decides (anonymous)
    const auto user = named(root, u"users"_s, t.user);
    if (!user)
        return user.error();
    const QString uAt = u"users[%1].user."_s.arg(user->second);
    const QJsonObject u = user->first.value(u"user"_s).toObject();
    for (const QString &unsupported :
        {u"exec"_s, u"auth-provider"_s, u"username"_s, u"password"_s}) {
        if (u.contains(unsupported) && !u.value(unsupported).isNull()) {
            return fieldError(uAt + unsupported,
                Kubeconfig::tr("is not supported: use a client certificate, token or tokenFile "
                               "(for exec plugins, run the plugin and put its token in a "
                               "tokenFile)"));
        }
    }
    const Result<QByteArray> cert = pem(u, uAt, u"client-certificate"_s);
    if (!cert)
        return cert.error();
    const Result<QByteArray> key = pem(u, uAt, u"client-key"_s);
    if (!key)
        return key.error();
    t.certPem = *cert;
    t.keyPem = *key;
    if (t.certPem.isEmpty() != t.keyPem.isEmpty()) {
        return fieldError(uAt + (t.certPem.isEmpty() ? u"client-certificate"_s : u"client-key"_s),
            Kubeconfig::tr("is missing: a client certificate needs its key"));
    }
    const QString tokenFile = u.value(u"tokenFile"_s).toString();
    if (!tokenFile.isEmpty()) {
        t.tokenFile = QDir(m_dir).absoluteFilePath(tokenFile);
        const Result<QByteArray> token = Kubeconfig::readTokenFile(t.tokenFile);
        if (!token)
            return fieldError(uAt + u"tokenFile"_s, token.error().message);
        t.token = *token;
    } else {
        t.token = u.value(u"token"_s).toString().toUtf8().trimmed();
    }
    return t;
}

} // namespace

QString Kubeconfig::defaultFile()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    for (const QString &entry : env.split(u':', Qt::SkipEmptyParts)) {
        if (QFileInfo::exists(entry))
            return entry;
    }
    return QDir::home().filePath(u".kube/config"_s);
}

Result<QByteArray> Kubeconfig::readTokenFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error {tr("cannot read the token file %1: %2").arg(file, f.errorString())};
    const QByteArray token = f.read(1 << 20).trimmed();
    if (token.isEmpty())
        return Error {tr("the token file %1 is empty").arg(file)};
    return token;
}

Result<KubeTarget> Kubeconfig::load(const KubeconfigOptions &options)
{
    const QString file = options.file.isEmpty() ? defaultFile() : options.file;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e {tr("cannot read the kubeconfig %1: %2").arg(file, f.errorString())};
        e.file = file;
        return e;
    }
    const QByteArray text = f.read(kMaxKubeconfigBytes + 1);
    if (text.size() > kMaxKubeconfigBytes) {
        Error e {tr("%1: larger than 16 MiB, not a kubeconfig").arg(file)};
        e.file = file;
        return e;
    }
    return parse(text, file, options);
}

Result<KubeTarget> Kubeconfig::parse(
    const QByteArray &text, const QString &file, const KubeconfigOptions &options)
{
    const Result<QJsonObject> root = parseYaml(text, file);
    if (!root)
        return root.error();
    return Reader(file, options).read(*root);
}

} // namespace ps
