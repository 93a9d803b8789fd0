#include "core/selector/selectorparser_p.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <QCoreApplication>

#include "core/selector/selectortokenizer_p.h"

namespace ps {

namespace {

using K = SelectorTokenKind;

// The translation context, in a form lupdate sees (it files a free SelectorWords::tr() under the
// namespace).
struct SelectorWords {
    Q_DECLARE_TR_FUNCTIONS(Selector)
};

class Parser {
public:
    Parser(QStringView input, const std::vector<SelectorToken> &tokens)
        : m_input(input), m_tokens(tokens)
    {
    }

    Result<Selector> parseRoot()
    {
        if (m_tokens.front().kind == K::Eof)
            return Selector();
        std::optional<Parsed> parsed = parseOr();
        if (!parsed)
            return std::move(*m_error);
        if (current().kind != K::Eof)
            return errorAt(current(),
                SelectorWords::tr("unexpected %1 after the end of the expression")
                    .arg(describe(current())));
        return Selector(std::move(parsed->node));
    }

private:
    const SelectorToken &current() const { return m_tokens[m_pos]; }
    const SelectorToken &peek(size_t ahead) const
    {
        // The list always ends with Eof and we never look past it.
        return m_tokens[std::min(m_pos + ahead, m_tokens.size() - 1)];
    }

    QString text(const SelectorToken &t) const { return m_input.mid(t.start, t.length).toString(); }
    QString value(const SelectorToken &t) const
    {
        return m_input.mid(t.valueStart, t.valueLength).toString();
    }

    QString describe(const SelectorToken &t) const
    {
        if (t.kind == K::Eof)
            return SelectorWords::tr("end of selector");
        return QLatin1Char('\'') + text(t) + QLatin1Char('\'');
    }

    Error errorAt(const SelectorToken &t, const QString &message) const
    {
        return SelectorTokenizer::errorAt(m_input, t.start, message);
    }

    std::nullopt_t fail(const SelectorToken &t, const QString &message)
    {
        m_error = errorAt(t, message);
        return std::nullopt;
    }

    // A parsed sub-expression and the largest number of And/Or nodes on any path down from
    // it, which is the parenthesis depth of its canonical text.
    struct Parsed {
        SelectorNode node;
        int depth = 0;
    };

    std::optional<Parsed> parseOr() { return parseJunction(K::Or); }
    std::optional<Parsed> parseAnd() { return parseJunction(K::And); }

    std::optional<Parsed> parseJunction(K separator)
    {
        const SelectorToken &startTok = current();
        auto operand
            = [this, separator]() { return separator == K::Or ? parseAnd() : parseOperation(); };
        std::optional<Parsed> first = operand();
        if (!first || current().kind != separator)
            return first;
        int depth = first->depth;
        std::vector<SelectorNode> operands;
        operands.push_back(std::move(first->node));
        while (current().kind == separator) {
            ++m_pos;
            std::optional<Parsed> next = operand();
            if (!next)
                return std::nullopt;
            depth = std::max(depth, next->depth);
            operands.push_back(std::move(next->node));
        }
        if (depth + 1 > SelectorParser::MaxNesting)
            return fail(startTok,
                SelectorWords::tr("expression nested more than %1 levels deep")
                    .arg(SelectorParser::MaxNesting));
        return Parsed {SelectorNode::junction(separator == K::Or ? SelectorOp::Or : SelectorOp::And,
                           std::move(operands)),
            depth + 1};
    }

    std::optional<Parsed> parseOperation()
    {
        bool negated = false;
        while (current().kind == K::Not) {
            negated = !negated;
            ++m_pos;
        }
        std::optional<Parsed> primary = parsePrimary();
        if (primary && negated)
            primary->node = SelectorNode::negation(std::move(primary->node));
        return primary;
    }

    std::optional<Parsed> parsePrimary()
    {
        const SelectorToken &tok = current();
        switch (tok.kind) {
        case K::Has:
            ++m_pos;
            return Parsed {SelectorNode::has(value(tok))};
        case K::All:
            ++m_pos;
            return Parsed {SelectorNode::all()};
        case K::Global:
            ++m_pos;
            return Parsed {SelectorNode::global()};
        case K::Label: {
            std::optional<SelectorNode> leaf = parseComparison();
            if (!leaf)
                return std::nullopt;
            return Parsed {std::move(*leaf)};
        }
        case K::LParen: {
            if (m_parens >= SelectorParser::MaxNesting)
                return fail(tok,
                    SelectorWords::tr("parentheses nested more than %1 levels deep")
                        .arg(SelectorParser::MaxNesting));
            ++m_parens;
            ++m_pos;
            std::optional<Parsed> inner = parseOr();
            if (!inner)
                return std::nullopt;
            if (current().kind != K::RParen)
                return fail(current(),
                    SelectorWords::tr("expected ) but found %1").arg(describe(current())));
            ++m_pos;
            --m_parens;
            return inner;
        }
        case K::Eof:
            return fail(
                tok, SelectorWords::tr("unexpected end of selector, expected an expression"));
        default:
            return fail(
                tok, SelectorWords::tr("unexpected %1, expected an expression").arg(describe(tok)));
        }
    }

    std::optional<SelectorNode> parseComparison()
    {
        const SelectorToken &labelTok = current();
        const SelectorToken &opTok = peek(1);
        const SelectorToken &rhs = peek(2);
        SelectorOp op = SelectorOp::Equal;
        switch (opTok.kind) {
        case K::Eq:
            op = SelectorOp::Equal;
            break;
        case K::Ne:
            op = SelectorOp::NotEqual;
            break;
        case K::Contains:
            op = SelectorOp::Contains;
            break;
        case K::StartsWith:
            op = SelectorOp::StartsWith;
            break;
        case K::EndsWith:
            op = SelectorOp::EndsWith;
            break;
        case K::In:
        case K::NotIn:
            return parseSet(opTok.kind == K::In ? SelectorOp::In : SelectorOp::NotIn);
        default:
            return fail(opTok,
                SelectorWords::tr("expected an operator (==, !=, in, not in, contains, starts "
                                  "with, ends with) after label \"%1\" but found %2")
                    .arg(value(labelTok), describe(opTok)));
        }
        if (rhs.kind != K::String)
            return fail(rhs,
                SelectorWords::tr("expected a quoted string after %1 but found %2")
                    .arg(describe(opTok), describe(rhs)));
        m_pos += 3;
        return SelectorNode::compare(op, value(labelTok), value(rhs));
    }

    std::optional<SelectorNode> parseSet(SelectorOp op)
    {
        const SelectorToken &labelTok = current();
        const SelectorToken &opTok = peek(1);
        if (peek(2).kind != K::LBrace)
            return fail(peek(2),
                SelectorWords::tr("expected a set literal {...} after %1 but found %2")
                    .arg(describe(opTok), describe(peek(2))));
        m_pos += 3;
        QStringList values;
        bool afterValue = false;
        while (current().kind == K::String) {
            values.append(value(current()));
            ++m_pos;
            afterValue = current().kind != K::Comma;
            if (afterValue)
                break;
            ++m_pos;
        }
        if (current().kind != K::RBrace) {
            if (afterValue)
                return fail(current(),
                    SelectorWords::tr("expected , or } in set literal but found %1")
                        .arg(describe(current())));
            return fail(current(),
                SelectorWords::tr("expected a quoted string or } in set literal but found %1")
                    .arg(describe(current())));
        }
        ++m_pos;
        return SelectorNode::set(op, value(labelTok), std::move(values));
    }

    QStringView m_input;
    const std::vector<SelectorToken> &m_tokens;
    size_t m_pos = 0;
    int m_parens = 0;
    std::optional<Error> m_error;
};

} // namespace

Result<Selector> SelectorParser::parse(QStringView text)
{
    // Reuse one token buffer per thread; parsing is hot in workspace loads.
    thread_local std::vector<SelectorToken> tokens;
    tokens.clear();
    if (std::optional<Error> error = SelectorTokenizer::tokenize(text, tokens))
        return std::move(*error);
    Parser parser(text, tokens);
    Result<Selector> result = parser.parseRoot();
    if (tokens.capacity() > 4096)
        std::vector<SelectorToken>().swap(tokens);
    return result;
}

} // namespace ps
