#pragma once

#include "redcarpetblocks.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

struct cmark_node;
struct cmark_parser;

namespace Tilmech {

// cmark-gfm with the options the site needs: tables and autolinks, raw HTML
// kept as written. With source positions, block elements carry data-sourcepos="l:c-l:c"
// (1-based lines and byte columns of the markdown text).
class Markdown
{
public:
    // Table rows wider than WideTableRows::MaxCells are rendered as text; `wideRows`, when
    // given, receives the start of each such line in `markdown`. With `blocks` given, the
    // data-sourcepos are left in the lines and columns of the text cmark-gfm read, and
    // `blocks` receives the plan that maps them to `markdown` (a caller that rewrites them
    // anyway saves a pass over the HTML).
    // `markers` is the prefix of the renderer's markers in `markdown` (RedcarpetBlocks::plan).
    static QByteArray toHtml(QByteArrayView markdown, bool sourcePositions,
                             QVector<qsizetype> *wideRows = nullptr,
                             RedcarpetBlocks::Plan *blocks = nullptr, QByteArrayView markers = {});

    // cmark_parser_finish, one thread at a time. While it parses inlines, cmark-gfm adds the
    // special characters of the parser's inline extensions (autolink) to a
    // table shared by the whole process and removes them afterwards, so a parse finishing on
    // another thread would make this one miss autolinks. Block parsing
    // (cmark_parser_feed) and rendering stay parallel.
    static cmark_node *finish(cmark_parser *parser);
};

} // namespace Tilmech
