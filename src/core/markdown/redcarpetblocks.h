#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace Tilmech {

// Redcarpet's block structure on top of cmark-gfm's (docs/page-format.md, "Markdown"; kinds M-a,
// M-b, M-i), where CommonMark's block rules cannot be bent by options: the text cmark-gfm is given
// differs from the markdown by blank lines and form feeds only, so that cmark-gfm ends and
// keeps blocks where Redcarpet does.
//
// - M-b: Redcarpet takes a line that starts with a block-level tag up to the line of its
//   closing tag as one raw HTML block, blank lines included; cmark-gfm ends the block at the
//   first blank line. Each blank line inside gets a form feed, which cmark-gfm does not take
//   for blank (HTML does: it is whitespace there); the form feeds leave the HTML afterwards.
// - A line that starts with a tag where Redcarpet sees no HTML block (an inline tag alone on
//   a line, a block tag never closed, a tag continuing a list item or a paragraph) is text
//   for Redcarpet and an HTML block for cmark-gfm: a form feed before the '<' makes it text.
// - M-d: "- - item" is an item whose text starts with "- " for Redcarpet and a nested list
//   for cmark-gfm: a backslash before the inner marker makes it text.
// - M-e: an address with spaces ends a link for CommonMark, not for Redcarpet: it goes to
//   cmark-gfm in angle brackets (for the outline, which reads cmark-gfm's inlines).
// - M-h: Redcarpet passes a malformed tag ("<a href="u"1 min</a>") through to the next '>';
//   CommonMark shows it as text. It goes to cmark-gfm as stand-ins of the same length,
//   which the HTML gets back as the tag (for the outline too).
// - M-a: with lax spacing Redcarpet ends the HTML block at its closing tag and reads the next
//   line as markdown; cmark-gfm runs on to the next blank line. A blank line goes in after it.
// - M-i: Redcarpet ends a table at the first line without a '|'; cmark-gfm makes a row of
//   every line up to a blank one. A blank line goes in before it.
// - M-c: after a blank line in a list, an item of the other kind (a bullet in a numbered
//   list, or the reverse) ends Redcarpet's list however deep it is indented; cmark-gfm nests
//   it. An HTML comment line goes in before it, which ends cmark-gfm's list, and leaves
//   the HTML afterwards.
//
// An inserted character moves the columns after it on its line and an inserted line the
// lines after it; Plan::sourceLine and Plan::sourceColumn take them back, so every source
// position stays exact.
class RedcarpetBlocks
{
public:
    static constexpr char Filler = '\f';
    static constexpr char StandIn = '\x1f'; // a byte of a masked tag

    // The line that ends a list for cmark-gfm and leaves nothing in the HTML.
    static constexpr char ListEnd[] = "<!--tilmech:list-end-->\n";

    struct Plan
    {
        struct Break
        {
            qsizetype at;  // start of the line that gets a line before it
            int line;      // its 1-based number in the markdown
            bool endsList; // ListEnd goes in, else a blank line
        };
        struct Insert
        {
            qsizetype at; // the character goes in before this byte
            int line;     // its 1-based line and byte column in the markdown
            int column;
            char character; // Filler, or a backslash that escapes what follows
        };
        struct Mask
        {
            qsizetype begin, end; // a malformed tag on one line, given as stand-ins
        };
        struct Rewrite
        {
            qsizetype at; // the bytes there are replaced by as many of `bytes`
            QByteArray bytes;
        };
        QVector<Insert> inserts;
        QVector<Rewrite> rewrites;
        QVector<Break> breaks;
        QVector<Mask> masks;
        QByteArray maskedBytes;       // the bytes of the masks, one after another
        bool movesColumns = false;    // an insert on a line that is not blank
        bool hasFences = false;       // a fenced code block
        bool hasTables = false;       // a table at the top level
        bool hasOrderedLists = false; // an ordered list

        bool isEmpty() const
        {
            return inserts.isEmpty() && breaks.isEmpty() && masks.isEmpty() && rewrites.isEmpty();
        }
        // The text cmark-gfm is given.
        QByteArray apply(QByteArrayView markdown) const;
        // The line of the markdown for a 1-based line of apply()'s text.
        int sourceLine(int parsedLine) const;
        // The byte column of the markdown for a column of apply()'s text on `sourceLine`.
        int sourceColumn(int sourceLine, int parsedColumn) const;
    };

    // `markers`: the prefix of the renderer's markers (Placeholders), which Redcarpet never
    // sees, so they do not count where a line must end blank. `inlineEdits`: the edits M-e
    // and M-h, for a reader of cmark-gfm's own inlines (the outline); the renderer reads
    // Redcarpet's inlines (RedcarpetInlines) and needs none.
    static Plan plan(QByteArrayView markdown, QByteArrayView markers = {}, bool inlineEdits = true);
    // Redcarpet's parse_table_header: whether the line `header` with the line `underline`
    // under it opens a table (a '|' in the header, a cell of dashes for each column).
    static bool opensTable(QByteArrayView header, QByteArrayView underline);
    // The HTML rendered from apply()'s text as if rendered from the markdown: no form feeds
    // or stand-ins of the plan, and with `positions`, data-sourcepos of the markdown.
    static void restore(QByteArray &html, const Plan &plan, bool positions);
};

} // namespace Tilmech
