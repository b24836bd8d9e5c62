#include "check/structurechecks.h"

#include "analysis/alignment.h"
#include "analysis/pageanalysis.h"
#include "check/checkcontext.h"
#include "markdown/emphasisindex.h"

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;
using K = OutlineBlock::Kind;

// Whether a block leaves ** or __ unpaired. Blocks nest (a list item holds the items below
// it), so the page's text is indexed once rather than scanned block by block.
class EmphasisOfPage
{
public:
    explicit EmphasisOfPage(const PageAnalysis &page)
        : m_index(page.outline().maskedBody()), m_base(page.document().bodyOffset())
    {
    }
    bool unbalanced(const OutlineBlock &b) const
    {
        return m_index.unbalanced(b.begin - m_base, b.end - m_base);
    }

private:
    EmphasisIndex m_index;
    qsizetype m_base;
};

} // namespace

bool StructureChecks::unbalancedEmphasis(QByteArrayView text)
{
    // Runs of ** and __ outside code spans; a run of n markers holds n/2 pairs of signs.
    int stars = 0, underscores = 0;
    bool code = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '`') {
            code = !code;
            continue;
        }
        if (code || (c != '*' && c != '_'))
            continue;
        qsizetype end = i;
        while (end < n && text[end] == c)
            ++end;
        (c == '*' ? stars : underscores) += int((end - i) / 2);
        i = end - 1;
    }
    return stars % 2 || underscores % 2;
}

void StructureChecks::run(CheckContext &c)
{
    if (!c.source || !c.alignment)
        return;
    const PageAnalysis &page = *c.page;
    const PageAnalysis &source = *c.source;
    const auto &tb = page.outline().blocks();
    const auto &sb = source.outline().blocks();
    const qsizetype top = page.document().bodyOffset();
    const qsizetype sourceTop = source.document().bodyOffset();

    // English headings that became bold paragraphs count as headings for the totals below.
    int headingsAsBold = 0;
    for (const AlignedPair &pair : c.alignment->pairs()) {
        if (pair.source.size() != 1 || pair.translation.size() != 1)
            continue;
        const OutlineBlock &s = sb.at(pair.source.first());
        const OutlineBlock &t = tb.at(pair.translation.first());
        if (s.kind == K::Heading && t.kind == K::Paragraph && t.boldOnly) {
            ++headingsAsBold;
            c.addParity(QStringLiteral("structure-heading-as-bold"), S::Warning,
                        tr("The English has a level-%1 heading here, but this is a bold "
                           "paragraph; start the line with %2 instead of **")
                            .arg(s.level)
                            .arg(QString(s.level, QLatin1Char('#'))),
                        t.begin, t.end, s.begin);
        }
    }

    struct Count
    {
        K kind;
        const char *code;
        const char *what;
    };
    static const Count counts[] = {
        {K::Heading, "structure-headings", QT_TR_NOOP("headings")},
        {K::ListItem, "structure-list-items", QT_TR_NOOP("list items")},
        {K::TableRow, "structure-tables", QT_TR_NOOP("table rows")},
        {K::Code, "structure-code-blocks", QT_TR_NOOP("code blocks")},
    };
    for (const Count &count : counts) {
        const int english = source.outline().count(count.kind);
        int translated = page.outline().count(count.kind);
        if (count.kind == K::Heading)
            translated += headingsAsBold;
        if (english != translated) {
            c.addParity(QString::fromLatin1(count.code), S::Warning,
                        tr("The English page has %1 %3, the translation %2; keep the page's "
                           "structure")
                            .arg(english)
                            .arg(translated)
                            .arg(tr(count.what)),
                        top, top, sourceTop, QString::fromLatin1(count.code));
        }
    }

    // Emphasis markers left unpaired by the translator.
    const EmphasisOfPage pageEmphasis(page);
    const EmphasisOfPage sourceEmphasis(source);
    for (const AlignedPair &pair : c.alignment->pairs()) {
        if (pair.source.isEmpty() || pair.translation.isEmpty())
            continue;
        bool sourceBroken = false;
        for (int i : pair.source)
            sourceBroken = sourceBroken || sourceEmphasis.unbalanced(sb.at(i));
        if (sourceBroken)
            continue;
        for (int i : pair.translation) {
            const OutlineBlock &t = tb.at(i);
            if (t.kind == K::Code || t.kind == K::Html || !pageEmphasis.unbalanced(t))
                continue;
            c.addParity(QStringLiteral("structure-emphasis"), S::Warning,
                        tr("This block has an unpaired ** or __, so markdown shows the markers "
                           "as text; pair them as in the English block"),
                        t.begin, t.end, sb.at(pair.source.first()).begin);
        }
    }
}

} // namespace Tilmech
