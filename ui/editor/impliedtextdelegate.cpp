#include "ui/editor/impliedtextdelegate.h"

#include <QPainter>

namespace ps {

ImpliedTextDelegate::ImpliedTextDelegate(QString implied, QObject *parent)
    : QStyledItemDelegate(parent), m_implied(std::move(implied))
{
}

void ImpliedTextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (m_implied.isEmpty() || !index.data().toString().isEmpty())
        return;
    painter->save();
    QFont font = option.font;
    font.setItalic(true);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(
        option.rect.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, m_implied);
    painter->restore();
}

} // namespace ps
