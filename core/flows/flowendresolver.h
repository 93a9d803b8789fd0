#pragma once
// FlowEndResolver: which workspace endpoint a flow log's end is (docs/flows.md, "Resolving the
// ends"): a pod by its full name; an aggregated workload ("frontend-7c9d8f6b5-*": the pods
// whose generateName is "frontend-7c9d8f6b5-", else pods named so, else the Deployment,
// StatefulSet, DaemonSet or Job the name was made from); a network set; the host endpoint of a
// node; a public or private address. The answer is a REF the engine traces (core/eval/flow.h),
// or a plain reason why there is none: the name is aggregated away, unknown, or from a
// namespace the workspace does not have (a different cluster).
//
// Built once per engine; resolve() is const and thread-safe.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/policyengine.h"
#include "core/flows/flowrecord.h"

namespace ps {

struct ResolvedEnd {
    bool resolved = false;
    QString ref; // what the engine traces: "ns/name", "hep:name" or an address
    QString reason; // why it is not resolved
    /// What was approximated: one pod of several, an address picked for a network set or for
    /// "pub"/"pvt" when the log has none.
    QString note;
};

class FlowEndResolver {
public:
    explicit FlowEndResolver(const PolicyEngine &engine);

    ResolvedEnd resolve(const FlowEnd &end) const;

private:
    ResolvedEnd workload(const FlowEnd &end) const;
    ResolvedEnd aggregatedWorkload(const QString &ns, const QString &aggregated) const;
    ResolvedEnd hostEndpoint(const FlowEnd &end) const;
    ResolvedEnd networkSet(const FlowEnd &end, bool quiet) const;
    ResolvedEnd network(const FlowEnd &end) const;
    bool knownNamespace(const QString &ns) const;

    const PolicyEngine *m_engine;
    QHash<QString, QStringList> m_podsByGenerateName; // "ns/generateName" -> pod names
    QHash<QString, QStringList> m_podsByNamespace; // pod names, sorted
    QHash<QString, QStringList> m_hostEndpointsByNode;
    QHash<QString, bool> m_namespaces;
    QString m_publicAddress; // in no network set and no endpoint
    QString m_privateAddress;
};

} // namespace ps
