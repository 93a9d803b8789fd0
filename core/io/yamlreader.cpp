#include "core/io/yamlreader_p.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QChar>

#include <yaml.h>

#include "core/io/jsontree_p.h"
#include "core/io/loader.h"

namespace ps {

namespace {

bool isNullWord(std::string_view s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::string_view scalarText(const yaml_event_t &event)
{
    return {reinterpret_cast<const char *>(event.data.scalar.value), event.data.scalar.length};
}

// A text whose first character after white space opens a JSON object or array.
bool looksLikeJson(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return c == '{' || c == '[';
    }
    return false;
}

std::string anchorName(const yaml_char_t *anchor)
{
    return anchor ? std::string(reinterpret_cast<const char *>(anchor)) : std::string();
}

// Owns one parser event; libyaml allocates the event's strings.
class Event {
public:
    Event() = default;
    ~Event() { reset(); }
    Event(const Event &) = delete;
    Event &operator=(const Event &) = delete;
    yaml_event_t *get() { return &m_event; }
    const yaml_event_t &operator*() const { return m_event; }
    const yaml_event_t *operator->() const { return &m_event; }
    void reset()
    {
        if (m_live)
            yaml_event_delete(&m_event);
        m_live = false;
    }
    void setLive() { m_live = true; }

private:
    yaml_event_t m_event {};
    bool m_live = false;
};

} // namespace

// libyaml counts marks in characters, and counts NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR
// as line breaks; the tree keeps byte offsets and byte columns, and lines end at '\n' only,
// as everywhere else (TextCheck, editors). The events arrive in text order, so one cursor
// walking forward converts them all in linear time (an earlier mark, as an error's context
// can be, walks again from the start).
class MarkConverter {
public:
    explicit MarkConverter(QByteArrayView text) : m_text(text) { }

    struct Position {
        int line;
        int column; // bytes
        int offset; // bytes
    };

    Position convert(const yaml_mark_t &mark)
    {
        const auto target = qsizetype(mark.index);
        if (target < m_index) {
            m_index = 0;
            m_byte = 0;
            m_line = 0;
            m_lineStart = 0;
        }
        while (m_index < target && m_byte < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_byte]);
            ++m_byte;
            if (c == '\n') {
                ++m_line;
                m_lineStart = m_byte;
            }
            // Skip the continuation bytes of a multi-byte character.
            while (m_byte < m_text.size()
                && (static_cast<unsigned char>(m_text[m_byte]) & 0xC0) == 0x80)
                ++m_byte;
            ++m_index;
        }
        return {m_line, int(m_byte - m_lineStart), int(m_byte)};
    }

private:
    QByteArrayView m_text;
    qsizetype m_index = 0; // characters before m_byte
    qsizetype m_byte = 0;
    int m_line = 0;
    qsizetype m_lineStart = 0;
};

struct YamlReader::Impl {
    explicit Impl(QByteArrayView text) : marks(text)
    {
        yaml_parser_initialize(&parser);
        // An empty view may have no data pointer; libyaml wants one.
        static const unsigned char empty = 0;
        yaml_parser_set_input_string(&parser,
            text.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(text.data()),
            size_t(text.size()));
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    }
    ~Impl() { yaml_parser_delete(&parser); }
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;

    yaml_parser_t parser {};
    MarkConverter marks;
    std::unordered_map<std::string, std::uint32_t> anchors; // of the current document
    std::vector<bool> flow; // of each open collection: written in flow style ([...], {...})
};

YamlReader::YamlReader(QByteArrayView text) : m_text(text), m_impl(std::make_unique<Impl>(text)) { }

YamlReader::~YamlReader() = default;

bool YamlReader::next(YamlTree &tree)
{
    if (m_done)
        return false;
    Impl &d = *m_impl;
    const auto fail = [&](const QString &message, int offset) {
        m_done = true;
        m_error = YamlError {message, offset};
        return false;
    };
    Event event;
    bool inDocument = false;
    for (;;) {
        event.reset();
        if (!yaml_parser_parse(&d.parser, event.get())) {
            // Valid JSON that libyaml refuses (a key over YAML's 1,024-character limit for
            // an implicit key) is read as kubectl reads JSON; otherwise libyaml's words stand.
            if (m_documents == 0 && looksLikeJson(m_text)
                && readJsonTree(m_text, tree, kMaxDepth)) {
                m_done = true;
                ++m_documents;
                return true;
            }
            return fail(parserErrorMessage(), parserErrorOffset());
        }
        event.setLive();
        const auto at = d.marks.convert(event->start_mark);
        const auto anchored = [&](const yaml_char_t *anchor, std::uint32_t node) {
            if (anchor)
                d.anchors[anchorName(anchor)] = node;
        };
        switch (event->type) {
        case YAML_STREAM_START_EVENT:
        case YAML_NO_EVENT:
            break;
        case YAML_STREAM_END_EVENT:
            m_done = true;
            return false;
        case YAML_DOCUMENT_START_EVENT:
            tree.clear(at.line, at.column, at.offset);
            d.anchors.clear();
            d.flow.clear();
            inDocument = true;
            break;
        case YAML_DOCUMENT_END_EVENT:
            if (inDocument) {
                ++m_documents;
                return true;
            }
            break;
        case YAML_ALIAS_EVENT: {
            const auto found = d.anchors.find(anchorName(event->data.alias.anchor));
            if (found == d.anchors.end())
                return fail(tr("invalid YAML: unknown alias"), at.offset);
            if (!tree.attachAlias(found->second, d.marks.convert(event->end_mark).offset))
                return fail(
                    tr("invalid YAML: an alias refers to a node that contains it"), at.offset);
            break;
        }
        case YAML_SCALAR_EVENT: {
            const auto &scalar = event->data.scalar;
            // Plain means written without quotes and without a tag: only such a scalar may
            // be read as null, a number or a boolean.
            const bool plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.plain_implicit
                && scalar.tag == nullptr;
            const std::string_view text = scalarText(*event);
            const int end = d.marks.convert(event->end_mark).offset;
            const std::uint32_t node = plain && isNullWord(text)
                ? tree.addNull(at.line, at.column, at.offset, end)
                : tree.addScalar(text, plain, at.line, at.column, at.offset, end);
            anchored(scalar.anchor, node);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            if (tree.depth() >= kMaxDepth) {
                return fail(
                    tr("nesting deeper than %1 levels is not supported").arg(kMaxDepth), at.offset);
            }
            const bool sequence = event->type == YAML_SEQUENCE_START_EVENT;
            d.flow.push_back(sequence ? event->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                                      : event->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE);
            const std::uint32_t node
                = tree.beginCollection(sequence ? YamlNode::Type::Sequence : YamlNode::Type::Map,
                    at.line, at.column, at.offset);
            anchored(
                sequence ? event->data.sequence_start.anchor : event->data.mapping_start.anchor,
                node);
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            // A flow collection ends with its closing bracket; a block collection's end event
            // is placed at whatever follows it (comments included), so the tree ends it with
            // its last value instead.
            const bool flow = !d.flow.empty() && d.flow.back();
            if (!d.flow.empty())
                d.flow.pop_back();
            if (!tree.endCollection(flow ? d.marks.convert(event->end_mark).offset : -1)) {
                return fail(tr("merge keys (<<) add more than %1 keys to this document; it is "
                               "refused, as kubectl refuses excessive aliasing")
                                .arg(YamlTree::kMaxMergedPairs),
                    at.offset);
            }
            break;
        }
        }
    }
}

// libyaml's own words for the problem, as kubectl and calicoctl (whose YAML parser is a port
// of libyaml) print them.
QString YamlReader::parserErrorMessage()
{
    const yaml_parser_t &parser = m_impl->parser;
    if (parser.error == YAML_MEMORY_ERROR)
        return tr("invalid YAML: out of memory");
    QString problem
        = parser.problem ? QString::fromUtf8(parser.problem) : tr("cannot parse the text");
    if (parser.error == YAML_READER_ERROR)
        return tr("invalid YAML: %1").arg(problem);
    if (parser.context) {
        // "while parsing a block mapping": where the construct the problem is in began.
        const int line = m_impl->marks.convert(parser.context_mark).line + 1;
        problem = tr("%1 (%2 that starts on line %3)")
                      .arg(problem, QString::fromUtf8(parser.context))
                      .arg(line);
    }
    if (atEnd(parserErrorOffset()))
        return tr("invalid YAML: %1; the file ends too early").arg(problem);
    return tr("invalid YAML: %1").arg(problem);
}

int YamlReader::parserErrorOffset()
{
    const yaml_parser_t &parser = m_impl->parser;
    if (parser.error == YAML_READER_ERROR)
        return int(std::min(qsizetype(parser.problem_offset), m_text.size()));
    const yaml_mark_t &mark = parser.problem ? parser.problem_mark : parser.mark;
    return std::min(m_impl->marks.convert(mark).offset, int(m_text.size()));
}

bool YamlReader::atEnd(int offset) const
{
    qsizetype end = m_text.size();
    while (end > 0 && QChar::isSpace(uchar(m_text[end - 1])))
        --end;
    return offset >= end;
}

QString yamlLibraryVersion()
{
    return QString::fromLatin1(yaml_get_version_string());
}

} // namespace ps
