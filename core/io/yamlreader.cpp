#include "core/io/yamlreader.h"

#include <istream>
#include <streambuf>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <QCoreApplication>

namespace ps {

namespace {

// Lets yaml-cpp read the caller's buffer without copying it into a stringstream.
class MemoryBuffer final : public std::streambuf {
public:
    explicit MemoryBuffer(QByteArrayView text)
    {
        char *begin = const_cast<char *>(text.data());
        setg(begin, begin, begin + text.size());
    }
};

struct TreeError {
    QString message;
    int offset;
};

bool isNullWord(const std::string &s)
{
    return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

class TreeBuilder final : public YAML::EventHandler {
    Q_DECLARE_TR_FUNCTIONS(Loader)

public:
    explicit TreeBuilder(YamlTree &tree) : m_tree(tree) { }

    int lastOffset = 0; // furthest event position seen
    int lastScalarOffset = -1; // position of the last scalar (to find unterminated quotes)

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        m_tree.clear(mark.line, mark.column, mark.pos);
        m_anchors.clear();
        note(mark);
    }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        note(mark);
        remember(anchor, m_tree.addNull(mark.line, mark.column, mark.pos));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        note(mark);
        if (anchor >= m_anchors.size() || m_anchors[anchor] == kNone)
            throw TreeError {tr("invalid YAML: unknown alias"), mark.pos};
        if (!m_tree.attachAlias(m_anchors[anchor]))
            throw TreeError {
                tr("invalid YAML: an alias refers to a node that contains it"), mark.pos};
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
        const std::string &value) override
    {
        note(mark);
        lastScalarOffset = mark.pos;
        const bool plain = tag == "?";
        std::uint32_t node = 0;
        if (plain && isNullWord(value))
            node = m_tree.addNull(mark.line, mark.column, mark.pos);
        else
            node = m_tree.addScalar(value, plain, mark.line, mark.column, mark.pos);
        remember(anchor, node);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override
    {
        begin(YamlNode::Type::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { m_tree.endCollection(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
        YAML::EmitterStyle::value) override
    {
        begin(YamlNode::Type::Map, mark, anchor);
    }
    void OnMapEnd() override { m_tree.endCollection(); }

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    void note(const YAML::Mark &mark)
    {
        if (mark.pos > lastOffset)
            lastOffset = mark.pos;
    }
    void begin(YamlNode::Type type, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        note(mark);
        if (m_tree.depth() >= YamlReader::kMaxDepth) {
            throw TreeError {
                tr("nesting deeper than %1 levels is not supported").arg(YamlReader::kMaxDepth),
                mark.pos};
        }
        remember(anchor, m_tree.beginCollection(type, mark.line, mark.column, mark.pos));
    }
    void remember(YAML::anchor_t anchor, std::uint32_t node)
    {
        if (anchor == YAML::NullAnchor)
            return;
        if (anchor >= m_anchors.size())
            m_anchors.resize(anchor + 1, kNone);
        m_anchors[anchor] = node;
    }

    YamlTree &m_tree;
    std::vector<std::uint32_t> m_anchors;
};

} // namespace

struct YamlReader::Impl {
    explicit Impl(QByteArrayView text) : buffer(text), stream(&buffer), parser(stream) { }
    MemoryBuffer buffer;
    std::istream stream;
    YAML::Parser parser;
    int lastOffset = 0;
    int lastScalarOffset = -1;
};

YamlReader::YamlReader(QByteArrayView text) : m_text(text)
{
    try {
        m_impl = std::make_unique<Impl>(text);
    } catch (const std::exception &e) {
        m_error = YamlError {tr("invalid YAML: %1").arg(QString::fromUtf8(e.what())), 0};
        m_done = true;
    }
}

YamlReader::~YamlReader() = default;

bool YamlReader::next(YamlTree &tree)
{
    if (m_done)
        return false;
    TreeBuilder builder(tree);
    builder.lastOffset = m_impl->lastOffset;
    builder.lastScalarOffset = m_impl->lastScalarOffset;
    const auto fail = [&](const QString &message, int offset) {
        m_done = true;
        m_error = YamlError {message, offset};
        return false;
    };
    try {
        const bool more = m_impl->parser.HandleNextDocument(builder);
        m_impl->lastOffset = builder.lastOffset;
        m_impl->lastScalarOffset = builder.lastScalarOffset;
        if (!more) {
            m_done = true;
            checkUnterminatedQuote();
            return false;
        }
        // yaml-cpp loops forever on some stray characters after a document (a "," after a
        // top-level flow collection): every call yields another empty document at the same
        // place. Two documents starting at one offset means no progress.
        if (m_lastDocumentOffset == tree.offset()) {
            const int at = tree.offset();
            const QString c
                = at < m_text.size() ? QString::fromUtf8(m_text.sliced(at, 1)) : QString();
            return fail(tr("invalid YAML: unexpected \"%1\"").arg(c), at);
        }
        m_lastDocumentOffset = tree.offset();
        return true;
    } catch (const TreeError &e) {
        return fail(e.message, e.offset);
    } catch (const YAML::Exception &e) {
        int offset = e.mark.is_null() ? -1 : e.mark.pos;
        QString message = tr("invalid YAML: %1").arg(QString::fromStdString(e.msg));
        // Errors at the end of the input: yaml-cpp gives an empty mark or one past the end.
        int end = int(m_text.size());
        while (end > 0 && QChar::isSpace(uchar(m_text[end - 1])))
            --end;
        if (offset < 0 || offset >= end || (offset == 0 && builder.lastOffset > 0)) {
            offset = end;
            message = tr("invalid YAML: %1 (the file ends too early)")
                          .arg(QString::fromStdString(e.msg));
        }
        return fail(message, std::max(offset, 0));
    } catch (const std::exception &e) {
        return fail(tr("invalid YAML: %1").arg(QString::fromUtf8(e.what())), builder.lastOffset);
    }
}

// yaml-cpp accepts a quoted scalar that runs to the end of the input when a line break
// precedes the end. Such a scalar is necessarily the last one, so checking it is enough.
void YamlReader::checkUnterminatedQuote()
{
    const int start = m_impl->lastScalarOffset;
    if (start < 0 || start >= m_text.size())
        return;
    const char quote = m_text[start];
    if (quote != '"' && quote != '\'')
        return;
    for (qsizetype i = start + 1; i < m_text.size(); ++i) {
        const char c = m_text[i];
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (c == quote) {
            if (quote == '\'' && i + 1 < m_text.size() && m_text[i + 1] == '\'') {
                ++i;
                continue;
            }
            return;
        }
    }
    m_error = YamlError {
        tr("invalid YAML: unterminated quoted string (the file ends inside it)"), start};
}

} // namespace ps
