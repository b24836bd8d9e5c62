#include "analysis/alignment.h"

#include "analysis/pageanalysis.h"
#include "base/charclass.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace Tilmech {

namespace {

// Interned strings: tags, numbers and link targets become small integers, so that the many
// block comparisons of one alignment compare sorted integer lists without allocating.
class Interner
{
public:
    int id(const QByteArray &key)
    {
        const auto it = m_ids.constFind(key);
        if (it != m_ids.cend())
            return it.value();
        const int id = int(m_ids.size());
        m_ids.insert(key, id);
        return id;
    }

private:
    QHash<QByteArray, int> m_ids;
};

using IdSet = std::vector<int>; // sorted, unique

void normalise(IdSet &set)
{
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
}

IdSet united(const IdSet &a, const IdSet &b)
{
    IdSet out;
    out.reserve(a.size() + b.size());
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

// Size of the intersection over size of the union; -1 when both are empty. Most blocks have
// no tag, number or link, or just one, so those cases answer without a loop or a division.
inline double jaccard(const IdSet &a, const IdSet &b)
{
    if (a.empty() || b.empty())
        return a.empty() && b.empty() ? -1 : 0;
    if (a.size() == 1 && b.size() == 1)
        return a.front() == b.front() ? 1 : 0;
    size_t common = 0;
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

struct Features
{
    OutlineBlock::Kind kind = OutlineBlock::Kind::Paragraph;
    bool boldOnly = false;
    bool tagOnly = false;
    bool headingLike = false; // a heading, or a paragraph all in bold
    int length = 0;
    // Length terms for the length comparison, computed once per block rather than once per
    // comparison: as an English block (scaled: Kyrgyz runs a little longer) and as a
    // translated one, each raised to the power 1.5, with their inverses.
    double sourcePow = 0, sourcePowInverse = 0;
    double translationPow = 0, translationPowInverse = 0;
    // The text; for two blocks taken as one, `text` and `text2` joined by a space, left
    // apart because it is compared only when the lengths agree.
    QString text;
    QString text2;
    bool joined = false;
    IdSet tags;
    IdSet numbers;
    IdSet links;
};

void finish(Features &f)
{
    f.headingLike = f.kind == OutlineBlock::Kind::Heading ||
                    (f.kind == OutlineBlock::Kind::Paragraph && f.boldOnly);
    const double source = f.length * 1.15 + 8.0;
    const double translation = f.length + 8.0;
    f.sourcePow = source * std::sqrt(source);
    f.sourcePowInverse = 1.0 / f.sourcePow;
    f.translationPow = translation * std::sqrt(translation);
    f.translationPowInverse = 1.0 / f.translationPow;
}

Features blockFeatures(const PageAnalysis &page, int index, Interner &interner)
{
    Features f;
    const OutlineBlock &b = page.outline().blocks().at(index);
    f.kind = b.kind;
    f.boldOnly = b.boldOnly;
    f.tagOnly = b.tagOnly;
    f.length = int(b.text.size());
    f.text = b.text;
    for (int t : b.tags) {
        if (const PageTag *tag = page.tagForToken(t))
            f.tags.push_back(interner.id(tag->canonical));
    }
    QByteArray digits;
    for (const QChar c : b.text) {
        const int digit = CharClass::digit(c);
        if (digit >= 0) {
            digits += char('0' + digit);
        } else if (!digits.isEmpty()) {
            f.numbers.push_back(interner.id('#' + digits));
            digits.clear();
        }
    }
    if (!digits.isEmpty())
        f.numbers.push_back(interner.id('#' + digits));
    for (const OutlineLink &l : b.links) {
        if (l.tag < 0)
            f.links.push_back(interner.id('@' + l.destination));
    }
    normalise(f.tags);
    normalise(f.numbers);
    normalise(f.links);
    finish(f);
    return f;
}

qsizetype textSize(const Features &f)
{
    return f.text.size() + (f.joined ? 1 + f.text2.size() : 0);
}

QString wholeText(const Features &f)
{
    return f.joined ? f.text + QLatin1Char(' ') + f.text2 : f.text;
}

// Whether two blocks (or pairs of blocks) have the same, non-empty text.
bool sameText(const Features &a, const Features &b)
{
    if (!a.joined && !b.joined)
        return !a.text.isEmpty() && a.text == b.text;
    return textSize(a) == textSize(b) && wholeText(a) == wholeText(b);
}

Features merged(const Features &a, const Features &b)
{
    Features f = a;
    f.tagOnly = a.tagOnly && b.tagOnly;
    f.length += b.length;
    // The text as one paragraph: a translator who joined two blocks wrote exactly this.
    f.text = wholeText(a);
    f.text2 = wholeText(b);
    f.joined = true;
    f.tags = united(a.tags, b.tags);
    f.numbers = united(a.numbers, b.numbers);
    f.links = united(a.links, b.links);
    finish(f);
    return f;
}

Features features(const PageAnalysis &page, const QVector<int> &blocks, Interner &interner)
{
    Features f = blockFeatures(page, blocks.first(), interner);
    for (int k = 1; k < blocks.size(); ++k)
        f = merged(f, blockFeatures(page, blocks.at(k), interner));
    return f;
}

inline double kindScore(const Features &a, const Features &b)
{
    using K = OutlineBlock::Kind;
    if (a.kind == b.kind)
        return 1.0;
    if (a.headingLike && b.headingLike)
        return 0.8;
    if ((a.kind == K::Paragraph && b.kind == K::ListItem) ||
        (a.kind == K::ListItem && b.kind == K::Paragraph))
        return 0.4;
    if (a.kind == K::Html || b.kind == K::Html)
        return 0.3;
    return 0.1;
}

// English block `a` against translated block `b`: a weighted mean of how alike their kinds,
// tags, numbers, links and lengths are, over the parts either side has. This runs for every
// pair of blocks near the diagonal (three times per cell of the alignment), so it avoids
// divisions: the length terms come precomputed and the weights' inverses from a table.
inline double similarityOf(const Features &a, const Features &b)
{
    if (sameText(a, b) && a.tags == b.tags)
        return 1.0;
    // The weights of the present parts, indexed by which parts are present.
    enum : unsigned
    {
        Tags = 1,
        Numbers = 2,
        Links = 4,
        Length = 8
    };
    static constexpr double inverseWeight[16] = {
        1 / 2.0, 1 / 5.0, 1 / 3.5, 1 / 6.5, 1 / 4.0, 1 / 7.0, 1 / 5.5, 1 / 8.5,
        1 / 4.0, 1 / 7.0, 1 / 5.5, 1 / 8.5, 1 / 6.0, 1 / 9.0, 1 / 7.5, 1 / 10.5};
    unsigned present = 0;
    double total = 2.0 * kindScore(a, b);
    const double tags = jaccard(a.tags, b.tags);
    if (tags >= 0) {
        total += 3.0 * tags;
        present |= Tags;
    }
    const double nums = jaccard(a.numbers, b.numbers);
    if (nums >= 0) {
        total += 1.5 * nums;
        present |= Numbers;
    }
    const double links = jaccard(a.links, b.links);
    if (links >= 0) {
        total += 2.0 * links;
        present |= Links;
    }
    if (!a.tagOnly && !b.tagOnly) {
        // Lengths compared on a log scale: exp(-1.5 |log ratio|), that is r^1.5 with r the
        // ratio of the (scaled) lengths taken at most 1.
        total += 2.0 * std::min(b.translationPow * a.sourcePowInverse,
                                a.sourcePow * b.translationPowInverse);
        present |= Length;
    } else if (a.tagOnly != b.tagOnly) {
        present |= Length; // weighed, and scored 0
    }
    return total * inverseWeight[present];
}

} // namespace

double Alignment::similarity(const PageAnalysis &pa, const QVector<int> &blocksA,
                             const PageAnalysis &pb, const QVector<int> &blocksB)
{
    Interner interner;
    return similarityOf(features(pa, blocksA, interner), features(pb, blocksB, interner));
}

namespace {

// The features of every block of a page, and of every two neighbours taken as one.
struct PageFeatures
{
    QVector<Features> single;
    QVector<Features> pairs;
};

PageFeatures pageFeatures(const PageAnalysis &page, Interner &interner)
{
    PageFeatures f;
    const int count = int(page.outline().blocks().size());
    for (int k = 0; k < count; ++k)
        f.single.append(blockFeatures(page, k, interner));
    for (int k = 0; k + 1 < count; ++k)
        f.pairs.append(merged(f.single[k], f.single[k + 1]));
    return f;
}

// The cells (i, j) = blocks consumed that the alignment keeps: only those near the diagonal
// of the two pages, so that a block far from its proportional place is left alone rather
// than paired. Time and memory stay linear in the size of the pages.
class Band
{
public:
    Band(int n, int m) : m_start(size_t(n) + 1), m_end(size_t(n) + 1), m_offset(size_t(n) + 2, 0)
    {
        const int width = 40 + std::abs(n - m);
        for (int i = 0; i <= n; ++i) {
            const int centre = n > 0 ? int(qint64(i) * m / n) : 0;
            m_start[size_t(i)] = std::max(0, centre - width);
            m_end[size_t(i)] = std::min(m, centre + width);
            m_offset[size_t(i) + 1] =
                m_offset[size_t(i)] + size_t(m_end[size_t(i)] - m_start[size_t(i)] + 1);
        }
        m_n = n;
    }
    size_t cells() const { return m_offset.back(); }
    int start(int i) const { return m_start[size_t(i)]; }
    int end(int i) const { return m_end[size_t(i)]; }
    bool has(int i, int j) const
    {
        return i >= 0 && i <= m_n && j >= m_start[size_t(i)] && j <= m_end[size_t(i)];
    }
    size_t cell(int i, int j) const { return m_offset[size_t(i)] + size_t(j - m_start[size_t(i)]); }

private:
    int m_n = 0;
    std::vector<int> m_start, m_end;
    std::vector<size_t> m_offset;
};

// Moves: 1 skip source, 2 skip translation, 3 pair 1:1, 4 pair 2:1, 5 pair 1:2.
enum Move : quint8
{
    None,
    SkipSource,
    SkipTranslation,
    OneToOne,
    TwoToOne,
    OneToTwo
};

// Dynamic programming over the band: the best move into each cell. A pair scores its
// similarity less a threshold, so weak pairs lose to leaving both blocks alone; merges pay a
// little more.
std::vector<quint8> bestMoves(const PageFeatures &fs, const PageFeatures &ft, const Band &band)
{
    constexpr double Threshold = 0.45;
    constexpr double MergePenalty = 0.08;
    constexpr double NegInf = -1e18;
    const int n = int(fs.single.size());
    const int m = int(ft.single.size());
    std::vector<double> best(band.cells(), NegInf);
    std::vector<quint8> move(band.cells(), None);
    best[band.cell(0, 0)] = 0;
    for (int i = 0; i <= n; ++i) {
        for (int j = band.start(i); j <= band.end(i); ++j) {
            const double here = best[band.cell(i, j)];
            if (here <= NegInf / 2)
                continue;
            auto relax = [&](int ni, int nj, double value, Move how) {
                if (!band.has(ni, nj))
                    return;
                const size_t c = band.cell(ni, nj);
                if (here + value > best[c]) {
                    best[c] = here + value;
                    move[c] = how;
                }
            };
            relax(i + 1, j, 0, SkipSource);
            relax(i, j + 1, 0, SkipTranslation);
            if (i < n && j < m && band.has(i + 1, j + 1))
                relax(i + 1, j + 1, similarityOf(fs.single[i], ft.single[j]) - Threshold, OneToOne);
            if (i + 1 < n && j < m && band.has(i + 2, j + 1))
                relax(i + 2, j + 1,
                      similarityOf(fs.pairs[i], ft.single[j]) - Threshold - MergePenalty, TwoToOne);
            if (i < n && j + 1 < m && band.has(i + 1, j + 2))
                relax(i + 1, j + 2,
                      similarityOf(fs.single[i], ft.pairs[j]) - Threshold - MergePenalty, OneToTwo);
        }
    }
    return move;
}

// The pairs of the best path, from the end back, in page order.
QVector<AlignedPair> walkBack(const std::vector<quint8> &move, const Band &band,
                              const PageFeatures &fs, const PageFeatures &ft)
{
    QVector<AlignedPair> reversed;
    int i = int(fs.single.size()), j = int(ft.single.size());
    while (i > 0 || j > 0) {
        AlignedPair pair;
        switch (band.has(i, j) ? move[band.cell(i, j)] : quint8(None)) {
        case SkipSource:
            pair.source = {--i};
            break;
        case SkipTranslation:
            pair.translation = {--j};
            break;
        case OneToOne:
            pair.source = {i - 1};
            pair.translation = {j - 1};
            pair.score = similarityOf(fs.single[i - 1], ft.single[j - 1]);
            --i;
            --j;
            break;
        case TwoToOne:
            pair.source = {i - 2, i - 1};
            pair.translation = {j - 1};
            pair.score = similarityOf(fs.pairs[i - 2], ft.single[j - 1]);
            i -= 2;
            --j;
            break;
        case OneToTwo:
            pair.source = {i - 1};
            pair.translation = {j - 2, j - 1};
            pair.score = similarityOf(fs.single[i - 1], ft.pairs[j - 2]);
            --i;
            j -= 2;
            break;
        default:
            i = j = 0;
            continue;
        }
        reversed.append(pair);
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

} // namespace

Alignment Alignment::align(const PageAnalysis &source, const PageAnalysis &translation)
{
    Interner interner;
    const PageFeatures fs = pageFeatures(source, interner);
    const PageFeatures ft = pageFeatures(translation, interner);
    const Band band(int(fs.single.size()), int(ft.single.size()));
    Alignment result;
    result.m_pairOfSource.fill(-1, fs.single.size());
    result.m_pairOfTranslation.fill(-1, ft.single.size());
    result.m_pairs = walkBack(bestMoves(fs, ft, band), band, fs, ft);
    for (int index = 0; index < result.m_pairs.size(); ++index) {
        for (int s : result.m_pairs[index].source)
            result.m_pairOfSource[s] = index;
        for (int t : result.m_pairs[index].translation)
            result.m_pairOfTranslation[t] = index;
    }
    return result;
}

const AlignedPair *Alignment::forTranslation(int block) const
{
    if (block < 0 || block >= m_pairOfTranslation.size() || m_pairOfTranslation[block] < 0)
        return nullptr;
    return &m_pairs[m_pairOfTranslation[block]];
}

const AlignedPair *Alignment::forSource(int block) const
{
    if (block < 0 || block >= m_pairOfSource.size() || m_pairOfSource[block] < 0)
        return nullptr;
    return &m_pairs[m_pairOfSource[block]];
}

} // namespace Tilmech
