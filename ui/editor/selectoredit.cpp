#include "ui/editor/selectoredit.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/selector/selector.h"
#include "ui/editor/tokencompleter.h"

namespace ps {

SelectorEdit::SelectorEdit(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_status(new QLabel(this)),
      m_completer(new TokenCompleter(m_edit, QStringLiteral(" ()!&|,")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    // no word wrap: height-for-width rows in a QFormLayout (this widget is a form field)
    // write past their buffers in Qt 6.4 (valgrind: QFormLayout::setGeometry)
    m_status->setWordWrap(false);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long errors elide
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);
    m_edit->setClearButtonEnabled(true);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        check();
        Q_EMIT edited(text);
    });
    check();
}

QString SelectorEdit::text() const
{
    return m_edit->text();
}

void SelectorEdit::setText(const QString &text)
{
    // the form stores trimmed text: "app " while typing is already "app"
    if (m_edit->text().trimmed() != text.trimmed()) {
        const int cursor = m_edit->cursorPosition();
        m_edit->setText(text);
        if (m_edit->hasFocus())
            m_edit->setCursorPosition(std::min(cursor, int(text.size())));
    }
    check();
}

void SelectorEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void SelectorEdit::setCompletions(const QStringList &terms)
{
    QStringList choices = terms;
    choices.append(QStringLiteral("all()"));
    m_completer->setChoices(choices);
}

void SelectorEdit::setInfo(const QString &info)
{
    m_info = info;
    check();
}

QString SelectorEdit::statusText() const
{
    return m_status->text();
}

void SelectorEdit::check()
{
    const Result<Selector> parsed = Selector::parse(m_edit->text());
    m_valid = parsed.ok();
    if (m_valid) {
        m_error = {};
        m_edit->setStyleSheet({});
        m_edit->setToolTip({});
        m_status->setStyleSheet({});
        m_status->setText(m_info);
        m_status->setToolTip({});
        m_status->setVisible(!m_info.isEmpty());
        return;
    }
    m_error = parsed.error();
    // 1-based characters, like the file diagnostics and policyctl (error().byteOffset is
    // Calico's 0-based byte column).
    const QString message = tr("column %1: %2").arg(m_error.offset + 1).arg(m_error.message);
    m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c62828; }"));
    m_edit->setToolTip(message);
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->setText(message);
    m_status->setToolTip(message);
    m_status->setVisible(true);
}

} // namespace ps
