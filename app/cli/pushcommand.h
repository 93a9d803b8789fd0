#pragma once
// `policyctl push -f WS --agent URL --node NAME --token-file F [--ca F] [--dry-run]
// [-o text|json]`: sends the workspace to a node agent (policy-agent) — core's AgentPush —
// and prints the plan (each resource created, updated or deleted, the unchanged ones counted,
// what changes in the kernel), then the result of each change. Exit 0 when everything was
// applied (or planned, with --dry-run), 1 when nothing was (the node is left as it was, and
// the output says why), 2 on usage errors. Input with errors is refused before anything is
// sent.

#include "app/cli/workspacecommand.h"
#include "core/push/agentclient.h"

namespace ps::cli {

class PushCommand : public WorkspaceCommand {
    Q_DECLARE_TR_FUNCTIONS(ps::cli::PushCommand)

public:
    PushCommand();

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int parseOptions(
        const QCommandLineParser &parser, const QString &format, QTextStream &err) override;
    int runOn(const WorkspaceContext &context, QTextStream &out, QTextStream &err) override;

private:
    AgentTarget m_target;
};

} // namespace ps::cli
