#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Tilmech {

// cmark-gfm with the options the site needs: tables, strikethrough and autolinks, raw HTML
// kept as written. With source positions, block elements carry data-sourcepos="l:c-l:c"
// (1-based lines and byte columns of the markdown text).
class Markdown
{
public:
    static QByteArray toHtml(QByteArrayView markdown, bool sourcePositions);
};

} // namespace Tilmech
