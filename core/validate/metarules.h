#pragma once
// MetaRules: validation of ObjectMeta (calico-semantics §2.1) — the name rule of the kind, the
// namespace, label keys and values, annotation keys and the 256 KiB annotation budget — and
// of other label / annotation maps (a Profile's labelsToApply, a rule's annotations).

#include <QCoreApplication>
#include <QString>

#include "core/model/kind.h"
#include "core/model/meta.h"

namespace ps {

class DiagnosticSink;

class MetaRules {
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    /// Name, namespace, labels and annotations of a resource of `kind`.
    static void check(DiagnosticSink &sink, const ObjectMeta &meta, ResourceKind kind);
    /// Every key a qualified name, every value a label value. `path` is the map's path.
    static void checkLabels(DiagnosticSink &sink, const Labels &labels, const QString &path);
    /// Keys qualified names (checked lower-cased, as Calico does); keys + values ≤ 256 KiB.
    static void checkAnnotations(
        DiagnosticSink &sink, const Labels &annotations, const QString &path);
    /// The path of one entry of a label or annotation map.
    static QString entryPath(const QString &mapPath, const QString &key);
};

} // namespace ps
