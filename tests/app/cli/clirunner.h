#pragma once
// Runs policyctl in-process through ps::cli::Cli with string streams and an injected stdin;
// shared by the CLI test suites.

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "app/cli/cli.h"

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = QByteArray())
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    QBuffer input;
    input.setData(stdinData);
    input.open(QIODevice::ReadOnly);
    ps::cli::Cli cli;
    cli.setInput(&input);
    result.code = cli.run(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

/// Arguments written as C strings: cliArgs({"graph", "-f", ":/demo"}).
inline QStringList cliArgs(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}
