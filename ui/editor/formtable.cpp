#include "ui/editor/formtable.h"

#include <QHeaderView>
#include <QTableWidget>

#include "core/kube/labelselectortext.h"

namespace ps {

QString tableCell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setTableCell(QTableWidget *table, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    table->setItem(row, column, item);
}

QString selectorCellText(const LabelSelector &selector)
{
    return selector.isEmpty() ? QStringLiteral("{}") : LabelSelectorText::format(selector);
}

QString selectorCellText(const std::optional<LabelSelector> &selector)
{
    return selector ? selectorCellText(*selector) : QString();
}

Result<LabelSelector> parseSelectorCell(const QString &text)
{
    if (text.trimmed() == u"{}")
        return LabelSelector {};
    return LabelSelectorText::parse(text);
}

void setOneLineRows(QTableWidget *table)
{
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
}

} // namespace ps
