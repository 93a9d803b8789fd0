#include "core/validate/metarules.h"

#include <algorithm>

#include "core/validate/diagnosticsink.h"
#include "core/validate/namerules.h"

namespace ps {

namespace {

constexpr qint64 kAnnotationBudget = 256 * 1024;

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
    }
    checkLabels(sink, meta.labels, QStringLiteral("metadata.labels"));
    checkAnnotations(sink, meta.annotations, QStringLiteral("metadata.annotations"));
}

void MetaRules::checkLabels(DiagnosticSink &sink, const Labels &labels, const QString &path)
{
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        const QStringList keyErrors = NameRules::checkQualifiedName(it.key());
        for (const QString &e : keyErrors)
            sink.error(entryPath(path, it.key()), tr("invalid label key %1").arg(e));
        const QStringList valueErrors = NameRules::checkLabelValue(it.value());
        for (const QString &e : valueErrors)
            sink.error(entryPath(path, it.key()), tr("label %1: %2").arg(it.key(), e));
    }
}

void MetaRules::checkAnnotations(
    DiagnosticSink &sink, const Labels &annotations, const QString &path)
{
    qint64 total = 0;
    for (auto it = annotations.constBegin(); it != annotations.constEnd(); ++it) {
        // Calico checks annotation keys lower-cased; only convert when there is upper case.
        const QString &key = it.key();
        const bool upper = std::any_of(key.begin(), key.end(), [](QChar c) { return c.isUpper(); });
        const QStringList errors = NameRules::checkQualifiedName(upper ? key.toLower() : key);
        for (const QString &e : errors)
            sink.error(entryPath(path, it.key()), tr("invalid annotation key %1").arg(e));
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
