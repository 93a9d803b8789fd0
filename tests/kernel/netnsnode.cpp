#include "tests/kernel/netnsnode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace ps::kerneltest {

// The real interpreter (a pyenv shim costs seconds per start).
QString &python()
{
    static QString path = u"python3"_s;
    return path;
}
Cmd run(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    Cmd c;
    if (!p.waitForStarted(5000))
        return c;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        c.err = u"timed out"_s;
        return c;
    }
    c.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    c.out = QString::fromUtf8(p.readAllStandardOutput());
    c.err += QString::fromUtf8(p.readAllStandardError());
    return c;
}

QString namespacesUnavailable(const QStringList &tools)
{
    if (::geteuid() != 0)
        return u"the kernel tests need root (network namespaces, iptables, ipset, nft): run as "
               "root or in CI"_s;
    for (const QString &tool : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return u"the kernel tests need %1 (scripts/install-deps.sh installs it)"_s.arg(tool);
    }
    const Cmd exe = run(u"python3"_s, {u"-c"_s, u"import sys; print(sys.executable)"_s});
    if (exe.exitCode == 0 && !exe.out.trimmed().isEmpty())
        python() = exe.out.trimmed();
    const Cmd probe = run(u"ip"_s, {u"netns"_s, u"list"_s});
    if (probe.exitCode != 0)
        return u"network namespaces are not available here"_s;
    // Listing is not enough (containers often allow it but not entering one): make a
    // namespace and run a command in it.
    const QString name = u"ps-probe-%1"_s.arg(QCoreApplication::applicationPid());
    const Cmd add = run(u"ip"_s, {u"netns"_s, u"add"_s, name});
    const Cmd enter = add.exitCode == 0
        ? run(
            u"ip"_s, {u"netns"_s, u"exec"_s, name, u"ip"_s, u"link"_s, u"set"_s, u"lo"_s, u"up"_s})
        : add;
    if (add.exitCode == 0)
        run(u"ip"_s, {u"netns"_s, u"delete"_s, name});
    if (enter.exitCode != 0)
        return u"network namespaces can be listed but not made or entered here (%1): the kernel "
               "tests need a machine or VM where root may create them"_s.arg(enter.err.trimmed());
    return {};
}

bool tcpConnects(const QString &srcNs, const QString &srcIp, const QString &dstIp, int port,
    double timeoutSeconds)
{
    const QJsonArray probe {QJsonObject {{u"id"_s, 0}, {u"proto"_s, u"tcp"_s}, {u"src"_s, srcIp},
        {u"dst"_s, dstIp}, {u"port"_s, port}}};
    const Cmd answer = run(u"ip"_s,
        {u"netns"_s, u"exec"_s, srcNs, python(), QStringLiteral(POLICY_NETPROBE), u"probe"_s,
            QString::number(timeoutSeconds)},
        QJsonDocument(probe).toJson(QJsonDocument::Compact));
    return QJsonDocument::fromJson(answer.out.toUtf8()).object().value(u"0"_s).toBool();
}

} // namespace ps::kerneltest
