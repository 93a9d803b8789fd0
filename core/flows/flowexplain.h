#pragma once
// Explaining a flow log against a workspace (`policyctl flows explain`, docs/flows.md):
// records are grouped (same ends, protocol, port, reporting side, action and enforced policy
// trace); each group's ends are resolved to workspace endpoints (FlowEndResolver) and the flow
// is traced by the engine once. The group then compares what the log says that side did (its
// action and the hit that decided: the last enforced hit) with the engine's verdict and deciding
// step for the same side (egress for records of the source's node, ingress for the
// destination's). A difference is drift — the workspace is not what the cluster runs, or a
// logged policy is not in the workspace — and `differences` says what differs.
//
// FlowExplainer takes records one at a time (memory grows with the groups, not the records);
// explainFlowLog() runs it over a reader with progress and cancel.

#include <functional>
#include <memory>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/policyengine.h"
#include "core/eval/trace.h"
#include "core/flows/allowchange.h"
#include "core/flows/flowendresolver.h"
#include "core/flows/flowlogreader.h"
#include "core/flows/flowrecord.h"

namespace ps {

struct FlowGroup {
    FlowRecord record; // the first record of the group
    qint64 records = 0;
    qint64 packets = 0;
    qint64 bytes = 0;
    ResolvedEnd source;
    ResolvedEnd destination;
    bool resolved = false;
    QString reason; // why not resolved
    FlowTrace trace; // when resolved
    /// The logged hit that decided (the last enforced one), if the log has hits.
    std::optional<PolicyHit> loggedHit;
    /// The engine's deciding step on the reporting side (index into its steps), or -1.
    int engineStep = -1;
    bool agree = false;
    QStringList differences; // drift: what differs
    QStringList notes; // approximations made to resolve the ends
    /// With FlowExplainOptions::suggest, for a flow the engine denies: the smallest change
    /// that would allow it (core/flows/allowchange.h).
    std::optional<AllowChange> change;

    /// The engine's verdict on the side that wrote the record.
    const DirectionTrace *side() const;
};

struct FlowExplainOptions {
    /// Called every few thousand records and at the end; returning false cancels.
    std::function<bool(qint64 bytesRead, qint64 totalBytes, qint64 records)> progress;
    /// Only the first so many unreadable records are kept (all are counted).
    int maxErrors = 100;
    /// Records with another `cluster` are not resolved ("" = any).
    QString cluster;
    /// For each flow the engine denies, compute the smallest change that would allow it and
    /// what else that change allows (costs a workspace analysis per denied group).
    bool suggest = false;
    /// At most so many other flows listed per change.
    int maxOtherFlows = 50;
};

struct FlowExplanation {
    QList<FlowGroup> groups; // in the order they first appear
    QList<Error> errors; // unreadable records (the first maxErrors)
    qint64 records = 0;
    qint64 invalid = 0;
    bool cancelled = false;

    int agreeing() const;
    int drifting() const; // resolved groups that disagree
    int unresolved() const;
};

/// Looks a logged hit up in the engine's policies: the index into PolicyEngine::policies(), or
/// -1. Names match as written, with the tier prefix (legacy names) or "knp.default." added or
/// removed.
class PolicyHitIndex {
public:
    explicit PolicyHitIndex(const PolicyEngine &engine);
    int find(const PolicyHit &hit) const;
    /// Does the engine's step name the policy the hit names?
    bool sameRule(const PolicyHit &hit, const TraceStep &step) const;

private:
    QHash<QString, int> m_byKey; // "Kind|ns/name" with every name variant
};

class FlowExplainer {
public:
    FlowExplainer(const PolicyEngine &engine, FlowExplainOptions options = {});
    ~FlowExplainer();

    struct Added {
        int group = -1; // its index in the explanation's groups
        bool isNew = false; // the record started the group (and it was explained now)
    };
    Added add(const FlowRecord &record);
    /// A group explained before (by another engine) explained again against this one, with its
    /// counts: re-explaining what a follow received after an edit, without its records.
    void addExplainedAgain(const FlowGroup &group);
    const FlowExplanation &explanation() const { return m_result; }
    FlowExplanation take();

    /// The engine flow a record asks about, or an Error saying why there is none (an end that
    /// is not resolved, an aggregated-away port...). Used by explain and replay.
    static Result<Flow> flowOf(const FlowRecord &record, const FlowEndResolver &resolver,
        ResolvedEnd *source = nullptr, ResolvedEnd *destination = nullptr,
        const QString &cluster = {});

private:
    void explain(FlowGroup &group) const;

    const PolicyEngine &m_engine;
    FlowExplainOptions m_options;
    FlowEndResolver m_resolver;
    PolicyHitIndex m_hits;
    QHash<QString, int> m_groupByKey;
    FlowExplanation m_result;
};

/// What reading a log to its end (or until cancelled) leaves besides the records.
struct FlowLogRead {
    QList<Error> errors; // unreadable records (the first FlowExplainOptions::maxErrors)
    qint64 invalid = 0;
    bool cancelled = false;
};
/// Reads every record of `reader` and hands each to `consume`, with the options' progress,
/// cancel and error limit.
FlowLogRead readFlowLog(FlowLogReader &reader, const FlowExplainOptions &options,
    const std::function<void(const FlowRecord &)> &consume);

/// Reads every record of `reader` into a FlowExplainer.
FlowExplanation explainFlowLog(
    const PolicyEngine &engine, FlowLogReader &reader, const FlowExplainOptions &options = {});

/// The key records are grouped by: ends, protocol, port, reporter, action and enforced hits.
QString flowGroupKey(const FlowRecord &record, bool withTrace = true);
/// The key of a connection as one side logged it: ends, protocol, port and reporter. Groups of
/// the same side differ in action or enforced hits (the cluster's policies changed).
QString flowSideKey(const FlowRecord &record);
/// Whether `after`, a later group of the same side as `before`, says something else: the logged
/// action or deciding policy, or whether the engine agrees (or resolves it).
bool flowGroupOutcomeChanged(const FlowGroup &before, const FlowGroup &after);

/// How a log names an end: "shop/frontend-7c9d8f6b5-*", "pub 203.0.113.50", "hep node-1".
QString flowEndDisplay(const FlowEnd &end);

} // namespace ps
