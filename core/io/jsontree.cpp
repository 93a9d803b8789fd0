#include "core/io/jsontree_p.h"

#include <cstdint>
#include <string>

namespace ps {

namespace {

// A recursive-descent reader of RFC 8259 JSON that keeps the byte line, column and offset of
// every value, as the YAML reader's tree does (lines end at '\n', columns count bytes).
class JsonTreeReader {
public:
    JsonTreeReader(QByteArrayView text, YamlTree &tree, int maxDepth)
        : m_text(text), m_tree(tree), m_maxDepth(maxDepth)
    {
    }

    bool read()
    {
        skipSpace();
        if (atEnd())
            return false;
        m_tree.clear(m_line, column(), int(m_at));
        if (!value(0))
            return false;
        skipSpace();
        return atEnd();
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_at]; }
    int column() const { return int(m_at - m_lineStart); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text[m_at];
            if (c == '\n') {
                ++m_line;
                m_lineStart = m_at + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            ++m_at;
        }
    }

    bool literal(std::string_view word)
    {
        if (m_text.size() - m_at < qsizetype(word.size()))
            return false;
        for (std::size_t k = 0; k < word.size(); ++k) {
            if (m_text[m_at + qsizetype(k)] != word[k])
                return false;
        }
        m_at += qsizetype(word.size());
        return true;
    }

    bool value(int depth)
    {
        const int line = m_line;
        const int col = column();
        const int offset = int(m_at);
        switch (peek()) {
        case '{':
        case '[':
            return collection(depth);
        case '"': {
            std::string text;
            if (!string(text))
                return false;
            m_tree.addScalar(text, false, line, col, offset, int(m_at));
            return true;
        }
        case 't':
        case 'f': {
            const std::string_view word = peek() == 't' ? "true" : "false";
            if (!literal(word))
                return false;
            m_tree.addScalar(word, true, line, col, offset, int(m_at));
            return true;
        }
        case 'n':
            if (!literal("null"))
                return false;
            m_tree.addNull(line, col, offset, int(m_at));
            return true;
        default:
            if (!number())
                return false;
            m_tree.addScalar(std::string_view(m_text.data() + offset, std::size_t(m_at - offset)),
                true, line, col, offset, int(m_at));
            return true;
        }
    }

    bool collection(int depth)
    {
        if (depth >= m_maxDepth)
            return false;
        const bool map = peek() == '{';
        const char close = map ? '}' : ']';
        m_tree.beginCollection(
            map ? YamlNode::Type::Map : YamlNode::Type::Sequence, m_line, column(), int(m_at));
        ++m_at;
        skipSpace();
        if (peek() != close) {
            for (;;) {
                if (map) {
                    if (peek() != '"' || !value(depth + 1))
                        return false;
                    skipSpace();
                    if (peek() != ':')
                        return false;
                    ++m_at;
                    skipSpace();
                }
                if (!value(depth + 1))
                    return false;
                skipSpace();
                if (peek() == close)
                    break;
                if (peek() != ',')
                    return false;
                ++m_at;
                skipSpace();
            }
        }
        ++m_at;
        return m_tree.endCollection(int(m_at));
    }

    bool number()
    {
        const qsizetype start = m_at;
        const auto digits = [this] {
            const qsizetype from = m_at;
            while (peek() >= '0' && peek() <= '9')
                ++m_at;
            return m_at > from;
        };
        if (peek() == '-')
            ++m_at;
        if (peek() == '0')
            ++m_at;
        else if (!digits())
            return false;
        if (peek() == '.') {
            ++m_at;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            if (!digits())
                return false;
        }
        return m_at > start;
    }

    bool hex4(std::uint32_t &out)
    {
        if (m_text.size() - m_at < 4)
            return false;
        out = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_text[m_at++];
            out <<= 4;
            if (c >= '0' && c <= '9')
                out |= std::uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                out |= std::uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                out |= std::uint32_t(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    static void appendUtf8(std::string &out, std::uint32_t cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    // A string's escapes decoded; a lone surrogate is refused (libyaml refuses it too).
    bool escape(std::string &out)
    {
        if (atEnd())
            return false;
        const char c = m_text[m_at++];
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out += c;
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'u': {
            std::uint32_t cp = 0;
            if (!hex4(cp))
                return false;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return false;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                std::uint32_t low = 0;
                if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF)
                    return false;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            return true;
        }
        default:
            return false;
        }
    }

    bool string(std::string &out)
    {
        ++m_at; // the opening quote
        for (;;) {
            if (atEnd())
                return false;
            const auto c = static_cast<unsigned char>(m_text[m_at]);
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return false;
            ++m_at;
            if (c == '\\') {
                if (!escape(out))
                    return false;
            } else {
                out += char(c);
            }
        }
    }

    QByteArrayView m_text;
    YamlTree &m_tree;
    int m_maxDepth;
    qsizetype m_at = 0;
    qsizetype m_lineStart = 0;
    int m_line = 0;
};

} // namespace

bool readJsonTree(QByteArrayView text, YamlTree &tree, int maxDepth)
{
    return JsonTreeReader(text, tree, maxDepth).read();
}

} // namespace ps
