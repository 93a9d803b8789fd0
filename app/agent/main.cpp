// policy-agent: the node agent. `init` writes its credentials, `serve` applies the
// workspaces it is sent to the network namespace it runs in, over HTTPS with a bearer token.
// The logic is core/agent; this file reads the command line and starts the server.

#include <sys/stat.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include "app/agent/agentserver.h"
#include "core/agent/agentconfig.h"
#include "core/agent/agentcredentials.h"
#include "core/agent/agentservice.h"
#include "core/agent/nodeagent.h"

using namespace ps;
using namespace ps::agent;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

class Text {
    Q_DECLARE_TR_FUNCTIONS(PolicyAgent)
};

int usage(const QString &message)
{
    QTextStream(stderr) << "policy-agent: " << message << '\n'
                        << Text::tr("Try 'policy-agent --help'.") << '\n';
    return kExitUsage;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "policy-agent: error: " << message << '\n';
    return kExitFailure;
}

QString overview()
{
    return Text::tr(
        "Policy Studio's node agent: applies the Calico policies of a workspace to the network "
        "namespace it runs in, as Calico's Felix would program them (iptables and IP sets), "
        "over HTTPS with a bearer token.\n\n"
        "Commands:\n"
        "  init DIR      write a self-signed certificate (DIR/cert.pem), its key (DIR/key.pem)\n"
        "                and a random bearer token (DIR/token), each mode 0600\n"
        "  serve         serve the agent's API on --listen, applying to this namespace\n\n"
        "API (every request needs the header Authorization: Bearer TOKEN):\n"
        "  GET /healthz, GET /v1/state, POST /v1/plan, PUT /v1/apply (If-Match: "
        "\"<generation>\"),\n"
        "  GET /v1/ruleset, POST /v1/rollback");
}

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Write the agent's certificate, key and token."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"DIR"_s, Text::tr("Folder for cert.pem, key.pem and token."));
    parser.addOption(QCommandLineOption(u"node"_s,
        Text::tr("The node's name, for the certificate (default: the host name)."), u"NAME"_s));
    parser.addOption(QCommandLineOption(u"san"_s,
        Text::tr("A DNS name or IP address clients reach the agent by (repeatable; localhost and "
                 "127.0.0.1 are always included)."),
        u"NAME"_s));
    parser.addOption(QCommandLineOption(
        u"days"_s, Text::tr("How long the certificate is valid (default 825 days)."), u"DAYS"_s));
    parser.addOption(QCommandLineOption(u"force"_s, Text::tr("Replace existing credentials.")));
    parser.addOption(QCommandLineOption(u"if-missing"_s,
        Text::tr("Do nothing when the folder holds credentials already (for a service's first "
                 "start).")));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(Text::tr("init takes one folder"));
    const QString dir = parser.positionalArguments().first();
    if (parser.isSet(u"if-missing"_s)) {
        const AgentCredentialFiles existing = AgentCredentials::filesIn(dir);
        if (QFile::exists(existing.certificate) && QFile::exists(existing.key)
            && QFile::exists(existing.token))
            return 0;
    }
    AgentCredentialOptions options;
    options.commonName
        = parser.isSet(u"node"_s) ? parser.value(u"node"_s) : QSysInfo::machineHostName();
    options.names = parser.values(u"san"_s);
    options.names.prepend(options.commonName);
    options.overwrite = parser.isSet(u"force"_s);
    if (parser.isSet(u"days"_s)) {
        bool ok = false;
        options.days = parser.value(u"days"_s).toInt(&ok);
        if (!ok || options.days < 1 || options.days > 36500)
            return usage(Text::tr("--days must be a number of days from 1 to 36500"));
    }
    const Result<AgentCredentialFiles> files = AgentCredentials::create(dir, options);
    if (!files)
        return fail(files.error().message);
    QTextStream(stdout) << Text::tr("wrote %1, %2 and %3 (mode 0600)")
                               .arg(files->certificate, files->key, files->token)
                        << '\n';
    return 0;
}

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Serve the agent's API."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(u"config"_s,
        Text::tr("Read the options from FILE first (key = value lines: dir, state-dir, listen, "
                 "node, dataplane, max-request-bytes); options given here win."),
        u"FILE"_s));
    parser.addOption(QCommandLineOption(u"dir"_s,
        Text::tr("Folder with cert.pem, key.pem and token (from 'policy-agent init')."), u"DIR"_s));
    parser.addOption(QCommandLineOption(u"state-dir"_s,
        Text::tr("Folder for the applied workspaces and state.json (default: --dir)."), u"DIR"_s));
    parser.addOption(QCommandLineOption(u"listen"_s,
        Text::tr("Address and port to serve HTTPS on, e.g. 0.0.0.0:9443 or [::1]:9443 (port 0: "
                 "any free port; the log names it)."),
        u"HOST:PORT"_s));
    parser.addOption(QCommandLineOption(u"node"_s,
        Text::tr("The node this agent programs (as the workspace names it)."), u"NAME"_s));
    parser.addOption(QCommandLineOption(
        u"dataplane"_s, Text::tr("iptables (the default) or nft."), u"DATAPLANE"_s));
    parser.addOption(QCommandLineOption(u"max-request-bytes"_s,
        Text::tr("The largest request accepted (default 256 MiB)."), u"BYTES"_s));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    AgentConfig config;
    if (parser.isSet(u"config"_s)) {
        const Result<AgentConfig> read = AgentConfig::read(parser.value(u"config"_s));
        if (!read)
            return fail(read.error().toString());
        config = *read;
    }
    // An option given on the command line wins over the file.
    const auto value = [&](const QString &name, const QString &fromFile) {
        return parser.isSet(name) ? parser.value(name) : fromFile;
    };
    const QString credentialsDir = value(u"dir"_s, config.dir);
    const QString listen = value(u"listen"_s, config.listen);
    NodeAgentOptions options;
    // No node in the file: the host's name, as Calico names a node by default.
    options.node = value(u"node"_s, config.node);
    if (options.node.isEmpty() && parser.isSet(u"config"_s) && !parser.isSet(u"node"_s))
        options.node = QSysInfo::machineHostName();
    for (const auto &[name, given] : {std::pair {u"dir"_s, credentialsDir},
             std::pair {u"listen"_s, listen}, std::pair {u"node"_s, options.node}}) {
        if (given.isEmpty())
            return usage(Text::tr("serve needs --%1").arg(name));
    }
    options.stateDir = value(u"state-dir"_s, config.stateDir);
    if (options.stateDir.isEmpty())
        options.stateDir = credentialsDir;
    if (const QString d = value(u"dataplane"_s, config.dataplane); !d.isEmpty()) {
        if (d == u"iptables")
            options.dataplane = Dataplane::Iptables;
        else if (d == u"nft" || d == u"nftables")
            options.dataplane = Dataplane::Nftables;
        else
            return usage(Text::tr("unknown dataplane '%1' (expected iptables or nft)").arg(d));
    }
    qint64 maxRequest = config.maxRequestBytes.value_or(AgentService::kDefaultMaxBody);
    if (parser.isSet(u"max-request-bytes"_s)) {
        bool ok = false;
        maxRequest = parser.value(u"max-request-bytes"_s).toLongLong(&ok);
        if (!ok || maxRequest < 1024)
            return usage(Text::tr("--max-request-bytes must be a number of bytes, at least 1024"));
    }
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull())
        return usage(Text::tr("--listen must be an IP address and a port, e.g. 0.0.0.0:9443 "
                              "(got '%1')")
                         .arg(listen));

    const AgentCredentialFiles files = AgentCredentials::filesIn(credentialsDir);
    const Result<QByteArray> token = AgentCredentials::readToken(files.token);
    if (!token)
        return fail(token.error().message);
    QFile certFile(files.certificate), keyFile(files.key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return fail(Text::tr("cannot read %1 and %2 (run 'policy-agent init' first)")
                        .arg(files.certificate, files.key));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(certFile.readAll());
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa);
    if (certs.isEmpty() || key.isNull())
        return fail(
            Text::tr("%1 or %2 holds no certificate or key").arg(files.certificate, files.key));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certs.first());
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    NodeAgent nodeAgent(options);
    if (const Result<void> started = nodeAgent.start(); !started)
        return fail(started.error().message);
    if (!nodeAgent.state().lastError.isEmpty())
        logLine(Text::tr("start: %1").arg(nodeAgent.state().lastError));
    else if (nodeAgent.state().generation > 0)
        logLine(Text::tr("start: generation %1 applied again (%2 rules, %3 IP sets)")
                    .arg(nodeAgent.state().generation)
                    .arg(nodeAgent.state().rules)
                    .arg(nodeAgent.state().sets));
    AgentService service(nodeAgent, *token, maxRequest);
    AgentServer server(service, maxRequest + qint64(64) * 1024);
    QString error;
    const quint16 bound = server.listen(address, quint16(port), tls, &error);
    if (bound == 0)
        return fail(Text::tr("cannot listen on %1: %2").arg(listen, error));
    logLine(Text::tr("node %1 (%2): listening on https://%3:%4")
                .arg(options.node, nodeAgent.state().dataplane,
                    address.protocol() == QAbstractSocket::IPv6Protocol
                        ? u"["_s + address.toString() + u"]"_s
                        : address.toString())
                .arg(bound));
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Credentials and state are for the agent's user only.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"policy-agent"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(POLICY_STUDIO_VERSION));
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == u"--version" || command == u"-v") {
        QTextStream(stdout) << "policy-agent " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        QTextStream(stdout) << Text::tr("Usage: policy-agent init DIR [options]\n"
                                        "  or:  policy-agent serve --dir DIR --listen HOST:PORT "
                                        "--node NAME [options]\n\n")
                            << overview() << '\n'
                            << Text::tr("\n'policy-agent COMMAND --help' lists a command's "
                                        "options.")
                            << '\n';
        return command.isEmpty() ? kExitUsage : 0;
    }
    QStringList rest = args;
    rest.removeAt(1);
    if (command == u"init")
        return runInit(rest);
    if (command == u"serve")
        return runServe(rest);
    return usage(Text::tr("unknown command '%1'").arg(command));
}
