#include "app/cli/cli.h"

#include <algorithm>

#include "app/cli/chaincommand.h"
#include "app/cli/convertcommand.h"
#include "app/cli/costcommand.h"
#include "app/cli/diffcommand.h"
#include "app/cli/flowscommand.h"
#include "app/cli/fmtcommand.h"
#include "app/cli/generatecommand.h"
#include "app/cli/graphcommand.h"
#include "app/cli/lintcommand.h"
#include "app/cli/matrixcommand.h"
#include "app/cli/patchcommand.h"
#include "app/cli/pullcommand.h"
#include "app/cli/pushcommand.h"
#include "app/cli/rendercommand.h"
#include "app/cli/selectorcommand.h"
#include "app/cli/tracecommand.h"
#include "app/cli/validatecommand.h"
#include "core/io/didyoumean.h"

#ifndef POLICY_STUDIO_VERSION
#define POLICY_STUDIO_VERSION "unknown"
#endif

namespace ps::cli {

Cli::Cli()
{
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<FmtCommand>());
    m_commands.push_back(std::make_unique<PatchCommand>());
    m_commands.push_back(std::make_unique<ConvertCommand>());
    m_commands.push_back(std::make_unique<SelectorCommand>());
    m_commands.push_back(std::make_unique<ChainCommand>());
    m_commands.push_back(std::make_unique<TraceCommand>());
    m_commands.push_back(std::make_unique<MatrixCommand>());
    m_commands.push_back(std::make_unique<GraphCommand>());
    m_commands.push_back(std::make_unique<LintCommand>());
    m_commands.push_back(std::make_unique<CostCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<FlowsExplainCommand>());
    m_commands.push_back(std::make_unique<FlowsReplayCommand>());
    m_commands.push_back(std::make_unique<FlowsRecommendCommand>());
    m_commands.push_back(std::make_unique<PushCommand>());
    m_commands.push_back(std::make_unique<PullCommand>());
    m_commands.push_back(std::make_unique<RenderCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
}

Cli::~Cli() = default;

Command *Cli::command(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QStringList Cli::commandNames() const
{
    QStringList names;
    for (const auto &command : m_commands)
        names.append(command->name());
    return names;
}

QString Cli::version()
{
    return QStringLiteral("policyctl ") + QStringLiteral(POLICY_STUDIO_VERSION);
}

QString Cli::usage() const
{
    QString text = tr("Usage: policyctl <command> [options]\n"
                      "\n"
                      "Read, validate and evaluate Calico network policy exactly as Calico "
                      "does.\n"
                      "\n"
                      "Commands:\n");
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands) {
        text += QStringLiteral("  ") + command->name().leftJustified(width + 2)
            + command->description() + u'\n';
    }
    text += tr("\n"
               "Commands that read resources take -f PATH, repeatable: a file, a directory\n"
               "(read recursively) or - for standard input. -o FORMAT chooses the output.\n"
               "Exit codes: 0 success, 1 invalid input or failed check, 2 usage error.\n"
               "\n"
               "Run 'policyctl help <command>' or 'policyctl <command> --help' for details;\n"
               "'policyctl --version' prints the version.\n");
    return text;
}

int Cli::unknownCommand(const QString &name, QTextStream &err) const
{
    err << tr("policyctl: error: unknown command '%1'").arg(name) << u'\n';
    if (const QString best = didYouMean(name, commandNames()); !best.isEmpty())
        err << tr("Did you mean '%1'?").arg(best) << u'\n';
    err << tr("Run 'policyctl help' for the list of commands.") << u'\n';
    err.flush();
    return ExitUsage;
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        err << usage();
        err.flush();
        return ExitUsage;
    }
    const QString &first = arguments.constFirst();
    if (first == QLatin1StringView("help") || first == QLatin1StringView("-h")
        || first == QLatin1StringView("--help")) {
        if (arguments.size() > 1 && first == QLatin1StringView("help")) {
            Command *command = arguments.size() > 2
                ? this->command(arguments.at(1) + u' ' + arguments.at(2))
                : nullptr;
            if (!command)
                command = this->command(arguments.at(1));
            if (!command)
                return unknownCommand(arguments.at(1), err);
            out << command->helpText();
        } else {
            out << usage();
        }
        out.flush();
        return ExitSuccess;
    }
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("version")) {
        out << version() << u'\n';
        out.flush();
        return ExitSuccess;
    }
    if (first.startsWith(u'-')) {
        err << tr("policyctl: error: unknown option '%1' (options follow the command)").arg(first)
            << u'\n';
        err << tr("Run 'policyctl help' for the list of commands.") << u'\n';
        err.flush();
        return ExitUsage;
    }
    // Commands of two words ("flows explain"): the group name, then the command's own.
    if (arguments.size() > 1 && !this->command(first)) {
        if (Command *command = this->command(first + u' ' + arguments.at(1))) {
            command->setInput(m_input);
            return command->execute(arguments.mid(2), out, err);
        }
    }
    Command *command = this->command(first);
    if (!command)
        return unknownCommand(first, err);
    command->setInput(m_input);
    return command->execute(arguments.mid(1), out, err);
}

} // namespace ps::cli
