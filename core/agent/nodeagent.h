#pragma once
// NodeAgent: the node agent's logic without its HTTP layer. It owns what is applied on this
// node: the workspace (as the YAML text it was sent), its generation and the rulesets rendered
// from it with the same core as `policyctl render` — IPv4 always, IPv6 too unless the node's
// FelixConfiguration turns ipv6Support off (as Felix programs ip6tables / `ip6 calico` whenever
// its IPv6 support is on, its default) — and puts both into the kernel of the network
// namespace it runs in as one transaction (IptablesApplier, or NftApplier with the nft
// dataplane): either family failing leaves both as they were.
// State lives in a folder: each applied workspace as `workspace-<generation>.yaml` and
// `state.json` naming the current and the previous one, every file written atomically
// (written, synced, renamed); state.json is written last, so a crash leaves the previous state
// whole. start() re-applies what was applied before.
//
// Not thread-safe: the agent calls it from one thread, one request at a time.

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/agent/agentplan.h"
#include "core/agent/iptablesapplier.h"
#include "core/dataplane/felixrenderer.h"
#include "core/dataplane/felixruleset.h"
#include "core/model/result.h"
#include "core/model/workspace.h"

namespace ps {

struct NodeAgentOptions {
    QString node;
    Dataplane dataplane = Dataplane::Iptables;
    QString stateDir;
    DataplaneCommands commands;
};

/// The outcome of an apply or a rollback.
struct ApplyOutcome {
    enum class Status {
        Applied, // the kernel holds the new ruleset, the state is saved
        Invalid, // the workspace was refused (details: one line per error)
        Conflict, // If-Match named another generation
        NothingToRollBack,
        Failed, // the kernel or the state folder refused; the previous ruleset is in place
    };
    Status status = Status::Applied;
    QString message;
    QStringList details;
    AgentPlan plan;
    qint64 milliseconds = 0; // kernel transaction time
};

class NodeAgent {
    Q_DECLARE_TR_FUNCTIONS(NodeAgent)

public:
    explicit NodeAgent(NodeAgentOptions options);

    /// Reads the state folder and puts the last applied workspace back into the kernel. An
    /// Error when the folder cannot be read or its state is damaged; a failure to re-apply is
    /// not an Error but kept in state().lastError.
    Result<void> start();

    const AgentState &state() const { return m_state; }
    const NodeAgentOptions &options() const { return m_options; }

    /// What applying `yaml` would change; never touches the kernel. An Error for input that
    /// is refused (its message lists the errors, one per line).
    Result<AgentPlan> plan(const QByteArray &yaml) const;
    /// Applies `yaml` when `ifMatch` is empty or names the current generation.
    ApplyOutcome apply(const QByteArray &yaml, std::optional<qint64> ifMatch);
    /// Applies the previous generation's workspace again, as a new generation.
    ApplyOutcome rollback(std::optional<qint64> ifMatch);

    /// What the kernel was given for the current generation, as JSON:
    /// {"dataplane":"iptables","ipsetRestore":"…","iptablesRestore":"…"} (the inputs
    /// `policyctl render` prints) or {"dataplane":"nft","nft":"…"} for IPv4, with the same
    /// keys under "ipv6" when IPv6 is programmed; {} before any apply.
    QByteArray rulesetText() const;

private:
    struct Prepared;
    Result<Prepared> prepare(const QByteArray &yaml) const;
    AgentPlan planFor(const Prepared &next) const;
    /// Puts `target` (one ruleset per family) in place of `current`; a family of `current`
    /// that `target` lacks has our rules removed.
    Result<qint64> putInKernel(
        const QList<FelixRuleset> &target, const QList<FelixRuleset> &current) const;
    Result<void> saveState(const AgentState &state, qint64 previous) const;
    QString workspaceFile(qint64 generation) const;

    NodeAgentOptions m_options;
    AgentState m_state;
    QByteArray m_yaml; // the current generation's workspace
    Workspace m_workspace; // read from m_yaml
    QList<FelixRuleset> m_rulesets; // IPv4, then IPv6 when it is programmed
    QByteArray m_previousYaml;
};

} // namespace ps
