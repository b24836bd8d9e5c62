#include "markdown.h"

#include "redcarpetblocks.h"
#include "redcarpetinlines.h"
#include "redcarpetoutput.h"
#include "widetablerows.h"

#include <QMutex>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <mutex>

namespace Tilmech {

namespace {

struct Extensions
{
    cmark_syntax_extension *table = nullptr;
    cmark_syntax_extension *autolink = nullptr;
};

const Extensions &extensions()
{
    static Extensions ext;
    static std::once_flag once;
    std::call_once(once, [] {
        cmark_gfm_core_extensions_ensure_registered();
        ext.table = cmark_find_syntax_extension("table");
        ext.autolink = cmark_find_syntax_extension("autolink");
    });
    return ext;
}

} // namespace

QByteArray Markdown::toHtml(QByteArrayView markdown, bool sourcePositions,
                            QVector<qsizetype> *wideRows, RedcarpetBlocks::Plan *plan,
                            QByteArrayView markers)
{
    RedcarpetBlocks::Plan blocks = RedcarpetBlocks::plan(markdown, markers);
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
    const Extensions &ext = extensions();
    // Table alignment as Redcarpet writes it: style="text-align: …".
    const int options = CMARK_OPT_UNSAFE | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES |
                        (sourcePositions ? CMARK_OPT_SOURCEPOS : 0);
    cmark_parser *parser = cmark_parser_new(options);
    // The live site's Redcarpet has tables and autolinks, and no strikethrough.
    for (cmark_syntax_extension *e : {ext.table, ext.autolink}) {
        if (e)
            cmark_parser_attach_syntax_extension(parser, e);
    }
    cmark_parser_feed(parser, markdown.data(), size_t(markdown.size()));
    cmark_node *document = finish(parser);
    RedcarpetInlines::apply(document, RedcarpetInlines::linesThatMayDiffer(markdown),
                            markdown.size());
    if (blocks.hasFences)
        RedcarpetOutput::fencedCode(document, sourcePositions);
    if (blocks.hasOrderedLists)
        RedcarpetOutput::listsFromOne(document);
    char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
    QByteArray result(html);
    std::free(html);
    WideTableRows::restore(result, standIn);
    RedcarpetBlocks::restore(result, blocks, sourcePositions && !plan);
    if (blocks.hasTables)
        RedcarpetOutput::emptyTableBodies(result);
    if (plan)
        *plan = std::move(blocks);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return result;
}

cmark_node *Markdown::finish(cmark_parser *parser)
{
    static QMutex inlineTable;
    const QMutexLocker lock(&inlineTable);
    return cmark_parser_finish(parser);
}

} // namespace Tilmech
