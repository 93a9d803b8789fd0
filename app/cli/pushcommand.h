#pragma once
// `policyctl push -f WS --agent URL --node NAME --token-file F [--ca F] [--dry-run]
// [-o text|json]`: sends the workspace to a node agent (policy-agent) — core's AgentPush —
// and prints the plan (each resource created, updated or deleted, the unchanged ones counted,
// what changes in the kernel), then the result of each change. Exit 0 when everything was
// applied (or planned, with --dry-run), 1 when nothing was (the node is left as it was, and
// the output says why), 2 on usage errors. Input with errors is refused before anything is
// sent.
//
// `policyctl push -f WS --etcd URL[,URL] [etcd TLS and user options] [--stack NAME] [--prune]
// [--adopt] [--dry-run] [--rollback-file F] [-o text|json]`: the same for Calico's etcd
// datastore — core's EtcdPush: the plan and its semantic diff, then one guarded transaction;
// what it replaced is kept in the rollback state file (default: .policy-studio-etcd-rollback.json
// next to the workspace), and `--rollback` puts it back.

#include "app/cli/workspacecommand.h"
#include "core/push/agentclient.h"
#include "core/push/etcdclient.h"
#include "core/push/etcdpush.h"

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
    int parseAgentOptions(const QCommandLineParser &parser, QTextStream &err);
    int parseEtcdOptions(const QCommandLineParser &parser, QTextStream &err);
    int pushToEtcd(const WorkspaceContext &context, QTextStream &out, QTextStream &err);
    int rollbackEtcd(const WorkspaceContext &context, QTextStream &out, QTextStream &err);
    /// --rollback-file, else .policy-studio-etcd-rollback.json in the folder of the first -f
    /// (empty for standard input).
    QString rollbackFile(const QCommandLineParser &parser) const;

    bool m_etcd = false;
    AgentTarget m_target;
    EtcdTarget m_etcdTarget;
    EtcdPushOptions m_etcdOptions;
};

} // namespace ps::cli
