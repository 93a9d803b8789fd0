#pragma once
// Port dependence of a flow's verdict: a trace asked without a destination port answers for
// "any port" only when every port gets the same verdict. verdictsByPort() splits 0-65535 into
// the ranges no policy, profile, named port, Service port or failsafe port tells apart, traces
// one port of each and groups the ranges by verdict — exact, because inside such a range every
// rule matches every port or none (docs/semantics.md: "Flows and traces").

#include <QList>
#include <QPair>

#include "core/eval/flow.h"
#include "core/model/action.h"

namespace ps {

class PolicyEngine;

struct PortVerdictGroup {
    Verdict verdict = Verdict::Allow;
    QList<QPair<int, int>> ranges; // inclusive, ascending, not adjacent to each other
    int portCount() const;
    friend bool operator==(const PortVerdictGroup &, const PortVerdictGroup &) = default;
};

struct PortVerdicts {
    QList<PortVerdictGroup> groups; // ordered by their first port
    QString error; // the flow cannot be traced (unknown endpoint, protocol...): the trace's error
    bool ok() const { return error.isEmpty(); }
    /// Every port gets the same verdict ("any port" is a true answer).
    bool uniform() const { return groups.size() == 1; }
};

/// The verdict of `flow` for each destination port (flow.port is ignored). The flow's protocol
/// must carry ports (TCP, UDP, SCTP, UDPLite); for any other the result has one group.
PortVerdicts verdictsByPort(const PolicyEngine &engine, const Flow &flow);

/// Where the verdict can change along the port axis for `engine`: the sorted first ports of the
/// ranges verdictsByPort() traces (always starting with 0).
QList<int> portBoundaries(const PolicyEngine &engine);

} // namespace ps
