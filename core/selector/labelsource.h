#pragma once
// LabelSource: a non-owning, allocation-free view of "the labels of one object" that a
// selector evaluates against. It wraps a pointer to the caller's container plus a lookup
// function, so QHash, QMap and inherited-label views (InheritedLabels) all work without copying.
// The viewed object must outlive the LabelSource; keep it a temporary or a local.

#include <concepts>

#include <QString>

namespace ps {

class LabelSource {
public:
    /// Returns the value for key, or nullptr when the label is absent.
    using LookupFn = const QString *(*)(const void *context, const QString &key);

    LabelSource(const void *context, LookupFn lookup) : m_context(context), m_lookup(lookup) { }

    /// Any map with constFind/constEnd and QString values (QHash, QMap, ps::Labels).
    template<class Map>
    requires requires(const Map &m, const QString &k)
    {
        {
            m.constFind(k) == m.constEnd()
            } -> std::convertible_to<bool>;
        {
            *m.constFind(k)
            } -> std::convertible_to<const QString &>;
    }
    LabelSource(const Map &map) // NOLINT(google-explicit-constructor): views convert implicitly
        : m_context(&map), m_lookup(&lookupInMap<Map>)
    {
    }

    /// Any object with `const QString *labelValue(const QString &key) const`.
    template<class View>
    requires requires(const View &v, const QString &k)
    {
        {
            v.labelValue(k)
            } -> std::same_as<const QString *>;
    }
    LabelSource(const View &view) // NOLINT(google-explicit-constructor)
        : m_context(&view), m_lookup(&lookupInView<View>)
    {
    }

    const QString *value(const QString &key) const { return m_lookup(m_context, key); }
    bool has(const QString &key) const { return value(key) != nullptr; }

private:
    template<class Map> static const QString *lookupInMap(const void *context, const QString &key)
    {
        const Map &map = *static_cast<const Map *>(context);
        const auto it = map.constFind(key);
        return it == map.constEnd() ? nullptr : &*it;
    }

    template<class View> static const QString *lookupInView(const void *context, const QString &key)
    {
        return static_cast<const View *>(context)->labelValue(key);
    }

    const void *m_context;
    LookupFn m_lookup;
};

} // namespace ps
