#pragma once
// SelectorEdit: a line edit for a Calico label selector with a live syntax check. While the
// text does not parse, the field is marked and the status line says why and at which column
// (Selector::parse's message); otherwise the status line shows what the owner sets (e.g. the
// endpoints the selector selects). Label keys and key == 'value' terms are offered as
// completions for the word being typed.

#include <QWidget>

#include "core/model/result.h"

class QLabel;
class QLineEdit;

namespace ps {

class TokenCompleter;

class SelectorEdit : public QWidget {
    Q_OBJECT
public:
    explicit SelectorEdit(QWidget *parent = nullptr);

    QString text() const;
    /// Sets the text without emitting edited(); keeps the cursor when the text is unchanged.
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    void setPlaceholderText(const QString &text);
    void setCompletions(const QStringList &terms);

    bool isValid() const { return m_valid; }
    /// The parse error of the current text (meaningful when !isValid()).
    const Error &error() const { return m_error; }
    /// The status line shown while the selector is valid (empty hides it).
    void setInfo(const QString &info);
    QString statusText() const;

Q_SIGNALS:
    /// The user changed the text (typing or completion).
    void edited(const QString &text);

private:
    void check();

    QLineEdit *m_edit;
    QLabel *m_status;
    TokenCompleter *m_completer;
    QString m_info;
    Error m_error;
    bool m_valid = true;
};

} // namespace ps
