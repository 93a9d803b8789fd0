#pragma once
// ReferenceEvaluator: a deliberately simple evaluator written straight from
// docs/semantics.md: "Compiling a policy", "Evaluating a packet at an endpoint" for the
// differential test. No index, no caches: every question parses the selector again and scans every
// object. It shares with the engine only the Inventory (objects and their labels), the
// docs/semantics.md: "Compiling a policy" selector texts and the Packet it is given (addresses and
// ports; the members the engine computed are ignored).

#include <QList>

#include "core/eval/inventory.h"
#include "core/eval/policyengine.h"
#include "core/model/workspace.h"

namespace ps {

class ReferenceEvaluator {
public:
    explicit ReferenceEvaluator(const Workspace &workspace);

    Verdict direction(int endpoint, Direction dir, const Packet &packet) const;
    /// A packet forwarded through the host, arriving on `hostEndpoint`.
    Verdict forwarded(int hostEndpoint, const Packet &packet) const;
    Verdict flow(const Packet &packet) const;

private:
    Verdict evaluate(int endpoint, Direction dir, const Packet &packet, bool forwarded) const;
    bool selectorMatchesAddress(const QString &selectorText, const PacketPeer &peer) const;
    QList<int> objectsOf(const PacketPeer &peer) const;
    bool ruleMatches(
        const Rule &rule, const QString &policyNamespace, bool global, const Packet &packet) const;

    Workspace m_workspace;
    Inventory m_inventory;
    QList<CalicoPolicy> m_policies;
};

} // namespace ps
