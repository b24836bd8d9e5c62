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

QString LineDiff::patch(const QString &name, const QString &oldText, const QString &newText,
                        int context)
{
    const QVector<Line> all = compare(oldText, newText);
    // A text ending in a line break splits into a last, empty piece that is no line; a text
    // not ending in one has a last line the patch marks so.
    const bool oldBreak = oldText.endsWith(QLatin1Char('\n'));
    const bool newBreak = newText.endsWith(QLatin1Char('\n'));
    const int oldPieces = int(oldText.count(QLatin1Char('\n'))) + 1;
    const int newPieces = int(newText.count(QLatin1Char('\n'))) + 1;
    QVector<Line> lines;
    for (const Line &l : all) {
        const bool oldPiece = l.kind != Line::Kind::Added && l.oldLine == oldPieces && oldBreak;
        const bool newPiece = l.kind != Line::Kind::Removed && l.newLine == newPieces && newBreak;
        if ((l.kind == Line::Kind::Same && oldPiece && newPiece) ||
            (l.kind == Line::Kind::Removed && oldPiece) ||
            (l.kind == Line::Kind::Added && newPiece))
            continue;
        // The same text, but the last line of one text only without its line break: a change.
        const bool oldLast = !oldBreak && l.oldLine == oldPieces;
        const bool newLast = !newBreak && l.newLine == newPieces;
        if (l.kind == Line::Kind::Same && oldLast != newLast) {
            lines.append({Line::Kind::Removed, l.text, l.oldLine, 0});
            lines.append({Line::Kind::Added, l.text, 0, l.newLine});
            continue;
        }
        lines.append(l);
    }
    const auto unbroken = [&](const Line &l) {
        return (l.kind != Line::Kind::Added && !oldBreak && l.oldLine == oldPieces) ||
               (l.kind != Line::Kind::Removed && !newBreak && l.newLine == newPieces);
    };
    return hunks(name, lines, context, unbroken);
}

QString LineDiff::hunks(const QString &name, const QVector<Line> &lines, int context,
                        const std::function<bool(const Line &)> &unbroken)
{
    // Lines of each text before each line of the diff, for the hunks' headers.
    QVector<int> oldBefore(lines.size() + 1, 0), newBefore(lines.size() + 1, 0);
    for (qsizetype k = 0; k < lines.size(); ++k) {
        oldBefore[k + 1] = oldBefore[k] + (lines[k].kind != Line::Kind::Added);
        newBefore[k + 1] = newBefore[k] + (lines[k].kind != Line::Kind::Removed);
    }
    QString out;
    qsizetype k = 0;
    while (k < lines.size()) {
        if (lines[k].kind == Line::Kind::Same) {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that follows within 2 * context unchanged lines.
        const qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype last = k;
        for (qsizetype j = k + 1; j < lines.size() && j <= last + 2 * context; ++j) {
            if (lines[j].kind != Line::Kind::Same)
                last = j;
        }
        const qsizetype end = std::min<qsizetype>(lines.size(), last + context + 1);
        const int oldCount = oldBefore[end] - oldBefore[start];
        const int newCount = newBefore[end] - newBefore[start];
        if (out.isEmpty())
            out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(name);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldBefore[start] + (oldCount > 0))
                   .arg(oldCount)
                   .arg(newBefore[start] + (newCount > 0))
                   .arg(newCount);
        for (qsizetype j = start; j < end; ++j) {
            const Line &l = lines[j];
            out += (l.kind == Line::Kind::Same      ? QLatin1Char(' ')
                    : l.kind == Line::Kind::Removed ? QLatin1Char('-')
                                                    : QLatin1Char('+')) +
                   l.text + QLatin1Char('\n');
            if (unbroken(l))
                out += QStringLiteral("\\ No newline at end of file\n");
        }
        k = end;
    }
    return out;
}

} // namespace Tilmech
