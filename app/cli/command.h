#pragma once
// Command: one policyctl subcommand. Subclasses declare their options on a QCommandLineParser
// and implement run(); execute() parses, answers --help, reports usage errors, and hands the
// parsed arguments over. Commands that read a workspace derive from WorkspaceCommand. Output goes
// to the streams passed in and standard input comes from setInput(), so tests run every command
// in-process.
//
// Exit codes are the policyctl contract: 0 success, 1 the input is invalid or the check
// failed, 2 usage error.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ps::cli {

enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

class Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::Command)

public:
    Command(QString name, QString description);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_name; }
    const QString &description() const { return m_description; }

    /// Standard input for `-f -` (not owned; may be null: then stdin reads as empty).
    void setInput(QIODevice *input) { m_input = input; }
    QIODevice *input() const { return m_input; }

    /// Runs the command with the arguments that follow its name on the command line.
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// "Usage: policyctl <name> [options] ...", the description, options and arguments.
    QString helpText() const;

protected:
    /// Declares the options and positional arguments (help is added by the base).
    virtual void configure(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;

    /// Prints "policyctl <name>: error: message" and a pointer to --help; returns ExitUsage.
    int usageError(QTextStream &err, const QString &message) const;
    /// Prints "policyctl <name>: error: message" (no pointer to --help: not a usage error).
    void printError(QTextStream &err, const QString &message) const;

    /// -o FORMAT, listing `formats` (the first is the default).
    static QCommandLineOption outputOption(const QStringList &formats);
    /// The -o value (lower-cased), or `fallback` when not given; an empty string after
    /// reporting a usage error when it is not one of `formats`.
    QString outputFormat(const QCommandLineParser &parser, QTextStream &err,
        const QStringList &formats, const QString &fallback) const;

private:
    void setUp(QCommandLineParser &parser) const;

    QString m_name;
    QString m_description;
    QIODevice *m_input = nullptr;
};

} // namespace ps::cli
