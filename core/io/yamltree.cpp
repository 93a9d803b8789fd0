#include "core/io/yamltree_p.h"

#include <algorithm>
#include <unordered_set>

namespace ps {

const YamlNode *YamlTree::find(const YamlNode &map, std::string_view name) const
{
    if (!map.isMap())
        return nullptr;
    for (std::uint32_t i = 0; i < map.size; ++i) {
        const YamlNode &k = key(map, i);
        if (k.isScalar() && scalar(k) == name)
            return &value(map, i);
    }
    return nullptr;
}

void YamlTree::clear(int line, int column, int offset)
{
    m_nodes.clear();
    m_children.clear();
    m_text.clear();
    m_open.clear();
    m_pending.clear();
    m_mergedPairs = 0;
    m_root = 0;
    m_line = line;
    m_column = column;
    m_offset = offset;
    m_lastEnd = offset;
}

std::uint32_t YamlTree::addNode(const YamlNode &node)
{
    const auto index = std::uint32_t(m_nodes.size());
    m_nodes.push_back(node);
    return index;
}

void YamlTree::attach(std::uint32_t node)
{
    if (m_open.empty())
        m_root = node;
    else
        m_pending.push_back(node);
}

std::uint32_t YamlTree::addScalar(
    std::string_view text, bool plain, int line, int column, int offset, int end)
{
    YamlNode n;
    n.type = YamlNode::Type::Scalar;
    n.plain = plain;
    n.line = line;
    n.column = column;
    n.offset = offset;
    n.first = std::uint32_t(m_text.size());
    n.size = std::uint32_t(text.size());
    n.end = end;
    m_lastEnd = end;
    m_text.append(text);
    const std::uint32_t index = addNode(n);
    attach(index);
    return index;
}

std::uint32_t YamlTree::addNull(int line, int column, int offset, int end)
{
    YamlNode n;
    n.line = line;
    n.column = column;
    n.offset = offset;
    n.end = end;
    if (end > offset)
        m_lastEnd = end; // written (~, null), not an empty value
    const std::uint32_t index = addNode(n);
    attach(index);
    return index;
}

std::uint32_t YamlTree::beginCollection(YamlNode::Type type, int line, int column, int offset)
{
    YamlNode n;
    n.type = type;
    n.line = line;
    n.column = column;
    n.offset = offset;
    const std::uint32_t index = addNode(n);
    attach(index);
    m_open.push_back({index, m_pending.size()});
    return index;
}

bool YamlTree::endCollection(int flowEnd)
{
    if (m_open.empty())
        return true;
    const Frame frame = m_open.back();
    m_open.pop_back();
    const bool isMap = m_nodes[frame.node].type == YamlNode::Type::Map;
    if (isMap) {
        if ((m_pending.size() - frame.pendingStart) % 2 != 0)
            m_pending.push_back(addNode(YamlNode {})); // a key without value
        if (!resolveMergeKeys(frame.pendingStart))
            return false;
    }
    const std::size_t count = m_pending.size() - frame.pendingStart;
    YamlNode &node = m_nodes[frame.node];
    node.end = flowEnd >= 0 ? flowEnd : std::max(m_lastEnd, node.offset);
    m_lastEnd = node.end;
    node.first = std::uint32_t(m_children.size());
    node.size = std::uint32_t(node.type == YamlNode::Type::Map ? count / 2 : count);
    m_children.insert(
        m_children.end(), m_pending.begin() + std::ptrdiff_t(frame.pendingStart), m_pending.end());
    m_pending.resize(frame.pendingStart);
    return true;
}

bool YamlTree::attachAlias(std::uint32_t node, int end)
{
    for (const Frame &f : m_open) {
        if (f.node == node)
            return false;
    }
    m_lastEnd = end;
    attach(node);
    return true;
}

// YAML merge keys, as go-yaml (and so kubectl / calicoctl) read them: the pairs of the
// merged mapping(s) are added unless the mapping sets the key itself; with a list of
// mappings, earlier ones win. Each merged pair costs one step of the document's budget
// (kMaxMergedPairs), so chained or fanned-out merges cannot make the work grow without bound.
bool YamlTree::resolveMergeKeys(std::size_t frameStart)
{
    const std::size_t end = m_pending.size();
    bool hasMerge = false;
    for (std::size_t i = frameStart; i < end; i += 2) {
        const YamlNode &k = m_nodes[m_pending[i]];
        if (k.isScalar() && k.plain && scalar(k) == "<<") {
            hasMerge = true;
            break;
        }
    }
    if (!hasMerge)
        return true;

    std::vector<std::uint32_t> own;
    std::vector<std::uint32_t> sources;
    for (std::size_t i = frameStart; i < end; i += 2) {
        const YamlNode &k = m_nodes[m_pending[i]];
        if (k.isScalar() && k.plain && scalar(k) == "<<") {
            const std::uint32_t v = m_pending[i + 1];
            if (m_nodes[v].isMap()) {
                sources.push_back(v);
            } else if (m_nodes[v].isSequence()) {
                const YamlNode &seq = m_nodes[v];
                for (std::uint32_t j = 0; j < seq.size; ++j) {
                    const std::uint32_t item = m_children[seq.first + j];
                    if (m_nodes[item].isMap())
                        sources.push_back(item);
                }
            } else {
                own.push_back(m_pending[i]); // not mergeable: keep it as an ordinary key
                own.push_back(v);
            }
            continue;
        }
        own.push_back(m_pending[i]);
        own.push_back(m_pending[i + 1]);
    }
    // The keys the mapping has so far: a merged pair is added only when its key is not among
    // them, so the mapping's own keys and then earlier merged mappings win.
    std::unordered_set<std::string_view> ownKeys;
    for (std::size_t i = 0; i < own.size(); i += 2) {
        const YamlNode &k = m_nodes[own[i]];
        if (k.isScalar())
            ownKeys.insert(scalar(k));
    }
    for (const std::uint32_t source : sources) {
        const YamlNode src = m_nodes[source];
        m_mergedPairs += src.size;
        if (m_mergedPairs > kMaxMergedPairs)
            return false;
        for (std::uint32_t j = 0; j < src.size; ++j) {
            const std::uint32_t k = m_children[src.first + 2 * j];
            const std::uint32_t v = m_children[src.first + 2 * j + 1];
            if (m_nodes[k].isScalar() && ownKeys.contains(scalar(m_nodes[k])))
                continue;
            own.push_back(k);
            own.push_back(v);
            if (m_nodes[k].isScalar())
                ownKeys.insert(scalar(m_nodes[k]));
        }
    }
    m_pending.resize(frameStart);
    m_pending.insert(m_pending.end(), own.begin(), own.end());
    return true;
}

void YamlTree::shift(int lines, int offset)
{
    for (YamlNode &node : m_nodes) {
        node.line += lines;
        node.offset += offset;
        node.end += offset;
    }
    m_line += lines;
    m_offset += offset;
}

} // namespace ps
