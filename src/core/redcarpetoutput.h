#pragma once

#include <QByteArray>

struct cmark_node;

namespace Tilmech {

// Where Redcarpet writes the same markdown as other HTML than cmark-gfm does, in ways a
// browser shows differently: a fenced code block's language is its class as written
// (class="ruby", not class="language-ruby"), so the site's styles and scripts that look
// for it find it. (Table alignment is a cmark-gfm option, set in Markdown.)
class RedcarpetOutput
{
public:
    // Rewrites the fenced code blocks under `document` as raw HTML in Redcarpet's form.
    static void fencedCode(cmark_node *document, bool sourcePositions);
    // Redcarpet numbers every ordered list from 1 (no start="…").
    static void listsFromOne(cmark_node *document);
    // A table without rows has an empty <tbody> in Redcarpet's HTML, none in cmark-gfm's.
    static void emptyTableBodies(QByteArray &html);
};

} // namespace Tilmech
