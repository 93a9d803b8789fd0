#pragma once
// Positions in JSON text, for error messages that name a line and column: QJsonDocument
// reports only a byte offset for syntax errors and keeps no positions for what it parsed.

#include <QByteArray>
#include <QList>

#include "core/model/source.h"

namespace ps {

/// The byte offsets of the items of the top-level array of `json`, in order (empty when it has
/// none). Strings and nested values are skipped, so commas and brackets inside them do not
/// count.
QList<qsizetype> jsonArrayItemOffsets(const QByteArray &json);

/// The 1-based line and column of byte `offset` in UTF-8 `text` (columns count characters;
/// offsets past the end are clamped).
SourcePos textPositionAt(const QByteArray &text, qsizetype offset);

} // namespace ps
