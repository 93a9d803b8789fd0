#include "core/io/didyoumean.h"

#include <algorithm>
#include <vector>

namespace ps {

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

QString sameIgnoringCase(const QString &word, const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (candidate.compare(word, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return QString();
}

QString didYouMean(const QString &word, const QStringList &candidates)
{
    if (word.isEmpty() || word.size() > 200)
        return QString();
    if (QString same = sameIgnoringCase(word, candidates); !same.isEmpty())
        return same;
    QString best;
    int bestDistance = 0;
    for (const QString &candidate : candidates) {
        const int d = editDistance(word.toLower(), candidate.toLower());
        // A likely typo: about one edit per three characters, never more than three.
        const int limit = std::clamp(int(std::min(word.size(), candidate.size()) / 3), 1, 3);
        if (d <= limit && (best.isEmpty() || d < bestDistance)) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace ps
