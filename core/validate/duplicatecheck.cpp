#include "core/validate/duplicatecheck_p.h"

#include "core/validate/diagnosticsink.h"

namespace ps {

void DuplicateCheck::add(DiagnosticSink &sink, ResourceKind kind, const ObjectMeta &meta)
{
    if (meta.name.isEmpty())
        return;
    const Key key {kind, meta.namespace_, meta.name};
    const auto it = m_seen.constFind(key);
    if (it == m_seen.constEnd()) {
        m_seen.insert(key, &sink.source());
        return;
    }
    const Source &first = **it;
    const SourcePos pos = first.find(QStringLiteral("metadata.name"));
    QString where = first.file.isEmpty() ? QStringLiteral("<input>") : first.file;
    if (pos.line > 0)
        where += u':' + QString::number(pos.line);
    const QString name = meta.namespace_.isEmpty() ? meta.name : meta.namespace_ + u'/' + meta.name;
    sink.error(QStringLiteral("metadata.name"),
        tr("%1 \"%2\" is defined more than once; the first definition is at %3")
            .arg(kindDisplayName(kind), name, where));
}

} // namespace ps
