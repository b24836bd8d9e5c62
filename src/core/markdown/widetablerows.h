#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Tilmech {

// Lines with more table cells than cmark-gfm can take: its table parser spends time that
// grows with the square of a row's cells (a table 12,000 cells wide took seconds per
// parse). Such a line's pipes are hidden from cmark-gfm behind a stand-in byte of the same
// length, so no table cell is made of them and source positions stay exact; the renderer
// puts the pipes back in the HTML, so the row shows as the text it is.
class WideTableRows
{
    Q_DECLARE_TR_FUNCTIONS(WideTableRows)

public:
    // Far above any real table (the corpus's widest has a handful of columns).
    static constexpr int MaxCells = 1000;

    // The start of every line of `text` with more than MaxCells unescaped '|'.
    static QVector<qsizetype> find(QByteArrayView text);
    // The first line of each run of consecutive lines in `lines` (found in `text`): one
    // finding per table.
    static QVector<qsizetype> firstOfRuns(QByteArrayView text, const QVector<qsizetype> &lines);
    // Replaces the unescaped '|' of `lines` in `text` by a byte that `text` does not hold,
    // and returns it; 0 when there are no lines, or no such byte (then by spaces).
    static char hide(QByteArray &text, const QVector<qsizetype> &lines);
    // Turns the stand-in back into '|'.
    static void restore(QByteArray &html, char standIn);

    static QString message();
};

} // namespace Tilmech
