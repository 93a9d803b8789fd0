#include "core/report/textdiff.h"

#include <algorithm>
#include <vector>

#include <QList>

namespace ps {

namespace {

enum class Op { Same, Removed, Added };

struct Line {
    Op op;
    qsizetype index; // into `before` for Same and Removed, into `after` for Added
};

QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the newline that ends the last line
    return lines;
}

/// The edit script of a[from, aEnd) against b[from, bEnd) by longest common subsequence.
void compareMiddle(const QList<QByteArray> &a, const QList<QByteArray> &b, qsizetype aFrom,
    qsizetype aEnd, qsizetype bFrom, qsizetype bEnd, QList<Line> &script)
{
    const qsizetype n = aEnd - aFrom;
    const qsizetype m = bEnd - bFrom;
    constexpr qsizetype kMaxCells = 4'000'000;
    if (n == 0 || m == 0 || n * m > kMaxCells) {
        for (qsizetype i = aFrom; i < aEnd; ++i)
            script.append({Op::Removed, i});
        for (qsizetype j = bFrom; j < bEnd; ++j)
            script.append({Op::Added, j});
        return;
    }
    // lcs[i][j]: the longest common subsequence of a[aFrom + i..] and b[bFrom + j..]
    std::vector<int> lcs(std::size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return std::size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a[aFrom + i] == b[bFrom + j]
                ? lcs[at(i + 1, j + 1)] + 1
                : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a[aFrom + i] == b[bFrom + j]) {
            script.append({Op::Same, aFrom + i});
            ++i;
            ++j;
        } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            script.append({Op::Removed, aFrom + i++});
        } else {
            script.append({Op::Added, bFrom + j++});
        }
    }
    for (; i < n; ++i)
        script.append({Op::Removed, aFrom + i});
    for (; j < m; ++j)
        script.append({Op::Added, bFrom + j});
}

QString range(qsizetype start, qsizetype count)
{
    // diff -u: "l,s" with 1-based l; an empty range names the line before it
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &beforeName,
    const QString &afterName, int context)
{
    if (before == after)
        return {};
    const QList<QByteArray> a = linesOf(before);
    const QList<QByteArray> b = linesOf(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    QList<Line> script;
    for (qsizetype i = 0; i < prefix; ++i)
        script.append({Op::Same, i});
    compareMiddle(a, b, prefix, a.size() - suffix, prefix, b.size() - suffix, script);
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        script.append({Op::Same, i});

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    // Where each script entry is in both texts.
    std::vector<qsizetype> aPos(std::size_t(script.size()) + 1);
    std::vector<qsizetype> bPos(std::size_t(script.size()) + 1);
    for (qsizetype k = 0, ai = 0, bi = 0; k <= script.size(); ++k) {
        aPos[std::size_t(k)] = ai;
        bPos[std::size_t(k)] = bi;
        if (k == script.size())
            break;
        if (script[k].op != Op::Added)
            ++ai;
        if (script[k].op != Op::Removed)
            ++bi;
    }
    qsizetype k = 0;
    while (k < script.size()) {
        if (script[k].op == Op::Same) {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2 * context unchanged lines from the previous one.
        const qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        qsizetype sameRun = 0;
        for (qsizetype e = k; e < script.size(); ++e) {
            if (script[e].op == Op::Same) {
                if (++sameRun > qsizetype(2) * context)
                    break;
            } else {
                sameRun = 0;
                end = e + 1;
            }
        }
        const qsizetype stop = std::min<qsizetype>(script.size(), end + context);
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(aPos[std::size_t(start)],
                            aPos[std::size_t(stop)] - aPos[std::size_t(start)]),
                       range(bPos[std::size_t(start)],
                           bPos[std::size_t(stop)] - bPos[std::size_t(start)]));
        for (qsizetype e = start; e < stop; ++e) {
            const Line &line = script[e];
            const QByteArray &text = line.op == Op::Added ? b[line.index] : a[line.index];
            const char mark = line.op == Op::Same ? ' ' : line.op == Op::Removed ? '-' : '+';
            out += QLatin1Char(mark) + QString::fromUtf8(text) + QLatin1Char('\n');
        }
        k = stop;
    }
    return out;
}

} // namespace ps
