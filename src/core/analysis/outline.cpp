#include "analysis/outline.h"

#include "base/bytesearch.h"
#include "base/charclass.h"
#include "base/htmlattributes.h"
#include "base/lineindex.h"
#include "markdown/cmarkdocument.h"
#include "markdown/redcarpetblocks.h"
#include "markdown/widetablerows.h"
#include "site/document.h"

#include <algorithm>
#include <cmark-gfm.h>
#include <cstdlib>
#include <cstring>

namespace Tilmech {

namespace {

constexpr char Mask = '^';

// The plain text of UTF-8 `text`: masked tags left out, white space collapsed to single
// spaces and trimmed. The same as QString::fromUtf8(text).remove(Mask).simplified(), in
// one pass.
QString plainText(const QByteArray &text)
{
    QString out = QString::fromUtf8(text);
    QChar *const begin = out.data();
    const QChar *const end = begin + out.size();
    QChar *write = begin;
    bool space = false;
    for (const QChar *read = begin; read != end; ++read) {
        const QChar c = *read;
        if (c == QLatin1Char(Mask))
            continue;
        if (CharClass::isSpace(c.unicode())) {
            space = write != begin;
            continue;
        }
        if (space) {
            *write++ = QLatin1Char(' ');
            space = false;
        }
        *write++ = c;
    }
    out.truncate(write - begin);
    return out;
}

bool isType(cmark_node *node, const char *name)
{
    const char *type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, name) == 0;
}

// Values of href= and src= attributes in a piece of HTML, in text order.
void htmlLinks(QByteArrayView html, bool image, QVector<OutlineLink> &links)
{
    HtmlAttributes attributes(html, {QByteArrayLiteral("href"), QByteArrayLiteral("src")},
                              HtmlAttributes::Scope::Anywhere);
    HtmlAttributes::Found found;
    while (attributes.next(found)) {
        qsizetype end = found.end;
        if (end < 0) {
            // Unclosed quote: the value runs to the end of the line.
            end = html.indexOf('\n', found.begin);
            if (end < 0)
                end = html.size();
            attributes.skipTo(end);
        }
        OutlineLink link;
        const bool isSrc = found.name == 1;
        link.kind = (isSrc || image) ? OutlineLink::Kind::HtmlImage : OutlineLink::Kind::Html;
        link.destination = html.sliced(found.begin, end - found.begin).toByteArray();
        links.append(link);
    }
}

class Walker
{
public:
    Walker(QByteArrayView masked, qsizetype base, const LineIndex &lines,
           const RedcarpetBlocks::Plan &blocks)
        : m_masked(masked), m_base(base), m_lines(lines), m_blocks(blocks)
    {
    }

    qsizetype startOffset(cmark_node *node) const
    {
        const int line = m_blocks.sourceLine(cmark_node_get_start_line(node));
        return m_base +
               m_lines.offset(line, m_blocks.sourceColumn(line, cmark_node_get_start_column(node)));
    }

    qsizetype endOffset(cmark_node *node) const
    {
        const int line = m_blocks.sourceLine(cmark_node_get_end_line(node));
        const int column = m_blocks.sourceColumn(line, cmark_node_get_end_column(node));
        if (column <= 0) // ends at the line break before `line`
            return m_base + std::max<qsizetype>(0, m_lines.lineStart(line) - 1);
        return m_base + std::min(m_lines.offset(line, column) + 1, m_masked.size());
    }

    // Text and links of the inline content under `node`; nested lists are left out.
    void collect(cmark_node *node, QByteArray &text, QVector<OutlineLink> &links, bool inItem)
    {
        for (cmark_node *child = cmark_node_first_child(node); child;
             child = cmark_node_next(child)) {
            switch (cmark_node_get_type(child)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                text += cmark_node_get_literal(child);
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                text += ' ';
                break;
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE: {
                OutlineLink link;
                link.kind = cmark_node_get_type(child) == CMARK_NODE_IMAGE
                                ? OutlineLink::Kind::Image
                                : OutlineLink::Kind::Markdown;
                link.destination = cmark_node_get_url(child);
                QByteArray inner;
                QVector<OutlineLink> nested;
                collect(child, inner, nested, inItem);
                link.text = plainText(inner);
                // An autolink's text is its destination.
                if (inner == link.destination ||
                    (link.destination.startsWith("mailto:") && link.destination.mid(7) == inner))
                    link.kind = OutlineLink::Kind::Autolink;
                links.append(link);
                links += nested;
                text += inner;
                break;
            }
            case CMARK_NODE_HTML_INLINE:
                htmlLinks(cmark_node_get_literal(child), false, links);
                break;
            case CMARK_NODE_LIST:
                if (inItem)
                    break; // nested items are blocks of their own
                collect(child, text, links, inItem);
                break;
            case CMARK_NODE_PARAGRAPH:
                if (!text.isEmpty())
                    text += ' ';
                collect(child, text, links, inItem);
                break;
            default:
                collect(child, text, links, inItem);
                break;
            }
        }
    }

private:
    QByteArrayView m_masked;
    qsizetype m_base;
    const LineIndex &m_lines;
    const RedcarpetBlocks::Plan &m_blocks;
};

bool onlyStrong(cmark_node *paragraph)
{
    int strong = 0;
    for (cmark_node *child = cmark_node_first_child(paragraph); child;
         child = cmark_node_next(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
        if (type == CMARK_NODE_STRONG) {
            ++strong;
        } else if (type == CMARK_NODE_TEXT) {
            const QByteArray literal = QByteArray(cmark_node_get_literal(child)).trimmed();
            if (!literal.isEmpty() && literal != ":" && literal != ".")
                return false;
        } else if (type != CMARK_NODE_SOFTBREAK && type != CMARK_NODE_LINEBREAK) {
            return false;
        }
    }
    return strong == 1;
}

int listDepth(cmark_node *node)
{
    int depth = 0;
    for (cmark_node *p = cmark_node_parent(node); p; p = cmark_node_parent(p)) {
        if (cmark_node_get_type(p) == CMARK_NODE_LIST)
            ++depth;
    }
    return depth;
}

bool insideItem(cmark_node *node)
{
    for (cmark_node *p = cmark_node_parent(node); p; p = cmark_node_parent(p)) {
        if (cmark_node_get_type(p) == CMARK_NODE_ITEM)
            return true;
    }
    return false;
}

// The page body with every tag made '^' of the same length; line breaks inside tags stay.
QByteArray maskTags(QByteArrayView body, const TemplateTokens &tokens, qsizetype base)
{
    QByteArray masked = body.toByteArray();
    for (const TemplateToken &t : tokens) {
        if (t.kind == TemplateToken::Kind::Text)
            continue;
        for (qsizetype i = t.begin - base; i < t.end - base; ++i) {
            if (masked[i] != '\n' && masked[i] != '\r')
                masked[i] = Mask;
        }
    }
    return masked;
}

// What cmark-gfm parses: rows too wide for its table parser go in as text (same length, same
// lines; the first row of each run is added to *wideRows), and Redcarpet's blocks come
// through the form feeds and blank lines that cmark-gfm reads them by (*blocks).
QByteArray parserInput(const QByteArray &masked, qsizetype base, RedcarpetBlocks::Plan *blocks,
                       QVector<qsizetype> *wideRows)
{
    const QVector<qsizetype> wide = WideTableRows::find(masked);
    *blocks = RedcarpetBlocks::plan(masked);
    blocks->masks.clear(); // a malformed tag stays text here: the checks read what was written
    blocks->maskedBytes.clear();
    QByteArray parsed;
    if (!wide.isEmpty()) {
        parsed = masked;
        WideTableRows::hide(parsed, wide);
        for (const qsizetype row : WideTableRows::firstOfRuns(masked, wide))
            wideRows->append(base + row);
    }
    if (!blocks->isEmpty())
        parsed = blocks->apply(parsed.isEmpty() ? masked : parsed);
    return parsed.isEmpty() ? masked : parsed;
}

// The kind of block a node is, with its text and links; false for a node that is no block
// of the outline (a paragraph in a list item or a table cell, inline content).
bool readBlock(cmark_node *node, Walker &walker, OutlineBlock &block, QByteArray &text)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING:
        block.kind = OutlineBlock::Kind::Heading;
        block.level = cmark_node_get_heading_level(node);
        walker.collect(node, text, block.links, false);
        return true;
    case CMARK_NODE_PARAGRAPH:
        if (insideItem(node) || isType(cmark_node_parent(node), "table_cell"))
            return false;
        block.kind = OutlineBlock::Kind::Paragraph;
        block.boldOnly = onlyStrong(node);
        walker.collect(node, text, block.links, false);
        return true;
    case CMARK_NODE_ITEM:
        block.kind = OutlineBlock::Kind::ListItem;
        block.level = listDepth(node);
        walker.collect(node, text, block.links, true);
        return true;
    case CMARK_NODE_HTML_BLOCK: {
        block.kind = OutlineBlock::Kind::Html;
        const QByteArray literal = cmark_node_get_literal(node);
        htmlLinks(literal, false, block.links);
        // Text without the tags.
        bool inTag = false;
        for (const char c : literal) {
            if (c == '<')
                inTag = true;
            else if (c == '>')
                inTag = false;
            else if (!inTag)
                text += c;
        }
        return true;
    }
    case CMARK_NODE_CODE_BLOCK:
        block.kind = OutlineBlock::Kind::Code;
        text = cmark_node_get_literal(node);
        return true;
    case CMARK_NODE_THEMATIC_BREAK:
        block.kind = OutlineBlock::Kind::ThematicBreak;
        return true;
    default:
        if (isType(node, "table_row") || isType(node, "table_header")) {
            block.kind = OutlineBlock::Kind::TableRow;
            for (cmark_node *cell = cmark_node_first_child(node); cell;
                 cell = cmark_node_next(cell)) {
                QByteArray cellText;
                walker.collect(cell, cellText, block.links, false);
                text += cellText + " | ";
            }
            return true;
        }
        return false;
    }
}

// The template tags within the block. The tokens come in file order: the block's are a run
// found by binary search.
void findBlockTags(OutlineBlock &block, const TemplateTokens &tokens)
{
    auto first =
        std::lower_bound(tokens.cbegin(), tokens.cend(), block.begin,
                         [](const TemplateToken &t, qsizetype at) { return t.begin < at; });
    for (auto it = first; it != tokens.cend() && it->begin < block.end; ++it) {
        if (it->kind != TemplateToken::Kind::Text)
            block.tags.append(int(it - tokens.cbegin()));
    }
}

// Where each destination of the block's links is written, and whether it is a tag.
void placeLinks(OutlineBlock &block, const QByteArray &masked, qsizetype base,
                const TemplateTokens &tokens)
{
    const QByteArrayView blockText =
        QByteArrayView(masked).sliced(block.begin - base, block.end - block.begin);
    qsizetype searchFrom = 0;
    for (OutlineLink &link : block.links) {
        if (link.destination.isEmpty())
            continue;
        const qsizetype at = ByteSearch::find(blockText, link.destination, searchFrom);
        if (at < 0)
            continue;
        link.begin = block.begin + at;
        link.end = link.begin + link.destination.size();
        searchFrom = at + link.destination.size();
        for (int i : block.tags) {
            const TemplateToken &t = tokens.at(i);
            if (t.begin < link.end && t.end > link.begin) {
                link.tag = i;
                break;
            }
        }
    }
}

} // namespace

bool Outline::isActiveTag(const TemplateToken &token, PageVariant variant)
{
    if (token.kind == TemplateToken::Kind::Include)
        return PageFile::evaluatesIncludes(variant);
    if (token.kind == TemplateToken::Kind::Unterminated)
        return token.unterminatedInclude ? PageFile::evaluatesIncludes(variant)
                                         : PageFile::evaluatesErb(variant);
    if (token.kind == TemplateToken::Kind::Text)
        return false;
    return PageFile::evaluatesErb(variant);
}

Outline Outline::build(const Document &document, const TemplateTokens &tokens, PageVariant variant)
{
    Q_UNUSED(variant);
    Outline outline;
    const qsizetype base = document.bodyOffset();
    QByteArray masked = maskTags(document.body(), tokens, base);
    RedcarpetBlocks::Plan blocks;
    const QByteArray input = parserInput(masked, base, &blocks, &outline.m_wideRows);
    const CmarkDocument tree(input, true);
    cmark_node *root = tree.root();

    const LineIndex lines(masked);
    Walker walker(masked, base, lines, blocks);
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        // Inline content holds no blocks: once a paragraph, heading or table cell has been
        // seen, the walk goes on after it.
        cmark_node *firstChild = cmark_node_first_child(node);
        if (firstChild &&
            (cmark_node_get_type(firstChild) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE)
            cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
        OutlineBlock block;
        QByteArray text;
        if (!readBlock(node, walker, block, text))
            continue;
        block.begin = walker.startOffset(node);
        block.end = std::max(block.begin, walker.endOffset(node));
        block.line = document.lines().position(block.begin).line;
        block.text = plainText(text);
        findBlockTags(block, tokens);
        block.tagOnly = !block.tags.isEmpty() && block.text.isEmpty();
        placeLinks(block, masked, base, tokens);
        outline.m_blocks.append(block);
    }
    cmark_iter_free(iter);
    outline.m_masked = std::move(masked);
    outline.indexBlocks();
    return outline;
}

// For blockAt: blocks come in document order (a list item before the items nested in it),
// so their starts never decrease; the running maximum of their ends finds the first block
// that reaches past an offset.
void Outline::indexBlocks()
{
    m_maxEnd.reserve(m_blocks.size());
    qsizetype maxEnd = -1;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const OutlineBlock &b = m_blocks.at(i);
        if (i > 0 && b.begin < m_blocks.at(i - 1).begin)
            m_ordered = false;
        maxEnd = std::max(maxEnd, b.end);
        m_maxEnd.append(maxEnd);
    }
}

int Outline::blockAt(qsizetype offset) const
{
    if (!m_ordered || m_maxEnd.size() != m_blocks.size()) {
        for (int i = 0; i < m_blocks.size(); ++i) {
            if (offset >= m_blocks[i].begin && offset < m_blocks[i].end)
                return i;
        }
        return -1;
    }
    // The first block whose end passes the offset is the first that can hold it; it holds
    // it when it starts at or before it (every later block starts later still).
    const auto it = std::upper_bound(m_maxEnd.cbegin(), m_maxEnd.cend(), offset);
    if (it == m_maxEnd.cend())
        return -1;
    const int i = int(it - m_maxEnd.cbegin());
    return m_blocks[i].begin <= offset ? i : -1;
}

bool Outline::inCode(qsizetype offset) const
{
    const int b = blockAt(offset);
    return b >= 0 && m_blocks[b].kind == OutlineBlock::Kind::Code;
}

int Outline::count(OutlineBlock::Kind kind) const
{
    int n = 0;
    for (const OutlineBlock &b : m_blocks) {
        if (b.kind == kind)
            ++n;
    }
    return n;
}

} // namespace Tilmech
