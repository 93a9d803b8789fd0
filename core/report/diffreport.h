#pragma once
// A semantic diff as policyctl prints it: text and JSON.

#include <QByteArray>
#include <QString>

#include "core/eval/semanticdiff.h"

namespace ps {

QString diffToText(const SemanticDiff &diff);
QByteArray diffToJson(const SemanticDiff &diff);

} // namespace ps
