#pragma once
// YamlView: the policy as YAML (exactly as core/io Writer writes it), editable. Edits are
// re-parsed with Loader::loadText after a short pause; text that reads as exactly one Calico
// policy is offered with policyParsed(), anything else is marked inline (red wavy underline at
// the line and column) and explained in a message bar above the text ("line L, column C:
// message"), and nothing is applied, so the last good policy stays. Validation findings for the
// policy are underlined too and listed in the message bar.

#include <functional>

#include <QList>
#include <QWidget>

#include "core/model/diagnostic.h"
#include "core/model/policy.h"

class QLabel;
class QPlainTextEdit;
class QSyntaxHighlighter;
class QTabWidget;
class QTimer;

namespace ps {

class YamlView : public QWidget {
    Q_OBJECT
public:
    explicit YamlView(QWidget *parent = nullptr);

    /// Shows `policy`. Text that already reads as this policy is left alone (the user's own
    /// formatting while typing); otherwise it is replaced, keeping the cursor's line and column.
    void setPolicy(const CalicoPolicy &policy);
    /// Validation findings for the shown policy, with lines and columns in text() (validate the
    /// policy with fields() as its source map).
    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_validation; }
    /// Positions of the fields in text(), from when it last parsed (null if it never did).
    const std::shared_ptr<const SourceMap> &fields() const { return m_fields; }
    /// The file name the text is read as, in positions and diagnostics.
    static QString fileName() { return QStringLiteral("policy.yaml"); }
    void setReadOnly(bool readOnly);
    /// Shows `text` as is (read-only views of other kinds).
    void setPlainText(const QString &text);

    QPlainTextEdit *textEdit() const { return m_edit; }
    QString text() const;
    /// Parse errors of the current text (empty when it reads as one policy).
    const Diagnostics &parseErrors() const { return m_parseErrors; }
    /// The message bar's text (empty when hidden).
    QString messageText() const;
    /// Moves the cursor to the field `path` ("spec.ingress[0].action"); false when unknown.
    bool revealPath(const QString &path);
    /// Moves the cursor to 1-based `line` and `column` of text(), in the middle of the view.
    void revealAt(int line, int column);
    /// Moves the cursor to the field `path` of the one resource text() holds as the Writer writes
    /// it (the read-only views of other kinds; its nearest written ancestor when the field is
    /// not written, the first line when the text does not read as one resource).
    void revealWrittenField(const QString &path);
    /// Parse now instead of after the pause (tests, losing focus).
    void parseNow();
    /// The policy the current text read as when it last parsed, else the one last shown.
    const CalicoPolicy &lastGoodPolicy() const { return m_lastGood; }

Q_SIGNALS:
    /// The user's text reads as exactly one Calico policy that differs from the last shown.
    void policyParsed(const CalicoPolicy &policy);

private:
    void onTextChanged();
    void parse();
    void updateMarks();
    void updateMessageBar();
    /// Cursor position of 1-based line/column in the text.
    int positionOf(int line, int column) const;

    QLabel *m_messageBar;
    QPlainTextEdit *m_edit;
    QSyntaxHighlighter *m_highlighter;
    QTimer *m_parseTimer;
    bool m_updating = false;
    CalicoPolicy m_lastGood;
    std::shared_ptr<const SourceMap> m_fields; // positions of the current text, when it parsed
    Diagnostics m_parseErrors;
    Diagnostics m_validation;
};

/// Jumps to a finding's field `path` in a view of tabs holding a form and its read-only YAML (an
/// admin or a Kubernetes policy): the form's tab when `revealInForm` (the form's revealField)
/// shows and focuses the field; else the YAML tab, focused with the cursor on the field
/// (YamlView::revealWrittenField).
void revealInFormOrYaml(QTabWidget *tabs, QWidget *form,
    const std::function<bool(const QString &)> &revealInForm, YamlView *yaml, const QString &path);

} // namespace ps
