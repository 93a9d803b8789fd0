#pragma once
// A flow trace as policyctl prints it: JSON (the documented contract) and plain text.

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/eval/trace.h"

namespace ps {

class JsonWriter;

/// Compact JSON (no whitespace) in the documented key order. A flow with an error is
/// {"from","to","protocol","port","error"}.
QByteArray toJson(const FlowTrace &trace);
/// The same object written into `w` (reports that embed a trace: `policyctl flows`).
void writeJson(JsonWriter &w, const FlowTrace &trace);
/// A JSON array of toJson(trace), one trace per line (`policyctl trace --flows -o json`);
/// "[]" when empty.
QByteArray toJson(const QList<FlowTrace> &traces);

/// Plain language for terminals and the studio (`policyctl trace` text): the verdict, the flow,
/// then each direction's steps with their reasons; for a flow with an error, the error and the
/// flow.
QString toText(const FlowTrace &trace);
/// toText() of each trace, an empty line between two.
QString toText(const QList<FlowTrace> &traces);

} // namespace ps
