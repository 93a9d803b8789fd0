#include "ui/highlight/rulesethighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace ps {

namespace {

using Token = RulesetHighlighter::Token;

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor tokenColor(Token token, bool dark)
{
    switch (token) {
    case Token::Header:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1f, 0x3a, 0x93);
    case Token::Chain:
        return dark ? QColor(0x4f, 0xc1, 0xe9) : QColor(0x00, 0x5f, 0x87);
    case Token::Accept:
        return dark ? QColor(0x7e, 0xd3, 0x7e) : QColor(0x1b, 0x7a, 0x1b);
    case Token::Drop:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case Token::Return:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case Token::Target:
        return dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x7b, 0x3f, 0xa0);
    case Token::Match:
        return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x2a, 0x5d, 0xb0);
    case Token::Comment:
        return dark ? QColor(0x9d, 0xa5, 0xae) : QColor(0x5f, 0x6b, 0x76);
    case Token::Hash:
        return dark ? QColor(0x6e, 0x76, 0x81) : QColor(0x9a, 0xa3, 0xad);
    case Token::Set:
        return dark ? QColor(0x56, 0xd3, 0xc2) : QColor(0x00, 0x7a, 0x70);
    case Token::Mark:
        return dark ? QColor(0xf7, 0x8c, 0xc6) : QColor(0xa0, 0x30, 0x6a);
    case Token::Keyword:
        return dark ? QColor(0xc9, 0xd1, 0xd9) : QColor(0x44, 0x44, 0x44);
    }
    return {};
}

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

struct RuleFormat {
    QRegularExpression pattern;
    Token token;
    int group = 0; // the capture group to colour
};

struct Grammars {
    QList<RuleFormat> iptables;
    QList<RuleFormat> ipset;
    QList<RuleFormat> nft;
};

// Built once per thread: the render worker tokenizes big texts while the GUI thread highlights.
const Grammars &grammars()
{
    thread_local const Grammars g = [] {
        Grammars out;
        const auto mark
            = re(QStringLiteral(R"(\b(?:0x[0-9a-fA-F]+|0)/0x[0-9a-fA-F]+\b|\b0x[0-9a-fA-F]+\b)"));
        const auto set = re(QStringLiteral(R"(\bcali[46]\d[a-z]*:[\w.-]+)"));
        const auto hash = re(QStringLiteral(R"(cali:[\w-]{16})"));

        out.iptables = {
            {re(QStringLiteral(R"(^\*\w+|^COMMIT\b)")), Token::Header},
            {re(QStringLiteral(R"(^:(\S+))")), Token::Chain, 1},
            {re(QStringLiteral(R"(^-[AIRDN]\b)")), Token::Keyword},
            {re(QStringLiteral(R"(^-[AIRDN]\s+(\S+))")), Token::Chain, 1},
            {re(QStringLiteral(R"((?:^|\s)(?:-m|--match)\s+[\w-]+)")), Token::Match},
            {re(QStringLiteral(R"((?:-j|--jump|-g|--goto)\s+(\S+))")), Token::Chain, 1},
            {re(QStringLiteral(R"((?:-j|--jump)\s+(ACCEPT)\b)")), Token::Accept, 1},
            {re(QStringLiteral(R"((?:-j|--jump)\s+(DROP|REJECT)\b)")), Token::Drop, 1},
            {re(QStringLiteral(R"((?:-j|--jump)\s+(RETURN)\b)")), Token::Return, 1},
            {re(QStringLiteral(R"((?:-j|--jump)\s+(MARK|LOG|CONNMARK|NFLOG)\b)")), Token::Target,
                1},
            {set, Token::Set},
            {mark, Token::Mark},
            {re(QStringLiteral(R"((?:-m comment )?--comment\s+("[^"]*"|\S+))")), Token::Comment, 1},
            {hash, Token::Hash},
            {re(QStringLiteral(R"(^#.*)")), Token::Comment},
        };

        out.ipset = {
            {re(QStringLiteral(R"(^COMMIT\b)")), Token::Header},
            {re(QStringLiteral(R"(^(?:create|add|destroy|flush|swap)\b)")), Token::Keyword},
            {re(QStringLiteral(R"(^(?:create|add)\s+(\S+))")), Token::Set, 1},
            {re(QStringLiteral(R"(\bhash:[\w,]+)")), Token::Match},
            {re(QStringLiteral(R"(\b(?:family|maxelem)\b)")), Token::Keyword},
            {re(QStringLiteral(R"(^#.*)")), Token::Comment},
        };

        out.nft = {
            {re(QStringLiteral(
                 R"(^(?:add|insert|delete|flush)\s+(?:table|chain|map|set|element|rule)\b)")),
                Token::Keyword},
            {re(QStringLiteral(R"(^add\s+table\s+.*)")), Token::Header},
            {re(QStringLiteral(R"(\{\s*type filter hook [^}]*\})")), Token::Header},
            {re(QStringLiteral(R"(^(?:add|insert)\s+(?:chain|rule)\s+\S+\s+\S+\s+(\S+))")),
                Token::Chain, 1},
            {re(QStringLiteral(R"(^add\s+(?:set|map|element)\s+\S+\s+\S+\s+(\S+))")), Token::Set,
                1},
            {re(QStringLiteral(
                 R"(\b(?:ct state|ct status|meta mark|meta l4proto|meta nfproto|iifname|oifname|ip6? saddr|ip6? daddr|(?:tcp|udp|sctp|th|udplite) (?:s|d)port|icmp6? (?:type|code)|icmpv6 (?:type|code)|fib daddr type|fib saddr type|ip protocol|ip6 nexthdr|counter|log prefix)\b)")),
                Token::Match},
            {re(QStringLiteral(R"(\b(?:jump|goto|vmap)\b)")), Token::Target},
            {re(QStringLiteral(R"(\b(?:jump|goto)\s+([\w.-]+))")), Token::Chain, 1},
            {re(QStringLiteral(R"(\baccept\b)")), Token::Accept},
            {re(QStringLiteral(R"(\b(?:drop|reject)\b)")), Token::Drop},
            {re(QStringLiteral(R"(\breturn\b)")), Token::Return},
            {re(QStringLiteral(R"(@[\w.-]+)")), Token::Set},
            {mark, Token::Mark},
            {re(QStringLiteral(R"(\bcomment\s+("[^"]*"))")), Token::Comment, 1},
            {hash, Token::Hash},
            {re(QStringLiteral(R"(^#.*)")), Token::Comment},
        };
        return out;
    }();
    return g;
}

QTextCharFormat builtinFormat(RulesetHighlighter::Token token)
{
    using Token = RulesetHighlighter::Token;
    QTextCharFormat f;
    f.setForeground(tokenColor(token, darkPalette()));
    switch (token) {
    case Token::Header:
    case Token::Accept:
    case Token::Drop:
    case Token::Keyword:
        f.setFontWeight(QFont::Bold);
        break;
    case Token::Comment:
        f.setFontItalic(true);
        break;
    default:
        break;
    }
    return f;
}

} // namespace

RulesetHighlighter::RulesetHighlighter(QTextDocument *document, Syntax syntax)
    : QSyntaxHighlighter(document), m_syntax(syntax)
{
    for (int t = 0; t <= int(Token::Keyword); ++t)
        m_formats.append(builtinFormat(Token(t)));
}

void RulesetHighlighter::setSyntax(Syntax syntax)
{
    if (syntax == m_syntax)
        return;
    m_syntax = syntax;
    m_precomputed.clear();
    rehighlight();
}

QTextCharFormat RulesetHighlighter::format(Token token) const
{
    return m_formats.at(int(token));
}

void RulesetHighlighter::setTokenFormat(Token token, const QTextCharFormat &format)
{
    m_formats[int(token)] = format;
    rehighlight();
}

QList<RulesetHighlighter::Span> RulesetHighlighter::spans(const QString &line, Syntax syntax)
{
    const Grammars &g = grammars();
    const QList<RuleFormat> &rules = syntax == Syntax::Iptables ? g.iptables
        : syntax == Syntax::Ipset                               ? g.ipset
                                                                : g.nft;
    QList<Span> out;
    for (const RuleFormat &rule : rules) {
        auto it = rule.pattern.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart(rule.group) < 0 || m.capturedLength(rule.group) == 0)
                continue;
            out.append(
                {int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.token});
        }
    }
    return out;
}

void RulesetHighlighter::setPrecomputedSpans(QList<QList<Span>> spans)
{
    m_precomputed = std::move(spans);
}

void RulesetHighlighter::highlightBlock(const QString &text)
{
    const int block = currentBlock().blockNumber();
    const QList<Span> computed
        = block < m_precomputed.size() ? QList<Span>() : spans(text, m_syntax);
    const QList<Span> &list = block < m_precomputed.size() ? m_precomputed[block] : computed;
    for (const Span &span : list)
        setFormat(span.start, span.length, m_formats[int(span.token)]);
}

} // namespace ps
