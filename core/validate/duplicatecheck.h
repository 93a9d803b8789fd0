#pragma once
// DuplicateCheck: finds resources defined more than once (same kind, namespace and name) and
// reports each repeat at its own position, naming where the first definition is.

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
    /// Records the resource; when one with the same key was seen, reports to `sink`.
    void add(DiagnosticSink &sink, ResourceKind kind, const ObjectMeta &meta);

private:
    struct First {
        QString file;
        int line = 0;
    };
    QHash<QString, First> m_seen;
};

} // namespace ps
