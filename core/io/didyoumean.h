#pragma once
// didYouMean: the candidate closest to a misspelt word, for "did you mean" hints in
// diagnostics (unknown fields, unknown kinds).

#include <QString>
#include <QStringList>

namespace ps {

/// The candidate with the smallest edit distance to `word` (case-insensitive equality wins),
/// or an empty string when none is close enough to be a likely typo.
QString didYouMean(const QString &word, const QStringList &candidates);

/// Levenshtein distance (insertions, deletions, substitutions; each costs 1).
int editDistance(QStringView a, QStringView b);

} // namespace ps
