#pragma once
// YamlHighlighter: a small built-in YAML highlighter for the policy editor, the one
// HighlighterFactory gives when the build has no KSyntaxHighlighting for Qt 6. It colours mapping
// keys, quoted strings, numbers and booleans, comments, document markers ("---", "...") and list
// dashes, line by line; block scalars are not tracked (policies do not use them).

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ps {

class YamlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightScalar(const QString &text, qsizetype start, qsizetype end);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
    QTextCharFormat m_marker;
    QTextCharFormat m_dash;
};

} // namespace ps
