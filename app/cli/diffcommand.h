#pragma once
// `policyctl diff -f OLD --against NEW`: the semantic difference between two workspaces
// (core's semanticDiff): policies added, removed or changed (and which fields), and the flows
// whose verdict changes, probed between every pair of endpoint classes present in both, for
// every port either side mentions (or the one --protocol/--port probe). Text or `-o json`.
//
// Exit codes follow diff(1) and `kubectl diff`: 0 no difference, 1 differences found, 2 usage
// error or input that cannot be read. Input with validation errors is compared anyway, after
// a warning on stderr.

#include "app/cli/workspacecommand.h"
#include "core/eval/semanticdiff.h"

namespace ps::cli {

class DiffCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::DiffCommand)

public:
    DiffCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    QString positionalHint() const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    /// Input that cannot be read completely is refused (exit 2) before anything is compared.
    int refusedInputCode() const override { return ExitUsage; }
    int checkInputs(const WorkspaceContext &context, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    DiffOptions m_options;
};

} // namespace ps::cli
