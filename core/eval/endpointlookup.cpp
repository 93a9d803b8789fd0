#include "core/eval/endpointlookup.h"

#include "core/io/didyoumean.h"

namespace ps {

Result<EndpointRef> EndpointLookup::find(const PolicyEngine &engine, const QString &text)
{
    Result<EndpointRef> ref = engine.resolve(text);
    if (!ref)
        return Error {withSuggestions(engine, text.trimmed(), ref.error().message)};
    return ref;
}

QString EndpointLookup::withSuggestions(
    const PolicyEngine &engine, const QString &text, const QString &reason)
{
    QString message = reason;
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
