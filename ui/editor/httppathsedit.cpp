#include "ui/editor/httppathsedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/validate/rulevalidator.h"

namespace ps {

namespace {

enum Kind { Exact, Prefix };

void markInvalid(QLineEdit *edit, const QString &error)
{
    edit->setStyleSheet(
        error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    edit->setToolTip(error);
}

} // namespace

HttpPathsEdit::HttpPathsEdit(QWidget *parent)
    : QWidget(parent), m_rowsLayout(new QVBoxLayout), m_none(new QLabel(tr("any path"), this)),
      m_add(new QToolButton(this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_none->setEnabled(false); // a hint, greyed
    m_add->setText(tr("Add path"));
    m_add->setToolTip(tr("Add an HTTP path match"));
    connect(m_add, &QToolButton::clicked, this, &HttpPathsEdit::addPath);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_none);
    bottom->addWidget(m_add);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(bottom);
}

void HttpPathsEdit::appendRow()
{
    Row row;
    row.widget = new QWidget(this);
    row.kind = new QComboBox(row.widget);
    row.kind->addItem(tr("exact"), Exact);
    row.kind->addItem(tr("prefix"), Prefix);
    row.kind->setToolTip(tr("exact: the whole path; prefix: paths that start with it"));
    row.value = new QLineEdit(row.widget);
    row.value->setPlaceholderText(tr("/path"));
    row.remove = new QToolButton(row.widget);
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Remove this path"));
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.kind);
    layout->addWidget(row.value, 1);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);

    QWidget *w = row.widget;
    connect(row.kind, &QComboBox::activated, this, [this, w] { onRowEdited(w, false); });
    connect(row.value, &QLineEdit::textEdited, this, [this, w] { onRowEdited(w, true); });
    connect(row.remove, &QToolButton::clicked, this, [this, w] { removePath(rowOf(w)); });
    m_rows.append(row);
}

void HttpPathsEdit::showPath(const Row &row, const HttpPath &path)
{
    const bool exact = path.prefix.isEmpty() && !path.exact.isEmpty();
    row.kind->setCurrentIndex(row.kind->findData(exact ? Exact : Prefix));
    const QString value = exact ? path.exact : path.prefix;
    if (row.value->text() != value)
        row.value->setText(value);
    // a match with both set (only from YAML) shows as prefix and is flagged
    const QList<RuleValidator::HttpPathError> errors = RuleValidator::checkHttpPath(path);
    markInvalid(row.value, errors.isEmpty() ? QString() : errors.first().message);
}

void HttpPathsEdit::dropRow(const Row &row)
{
    // later: the row's own Remove button may be what is being clicked
    m_rowsLayout->removeWidget(row.widget);
    row.widget->hide();
    row.widget->deleteLater();
}

HttpPath HttpPathsEdit::pathOf(const Row &row) const
{
    HttpPath path;
    (row.kind->currentData().toInt() == Exact ? path.exact : path.prefix) = row.value->text();
    return path;
}

int HttpPathsEdit::rowOf(QWidget *rowWidget) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].widget == rowWidget)
            return i;
    return -1;
}

QString HttpPathsEdit::errorText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].value->toolTip() : QString();
}

void HttpPathsEdit::setPaths(const QList<HttpPath> &paths, bool keepRows)
{
    if (keepRows && paths == m_committed && m_rows.size() == paths.size())
        return;
    m_committed = paths;
    while (m_rows.size() > paths.size())
        dropRow(m_rows.takeLast());
    while (m_rows.size() < paths.size())
        appendRow();
    for (int i = 0; i < paths.size(); ++i)
        showPath(m_rows[i], paths[i]);
    m_none->setVisible(m_rows.isEmpty());
}

void HttpPathsEdit::onRowEdited(QWidget *rowWidget, bool typing)
{
    const int changed = rowOf(rowWidget);
    if (changed < 0)
        return;
    QList<HttpPath> paths;
    bool valid = true;
    for (const Row &row : std::as_const(m_rows)) {
        const HttpPath path = pathOf(row);
        const QList<RuleValidator::HttpPathError> errors = RuleValidator::checkHttpPath(path);
        QStringList messages;
        for (const RuleValidator::HttpPathError &e : errors)
            messages.append(e.message);
        markInvalid(row.value, messages.join(u'\n'));
        valid = valid && errors.isEmpty();
        paths.append(path);
    }
    if (!valid || paths == m_committed)
        return;
    m_committed = paths;
    Q_EMIT edited(paths, typing ? QStringLiteral("paths[%1]").arg(changed) : QString());
}

void HttpPathsEdit::addPath()
{
    QList<HttpPath> paths = m_committed;
    HttpPath path;
    path.prefix = QStringLiteral("/");
    paths.append(path);
    setPaths(paths);
    Q_EMIT edited(paths, {});
    QLineEdit *value = m_rows.last().value;
    value->setFocus(Qt::OtherFocusReason);
    value->end(false);
}

void HttpPathsEdit::removePath(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    // the rows still being typed into (invalid) go with the committed list they were made from
    QList<HttpPath> paths = m_committed;
    if (row < paths.size())
        paths.removeAt(row);
    dropRow(m_rows.takeAt(row));
    m_committed.clear(); // force setPaths() to show exactly `paths`
    setPaths(paths);
    Q_EMIT edited(paths, {});
}

} // namespace ps
