#pragma once

struct cmark_node;
struct cmark_syntax_extension;

namespace Tilmech {

// Redcarpet's inline markdown on top of cmark-gfm's blocks (docs/page-format.md, "Markdown"; kinds
// M-e to M-h). Redcarpet 3.5 reads the text of a paragraph, heading or table cell left to right: at
// "*" or "_" it looks ahead for the first run that closes it (no delimiter stack, no flanking
// rules: "**Орду:**Мектептин" is strong, "a_b_c" is a<em>b</em>c), at "[" for the matching
// "]" and an address that may hold spaces, at "<" for the next ">" (a malformed tag passes
// through raw), and it links bare URLs, "www." addresses and e-mail addresses its own way.
// CommonMark reads all of these differently, and no option bends it.
//
// This pass reads the text of each such block as cmark-gfm kept it (the block's string
// content) by Redcarpet's rules and puts the resulting inline nodes in place of the ones
// cmark-gfm made: the HTML is then rendered by cmark-gfm from Redcarpet's inlines. Blocks
// and their source positions stay as they are. Blocks whose text holds nothing that either
// parser treats specially are left alone.
class RedcarpetInlines
{
public:
    // The document must come from a CmarkDocument: new nodes come from its memory.
    static void apply(cmark_node *document);

    // An inline extension for the CmarkDocument that apply() will read: cmark-gfm's inline
    // parser gives up each block this pass reads again at its first run of text, since that
    // work would be thrown away. Call it once per document, before the parse.
    static cmark_syntax_extension *commonMarkStop();
};

} // namespace Tilmech
