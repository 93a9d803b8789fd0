#pragma once
// A parsed label selector as `policyctl selector` prints it: its canonical text, UniqueID and
// Felix IP set name, whether it matches given labels, or where it fails to parse.

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringView>

#include "core/model/meta.h"
#include "core/selector/selector.h"

namespace ps {

/// {valid, canonical, id, ipset, matches, error:{message,column}} on one line: `matches` only
/// when `labels` are given, null where a value does not apply; `column` is the 1-based
/// character of the expression where parsing failed, as in file diagnostics.
QByteArray selectorToJson(const Result<Selector> &parsed, const std::optional<Labels> &labels);

/// "canonical: ...", "id: ...", "ipset: ..." and, with `labels`, "matches: true|false", one
/// line each.
QString selectorToText(const Selector &selector, const std::optional<Labels> &labels);

/// "message (at character N of the selector)", then the expression as typed and a caret
/// under that character, each indented by two spaces (no final newline).
QString selectorErrorText(const Error &error, QStringView expression);

} // namespace ps
