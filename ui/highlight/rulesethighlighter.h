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

    explicit RulesetHighlighter(QTextDocument *document, Syntax syntax = Syntax::Iptables);

    Syntax syntax() const { return m_syntax; }
    /// Switch the grammar; rehighlights the document when it changes.
    void setSyntax(Syntax syntax);

    /// The format a category of token gets (tests and legends).
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
    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    struct RuleFormat {
        QRegularExpression pattern;
        Token token;
        int group = 0; // the capture group to colour
    };
    void buildRules();
    void applyRules(const QString &text, const QList<RuleFormat> &rules);

    Syntax m_syntax;
    QList<RuleFormat> m_iptables;
    QList<RuleFormat> m_ipset;
    QList<RuleFormat> m_nft;
    QList<QTextCharFormat> m_formats; // by Token
};

} // namespace ps
