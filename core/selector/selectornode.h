#pragma once
// SelectorNode: one node of a parsed label-selector expression (docs/semantics.md: "Selectors"). A
// plain, immutable-by-convention value; a whole tree is owned by its root and shared through
// Selector. Accessors expose the kind, label, value(s) and children so other modules can walk the
// tree (forEachNode) without a visitor class. Evaluation never allocates.

#include <vector>

#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/selector/labelsource.h"

namespace ps {

enum class SelectorOp : quint8 {
    All, // all()
    Global, // global()  (evaluates like all())
    Has, // has(label)
    Equal, // label == "value"
    NotEqual, // label != "value"
    Contains, // label contains "value"
    StartsWith, // label starts with "value"
    EndsWith, // label ends with "value"
    In, // label in {"v1", ...}
    NotIn, // label not in {"v1", ...}
    Not, // !child
    And, // (c1 && c2 && ...)
    Or, // (c1 || c2 || ...)
};

class SelectorNode {
public:
    SelectorNode() = default; // all()

    static SelectorNode all();
    static SelectorNode global();
    static SelectorNode has(QString label);
    /// op is one of Equal, NotEqual, Contains, StartsWith, EndsWith.
    static SelectorNode compare(SelectorOp op, QString label, QString value);
    /// op is In or NotIn; values are sorted (UTF-8 byte order) and de-duplicated here.
    static SelectorNode set(SelectorOp op, QString label, QStringList values);
    static SelectorNode negation(SelectorNode child);
    /// op is And or Or; a single operand is returned unchanged (no one-child And/Or nodes).
    static SelectorNode junction(SelectorOp op, std::vector<SelectorNode> children);

    SelectorOp op() const { return m_op; }
    /// True for Has and the comparison / set operators (the nodes that carry a label).
    bool hasLabel() const;
    const QString &label() const { return m_label; }
    /// The right-hand side of Equal..EndsWith.
    const QString &value() const { return m_value; }
    /// The set of In / NotIn, in canonical order.
    const QStringList &values() const { return m_values; }
    /// One child for Not, two or more for And / Or, none otherwise.
    const std::vector<SelectorNode> &children() const { return m_children; }

    bool evaluate(const LabelSource &labels) const;

    /// Appends the canonical text (docs/semantics.md: "Selectors") of this subtree.
    void appendCanonical(QString &out) const;
    QString canonical() const;

    /// Copy of this subtree with prefix prepended to every label name (docs/semantics.md:
    /// "Selectors").
    SelectorNode withLabelPrefix(QStringView prefix) const;

    /// Pre-order walk: f(node) for this node, then for each child's subtree.
    template<class F> void forEachNode(F &&f) const
    {
        f(*this);
        for (const SelectorNode &child : m_children)
            child.forEachNode(f);
    }

    /// Structural equality (same canonical text).
    friend bool operator==(const SelectorNode &, const SelectorNode &) = default;

    /// Code-point order of two strings (equals the byte order of their UTF-8 encodings).
    static int compareCodePoints(QStringView a, QStringView b);
    /// Exact comparisons as Calico makes them (byte-wise; an empty needle always matches).
    static bool equals(QStringView a, QStringView b);
    static bool startsWith(QStringView haystack, QStringView needle);
    static bool endsWith(QStringView haystack, QStringView needle);
    static bool contains(QStringView haystack, QStringView needle);
    /// True when value is in the (canonically ordered) set of an In / NotIn node.
    bool setContains(const QString &value) const;

private:
    SelectorOp m_op = SelectorOp::All;
    QString m_label;
    QString m_value;
    QStringList m_values;
    std::vector<SelectorNode> m_children;
};

} // namespace ps
