#pragma once
// Words for a traced flow in the studio, until core/eval/trace.h offers its plain-language
// functions (flowDescription, actionPhrase): then these forward to them.

#include <QString>

#include "core/eval/trace.h"

namespace ps::tracewords {

/// "prod/web-0 → prod/db-0 TCP port 5432" (with ICMP type/code when given).
QString flow(const FlowTrace &trace);
/// A step action in words: "end of tier: deny", "staged: would allow (not enforced)"...
QString action(const QString &action);

} // namespace ps::tracewords
