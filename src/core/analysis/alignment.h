#pragma once

#include "analysis/outline.h"

#include <QVector>

namespace Tilmech {

class PageAnalysis;

// Pairs the blocks of an English page with those of its translation, in order: one to one,
// or one to two and two to one where a translator merged or split paragraphs; a block with
// no counterpart stands alone. Blocks are compared by kind (a heading may pair with a
// paragraph that is all bold), by the tags, numbers and links they share, and by length.
// Used by the parity checks and for side-by-side scrolling.
struct AlignedPair
{
    QVector<int> source;      // English block indices (0, 1 or 2)
    QVector<int> translation; // translated block indices (0, 1 or 2)
    double score = 0;         // how alike the two sides are, 0..1
};

class Alignment
{
public:
    static Alignment align(const PageAnalysis &source, const PageAnalysis &translation);

    const QVector<AlignedPair> &pairs() const { return m_pairs; }
    // The pair holding translated block `block`, or null.
    const AlignedPair *forTranslation(int block) const;
    const AlignedPair *forSource(int block) const;

    // Similarity of two blocks, 0..1 (exposed for tests).
    static double similarity(const PageAnalysis &a, const QVector<int> &blocksA,
                             const PageAnalysis &b, const QVector<int> &blocksB);

private:
    QVector<AlignedPair> m_pairs;
    QVector<int> m_pairOfTranslation;
    QVector<int> m_pairOfSource;
};

} // namespace Tilmech
