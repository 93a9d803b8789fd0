#pragma once
// Cli: policyctl's dispatcher. Owns one Command per subcommand, answers `help [COMMAND]`,
// `--help` and `--version`, and reports unknown commands and options as usage errors
// (exit 2). Streams and standard input are injected, so tests run it in-process exactly as
// main() does.

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include "app/cli/command.h"

namespace ps::cli {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::Cli)

public:
    Cli();
    ~Cli();
    Cli(const Cli &) = delete;
    Cli &operator=(const Cli &) = delete;

    /// Standard input for `-f -` (not owned).
    void setInput(QIODevice *input) { m_input = input; }

    /// `arguments` are the command line without the program name.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// The registered command called `name`, or null.
    Command *command(const QString &name) const;
    QStringList commandNames() const;
    /// The overview printed by `policyctl help`.
    QString usage() const;
    static QString version();

private:
    int unknownCommand(const QString &name, QTextStream &err) const;

    std::vector<std::unique_ptr<Command>> m_commands;
    QIODevice *m_input = nullptr;
};

} // namespace ps::cli
