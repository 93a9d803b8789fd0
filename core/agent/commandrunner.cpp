#include "core/agent/commandrunner.h"

#include <QCoreApplication>
#include <QProcess>

namespace ps {

namespace {

class CommandText {
    Q_DECLARE_TR_FUNCTIONS(NodeAgent)

public:
    static QString notStarted(const QString &program)
    {
        return tr("%1 could not be started (is it installed and on PATH?)").arg(program);
    }
    static QString timedOut(const QString &program)
    {
        return tr("%1 did not finish in time and was stopped").arg(program);
    }
    static QString failed(const QString &program, int code, const QString &why)
    {
        return why.isEmpty() ? tr("%1 failed (exit code %2)").arg(program).arg(code)
                             : tr("%1 failed (exit code %2): %3").arg(program).arg(code).arg(why);
    }
};

} // namespace

QString CommandResult::describe(const QString &program) const
{
    if (!started)
        return CommandText::notStarted(program);
    if (timedOut)
        return CommandText::timedOut(program);
    QString why = QString::fromUtf8(err).trimmed();
    if (const qsizetype nl = why.indexOf(u'\n'); nl >= 0)
        why.truncate(nl);
    return CommandText::failed(program, exitCode, why.left(400));
}

CommandResult runCommand(
    const QString &program, const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    CommandResult result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return result;
    result.started = true;
    if (!input.isEmpty()) {
        process.write(input);
        // QProcess writes only inside waitFor* (or the event loop).
        while (process.bytesToWrite() > 0 && process.state() == QProcess::Running) {
            if (!process.waitForBytesWritten(timeoutMs))
                break;
        }
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.timedOut = true;
        result.err = process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace ps
