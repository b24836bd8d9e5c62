#pragma once

#include "markdown/cmarkarena.h"

#include <QByteArray>
#include <QByteArrayView>

struct cmark_node;
struct cmark_parser;
struct cmark_syntax_extension;

namespace Tilmech {

// One markdown text parsed by cmark-gfm the way the site needs it, the only place that sets
// cmark-gfm up: tables and autolinks (the live site's Redcarpet has both, and no
// strikethrough), raw HTML kept as written, table alignment as Redcarpet writes it
// (style="text-align: …"), and with source positions when asked: block elements then carry
// data-sourcepos="l:c-l:c" (1-based lines and byte columns of the text).
//
// The tree lives in the document's own arena; a document lives inside one function (see
// CmarkArena).
class CmarkDocument
{
public:
    // `inlines`: an inline extension of the caller's, next to the site's (RedcarpetInlines'
    // stop, for the renderer).
    CmarkDocument(QByteArrayView markdown, bool sourcePositions,
                  cmark_syntax_extension *inlines = nullptr);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument &) = delete;
    CmarkDocument &operator=(const CmarkDocument &) = delete;

    cmark_node *root() const { return m_root; }
    QByteArray html() const;
    const CmarkArena &arena() const { return m_arena; }

    // A node for edits of the tree, from the document's memory.
    static cmark_node *newNode(int type);

private:
    CmarkArena m_arena; // first: it outlives the parser and the tree
    int m_options;
    cmark_parser *m_parser;
    cmark_node *m_root;
};

} // namespace Tilmech
