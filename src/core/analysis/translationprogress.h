#pragma once

#include <QtGlobal>

namespace Tilmech {

class Alignment;
class PageAnalysis;

// How much of a page is translated, from its content: the English page's blocks with words
// (code left out), each translated when its aligned translated text differs from the English
// one, left to do when it is the same or has no translated block. Counted in the English
// words, as a translator counts work (Poedit's and Qt Linguist's statistics do the same).
struct TranslationProgress
{
    bool known = false; // measured (else nothing is known yet)
    int blocks = 0;
    int blocksLeft = 0;
    int words = 0;
    int wordsLeft = 0;

    int percent() const { return words == 0 ? 100 : int((words - wordsLeft) * 100LL / words); }
    bool done() const { return known && wordsLeft == 0; }
    TranslationProgress &operator+=(const TranslationProgress &other);

    static TranslationProgress measure(const PageAnalysis &english, const PageAnalysis &translation,
                                       const Alignment &alignment);
    // Words: runs of letters and digits.
    static int wordsIn(const QString &text);
};

} // namespace Tilmech
