#pragma once
// Selector: a parsed Calico label selector (docs/semantics.md: "Selectors"). An immutable value
// that shares its node tree, so copies are cheap and safe across threads. Parse failures come back
// as an Error with message and position (offset, byteOffset), never as an exception. The default
// Selector is all(). Canonical text and UniqueID are computed on first use and cached.

#include <memory>

#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/model/result.h"
#include "core/selector/labelsource.h"
#include "core/selector/selectornode.h"

namespace ps {

class Selector {
public:
    Selector();
    explicit Selector(SelectorNode root);

    /// Parses selector text exactly as Calico does (empty or blank text is all()). An error
    /// has the message, `offset` and `byteOffset` (Calico's column); no file, line or column.
    static Result<Selector> parse(QStringView text);
    /// Calico's Normalise: the canonical text when trimmed text parses, else text unchanged.
    static QString normalise(const QString &text);

    const SelectorNode &root() const;
    /// Does an object with these labels match? Never allocates.
    bool evaluate(const LabelSource &labels) const;

    /// Canonical text (Selector.String() in Calico), bit-exact (docs/semantics.md: "Selectors").
    /// As in Calico, "!(!x)" prints as "!!x", which re-parses as x: not always a fixed point.
    QString canonical() const;
    QString toString() const { return canonical(); }
    /// "s:" + base64url-nopad(SHA-224("s:" + canonical)) (docs/semantics.md: "Selectors").
    QString uniqueId() const;

    /// Label names the selector mentions, sorted, without duplicates.
    QStringList labelKeys() const;

    /// The selector with prefix prepended to every label name (PrefixVisitor, docs/semantics.md:
    /// "Selectors").
    Selector withLabelPrefix(QStringView prefix) const;
    /// withLabelPrefix(prefix).canonical().
    QString prefixedCanonical(QStringView prefix) const;

    /// Calico's Equal: same canonical text (hence same UniqueID).
    friend bool operator==(const Selector &a, const Selector &b);

private:
    struct Data;
    std::shared_ptr<const Data> m_d;
};

size_t qHash(const Selector &selector, size_t seed = 0);

} // namespace ps
