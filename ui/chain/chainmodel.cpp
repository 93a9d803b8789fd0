#include "ui/chain/chainmodel.h"

#include <algorithm>

#include "core/eval/flow.h"
#include "core/model/protocol.h"
#include "core/report/explainer.h"

namespace ps {

ChainModel::ChainModel(Direction direction, QObject *parent)
    : QAbstractListModel(parent), m_direction(direction)
{
}

void ChainModel::appendRules(const QString &kind, const QString &policy, ResourceId id,
    const QList<ChainRule> &rules, bool staged, int section)
{
    const QString tier = section >= 0 && !m_rows.isEmpty() ? m_rows.last().tier : QString();
    for (const ChainRule &r : rules) {
        Row row;
        row.kind = RowKind::Rule;
        row.text = describeRule(r.rule);
        row.detail = tr("rule %1").arg(r.index);
        row.action = r.action;
        row.ref = {kind, policy, m_direction, r.index, id};
        row.tier = tier;
        row.section = section;
        row.staged = staged;
        row.inBox = true;
        m_rows.append(row);
    }
}

void ChainModel::appendTiers(
    const QList<ChainTier> &tiers, const QString &stage, bool endOfTierDeny)
{
    const QString dirName = m_direction == Direction::Ingress ? tr("ingress") : tr("egress");
    for (const ChainTier &tier : tiers) {
        const int section = m_sections++;
        Row header;
        header.kind = RowKind::TierHeader;
        header.text = tier.name;
        header.action = tier.defaultAction;
        header.detail = tier.stagedOnly ? tr("staged policies only: not enforced")
            : endOfTierDeny             ? tr("default action: %1").arg(tier.defaultAction)
                                        : tr("no end-of-tier deny");
        header.tier = tier.name;
        header.stage = stage;
        header.section = section;
        header.staged = tier.stagedOnly;
        header.stagedOnlyTier = tier.stagedOnly;
        header.firstInSection = true;
        m_rows.append(header);
        for (qsizetype i = 0; i < tier.policies.size(); ++i) {
            const ChainPolicy &p = tier.policies[i];
            Row row;
            row.kind = RowKind::PolicyHeader;
            row.text = p.name;
            QStringList detail;
            if (p.order)
                detail.append(tr("order %1").arg(*p.order));
            if (!p.selector.isEmpty())
                detail.append(tr("selector %1").arg(p.selector));
            row.detail = detail.join(QStringLiteral(" · "));
            row.action = p.kind;
            row.ref = {p.kind, p.name, m_direction, -1, p.id};
            row.tier = tier.name;
            row.stage = stage;
            row.section = section;
            row.staged = p.staged;
            row.stagedOnlyTier = tier.stagedOnly;
            row.inBox = true;
            m_rows.append(row);
            if (p.rules.isEmpty()) {
                Row none = row;
                none.kind = RowKind::NoRules;
                none.detail.clear();
                none.action.clear();
                const bool enforcedFollows = std::any_of(tier.policies.begin() + i + 1,
                    tier.policies.end(), [](const ChainPolicy &q) { return !q.staged; });
                if (p.staged)
                    none.text = tr("no %1 rules").arg(dirName);
                else if (enforcedFollows)
                    none.text = tr("no %1 rules: on to the next policy of the tier").arg(dirName);
                else
                    none.text = tr("no %1 rules: on to the end of the tier").arg(dirName);
                m_rows.append(none);
            } else {
                appendRules(p.kind, p.name, p.id, p.rules, p.staged, section);
                for (qsizetype k = m_rows.size() - p.rules.size(); k < m_rows.size(); ++k)
                    m_rows[k].stage = stage;
            }
            m_rows.last().lastInBox = true;
        }
        Row end;
        end.kind = RowKind::TierEnd;
        end.tier = tier.name;
        end.stage = stage;
        end.section = section;
        end.lastInSection = true;
        end.stagedOnlyTier = tier.stagedOnly;
        end.staged = tier.stagedOnly;
        if (tier.stagedOnly) {
            end.text = tr("staged policies only: the tier is skipped");
        } else if (!endOfTierDeny) {
            end.action = QStringLiteral("Pass");
            end.text = tr("end of tier: no verdict");
            end.detail = tr("what no rule decided goes on to the next tier");
        } else if (tier.defaultAction == u"Pass") {
            end.action = QStringLiteral("Pass");
            end.text = tr("end of tier: pass");
            end.detail = tr("what no rule decided goes on to the next tier");
        } else {
            end.action = QStringLiteral("Deny");
            end.text = tr("end of tier: deny");
            end.detail = tr("what no rule allowed, denied or passed is denied");
        }
        m_rows.append(end);
    }
}

void ChainModel::appendProfilesAndFinal(const ChainDirection &chain, const QString &stage)
{
    const QString dirName = m_direction == Direction::Ingress ? tr("ingress") : tr("egress");
    Row profiles;
    profiles.kind = RowKind::ProfilesHeader;
    profiles.text = tr("Profiles");
    profiles.detail = chain.tiers.isEmpty()
        ? tr("no policy applies for %1: the profiles decide").arg(dirName)
        : tr("reached only when every tier passed");
    profiles.stage = stage;
    profiles.section = -1;
    profiles.firstInSection = true;
    m_rows.append(profiles);
    for (const ChainProfile &p : chain.profiles) {
        Row row;
        row.kind = RowKind::PolicyHeader;
        row.text = p.name;
        row.action = QStringLiteral("Profile");
        row.detail = p.defined ? QString() : tr("not defined");
        row.ref = {QStringLiteral("Profile"), p.name, m_direction, -1};
        row.stage = stage;
        row.section = -1;
        row.inBox = true;
        m_rows.append(row);
        if (p.rules.isEmpty()) {
            Row none = row;
            none.kind = RowKind::NoRules;
            none.detail.clear();
            none.action.clear();
            none.text = tr("no %1 rules").arg(dirName);
            m_rows.append(none);
        } else {
            appendRules(QStringLiteral("Profile"), p.name, {}, p.rules, false, -1);
            for (qsizetype k = m_rows.size() - p.rules.size(); k < m_rows.size(); ++k)
                m_rows[k].stage = stage;
        }
        m_rows.last().lastInBox = true;
    }
    if (chain.profiles.isEmpty()) {
        Row none;
        none.kind = RowKind::NoRules;
        none.text = tr("no profiles");
        none.stage = stage;
        none.section = -1;
        m_rows.append(none);
    }
    m_rows.last().lastInSection = true;

    Row final;
    final.kind = RowKind::Final;
    final.action = QStringLiteral("Deny");
    final.text = tr("default: deny");
    final.detail = tr("nothing allowed the flow");
    final.stage = stage;
    final.section = -2;
    final.firstInSection = true;
    final.lastInSection = true;
    m_rows.append(final);
}

void ChainModel::appendStageHeader(const QString &stage, const QString &detail)
{
    Row row;
    row.kind = RowKind::StageHeader;
    row.stage = stage;
    if (stage == u"failsafe") {
        row.text = tr("Failsafe ports");
        row.action = QStringLiteral("Allow");
    } else if (stage == u"untracked")
        row.text = tr("Untracked");
    else if (stage == u"preDNAT")
        row.text = tr("Pre-DNAT");
    else if (stage == u"forward")
        row.text = tr("Forward");
    else
        row.text = tr("Normal");
    row.detail = detail;
    row.section = -3;
    row.firstInSection = true;
    row.lastInSection = true;
    m_rows.append(row);
}

void ChainModel::appendStageEnd(
    const QString &stage, const QString &action, const QString &text, const QString &detail)
{
    Row row;
    row.kind = RowKind::StageEnd;
    row.stage = stage;
    row.action = action;
    row.text = text;
    row.detail = detail;
    row.section = -4;
    row.firstInSection = true;
    row.lastInSection = true;
    m_rows.append(row);
}

void ChainModel::setChain(const QString &endpoint, const ChainDirection &chain)
{
    beginResetModel();
    m_rows.clear();
    m_sections = 0;
    m_endpoint = endpoint;
    m_hasTrace = false;
    if (chain.stages.isEmpty()) {
        appendTiers(chain.tiers, QString(), true);
        appendProfilesAndFinal(chain, QString());
        endResetModel();
        return;
    }

    // A host endpoint: Felix's stages in order (docs/semantics.md: "Host endpoints").
    const bool ingress = m_direction == Direction::Ingress;
    QStringList ports;
    for (const auto &[protocol, port] : failsafeHostPorts(m_direction))
        ports.append(QStringLiteral("%1 %2").arg(protocolDisplayName(protocol)).arg(port));
    appendStageHeader(QStringLiteral("failsafe"),
        tr("accepted before any policy: %1").arg(ports.join(QStringLiteral(", "))));
    const auto stageDetail = [&](const QString &stage, const ChainStage *s) {
        const QString what = stage == u"untracked"
            ? tr("doNotTrack · before conntrack · an allow skips the later stages")
            : stage == u"preDNAT" ? tr("preDNAT · before DNAT · an allow skips normal and forward")
            : stage == u"forward" ? tr("applyOnForward · forwarded traffic only")
                                  : tr("traffic to or from the host itself");
        if (s && s->tiers.isEmpty())
            return tr("no policy: the stage does not apply");
        return what;
    };
    const ChainStage *forward = nullptr;
    for (const ChainStage &s : chain.stages) {
        if (s.stage == u"forward") {
            forward = &s;
            continue;
        }
        appendStageHeader(s.stage, stageDetail(s.stage, &s));
        appendTiers(s.tiers, s.stage, false);
        if (!s.tiers.isEmpty()) {
            appendStageEnd(s.stage, QStringLiteral("Pass"), tr("no verdict: on to the next stage"),
                s.stage == u"untracked" && ingress ? tr("pre-DNAT next")
                                                   : tr("normal or forward next"));
        }
    }
    appendStageHeader(QStringLiteral("normal"), stageDetail(QStringLiteral("normal"), nullptr));
    appendTiers(chain.tiers, QStringLiteral("normal"), true);
    appendProfilesAndFinal(chain, QStringLiteral("normal"));
    if (forward) {
        appendStageHeader(forward->stage, stageDetail(forward->stage, forward));
        appendTiers(forward->tiers, forward->stage, true);
        appendStageEnd(forward->stage, QStringLiteral("Allow"),
            forward->tiers.isEmpty() ? tr("default: allow forwarded traffic")
                                     : tr("every tier passed: allow"),
            tr("what no policy decided is allowed"));
    }
    endResetModel();
}

void ChainModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_endpoint.clear();
    m_hasTrace = false;
    endResetModel();
}

void ChainModel::setTrace(const DirectionTrace &trace)
{
    applyTrace(trace);
    m_hasTrace = true;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void ChainModel::clearTrace()
{
    if (!m_hasTrace)
        return;
    for (Row &row : m_rows) {
        row.state = TraceState::None;
        row.reason.clear();
    }
    m_hasTrace = false;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

// The engine's steps name only what mattered (rules that matched, ends of tiers, staged
// verdicts, the default); evaluation is in row order, so every enforced rule before the
// deciding one that has no step was evaluated and did not match (docs/semantics.md: "Evaluating a
// packet at an endpoint").
void ChainModel::applyTrace(const DirectionTrace &trace)
{
    // Host endpoints: the stages this traffic goes through. A failsafe port of forwarded
    // traffic bypasses the untracked and pre-DNAT stages (they run in the raw and mangle tables
    // after the failsafe rules).
    QStringList path = trace.stages;
    const TraceStep *failsafe = nullptr;
    for (const TraceStep &s : trace.steps) {
        if (s.stage == u"failsafe")
            failsafe = &s;
    }
    if (failsafe && failsafe->action != u"allow") {
        path.removeAll(QStringLiteral("untracked"));
        path.removeAll(QStringLiteral("preDNAT"));
    }
    const auto findStep = [&](const Row &row, int rule) -> const TraceStep * {
        for (const TraceStep &s : trace.steps) {
            if (s.stage == row.stage && s.tier == row.tier
                && row.ref.samePolicy({s.kind, s.policy, m_direction, -1, s.policyId})
                && s.rule == rule)
                return &s;
        }
        return nullptr;
    };
    const auto findTierStep = [&](const Row &row, const QString &action) -> const TraceStep * {
        for (const TraceStep &s : trace.steps) {
            if (s.stage == row.stage && s.tier == row.tier && s.action == action)
                return &s;
        }
        return nullptr;
    };
    const auto findStageStep = [&](const QString &stage, const QString &action) {
        const TraceStep *found = nullptr;
        for (const TraceStep &s : trace.steps) {
            if (s.stage == stage && s.action == action)
                found = &s;
        }
        return found;
    };

    bool decided = false;
    bool passed = false; // the rest of the current tier is bypassed
    bool offPath = false; // a stage this traffic does not go through
    TraceState box = TraceState::None;
    for (Row &row : m_rows) {
        row.reason.clear();
        row.state = TraceState::NotReached;
        if (row.kind == RowKind::StageHeader) {
            passed = false;
            if (row.stage == u"failsafe") {
                offPath = false;
                if (decided)
                    continue;
                if (failsafe) {
                    row.reason = explainStep(*failsafe);
                    row.state
                        = failsafe->action == u"allow" ? TraceState::Decided : TraceState::Passed;
                    decided = row.state == TraceState::Decided;
                } else {
                    row.state = TraceState::NotMatched;
                }
                continue;
            }
            // A stage this traffic never goes through is bypassed, even after the decision.
            offPath = !path.contains(row.stage);
            if (offPath)
                row.state = TraceState::Skipped;
            else if (!decided)
                row.state = TraceState::OnPath;
            continue;
        }
        if (offPath) {
            row.state = TraceState::Skipped;
            continue;
        }
        switch (row.kind) {
        case RowKind::StageHeader:
            break;
        case RowKind::StageEnd:
            if (decided)
                break;
            if (const TraceStep *s = findStageStep(row.stage, QStringLiteral("default-allow"))) {
                row.state = TraceState::Decided;
                row.reason = explainStep(*s);
                decided = true;
            } else {
                row.state = TraceState::Passed;
                if (const TraceStep *n = findStageStep(row.stage, QStringLiteral("next-stage")))
                    row.reason = explainStep(*n);
            }
            break;
        case RowKind::TierHeader:
            passed = false;
            if (!decided)
                row.state = row.stagedOnlyTier ? TraceState::Skipped : TraceState::OnPath;
            break;
        case RowKind::PolicyHeader:
            if (!decided)
                row.state = row.staged || passed ? TraceState::Skipped : TraceState::OnPath;
            box = row.state;
            if (row.staged) {
                if (const TraceStep *s = findStep(row, -1))
                    row.reason = explainStep(*s);
            }
            break;
        case RowKind::NoRules:
            if (!decided)
                row.state = box == TraceState::OnPath ? TraceState::OnPath : TraceState::Skipped;
            break;
        case RowKind::Rule: {
            if (decided)
                break;
            const TraceStep *s = findStep(row, row.ref.rule);
            if (box != TraceState::OnPath) {
                row.state = row.staged && s && s->action.startsWith(u"would-")
                    ? TraceState::Staged
                    : TraceState::Skipped;
                if (s)
                    row.reason = explainStep(*s);
                break;
            }
            if (!s) {
                row.state = TraceState::NotMatched;
                break;
            }
            row.reason = explainStep(*s);
            if (s->action == u"log") {
                row.state = TraceState::Matched;
            } else if (s->action == u"pass") {
                row.state = TraceState::Passed;
                passed = true;
                box = TraceState::Skipped; // Pass ends the policy (and the tier, or the profile)
            } else {
                row.state = TraceState::Decided;
                decided = true;
            }
            break;
        }
        case RowKind::TierEnd:
            if (decided)
                break;
            if (row.stagedOnlyTier || passed) {
                row.state = TraceState::Skipped;
            } else if (const TraceStep *s = findTierStep(row, QStringLiteral("end-of-tier-deny"))) {
                row.state = TraceState::Decided;
                row.reason = explainStep(*s);
                decided = true;
            } else if (const TraceStep *p = findTierStep(row, QStringLiteral("end-of-tier-pass"))) {
                row.state = TraceState::Passed;
                row.reason = explainStep(*p);
            } else {
                row.state = TraceState::OnPath;
            }
            break;
        case RowKind::ProfilesHeader:
            passed = false;
            if (!decided)
                row.state = TraceState::OnPath;
            break;
        case RowKind::Final:
            if (decided)
                break;
            row.state = TraceState::Decided;
            for (const TraceStep &s : trace.steps) {
                if (s.action == u"default-deny")
                    row.reason = explainStep(s);
            }
            decided = true;
            break;
        }
    }
}

QModelIndex ChainModel::indexOf(const RuleRef &ref) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const bool kindFits
            = ref.rule < 0 ? row.kind == RowKind::PolicyHeader : row.kind == RowKind::Rule;
        if (kindFits && row.ref.samePolicy(ref) && row.ref.rule == ref.rule
            && ref.direction == m_direction)
            return index(int(i));
    }
    return {};
}

QModelIndex ChainModel::decidingIndex() const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state == TraceState::Decided)
            return index(int(i));
    }
    return {};
}

int ChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChainModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (row.kind) {
        case RowKind::TierHeader:
            return tr("Tier %1 (%2)").arg(row.text, row.detail);
        case RowKind::PolicyHeader:
            return row.staged ? tr("%1 %2 (staged, not enforced)").arg(row.ref.kind, row.text)
                              : QStringLiteral("%1 %2").arg(row.ref.kind, row.text);
        case RowKind::Rule:
            return QStringLiteral("[%1] %2 %3").arg(row.ref.rule).arg(row.action, row.text);
        case RowKind::StageHeader:
            return tr("Stage %1 (%2)").arg(row.text, row.detail);
        default:
            return row.text;
        }
    case Qt::ToolTipRole: {
        QString tip = data(index, Qt::DisplayRole).toString();
        if (!row.detail.isEmpty() && row.kind != RowKind::TierHeader
            && row.kind != RowKind::StageHeader)
            tip += u'\n' + row.detail;
        if (!row.reason.isEmpty())
            tip += u'\n' + row.reason;
        return tip;
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case RowKindRole:
        return QVariant::fromValue(row.kind);
    case TextRole:
        return row.text;
    case ActionRole:
        return row.action;
    case RuleRefRole:
        return row.ref.isValid() ? QVariant::fromValue(row.ref) : QVariant();
    case TraceStateRole:
        return QVariant::fromValue(row.state);
    case ReasonRole:
        return row.reason;
    case DetailRole:
        return row.detail;
    case StagedRole:
        return row.staged;
    case SectionRole:
        return row.section;
    case FirstInSectionRole:
        return row.firstInSection;
    case LastInSectionRole:
        return row.lastInSection;
    case LastInBoxRole:
        return row.lastInBox;
    case InBoxRole:
        return row.inBox;
    case StageRole:
        return row.stage;
    default:
        return {};
    }
}

Qt::ItemFlags ChainModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    const Row &row = m_rows[index.row()];
    if (row.ref.isValid())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled;
}

} // namespace ps
