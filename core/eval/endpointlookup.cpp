#include "core/eval/endpointlookup.h"

#include "core/io/didyoumean.h"

namespace ps {

Result<EndpointRef> EndpointLookup::find(const PolicyEngine &engine, const QString &text)
{
    EndpointRef ref = engine.resolve(text);
    if (!ref.ok())
        return Error {unresolvedMessage(engine, ref)};
    return ref;
}

QString EndpointLookup::unresolvedMessage(const PolicyEngine &engine, const EndpointRef &ref)
{
    QString message = ref.error;
    const QString text = ref.display;
    QStringList candidates;
    QStringList sameName; // "db-0" given without its namespace
    for (const InventoryObject &object : engine.inventory().objects()) {
        if (!object.isEndpoint())
            continue;
        const QString candidate = object.ref();
        candidates.append(candidate);
        if (object.name.compare(text, Qt::CaseInsensitive) == 0)
            sameName.append(candidate);
    }
    QStringList suggestions;
    if (!sameName.isEmpty()) {
        suggestions = sameName.mid(0, 3);
    } else if (const QString best = didYouMean(text, candidates); !best.isEmpty()) {
        suggestions.append(best);
    }
    if (!suggestions.isEmpty()) {
        for (QString &s : suggestions)
            s = u'\'' + s + u'\'';
        message += u'\n' + tr("Did you mean %1?").arg(suggestions.join(tr(" or ")));
    }
    return message;
}

} // namespace ps
