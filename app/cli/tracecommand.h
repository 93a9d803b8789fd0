#pragma once
// `policyctl trace`: what Calico does with one flow (--from, --to, --protocol, --port, ...) or
// with each flow of a `--flows` JSON array, and why — egress at the source, then ingress at
// the destination, every step with its tier, policy, rule, action and reason
// (PolicyEngine::trace). Text is core's toText(FlowTrace), so the studio says the same words:
// the verdict first, then the steps; `-o json` prints core's toJson, one object (or, with
// --flows, an array in the order of the file).
//
// Exit codes: 0 when every flow was traced, whatever the verdicts — unless `--expect
// allow|deny` is given and a verdict differs (1); 1 for an unknown REF, an invalid protocol or
// a malformed flows file (file:line:column on stderr); 2 on usage errors. Input with errors is
// traced anyway, after a warning on stderr.

#include <optional>

#include "app/cli/workspacecommand.h"
#include "core/eval/flow.h"
#include "core/eval/trace.h"
#include "core/report/tracereport.h"

namespace ps::cli {

class TraceCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::TraceCommand)

public:
    TraceCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    QString positionalHint() const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    /// Reads the --flows file, after -f and before the input's problems are reported.
    int checkInputs(const WorkspaceContext &context, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    /// The flow given by --from/--to/--protocol/...; nullopt after a usage error.
    std::optional<Flow> flowFromOptions(const QCommandLineParser &parser, QTextStream &err) const;
    /// The --flows file (or standard input for "-"): true and `flows`, or false after printing
    /// the error (`code` says which exit code).
    bool readFlows(const QString &path, QList<Flow> &flows, QByteArray &text, int &code,
        QTextStream &err) const;

    // One run's flows, from the options or the --flows file (with its text, for positions).
    bool m_batch = false;
    QList<Flow> m_flows;
    QByteArray m_flowsText;
    std::optional<Verdict> m_expected;
};

} // namespace ps::cli
