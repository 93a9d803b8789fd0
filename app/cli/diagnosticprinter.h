#pragma once
// DiagnosticPrinter: how policyctl prints core Diagnostics — as text on stderr, one
// `file:line:column: error: message [field.path]` line each (Diagnostic::toString), or as the
// JSON array `[{severity,message,file,line,column,path}]` of `validate -o json`.

#include <QTextStream>

#include "core/model/diagnostic.h"

namespace ps::cli {

class DiagnosticPrinter {
public:
    static void printText(QTextStream &stream, const Diagnostics &diagnostics);
    /// The JSON array, one object per line, ending with a newline.
    static QString toJson(const Diagnostics &diagnostics);
    static qsizetype count(const Diagnostics &diagnostics, Severity severity);
};

} // namespace ps::cli
