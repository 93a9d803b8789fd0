#pragma once
// YamlTree: one YAML document as a compact, read-only tree — a flat array of nodes, a flat
// array of child indices and one buffer holding every scalar's text. Built from libyaml's
// parser events by YamlReader; much cheaper than a node object per value, and it keeps every node's
// position. Aliases share the anchored subtree; merge keys (<<) are resolved when a mapping
// ends. Private to core/io.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ps {

struct YamlNode {
    enum class Type : std::uint8_t { Null, Scalar, Sequence, Map };
    Type type = Type::Null;
    bool plain = false; // a scalar written without quotes or an explicit tag
    int line = 0; // 0-based; lines end at '\\n'
    int column = 0; // 0-based, in bytes
    int offset = 0; // byte offset in the parsed text
    int end = 0; // byte offset just past the node's last character (a block collection: past
                 // its last value, before any comment or blank line that follows)
    std::uint32_t first = 0; // scalar: offset of its text; collection: index of its first child
    std::uint32_t size = 0; // scalar: length in bytes; sequence: items; map: key/value pairs

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isSequence() const { return type == Type::Sequence; }
    bool isMap() const { return type == Type::Map; }
};

class YamlTree {
public:
    bool isEmpty() const { return m_nodes.empty() || root().isNull(); }
    const YamlNode &root() const { return m_nodes[m_root]; }
    std::string_view scalar(const YamlNode &node) const
    {
        return node.isScalar() ? std::string_view(m_text).substr(node.first, node.size)
                               : std::string_view();
    }
    const YamlNode &item(const YamlNode &sequence, std::uint32_t i) const
    {
        return m_nodes[m_children[sequence.first + i]];
    }
    const YamlNode &key(const YamlNode &map, std::uint32_t i) const
    {
        return m_nodes[m_children[map.first + 2 * i]];
    }
    const YamlNode &value(const YamlNode &map, std::uint32_t i) const
    {
        return m_nodes[m_children[map.first + 2 * i + 1]];
    }
    /// The value of the first key equal to `name`, or nullptr.
    const YamlNode *find(const YamlNode &map, std::string_view name) const;
    std::size_t nodeCount() const { return m_nodes.size(); }

    // Where the document starts.
    int line() const { return m_line; }
    int column() const { return m_column; }
    int offset() const { return m_offset; }

    // --- Building (used by YamlReader) ---
    void clear(int line, int column, int offset);
    /// Adds a leaf and attaches it to the open collection (or makes it the root).
    std::uint32_t addScalar(
        std::string_view text, bool plain, int line, int column, int offset, int end);
    std::uint32_t addNull(int line, int column, int offset, int end);
    /// Opens a sequence or mapping; its children follow until endCollection().
    std::uint32_t beginCollection(YamlNode::Type type, int line, int column, int offset);
    /// Most pairs merge keys (<<) may add to one document, counted over every mapping (a
    /// merged mapping that itself merged counts again): beyond it the document is refused, as
    /// kubectl's YAML library refuses excessive aliasing.
    static constexpr std::size_t kMaxMergedPairs = 1'000'000;
    /// Closes the open collection. `flowEnd`: just past the closing bracket of a flow
    /// collection; -1 for a block collection, which ends with its last value. False when the
    /// mapping's merge keys go over kMaxMergedPairs (the tree is then incomplete).
    bool endCollection(int flowEnd = -1);
    /// Attaches an existing node again (an alias written at [.., end)). False when it is
    /// still open (it would contain itself).
    bool attachAlias(std::uint32_t node, int end);
    int depth() const { return int(m_open.size()); }
    /// Moves every position by `lines` and `offset` bytes: for a document parsed from a part
    /// of a text that starts at a line start (columns stay).
    void shift(int lines, int offset);

private:
    std::uint32_t addNode(const YamlNode &node);
    void attach(std::uint32_t node);
    bool resolveMergeKeys(std::size_t frameStart);

    std::vector<YamlNode> m_nodes;
    std::vector<std::uint32_t> m_children;
    std::string m_text;
    std::uint32_t m_root = 0;
    int m_line = 0;
    int m_column = 0;
    int m_offset = 0;
    int m_lastEnd = 0; // end of the last value added
    // Building state: open collections and their pending children.
    struct Frame {
        std::uint32_t node;
        std::size_t pendingStart;
    };
    std::vector<Frame> m_open;
    std::vector<std::uint32_t> m_pending;
    std::size_t m_mergedPairs = 0; // merged pairs of this document so far
};

} // namespace ps
