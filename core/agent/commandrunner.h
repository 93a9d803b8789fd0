#pragma once
// runCommand: runs a dataplane program (ipset, iptables-restore, nft …) with an input on its
// standard input and waits for it, bounded in time. Programs are found through PATH. The one
// place the node agent starts processes, so every kernel change it makes goes through here.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ps {

struct CommandResult {
    bool started = false;
    bool timedOut = false;
    int exitCode = -1; // -1 when it did not start, crashed or timed out
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && !timedOut && exitCode == 0; }
    /// "iptables-restore exited with 1: <first line of stderr>" for messages.
    QString describe(const QString &program) const;
};

CommandResult runCommand(const QString &program, const QStringList &arguments,
    const QByteArray &input = {}, int timeoutMs = 60000);

} // namespace ps
