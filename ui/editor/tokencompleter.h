#pragma once
// TokenCompleter: completes the word under the cursor of a QLineEdit from a list, for fields
// that hold more than one value (comma-separated ports, selector expressions). QCompleter on its
// own completes the whole text; this one replaces only the token being typed.

#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace ps {

class TokenCompleter : public QObject {
    Q_OBJECT
public:
    /// `separators`: characters that end a token (e.g. u", " for lists).
    TokenCompleter(QLineEdit *edit, QString separators);

    void setChoices(const QStringList &choices);
    QStringList choices() const;
    QCompleter *completer() const { return m_completer; }

private:
    void onTextEdited();
    void insertCompletion(const QString &completion);
    qsizetype tokenStart() const;

    QLineEdit *m_edit;
    QString m_separators;
    QCompleter *m_completer;
    QStringListModel *m_model;
};

} // namespace ps
