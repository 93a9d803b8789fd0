#pragma once
// DuplicateCheck: finds resources defined more than once (same kind, namespace and name) and
// reports each repeat at its own position, naming where the first definition is. It keeps
// pointers to the Sources it is given; they must outlive the check.

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "core/model/kind.h"
#include "core/model/meta.h"
#include "core/model/source.h"

namespace ps {

class DiagnosticSink;

class DuplicateCheck {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    /// `expected`: how many resources will be added (sizes the table once).
    explicit DuplicateCheck(qsizetype expected = 0) { m_seen.reserve(expected); }

    /// Records the resource; when one with the same key was seen, reports to `sink`.
    void add(DiagnosticSink &sink, ResourceKind kind, const ObjectMeta &meta);

private:
    struct Key {
        ResourceKind kind;
        QString namespace_;
        QString name;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, int(k.kind), k.namespace_, k.name);
        }
    };
    QHash<Key, const Source *> m_seen;
};

} // namespace ps
