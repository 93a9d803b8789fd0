#include "core/selector/selectortokenizer_p.h"

#include <QCoreApplication>

namespace ps {

namespace {

// The translation context, in a form lupdate sees (it files a free SelectorWords::tr() under the
// namespace).
struct SelectorWords {
    Q_DECLARE_TR_FUNCTIONS(Selector)
};

class Scanner {
public:
    explicit Scanner(QStringView input) : m_s(input.utf16()), m_n(input.size()) { }

    qsizetype size() const { return m_n; }
    char16_t at(qsizetype p) const { return m_s[p]; }

    qsizetype skipWhitespace(qsizetype p) const
    {
        while (p < m_n && (m_s[p] == u' ' || m_s[p] == u'\t'))
            ++p;
        return p;
    }

    qsizetype identifierEnd(qsizetype p) const
    {
        while (p < m_n && SelectorTokenizer::isIdentifierChar(m_s[p]))
            ++p;
        return p;
    }

    bool isWordBoundary(qsizetype p) const
    {
        return p >= m_n || !SelectorTokenizer::isIdentifierChar(m_s[p]);
    }

    // literal is ASCII.
    bool hasPrefixAt(qsizetype p, QLatin1StringView literal) const
    {
        if (m_n - p < literal.size())
            return false;
        for (qsizetype i = 0; i < literal.size(); ++i) {
            if (m_s[p + i] != char16_t(literal[i].unicode()))
                return false;
        }
        return true;
    }

    // Calico's cutPrefixCheckBreak: the word, then a word boundary. Returns the end or -1.
    qsizetype cutWord(qsizetype p, QLatin1StringView word) const
    {
        if (!hasPrefixAt(p, word) || !isWordBoundary(p + word.size()))
            return -1;
        return p + word.size();
    }

    // Calico's cutMultiWordPrefixCheckBreak: words separated by optional blanks, with the word
    // boundary checked only after the blanks that follow the last word ("notin" is accepted).
    // Returns the end of the last word (blanks after it are left for the main loop) or -1.
    qsizetype cutWords(qsizetype p, QLatin1StringView first, QLatin1StringView second) const
    {
        if (!hasPrefixAt(p, first))
            return -1;
        p = skipWhitespace(p + first.size());
        if (!hasPrefixAt(p, second))
            return -1;
        const qsizetype end = p + second.size();
        if (!isWordBoundary(skipWhitespace(end)))
            return -1;
        return end;
    }

private:
    const char16_t *m_s;
    qsizetype m_n;
};

QString unexpectedCharacterMessage(char16_t c)
{
    if (c == u'\n' || c == u'\r')
        return SelectorWords::tr(
            "line break in selector (only spaces and tabs may separate its parts)");
    return SelectorWords::tr("unexpected character '%1'").arg(QChar(c));
}

} // namespace

Error SelectorTokenizer::errorAt(QStringView input, qsizetype offset, const QString &message)
{
    // UTF-8 length of input[0, offset).
    qsizetype bytes = 0;
    const char16_t *s = input.utf16();
    const qsizetype end = std::min(offset, input.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < end && QChar::isLowSurrogate(s[i + 1])) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return Error {.message = message, .offset = offset, .byteOffset = bytes};
}

bool SelectorTokenizer::isValidLabel(QStringView text)
{
    if (text.isEmpty() || text.size() > MaxLabelLength)
        return false;
    for (const QChar c : text) {
        if (!isIdentifierChar(c.unicode()))
            return false;
    }
    return true;
}

std::optional<Error> SelectorTokenizer::tokenize(
    QStringView input, std::vector<SelectorToken> &tokens)
{
    using K = SelectorTokenKind;
    const Scanner sc(input);
    const qsizetype n = sc.size();
    const size_t firstToken = tokens.size();
    auto push = [&](K kind, qsizetype start, qsizetype length, qsizetype valueStart = 0,
                    qsizetype valueLength = 0) {
        tokens.push_back(SelectorToken {kind, start, length, valueStart, valueLength});
    };
    auto fail = [&](qsizetype at, const QString &message) {
        return std::optional<Error>(errorAt(input, at, message));
    };

    qsizetype i = 0;
    for (;;) {
        i = sc.skipWhitespace(i);
        if (i >= n) {
            push(K::Eof, n, 0, n, 0);
            return std::nullopt;
        }
        const bool afterLabel = tokens.size() > firstToken && tokens.back().kind == K::Label;
        const char16_t c = sc.at(i);
        switch (c) {
        case u'(':
            push(K::LParen, i, 1);
            ++i;
            continue;
        case u')':
            push(K::RParen, i, 1);
            ++i;
            continue;
        case u'{':
            push(K::LBrace, i, 1);
            ++i;
            continue;
        case u'}':
            push(K::RBrace, i, 1);
            ++i;
            continue;
        case u',':
            push(K::Comma, i, 1);
            ++i;
            continue;
        case u'"':
        case u'\'': {
            qsizetype close = i + 1;
            while (close < n && sc.at(close) != c)
                ++close;
            if (close >= n)
                return fail(i, SelectorWords::tr("unterminated string"));
            push(K::String, i, close + 1 - i, i + 1, close - i - 1);
            i = close + 1;
            continue;
        }
        case u'=':
            if (i + 1 < n && sc.at(i + 1) == u'=') {
                push(K::Eq, i, 2);
                i += 2;
                continue;
            }
            return fail(i, SelectorWords::tr("expected == (a single = is not an operator)"));
        case u'!':
            if (i + 1 < n && sc.at(i + 1) == u'=') {
                push(K::Ne, i, 2);
                i += 2;
            } else {
                push(K::Not, i, 1);
                ++i;
            }
            continue;
        case u'&':
            if (i + 1 < n && sc.at(i + 1) == u'&') {
                push(K::And, i, 2);
                i += 2;
                continue;
            }
            return fail(i, SelectorWords::tr("expected &&"));
        case u'|':
            if (i + 1 < n && sc.at(i + 1) == u'|') {
                push(K::Or, i, 2);
                i += 2;
                continue;
            }
            return fail(i, SelectorWords::tr("expected ||"));
        default:
            break;
        }

        if (afterLabel) {
            // After a label only an operator keyword may follow; keywords are contextual.
            qsizetype end = -1;
            K kind = K::Contains;
            if ((end = sc.cutWord(i, QLatin1StringView("contains"))) >= 0) {
                kind = K::Contains;
            } else if ((end
                           = sc.cutWords(i, QLatin1StringView("starts"), QLatin1StringView("with")))
                >= 0) {
                kind = K::StartsWith;
            } else if ((end = sc.cutWords(i, QLatin1StringView("ends"), QLatin1StringView("with")))
                >= 0) {
                kind = K::EndsWith;
            } else if ((end = sc.cutWords(i, QLatin1StringView("not"), QLatin1StringView("in")))
                >= 0) {
                kind = K::NotIn;
            } else if ((end = sc.cutWord(i, QLatin1StringView("in"))) >= 0) {
                kind = K::In;
            } else {
                const SelectorToken &label = tokens.back();
                if (c == u'\n' || c == u'\r')
                    return fail(i, unexpectedCharacterMessage(c));
                return fail(i,
                    SelectorWords::tr("expected an operator after label \"%1\"")
                        .arg(input.mid(label.valueStart, label.valueLength)));
            }
            push(kind, i, end - i);
            i = end;
            continue;
        }

        if (sc.hasPrefixAt(i, QLatin1StringView("has("))) {
            const qsizetype labelStart = sc.skipWhitespace(i + 4);
            const qsizetype labelEnd = sc.identifierEnd(labelStart);
            if (labelEnd == labelStart)
                return fail(labelStart, SelectorWords::tr("expected a label name in has("));
            if (labelEnd - labelStart > MaxLabelLength)
                return fail(labelStart,
                    SelectorWords::tr("label too long (%1 characters, at most %2)")
                        .arg(labelEnd - labelStart)
                        .arg(MaxLabelLength));
            const qsizetype close = sc.skipWhitespace(labelEnd);
            if (close >= n || sc.at(close) != u')')
                return fail(close, SelectorWords::tr("no closing ')' after has("));
            push(K::Has, i, close + 1 - i, labelStart, labelEnd - labelStart);
            i = close + 1;
            continue;
        }
        if (sc.hasPrefixAt(i, QLatin1StringView("all("))) {
            const qsizetype close = sc.skipWhitespace(i + 4);
            if (close >= n || sc.at(close) != u')')
                return fail(close, SelectorWords::tr("no closing ')' after all("));
            push(K::All, i, close + 1 - i);
            i = close + 1;
            continue;
        }
        if (sc.hasPrefixAt(i, QLatin1StringView("global("))) {
            const qsizetype close = sc.skipWhitespace(i + 7);
            if (close >= n || sc.at(close) != u')')
                return fail(close, SelectorWords::tr("no closing ')' after global("));
            push(K::Global, i, close + 1 - i);
            i = close + 1;
            continue;
        }

        const qsizetype end = sc.identifierEnd(i);
        if (end == i)
            return fail(i, unexpectedCharacterMessage(c));
        if (end - i > MaxLabelLength)
            return fail(i,
                SelectorWords::tr("label too long (%1 characters, at most %2)")
                    .arg(end - i)
                    .arg(MaxLabelLength));
        push(K::Label, i, end - i, i, end - i);
        i = end;
    }
}

} // namespace ps
