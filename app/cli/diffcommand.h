#pragma once
// `policyctl diff -f OLD --against NEW`: the semantic difference between two workspaces
// (core's semanticDiff): policies added, removed or changed (and which fields), and the flows
// whose verdict changes, probed between every pair of endpoint classes present in both, for
// every port either side mentions (or the one --protocol/--port probe). Text or `-o json`.
//
// Exit codes follow diff(1) and `kubectl diff`: 0 no difference, 1 differences found, 2 usage
// error or input that cannot be read. Input with validation errors is compared anyway, after
// a warning on stderr.

#include "app/cli/command.h"

namespace ps::cli {

class DiffCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::DiffCommand)

public:
    DiffCommand();

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
