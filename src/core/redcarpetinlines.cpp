#include "redcarpetinlines.h"

#include "charclass.h"
#include "cmarkdocument.h"

#include <QByteArray>
#include <QChar>
#include <QSet>
#include <QVector>
#include <algorithm>
#include <cmark-gfm.h>
#include <cstring>

namespace Tilmech {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArray literal(cmark_node *text)
{
    const char *l = cmark_node_get_literal(text);
    return QByteArray(l ? l : "");
}

cmark_node *newText(const QByteArray &text)
{
    cmark_node *node = CmarkDocument::newNode(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, text.constData());
    return node;
}

// The text of a node, without copying it.
QByteArrayView view(cmark_node *text)
{
    const char *l = cmark_node_get_literal(text);
    return l ? QByteArrayView(l, qsizetype(std::strlen(l))) : QByteArrayView();
}

// The first character after position `at` of text node `node`, looking into the following
// siblings' text; 0 when there is none or a non-text node comes first.
char charAfter(cmark_node *node, QByteArrayView text, qsizetype at)
{
    if (at < text.size())
        return text[at];
    cmark_node *next = cmark_node_next(node);
    return next ? 'x' : 0; // a link, code or tag after the run: not a space
}

// What one document's pass may do: the bytes it scans for closers, and how deep emphasis
// nests (Redcarpet's own limit is 16). Past either the rest is left as cmark-gfm made it, so
// a hostile page of unmatched runs stays linear.
struct Budget
{
    qsizetype scan = 0;
    static constexpr int MaxDepth = 16;
};

struct Closer
{
    cmark_node *node = nullptr;
    qsizetype at = -1;
};

// The run of `width` × `c` that closes an opener ending at (`node`, `from`), as Redcarpet
// looks for it: in the text of the same parent, preceded by a non-space; a single "*" or
// "_" does not close at a double one.
Closer findCloser(cmark_node *node, QByteArrayView nodeText, qsizetype from, char c, int width,
                  Budget &budget)
{
    bool first = true;
    for (cmark_node *n = node; n; n = cmark_node_next(n), first = false) {
        if (cmark_node_get_type(n) != CMARK_NODE_TEXT)
            continue;
        const QByteArrayView text = first ? nodeText : view(n);
        for (qsizetype i = first ? from : 0; i < text.size(); ++i) {
            if (--budget.scan < 0)
                return {};
            if (text[i] != c)
                continue;
            qsizetype run = 1;
            while (i + run < text.size() && text[i + run] == c)
                ++run;
            const bool afterContent = (i > 0 && !isSpace(text[i - 1])) || (i == 0 && !first);
            const bool empty = first && i == from;
            if (afterContent && !empty && (run == width || (run > width && width == 2)))
                return {n, i}; // "**a***": the first two close
            i += run - 1;
        }
    }
    return {};
}

// Wraps what lies between an opener run (`open`, at `openAt`, `width` wide) and its closer
// into a new emphasis node, splitting the two text nodes at the runs.
cmark_node *wrap(cmark_node *open, qsizetype openAt, int width, const Closer &close)
{
    const QByteArray openText = literal(open);
    const QByteArray before = openText.left(openAt);
    cmark_node *em = CmarkDocument::newNode(width == 2 ? CMARK_NODE_STRONG : CMARK_NODE_EMPH);
    if (close.node == open) {
        cmark_node_append_child(em,
                                newText(openText.mid(openAt + width, close.at - openAt - width)));
        const QByteArray after = openText.mid(close.at + width);
        cmark_node_set_literal(open, before.constData());
        cmark_node_insert_after(open, em);
        if (!after.isEmpty())
            cmark_node_insert_after(em, newText(after));
    } else {
        const QByteArray closeText = literal(close.node);
        cmark_node_set_literal(open, before.constData());
        cmark_node_insert_after(open, em);
        const QByteArray head = openText.mid(openAt + width);
        if (!head.isEmpty())
            cmark_node_append_child(em, newText(head));
        while (cmark_node_next(em) != close.node)
            cmark_node_append_child(em, cmark_node_next(em)); // appending unlinks it
        const QByteArray tail = closeText.left(close.at);
        if (!tail.isEmpty())
            cmark_node_append_child(em, newText(tail));
        cmark_node_set_literal(close.node, closeText.mid(close.at + width).constData());
    }
    if (before.isEmpty())
        cmark_node_free(open);
    return em;
}

// One pass over the children of `parent`: every literal run that Redcarpet would open
// emphasis at, and that has a closer, becomes emphasis; the new node's own text is done
// the same way.
void fixChildren(cmark_node *parent, Budget &budget, int depth)
{
    if (depth > Budget::MaxDepth || budget.scan < 0)
        return;
    // cmark splits a literal delimiter run into a text node of its own: join them again.
    cmark_consolidate_text_nodes(parent);
    for (cmark_node *n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        if (cmark_node_get_type(n) != CMARK_NODE_TEXT)
            continue;
        const QByteArrayView text = view(n);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c != '*' && c != '_')
                continue;
            int run = 1;
            while (i + run < text.size() && text[i + run] == c)
                ++run;
            const char next = charAfter(n, text, i + run);
            if (run > 2 || !next || isSpace(next)) {
                i += run - 1;
                continue;
            }
            const Closer close = findCloser(n, text, i + run, c, run, budget);
            if (budget.scan < 0)
                return; // the rest stays as cmark-gfm made it
            if (!close.node) {
                i += run - 1;
                continue;
            }
            cmark_node *em = wrap(n, i, run, close);
            fixChildren(em, budget, depth + 1);
            n = em; // go on after the new node
            break;
        }
    }
}

// The code point that starts at `at` (or ends just before it, `backwards`); a line end
// outside the text, as CommonMark reads the start and end of a line.
char32_t codePoint(QByteArrayView text, qsizetype at, bool backwards)
{
    if (backwards) {
        if (at <= 0)
            return U'\n';
        qsizetype start = at - 1;
        while (start > 0 && (uchar(text[start]) & 0xC0) == 0x80 && at - start < 4)
            --start;
        at = start;
    } else if (at >= text.size()) {
        return U'\n';
    }
    const uchar lead = uchar(text[at]);
    if (lead < 0x80)
        return lead;
    const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t cp = lead & (0x3F >> (length - 1));
    for (int k = 1; k < length && at + k < text.size(); ++k)
        cp = (cp << 6) | (uchar(text[at + k]) & 0x3F);
    return cp;
}

bool isPunctuation(char32_t c)
{
    if (c < 0x80)
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
               (c >= 0x7B && c <= 0x7E);
    return QChar::isPunct(c);
}

bool isWhitespace(char32_t c)
{
    return c < 0x10000 ? CharClass::isSpace(char16_t(c)) : QChar::isSpace(c);
}

// The word around a position (up to the spaces on both sides), and whether it is markup or
// an address rather than text: an HTML tag or attribute, a URL, a path, a link destination.
// An "_" there is in no text node, so it cannot change emphasis. The runs of a line come in
// order, so the last word found answers for every run inside it: a word of a million
// underscores is read once.
struct Word
{
    qsizetype begin = 0, end = -1;
    bool markup = false;

    bool inMarkup(QByteArrayView text, qsizetype at)
    {
        if (at >= begin && at < end)
            return markup;
        begin = end = at;
        while (begin > 0 && !isSpace(text[begin - 1]))
            --begin;
        while (end < text.size() && !isSpace(text[end]))
            ++end;
        markup = false;
        for (const char c : text.sliced(begin, end - begin)) {
            if (c == '/' || c == '=' || c == '<' || c == '>' || c == '(' || c == '@' || c == '&') {
                markup = true;
                break;
            }
        }
        return markup;
    }
};

// Whether Redcarpet could open or close emphasis at the run [begin, end) where CommonMark
// could not (its flanking rules; Redcarpet only asks for a non-space on the inner side).
bool differs(QByteArrayView markdown, qsizetype begin, qsizetype end, Word &word)
{
    const char c = markdown[begin];
    const char32_t before = codePoint(markdown, begin, true);
    const char32_t after = codePoint(markdown, end, false);
    const bool beforeSpace = isWhitespace(before), afterSpace = isWhitespace(after);
    const bool beforePunct = isPunctuation(before), afterPunct = isPunctuation(after);
    const bool left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
    const bool right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
    const bool opens = c == '*' ? left : left && (!right || beforePunct);
    const bool closes = c == '*' ? right : right && (!left || afterPunct);
    // Where CommonMark cannot open and Redcarpet can, or CommonMark cannot close and
    // Redcarpet can: the pass over the tree pairs the runs as Redcarpet does.
    return ((!afterSpace && !opens) || (!beforeSpace && !closes)) &&
           !(c == '_' && word.inMarkup(markdown, begin));
}

bool flagged(cmark_node *node, const QVector<int> &lines)
{
    const int first = cmark_node_get_start_line(node), last = cmark_node_get_end_line(node);
    if (first <= 0 || last < first)
        return true; // no position: look inside
    const auto it = std::lower_bound(lines.cbegin(), lines.cend(), first);
    return it != lines.cend() && *it <= last;
}

// A link whose text is its address (an autolink): Redcarpet reads no emphasis in it.
bool isAutolink(cmark_node *node)
{
    if (cmark_node_get_type(node) != CMARK_NODE_LINK)
        return false;
    cmark_node *text = cmark_node_first_child(node);
    const char *url = cmark_node_get_url(node);
    const char *l = text ? cmark_node_get_literal(text) : nullptr;
    return url && l && std::strstr(url, l);
}

// The parents of text nodes inside `block` that hold a literal '*' or '_'.
void collectParents(cmark_node *block, QVector<cmark_node *> &parents, QSet<cmark_node *> &seen)
{
    cmark_iter *iter = cmark_iter_new(block);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_TEXT)
            continue;
        const char *l = cmark_node_get_literal(node);
        cmark_node *parent = cmark_node_parent(node);
        if (l && std::strpbrk(l, "*_") && !seen.contains(parent) && !isAutolink(parent)) {
            seen.insert(parent);
            parents.append(parent);
        }
    }
    cmark_iter_free(iter);
}

bool holdsInlines(cmark_node *block)
{
    cmark_node *first = cmark_node_first_child(block);
    return first && (cmark_node_get_type(first) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

// Down the blocks that hold a flagged line, to those whose children are inline.
void collectBlocks(cmark_node *node, const QVector<int> &lines, QVector<cmark_node *> &parents,
                   QSet<cmark_node *> &seen)
{
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        if (!flagged(child, lines))
            continue;
        if (holdsInlines(child))
            collectParents(child, parents, seen);
        else
            collectBlocks(child, lines, parents, seen);
    }
}

} // namespace

QVector<int> RedcarpetInlines::linesThatMayDiffer(QByteArrayView markdown)
{
    QVector<int> lines;
    const char *data = markdown.data();
    const qsizetype n = markdown.size();
    // The next '*' and the next '_', each found once: most text has neither.
    const auto find = [&](char c, qsizetype from) {
        const void *p = from < n ? std::memchr(data + from, c, size_t(n - from)) : nullptr;
        return p ? static_cast<const char *>(p) - data : n;
    };
    qsizetype star = find('*', 0), under = find('_', 0);
    int line = 1;
    qsizetype counted = 0; // newlines are counted up to here
    Word word;
    while (star < n || under < n) {
        const qsizetype i = std::min(star, under);
        const char c = data[i];
        qsizetype end = i + 1;
        while (end < n && data[end] == c)
            ++end;
        if (differs(markdown, i, end, word)) {
            line += int(QByteArrayView(data + counted, i - counted).count('\n'));
            counted = i;
            if (lines.isEmpty() || lines.last() != line)
                lines.append(line);
        }
        if (c == '*')
            star = find('*', end);
        else
            under = find('_', end);
    }
    return lines;
}

void RedcarpetInlines::apply(cmark_node *document, const QVector<int> &lines, qsizetype size)
{
    if (lines.isEmpty())
        return;
    QVector<cmark_node *> parents;
    QSet<cmark_node *> seen;
    collectBlocks(document, lines, parents, seen);
    Budget budget;
    budget.scan = 64 * 1024 + 16 * size;
    for (cmark_node *parent : qAsConst(parents))
        fixChildren(parent, budget, 0);
}

} // namespace Tilmech
