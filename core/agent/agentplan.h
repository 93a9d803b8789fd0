#pragma once
// The node agent's state and plans as plain values, and their JSON form on the agent's HTTP
// API (the agent writes it, `policyctl push` and the studio read it back with the same code).
//
// AgentState: what the agent has applied (generation, hashes, time, counts in all and per IP
// family).
// AgentPlan: what applying a workspace would change — per resource (create, update, delete,
// unchanged, compared with the workspace applied now) and in the kernel (chains and IP sets
// added, removed or changed, Felix's hook rules).

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/model/result.h"

namespace ps {

/// What one IP family of a node holds (or will hold). Written as {"programmed", "chains",
/// "rules", "sets"} under "ipv4" / "ipv6"; answers of agents that knew IPv4 only lack them and
/// read as IPv4 holding everything.
struct FamilyCounts {
    bool programmed = false; // the agent writes this family's rules (IPv6: ipv6Support is on)
    int chains = 0;
    int rules = 0;
    int sets = 0;

    friend bool operator==(const FamilyCounts &, const FamilyCounts &) = default;
};

struct AgentState {
    QString node;
    QString dataplane; // "iptables" or "nft"
    qint64 generation = 0; // 0: nothing applied yet; +1 on every apply and rollback
    QString contentHash; // "sha256:…" of the workspace text applied
    QString rulesetHash; // "sha256:…" of the kernel input rendered from it
    QDateTime appliedAt; // UTC; null when nothing was applied
    bool inKernel = false; // the kernel holds it now (false after a failed start)
    int chains = 0; // chains, rules and IP sets: both families together
    int rules = 0;
    int sets = 0;
    int endpoints = 0; // local endpoints rendered
    FamilyCounts ipv4;
    FamilyCounts ipv6;
    qint64 previousGeneration = 0; // what POST /v1/rollback goes back to; 0: none
    QString lastError; // the last failure (an apply, or re-applying at start); empty: none

    friend bool operator==(const AgentState &, const AgentState &) = default;
};

struct ResourceChange {
    enum class Action { Create, Update, Delete, Unchanged };
    Action action = Action::Create;
    QString kind; // "GlobalNetworkPolicy"
    QString name; // "namespace/name" for namespaced kinds

    friend bool operator==(const ResourceChange &, const ResourceChange &) = default;
};

QString resourceActionName(ResourceChange::Action action);
std::optional<ResourceChange::Action> resourceActionFromName(QStringView name);

struct NameChanges {
    QStringList added;
    QStringList removed;
    QStringList changed;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    friend bool operator==(const NameChanges &, const NameChanges &) = default;
};

struct AgentPlan {
    QString node;
    qint64 generation = 0; // the generation the plan was made against
    QList<ResourceChange> resources; // sorted by kind, then name
    /// Chains by "[ipv6:][table:]name" (filter has no table part, IPv4 no family part); IP sets
    /// by name (cali40… / cali60…).
    NameChanges chains;
    NameChanges sets;
    bool hooksChanged = false;
    int rules = 0; // rules after applying (both families)
    int setCount = 0; // IP sets after applying (both families)
    int endpoints = 0; // local endpoints rendered
    FamilyCounts ipv4; // after applying
    FamilyCounts ipv6;
    QStringList warnings; // rendered approximately, resources left out, no local endpoint

    /// Applying would change what the kernel holds.
    bool changesKernel() const { return !chains.isEmpty() || !sets.isEmpty() || hooksChanged; }
    qsizetype count(ResourceChange::Action action) const;

    friend bool operator==(const AgentPlan &, const AgentPlan &) = default;
};

QByteArray toJson(const AgentState &state);
QByteArray toJson(const AgentPlan &plan);
/// Reads what toJson wrote; an Error naming the field that is missing or of the wrong type.
Result<AgentState> agentStateFromJson(const QByteArray &json);
Result<AgentPlan> agentPlanFromJson(const QByteArray &json);

} // namespace ps
