#include "core/validate/metarules.h"

#include <algorithm>

#include <QHash>

#include "core/model/excerpt.h"
#include "core/validate/diagnosticsink.h"
#include "core/validate/namerules.h"

namespace ps {

namespace {

constexpr qint64 kAnnotationBudget = qint64(256) * 1024;

} // namespace

QString MetaRules::entryPath(const QString &mapPath, const QString &key)
{
    return mapPath + u'.' + key;
}

void MetaRules::check(DiagnosticSink &sink, const ObjectMeta &meta, ResourceKind kind)
{
    const QString nameError = NameRules::checkResourceName(kind, meta.name);
    if (!nameError.isEmpty())
        sink.error(QStringLiteral("metadata.name"), nameError);
    if (kindIsNamespaced(kind) && !meta.namespace_.isEmpty()) {
        const QString nsError = NameRules::checkNamespaceName(meta.namespace_);
        if (!nsError.isEmpty())
            sink.error(QStringLiteral("metadata.namespace"), nsError);
    } else if (!kindIsNamespaced(kind) && !meta.namespace_.isEmpty()) {
        // calicoctl refuses a namespace on a cluster-scoped Calico kind; the Kubernetes API
        // server ignores it on a cluster-scoped Kubernetes kind.
        if (kindIsCalico(kind)) {
            sink.error(QStringLiteral("metadata.namespace"),
                tr("a namespace must not be given: %1 is not a namespaced resource")
                    .arg(kindName(kind)));
        } else {
            sink.warning(QStringLiteral("metadata.namespace"),
                tr("%1 is not namespaced: the namespace is ignored").arg(kindName(kind)));
        }
    }
    checkLabels(sink, meta.labels, QStringLiteral("metadata.labels"));
    checkAnnotations(sink, meta.annotations, QStringLiteral("metadata.annotations"));
}

QStringList MetaRules::labelKeyErrors(QStringView key)
{
    QStringList errors = NameRules::checkQualifiedName(key);
    for (QString &e : errors)
        e = tr("invalid label key %1").arg(e);
    return errors;
}

QStringList MetaRules::labelValueErrors(QStringView key, QStringView value)
{
    QStringList errors = NameRules::checkLabelValue(value);
    for (QString &e : errors)
        e = tr("label %1: %2").arg(excerpt(key), e);
    return errors;
}

QStringList MetaRules::annotationKeyErrors(QStringView key)
{
    // Calico checks annotation keys lower-cased; only convert when there is upper case.
    const bool upper = std::any_of(key.begin(), key.end(), [](QChar c) { return c.isUpper(); });
    QStringList errors = upper ? NameRules::checkQualifiedName(key.toString().toLower())
                               : NameRules::checkQualifiedName(key);
    for (QString &e : errors)
        e = tr("invalid annotation key %1").arg(e);
    return errors;
}

QList<MetaRules::EntryErrors> MetaRules::checkEntries(MapKind kind, const QList<Entry> &entries)
{
    QHash<QString, int> uses;
    for (const Entry &entry : entries)
        ++uses[entry.key];
    QList<EntryErrors> result;
    result.reserve(entries.size());
    for (const Entry &entry : entries) {
        EntryErrors errors;
        if (kind == MapKind::Labels) {
            errors.key = labelKeyErrors(entry.key);
            errors.value = labelValueErrors(entry.key, entry.value);
        } else {
            errors.key = annotationKeyErrors(entry.key);
        }
        if (uses.value(entry.key) > 1)
            errors.key.append(tr("key \"%1\" is used more than once").arg(entry.key));
        result.append(errors);
    }
    return result;
}

void MetaRules::checkLabels(DiagnosticSink &sink, const Labels &labels, const QString &path)
{
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        for (const QString &e : labelKeyErrors(it.key()))
            sink.error(entryPath(path, it.key()), e);
        for (const QString &e : labelValueErrors(it.key(), it.value()))
            sink.error(entryPath(path, it.key()), e);
    }
}

void MetaRules::checkAnnotations(
    DiagnosticSink &sink, const Labels &annotations, const QString &path)
{
    qint64 total = 0;
    for (auto it = annotations.constBegin(); it != annotations.constEnd(); ++it) {
        for (const QString &e : annotationKeyErrors(it.key()))
            sink.error(entryPath(path, it.key()), e);
        total += NameRules::utf8Length(it.key()) + NameRules::utf8Length(it.value());
    }
    if (total > kAnnotationBudget) {
        sink.error(path,
            tr("annotations total %1 bytes; keys and values together may not "
               "exceed 262144 bytes (256 KiB)")
                .arg(total));
    }
}

} // namespace ps
