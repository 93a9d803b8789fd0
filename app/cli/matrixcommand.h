#pragma once
// `policyctl matrix`: which groups of endpoints may open connections to which, for one probe
// (--protocol, --port), grouped --by pod, workload, namespace (the default) or service account
// (core's computeMatrix). Output is core's renderers: txt (the default), csv, json, md, dot.
//
// Exit codes: 0 when the matrix was printed; 1 for an unknown protocol; 2 on usage errors.
// Input with errors is evaluated anyway, after a warning on stderr.

#include <optional>

#include "app/cli/workspacecommand.h"
#include "core/eval/matrix.h"

namespace ps::cli {

class MatrixCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::MatrixCommand)

public:
    MatrixCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    /// An unknown protocol is invalid input (exit 1), reported before the input's problems.
    int checkInputs(const WorkspaceContext &context, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    // One run's probe and grouping.
    MatrixGrouping m_by = MatrixGrouping::Namespace;
    QString m_protocolText;
    std::optional<int> m_protocol;
    std::optional<int> m_port;
};

} // namespace ps::cli
