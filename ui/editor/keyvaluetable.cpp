#include "ui/editor/keyvaluetable.h"

#include <algorithm>

#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/editor/keyvaluemodel.h"

namespace ps {

namespace {

constexpr int kMaxRows = 6; // more scroll

/// Line edits with the table's completions: keys in the key column, the values known for the
/// row's key in the value column.
class CompletingDelegate : public QStyledItemDelegate {
public:
    explicit CompletingDelegate(KeyValueTable *table) : QStyledItemDelegate(table), m_table(table)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (!line)
            return editor;
        QStringList choices;
        if (index.column() == KeyValueModel::KeyColumn) {
            choices = m_table->keyCompletions();
        } else {
            const QString key
                = index.siblingAtColumn(KeyValueModel::KeyColumn).data(Qt::EditRole).toString();
            choices = m_table->valueCompletions(key);
        }
        if (!choices.isEmpty()) {
            auto *completer = new QCompleter(new QStringListModel(choices, line), line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
            // Return in the completion list never reaches the delegate's event filter (the
            // completer hands it to the line edit directly): commit from returnPressed then,
            // after the delegate's own commit had its chance, so one Return always commits.
            const QPersistentModelIndex cell(index);
            // createEditor() is const; committing is what the delegate's signals are for
            auto *self = const_cast<CompletingDelegate *>(this);
            connect(line, &QLineEdit::returnPressed, self, [self, line, cell] {
                QMetaObject::invokeMethod(
                    self,
                    [self, line = QPointer<QLineEdit>(line), cell] {
                        if (!line || self->m_table->view()->indexWidget(cell) != line)
                            return; // already committed and closed
                        Q_EMIT self->commitData(line);
                        Q_EMIT self->closeEditor(line, QAbstractItemDelegate::NoHint);
                    },
                    Qt::QueuedConnection);
            });
        }
        return line;
    }

private:
    KeyValueTable *m_table;
};

} // namespace

KeyValueTable::KeyValueTable(MetaRules::MapKind kind, QWidget *parent)
    : QWidget(parent), m_model(new KeyValueModel(kind, this)), m_view(new QTableView(this)),
      m_add(new QToolButton(this)), m_remove(new QToolButton(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CompletingDelegate(this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    const bool labels = kind == MetaRules::MapKind::Labels;
    auto *addAction = new QAction(labels ? tr("Add label") : tr("Add annotation"), this);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    auto *removeAction = new QAction(
        labels ? tr("Remove selected labels") : tr("Remove selected annotations"), this);
    removeAction->setShortcut(QKeySequence(QKeySequence::Delete));
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(addAction);
    m_view->addAction(removeAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(addAction, &QAction::triggered, this, &KeyValueTable::addEntry);
    connect(removeAction, &QAction::triggered, this, &KeyValueTable::removeSelectedEntries);

    m_add->setText(tr("Add"));
    m_add->setToolTip(addAction->text() + QStringLiteral(" (")
        + addAction->shortcut().toString(QKeySequence::NativeText) + u')');
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(removeAction->text() + QStringLiteral(" (")
        + removeAction->shortcut().toString(QKeySequence::NativeText) + u')');
    // both buttons as wide as the wider one
    const int width = std::max(m_add->sizeHint().width(), m_remove->sizeHint().width());
    m_add->setMinimumWidth(width);
    m_remove->setMinimumWidth(width);
    connect(m_add, &QToolButton::clicked, this, &KeyValueTable::addEntry);
    connect(m_remove, &QToolButton::clicked, this, &KeyValueTable::removeSelectedEntries);

    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_model, &KeyValueModel::mapEdited, this, &KeyValueTable::edited);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &KeyValueTable::updateHeight);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KeyValueTable::updateHeight);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeyValueTable::updateHeight);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &KeyValueTable::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeyValueTable::updateButtons);
    updateHeight();
    updateButtons();
}

void KeyValueTable::setMap(const Labels &map, bool keepRows)
{
    if (!keepRows)
        m_model->clear();
    if (map == m_model->committedMap())
        return;
    // a reset loses the current cell: find it again by its key
    const QModelIndex current = m_view->currentIndex();
    const QString key = current.isValid() && !m_model->isNewEntryRow(current.row())
        ? current.siblingAtColumn(KeyValueModel::KeyColumn).data(Qt::EditRole).toString()
        : QString();
    const int column = current.isValid() ? current.column() : 0;
    const int count = m_model->entryCount();
    m_model->setMap(map);
    if (m_model->entryCount() == count || !current.isValid())
        return;
    int row = m_model->rowOfKey(key);
    if (row < 0)
        row = std::min(current.row(), m_model->entryCount());
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, column),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void KeyValueTable::setCompletions(
    const QStringList &keys, const QHash<QString, QStringList> &values)
{
    m_keys = keys;
    m_values = values;
}

void KeyValueTable::addEntry()
{
    const QModelIndex index = m_model->index(m_model->entryCount(), KeyValueModel::KeyColumn);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_view->edit(index);
}

void KeyValueTable::removeSelectedEntries()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (!m_model->isNewEntryRow(index.row()))
            rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    const int first = rows.first();
    // one edit: remove the rows from the last up while holding back the model's signal
    QSignalBlocker blocker(this);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_model->removeRows(*it, 1);
    blocker.unblock();
    if (const std::optional<Labels> map = m_model->map())
        Q_EMIT edited(*map);
    const QModelIndex next = m_model->index(std::min(first, m_model->entryCount()), 0);
    m_view->selectionModel()->setCurrentIndex(
        next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool KeyValueTable::selectKey(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, KeyValueModel::KeyColumn);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void KeyValueTable::updateHeight()
{
    // the "new entry" hint spans both columns, so it reads whole in a narrow table
    m_view->clearSpans();
    m_view->setSpan(m_model->entryCount(), 0, 1, KeyValueModel::ColumnCount);
    const int rows = std::min(m_model->rowCount(), kMaxRows);
    const int height = m_view->horizontalHeader()->sizeHint().height()
        + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth();
    m_view->setFixedHeight(height);
    m_view->setVerticalScrollBarPolicy(
        m_model->rowCount() > kMaxRows ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
}

void KeyValueTable::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_remove->setEnabled(std::any_of(rows.cbegin(), rows.cend(),
        [this](const QModelIndex &i) { return !m_model->isNewEntryRow(i.row()); }));
}

} // namespace ps
