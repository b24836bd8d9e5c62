#include "base/linediff.h"

#include <algorithm>
#include <vector>

namespace Tilmech {

namespace {

constexpr qint64 MaxCells = 4'000'000;

} // namespace

QVector<LineDiff::Line> LineDiff::compare(const QString &oldText, const QString &newText)
{
    const QStringList a = oldText.split(QLatin1Char('\n'));
    const QStringList b = newText.split(QLatin1Char('\n'));
    QVector<Line> out;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        out.append({Line::Kind::Same, a[i], int(i + 1), int(i + 1)});

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m > MaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            out.append({Line::Kind::Removed, a[prefix + i], int(prefix + i + 1), 0});
        for (qsizetype j = 0; j < m; ++j)
            out.append({Line::Kind::Added, b[prefix + j], 0, int(prefix + j + 1)});
    } else {
        // lcs[i][j]: longest common subsequence of a[i..n) and b[j..m) (middle parts).
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1
                                                          : std::max(at(i + 1, j), at(i, j + 1));
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                out.append(
                    {Line::Kind::Same, a[prefix + i], int(prefix + i + 1), int(prefix + j + 1)});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                out.append({Line::Kind::Removed, a[prefix + i], int(prefix + i + 1), 0});
                ++i;
            } else {
                out.append({Line::Kind::Added, b[prefix + j], 0, int(prefix + j + 1)});
                ++j;
            }
        }
    }
    for (qsizetype k = 0; k < suffix; ++k) {
        const qsizetype ai = a.size() - suffix + k;
        const qsizetype bi = b.size() - suffix + k;
        out.append({Line::Kind::Same, a[ai], int(ai + 1), int(bi + 1)});
    }
    return out;
}

QString LineDiff::unified(const QVector<Line> &lines, int context)
{
    QVector<bool> keep(lines.size(), context < 0);
    if (context >= 0) {
        for (qsizetype k = 0; k < lines.size(); ++k) {
            if (lines[k].kind == Line::Kind::Same)
                continue;
            for (qsizetype c = std::max<qsizetype>(0, k - context);
                 c <= std::min<qsizetype>(lines.size() - 1, k + context); ++c)
                keep[c] = true;
        }
    }
    QString out;
    bool skipped = false;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (!keep[k]) {
            skipped = true;
            continue;
        }
        if (skipped) {
            out += QStringLiteral("@@ line %1 @@\n")
                       .arg(lines[k].newLine ? lines[k].newLine : lines[k].oldLine);
            skipped = false;
        }
        const Line &l = lines[k];
        out += (l.kind == Line::Kind::Same      ? QStringLiteral("  ")
                : l.kind == Line::Kind::Removed ? QStringLiteral("- ")
                                                : QStringLiteral("+ ")) +
               l.text + QLatin1Char('\n');
    }
    return out;
}

} // namespace Tilmech
