#pragma once

#include <QByteArrayView>
#include <QVector>

namespace Tilmech {

// Whether a span of a page's markdown leaves ** or __ unpaired, for many spans of one text
// in logarithmic time each. Nested blocks (a list item holding the items below it) overlap,
// so scanning each block's text is quadratic in the nesting; the index scans the text once.
// Same answer as StructureChecks::unbalancedEmphasis() on the span: runs of * or _ outside
// code spans (a ` toggles them, counted from the span's start), a run of n markers holding
// n/2 pairs of signs.
class EmphasisIndex
{
public:
    explicit EmphasisIndex(QByteArrayView text);

    bool unbalanced(qsizetype begin, qsizetype end) const;

private:
    struct Run
    {
        qsizetype begin;
        qsizetype end;
        bool star;          // * (else _)
        bool afterOddTicks; // an odd number of ` precedes it in the text
    };
    // Parity of the pairs of signs of a run, or of its part inside [begin, end).
    static int pairParity(qsizetype begin, qsizetype end) { return int(((end - begin) / 2) & 1); }
    bool oddTicksBefore(qsizetype offset) const;
    // Pair parities of runs before index `run`, per marker and per parity of ` before them:
    // bit 0 stars after even, bit 1 stars after odd, bit 2 underscores after even, bit 3
    // underscores after odd.
    int prefix(qsizetype run) const { return m_prefix.at(run); }

    QVector<Run> m_runs;
    QVector<quint8> m_prefix;   // m_runs.size() + 1 entries
    QVector<qsizetype> m_ticks; // offsets of every `
};

} // namespace Tilmech
