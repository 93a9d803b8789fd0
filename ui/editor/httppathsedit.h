#pragma once
// HttpPathsEdit: a rule's HTTP path matches (http.paths) as rows of a kind (exact or prefix)
// and a path, with Add and Remove. Each row is checked with core/validate's
// RuleValidator::checkHttpPath; an invalid row is marked (red frame, tooltip with the reason)
// and nothing is emitted until every row is valid again, so the rule keeps its last good
// paths. edited() carries the whole new list and a field key: "paths[i]" while typing in row
// i (consecutive keys merge into one undo step), empty for one-click changes.

#include <QList>
#include <QWidget>

#include "core/model/rule.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace ps {

class HttpPathsEdit : public QWidget {
    Q_OBJECT
public:
    explicit HttpPathsEdit(QWidget *parent = nullptr);

    /// Shows `paths`; rows being edited stay when they already produce them, unless `keepRows`
    /// is false (another rule's paths are shown).
    void setPaths(const QList<HttpPath> &paths, bool keepRows = true);
    /// The paths last shown or emitted.
    const QList<HttpPath> &paths() const { return m_committed; }

    int rowCount() const { return int(m_rows.size()); }
    QComboBox *kindCombo(int row) const { return m_rows.at(row).kind; }
    QLineEdit *valueEdit(int row) const { return m_rows.at(row).value; }
    QToolButton *removeButton(int row) const { return m_rows.at(row).remove; }
    QToolButton *addButton() const { return m_add; }
    /// The reasons row `row` is invalid, or empty.
    QString errorText(int row) const;

    /// Appends a "prefix /" path (valid, so it is one edit) and focuses its value.
    void addPath();
    void removePath(int row);

Q_SIGNALS:
    void edited(const QList<HttpPath> &paths, const QString &field);

private:
    struct Row {
        QWidget *widget = nullptr;
        QComboBox *kind = nullptr;
        QLineEdit *value = nullptr;
        QToolButton *remove = nullptr;
    };
    void appendRow();
    void dropRow(const Row &row);
    void showPath(const Row &row, const HttpPath &path);
    HttpPath pathOf(const Row &row) const;
    void onRowEdited(QWidget *rowWidget, bool typing);
    int rowOf(QWidget *rowWidget) const;

    QList<Row> m_rows;
    QList<HttpPath> m_committed;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_none;
    QToolButton *m_add;
};

} // namespace ps
