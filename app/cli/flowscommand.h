#pragma once
// `policyctl flows explain|replay`: Calico flow logs against a workspace (core/flows,
// docs/flows.md).
//
// --log is a file, "-" (standard input) or a live Whisker backend's URL (core/flows/whiskersource:
// its list, or with --watch SECONDS its event stream; --since, --whisker-ca, --whisker-cert,
// --whisker-key, --whisker-token-file). `flows explain --follow` follows the stream until
// SIGINT or SIGTERM (core/flows/whiskerfollower), printing each new group as it comes (-o json:
// one object per line, {"event":"group",…} or {"event":"change",…}) and the summary at the end.
//
// `flows explain -f WS --log FILE [-o text|json] [--cluster NAME]`: per flow group, what the log
// says the reporting side did (action, deciding policy) beside the engine's verdict and trace
// for the same flow, an agreement mark, and — when they differ — what differs (drift). Exit 0
// when every resolved group agrees, 1 on drift or records that could not be read (each on
// stderr as file:line:column: error: message [field]), 2 on usage errors.
//
// `flows replay -f OLD (--against NEW | --staged) --log FILE [-o text|json]`: the observed
// connections whose verdict changes between the two workspaces (or when the staged policies of
// -f are enforced), grouped by policy and namespace, each with both traces. Exit 0 when none
// changes, 1 when some do (as diff), 2 on usage errors.
//
// `flows recommend -f WS --log FILE (--namespace NS | --host-endpoints) [--tier T]
// [--by workload|serviceaccount] [--global] [-o yaml|json]`: least-privilege staged policies
// for the namespace's endpoints (or the host endpoints) from the allowed connections the log
// observed, on stdout (calicoctl applies them); the report on stderr: selectors, the proof
// (every observed connection traced again with the policies enforced), denied, not covered and
// not resolved connections, and what else they allow. Exit 0 when proven and every allowed
// connection is covered, 1 otherwise (or unreadable records, an unknown namespace or tier), 2
// on usage errors.

#include "app/cli/workspacecommand.h"

namespace ps {
class FlowLogReader;
struct WhiskerSource;
} // namespace ps

namespace ps::cli {

/// What both flows commands share: reading --log (a file, or the command's standard input).
class FlowsCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::FlowsCommand)

protected:
    using WorkspaceCommand::WorkspaceCommand;
    /// Opens --log: a file, "-" (the command's standard input) or a Whisker backend's URL (read
    /// with --since, --watch and its TLS and token options); false after printing why not.
    bool openLog(FlowLogReader &reader, const QCommandLineParser &parser, QTextStream &err) const;
    /// The Whisker backend --log names, with its options; false after printing why not.
    bool whiskerSource(
        WhiskerSource &source, const QCommandLineParser &parser, QTextStream &err) const;
};

class FlowsExplainCommand : public FlowsCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::FlowsExplainCommand)

public:
    FlowsExplainCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    QString positionalHint() const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    int follow(const WorkspaceContext &context, QTextStream &out, QTextStream &err);
};

class FlowsReplayCommand : public FlowsCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::FlowsReplayCommand)

public:
    FlowsReplayCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    QString positionalHint() const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    bool m_staged = false;
};

class FlowsRecommendCommand : public FlowsCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::FlowsRecommendCommand)

public:
    FlowsRecommendCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    QString positionalHint() const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;
};

} // namespace ps::cli
