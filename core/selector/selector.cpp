#include "core/selector/selector.h"

#include <algorithm>
#include <atomic>

#include "core/selector/selectorparser_p.h"
#include "core/selector/uniqueid.h"

namespace ps {

namespace {

// Computes a cached string once per Data, lock-free: racing threads may both compute it, the
// first to publish wins. (std::call_once costs a futex wake-up per first call on glibc, which
// dominated the cost of canonical() on freshly parsed selectors.)
template<class Compute>
const QString &lazyString(std::atomic<const QString *> &slot, Compute compute)
{
    if (const QString *ready = slot.load(std::memory_order_acquire))
        return *ready;
    auto *fresh = new QString(compute());
    const QString *expected = nullptr;
    if (slot.compare_exchange_strong(
            expected, fresh, std::memory_order_acq_rel, std::memory_order_acquire))
        return *fresh;
    delete fresh;
    return *expected;
}

} // namespace

struct Selector::Data {
    explicit Data(SelectorNode r) : root(std::move(r)) { }
    ~Data()
    {
        delete canonical.load();
        delete uniqueId.load();
    }
    Data(const Data &) = delete;
    Data &operator=(const Data &) = delete;

    SelectorNode root;
    // Filled on first use; most parsed selectors are only evaluated.
    mutable std::atomic<const QString *> canonical {nullptr};
    mutable std::atomic<const QString *> uniqueId {nullptr};
};

Selector::Selector()
{
    // all() is by far the most common default; share one immutable tree.
    static const std::shared_ptr<const Data> all
        = std::make_shared<const Data>(SelectorNode::all());
    m_d = all;
}

Selector::Selector(SelectorNode root) : m_d(std::make_shared<const Data>(std::move(root))) { }

Result<Selector> Selector::parse(QStringView text)
{
    return SelectorParser::parse(text);
}

QString Selector::normalise(const QString &text)
{
    const Result<Selector> parsed = parse(text.trimmed());
    return parsed ? parsed->canonical() : text;
}

const SelectorNode &Selector::root() const
{
    return m_d->root;
}

bool Selector::evaluate(const LabelSource &labels) const
{
    return m_d->root.evaluate(labels);
}

QString Selector::canonical() const
{
    return lazyString(m_d->canonical, [this] { return m_d->root.canonical(); });
}

QString Selector::uniqueId() const
{
    return lazyString(m_d->uniqueId, [this] { return makeUniqueId(u"s", canonical()); });
}

QStringList Selector::labelKeys() const
{
    QStringList keys;
    m_d->root.forEachNode([&keys](const SelectorNode &node) {
        if (node.hasLabel())
            keys.append(node.label());
    });
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

Selector Selector::withLabelPrefix(QStringView prefix) const
{
    return Selector(m_d->root.withLabelPrefix(prefix));
}

QString Selector::prefixedCanonical(QStringView prefix) const
{
    return withLabelPrefix(prefix).canonical();
}

bool operator==(const Selector &a, const Selector &b)
{
    return a.m_d == b.m_d || a.canonical() == b.canonical();
}

size_t qHash(const Selector &selector, size_t seed)
{
    return qHash(selector.canonical(), seed);
}

} // namespace ps
