#pragma once
// WorkspaceCommand: a policyctl subcommand that reads a workspace (validate, fmt, convert,
// chain, trace, matrix, render, diff). It declares its output formats once and gets, the same
// way in every command: -f (and any further workspace input, such as diff's --against) and -o,
// the check of -o against the formats, the refusal of positional arguments, "no input" when -f
// is missing, the loading of every input, and — for the analyses — the refusal of input with
// errors unless --accept-errors is given (then the errors and one warning line on stderr, and
// the analysis runs without the resources Calico would refuse). Validation and the
// PolicyEngine are built on first use, so a command that needs neither pays for neither.
//
// The steps of run(), in order; a step that returns anything but Continue ends the command
// with that exit code:
//   1. -o against the formats, positional arguments (usage errors, exit 2);
//   2. parseOptions(): the command's own options (usage errors);
//   3. -f given (else a usage error), then every input read (reading prints nothing);
//   4. checkInputs(): what must stop the command before the input's problems are reported
//      (trace's --flows file, matrix's protocol, diff's unreadable input);
//   5. InvalidInput::Evaluate: each input's errors, then the refusal (exit refusedInputCode())
//      or, with --accept-errors, the warning line;
//   6. runOn(): the command itself.

#include <memory>
#include <optional>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "app/cli/command.h"
#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/model/diagnostic.h"

namespace ps::cli {

/// The -o values a command accepts: the listed ones (the first is the default) and hidden
/// aliases of them.
struct OutputFormats {
    QStringList listed;
    /// Accepted too, not listed in --help: alias → the listed format it means.
    QList<std::pair<QString, QString>> aliases = {};
};

/// One workspace input of a command (-f, or diff's --against): read once, validated and
/// indexed by a PolicyEngine on first use.
class LoadedWorkspace {
public:
    LoadedWorkspace(QString option, LoadResult loaded);

    /// The option it was given with: "-f", "--against".
    const QString &option() const { return m_option; }
    const LoadResult &loaded() const { return m_loaded; }
    const Workspace &workspace() const { return m_loaded.workspace; }
    /// Calico's validation of the workspace (run on first use).
    const Diagnostics &validation() const;
    /// The loader's diagnostics followed by validation().
    const Diagnostics &diagnostics() const;
    /// Built on first use (not cheap), then kept.
    const PolicyEngine &engine() const;

private:
    QString m_option;
    LoadResult m_loaded;
    mutable std::optional<Diagnostics> m_validation;
    mutable std::optional<Diagnostics> m_diagnostics;
    mutable std::optional<PolicyEngine> m_engine;
};

/// What runOn() works with.
struct WorkspaceContext {
    const QCommandLineParser &parser;
    /// The -o value, lower-cased and with aliases resolved (the default when -o is not given).
    QString format;
    /// -f first, then the command's further inputs in the order they were declared.
    std::vector<LoadedWorkspace> inputs;

    const LoadedWorkspace &input() const { return inputs.front(); }
};

class WorkspaceCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::WorkspaceCommand)

public:
    /// What a command does with input that has errors.
    enum class InvalidInput {
        /// The errors (loader's and validation's) on stderr, then the command refuses to run —
        /// unless --accept-errors is given: then a warning, and it runs without the resources
        /// Calico would refuse (PolicyEngine::leftOut).
        Evaluate,
        /// Nothing from the base: the command reports or refuses it (validate, fmt, convert).
        Report,
    };

    /// A further workspace input besides -f (diff's --against).
    struct InputOption {
        QString name;
        QString description;
    };

protected:
    WorkspaceCommand(QString name, QString description, OutputFormats formats,
        InvalidInput invalidInput, QList<InputOption> moreInputs = {});

    /// Returned by the steps to go on.
    static constexpr int Continue = -1;

    /// The command's options besides -f, -o and the further inputs.
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    /// What the command's files are given with, for "unexpected argument 'X' (...)".
    virtual QString positionalHint() const;
    /// Checks the command's own options (usage errors) before anything is read; `format` is
    /// the chosen -o.
    virtual int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err);
    /// After the inputs are read, before their problems are reported.
    virtual int checkInputs(const WorkspaceContext &context, QTextStream &err);
    /// The exit code when the input has errors and --accept-errors is not given.
    virtual int refusedInputCode() const { return ExitFailure; }
    virtual int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) = 0;

    /// The endpoint `ref` names, or nullopt after printing why there is none: the engine's
    /// message with "did you mean" for an unknown REF, `outside` (%1: the address) for an
    /// address outside the inventory.
    /// False after a usage error when one of `options` is given more than once.
    bool givenOnce(
        const QCommandLineParser &parser, const QStringList &options, QTextStream &err) const;
    /// `value`: option `name` as a number from `min` to `max`, nullopt when it is not given;
    /// false after a usage error when it is not such a number.
    bool numberOption(const QCommandLineParser &parser, const QString &name, int min, int max,
        std::optional<int> &value, QTextStream &err) const;
    std::optional<EndpointRef> resolveEndpoint(const PolicyEngine &engine, const QString &ref,
        const QString &outside, QTextStream &err) const;
    /// False after printing them when some input could not be read completely (a path that
    /// cannot be read, a file that does not parse): comparing part of a workspace would report
    /// what is missing as removed. An error inside a resource of a file that parsed is not one.
    bool inputsReadCompletely(const WorkspaceContext &context, QTextStream &err) const;

private:
    void configure(QCommandLineParser &parser) const final;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) final;

    /// The -o value resolved, or an empty string after a usage error.
    QString chosenFormat(const QCommandLineParser &parser, QTextStream &err) const;
    /// The errors of `input`, then the refusal (false) or, when `accepted`, the warning line;
    /// nothing (true) when it has no errors.
    bool checkInvalidInput(
        const LoadedWorkspace &input, bool several, bool accepted, QTextStream &err) const;

    OutputFormats m_formats;
    InvalidInput m_invalidInput;
    QList<InputOption> m_moreInputs;
};

} // namespace ps::cli
