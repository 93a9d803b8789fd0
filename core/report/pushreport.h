#pragma once
// The report of a push to a node agent (policyctl push, the studio's push dialog): the plan —
// each resource to create, update or delete, the unchanged ones counted, what changes in the
// kernel — then the result for every resource that changes, and what is left as it was when
// the push failed.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/push/agentpush.h"

namespace ps {

class PushReport {
    Q_DECLARE_TR_FUNCTIONS(PushReport)

public:
    static QString text(const PushOutcome &outcome, const AgentTarget &target);
    /// {"target":{"kind":"agent","url","node"},"status":"applied|dry-run|failed","message",
    ///  "details":[…],"generationBefore":N,"plan":{…AgentPlan}|null,
    ///  "resources":[{"action","kind","name","result":"applied|unchanged|planned|not applied"}],
    ///  "state":{…AgentState}|null,"milliseconds":N}
    static QByteArray json(const PushOutcome &outcome, const AgentTarget &target);
};

} // namespace ps
