#include "core/io/didyoumean.h"

#include <algorithm>
#include <vector>

namespace ps {

int editDistance(QStringView a, QStringView b)
{
    // Three rows of the optimal-string-alignment table: the one before the previous is what
    // a transposition of the last two characters looks back to.
    const size_t width = size_t(b.size()) + 1;
    std::vector<int> older(width), previous(width), current(width);
    for (size_t j = 0; j < width; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const size_t k = size_t(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[k] = std::min({previous[k] + 1, current[k - 1] + 1, previous[k - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[k] = std::min(current[k], older[k - 2] + 1);
        }
        std::swap(older, previous);
        std::swap(previous, current);
    }
    return previous.back();
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
