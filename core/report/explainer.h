#pragma once
// The explainer: the words for what core/eval decides. The engine records why (StepReason,
// RuleMismatch: criteria, sides and values); the reports, the CLI and the studio call these
// functions when they show a trace or a chain, so no verdict-only path ever builds a sentence.
// Text is translated with QCoreApplication::translate in the contexts "Trace" (steps, failed
// criteria, actions, stages, the flow) and "Explain" (selectors and rule summaries).

#include <QList>
#include <QString>

#include "core/eval/matchreason.h"
#include "core/eval/portverdicts.h"
#include "core/eval/trace.h"
#include "core/model/port.h"
#include "core/model/rule.h"

namespace ps {

/// Why the step happened, in one paragraph: "rule 0 allows the flow", "policy selects prod/db-0
/// but no ingress rule matched: port 80 not in 5432"...
QString explainStep(const TraceStep &step);

/// One failed criterion: "protocol UDP is not TCP", "source label app=web is not in {api}".
QString explainMismatch(const RuleMismatch &mismatch);

/// Every failed criterion of a rule, joined with "; ".
QString explainMismatches(const QList<RuleMismatch> &mismatches);

/// The flow in words: "prod/web-0 -> prod/db-0 TCP port 5432" (plus "from port N", "type T",
/// "code C" when given).
QString flowDescription(const FlowTrace &trace);

/// How a port-less flow's verdict depends on the port: "allowed for ports 80, 8000–8100;
/// denied for every other port" (the largest group is "every other port"); for a uniform
/// result "allowed for every port".
QString portVerdictsText(const PortVerdicts &verdicts);

/// A stage in plain words: "untracked policy (before connection tracking)"...; "" for "".
QString stagePhrase(const QString &stage);

/// The words for a step action: "end of tier: deny", "staged: would allow (not enforced)"...
QString actionPhrase(const QString &action);

/// "80,443,8000:8080,http".
QString portListText(const QList<Port> &ports);

/// A one-line summary of a rule ("Allow TCP from namespaceSelector env == 'dev' to ports 80").
QString describeRule(const Rule &rule);

} // namespace ps
