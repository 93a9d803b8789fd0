#include "ui/chain/chainmodel.h"

#include <algorithm>

namespace ps {

ChainModel::ChainModel(Direction direction, QObject *parent)
    : QAbstractListModel(parent), m_direction(direction)
{
}

void ChainModel::appendRules(const QString &kind, const QString &policy,
    const QList<ChainRule> &rules, bool staged, int section)
{
    const QString tier = section >= 0 && !m_rows.isEmpty() ? m_rows.last().tier : QString();
    for (const ChainRule &r : rules) {
        Row row;
        row.kind = RowKind::Rule;
        row.text = r.summary;
        row.detail = tr("rule %1").arg(r.index);
        row.action = r.action;
        row.ref = {kind, policy, m_direction, r.index};
        row.tier = tier;
        row.section = section;
        row.staged = staged;
        row.inBox = true;
        m_rows.append(row);
    }
}

void ChainModel::setChain(const QString &endpoint, const ChainDirection &chain)
{
    beginResetModel();
    m_rows.clear();
    m_endpoint = endpoint;
    m_hasTrace = false;
    const QString dirName = m_direction == Direction::Ingress ? tr("ingress") : tr("egress");
    for (qsizetype t = 0; t < chain.tiers.size(); ++t) {
        const ChainTier &tier = chain.tiers[t];
        const int section = int(t);
        Row header;
        header.kind = RowKind::TierHeader;
        header.text = tier.name;
        header.action = tier.defaultAction;
        header.detail = tier.stagedOnly ? tr("staged policies only: not enforced")
                                        : tr("default action: %1").arg(tier.defaultAction);
        header.tier = tier.name;
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
            row.ref = {p.kind, p.name, m_direction, -1};
            row.tier = tier.name;
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
                appendRules(p.kind, p.name, p.rules, p.staged, section);
            }
            m_rows.last().lastInBox = true;
        }
        Row end;
        end.kind = RowKind::TierEnd;
        end.tier = tier.name;
        end.section = section;
        end.lastInSection = true;
        end.stagedOnlyTier = tier.stagedOnly;
        end.staged = tier.stagedOnly;
        if (tier.stagedOnly) {
            end.text = tr("staged policies only: the tier is skipped");
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

    Row profiles;
    profiles.kind = RowKind::ProfilesHeader;
    profiles.text = tr("Profiles");
    profiles.detail = chain.tiers.isEmpty()
        ? tr("no policy applies for %1: the profiles decide").arg(dirName)
        : tr("reached only when every tier passed");
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
            appendRules(QStringLiteral("Profile"), p.name, p.rules, false, -1);
        }
        m_rows.last().lastInBox = true;
    }
    if (chain.profiles.isEmpty()) {
        Row none;
        none.kind = RowKind::NoRules;
        none.text = tr("no profiles");
        none.section = -1;
        m_rows.append(none);
    }
    m_rows.last().lastInSection = true;

    Row final;
    final.kind = RowKind::Final;
    final.action = QStringLiteral("Deny");
    final.text = tr("default: deny");
    final.detail = tr("nothing allowed the flow");
    final.section = -2;
    final.firstInSection = true;
    final.lastInSection = true;
    m_rows.append(final);
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
// deciding one that has no step was evaluated and did not match (calico-semantics §4.4).
void ChainModel::applyTrace(const DirectionTrace &trace)
{
    const auto findStep = [&](const Row &row, int rule) -> const TraceStep * {
        for (const TraceStep &s : trace.steps) {
            if (s.tier == row.tier && s.policy == row.ref.policy && s.kind == row.ref.kind
                && s.rule == rule)
                return &s;
        }
        return nullptr;
    };
    const auto findTierStep = [&](const QString &tier, const QString &action) -> const TraceStep * {
        for (const TraceStep &s : trace.steps) {
            if (s.tier == tier && s.action == action)
                return &s;
        }
        return nullptr;
    };

    bool decided = false;
    bool passed = false; // the rest of the current tier is bypassed
    TraceState box = TraceState::None;
    for (Row &row : m_rows) {
        row.reason.clear();
        row.state = TraceState::NotReached;
        switch (row.kind) {
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
                    row.reason = s->reason;
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
                    row.reason = s->reason;
                break;
            }
            if (!s) {
                row.state = TraceState::NotMatched;
                break;
            }
            row.reason = s->reason;
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
            } else if (const TraceStep *s
                = findTierStep(row.tier, QStringLiteral("end-of-tier-deny"))) {
                row.state = TraceState::Decided;
                row.reason = s->reason;
                decided = true;
            } else if (const TraceStep *p
                = findTierStep(row.tier, QStringLiteral("end-of-tier-pass"))) {
                row.state = TraceState::Passed;
                row.reason = p->reason;
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
                    row.reason = s.reason;
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
        if (kindFits && row.ref.kind == ref.kind && row.ref.policy == ref.policy
            && row.ref.rule == ref.rule && ref.direction == m_direction)
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
        default:
            return row.text;
        }
    case Qt::ToolTipRole: {
        QString tip = data(index, Qt::DisplayRole).toString();
        if (!row.detail.isEmpty() && row.kind != RowKind::TierHeader)
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
