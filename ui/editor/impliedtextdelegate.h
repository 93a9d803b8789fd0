#pragma once
// ImpliedTextDelegate: a table column whose empty cells show, greyed and in italics, what an
// empty cell means (the protocol TCP the API server fills in): implied, not written.

#include <QStyledItemDelegate>

namespace ps {

class ImpliedTextDelegate : public QStyledItemDelegate {
public:
    ImpliedTextDelegate(QString implied, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    /// "" shows nothing in empty cells.
    void setImplied(const QString &implied) { m_implied = implied; }

private:
    QString m_implied;
};

} // namespace ps
