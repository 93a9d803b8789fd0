#pragma once
// What-if replay of a flow log (`policyctl flows replay`, docs/flows.md): every connection the
// log observed (records grouped by ends, protocol and port, whichever side wrote them) is traced
// in two workspaces — before and after an edit, or a workspace and the same with its staged
// policies enforced (enforceStagedPolicies) — and those whose verdict changes are kept, with
// both traces, grouped by the policy that decides after the change and the namespace of the
// endpoint where the verdict changes.

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/policyengine.h"
#include "core/eval/trace.h"
#include "core/flows/flowendresolver.h"
#include "core/flows/flowexplain.h"
#include "core/flows/flowlogreader.h"
#include "core/model/workspace.h"

namespace ps {

struct ReplayFlow {
    FlowRecord record; // the first record of the connection
    qint64 records = 0;
    FlowTrace before;
    FlowTrace after;
};

struct ReplayGroup {
    QString policy; // "Kind ns/name" of the deciding policy, or how the side decided
    QString namespace_; // of the endpoint whose verdict changes; "" for host endpoints
    QList<ReplayFlow> flows;
};

struct FlowReplay {
    QList<ReplayGroup> groups; // sorted by policy, then namespace
    qint64 records = 0;
    qint64 invalid = 0;
    QList<Error> errors; // unreadable records (the first maxErrors)
    int connections = 0; // distinct connections observed
    int changed = 0;
    int unresolved = 0; // not resolved in one of the workspaces
    QStringList unresolvedReasons; // the first few, with the connection
    bool cancelled = false;
};

class FlowReplayer {
public:
    FlowReplayer(
        const PolicyEngine &before, const PolicyEngine &after, FlowExplainOptions options = {});

    void add(const FlowRecord &record);
    FlowReplay take();

private:
    const PolicyEngine &m_before;
    const PolicyEngine &m_after;
    FlowExplainOptions m_options;
    FlowEndResolver m_beforeResolver;
    FlowEndResolver m_afterResolver;
    QHash<QString, int> m_seen; // connection key -> index into m_flows, or -1 (unchanged)
    QList<ReplayFlow> m_flows;
    FlowReplay m_result;
};

FlowReplay replayFlowLog(const PolicyEngine &before, const PolicyEngine &after,
    FlowLogReader &reader, const FlowExplainOptions &options = {});

/// One pass over a log, as the studio's Flows dock reads it: every record explained against
/// `engine` and, when `saved` is given, replayed from `saved` to `engine` (which connections the
/// edit since the saved files flips).
struct FlowLogWhatIf {
    FlowExplanation explanation;
    std::optional<FlowReplay> replay;
};
FlowLogWhatIf explainAndReplayFlowLog(const PolicyEngine &engine, const PolicyEngine *saved,
    FlowLogReader &reader, const FlowExplainOptions &options = {});

/// The workspace as it would be with every staged policy enforced, as Calico's staged
/// policies mean: a staged policy with stagedAction Set (the default) replaces (or adds) the
/// enforced policy of the same name, namespace and tier kind; Delete removes it.
Workspace enforceStagedPolicies(const Workspace &workspace);

} // namespace ps
