#include "core/selector/labelindex.h"

#include <algorithm>
#include <bit>

namespace ps {

namespace {

void insertSorted(std::vector<int> &v, int x)
{
    const auto it = std::lower_bound(v.begin(), v.end(), x);
    if (it == v.end() || *it != x)
        v.insert(it, x);
}

void eraseSorted(std::vector<int> &v, int x)
{
    const auto it = std::lower_bound(v.begin(), v.end(), x);
    if (it != v.end() && *it == x)
        v.erase(it);
}

void setBits(std::vector<quint64> &bits, const std::vector<int> &members)
{
    for (const int s : members)
        bits[size_t(s) >> 6] |= quint64(1) << (s & 63);
}

bool anySet(const std::vector<quint64> &bits)
{
    return std::any_of(bits.begin(), bits.end(), [](quint64 w) { return w != 0; });
}

bool valueMatches(SelectorOp op, QStringView value, QStringView needle)
{
    switch (op) {
    case SelectorOp::Contains:
        return SelectorNode::contains(value, needle);
    case SelectorOp::StartsWith:
        return SelectorNode::startsWith(value, needle);
    case SelectorOp::EndsWith:
        return SelectorNode::endsWith(value, needle);
    default:
        return false;
    }
}

} // namespace

void LabelIndex::setParent(const QString &parentId, const Labels &labels)
{
    m_parents.insert(parentId, labels);
    reindexUsersOf(parentId);
}

void LabelIndex::removeParent(const QString &parentId)
{
    if (m_parents.remove(parentId))
        reindexUsersOf(parentId);
}

void LabelIndex::reindexUsersOf(const QString &parentId)
{
    const auto users = m_parentUsers.constFind(parentId);
    if (users == m_parentUsers.constEnd())
        return;
    for (const int slot : *users) {
        unindex(slot);
        m_items[size_t(slot)].effective = flatten(m_items[size_t(slot)]);
        index(slot);
    }
}

void LabelIndex::setItem(int id, const Labels &labels, const QStringList &parentIds)
{
    int slot = m_slotById.value(id, -1);
    if (slot >= 0) {
        unindex(slot);
        for (const QString &p : std::as_const(m_items[size_t(slot)].parents)) {
            auto users = m_parentUsers.find(p);
            if (users != m_parentUsers.end()) {
                users->remove(slot);
                if (users->isEmpty())
                    m_parentUsers.erase(users);
            }
        }
    } else if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = int(m_items.size());
        m_items.emplace_back();
        m_live.resize((m_items.size() + 63) / 64, 0);
    }
    m_slotById.insert(id, slot);
    m_live[size_t(slot) >> 6] |= quint64(1) << (slot & 63);

    Item &item = m_items[size_t(slot)];
    item.id = id;
    item.live = true;
    item.own = labels;
    item.parents = parentIds;
    for (const QString &p : parentIds)
        m_parentUsers[p].insert(slot);
    item.effective = flatten(item);
    index(slot);
}

void LabelIndex::removeItem(int id)
{
    const int slot = m_slotById.value(id, -1);
    if (slot < 0)
        return;
    unindex(slot);
    Item &item = m_items[size_t(slot)];
    for (const QString &p : std::as_const(item.parents)) {
        auto users = m_parentUsers.find(p);
        if (users != m_parentUsers.end()) {
            users->remove(slot);
            if (users->isEmpty())
                m_parentUsers.erase(users);
        }
    }
    item = Item();
    m_live[size_t(slot) >> 6] &= ~(quint64(1) << (slot & 63));
    m_slotById.remove(id);
    m_freeSlots.push_back(slot);
}

void LabelIndex::clear()
{
    *this = LabelIndex();
}

QList<int> LabelIndex::ids() const
{
    QList<int> result = m_slotById.keys();
    std::sort(result.begin(), result.end());
    return result;
}

LabelIndex::Labels LabelIndex::effectiveLabels(int id) const
{
    const int slot = m_slotById.value(id, -1);
    return slot < 0 ? Labels() : m_items[size_t(slot)].effective;
}

bool LabelIndex::matches(int id, const Selector &selector) const
{
    const int slot = m_slotById.value(id, -1);
    return slot >= 0 && selector.evaluate(m_items[size_t(slot)].effective);
}

QList<int> LabelIndex::matching(const Selector &selector) const
{
    Bits bits;
    evaluate(selector.root(), bits);
    qsizetype count = 0;
    for (const quint64 w : bits)
        count += std::popcount(w);
    QList<int> result;
    result.reserve(count);
    for (size_t w = 0; w < bits.size(); ++w) {
        quint64 word = bits[w];
        while (word) {
            const int slot = int(w * 64) + std::countr_zero(word);
            result.append(m_items[size_t(slot)].id);
            word &= word - 1;
        }
    }
    // Slots usually follow id order (items added with increasing ids), so check first.
    if (!std::is_sorted(result.cbegin(), result.cend()))
        std::sort(result.begin(), result.end());
    return result;
}

qsizetype LabelIndex::countMatching(const Selector &selector) const
{
    Bits bits;
    evaluate(selector.root(), bits);
    qsizetype count = 0;
    for (const quint64 w : bits)
        count += std::popcount(w);
    return count;
}

LabelIndex::Labels LabelIndex::flatten(const Item &item) const
{
    Labels effective = item.own;
    for (const QString &p : item.parents) {
        const auto parent = m_parents.constFind(p);
        if (parent == m_parents.constEnd())
            continue;
        for (auto it = parent->constBegin(); it != parent->constEnd(); ++it) {
            if (!effective.contains(it.key()))
                effective.insert(it.key(), it.value());
        }
    }
    return effective;
}

void LabelIndex::index(int slot)
{
    const Labels &labels = m_items[size_t(slot)].effective;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        KeyPostings &postings = m_keys[it.key()];
        insertSorted(postings.withKey, slot);
        int valueId = postings.valueIds.value(it.value(), -1);
        if (valueId < 0) {
            if (!postings.freeValueIds.empty()) {
                valueId = postings.freeValueIds.back();
                postings.freeValueIds.pop_back();
            } else {
                valueId = int(postings.spans.size());
                postings.spans.emplace_back();
                postings.members.emplace_back();
            }
            const QString &v = it.value();
            postings.spans[size_t(valueId)] = ValueSpan {qsizetype(postings.text.size()), v.size()};
            postings.text.insert(postings.text.end(), v.utf16(), v.utf16() + v.size());
            postings.valueIds.insert(v, valueId);
        }
        insertSorted(postings.members[size_t(valueId)], slot);
    }
}

void LabelIndex::unindex(int slot)
{
    const Labels &labels = m_items[size_t(slot)].effective;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        const auto key = m_keys.find(it.key());
        if (key == m_keys.end())
            continue;
        eraseSorted(key->withKey, slot);
        const auto value = key->valueIds.find(it.value());
        if (value != key->valueIds.end()) {
            const int valueId = *value;
            std::vector<int> &members = key->members[size_t(valueId)];
            eraseSorted(members, slot);
            if (members.empty()) {
                key->deadText += key->spans[size_t(valueId)].length;
                key->spans[size_t(valueId)] = ValueSpan();
                key->freeValueIds.push_back(valueId);
                key->valueIds.erase(value);
                if (key->deadText > 4096 && key->deadText * 2 > qsizetype(key->text.size()))
                    compactText(*key);
            }
        }
        if (key->withKey.empty())
            m_keys.erase(key);
    }
}

void LabelIndex::compactText(KeyPostings &postings)
{
    std::vector<char16_t> text;
    text.reserve(postings.text.size() - size_t(postings.deadText));
    for (ValueSpan &span : postings.spans) {
        const qsizetype offset = qsizetype(text.size());
        text.insert(text.end(), postings.text.begin() + span.offset,
            postings.text.begin() + span.offset + span.length);
        span.offset = offset;
    }
    postings.text = std::move(text);
    postings.deadText = 0;
}

const std::vector<int> *LabelIndex::membersOf(const KeyPostings &postings, const QString &value)
{
    const int valueId = postings.valueIds.value(value, -1);
    return valueId < 0 ? nullptr : &postings.members[size_t(valueId)];
}

void LabelIndex::complement(Bits &bits) const
{
    for (size_t i = 0; i < bits.size(); ++i)
        bits[i] = m_live[i] & ~bits[i];
}

void LabelIndex::evaluate(const SelectorNode &node, Bits &out) const
{
    out.assign(m_live.size(), 0);
    switch (node.op()) {
    case SelectorOp::All:
    case SelectorOp::Global:
        out = m_live;
        return;
    case SelectorOp::Has: {
        const auto key = m_keys.constFind(node.label());
        if (key != m_keys.constEnd())
            setBits(out, key->withKey);
        return;
    }
    case SelectorOp::Equal:
    case SelectorOp::NotEqual: {
        const auto key = m_keys.constFind(node.label());
        if (key != m_keys.constEnd()) {
            if (const std::vector<int> *members = membersOf(*key, node.value()))
                setBits(out, *members);
        }
        if (node.op() == SelectorOp::NotEqual)
            complement(out);
        return;
    }
    case SelectorOp::In:
    case SelectorOp::NotIn: {
        const auto key = m_keys.constFind(node.label());
        if (key != m_keys.constEnd()) {
            for (const QString &v : node.values()) {
                if (const std::vector<int> *members = membersOf(*key, v))
                    setBits(out, *members);
            }
        }
        if (node.op() == SelectorOp::NotIn)
            complement(out);
        return;
    }
    case SelectorOp::Contains:
    case SelectorOp::StartsWith:
    case SelectorOp::EndsWith: {
        const auto key = m_keys.constFind(node.label());
        if (key == m_keys.constEnd())
            return;
        if (node.value().isEmpty()) {
            setBits(out, key->withKey);
            return;
        }
        // Freed value ids have an empty span and no members, so they never add bits.
        for (size_t id = 0; id < key->spans.size(); ++id) {
            if (valueMatches(node.op(), key->valueText(id), node.value()))
                setBits(out, key->members[id]);
        }
        return;
    }
    case SelectorOp::Not:
        evaluate(node.children().front(), out);
        complement(out);
        return;
    case SelectorOp::And: {
        Bits operand;
        bool first = true;
        for (const SelectorNode &child : node.children()) {
            if (first) {
                evaluate(child, out);
                first = false;
            } else {
                evaluate(child, operand);
                for (size_t i = 0; i < out.size(); ++i)
                    out[i] &= operand[i];
            }
            if (!anySet(out))
                return;
        }
        return;
    }
    case SelectorOp::Or: {
        Bits operand;
        bool first = true;
        for (const SelectorNode &child : node.children()) {
            if (first) {
                evaluate(child, out);
                first = false;
            } else {
                evaluate(child, operand);
                for (size_t i = 0; i < out.size(); ++i)
                    out[i] |= operand[i];
            }
        }
        return;
    }
    }
}

} // namespace ps
