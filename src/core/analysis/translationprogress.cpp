#include "analysis/translationprogress.h"

#include "analysis/alignment.h"
#include "analysis/pageanalysis.h"
#include "base/charclass.h"

namespace Tilmech {

TranslationProgress &TranslationProgress::operator+=(const TranslationProgress &other)
{
    known = known || other.known;
    blocks += other.blocks;
    blocksLeft += other.blocksLeft;
    words += other.words;
    wordsLeft += other.wordsLeft;
    return *this;
}

int TranslationProgress::wordsIn(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool part = CharClass::letter(c).letter || CharClass::digit(c) >= 0;
        words += part && !inWord;
        inWord = part;
    }
    return words;
}

TranslationProgress TranslationProgress::measure(const PageAnalysis &english,
                                                 const PageAnalysis &translation,
                                                 const Alignment &alignment)
{
    TranslationProgress p;
    p.known = true;
    const auto &source = english.outline().blocks();
    const auto &target = translation.outline().blocks();
    for (int b = 0; b < source.size(); ++b) {
        const OutlineBlock &block = source.at(b);
        const int words = block.kind == OutlineBlock::Kind::Code ? 0 : wordsIn(block.text);
        if (words == 0)
            continue;
        ++p.blocks;
        p.words += words;
        QString translated;
        const AlignedPair *pair = alignment.forSource(b);
        if (pair) {
            for (int t : pair->translation)
                translated += target.at(t).text + QLatin1Char(' ');
        }
        // A block the translation leaves out, or keeps in English, is work left.
        const QString english = block.text.simplified();
        if (translated.simplified().isEmpty() || translated.simplified() == english ||
            (pair && pair->source.size() > 1 && translated.simplified().contains(english))) {
            ++p.blocksLeft;
            p.wordsLeft += words;
        }
    }
    return p;
}

} // namespace Tilmech
