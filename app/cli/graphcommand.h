#pragma once
// `policyctl graph`: the flow graph of a workspace (core's computeFlowGraph), grouped --by
// namespace (the default), serviceaccount, workload or pod, with the outside world and host
// endpoints; --denied adds the pairs policy denies, --protocol / --port narrow it to one protocol
// or port; --against NEW prints the difference of the graph of -f (the old workspace) and of
// NEW instead, each change with the rule responsible (core's diffFlowGraphs); --group-by
// prefix|label:KEY writes the overview the studio draws of a large graph instead (core's
// flowGraphOverview(): namespaces grouped by name prefix or by a namespace label's value). Output:
// txt (the default), json (the contracts in core/report/graphreport.h), dot, svg and png (laid out
// by Graphviz, core/graph/graphlayout.h; png needs --out); --out FILE writes to a file.
//
// Exit codes: 0 when the graph was written; 1 for an unknown protocol, input with errors
// (without --accept-errors) or output that cannot be written; 2 on usage errors. With
// --against, as `diff`: 0 no difference, 1 differences, 2 for any error.

#include <optional>

#include "app/cli/workspacecommand.h"
#include "core/graph/flowgraph.h"
#include "core/graph/graphcollapse.h"

namespace ps::cli {

class GraphCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::GraphCommand)

public:
    GraphCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    QString positionalHint() const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int refusedInputCode() const override { return m_against ? ExitUsage : ExitFailure; }
    /// An unknown protocol is invalid input (exit 1), reported before the input's problems.
    int checkInputs(const WorkspaceContext &context, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    /// The output, to --out or to `out`; `success` is the exit code when it is written.
    int emit(const QByteArray &bytes, int success, QTextStream &out, QTextStream &err) const;
    /// The exit code of an error: 1, or 2 with --against.
    int failure() const { return m_against ? ExitUsage : ExitFailure; }
    int runDiff(const WorkspaceContext &context, QTextStream &out, QTextStream &err);

    GraphOptions m_options;
    QString m_protocolText;
    QString m_outFile;
    bool m_against = false;
    std::optional<OverviewGrouping> m_grouping;
};

} // namespace ps::cli
