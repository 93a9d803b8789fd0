#pragma once
// ChainDelegate: draws ChainModel rows as a pipeline — each tier a box (its header, its
// policies as inner boxes with one row per rule and an action badge, then its end-of-tier
// marker), arrows between the stages, the profiles, and the final default. With a trace, a
// path rail runs down the rows the flow went through; rules that did not match are greyed
// and struck through, and the deciding row is highlighted.

#include <QColor>
#include <QStyledItemDelegate>

namespace ps {

class ChainDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The badge colour of a rule action (Allow, Deny, Pass, Log); grey for anything else.
    static QColor actionColor(const QString &action);
    /// The colour of the traced path and of the deciding row's frame.
    static QColor pathColor();
    static QColor decidedFill();

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ps
