#pragma once

#include "site/pagefile.h"
#include "template/templatelexer.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Tilmech {

class Document;

// A link or image of a block, as written in the page.
struct OutlineLink
{
    enum class Kind : quint8
    {
        Markdown,
        Image,
        Html,
        HtmlImage,
        Autolink
    };
    Kind kind = Kind::Markdown;
    QByteArray destination; // as written; tags inside are masked with '^'
    QString text;           // link text (markdown links), empty otherwise
    qsizetype begin = -1;   // span of the destination in the file, when found
    qsizetype end = -1;
    int tag = -1; // index of the template token that is the destination, or -1
};

// One block of a page as the translator sees it: a heading, paragraph, list item, table
// row, HTML block or code block, with its span in the file, its text without tags and
// markdown syntax, its links and the template tags inside it.
struct OutlineBlock
{
    enum class Kind : quint8
    {
        Heading,
        Paragraph,
        ListItem,
        TableRow,
        Html,
        Code,
        ThematicBreak
    };
    Kind kind = Kind::Paragraph;
    int level = 0;         // heading level; list nesting depth
    bool boldOnly = false; // a paragraph that is entirely **bold** (a heading in disguise?)
    bool tagOnly = false;  // nothing but template tags and blanks
    qsizetype begin = 0;   // span in the file
    qsizetype end = 0;
    QString text; // plain text, tags removed, whitespace collapsed
    QVector<OutlineLink> links;
    QVector<int> tags; // indices of the template tokens inside the block
    int line = 0;      // first line in the file
};

// The blocks of a page, found by running cmark-gfm over the page body with every template
// tag masked (same length, so positions are those of the file). Checks and alignment work
// on what the translator wrote, not on the expanded text the preview shows.
class Outline
{
public:
    static Outline build(const Document &document, const TemplateTokens &tokens,
                         PageVariant variant);

    const QVector<OutlineBlock> &blocks() const { return m_blocks; }
    // The page body with every tag replaced by '^' (same length); offsets start at
    // bodyOffset() of the document.
    const QByteArray &maskedBody() const { return m_masked; }
    // Whether the offset lies in a code block (where HTML and markdown are just text).
    bool inCode(qsizetype offset) const;
    // The block that contains the file offset, or -1.
    int blockAt(qsizetype offset) const;
    int count(OutlineBlock::Kind kind) const;
    // File offsets of the first line of each run of table rows too wide to parse as a table
    // (WideTableRows): they are blocks of text in the outline.
    const QVector<qsizetype> &wideTableRows() const { return m_wideRows; }

    // Whether the token is treated as a template tag in this variant (ERB is plain text in
    // .md.partial pages, includes are plain text elsewhere).
    static bool isActiveTag(const TemplateToken &token, PageVariant variant);

private:
    void indexBlocks();

    QVector<OutlineBlock> m_blocks;
    QVector<qsizetype> m_maxEnd; // running maximum of the blocks' ends, for blockAt
    bool m_ordered = true;       // block starts never decrease
    QByteArray m_masked;
    QVector<qsizetype> m_wideRows;
};

} // namespace Tilmech
