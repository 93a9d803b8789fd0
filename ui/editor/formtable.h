#pragma once
// The peer and port tables of the Kubernetes NetworkPolicy form and the admin-tier policy form:
// cells read trimmed and written with their whole text as tooltip (a narrow column cuts it),
// label selectors as kubectl's -l text (core/kube/labelselectortext.h) where "{}" is the empty
// selector (everything) and an empty cell no selector at all, and tables of one line a row.

#include <optional>

#include <QString>

#include "core/model/kubernetes.h"
#include "core/model/result.h"

class QTableWidget;

namespace ps {

/// The trimmed text of cell (row, column), "" when it has no item.
QString tableCell(const QTableWidget *table, int row, int column);
/// Sets cell (row, column) to `text`, its tooltip too.
void setTableCell(QTableWidget *table, int row, int column, const QString &text);
/// "{}" for the empty selector (everything), else kubectl's text.
QString selectorCellText(const LabelSelector &selector);
/// "" for no selector, else as above.
QString selectorCellText(const std::optional<LabelSelector> &selector);
/// A selector typed into a cell or field: "{}" (and "") is everything; else kubectl's text.
Result<LabelSelector> parseSelectorCell(const QString &text);
/// One line a row, cut in the middle, headers from their start: more rows fit.
void setOneLineRows(QTableWidget *table);

} // namespace ps
