#include "check/paritychecks.h"

#include "analysis/alignment.h"
#include "analysis/pageanalysis.h"
#include "check/checkcontext.h"
#include "template/expressionparser.h"
#include "template/tagpolicy.h"

#include <QHash>
#include <limits>

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;

QByteArray helperOf(const PageTag &tag)
{
    if (!tag.expr || !tag.canonical.startsWith('='))
        return QByteArray();
    const Expr *e = tag.expr.get();
    while (e->kind == Expr::Kind::Call && e->receiver)
        e = e->receiver.get();
    return e->kind == Expr::Kind::Call ? e->name : QByteArray();
}

// Canonical form of a tag written out as text (a suggested fix).
QByteArray canonicalOf(const QString &written)
{
    const QByteArray bytes = written.toUtf8();
    if (!bytes.startsWith("<%=") || !bytes.endsWith("%>"))
        return QByteArray();
    const Expr e = ExpressionParser::parseExpression(bytes.mid(3, bytes.size() - 5));
    return e.isValid() ? '=' + e.canonical() : QByteArray();
}

// Edit distance of two short strings (tags), capped for long ones.
int distance(const QByteArray &a, const QByteArray &b)
{
    if (a.size() > 300 || b.size() > 300)
        return int(std::abs(a.size() - b.size())) + 300;
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min(
                {up + 1, row[size_t(j) - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

// The tag parity of one translated page with its English page. The English tags are
// matched off one by one, so the phases share what is still unmatched.
class TagParity
{
public:
    TagParity(CheckContext &context)
        : c(context), page(*context.page), source(*context.source),
          consumed(context.source->tags().size(), false)
    {
    }

    // Index the English tags still to be matched, by canonical form.
    void collectSourceTags();
    // Tags the template checks repaired stand for the English tag of their fix.
    QSet<qsizetype> consumeRepaired();
    // Translated tags equal to a source tag are matched; the others (foreign) are returned.
    QVector<const PageTag *> matchEqualTags(const QSet<qsizetype> &mangledAt);
    // Group the English tags by helper, and by helper and block, for the altered-tag search.
    void indexByHelper();
    // Report each foreign tag as an altered copy, an allow-listed addition, or not in source.
    void reportForeign(const QVector<const PageTag *> &foreign);
    // Report the English tags left over as missing from the translation.
    void reportMissing();

private:
    int consume(const QByteArray &canonical);
    int findAltered(const PageTag &tag, const TemplateToken &t);
    QVector<int> alignedAtOrBefore(bool wanted) const;
    qsizetype missingPlace(int sourceBlock, const QVector<int> &alignedAtOrBefore) const;
    bool missingBlockFits(const PageTag &tag, int sourceBlock,
                          const QVector<int> &alignedAtOrBefore) const;

    CheckContext &c;
    const PageAnalysis &page;
    const PageAnalysis &source;
    QHash<QByteArray, QVector<int>> unmatched; // canonical → indices into source.tags()
    QVector<bool> consumed;
    // The English tags of each helper, and of each helper in each block, in page order: an
    // altered tag is looked for among those of its aligned block first, so a page of many
    // altered tags is not compared tag by tag with the whole English page.
    QHash<QByteArray, QVector<int>> byHelper;
    QHash<QPair<QByteArray, int>, QVector<int>> byHelperBlock;
};

void TagParity::collectSourceTags()
{
    for (int i = 0; i < source.tags().size(); ++i) {
        const PageTag &tag = source.tags().at(i);
        if (!tag.canonical.startsWith('#'))
            unmatched[tag.canonical].append(i);
    }
}

int TagParity::consume(const QByteArray &canonical)
{
    auto it = unmatched.find(canonical);
    if (it == unmatched.end() || it->isEmpty())
        return -1;
    const int index = it->takeFirst();
    consumed[index] = true;
    return index;
}

QSet<qsizetype> TagParity::consumeRepaired()
{
    QSet<qsizetype> mangledAt;
    for (const CheckContext::RepairedTag &tag : qAsConst(c.repairedTags)) {
        mangledAt.insert(tag.begin);
        consume(canonicalOf(tag.fix));
    }
    return mangledAt;
}

QVector<const PageTag *> TagParity::matchEqualTags(const QSet<qsizetype> &mangledAt)
{
    QVector<const PageTag *> foreign;
    for (const PageTag &tag : page.tags()) {
        const TemplateToken &t = page.tokens().at(tag.token);
        if (mangledAt.contains(t.begin) || tag.canonical.startsWith('#') ||
            t.kind == TemplateToken::Kind::Unterminated)
            continue;
        if (consume(tag.canonical) >= 0)
            continue;
        foreign.append(&tag);
    }
    return foreign;
}

void TagParity::indexByHelper()
{
    for (int i = 0; i < source.tags().size(); ++i) {
        const PageTag &tag = source.tags().at(i);
        const QByteArray helper = helperOf(tag);
        if (helper.isEmpty() || tag.canonical.startsWith('#'))
            continue;
        byHelper[helper].append(i);
        const int block = source.outline().blockAt(source.tokens().at(tag.token).begin);
        byHelperBlock[qMakePair(helper, block)].append(i);
    }
}

// An altered copy: the same helper as an English tag still unmatched; prefer one in the
// aligned English block, then the closest spelling, then document order. -1 if none.
int TagParity::findAltered(const PageTag &tag, const TemplateToken &t)
{
    // At most this many unmatched candidates of a list (an aligned block's, then the page's)
    // are compared, each by an edit distance; beyond, the closest spelling among the first
    // ones in page order is taken.
    constexpr int MaxCandidates = 256;
    const QByteArray helper = helperOf(tag);
    int altered = -1;
    if (helper.isEmpty())
        return altered;
    QVector<int> alignedBlocks;
    const int block = page.outline().blockAt(t.begin);
    if (c.alignment && block >= 0) {
        if (const AlignedPair *pair = c.alignment->forTranslation(block))
            alignedBlocks = pair->source;
    }
    int bestRank = std::numeric_limits<int>::max();
    auto consider = [&](int index, bool aligned) {
        const PageTag &candidate = source.tags().at(index);
        const int rank = (aligned ? 0 : 1 << 20) +
                         distance(candidate.canonical, tag.canonical) * 1024 +
                         std::min(index, 1023);
        if (rank < bestRank) {
            bestRank = rank;
            altered = index;
        }
    };
    // Up to MaxCandidates unmatched tags of a list; matched ones met on the way are dropped
    // once they outnumber the cap, so each is passed over a bounded number of times.
    auto scan = [&](QVector<int> &candidates, bool aligned) {
        int examined = 0, skipped = 0;
        for (int index : qAsConst(candidates)) {
            if (consumed.at(index)) {
                ++skipped;
                continue;
            }
            if (++examined > MaxCandidates)
                break;
            const int sourceBlock =
                source.outline().blockAt(source.tokens().at(source.tags().at(index).token).begin);
            consider(index, aligned || alignedBlocks.contains(sourceBlock));
        }
        if (skipped > MaxCandidates)
            candidates.removeIf([&](int index) { return consumed.at(index); });
    };
    for (int sourceBlock : qAsConst(alignedBlocks))
        scan(byHelperBlock[qMakePair(helper, sourceBlock)], true);
    // An aligned candidate ranks below every other (unless its spelling is very far).
    if (bestRank >= 1 << 20)
        scan(byHelper[helper], false);
    return altered;
}

void TagParity::reportForeign(const QVector<const PageTag *> &foreign)
{
    for (const PageTag *tag : foreign) {
        const TemplateToken &t = page.tokens().at(tag->token);
        const QString written = QString::fromUtf8(tag->written);
        const int altered = findAltered(*tag, t);
        if (altered >= 0) {
            const PageTag &original = source.tags().at(altered);
            consume(original.canonical);
            const QString fix = QString::fromUtf8(original.written);
            Diagnostic &d = c.addParity(
                QStringLiteral("parity-tag-altered"), S::Error,
                ParityChecks::tr("This tag differs from the English tag %1; tags must be copied "
                                 "exactly, so write %1")
                    .arg(fix),
                t.begin, t.end, source.tokens().at(original.token).begin, written);
            d.setFix(fix);
            continue;
        }
        if (TagPolicy::isAllowListed(*tag)) {
            c.add(QStringLiteral("parity-tag-added"), S::Warning,
                  ParityChecks::tr("The English page has no tag %1; it is allowed, but check "
                                   "that it belongs here")
                      .arg(written),
                  t.begin, t.end, written);
            continue;
        }
        c.add(QStringLiteral("parity-tag-not-in-source"), S::Error,
              ParityChecks::tr("The tag %1 is not in the English page and is not on the "
                               "allow-list: the live site would run it as code the English "
                               "page does not have. Remove it, or copy the tag the English "
                               "page has here")
                  .arg(written),
              t.begin, t.end, written);
    }
}

// For each English block, the nearest block at or before it that has a translation (only
// when wanted: there is an alignment and a missing tag).
QVector<int> TagParity::alignedAtOrBefore(bool wanted) const
{
    QVector<int> result;
    if (!wanted)
        return result;
    int last = -1;
    for (int k = 0; k < source.outline().blocks().size(); ++k) {
        const AlignedPair *pair = c.alignment->forSource(k);
        if (pair && !pair->translation.isEmpty())
            last = k;
        result.append(last);
    }
    return result;
}

// Where a missing tag is reported: the translated block aligned with the tag's English
// block, else the block after the nearest aligned one before it, else the body's start.
qsizetype TagParity::missingPlace(int sourceBlock, const QVector<int> &alignedAtOrBefore) const
{
    qsizetype where = page.document().bodyOffset();
    if (c.alignment && sourceBlock >= 0) {
        const int k = alignedAtOrBefore.value(sourceBlock, -1);
        if (k >= 0) {
            const AlignedPair *pair = c.alignment->forSource(k);
            int target =
                k == sourceBlock ? pair->translation.first() : pair->translation.last() + 1;
            target = std::min(target, int(page.outline().blocks().size()) - 1);
            if (target >= 0)
                where = page.outline().blocks().at(target).begin;
        }
    }
    return where;
}

void TagParity::reportMissing()
{
    QVector<int> missing;
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it)
        missing += it.value();
    std::sort(missing.begin(), missing.end());
    const QVector<int> aligned = alignedAtOrBefore(c.alignment && !missing.isEmpty());
    for (int index : qAsConst(missing)) {
        const PageTag &tag = source.tags().at(index);
        const TemplateToken &st = source.tokens().at(tag.token);
        const qsizetype where = missingPlace(source.outline().blockAt(st.begin), aligned);
        const QString written = QString::fromUtf8(tag.written);
        QString message = ParityChecks::tr("The English tag %1 (line %2) is missing here; copy "
                                           "it into the translation")
                              .arg(written)
                              .arg(source.document().lines().position(st.begin).line);
        if (helperOf(tag) == "campaign_date")
            message += ParityChecks::tr(" (a fixed date in its place goes out of date every year)");
        Diagnostic &d = c.addParity(QStringLiteral("parity-tag-missing"), S::Error, message, where,
                                    where, st.begin, written);
        if (missingBlockFits(tag, source.outline().blockAt(st.begin), aligned))
            d.setFix(written + QStringLiteral("\n\n"));
    }
}

// Whether a missing tag can be put back by itself: only a tag that is a whole block of the
// English page alone (a view, an include, a link on its line), output and not control flow,
// whose block has no translation while the block after it has one, before which it goes.
// A tag inside translated text has no sure place: the translator inserts it (Ctrl+T).
bool TagParity::missingBlockFits(const PageTag &tag, int sourceBlock,
                                 const QVector<int> &alignedAtOrBefore) const
{
    if (!c.alignment || sourceBlock < 0 ||
        !(tag.canonical.startsWith('=') || tag.canonical.startsWith("{{")))
        return false;
    const OutlineBlock &block = source.outline().blocks().at(sourceBlock);
    const QByteArray text =
        source.document().bytes().mid(block.begin, block.end - block.begin).trimmed();
    if (text != tag.written)
        return false;
    const int k = alignedAtOrBefore.value(sourceBlock, -1);
    if (k == sourceBlock)
        return false; // the block is translated, by something else than the tag
    const int next = k < 0 ? 0 : c.alignment->forSource(k)->translation.last() + 1;
    return next < page.outline().blocks().size();
}

bool isImage(const OutlineLink &l)
{
    return l.kind == OutlineLink::Kind::Image || l.kind == OutlineLink::Kind::HtmlImage;
}

// Links and images of one pair of aligned blocks: a link pointing elsewhere than the English
// one, and a different set of images.
void checkAlignedLinks(CheckContext &c, const AlignedPair &pair)
{
    const auto &tb = c.page->outline().blocks();
    const auto &sb = c.source->outline().blocks();
    QVector<OutlineLink> sourceLinks, links;
    for (int i : pair.source)
        sourceLinks += sb.at(i).links;
    for (int i : pair.translation)
        links += tb.at(i).links;
    QVector<QByteArray> sourceTargets, sourceImages;
    for (const OutlineLink &l : sourceLinks) {
        if (l.tag >= 0)
            continue; // tags are compared above
        (isImage(l) ? sourceImages : sourceTargets).append(l.destination);
    }
    // The English targets not yet matched, in order: a link takes the first with its
    // destination, or else the first of all. Each destination keeps the queue of its
    // places, so a block with many links is not searched link by link.
    QVector<bool> taken(sourceTargets.size(), false);
    QHash<QByteArray, QVector<int>> placesOf;
    for (int i = 0; i < sourceTargets.size(); ++i)
        placesOf[sourceTargets.at(i)].append(i);
    QHash<QByteArray, int> nextPlace;
    int head = 0;
    auto takeFirstOf = [&](const QByteArray &destination) {
        const auto places = placesOf.constFind(destination);
        if (places == placesOf.cend())
            return false;
        int &next = nextPlace[destination];
        if (next >= places->size())
            return false;
        taken[places->at(next++)] = true;
        return true;
    };
    QVector<QByteArray> images;
    for (const OutlineLink &l : links) {
        if (l.tag >= 0)
            continue;
        if (isImage(l)) {
            images.append(l.destination);
            continue;
        }
        if (takeFirstOf(l.destination))
            continue;
        while (head < taken.size() && taken.at(head))
            ++head;
        if (head >= taken.size())
            continue; // a link the English block does not have: content, not a target
        const QByteArray expected = sourceTargets.at(head);
        const qsizetype at = l.begin >= 0 ? l.begin : tb.at(pair.translation.first()).begin;
        c.addParity(QStringLiteral("parity-link-target"), S::Warning,
                    ParityChecks::tr("This link points to %1 where the English one points to %2")
                        .arg(QString::fromUtf8(l.destination), QString::fromUtf8(expected)),
                    at, l.begin >= 0 ? l.end : at, sb.at(pair.source.first()).begin,
                    QString::fromUtf8(l.destination));
        takeFirstOf(expected);
    }
    std::sort(images.begin(), images.end());
    std::sort(sourceImages.begin(), sourceImages.end());
    if (images != sourceImages) {
        const qsizetype at = tb.at(pair.translation.first()).begin;
        c.addParity(QStringLiteral("parity-image"), S::Warning,
                    ParityChecks::tr("The images here (%1) differ from the English block's (%2)")
                        .arg(QString::fromUtf8(images.join(", ")),
                             QString::fromUtf8(sourceImages.join(", "))),
                    at, at, sb.at(pair.source.first()).begin);
    }
}

} // namespace

void ParityChecks::run(CheckContext &c)
{
    if (!c.source)
        return;
    TagParity parity(c);
    parity.collectSourceTags();
    const QSet<qsizetype> mangledAt = parity.consumeRepaired();
    const QVector<const PageTag *> foreign = parity.matchEqualTags(mangledAt);
    if (!foreign.isEmpty())
        parity.indexByHelper();
    parity.reportForeign(foreign);
    parity.reportMissing();

    if (!c.alignment)
        return;
    for (const AlignedPair &pair : c.alignment->pairs()) {
        if (pair.source.isEmpty() || pair.translation.isEmpty())
            continue;
        checkAlignedLinks(c, pair);
    }
}

} // namespace Tilmech
