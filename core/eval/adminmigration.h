#pragma once
// AdminMigration: the move from AdminNetworkPolicy / BaselineAdminNetworkPolicy to
// ClusterNetworkPolicy, rewritten (core/kube/adminmigrate.h) and proved. The proof is the
// semantic diff (core/eval/semanticdiff.h) of the workspace as the old release (3.29 to 3.31:
// the kube admin policies in their admin tiers) evaluates it against the migrated workspace as
// 3.32 evaluates it: equivalent when nothing could not be rewritten and no probed flow changes
// its verdict — and there were endpoints to probe (a workspace without its inventory proves
// nothing). Each flow that changes carries, for each direction whose verdict changed, the
// step that decided it under each release (tier, policy, rule and what the rule says), so the
// responsible rules are named. ClusterNetworkPolicies already in the workspace, which the old
// release ignores and 3.32 enforces, are listed as warnings; what they change shows in the
// flows. policyctl convert --to clusternetworkpolicy and the studio call
// migrateAdminPolicies(); core/report/migrationreport.h writes the result.

#include <optional>

#include <QList>
#include <QString>

#include "core/eval/semanticdiff.h"
#include "core/eval/trace.h"
#include "core/kube/adminmigrate.h"
#include "core/model/calicoversion.h"
#include "core/model/rule.h"

namespace ps {

/// What decided one direction of a flow under one release.
struct MigrationCause {
    Direction direction = Direction::Ingress;
    QString endpoint; // where it was decided (the REF)
    Verdict verdict = Verdict::Deny;
    TraceStep step; // the deciding step: its tier, policy, kind, rule and action
    std::optional<Rule> rule; // the deciding rule as Calico converted it; nullopt for none
};

struct MigrationFlowDifference {
    FlowChange flow;
    QList<MigrationCause> before; // under the old release
    QList<MigrationCause> after; // under 3.32
};

struct AdminMigration {
    CalicoVersion from = CalicoVersion::V3_31;
    CalicoVersion to = CalicoVersion::V3_32;
    /// The migrated workspace, the ClusterNetworkPolicies written and what cannot be
    /// rewritten (errors).
    WorkspaceMigration rewrite;
    /// Warnings: ClusterNetworkPolicies already in the workspace, enforced from 3.32 on.
    Diagnostics notes;
    /// The semantic diff of the two (its policy changes are the renames and new tiers the
    /// move brings; its flow changes are what the proof is about).
    SemanticDiff diff;
    /// diff.flows, each with its causes.
    QList<MigrationFlowDifference> flows;
    /// The endpoints the flows were probed between and the probes (protocol, port) per pair.
    qsizetype endpoints = 0;
    qsizetype probes = 0;

    /// Flows were probed: without endpoints nothing is proved.
    bool proved() const { return endpoints > 0; }
    bool equivalent() const
    {
        return proved() && !hasErrors(rewrite.problems) && diff.flows.isEmpty();
    }
};

/// The releases a migration starts from: those that enforce AdminNetworkPolicy (3.29–3.31).
bool isMigrationSource(CalicoVersion version);
/// The release to migrate from when none is chosen: the workspace's own when it is a migration
/// source, else the last release that enforces AdminNetworkPolicy (3.31).
CalicoVersion defaultMigrationSource(CalicoVersion workspaceVersion);

/// Rewrites every AdminNetworkPolicy and BaselineAdminNetworkPolicy of `workspace` as a
/// ClusterNetworkPolicy and proves the result: `workspace` is evaluated as `from` evaluates it
/// (its own release is not used), the migrated one as 3.32 does. Resources that fail
/// validation are left out on their side, as Calico would refuse them.
AdminMigration migrateAdminPolicies(
    const Workspace &workspace, CalicoVersion from, const DiffOptions &options = {});

} // namespace ps
