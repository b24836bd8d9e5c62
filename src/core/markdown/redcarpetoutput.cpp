#include "markdown/redcarpetoutput.h"

#include "base/html.h"
#include "base/lineindex.h"
#include "markdown/cmarkdocument.h"
#include "markdown/redcarpetblocks.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>
#include <cmark-gfm.h>
#include <optional>

namespace Tilmech {

namespace {

bool isInfoSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Redcarpet's language of a fence: "{ a b }" or the first word, its words each without a
// leading '.', joined by spaces.
QByteArray languageClass(QByteArrayView info)
{
    qsizetype i = 0;
    while (i < info.size() && info[i] == ' ')
        ++i;
    QByteArrayView language;
    if (i < info.size() && info[i] == '{') {
        const qsizetype close = info.indexOf('}', i + 1);
        if (close < 0)
            return {};
        language = info.sliced(i + 1, close - i - 1);
    } else {
        qsizetype end = i;
        while (end < info.size() && !isInfoSpace(info[end]))
            ++end;
        language = info.sliced(i, end - i);
    }
    QByteArray classes;
    for (qsizetype at = 0; at < language.size();) {
        while (at < language.size() && isInfoSpace(language[at]))
            ++at;
        qsizetype end = at;
        while (end < language.size() && !isInfoSpace(language[end]))
            ++end;
        if (end > at) {
            const QByteArrayView word = language.sliced(at, end - at);
            if (!classes.isEmpty())
                classes += ' ';
            classes += word.startsWith('.') ? word.sliced(1) : word;
        }
        at = end;
    }
    return classes;
}

} // namespace

void RedcarpetOutput::fencedCode(cmark_node *document, bool sourcePositions)
{
    QVector<cmark_node *> blocks;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        int length = 0, offset = 0;
        char fence = 0;
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK &&
            cmark_node_get_fenced(node, &length, &offset, &fence))
            blocks.append(node);
    }
    cmark_iter_free(iter);
    for (cmark_node *block : qAsConst(blocks)) {
        const char *info = cmark_node_get_fence_info(block);
        const QByteArray classes = languageClass(info ? QByteArrayView(info) : QByteArrayView());
        if (classes.isEmpty())
            continue; // "<pre><code>" in both
        QByteArray html = "<pre";
        if (sourcePositions) {
            html += " data-sourcepos=\"" + QByteArray::number(cmark_node_get_start_line(block)) +
                    ':' + QByteArray::number(cmark_node_get_start_column(block)) + '-' +
                    QByteArray::number(cmark_node_get_end_line(block)) + ':' +
                    QByteArray::number(cmark_node_get_end_column(block)) + '"';
        }
        html += "><code class=\"";
        Html::appendEscaped(html, classes);
        html += "\">";
        const char *literal = cmark_node_get_literal(block);
        Html::appendEscaped(html, literal ? QByteArrayView(literal) : QByteArrayView());
        html += "</code></pre>\n";
        cmark_node *raw = CmarkDocument::newNode(CMARK_NODE_HTML_BLOCK);
        cmark_node_set_literal(raw, html.constData());
        cmark_node_replace(block, raw);
        cmark_node_free(block);
    }
}

void RedcarpetOutput::listsFromOne(cmark_node *document)
{
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_LIST &&
            cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
            cmark_node_set_list_start(node, 1);
    }
    cmark_iter_free(iter);
}

namespace {

// A line of the text cmark-gfm read that Redcarpet took for blank: white space, or the form
// feeds RedcarpetBlocks put into blank lines.
bool isBlankLine(QByteArrayView text, const LineIndex &lines, int line)
{
    if (line < 1 || line > lines.lineCount())
        return false;
    const qsizetype begin = lines.lineStart(line);
    const qsizetype end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.size();
    for (qsizetype i = begin; i < end; ++i) {
        const char c = text[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != RedcarpetBlocks::Filler)
            return false;
    }
    return true;
}

// Whether a blank line lies inside the item's lines before more of the list: before more of
// the item, or before the next item. (cmark-gfm may count the blank lines after the last
// item into it.)
bool holdsBlankLine(cmark_node *item, QByteArrayView text, const LineIndex &lines)
{
    const int first = cmark_node_get_start_line(item);
    int last = cmark_node_get_end_line(item);
    if (!cmark_node_next(item)) {
        while (last > first && isBlankLine(text, lines, last))
            --last;
    }
    for (int line = first + 1; line <= last; ++line) {
        if (isBlankLine(text, lines, line))
            return true;
    }
    return false;
}

cmark_node *paragraphMark(const QByteArray &html)
{
    cmark_node *node = CmarkDocument::newNode(CMARK_NODE_HTML_INLINE);
    cmark_node_set_literal(node, html.constData());
    return node;
}

// A paragraph of a tight list renders bare: its own <p> goes in as raw HTML, with the
// position cmark-gfm would have written on it.
void wrapInParagraph(cmark_node *paragraph, bool sourcePositions)
{
    QByteArray open = "<p";
    if (sourcePositions) {
        open += " data-sourcepos=\"" + QByteArray::number(cmark_node_get_start_line(paragraph)) +
                ':' + QByteArray::number(cmark_node_get_start_column(paragraph)) + '-' +
                QByteArray::number(cmark_node_get_end_line(paragraph)) + ':' +
                QByteArray::number(cmark_node_get_end_column(paragraph)) + '"';
    }
    open += '>';
    cmark_node_prepend_child(paragraph, paragraphMark(open));
    cmark_node_append_child(paragraph, paragraphMark("</p>\n"));
}

} // namespace

void RedcarpetOutput::itemParagraphs(cmark_node *document, QByteArrayView parsed,
                                     bool sourcePositions)
{
    std::optional<LineIndex> lines; // made at the first list
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *list = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = cmark_node_get_type(list);
        if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            cmark_iter_reset(iter, list, CMARK_EVENT_EXIT); // no list in their inlines
            continue;
        }
        if (type != CMARK_NODE_LIST)
            continue;
        if (!lines)
            lines.emplace(parsed, false);
        bool blocks = false;
        for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
            blocks = blocks || holdsBlankLine(item, parsed, *lines);
            if (!blocks)
                continue;
            for (cmark_node *child = cmark_node_first_child(item); child;
                 child = cmark_node_next(child)) {
                if (cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH)
                    wrapInParagraph(child, sourcePositions);
            }
        }
        cmark_node_set_list_tight(list, 1);
    }
    cmark_iter_free(iter);
}

void RedcarpetOutput::emptyTableBodies(QByteArray &html)
{
    html.replace("</thead>\n</table>", "</thead>\n<tbody>\n</tbody>\n</table>");
}

} // namespace Tilmech
