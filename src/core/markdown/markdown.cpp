#include "markdown/markdown.h"

#include "markdown/cmarkdocument.h"
#include "markdown/redcarpetblocks.h"
#include "markdown/redcarpetinlines.h"
#include "markdown/redcarpetoutput.h"
#include "markdown/widetablerows.h"

namespace Tilmech {

QByteArray Markdown::toHtml(QByteArrayView markdown, bool sourcePositions,
                            QVector<qsizetype> *wideRows, RedcarpetBlocks::Plan *plan,
                            QByteArrayView markers)
{
    RedcarpetBlocks::Plan blocks = RedcarpetBlocks::plan(markdown, markers, false);
    const QVector<qsizetype> wide = WideTableRows::find(markdown);
    QByteArray hidden;
    char standIn = 0;
    if (!wide.isEmpty()) {
        hidden = markdown.toByteArray();
        standIn = WideTableRows::hide(hidden, wide);
        markdown = hidden;
    }
    if (wideRows)
        *wideRows = wide;
    QByteArray planned;
    if (!blocks.isEmpty()) {
        planned = blocks.apply(markdown);
        markdown = planned;
    }
    const CmarkDocument parsed(markdown, sourcePositions, RedcarpetInlines::commonMarkStop());
    cmark_node *document = parsed.root();
    RedcarpetInlines::apply(document);
    if (blocks.hasFences)
        RedcarpetOutput::fencedCode(document, sourcePositions);
    if (blocks.hasOrderedLists)
        RedcarpetOutput::listsFromOne(document);
    RedcarpetOutput::itemParagraphs(document, markdown, sourcePositions);
    QByteArray result = parsed.html();
    WideTableRows::restore(result, standIn);
    RedcarpetBlocks::restore(result, blocks, sourcePositions && !plan);
    if (blocks.hasTables)
        RedcarpetOutput::emptyTableBodies(result);
    if (plan)
        *plan = std::move(blocks);
    return result;
}

} // namespace Tilmech
