#include "ui/chain/chaindelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include "ui/chain/chainmodel.h"

namespace ps {

namespace {

using Kind = ChainModel::RowKind;
using State = ChainModel::TraceState;

constexpr int kGap = 20; // between pipeline stages (tiers, profiles, default)
constexpr int kSectionMargin = 6;
constexpr int kBoxIndent = 22; // policy boxes inside a tier box, right of the path rail
constexpr int kBoxTop = 5;
constexpr int kBoxBottom = 6;
constexpr int kRail = 11; // x of the path rail, from the section's left edge

QString badgeText(const QString &action)
{
    if (action == u"Allow")
        return ChainDelegate::tr("Allow");
    if (action == u"Deny")
        return ChainDelegate::tr("Deny");
    if (action == u"Pass")
        return ChainDelegate::tr("Pass");
    if (action == u"Log")
        return ChainDelegate::tr("Log");
    return action;
}

QString kindChip(const QString &kind)
{
    if (kind == u"GlobalNetworkPolicy")
        return ChainDelegate::tr("Global");
    if (kind == u"NetworkPolicy")
        return ChainDelegate::tr("Namespaced");
    if (kind == u"KubernetesNetworkPolicy")
        return ChainDelegate::tr("Kubernetes");
    if (kind == u"StagedGlobalNetworkPolicy")
        return ChainDelegate::tr("Staged global");
    if (kind == u"StagedNetworkPolicy")
        return ChainDelegate::tr("Staged");
    if (kind == u"StagedKubernetesNetworkPolicy")
        return ChainDelegate::tr("Staged Kubernetes");
    if (kind == u"Profile")
        return ChainDelegate::tr("Profile");
    return kind;
}

int badgeWidth(const QFontMetrics &fm)
{
    int w = 0;
    for (const char *a : {"Allow", "Deny", "Pass", "Log"})
        w = std::max(w, fm.horizontalAdvance(badgeText(QString::fromLatin1(a))));
    return w + 14;
}

void drawPill(QPainter *p, const QRectF &rect, const QColor &fill, const QColor &textColor,
    const QString &text, const QFont &font)
{
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    p->setPen(textColor);
    p->setFont(font);
    p->drawText(rect, Qt::AlignCenter, text);
    p->restore();
}

// A pill at the right end of [x0, x1] on the row's centre line; returns its left edge.
int drawTag(QPainter *p, const QFont &font, int x1, int cy, const QString &text, const QColor &fill,
    const QColor &textColor)
{
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 14;
    const int h = fm.height() + 2;
    drawPill(p, QRectF(x1 - w, cy - h / 2.0, w, h), fill, textColor, text, font);
    return x1 - w - 6;
}

QString stateTag(State state, const QString &action, Kind kind)
{
    switch (state) {
    case State::NotMatched:
        return ChainDelegate::tr("no match");
    case State::Matched:
        return ChainDelegate::tr("logged, goes on");
    case State::Passed:
        return kind == Kind::StageEnd || kind == Kind::StageHeader
            ? ChainDelegate::tr("on to the next stage")
            : ChainDelegate::tr("passes to the next tier");
    case State::Decided:
        if (kind == Kind::Rule || kind == Kind::StageEnd || kind == Kind::StageHeader)
            return action == u"Allow" ? ChainDelegate::tr("decides: allow")
                                      : ChainDelegate::tr("decides: deny");
        return ChainDelegate::tr("decides: deny");
    case State::Staged:
        return ChainDelegate::tr("would match (staged)");
    case State::Skipped:
        if (kind == Kind::StageHeader)
            return ChainDelegate::tr("not on this flow's path");
        return kind == Kind::Rule || kind == Kind::TierEnd ? ChainDelegate::tr("skipped")
                                                           : QString();
    default:
        return {};
    }
}

} // namespace

QColor ChainDelegate::actionColor(const QString &action)
{
    if (action == u"Allow")
        return QColor(0x2e, 0x7d, 0x32);
    if (action == u"Deny")
        return QColor(0xc6, 0x28, 0x28);
    if (action == u"Pass")
        return QColor(0xe0, 0x6c, 0x00);
    if (action == u"Log")
        return QColor(0x45, 0x5a, 0x9c);
    return QColor(0x75, 0x75, 0x75);
}

QColor ChainDelegate::pathColor()
{
    return QColor(0x15, 0x65, 0xc0);
}

QColor ChainDelegate::decidedFill()
{
    return QColor(0xff, 0xf1, 0xa8);
}

QSize ChainDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = std::max(option.fontMetrics.height() + 8, 22);
    const auto kind = index.data(ChainModel::RowKindRole).value<Kind>();
    const bool first = index.data(ChainModel::FirstInSectionRole).toBool();
    const bool last = index.data(ChainModel::LastInSectionRole).toBool();
    const bool lastInBox = index.data(ChainModel::LastInBoxRole).toBool();
    int h = line;
    switch (kind) {
    case Kind::TierHeader:
    case Kind::ProfilesHeader:
        h = line + 6;
        break;
    case Kind::PolicyHeader:
        h = line + 4 + kBoxTop;
        break;
    case Kind::TierEnd:
        h = line + 6;
        break;
    case Kind::Final:
        h = line + 10;
        break;
    case Kind::StageHeader:
        h = line + 12;
        break;
    case Kind::StageEnd:
        h = line + 6;
        break;
    default:
        break;
    }
    if (first)
        h += index.row() == 0 ? 4 : kGap;
    if (lastInBox)
        h += kBoxBottom;
    if (last)
        h += 3;
    return {200, h};
}

void ChainDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = index.data(ChainModel::RowKindRole).value<Kind>();
    const auto state = index.data(ChainModel::TraceStateRole).value<State>();
    const bool first = index.data(ChainModel::FirstInSectionRole).toBool();
    const bool last = index.data(ChainModel::LastInSectionRole).toBool();
    const bool inBox = index.data(ChainModel::InBoxRole).toBool();
    const bool lastInBox = index.data(ChainModel::LastInBoxRole).toBool();
    const bool staged = index.data(ChainModel::StagedRole).toBool();
    const int section = index.data(ChainModel::SectionRole).toInt();
    const QString action = index.data(ChainModel::ActionRole).toString();
    const QString text = index.data(ChainModel::TextRole).toString();
    const QString detail = index.data(ChainModel::DetailRole).toString();
    const QPalette &pal = option.palette;
    // The boxes have fixed light fills, so their text is dark whatever the palette.
    const QColor textColor(0x1f, 0x29, 0x33);
    const QColor grey = QColor(0x6b, 0x75, 0x80);

    const QRect r = option.rect;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setClipRect(r);

    const int gap = first ? (index.row() == 0 ? 4 : kGap) : 0;
    const int x0 = r.left() + kSectionMargin;
    const int x1 = r.right() - kSectionMargin;
    const int sTop = r.top() + gap;
    const int sBottom = last ? r.bottom() - 3 : r.bottom() + 1;
    const int railX = x0 + kRail;
    const int bx0 = x0 + kBoxIndent;
    const int bx1 = x1 - 8;
    const int rowBottom = lastInBox ? r.bottom() - kBoxBottom : r.bottom();
    const int cy = (kind == Kind::PolicyHeader ? (r.top() + kBoxTop + rowBottom) / 2
                                               : (sTop + rowBottom) / 2)
        + 1;

    // The stage's box (tier, profiles or the final default).
    QColor fill(0xee, 0xf3, 0xf9), border(0xb4, 0xc4, 0xd8), band(0xda, 0xe5, 0xf2);
    Qt::PenStyle borderStyle = Qt::SolidLine;
    if (section == -1) {
        fill = QColor(0xf5, 0xf1, 0xfa);
        border = QColor(0xc5, 0xb8, 0xdc);
        band = QColor(0xe7, 0xdf, 0xf3);
    } else if (section == -2) {
        fill = QColor(0xfc, 0xeb, 0xea);
        border = QColor(0xe0, 0xa4, 0xa0);
    } else if (kind == Kind::StageHeader) {
        fill = QColor(0xd3, 0xdd, 0xe3);
        border = QColor(0x8d, 0xa2, 0xae);
    } else if (kind == Kind::StageEnd) {
        fill = action == u"Allow" ? QColor(0xe9, 0xf5, 0xea) : QColor(0xf1, 0xf3, 0xf4);
        border = action == u"Allow" ? QColor(0xa5, 0xd0, 0xa8) : QColor(0xc3, 0xcb, 0xd1);
    } else if (staged && (kind == Kind::TierHeader || kind == Kind::TierEnd || !inBox)) {
        borderStyle = Qt::DashLine;
    }
    if (section >= 0 && index.data(ChainModel::StagedRole).toBool() && kind == Kind::TierHeader)
        fill = QColor(0xf8, 0xf5, 0xec);
    const qreal top = first ? sTop + 0.5 : r.top() - 20;
    const qreal bottom = last ? sBottom + 0.5 : r.bottom() + 20;
    p->setPen(QPen(border, 1, borderStyle));
    p->setBrush(fill);
    p->drawRoundedRect(QRectF(x0 + 0.5, top, x1 - x0, bottom - top), 7, 7);
    if (kind == Kind::TierHeader || kind == Kind::ProfilesHeader) {
        p->save();
        p->setClipRect(QRect(x0, sTop, x1 - x0 + 1, r.bottom() - sTop + 1));
        p->setBrush(band);
        p->drawRoundedRect(QRectF(x0 + 0.5, sTop + 0.5, x1 - x0, r.bottom() - sTop + 20), 7, 7);
        p->restore();
        p->setPen(QPen(border, 1));
        p->drawLine(QPointF(x0 + 1, r.bottom() + 0.5), QPointF(x1, r.bottom() + 0.5));
    }

    // The policy or profile box.
    if (inBox) {
        const bool stagedBox = staged && section >= 0;
        const qreal bTop = kind == Kind::PolicyHeader ? r.top() + kBoxTop + 0.5 : r.top() - 20;
        const qreal bBottom = lastInBox ? rowBottom + 0.5 : r.bottom() + 20;
        p->setPen(QPen(stagedBox ? QColor(0xc9, 0x9a, 0x2e) : QColor(0xbd, 0xc9, 0xd8), 1,
            stagedBox ? Qt::DashLine : Qt::SolidLine));
        p->setBrush(stagedBox ? QColor(0xff, 0xf9, 0xec) : QColor(Qt::white));
        p->drawRoundedRect(QRectF(bx0 + 0.5, bTop, bx1 - bx0, bBottom - bTop), 5, 5);
    }

    // The connector from the previous stage, and the path rail.
    const bool onPath = state == State::OnPath || state == State::NotMatched
        || state == State::Matched || state == State::Passed || state == State::Decided;
    if (first && index.row() > 0) {
        const QColor c = onPath ? pathColor() : QColor(0x9a, 0xa5, 0xb1);
        p->setPen(QPen(c, onPath ? 3 : 1.5));
        p->drawLine(QPointF(railX, r.top()), QPointF(railX, sTop - 5));
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        QPainterPath arrow;
        arrow.moveTo(railX - 5, sTop - 7);
        arrow.lineTo(railX + 5, sTop - 7);
        arrow.lineTo(railX, sTop);
        arrow.closeSubpath();
        p->drawPath(arrow);
    }
    if (onPath) {
        p->setPen(QPen(pathColor(), 3, Qt::SolidLine, Qt::FlatCap));
        const qreal from = first ? sTop : r.top();
        const qreal to = state == State::Decided ? cy : r.bottom() + 1;
        p->drawLine(QPointF(railX, from), QPointF(railX, to));
        if (state == State::Decided) {
            p->setPen(Qt::NoPen);
            p->setBrush(pathColor());
            p->drawEllipse(QPointF(railX, cy), 5, 5);
        }
    } else if (state == State::Skipped || state == State::Staged) {
        p->setPen(QPen(pathColor(), 1.5, Qt::DotLine));
        p->drawLine(QPointF(railX, first ? sTop : r.top()), QPointF(railX, r.bottom() + 1));
    }

    // Content.
    const int cx0 = inBox ? bx0 + 8 : (section == -2 ? x0 + kBoxIndent : x0 + kBoxIndent);
    int cx1 = inBox ? bx1 - 8 : x1 - 10;
    const bool faded = state == State::NotReached || state == State::Skipped;
    const bool struck = state == State::NotMatched;

    if (state == State::Decided) {
        const int hx0 = inBox ? bx0 + 2 : x0 + kBoxIndent - 6;
        const int hx1 = inBox ? bx1 - 2 : x1 - 4;
        const int hTop = kind == Kind::Final || kind == Kind::TierEnd || kind == Kind::StageEnd
                || kind == Kind::StageHeader
            ? sTop + 3
            : r.top() + 1;
        const int hBottom = (last ? sBottom : rowBottom) - 2;
        p->setPen(QPen(pathColor(), 2));
        p->setBrush(decidedFill());
        p->drawRoundedRect(QRectF(hx0, hTop, hx1 - hx0, hBottom - hTop), 4, 4);
    }

    QFont font = option.font;
    QFont small = option.font;
    small.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(font);
    const QFontMetrics fmBold(bold);
    const QFontMetrics fmSmall(small);

    if (faded)
        p->setOpacity(0.45);

    // Tag for the trace state, right-aligned.
    const QString tag = stateTag(state, action, kind);
    if (!tag.isEmpty()) {
        QColor tagFill = QColor(0xe3, 0xe7, 0xeb), tagText = grey;
        if (state == State::Decided) {
            tagFill = kind == Kind::Rule || action == u"Allow"
                ? actionColor(action)
                : actionColor(QStringLiteral("Deny"));
            tagText = Qt::white;
        } else if (state == State::Passed) {
            tagFill = actionColor(QStringLiteral("Pass"));
            tagText = Qt::white;
        } else if (state == State::Matched) {
            tagFill = actionColor(QStringLiteral("Log"));
            tagText = Qt::white;
        } else if (state == State::Staged) {
            tagFill = QColor(0xf3, 0xe2, 0xb5);
            tagText = QColor(0x6d, 0x4c, 0x00);
        }
        QFont tagFont = small;
        tagFont.setBold(state == State::Decided);
        cx1 = drawTag(p, tagFont, cx1, cy, tag, tagFill, tagText);
    }

    const auto drawText = [&](int x, int right, const QFont &f, const QColor &c, const QString &s) {
        if (x >= right || s.isEmpty())
            return x;
        const QFontMetrics m(f);
        const QString elided = m.elidedText(s, Qt::ElideRight, right - x);
        p->setFont(f);
        p->setPen(c);
        p->drawText(QRect(x, cy - m.height() / 2 - 1, right - x, m.height() + 2),
            Qt::AlignLeft | Qt::AlignVCenter, elided);
        return x + m.horizontalAdvance(elided);
    };
    const int bw = badgeWidth(fmSmall);
    const int bh = fmSmall.height() + 3;
    const auto badge = [&](int x, const QString &a, bool dim) {
        QColor c = actionColor(a);
        if (dim)
            c = QColor(0xb5, 0xbc, 0xc4);
        QFont f = small;
        f.setBold(true);
        drawPill(p, QRectF(x, cy - bh / 2.0, bw, bh), c, Qt::white, badgeText(a), f);
        return x + bw + 8;
    };

    switch (kind) {
    case Kind::TierHeader: {
        int x = drawText(cx0, cx1, small, grey, tr("TIER"));
        x = drawText(x + 6, cx1, bold, textColor, text);
        const int dw = fmSmall.horizontalAdvance(detail);
        drawText(std::max(x + 12, cx1 - dw), cx1, small, grey, detail);
        break;
    }
    case Kind::ProfilesHeader: {
        int x = drawText(cx0, cx1, bold, textColor, text);
        drawText(x + 10, cx1, small, grey, detail);
        break;
    }
    case Kind::PolicyHeader: {
        const QString chip = kindChip(action);
        const int cw = fmSmall.horizontalAdvance(chip) + 12;
        drawPill(p, QRectF(cx0, cy - bh / 2.0, cw, bh),
            action == u"Profile" ? QColor(0xe3, 0xdb, 0xf0) : QColor(0xdd, 0xe6, 0xf1),
            QColor(0x33, 0x44, 0x55), chip, small);
        int x = cx0 + cw + 8;
        if (staged) {
            const QString s = tr("staged (not enforced)");
            QFont f = small;
            f.setBold(true);
            cx1 = drawTag(p, f, cx1, cy, s, QColor(0xf3, 0xe2, 0xb5), QColor(0x6d, 0x4c, 0x00));
        }
        x = drawText(x, cx1, bold, textColor, text);
        drawText(x + 10, cx1, small, grey, detail);
        break;
    }
    case Kind::Rule: {
        int x = badge(cx0, action, struck);
        const QString number
            = QStringLiteral("#%1").arg(index.data(ChainModel::RuleRefRole).value<RuleRef>().rule);
        drawText(x, cx1, small, grey, number);
        x += fmSmall.horizontalAdvance(QStringLiteral("#00")) + 8;
        QFont f = state == State::Decided ? bold : font;
        f.setStrikeOut(struck);
        drawText(x, cx1, f, struck ? grey : textColor, text);
        break;
    }
    case Kind::NoRules: {
        QFont f = font;
        f.setItalic(true);
        drawText(cx0, cx1, f, grey, text);
        break;
    }
    case Kind::StageHeader: {
        int x = drawText(cx0, cx1, small, QColor(0x4a, 0x5a, 0x66), tr("STAGE"));
        x = drawText(x + 6, cx1, bold, textColor, text);
        drawText(x + 12, cx1, small, QColor(0x3d, 0x4b, 0x55), detail);
        break;
    }
    case Kind::TierEnd:
    case Kind::StageEnd:
    case Kind::Final: {
        int x = cx0;
        if (!action.isEmpty())
            x = badge(x, action, false);
        QFont f = state == State::Decided ? bold : font;
        x = drawText(x, cx1, f, textColor, text);
        drawText(x + 10, cx1, small, grey, detail);
        break;
    }
    }

    p->setOpacity(1);
    if (option.state & QStyle::State_HasFocus && index.data(ChainModel::RuleRefRole).isValid()) {
        p->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        const int fx0 = inBox ? bx0 + 3 : x0 + 3;
        const int fx1 = inBox ? bx1 - 3 : x1 - 3;
        p->drawRect(QRectF(fx0 + 0.5, r.top() + 1.5, fx1 - fx0, rowBottom - r.top() - 3));
    } else if (option.state & QStyle::State_MouseOver
        && index.data(ChainModel::RuleRefRole).isValid() && state != State::Decided) {
        QColor h = pal.color(QPalette::Highlight);
        h.setAlpha(28);
        p->fillRect(QRect(bx0 + 2, r.top() + 1, bx1 - bx0 - 3, rowBottom - r.top() - 1), h);
    }
    p->restore();
}

} // namespace ps
