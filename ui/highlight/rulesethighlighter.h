#pragma once
// RulesetHighlighter: colours what Felix would program, as the dataplane panel shows it —
// iptables-restore / iptables-save input (table and chain headers, -A/-I chains, match modules,
// jump targets with verdicts in their own colours, `cali:` hashes and comments, ipset names,
// marks), `ipset restore` input and `nft -f` scripts. Line by line, no state between lines.
// The colours follow the palette (light or dark base).

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ps {

class RulesetHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    enum class Syntax { Iptables, Ipset, Nftables };

    /// The category of a coloured token.
    enum class Token {
        Header, // *filter, COMMIT, add table / add chain
        Chain, // chain names
        Accept,
        Drop, // DROP, REJECT, drop, reject
        Return,
        Target, // MARK, LOG, jump / goto keywords
        Match, // -m conntrack, ct state, meta mark
        Comment, // --comment "...", # lines, comment "..."
        Hash, // cali:xxxxxxxxxxxxxxxx
        Set, // cali40s:..., @cali40s-...
        Mark, // 0x10000/0x10000
        Keyword, // -A, -I, create, add, add rule
    };
    /// One coloured range of a line; later spans win where they overlap.
    struct Span {
        int start = 0;
        int length = 0;
        Token token = Token::Keyword;
        friend bool operator==(const Span &, const Span &) = default;
    };

    explicit RulesetHighlighter(QTextDocument *document, Syntax syntax = Syntax::Iptables);

    Syntax syntax() const { return m_syntax; }
    /// Switch the grammar; rehighlights the document when it changes.
    void setSyntax(Syntax syntax);

    /// The spans of one line. Pure and thread-safe: a big text can be tokenized off the GUI
    /// thread and handed over with setPrecomputedSpans().
    static QList<Span> spans(const QString &line, Syntax syntax);
    /// Spans by block number for the next text (one list per line, as spans() gives them);
    /// blocks beyond the list are tokenized as they are highlighted. Empty to clear.
    void setPrecomputedSpans(QList<QList<Span>> spans);

    /// The format a category of token gets (tests and legends).
    QTextCharFormat format(Token token) const;
    /// Colours a category of token with `format` (a theme's) instead of the built-in one.
    void setTokenFormat(Token token, const QTextCharFormat &format);

protected:
    void highlightBlock(const QString &text) override;

private:
    Syntax m_syntax;
    QList<QList<Span>> m_precomputed;
    QList<QTextCharFormat> m_formats; // by Token
};

} // namespace ps
