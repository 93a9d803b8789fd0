#pragma once
// LabelIndex: answers "which items match this selector" for a large, changing set of labelled
// items (endpoints, network sets) without evaluating the selector once per item.
//
// Each item has an int id, its own labels and an ordered list of parent ids (profiles) whose
// labels it inherits: own labels first, then parents in list order, first hit wins
// (docs/semantics.md: "Selectors"). Parents are registered separately and may be shared by many
// items; changing a parent re-indexes the items that use it. Unknown parent ids contribute no
// labels.
//
// Design: items live in dense slots. An inverted index maps label key -> slots having the key and
// key -> value -> slots. A query walks the selector tree and computes the exact match set as a
// bitset over slots: ==, in, has read postings directly; contains / starts with / ends with test
// each distinct value of the key once; !=, not in and ! are complements within the live slots;
// && and || are bitwise and/or (&& stops early once empty). The result therefore equals
// per-item evaluation for every selector, at a cost proportional to the selector size times
// items/64 plus the postings touched. Not thread-safe for writes; const queries may run
// concurrently.

#include <vector>

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/selector/selector.h"

namespace ps {

class LabelIndex {
public:
    using Labels = QMap<QString, QString>;

    /// Adds or replaces the labels of a parent (e.g. a profile's labelsToApply).
    void setParent(const QString &parentId, const Labels &labels);
    void removeParent(const QString &parentId);

    /// Adds or replaces an item.
    void setItem(int id, const Labels &labels, const QStringList &parentIds = {});
    void removeItem(int id);
    void clear();

    bool contains(int id) const { return m_slotById.contains(id); }
    qsizetype size() const { return m_slotById.size(); }
    /// All item ids, ascending.
    QList<int> ids() const;
    /// The labels selectors see for the item (own, then inherited); empty if unknown.
    Labels effectiveLabels(int id) const;

    /// Does one item match? False for unknown ids.
    bool matches(int id, const Selector &selector) const;
    /// Ids of the items matching the selector, ascending.
    QList<int> matching(const Selector &selector) const;
    qsizetype countMatching(const Selector &selector) const;

private:
    using Bits = std::vector<quint64>;

    struct Item {
        int id = 0;
        bool live = false;
        Labels own;
        QStringList parents;
        Labels effective;
    };

    // Distinct values of one key. The value texts are packed into one buffer so that contains /
    // starts with / ends with scan them at memory speed; freed value ids are reused and the
    // buffer is compacted when half of it is dead.
    struct ValueSpan {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    struct KeyPostings {
        std::vector<int> withKey; // sorted slots having the key
        QHash<QString, int> valueIds; // value -> value id
        std::vector<ValueSpan> spans; // by value id, into text
        std::vector<std::vector<int>> members; // by value id: sorted slots; empty when free
        std::vector<int> freeValueIds;
        std::vector<char16_t> text;
        qsizetype deadText = 0;

        QStringView valueText(size_t id) const
        {
            return QStringView(text.data() + spans[id].offset, spans[id].length);
        }
    };

    Labels flatten(const Item &item) const;
    void index(int slot);
    void unindex(int slot);
    void reindexUsersOf(const QString &parentId);
    static const std::vector<int> *membersOf(const KeyPostings &postings, const QString &value);
    static void compactText(KeyPostings &postings);
    void evaluate(const SelectorNode &node, Bits &out) const;
    void complement(Bits &bits) const;

    std::vector<Item> m_items;
    std::vector<int> m_freeSlots;
    Bits m_live;
    QHash<int, int> m_slotById;
    QHash<QString, Labels> m_parents;
    QHash<QString, QSet<int>> m_parentUsers; // parent id -> slots that list it
    QHash<QString, KeyPostings> m_keys;
};

} // namespace ps
