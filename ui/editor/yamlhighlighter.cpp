#include "ui/editor/yamlhighlighter.h"

#include <QRegularExpression>

namespace ps {

namespace {

/// Index of the '#' that starts a comment (outside quotes, at the start or after a space), or -1.
qsizetype commentStart(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"')
                ++i;
            continue;
        }
        if (c == u'\'' || c == u'"')
            quote = c;
        else if (c == u'#' && (i == 0 || text[i - 1].isSpace()))
            return i;
    }
    return -1;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1f, 0x4e, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(QColor(0xb0, 0x4a, 0x00));
    m_keyword.setForeground(QColor(0x8e, 0x24, 0xaa));
    m_comment.setForeground(QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
    m_dash.setForeground(QColor(0x60, 0x60, 0x60));
    m_dash.setFontWeight(QFont::Bold);
    m_marker.setForeground(QColor(0xc6, 0x28, 0x28));
    m_marker.setFontWeight(QFont::Bold);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QStringLiteral("---")) || text.startsWith(QStringLiteral("..."))) {
        setFormat(0, 3, m_marker);
        const qsizetype hash = commentStart(text);
        if (hash >= 0)
            setFormat(int(hash), int(text.size() - hash), m_comment);
        return;
    }
    qsizetype end = commentStart(text);
    if (end >= 0)
        setFormat(int(end), int(text.size() - end), m_comment);
    else
        end = text.size();

    qsizetype pos = 0;
    while (pos < end && text[pos].isSpace())
        ++pos;
    // list item dashes ("- - key: value")
    while (pos < end && text[pos] == u'-' && (pos + 1 == end || text[pos + 1].isSpace())) {
        setFormat(int(pos), 1, m_dash);
        ++pos;
        while (pos < end && text[pos].isSpace())
            ++pos;
    }
    // "key:" followed by a space or the end of the line (keys may be quoted)
    static const QRegularExpression keyPattern(
        QStringLiteral(R"(\G("[^"]*"|'[^']*'|[^\s'"#][^:#]*?)\s*:(?=\s|$))"));
    const QRegularExpressionMatch key = keyPattern.match(text.left(end), pos);
    if (key.hasMatch()) {
        setFormat(int(pos), int(key.capturedLength(1)), m_key);
        pos = key.capturedEnd();
        while (pos < end && text[pos].isSpace())
            ++pos;
    }
    highlightScalar(text, pos, end);
}

void YamlHighlighter::highlightScalar(const QString &text, qsizetype start, qsizetype end)
{
    const QString value = text.mid(start, end - start).trimmed();
    if (value.isEmpty())
        return;
    const int length = int(value.size());
    if (value.startsWith(u'"') || value.startsWith(u'\'')) {
        setFormat(int(start), length, m_string);
        return;
    }
    static const QRegularExpression number(
        QStringLiteral(R"(^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0x[0-9a-fA-F]+$)"));
    static const QRegularExpression keyword(
        QStringLiteral("^(true|false|True|False|TRUE|FALSE|null|Null|NULL|~)$"));
    if (number.match(value).hasMatch())
        setFormat(int(start), length, m_number);
    else if (keyword.match(value).hasMatch())
        setFormat(int(start), length, m_keyword);
    else if (!value.startsWith(u'[') && !value.startsWith(u'{') && !value.startsWith(u'|')
        && !value.startsWith(u'>'))
        setFormat(int(start), length, m_string);
}

} // namespace ps
