#include "core/validate/duplicatecheck.h"

#include "core/validate/diagnosticsink.h"

namespace ps {

void DuplicateCheck::add(DiagnosticSink &sink, ResourceKind kind, const ObjectMeta &meta)
{
    if (meta.name.isEmpty())
        return;
    const QString kindText = kindDisplayName(kind);
    const QString key = kindText + u'/' + meta.namespace_ + u'/' + meta.name;
    const SourcePos pos = sink.source().find(QStringLiteral("metadata.name"));
    const auto it = m_seen.constFind(key);
    if (it == m_seen.constEnd()) {
        m_seen.insert(key, First{sink.source().file, pos.line});
        return;
    }
    QString where = it->file.isEmpty() ? QStringLiteral("<input>") : it->file;
    if (it->line > 0)
        where += u':' + QString::number(it->line);
    const QString name =
        meta.namespace_.isEmpty() ? meta.name : meta.namespace_ + u'/' + meta.name;
    sink.error(QStringLiteral("metadata.name"),
               tr("%1 \"%2\" is defined more than once; the first definition is at %3")
                   .arg(kindText, name, where));
}

} // namespace ps
