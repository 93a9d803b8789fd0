#pragma once
// ResourceId: the identity of one resource for as long as the process runs. The loader gives
// every resource one, edits keep it (a renamed policy is still the same resource), and a
// resource added by an edit gets a new one when the edited Workspace is made. Identity is not
// part of a resource's value: it lives in Source, which equality ignores, so two resources with
// the same fields compare equal whatever their ids.
//
// Views, rule references, undo merges and the workspace store name a resource by its id rather
// than by its display name (which changes on rename and may be duplicated in invalid input) or
// by its index (which changes when resources before it are added or removed).

#include <compare>

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace ps {

class ResourceId {
public:
    /// The null id: a resource that has not been placed in a Workspace yet.
    constexpr ResourceId() = default;
    /// A fresh id, distinct from every other id handed out in this process (thread-safe).
    static ResourceId next();

    constexpr bool isNull() const { return m_value == 0; }
    constexpr quint64 value() const { return m_value; }
    /// "#42": for logs and test failure messages only; ids are not stable across processes.
    QString toString() const;

    friend constexpr bool operator==(ResourceId, ResourceId) = default;
    friend constexpr auto operator<=>(ResourceId, ResourceId) = default;
    friend size_t qHash(ResourceId id, size_t seed = 0) noexcept
    {
        return ::qHash(id.m_value, seed);
    }

private:
    constexpr explicit ResourceId(quint64 value) : m_value(value) { }
    quint64 m_value = 0;
};

} // namespace ps

Q_DECLARE_METATYPE(ps::ResourceId)
