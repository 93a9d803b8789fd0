#pragma once
// A line diff of two texts in the unified format `diff -u` and `git diff` print, for showing
// a user what a save would change in a file that someone else changed on disk meanwhile.

#include <QByteArray>
#include <QString>

namespace ps {

/// The unified diff from `before` to `after` (lines split at '\n'; a "\r" before it is part of
/// the line), headed "--- beforeName" / "+++ afterName", with `context` unchanged lines around
/// each change. Empty when the texts are equal. The common beginning and end are skipped before
/// comparing; when what remains is too large to compare line by line (more than about four
/// million line pairs) it is shown as one block removed and one added. A last line without a
/// newline is not marked as such.
QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeName,
    const QString &afterName, int context = 3);

} // namespace ps
