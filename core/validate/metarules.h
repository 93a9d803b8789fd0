#pragma once
// MetaRules: validation of ObjectMeta (docs/semantics.md: "Validation") — the name rule of the
// kind, the namespace, label keys and values, annotation keys and the 256 KiB annotation budget —
// and of other label / annotation maps (a Profile's labelsToApply, a rule's annotations).

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

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

    // One entry at a time, for editors that hold a map as rows (the studio's key/value table)
    // and for checkLabels() / checkAnnotations(): empty lists when valid, otherwise the
    // user-facing reasons.
    static QStringList labelKeyErrors(QStringView key);
    static QStringList labelValueErrors(QStringView key, QStringView value);
    static QStringList annotationKeyErrors(QStringView key);

    enum class MapKind { Labels, Annotations };
    struct Entry {
        QString key;
        QString value;
    };
    struct EntryErrors {
        QStringList key; // reasons the key is invalid, including "used more than once"
        QStringList value;
        bool isValid() const { return key.isEmpty() && value.isEmpty(); }
    };
    /// Every row of a map being edited, in the rows' order; one result per row. Rows whose key
    /// repeats an earlier or later row's key are errors (a map holds each key once).
    static QList<EntryErrors> checkEntries(MapKind kind, const QList<Entry> &entries);
};

} // namespace ps
