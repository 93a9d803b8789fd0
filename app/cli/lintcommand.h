#pragma once
// `policyctl lint`: the lint of a workspace (core's lintWorkspace(), docs/lint.md): findings
// with a stable code, a severity and the places they point at, as text (the default) or as the
// JSON contract of core/report/lintreport.h. --no-flows leaves out the checks that evaluate flows.
//
// Exit codes: 0 no finding of error severity; 1 some finding has error severity, or the input
// has errors (without --accept-errors); 2 on usage errors and for input that cannot be read
// (a path that cannot be read, a file that does not parse).

#include "app/cli/workspacecommand.h"
#include "core/lint/linter.h"

namespace ps::cli {

class LintCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::LintCommand)

public:
    LintCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    /// Input that cannot be read completely: exit 2, before its other problems are reported.
    int checkInputs(const WorkspaceContext &context, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    LintOptions m_options;
};

} // namespace ps::cli
