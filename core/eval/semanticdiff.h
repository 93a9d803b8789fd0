#pragma once
// SemanticDiff: what changes between two workspaces in Calico's terms (`policyctl diff`):
// policies added, removed or changed (and which fields), and the flows whose verdict changes.
// Flows are probed between every pair of endpoint classes (see endpointClasses(); computed on
// both workspaces at once, so a class is uniform in both) for each probe (protocol, port):
// by default every destination port, named port and service port either workspace mentions.
// Only endpoints present in both workspaces (by REF) are compared, with each other and with the
// outside world: one address of each range either workspace's rules or network sets tell apart
// (outsideRanges()), named by that address.

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/eval/policyengine.h"

namespace ps {

struct PolicyChange {
    enum class Type { Added, Removed, Changed };
    Type type = Type::Changed;
    QString kind;
    QString name; // "ns/name" or "name"
    QStringList fields; // changed fields (Changed only): selector, ingress, order, ...
};

struct FlowChange {
    QString from; // representative endpoints, or an address standing for an outside range
    QString to;
    QString protocol;
    std::optional<int> port;
    Verdict before = Verdict::Deny;
    Verdict after = Verdict::Deny;
    qint64 endpointPairs = 0; // endpoint pairs (with an outside address: endpoints) changing alike
};

struct DiffProbe {
    QString protocol;
    std::optional<int> port;
};

struct SemanticDiff {
    QList<PolicyChange> policies;
    QList<FlowChange> flows;
    bool flowsTruncated = false;
    bool isEmpty() const { return policies.isEmpty() && flows.isEmpty(); }
};

struct DiffOptions {
    QList<DiffProbe> probes; // empty: derived from both workspaces
    int maxFlows = 1000;
};

SemanticDiff semanticDiff(
    const PolicyEngine &before, const PolicyEngine &after, const DiffOptions &options = {});
QList<DiffProbe> defaultDiffProbes(const PolicyEngine &before, const PolicyEngine &after);

} // namespace ps
