#pragma once
// ChainModel: one direction of an endpoint's rule chain (PolicyEngine::chain) as a flat list
// of pipeline rows — tier header, its policies with their rules, the tier's end marker, then
// the profiles and the final default — for ChainDelegate to draw as nested boxes. A host
// endpoint's chain is split into stage sections in Felix's order (docs/semantics.md: "Host
// endpoints"): failsafe ports, untracked, pre-DNAT (ingress), normal (with the profiles and the
// default), then forward; each stage has its own tiers and the end markers Calico applies there. A
// traced flow (DirectionTrace) marks every row with what happened to it: evaluated and not matched,
// logged, passed, the row that decided, bypassed (a stage this traffic does not go through), or
// never reached.

#include <QAbstractListModel>
#include <QList>

#include "core/eval/endpointchain.h"
#include "core/eval/policyengine.h"
#include "core/eval/trace.h"
#include "ui/ruleref.h"

namespace ps {

class ChainModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class RowKind {
        TierHeader,
        PolicyHeader, // also a profile's header
        Rule,
        NoRules,
        TierEnd,
        ProfilesHeader,
        Final,
        StageHeader, // host endpoints: the title of a stage (failsafe, untracked, ...)
        StageEnd, // host endpoints: what a stage does with what its tiers did not decide
    };
    Q_ENUM(RowKind)

    enum class TraceState {
        None, // no trace shown
        OnPath, // a header or marker the flow went through
        NotMatched, // evaluated, did not match
        Matched, // matched without deciding (Log)
        Passed, // Pass: on to the next tier (rule or end of tier)
        Decided, // the row that decided this direction's verdict
        Skipped, // bypassed: staged (not enforced), or the rest of a tier after Pass
        Staged, // a staged rule that would have matched (not enforced)
        NotReached, // after the decision
    };
    Q_ENUM(TraceState)

    enum Role {
        RowKindRole = Qt::UserRole + 1, // RowKind
        TextRole, // QString: the row's main text (a rule's summary, a policy's name...)
        ActionRole, // QString: Allow, Deny, Pass, Log for rules; Deny/Pass for markers
        RuleRefRole, // RuleRef (policy as a whole for headers; invalid for markers)
        TraceStateRole, // TraceState
        ReasonRole, // QString: the trace's reason for this row, if any
        DetailRole, // QString: secondary text (order, selector, default action...)
        StagedRole, // bool: a staged policy (or a tier of staged policies only)
        SectionRole, // int: tier index in the chain, -1 profiles, -2 the final row, -3 a stage
                     // header, -4 a stage's end
        FirstInSectionRole, // bool
        LastInSectionRole, // bool
        LastInBoxRole, // bool: last row of a policy or profile box
        InBoxRole, // bool: inside a policy or profile box
        StageRole, // QString: host endpoints: failsafe, untracked, preDNAT, normal, forward
    };

    explicit ChainModel(Direction direction, QObject *parent = nullptr);

    Direction direction() const { return m_direction; }
    /// Show `chain` (one direction of `endpoint`'s chain); drops any trace.
    void setChain(const QString &endpoint, const ChainDirection &chain);
    void clear();
    /// Mark the rows with what `trace` (this direction at this endpoint) did.
    void setTrace(const DirectionTrace &trace);
    void clearTrace();
    bool hasTrace() const { return m_hasTrace; }

    /// The row naming `ref` (a rule, or a policy header for rule -1); invalid when absent.
    QModelIndex indexOf(const RuleRef &ref) const;
    /// The row that decided the traced verdict; invalid without a trace.
    QModelIndex decidingIndex() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row {
        RowKind kind = RowKind::Rule;
        QString text;
        QString detail;
        QString action;
        RuleRef ref;
        QString tier;
        QString stage;
        int section = -1;
        bool staged = false;
        bool stagedOnlyTier = false;
        bool firstInSection = false;
        bool lastInSection = false;
        bool lastInBox = false;
        bool inBox = false;
        TraceState state = TraceState::None;
        QString reason;
    };

    void appendRules(const QString &kind, const QString &policy, ResourceId id,
        const QList<ChainRule> &rules, bool staged, int section);
    void appendTiers(const QList<ChainTier> &tiers, const QString &stage, bool endOfTierDeny);
    void appendProfilesAndFinal(const ChainDirection &chain, const QString &stage);
    void appendStageHeader(const QString &stage, const QString &detail);
    void appendStageEnd(
        const QString &stage, const QString &action, const QString &text, const QString &detail);
    void applyTrace(const DirectionTrace &trace);

    Direction m_direction;
    QString m_endpoint;
    QList<Row> m_rows;
    int m_sections = 0; // tier sections numbered so far
    bool m_hasTrace = false;
};

} // namespace ps
