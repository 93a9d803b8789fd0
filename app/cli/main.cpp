// policyctl: the command-line twin of Policy Studio. All behaviour lives in the policycli
// library (ps::cli::Cli) so tests run it in-process.

#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include "app/cli/cli.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("policyctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Policy Studio"));

    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout, QIODevice::WriteOnly);
    QTextStream err(stderr, QIODevice::WriteOnly);

    ps::cli::Cli cli;
    cli.setInput(&input);
    const int code = cli.run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
