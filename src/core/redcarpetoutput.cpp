#include "redcarpetoutput.h"

#include "cmarkdocument.h"
#include "html.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>
#include <cmark-gfm.h>

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

void RedcarpetOutput::emptyTableBodies(QByteArray &html)
{
    html.replace("</thead>\n</table>", "</thead>\n<tbody>\n</tbody>\n</table>");
}

} // namespace Tilmech
