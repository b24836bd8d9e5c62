#pragma once

#include <QByteArray>
#include <QByteArrayView>

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
    // Redcarpet decides per item whether its text is a paragraph: from the first item that
    // holds or ends with a blank line (before more of the list) on, every item's text is
    // wrapped in <p>; the items before stay bare. CommonMark decides once for the whole list.
    // `parsed` is the text cmark-gfm read, whose blank lines tell.
    static void itemParagraphs(cmark_node *document, QByteArrayView parsed, bool sourcePositions);
    // A table without rows has an empty <tbody> in Redcarpet's HTML, none in cmark-gfm's.
    static void emptyTableBodies(QByteArray &html);
};

} // namespace Tilmech
