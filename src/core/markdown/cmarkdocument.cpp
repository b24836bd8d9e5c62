#include "markdown/cmarkdocument.h"

#include <QMutex>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
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

CmarkDocument::CmarkDocument(QByteArrayView markdown, bool sourcePositions,
                             cmark_syntax_extension *inlines)
    : m_options(CMARK_OPT_UNSAFE | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES |
                (sourcePositions ? CMARK_OPT_SOURCEPOS : 0)),
      m_parser(cmark_parser_new_with_mem(m_options, CmarkArena::mem()))
{
    const Extensions &ext = extensions();
    for (cmark_syntax_extension *e : {ext.table, ext.autolink, inlines}) {
        if (e)
            cmark_parser_attach_syntax_extension(m_parser, e);
    }
    cmark_parser_feed(m_parser, markdown.data(), size_t(markdown.size()));
    // One thread at a time: while it parses inlines, cmark-gfm adds the special characters of
    // the parser's inline extensions (autolink) to a table shared by the whole process and
    // removes them afterwards, so a parse finishing on another thread would miss autolinks.
    // Block parsing (the feed) and rendering stay parallel.
    static QMutex inlineTable;
    const QMutexLocker lock(&inlineTable);
    m_root = cmark_parser_finish(m_parser);
}

// The parser, the tree and everything they hold came from the arena, which returns it all at
// once: walking the tree to free each node would cost as much as a tenth of the parse. Nodes
// added to the tree come from newNode() for the same reason (the fuzzers' leak checker would
// report one that did not).
CmarkDocument::~CmarkDocument() = default;

QByteArray CmarkDocument::html() const
{
    char *html = cmark_render_html_with_mem(
        m_root, m_options, cmark_parser_get_syntax_extensions(m_parser), CmarkArena::mem());
    QByteArray result(html);
    CmarkArena::mem()->free(html);
    return result;
}

cmark_node *CmarkDocument::newNode(int type)
{
    return cmark_node_new_with_mem(cmark_node_type(type), CmarkArena::mem());
}

} // namespace Tilmech
