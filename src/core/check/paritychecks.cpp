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

} // namespace

void ParityChecks::run(CheckContext &c)
{
    if (!c.source)
        return;
    const PageAnalysis &page = *c.page;
    const PageAnalysis &source = *c.source;

    // The English tags still to be matched, by canonical form.
    QHash<QByteArray, QVector<int>> unmatched; // canonical → indices into source.tags()
    for (int i = 0; i < source.tags().size(); ++i) {
        const PageTag &tag = source.tags().at(i);
        if (!tag.canonical.startsWith('#'))
            unmatched[tag.canonical].append(i);
    }
    QVector<bool> consumed(source.tags().size(), false);
    auto consume = [&](const QByteArray &canonical) -> int {
        auto it = unmatched.find(canonical);
        if (it == unmatched.end() || it->isEmpty())
            return -1;
        const int index = it->takeFirst();
        consumed[index] = true;
        return index;
    };

    // Tags the template checks repaired stand for the English tag of their fix.
    QSet<qsizetype> mangledAt;
    for (const CheckContext::RepairedTag &tag : qAsConst(c.repairedTags)) {
        mangledAt.insert(tag.begin);
        consume(canonicalOf(tag.fix));
    }

    // Translated tags: equal to a source tag, allow-listed, altered, or foreign.
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
    // The English tags of each helper, and of each helper in each block, in page order: an
    // altered tag is looked for among those of its aligned block first, so a page of many
    // altered tags is not compared tag by tag with the whole English page.
    QHash<QByteArray, QVector<int>> byHelper;
    QHash<QPair<QByteArray, int>, QVector<int>> byHelperBlock;
    if (!foreign.isEmpty()) {
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
    // At most this many unmatched candidates of a list (an aligned block's, then the page's)
    // are compared, each by an edit distance; beyond, the closest spelling among the first
    // ones in page order is taken.
    constexpr int MaxCandidates = 256;
    for (const PageTag *tag : foreign) {
        const TemplateToken &t = page.tokens().at(tag->token);
        const QString written = QString::fromUtf8(tag->written);
        // An altered copy: the same helper as an English tag still unmatched; prefer one in
        // the aligned English block, then the closest spelling, then document order.
        const QByteArray helper = helperOf(*tag);
        int altered = -1;
        if (!helper.isEmpty()) {
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
                                 distance(candidate.canonical, tag->canonical) * 1024 +
                                 std::min(index, 1023);
                if (rank < bestRank) {
                    bestRank = rank;
                    altered = index;
                }
            };
            // Up to MaxCandidates unmatched tags of a list; matched ones met on the way are
            // dropped once they outnumber the cap, so each is passed over a bounded number
            // of times.
            auto scan = [&](QVector<int> &candidates, bool aligned) {
                int examined = 0, skipped = 0;
                for (int index : qAsConst(candidates)) {
                    if (consumed.at(index)) {
                        ++skipped;
                        continue;
                    }
                    if (++examined > MaxCandidates)
                        break;
                    const int sourceBlock = source.outline().blockAt(
                        source.tokens().at(source.tags().at(index).token).begin);
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
        }
        if (altered >= 0) {
            const PageTag &original = source.tags().at(altered);
            consume(original.canonical);
            const QString fix = QString::fromUtf8(original.written);
            Diagnostic &d = c.addParity(
                QStringLiteral("parity-tag-altered"), S::Error,
                tr("This tag differs from the English tag %1; tags must be copied exactly, so "
                   "write %1")
                    .arg(fix),
                t.begin, t.end, source.tokens().at(original.token).begin, written);
            d.fix = fix;
            continue;
        }
        if (TagPolicy::isAllowListed(*tag)) {
            c.add(QStringLiteral("parity-tag-added"), S::Warning,
                  tr("The English page has no tag %1; it is allowed, but check that it belongs "
                     "here")
                      .arg(written),
                  t.begin, t.end, written);
            continue;
        }
        c.add(QStringLiteral("parity-tag-not-in-source"), S::Error,
              tr("The tag %1 is not in the English page and is not on the allow-list: the live "
                 "site would run it as code the English page does not have. Remove it, or copy "
                 "the tag the English page has here")
                  .arg(written),
              t.begin, t.end, written);
    }

    // English tags left over: missing from the translation.
    QVector<int> missing;
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it)
        missing += it.value();
    std::sort(missing.begin(), missing.end());
    const Alignment *alignment = c.alignment;
    // For each English block, the nearest block at or before it that has a translation.
    QVector<int> alignedAtOrBefore;
    if (alignment && !missing.isEmpty()) {
        int last = -1;
        for (int k = 0; k < source.outline().blocks().size(); ++k) {
            const AlignedPair *pair = alignment->forSource(k);
            if (pair && !pair->translation.isEmpty())
                last = k;
            alignedAtOrBefore.append(last);
        }
    }
    for (int index : qAsConst(missing)) {
        const PageTag &tag = source.tags().at(index);
        const TemplateToken &st = source.tokens().at(tag.token);
        // Point at the translated block aligned with the tag's English block.
        qsizetype where = page.document().bodyOffset();
        const int sourceBlock = source.outline().blockAt(st.begin);
        if (alignment && sourceBlock >= 0) {
            // The aligned block, else the block after the nearest aligned one before it.
            const int k = alignedAtOrBefore.value(sourceBlock, -1);
            if (k >= 0) {
                const AlignedPair *pair = alignment->forSource(k);
                int target =
                    k == sourceBlock ? pair->translation.first() : pair->translation.last() + 1;
                target = std::min(target, int(page.outline().blocks().size()) - 1);
                if (target >= 0)
                    where = page.outline().blocks().at(target).begin;
            }
        }
        const QString written = QString::fromUtf8(tag.written);
        QString message = tr("The English tag %1 (line %2) is missing here; copy it into the "
                             "translation")
                              .arg(written)
                              .arg(source.document().lines().position(st.begin).line);
        if (helperOf(tag) == "campaign_date")
            message += tr(" (a fixed date in its place goes out of date every year)");
        Diagnostic &d = c.addParity(QStringLiteral("parity-tag-missing"), S::Error, message, where,
                                    where, st.begin, written);
        d.fix = written;
    }

    if (!alignment)
        return;
    // Links and images of aligned blocks.
    const auto &tb = page.outline().blocks();
    const auto &sb = source.outline().blocks();
    for (const AlignedPair &pair : alignment->pairs()) {
        if (pair.source.isEmpty() || pair.translation.isEmpty())
            continue;
        QVector<OutlineLink> sourceLinks, links;
        for (int i : pair.source)
            sourceLinks += sb.at(i).links;
        for (int i : pair.translation)
            links += tb.at(i).links;
        auto isImage = [](const OutlineLink &l) {
            return l.kind == OutlineLink::Kind::Image || l.kind == OutlineLink::Kind::HtmlImage;
        };
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
                        tr("This link points to %1 where the English one points to %2")
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
                        tr("The images here (%1) differ from the English block's (%2)")
                            .arg(QString::fromUtf8(images.join(", ")),
                                 QString::fromUtf8(sourceImages.join(", "))),
                        at, at, sb.at(pair.source.first()).begin);
        }
    }
}

} // namespace Tilmech
