#pragma once

#include "markdown/redcarpetblocks.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace Tilmech {

// Markdown to HTML as the live site's Redcarpet renders it: cmark-gfm (CmarkDocument) with the
// Redcarpet layer around it (RedcarpetBlocks, RedcarpetInlines, RedcarpetOutput). With source
// positions, block elements carry data-sourcepos="l:c-l:c" (1-based lines and byte columns of
// the markdown text).
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
};

} // namespace Tilmech
