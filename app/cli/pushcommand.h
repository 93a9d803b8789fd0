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
//
// `policyctl push -f WS --kubeconfig FILE [--context C] [--insecure-skip-tls-verify]
// [--stack NAME] [--prune] [--adopt] [--force-conflicts] [--dry-run] [-o text|json]`: the same
// for a Kubernetes cluster running Calico — core's KubePush: the plan and its semantic diff,
// the server's dry run of every change, then server-side apply (field manager policy-studio).
// Exit 1 says which changes were applied and which were left as they were.

#include "app/cli/workspacecommand.h"
#include "core/push/agentclient.h"
#include "core/push/etcdclient.h"
#include "core/push/etcdpush.h"
#include "core/push/kubepush.h"

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
    int parseKubeOptions(const QCommandLineParser &parser, QTextStream &err);
    int pushToKube(const WorkspaceContext &context, QTextStream &out, QTextStream &err);
    int pushToEtcd(const WorkspaceContext &context, QTextStream &out, QTextStream &err);
    int rollbackEtcd(const WorkspaceContext &context, QTextStream &out, QTextStream &err);
    /// --rollback-file, else .policy-studio-etcd-rollback.json in the folder of the first -f
    /// (empty for standard input).
    QString rollbackFile(const QCommandLineParser &parser) const;

    enum class Target { Agent, Etcd, Kube };
    Target m_kind = Target::Agent;
    AgentTarget m_target;
    KubeTarget m_kubeTarget;
    KubePushOptions m_kubeOptions;
    EtcdTarget m_etcdTarget;
    EtcdPushOptions m_etcdOptions;
};

} // namespace ps::cli
