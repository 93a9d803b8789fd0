#include "core/eval/adminmigration.h"

#include <QCoreApplication>

#include "core/eval/flow.h"
#include "core/validate/diagnosticsink.h"

namespace ps {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(AdminMigration)
};

// The step that decided one direction: the last one that is not a staged policy's (never
// enforced) or a log rule's.
const TraceStep *decidingStep(const DirectionTrace &trace)
{
    for (qsizetype i = trace.steps.size() - 1; i >= 0; --i) {
        const TraceStep &s = trace.steps[i];
        if (!s.action.startsWith(u"would-") && s.action != u"log")
            return &s;
    }
    return nullptr;
}

std::optional<Rule> ruleOf(const PolicyEngine &engine, const TraceStep &step, Direction direction)
{
    if (step.rule < 0)
        return std::nullopt;
    for (const CompiledPolicy &p : engine.policies()) {
        if (p.displayName != step.policy || p.kindName != step.kind || p.tier != step.tier)
            continue;
        const QList<Rule> &rules
            = direction == Direction::Ingress ? p.policy.ingress : p.policy.egress;
        if (step.rule < rules.size())
            return rules[step.rule];
        return std::nullopt;
    }
    return std::nullopt;
}

MigrationCause cause(const PolicyEngine &engine, const DirectionTrace &trace, Direction direction)
{
    MigrationCause c;
    c.direction = direction;
    c.endpoint = trace.endpoint;
    c.verdict = trace.verdict;
    if (const TraceStep *step = decidingStep(trace)) {
        c.step = *step;
        c.rule = ruleOf(engine, *step, direction);
    }
    return c;
}

// The directions whose verdict differs, each with what decided it on each side.
MigrationFlowDifference explain(
    const PolicyEngine &before, const PolicyEngine &after, const FlowChange &change)
{
    MigrationFlowDifference d;
    d.flow = change;
    Flow flow;
    flow.from = change.from;
    flow.to = change.to;
    flow.protocol = change.protocol;
    flow.port = change.port;
    const FlowTrace b = before.trace(flow);
    const FlowTrace a = after.trace(flow);
    if (!b.ok() || !a.ok())
        return d;
    const auto add = [&](const DirectionTrace &x, const DirectionTrace &y, Direction direction) {
        if (x.verdict == y.verdict)
            return; // the other direction decided the change
        d.before.append(cause(before, x, direction));
        d.after.append(cause(after, y, direction));
    };
    add(b.egress, a.egress, Direction::Egress);
    add(b.ingress, a.ingress, Direction::Ingress);
    return d;
}

} // namespace

bool isMigrationSource(CalicoVersion version)
{
    return calicoEnforces(version, ResourceKind::AdminNetworkPolicy);
}

CalicoVersion defaultMigrationSource(CalicoVersion workspaceVersion)
{
    if (isMigrationSource(workspaceVersion))
        return workspaceVersion;
    CalicoVersion last = CalicoVersion::V3_29;
    for (const CalicoVersion v :
        {CalicoVersion::V3_29, CalicoVersion::V3_30, CalicoVersion::V3_31, CalicoVersion::V3_32}) {
        if (isMigrationSource(v))
            last = v;
    }
    return last;
}

AdminMigration migrateAdminPolicies(
    const Workspace &workspace, CalicoVersion from, const DiffOptions &options)
{
    AdminMigration out;
    out.from = from;
    out.rewrite = migrateToClusterNetworkPolicies(workspace, out.to);

    for (const AdminPolicy &p : workspace->adminPolicies) {
        if (p.kind != ResourceKind::ClusterNetworkPolicy || calicoEnforces(from, p.kind)
            || !calicoEnforces(out.to, p.kind))
            continue;
        DiagnosticSink(out.notes, p.source)
            .warning(QStringLiteral("kind"),
                Text::tr("ClusterNetworkPolicy %1 is already in the workspace: Calico %2 ignores "
                         "it, Calico %3 enforces it (the flows it changes are listed)")
                    .arg(p.meta.name, calicoVersionName(from), calicoVersionName(out.to)));
    }

    const Workspace original = workspace->calicoVersion == from
        ? workspace
        : workspace.edited([from](WorkspaceData &d) { d.calicoVersion = from; });
    const PolicyEngine before(original);
    const PolicyEngine after(out.rewrite.migrated);
    out.diff = semanticDiff(before, after, options);
    // Only the admin policies differ, so both sides have the same endpoints.
    for (const InventoryObject &o : after.inventory().objects())
        out.endpoints += o.isEndpoint() ? 1 : 0;
    out.probes = options.probes.isEmpty() ? defaultDiffProbes(before, after).size()
                                          : options.probes.size();
    for (const FlowChange &change : out.diff.flows)
        out.flows.append(explain(before, after, change));
    return out;
}

} // namespace ps
