#pragma once
// `policyctl graph`: the flow graph of a workspace (core's computeFlowGraph), grouped --by
// namespace (the default), serviceaccount, workload or pod, with the outside world and host
// endpoints; --denied adds the pairs policy denies, --protocol / --port narrow it to one protocol
// or port. Output: txt (the default), json (the contract in core/report/graphreport.h), dot;
// --out FILE writes it to a file instead of standard output.
//
// Exit codes: 0 when the graph was written; 1 for an unknown protocol, input with errors
// (without --accept-errors) or a file that cannot be written; 2 on usage errors.

#include <optional>

#include "app/cli/workspacecommand.h"
#include "core/graph/flowgraph.h"

namespace ps::cli {

class GraphCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::GraphCommand)

public:
    GraphCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    /// An unknown protocol is invalid input (exit 1), reported before the input's problems.
    int checkInputs(const WorkspaceContext &context, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    /// The output, to --out or to `out`.
    int emit(const QByteArray &bytes, QTextStream &out, QTextStream &err) const;

    GraphOptions m_options;
    QString m_protocolText;
    QString m_outFile;
};

} // namespace ps::cli
