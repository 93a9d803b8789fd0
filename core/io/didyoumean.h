#pragma once
// didYouMean: the candidate closest to a misspelt word, for "did you mean" hints in
// diagnostics and usage errors (unknown fields, kinds, commands, endpoints). The only
// edit distance in the project: the core, the CLI and the studio all suggest through here.

#include <QString>
#include <QStringList>

namespace ps {

/// The candidate with the smallest edit distance to `word` (case-insensitive equality wins),
/// or an empty string when none is close enough to be a likely typo.
QString didYouMean(const QString &word, const QStringList &candidates);

/// The candidate equal to `word` ignoring case ("tcp" → "TCP"), or an empty string: for values
/// that are case-sensitive, where only a wrong case is worth a hint.
QString sameIgnoringCase(const QString &word, const QStringList &candidates);

/// Edit distance: insertions, deletions, substitutions and swaps of two adjacent characters
/// ("trcae" → "trace"), each costing 1 (the optimal string alignment distance).
int editDistance(QStringView a, QStringView b);

} // namespace ps
