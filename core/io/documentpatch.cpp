#include "core/io/documentpatch_p.h"

#include <algorithm>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <QCoreApplication>

#include "core/io/outnode_p.h"
#include "core/io/resourcedecoder_p.h"
#include "core/io/resourceencoder_p.h"
#include "core/io/textcheck_p.h"
#include "core/io/yamlreader_p.h"
#include "core/io/yamltree_p.h"
#include "core/model/workspace.h"

namespace ps {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isSpace(char c)
{
    return isBlank(c) || c == '\n' || c == '\r';
}

bool isCollection(const OutNode &node)
{
    return node.type() == OutNode::Type::Map || node.type() == OutNode::Type::Sequence;
}

/// One change to the document's text: [from, to) becomes `text`.
struct Edit {
    qsizetype from = 0;
    qsizetype to = 0;
    QByteArray text;
    int order = 0; // edits at the same place are applied in the order made
};

/// Why an edit could not be written: the field and where it is in the text.
struct Failure {
    QString path;
    qsizetype offset = 0;
    QString reason;
};

/// The text of an item removed from a block sequence (its comment lines above it and all), for
/// an insertion of the same value into that sequence: a moved item keeps its text.
struct MovedItem {
    const OutNode *value = nullptr;
    QByteArray text; // whole lines, with their line breaks
    bool used = false;
};

/// Where a node of the text is held: the document itself, a mapping's value or a sequence's item.
struct Slot {
    enum class Type { Root, Pair, Item };
    Type type = Type::Root;
    const YamlNode *parent = nullptr;
    std::uint32_t index = 0;
};

/// The difference of two encoded trees written as edits of one document's text.
class TextPatcher {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)

public:
    TextPatcher(QByteArrayView text, const YamlTree &tree, qsizetype lo, qsizetype hi, bool json,
        bool complete)
        : m_text(text), m_tree(tree), m_lo(lo), m_hi(hi), m_json(json), m_complete(complete)
    {
    }

    void diff(const OutNode &before, const OutNode &after, const YamlNode &node, const Slot &slot,
        bool flow, const QString &path);
    /// `encoded` without the mapping keys that `node`'s text does not hold.
    OutNode asWritten(const OutNode &encoded, const YamlNode &node) const;
    /// The edited text of [lo, hi), or why it could not be made.
    std::optional<QByteArray> result();
    const std::optional<Failure> &failure() const { return m_failure; }

private:
    void fail(const QString &path, qsizetype offset, const QString &reason)
    {
        if (!m_failure)
            m_failure = Failure {path, offset, reason};
    }
    void edit(qsizetype from, qsizetype to, QByteArray text)
    {
        m_edits.push_back({from, to, std::move(text), int(m_edits.size())});
    }

    // Positions in the text
    qsizetype lineStart(qsizetype at) const;
    /// Where the line of `at` ends: its line break ("\n" or "\r\n"), or the end of the text.
    qsizetype lineEnd(qsizetype at) const;
    /// The start of the line after the line of `at` (the end of the text on the last line).
    qsizetype nextLine(qsizetype at) const;
    bool onlyBlanksBefore(qsizetype at) const { return lineStart(at) == blankStart(at); }
    qsizetype blankStart(qsizetype at) const;
    qsizetype trimmedEnd(qsizetype from, qsizetype end) const;
    qsizetype contentStart(const YamlNode &node) const;
    bool isFlow(const YamlNode &node) const;
    qsizetype pairEnd(const YamlNode &map, std::uint32_t i) const;
    qsizetype dashOf(const YamlNode &item) const;
    qsizetype withCommentsAbove(qsizetype line, qsizetype boundary) const;
    /// The lines [from, end of the line of `end`) removed, with their line break.
    void removeLines(qsizetype from, qsizetype end, bool first, bool last);
    /// In a flow collection: [from, to) removed with the comma that separates it.
    void removeFlowEntry(qsizetype from, qsizetype to, qsizetype floor);

    int textIndex(const YamlNode &map, const QString &key) const;
    QByteArray keyText(const YamlNode &map, std::uint32_t i) const;
    QByteArray flowKey(const QString &key) const;
    QByteArray flowText(const OutNode &value) const { return value.toFlow(m_json); }

    void diffMap(const OutNode &before, const OutNode &after, const YamlNode &map, const Slot &slot,
        bool flow, const QString &path);
    void diffSequence(const OutNode &before, const OutNode &after, const YamlNode &sequence,
        const Slot &slot, bool flow, const QString &path);
    void replaceScalar(const OutNode &value, const YamlNode &node, bool flow);
    void replaceValue(const Slot &slot, const OutNode &value, bool flow, const QString &path);
    void insertPair(const YamlNode &map, const std::vector<bool> &deleted, const OutNode &after,
        std::size_t j, bool flow, const QString &path);
    /// `firstBoundary`: where comments above the first item may start (past its key's line).
    /// An item equal to one of `moved` is written as that item's text.
    void insertItems(const YamlNode &sequence, const std::vector<OutNode> &items, qsizetype after,
        qsizetype firstBoundary, bool flow, const QString &path, std::vector<MovedItem> &moved);

    QByteArrayView m_text;
    const YamlTree &m_tree;
    qsizetype m_lo;
    qsizetype m_hi;
    bool m_json;
    bool m_complete;
    std::vector<Edit> m_edits;
    std::optional<Failure> m_failure;
};

qsizetype TextPatcher::lineStart(qsizetype at) const
{
    while (at > 0 && m_text[at - 1] != '\n')
        --at;
    return at;
}

qsizetype TextPatcher::lineEnd(qsizetype at) const
{
    const qsizetype newline = m_text.indexOf('\n', at);
    if (newline < 0)
        return m_text.size();
    return newline > at && m_text[newline - 1] == '\r' ? newline - 1 : newline;
}

qsizetype TextPatcher::nextLine(qsizetype at) const
{
    const qsizetype newline = m_text.indexOf('\n', at);
    return newline < 0 ? m_text.size() : newline + 1;
}
qsizetype TextPatcher::blankStart(qsizetype at) const
{
    while (at > 0 && isBlank(m_text[at - 1]))
        --at;
    return at;
}

qsizetype TextPatcher::trimmedEnd(qsizetype from, qsizetype end) const
{
    while (end > from && isSpace(m_text[end - 1]))
        --end;
    return end;
}

// Past an anchor or a tag written before a collection.
qsizetype TextPatcher::contentStart(const YamlNode &node) const
{
    qsizetype at = node.offset;
    while (at < m_text.size() && (m_text[at] == '&' || m_text[at] == '!')) {
        while (at < m_text.size() && !isSpace(m_text[at]))
            ++at;
        while (at < m_text.size() && isSpace(m_text[at]))
            ++at;
    }
    return at;
}

bool TextPatcher::isFlow(const YamlNode &node) const
{
    if (node.isScalar() || node.isNull())
        return false;
    const qsizetype at = contentStart(node);
    return at < m_text.size() && (m_text[at] == '{' || m_text[at] == '[');
}

// The end of a pair's value; for a key without a value, just past its colon.
qsizetype TextPatcher::pairEnd(const YamlNode &map, std::uint32_t i) const
{
    const YamlNode &key = m_tree.key(map, i);
    const YamlNode &value = m_tree.value(map, i);
    if (!value.isNull())
        return trimmedEnd(value.offset, value.end);
    qsizetype colon = key.end;
    while (colon < m_text.size() && isBlank(m_text[colon]))
        ++colon;
    if (colon < m_text.size() && m_text[colon] == ':')
        ++colon;
    // A written null ("~", "null") on the key's line.
    if (value.end > colon && m_text.sliced(colon, value.end - colon).indexOf('\n') < 0)
        return trimmedEnd(colon, value.end);
    return colon;
}

// The "-" that introduces a block sequence's item (the item may start on a later line).
qsizetype TextPatcher::dashOf(const YamlNode &item) const
{
    qsizetype at = item.offset;
    while (at > 0 && isSpace(m_text[at - 1]))
        --at;
    return at > 0 && m_text[at - 1] == '-' ? at - 1 : -1;
}

// The start of the comment lines directly above `line` (no blank line between), not above
// `boundary`.
qsizetype TextPatcher::withCommentsAbove(qsizetype line, qsizetype boundary) const
{
    while (line > boundary) {
        const qsizetype previous = lineStart(line - 1);
        if (previous < boundary)
            break;
        const QByteArrayView content = m_text.sliced(previous, line - 1 - previous).trimmed();
        if (!content.startsWith('#'))
            break;
        line = previous;
    }
    return line;
}

void TextPatcher::removeLines(qsizetype from, qsizetype end, bool first, bool last)
{
    const auto blank = [this](qsizetype line) {
        return m_text.sliced(line, lineEnd(line) - line).trimmed().isEmpty();
    };
    qsizetype to = nextLine(end);
    // Blank lines that separated the removed lines from their neighbours: one separation stays
    // where there was one on each side; none is left at the start or end of a collection.
    qsizetype after = to;
    while (after < m_hi && lineEnd(after) < m_hi && blank(after))
        after = nextLine(after);
    qsizetype before = from;
    while (before > m_lo && lineStart(before - 1) >= m_lo && blank(lineStart(before - 1)))
        before = lineStart(before - 1);
    if (after > to && (before < from || first))
        to = after;
    else if (before < from && after == to && last)
        from = before;
    if (to <= m_hi)
        edit(from, to, {});
    else // the last line: the line break before it goes
        edit(std::max(m_lo, from > 1 && m_text[from - 2] == '\r' ? from - 2 : from - 1), m_hi, {});
}

void TextPatcher::removeFlowEntry(qsizetype from, qsizetype to, qsizetype floor)
{
    qsizetype after = to;
    while (after < m_text.size() && isSpace(m_text[after]))
        ++after;
    if (after < m_text.size() && m_text[after] == ',') {
        ++after;
        while (after < m_text.size() && isSpace(m_text[after]))
            ++after;
        edit(from, after, {});
        return;
    }
    qsizetype before = from;
    while (before > floor && isSpace(m_text[before - 1]))
        --before;
    if (before > floor && m_text[before - 1] == ',')
        from = before - 1;
    edit(from, to, {});
}

int TextPatcher::textIndex(const YamlNode &map, const QString &key) const
{
    const QByteArray name = key.toUtf8();
    const std::string_view wanted(name.constData(), std::size_t(name.size()));
    for (std::uint32_t i = 0; i < map.size; ++i) {
        const YamlNode &k = m_tree.key(map, i);
        if (k.isScalar() && m_tree.scalar(k) == wanted)
            return int(i);
    }
    return -1;
}

QByteArray TextPatcher::keyText(const YamlNode &map, std::uint32_t i) const
{
    const YamlNode &key = m_tree.key(map, i);
    return m_text.sliced(key.offset, trimmedEnd(key.offset, key.end) - key.offset).toByteArray();
}

QByteArray TextPatcher::flowKey(const QString &key) const
{
    if (m_json || !OutNode::canBePlain(key, true))
        return OutNode::doubleQuoted(key).toUtf8();
    return key.toUtf8();
}

OutNode TextPatcher::asWritten(const OutNode &encoded, const YamlNode &node) const
{
    if (encoded.type() == OutNode::Type::Map && node.isMap()) {
        OutNode out = OutNode::mapping();
        for (std::size_t i = 0; i < encoded.size(); ++i) {
            const int t = textIndex(node, encoded.key(i));
            if (t >= 0)
                out.insert(encoded.key(i),
                    asWritten(encoded.value(i), m_tree.value(node, std::uint32_t(t))));
        }
        return out;
    }
    if (encoded.type() == OutNode::Type::Sequence && node.isSequence()
        && encoded.size() == node.size) {
        OutNode out = OutNode::sequence();
        for (std::size_t i = 0; i < encoded.size(); ++i)
            out.append(asWritten(encoded.value(i), m_tree.item(node, std::uint32_t(i))));
        return out;
    }
    return encoded;
}

void TextPatcher::diff(const OutNode &before, const OutNode &after, const YamlNode &node,
    const Slot &slot, bool flow, const QString &path)
{
    if (before == after || m_failure)
        return;
    if (before.type() == OutNode::Type::Map && after.type() == OutNode::Type::Map && node.isMap()) {
        diffMap(before, after, node, slot, flow || isFlow(node), path);
        return;
    }
    if (before.type() == OutNode::Type::Sequence && after.type() == OutNode::Type::Sequence
        && node.isSequence()) {
        diffSequence(before, after, node, slot, flow || isFlow(node), path);
        return;
    }
    if (!isCollection(before) && !isCollection(after) && node.isScalar()) {
        replaceScalar(after, node, flow);
        return;
    }
    replaceValue(slot, after, flow, path);
}

void TextPatcher::diffMap(const OutNode &before, const OutNode &after, const YamlNode &map,
    const Slot &slot, bool flow, const QString &path)
{
    const auto beforeIndex = [&before](const QString &key) -> int {
        for (std::size_t i = 0; i < before.size(); ++i)
            if (before.key(i) == key)
                return int(i);
        return -1;
    };
    const auto afterHas = [&after](const QString &key) {
        for (std::size_t i = 0; i < after.size(); ++i)
            if (after.key(i) == key)
                return true;
        return false;
    };
    const auto located = [&](int i, const QString &key) {
        if (m_tree.key(map, std::uint32_t(i)).offset >= map.offset)
            return true;
        fail(path + u'.' + key, m_tree.key(map, std::uint32_t(i)).offset,
            tr("it is merged or aliased from another place"));
        return false;
    };
    const auto child
        = [&path](const QString &key) { return path.isEmpty() ? key : path + u'.' + key; };

    // Keys the edit removes that the text has.
    std::vector<bool> deleted(map.size, false);
    std::size_t deletedCount = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (afterHas(before.key(i)))
            continue;
        const int t = textIndex(map, before.key(i));
        if (t >= 0 && located(t, before.key(i))) {
            deleted[std::size_t(t)] = true;
            ++deletedCount;
        }
    }
    if (deletedCount == map.size && map.size > 0) {
        replaceValue(slot, after, flow, path); // nothing of the mapping stays
        return;
    }
    for (std::size_t j = 0; j < after.size() && !m_failure; ++j) {
        const QString &key = after.key(j);
        const int b = beforeIndex(key);
        if (b >= 0 && before.value(std::size_t(b)) == after.value(j))
            continue;
        const int t = textIndex(map, key);
        if (t < 0) {
            insertPair(map, deleted, after, j, flow, child(key));
            continue;
        }
        if (!located(t, key))
            return;
        const Slot pair {Slot::Type::Pair, &map, std::uint32_t(t)};
        if (m_tree.value(map, std::uint32_t(t)).offset < m_tree.key(map, std::uint32_t(t)).offset) {
            fail(child(key), m_tree.key(map, std::uint32_t(t)).offset,
                tr("its value is an alias of a value written elsewhere"));
            return;
        }
        if (b >= 0)
            diff(before.value(std::size_t(b)), after.value(j), m_tree.value(map, std::uint32_t(t)),
                pair, flow, child(key));
        else
            replaceValue(pair, after.value(j), flow, child(key)); // written but not read (empty)
    }
    if (deletedCount == 0 || m_failure)
        return;

    if (flow) {
        for (std::uint32_t i = 0; i < map.size; ++i) {
            if (deleted[i])
                removeFlowEntry(m_tree.key(map, i).offset, pairEnd(map, i), map.offset);
        }
        return;
    }
    std::uint32_t first = 0; // the first key that stays
    while (first < map.size && deleted[first])
        ++first;
    if (first > 0) {
        // The leading keys go up to the first that stays, which takes their place (after a
        // sequence's "- ", for one).
        edit(m_tree.key(map, 0).offset, m_tree.key(map, first).offset, {});
    }
    for (std::uint32_t i = first + 1; i < map.size; ++i) {
        if (!deleted[i])
            continue;
        const YamlNode &key = m_tree.key(map, i);
        if (!onlyBlanksBefore(key.offset)) {
            fail(child(QString::fromUtf8(m_tree.scalar(key))), key.offset,
                tr("the key does not start its line"));
            return;
        }
        const qsizetype boundary = nextLine(pairEnd(map, i - 1));
        removeLines(withCommentsAbove(lineStart(key.offset), boundary), pairEnd(map, i), false,
            i + 1 == map.size);
    }
}

void TextPatcher::insertPair(const YamlNode &map, const std::vector<bool> &deleted,
    const OutNode &after, std::size_t j, bool flow, const QString &path)
{
    const QString &key = after.key(j);
    const OutNode &value = after.value(j);
    const auto present = [&](const QString &k) {
        const int t = textIndex(map, k);
        return t >= 0 && !deleted[std::size_t(t)]
                && m_tree.key(map, std::uint32_t(t)).offset >= map.offset
            ? t
            : -1;
    };
    // After the nearest key the Writer writes before it; else before the nearest one it
    // writes after it; else after the mapping's last key.
    int anchor = -1;
    for (std::size_t k = j; k-- > 0 && anchor < 0;)
        anchor = present(after.key(k));
    int before = -1;
    if (anchor < 0) {
        for (std::size_t k = j + 1; k < after.size() && before < 0; ++k)
            before = present(after.key(k));
        if (before == 0 && !flow && !onlyBlanksBefore(m_tree.key(map, 0).offset))
            before = -1;
        if (before < 0) {
            for (std::uint32_t i = map.size; i-- > 0 && anchor < 0;)
                if (!deleted[i] && m_tree.key(map, i).offset >= map.offset)
                    anchor = int(i);
        }
    }

    if (flow) {
        const QByteArray pair = flowKey(key) + ": " + flowText(value);
        if (anchor >= 0) {
            const YamlNode &k = m_tree.key(map, std::uint32_t(anchor));
            const qsizetype at = pairEnd(map, std::uint32_t(anchor));
            // One pair per line stays one pair per line (JSON as kubectl writes it).
            const QByteArray separator = onlyBlanksBefore(k.offset) ? ",\n"
                    + m_text.sliced(lineStart(k.offset), k.offset - lineStart(k.offset))
                          .toByteArray()
                                                                    : QByteArray(", ");
            edit(at, at, separator + pair);
        } else if (before >= 0) {
            const qsizetype at = m_tree.key(map, std::uint32_t(before)).offset;
            edit(at, at, pair + ", ");
        } else {
            const qsizetype open = contentStart(map);
            edit(open + 1, open + 1, pair);
        }
        return;
    }
    if (map.size == 0) {
        fail(path, map.offset, tr("its mapping could not be located"));
        return;
    }
    OutNode single = OutNode::mapping();
    single.insert(key, value);
    const qsizetype column = m_tree.key(map, 0).column;
    const QByteArray text = DocumentPatch::placedAt(single.toYaml(), column);
    if (anchor >= 0) {
        const qsizetype at = std::min(lineEnd(pairEnd(map, std::uint32_t(anchor))), m_hi);
        edit(at, at, '\n' + QByteArray(column, ' ') + text);
        return;
    }
    // Before the key and the comment lines above it.
    const qsizetype line = lineStart(m_tree.key(map, std::uint32_t(before)).offset);
    const qsizetype at = withCommentsAbove(
        line, before > 0 ? nextLine(pairEnd(map, std::uint32_t(before - 1))) : line);
    edit(at, at, QByteArray(column, ' ') + text + '\n');
}

void TextPatcher::diffSequence(const OutNode &before, const OutNode &after,
    const YamlNode &sequence, const Slot &slot, bool flow, const QString &path)
{
    if (sequence.size != before.size() || after.size() == 0) {
        if (sequence.size != before.size() && !m_complete) {
            fail(path, sequence.offset,
                tr("the list in the text has %1 items where %2 were read")
                    .arg(sequence.size)
                    .arg(before.size()));
            return;
        }
        replaceValue(slot, after, flow, path);
        return;
    }
    for (std::uint32_t i = 0; i < sequence.size; ++i) {
        if (m_tree.item(sequence, i).offset < sequence.offset
            || (i > 0 && m_tree.item(sequence, i).offset <= m_tree.item(sequence, i - 1).offset)) {
            fail(path, sequence.offset, tr("an item is aliased from another place"));
            return;
        }
    }
    // The items that stayed: a longest common subsequence of equal items.
    const std::size_t n = before.size();
    const std::size_t m = after.size();
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            common[i][j] = before.value(i) == after.value(j)
                ? common[i + 1][j + 1] + 1
                : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    const auto item = [&path](std::size_t i) { return path + u'[' + QString::number(i) + u']'; };
    // Between two kept items: the first items of each side are edits of one another, the rest
    // are removed or inserted.
    struct Gap {
        std::size_t i0, i, j0, j; // before[i0, i) and after[j0, j); then a kept item, if any
    };
    std::vector<Gap> gaps;
    for (std::size_t i = 0, j = 0; i < n || j < m;) {
        const std::size_t i0 = i;
        const std::size_t j0 = j;
        while (i < n && j < m && !(before.value(i) == after.value(j))) {
            if (common[i + 1][j] >= common[i][j + 1])
                ++i;
            else
                ++j;
        }
        if (i == n || j == m) {
            i = n;
            j = m;
        }
        gaps.push_back({i0, i, j0, j});
        if (i < n && j < m) { // a kept item
            ++i;
            ++j;
        }
    }
    // The start of the lines of removed item k: its dash's line and the comments above it.
    const auto removedFrom = [&](std::size_t k, qsizetype dash) {
        qsizetype boundary = lineStart(dash);
        if (k > 0)
            boundary = nextLine(m_tree.item(sequence, std::uint32_t(k - 1)).end);
        else if (slot.type == Slot::Type::Pair)
            boundary = nextLine(m_tree.key(*slot.parent, slot.index).end);
        return withCommentsAbove(lineStart(dash), boundary);
    };
    std::vector<MovedItem> moved;
    for (const Gap &g : gaps) {
        for (std::size_t k = g.i0 + std::min(g.i - g.i0, g.j - g.j0); k < g.i && !flow; ++k) {
            const YamlNode &gone = m_tree.item(sequence, std::uint32_t(k));
            const qsizetype dash = dashOf(gone);
            if (dash < 0 || !onlyBlanksBefore(dash))
                continue;
            const qsizetype from = removedFrom(k, dash);
            const qsizetype to = lineEnd(trimmedEnd(gone.offset, gone.end));
            moved.push_back(
                {&before.value(k), m_text.sliced(from, to - from).toByteArray() + '\n'});
        }
    }
    for (const Gap &g : gaps) {
        if (m_failure)
            break;
        const std::size_t i0 = g.i0;
        const std::size_t j0 = g.j0;
        const std::size_t i = g.i;
        const std::size_t j = g.j;
        const std::size_t paired = std::min(i - i0, j - j0);
        for (std::size_t k = 0; k < paired; ++k) {
            diff(before.value(i0 + k), after.value(j0 + k),
                m_tree.item(sequence, std::uint32_t(i0 + k)),
                {Slot::Type::Item, &sequence, std::uint32_t(i0 + k)}, flow, item(j0 + k));
        }
        for (std::size_t k = i0 + paired; k < i; ++k) {
            const YamlNode &gone = m_tree.item(sequence, std::uint32_t(k));
            if (flow) {
                removeFlowEntry(gone.offset, gone.end, sequence.offset);
                continue;
            }
            const qsizetype dash = dashOf(gone);
            if (dash < 0 || !onlyBlanksBefore(dash)) {
                fail(item(k), gone.offset, tr("the item does not start its line"));
                return;
            }
            // The comments above the first item follow its key's line.
            removeLines(
                removedFrom(k, dash), trimmedEnd(gone.offset, gone.end), k == 0, k + 1 == n);
        }
        if (j - j0 > paired) {
            std::vector<OutNode> added;
            for (std::size_t k = j0 + paired; k < j; ++k)
                added.push_back(after.value(k));
            const qsizetype dash = sequence.size > 0 ? dashOf(m_tree.item(sequence, 0)) : -1;
            const qsizetype boundary = slot.type == Slot::Type::Pair
                ? nextLine(m_tree.key(*slot.parent, slot.index).end)
                : (dash < 0 ? 0 : lineStart(dash));
            insertItems(sequence, added, qsizetype(i0 + paired) - 1, boundary, flow,
                item(j0 + paired), moved);
        }
    }
}

void TextPatcher::insertItems(const YamlNode &sequence, const std::vector<OutNode> &items,
    qsizetype after, qsizetype firstBoundary, bool flow, const QString &path,
    std::vector<MovedItem> &moved)
{
    if (flow) {
        QByteArray text;
        for (const OutNode &value : items) {
            if (!text.isEmpty())
                text += ", ";
            text += flowText(value);
        }
        if (after >= 0) {
            const YamlNode &previous = m_tree.item(sequence, std::uint32_t(after));
            const QByteArray separator = onlyBlanksBefore(previous.offset) ? ",\n"
                    + m_text
                          .sliced(lineStart(previous.offset),
                              previous.offset - lineStart(previous.offset))
                          .toByteArray()
                                                                           : QByteArray(", ");
            edit(previous.end, previous.end, separator + text);
        } else if (sequence.size > 0) {
            const qsizetype at = m_tree.item(sequence, 0).offset;
            edit(at, at, text + ", ");
        } else {
            const qsizetype open = contentStart(sequence);
            edit(open + 1, open + 1, text);
        }
        return;
    }
    const YamlNode &first = m_tree.item(sequence, 0);
    const qsizetype dash = sequence.size > 0 ? dashOf(first) : -1;
    if (dash < 0 || !onlyBlanksBefore(dash)) {
        fail(path, first.offset, tr("the list's items do not start their lines"));
        return;
    }
    const qsizetype column = dash - lineStart(dash);
    QByteArray text;
    for (const OutNode &value : items) {
        const auto same = std::find_if(moved.begin(), moved.end(),
            [&value](const MovedItem &m) { return !m.used && *m.value == value; });
        if (same != moved.end()) {
            // Moved within the list: its own lines, comments and layout kept.
            same->used = true;
            text += same->text;
            continue;
        }
        OutNode one = OutNode::sequence();
        one.append(value);
        text += QByteArray(column, ' ') + DocumentPatch::placedAt(one.toYaml(), column) + '\n';
    }
    if (after >= 0) {
        const YamlNode &previous = m_tree.item(sequence, std::uint32_t(after));
        const qsizetype at = std::min(lineEnd(trimmedEnd(previous.offset, previous.end)), m_hi);
        text.chop(1);
        edit(at, at, '\n' + text);
        return;
    }
    // Before the first item and the comment lines above it.
    const qsizetype at = withCommentsAbove(lineStart(dash), firstBoundary);
    edit(at, at, text);
}

void TextPatcher::replaceScalar(const OutNode &value, const YamlNode &node, bool flow)
{
    const qsizetype from = node.offset;
    const qsizetype to = trimmedEnd(node.offset, node.end);
    const char style = m_text[from];
    const bool scalar = value.type() == OutNode::Type::String;
    QString text;
    if (flow && m_json) {
        text = QString::fromUtf8(flowText(value));
    } else if (style == '"') {
        text = scalar ? OutNode::doubleQuoted(value.text()) : u'"' + value.text() + u'"';
    } else if (style == '\'') {
        // Single quotes hold any printable text on one line; '' is a quote.
        const bool printable = std::none_of(value.text().cbegin(), value.text().cend(),
            [](QChar c) { return c.unicode() < 0x20 || mustEscapeInYaml(c.unicode()); });
        if (scalar && !printable)
            text = OutNode::doubleQuoted(value.text());
        else
            text = u'\'' + QString(value.text()).replace(u'\'', QStringLiteral("''")) + u'\'';
    } else {
        text = value.yamlScalar(flow); // plain, or a block scalar that becomes one line
    }
    edit(from, to, text.toUtf8());
}

void TextPatcher::replaceValue(
    const Slot &slot, const OutNode &value, bool flow, const QString &path)
{
    switch (slot.type) {
    case Slot::Type::Root:
        fail(path, m_lo, tr("the document could not be edited in place"));
        return;
    case Slot::Type::Pair: {
        const YamlNode &map = *slot.parent;
        const YamlNode &key = m_tree.key(map, slot.index);
        const YamlNode &old = m_tree.value(map, slot.index);
        const qsizetype end = pairEnd(map, slot.index);
        if (flow) {
            edit(key.offset, end, keyText(map, slot.index) + ": " + flowText(value));
            return;
        }
        if (isCollection(value) && isFlow(old)) {
            // A collection written in brackets stays in brackets.
            edit(contentStart(old), end, flowText(value));
            return;
        }
        OutNode single = OutNode::mapping();
        single.insert(QString::fromUtf8(m_tree.scalar(key)), value);
        edit(key.offset, end, DocumentPatch::placedAt(single.toYaml(), key.column));
        return;
    }
    case Slot::Type::Item: {
        const YamlNode &item = m_tree.item(*slot.parent, slot.index);
        const qsizetype end = trimmedEnd(item.offset, item.end);
        if (flow || (isCollection(value) && isFlow(item))) {
            edit(item.isScalar() ? item.offset : contentStart(item), end, flowText(value));
            return;
        }
        const qsizetype dash = dashOf(item);
        if (dash < 0) {
            fail(path, item.offset, tr("the item could not be located"));
            return;
        }
        OutNode one = OutNode::sequence();
        one.append(value);
        edit(dash, end, DocumentPatch::placedAt(one.toYaml(), dash - lineStart(dash)));
        return;
    }
    }
}

std::optional<QByteArray> TextPatcher::result()
{
    if (m_failure)
        return std::nullopt;
    std::sort(m_edits.begin(), m_edits.end(), [](const Edit &a, const Edit &b) {
        return a.from != b.from ? a.from < b.from : a.order < b.order;
    });
    // Removals that overlap (a key and the comment lines above the next) become one.
    std::vector<Edit> edits;
    for (Edit &e : m_edits) {
        if (e.from < m_lo || e.to > m_hi || e.to < e.from) {
            fail({}, e.from, tr("an edit falls outside the resource's text"));
            return std::nullopt;
        }
        if (!edits.empty() && e.from < edits.back().to) {
            if (!e.text.isEmpty() || !edits.back().text.isEmpty()) {
                fail({}, e.from, tr("two edits overlap"));
                return std::nullopt;
            }
            edits.back().to = std::max(edits.back().to, e.to);
            continue;
        }
        edits.push_back(std::move(e));
    }
    // Lines written end as the document's lines do.
    if (m_text.indexOf("\r\n") >= 0) {
        for (Edit &e : edits)
            e.text.replace("\n", "\r\n");
    }
    QByteArray out = m_text.sliced(m_lo, m_hi - m_lo).toByteArray();
    for (auto e = edits.rbegin(); e != edits.rend(); ++e)
        out.replace(e->from - m_lo, e->to - e->from, e->text);
    return out;
}

/// The list of `data` that holds resources of type T.
template<class T> const QList<T> *listOf(const WorkspaceData &data)
{
    const QList<T> *found = nullptr;
    forEachResourceList([&](auto member) {
        using List = std::remove_cvref_t<decltype(data.*member)>;
        if constexpr (std::is_same_v<List, QList<T>>)
            found = &(data.*member);
    });
    return found;
}

/// What the patch compares: the resource without the values Calico's defaulting gives it when
/// its text leaves them out and the edit keeps them implied — a policy's types follow its rules
/// while the text does not write them, so an added egress rule does not write `types` out.
template<class T> T withoutImpliedFields(T resource, const Source &)
{
    return resource;
}

template<> CalicoPolicy withoutImpliedFields(CalicoPolicy policy, const Source &text)
{
    const bool written = !text.fields || text.fields->contains(u"spec.types");
    if (!written
        && policy.types
            == defaultPolicyTypes({}, !policy.ingress.isEmpty(), !policy.egress.isEmpty()))
        policy.types.clear();
    return policy;
}

} // namespace

QByteArray DocumentPatch::placedAt(QByteArray encoded, qsizetype column)
{
    if (encoded.endsWith('\n'))
        encoded.chop(1);
    if (column <= 0)
        return encoded;
    const QByteArray indent(column, ' ');
    QByteArray out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype newline = encoded.indexOf('\n', from);
        if (newline < 0) {
            out += QByteArrayView(encoded).sliced(from);
            return out;
        }
        out += QByteArrayView(encoded).sliced(from, newline + 1 - from);
        from = newline + 1;
        if (from < encoded.size() && encoded[from] != '\n')
            out += indent;
    }
}

template<class T>
Result<QByteArray> DocumentPatch::patch(const LoadedFile &file, const T &loaded, const T &edited)
{
    const Source &source = loaded.source;
    const auto refused = [&](const QString &reason, qsizetype offset) {
        const SourcePos at = TextCheck::position(file.text, offset);
        return Error {reason, file.name, at.line, at.column};
    };
    if (source.document < 0 || source.document >= file.documentStarts.size() || source.begin < 0
        || source.end > file.text.size())
        return refused(
            QCoreApplication::translate("WorkspaceStore", "its place in the file is not known"), 0);
    const qsizetype start = file.documentStarts[source.document];
    const qsizetype stop = source.document + 1 < file.documentStarts.size()
        ? file.documentStarts[source.document + 1]
        : file.text.size();
    const QByteArrayView text = QByteArrayView(file.text).sliced(start, stop - start);
    const qsizetype lo = source.begin - start;
    const qsizetype hi = source.end - start;

    YamlTree tree;
    YamlReader reader(text);
    if (!reader.next(tree) || tree.isEmpty())
        return refused(
            QCoreApplication::translate("WorkspaceStore", "its document could not be read again"),
            source.begin);
    // The resource's node: the document, or the List item that starts where it does.
    const YamlNode *node = &tree.root();
    Slot slot;
    if (source.listItem) {
        node = nullptr;
        const YamlNode *items = tree.root().isMap() ? tree.find(tree.root(), "items") : nullptr;
        for (std::uint32_t i = 0; items && items->isSequence() && i < items->size; ++i) {
            if (tree.item(*items, i).offset == lo) {
                node = &tree.item(*items, i);
                slot = {Slot::Type::Item, items, i};
            }
        }
    }
    if (!node || !node->isMap() || node->offset != lo)
        return refused(QCoreApplication::translate(
                           "WorkspaceStore", "its text could not be located in the file"),
            source.begin);
    const qsizetype rootStart = node->offset;
    const bool flowRoot = text[rootStart] == '{';
    bool json = file.name.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
    if (flowRoot && node->size > 0)
        json = json || text[tree.key(*node, 0).offset] == '"';

    const OutNode encoded = ResourceEncoder::encode(withoutImpliedFields(loaded, source));
    const OutNode after = ResourceEncoder::encode(withoutImpliedFields(edited, source));
    // Read back, the patched document must give exactly the edited resource.
    const auto readsAsEdited = [&](const QByteArray &patched) {
        const QByteArray document
            = text.first(lo).toByteArray() + patched + text.sliced(hi).toByteArray();
        YamlReader again(document);
        YamlTree reread;
        WorkspaceData data;
        Diagnostics diagnostics;
        if (again.next(reread)) {
            ResourceDecoder decoder(file.name, document, false, data, diagnostics);
            decoder.decode(reread, source.document);
        }
        const QList<T> *list = listOf<T>(data);
        const auto same = std::find_if(
            list->cbegin(), list->cend(), [&](const T &r) { return r.source.begin == lo; });
        return same != list->cend() && *same == edited;
    };
    // First as the difference of the two encodings; when that does not read back (a default
    // the edit changes was not written), again with every field the text does not hold
    // written out.
    for (int attempt = 0; attempt < 2; ++attempt) {
        TextPatcher patcher(text, tree, lo, hi, json, source.complete);
        const OutNode before = attempt == 0 ? encoded : patcher.asWritten(encoded, *node);
        patcher.diff(before, after, *node, slot, false, QString());
        const std::optional<QByteArray> patched = patcher.result();
        if (!patched) {
            const Failure &f = *patcher.failure();
            const QString reason = f.path.isEmpty()
                ? QCoreApplication::translate(
                    "WorkspaceStore", "the edit cannot be written into its text: %1")
                      .arg(f.reason)
                : QCoreApplication::translate(
                    "WorkspaceStore", "the edit of %1 cannot be written into its text: %2")
                      .arg(f.path, f.reason);
            return refused(reason, start + f.offset);
        }
        if (readsAsEdited(*patched))
            return *patched;
    }
    return refused(
        QCoreApplication::translate("WorkspaceStore",
            "the edit cannot be written into its text: it would not read back as edited"),
        source.begin);
}

template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const CalicoPolicy &, const CalicoPolicy &);
template Result<QByteArray> DocumentPatch::patch(const LoadedFile &, const Tier &, const Tier &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const Profile &, const Profile &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const NetworkSet &, const NetworkSet &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const HostEndpoint &, const HostEndpoint &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const IpPool &, const IpPool &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const FelixConfiguration &, const FelixConfiguration &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const KubernetesNetworkPolicy &, const KubernetesNetworkPolicy &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const AdminPolicy &, const AdminPolicy &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const Namespace &, const Namespace &);
template Result<QByteArray> DocumentPatch::patch(const LoadedFile &, const Pod &, const Pod &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const ServiceAccount &, const ServiceAccount &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const Service &, const Service &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const EndpointSlice &, const EndpointSlice &);
template Result<QByteArray> DocumentPatch::patch(const LoadedFile &, const Node &, const Node &);
template Result<QByteArray> DocumentPatch::patch(
    const LoadedFile &, const WorkloadTemplate &, const WorkloadTemplate &);

} // namespace ps
