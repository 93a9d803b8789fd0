#include "ui/editor/tokencompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace ps {

TokenCompleter::TokenCompleter(QLineEdit *edit, QString separators)
    : QObject(edit), m_edit(edit), m_separators(std::move(separators)),
      m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, &TokenCompleter::onTextEdited);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &TokenCompleter::insertCompletion);
}

void TokenCompleter::setChoices(const QStringList &choices)
{
    if (m_model->stringList() != choices)
        m_model->setStringList(choices);
}

QStringList TokenCompleter::choices() const
{
    return m_model->stringList();
}

qsizetype TokenCompleter::tokenStart() const
{
    const QString text = m_edit->text();
    qsizetype start = m_edit->cursorPosition();
    while (start > 0 && !m_separators.contains(text[start - 1]))
        --start;
    return start;
}

void TokenCompleter::onTextEdited()
{
    const qsizetype start = tokenStart();
    const QString prefix = m_edit->text().mid(start, m_edit->cursorPosition() - start);
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TokenCompleter::insertCompletion(const QString &completion)
{
    const qsizetype start = tokenStart();
    QString text = m_edit->text();
    text.replace(start, m_edit->cursorPosition() - start, completion);
    const qsizetype cursor = start + completion.size();
    m_edit->setText(text);
    m_edit->setCursorPosition(int(cursor));
    // setText() does not emit textEdited(); the owner listens to it for user changes.
    Q_EMIT m_edit->textEdited(text);
}

} // namespace ps
