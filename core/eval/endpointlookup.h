#pragma once
// Looking an endpoint up by the REF a person typed, for every front end: the engine's
// resolution (PolicyEngine::resolve) plus what helps when it fails — the endpoints of that
// name in other namespaces, or the nearest REF ("Did you mean 'prod/db-0'?").

#include <QCoreApplication>
#include <QString>

#include "core/eval/policyengine.h"
#include "core/model/result.h"

namespace ps {

class EndpointLookup {
    Q_DECLARE_TR_FUNCTIONS(EndpointLookup)

public:
    /// The endpoint (or outside address) `text` names, or an Error whose message is the
    /// engine's reason followed by suggestions on a second line when there are any. A failure
    /// scans every endpoint, so batches ask for the first few errors only.
    static Result<EndpointRef> find(const PolicyEngine &engine, const QString &text);

private:
    static QString withSuggestions(
        const PolicyEngine &engine, const QString &text, const QString &reason);
};

} // namespace ps
