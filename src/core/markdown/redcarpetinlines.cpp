// Longer than most files, on purpose: a reimplementation of Redcarpet 3.5's inline parser
// (markdown.c: char_emphasis, parse_emph1/2/3, char_link, char_autolink_*, ...), function for
// function, so that each can be read beside the C it mirrors; they share one Output and Parser.

#include "markdown/redcarpetinlines.h"

#include "base/charclass.h"
#include "markdown/cmarkdocument.h"

#include <QByteArray>
#include <QVector>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cmark-gfm/chunk.h>
#include <cstring>
#include <mutex>

namespace Tilmech {

namespace {

// Redcarpet stops parsing inlines (and drops their text) past this many nested buffers,
// counting the blocks around them (the live site's renderer is made with 16).
constexpr int MaxNesting = 16;

// Redcarpet looks for the end of each opener up to the end of the block, so a block of
// openers that never close takes time in the square of its length (the live site would
// time out on it). The parser looks at most this many bytes per byte of the block, far more
// than any real page needs; past that, the rest of the block is text.
constexpr qsizetype ScanBudgetPerByte = 64;
constexpr qsizetype ScanBudgetBase = 1 << 20;

// Redcarpet's own character classes: ASCII only, space and line end only.
bool isSpace(char c)
{
    return c == ' ' || c == '\n';
}

// The C library's isspace in the "C" character set.
bool isCSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// A table of bytes, for the loops that run over every byte of a page's text.
struct ByteSet
{
    bool has[256] = {};
    constexpr explicit ByteSet(const char *bytes)
    {
        for (; *bytes; ++bytes)
            has[static_cast<unsigned char>(*bytes)] = true;
    }
    bool operator()(char c) const { return has[static_cast<unsigned char>(c)]; }
};

// The bytes Redcarpet's parse_inline stops at (with autolinks on).
constexpr char ActiveBytes[] = "*_`\n[<\\&:@w";
constexpr ByteSet isActive(ActiveBytes);

// What parse_inline writes to: the nodes of one parent, with the text after the last node
// kept open, because some constructs take back text already written (an autolink its
// scheme, an image its "!", a line break the spaces before it).
//
// The open texts of nested outputs (an emphasis inside a link inside the block) live one after
// another in one buffer of the parser: an inner output works on the end of it while the
// outer one waits, and gives its part back when it flushes.
class Output
{
public:
    Output(cmark_node *parent, QByteArray &texts)
        : m_parent(parent), m_texts(texts), m_start(texts.size())
    {
    }

    void text(QByteArrayView bytes) { m_texts.append(bytes); }
    void node(cmark_node *node)
    {
        flush();
        cmark_node_append_child(m_parent, node);
    }
    void flush()
    {
        if (m_texts.size() == m_start)
            return;
        cmark_node *node = CmarkDocument::newNode(CMARK_NODE_TEXT);
        cmark_node_set_literal(node, m_texts.constData() + m_start); // terminated at size()
        cmark_node_append_child(m_parent, node);
        m_texts.resize(m_start); // keeps its memory for the next run
    }
    // Takes back `count` bytes of the open text (never more than it holds).
    void takeBack(qsizetype count) { m_texts.chop(std::min(count, m_texts.size() - m_start)); }
    bool endsWith(char c) const { return m_texts.size() > m_start && m_texts.back() == c; }
    void trimTrailingSpaces()
    {
        while (endsWith(' '))
            m_texts.chop(1);
    }
    bool isEmpty() const { return m_texts.size() == m_start && !cmark_node_first_child(m_parent); }

private:
    cmark_node *m_parent;
    QByteArray &m_texts;
    qsizetype m_start;
};

// `bytes` terminated, for cmark-gfm's setters, in a buffer reused on the thread (valid until
// the next call).
const char *terminated(QByteArrayView bytes)
{
    thread_local QByteArray scratch;
    scratch.resize(0);
    scratch.append(bytes);
    return scratch.constData();
}

cmark_node *htmlNode(QByteArrayView raw)
{
    cmark_node *node = CmarkDocument::newNode(CMARK_NODE_HTML_INLINE);
    cmark_node_set_literal(node, terminated(raw));
    return node;
}

cmark_node *textNode(QByteArrayView text)
{
    cmark_node *node = CmarkDocument::newNode(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, terminated(text));
    return node;
}

// An address as Redcarpet passes it on: each backslash drops, the byte after it stays.
QByteArray unescaped(QByteArrayView text)
{
    if (!text.contains('\\'))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            if (i + 1 >= text.size())
                break;
            ++i;
        }
        out.append(text[i]);
    }
    return out;
}

cmark_node *linkNode(const QByteArray &url, const QByteArray &title)
{
    cmark_node *node = CmarkDocument::newNode(CMARK_NODE_LINK);
    cmark_node_set_url(node, url.constData());
    cmark_node_set_title(node, title.constData());
    return node;
}

// Redcarpet's inline parser over the text of one block. Positions are indices into the text;
// a construct may look at the bytes before the range it parses, as Redcarpet's does.
class Parser
{
public:
    explicit Parser(QByteArrayView text)
        : d(text.data()), m_size(text.size()),
          m_budget(ScanBudgetPerByte * text.size() + ScanBudgetBase)
    {
    }

    // The whole text as the inlines of `block`, at `depth` nested buffers.
    void run(cmark_node *block, int depth)
    {
        Output out(block, m_texts);
        parse(out, 0, m_size, depth);
        out.flush();
    }

private:
    // parse_inline: [begin, end) into `out`, at `depth` nested buffers.
    void parse(Output &out, qsizetype begin, qsizetype end, int depth);
    qsizetype dispatch(Output &out, qsizetype at, qsizetype offset, qsizetype end, int depth);
    qsizetype findEmphasisChar(qsizetype begin, qsizetype end, char c) const;
    qsizetype findEmphasisCharUnbounded(qsizetype begin, qsizetype end, char c) const;
    qsizetype emphasis(Output &out, qsizetype at, qsizetype offset, qsizetype end, int depth);
    qsizetype emphasis1(Output &out, qsizetype begin, qsizetype end, char c, int depth);
    qsizetype emphasis2(Output &out, qsizetype begin, qsizetype end, char c, int depth);
    qsizetype emphasis3(Output &out, qsizetype begin, qsizetype end, char c, int depth);
    bool wrap(Output &out, cmark_node_type type, qsizetype begin, qsizetype end, int depth,
              bool triple = false);
    qsizetype lineBreak(Output &out, qsizetype at, qsizetype offset) const;
    qsizetype codeSpan(Output &out, qsizetype at, qsizetype end) const;
    qsizetype escape(Output &out, qsizetype at, qsizetype end) const;
    qsizetype entity(Output &out, qsizetype at, qsizetype end) const;
    qsizetype angleTag(Output &out, qsizetype at, qsizetype end) const;
    qsizetype tagLength(qsizetype at, qsizetype end, int *autolink) const;
    qsizetype mailAutolink(qsizetype at, qsizetype end) const;
    qsizetype autolinkWww(Output &out, qsizetype at, qsizetype offset, qsizetype end) const;
    qsizetype autolinkEmail(Output &out, qsizetype at, qsizetype offset, qsizetype end) const;
    qsizetype autolinkUrl(Output &out, qsizetype at, qsizetype offset, qsizetype end) const;
    qsizetype linkEnd(qsizetype at, qsizetype end) const;
    qsizetype checkDomain(qsizetype at, qsizetype end, bool allowShort) const;
    qsizetype link(Output &out, qsizetype at, qsizetype offset, qsizetype end, int depth);

    // Counts the bytes a construct looked at; once the budget is spent no construct is
    // tried any more and the rest is text.
    void spend(qsizetype bytes) const { m_budget -= bytes; }
    bool exhausted() const { return m_budget < 0; }

    const char *d;
    qsizetype m_size;
    mutable qsizetype m_budget;
    bool m_inLinkBody = false;
    QByteArray m_texts; // the open texts of the outputs (Output)
};

void Parser::parse(Output &out, qsizetype begin, qsizetype end, int depth)
{
    if (depth > MaxNesting)
        return;
    qsizetype i = begin, next = begin, consumed = begin;
    while (i < end) {
        // The text is terminated (a block's string content): the C library's vectorised
        // search finds the next active byte.
        if (next < end && !isActive(d[next])) {
            const char *hit = std::strpbrk(d + next, ActiveBytes);
            next = hit ? std::min<qsizetype>(hit - d, end) : end;
        }
        out.text(QByteArrayView(d + i, next - i));
        if (next >= end)
            break;
        i = next;
        const qsizetype taken = dispatch(out, i, i - consumed, end, depth);
        if (!taken) {
            next = i + 1; // the byte goes out with the next run of text
        } else {
            i += taken;
            next = i;
            consumed = i;
        }
    }
}

qsizetype Parser::dispatch(Output &out, qsizetype at, qsizetype offset, qsizetype end, int depth)
{
    if (exhausted())
        return 0;
    switch (d[at]) {
    case '*':
    case '_':
        return emphasis(out, at, offset, end, depth);
    case '`':
        return codeSpan(out, at, end);
    case '\n':
        return lineBreak(out, at, offset);
    case '[':
        return link(out, at, offset, end, depth);
    case '<':
        return angleTag(out, at, end);
    case '\\':
        return escape(out, at, end);
    case '&':
        return entity(out, at, end);
    case ':':
        return autolinkUrl(out, at, offset, end);
    case '@':
        return autolinkEmail(out, at, offset, end);
    case 'w':
        return autolinkWww(out, at, offset, end);
    default:
        return 0;
    }
}

// find_emph_char: the next `c` after the first byte of [begin, end), skipping escaped ones
// and links (a `c` inside a link's text or address counts only when the link does not
// close). Relative to `begin`; 0 when there is none. Code spans are not skipped: Redcarpet
// 3.5 does not skip them either.
qsizetype Parser::findEmphasisChar(qsizetype begin, qsizetype end, char c) const
{
    if (exhausted())
        return 0;
    const qsizetype found = findEmphasisCharUnbounded(begin, end, c);
    return exhausted() ? 0 : found;
}

qsizetype Parser::findEmphasisCharUnbounded(qsizetype begin, qsizetype end, char c) const
{
    const char *data = d + begin;
    const qsizetype size = end - begin;
    qsizetype i = 1;
    const auto charged = [&](qsizetype result) {
        spend(std::min(i, size));
        return result;
    };
    while (i < size) {
        while (i < size && data[i] != c && data[i] != '[')
            ++i;
        if (i == size)
            return charged(0);
        if (data[i - 1] == '\\') {
            ++i;
            continue;
        }
        if (data[i] == c)
            return charged(i);
        qsizetype inside = 0; // the first `c` inside the link
        ++i;
        while (i < size && data[i] != ']') {
            if (!inside && data[i] == c)
                inside = i;
            ++i;
        }
        ++i;
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            return charged(inside);
        char close;
        if (data[i] == '[') {
            close = ']';
        } else if (data[i] == '(') {
            close = ')';
        } else {
            if (inside)
                return charged(inside);
            continue;
        }
        ++i;
        while (i < size && data[i] != close) {
            if (!inside && data[i] == c)
                inside = i;
            ++i;
        }
        if (i >= size)
            return charged(inside);
        ++i;
    }
    return charged(0);
}

// The callbacks of Redcarpet's HTML renderer refuse emphasis around nothing.
bool Parser::wrap(Output &out, cmark_node_type type, qsizetype begin, qsizetype end, int depth,
                  bool triple)
{
    cmark_node *node = CmarkDocument::newNode(type);
    cmark_node *inner = node;
    if (triple) {
        inner = CmarkDocument::newNode(CMARK_NODE_EMPH);
        cmark_node_append_child(node, inner);
    }
    Output content(inner, m_texts);
    parse(content, begin, end, depth + 1);
    content.flush();
    if (content.isEmpty()) {
        cmark_node_free(node);
        return false;
    }
    out.node(node);
    return true;
}

// parse_emph1: closed by a `c` that no space precedes.
qsizetype Parser::emphasis1(Output &out, qsizetype begin, qsizetype end, char c, int depth)
{
    const char *data = d + begin;
    const qsizetype size = end - begin;
    qsizetype i = 0;
    if (size > 1 && data[0] == c && data[1] == c)
        i = 1; // coming from emphasis3
    while (i < size) {
        const qsizetype found = findEmphasisChar(begin + i, end, c);
        if (!found)
            return 0;
        i += found;
        if (i >= size)
            return 0;
        if (data[i] == c && !isSpace(data[i - 1]))
            return wrap(out, CMARK_NODE_EMPH, begin, begin + i, depth) ? i + 1 : 0;
    }
    return 0;
}

// parse_emph2: closed by two `c` that no space precedes.
qsizetype Parser::emphasis2(Output &out, qsizetype begin, qsizetype end, char c, int depth)
{
    const char *data = d + begin;
    const qsizetype size = end - begin;
    qsizetype i = 0;
    while (i < size) {
        const qsizetype found = findEmphasisChar(begin + i, end, c);
        if (!found)
            return 0;
        i += found;
        if (i + 1 < size && data[i] == c && data[i + 1] == c && i && !isSpace(data[i - 1]))
            return wrap(out, CMARK_NODE_STRONG, begin, begin + i, depth) ? i + 2 : 0;
        ++i;
    }
    return 0;
}

// parse_emph3: the first closing run decides: three close both, two or one hand over.
qsizetype Parser::emphasis3(Output &out, qsizetype begin, qsizetype end, char c, int depth)
{
    const char *data = d + begin;
    const qsizetype size = end - begin;
    qsizetype i = 0;
    while (i < size) {
        const qsizetype found = findEmphasisChar(begin + i, end, c);
        if (!found)
            return 0;
        i += found;
        if (data[i] != c || isSpace(data[i - 1]))
            continue;
        if (i + 2 < size && data[i + 1] == c && data[i + 2] == c)
            return wrap(out, CMARK_NODE_STRONG, begin, begin + i, depth, true) ? i + 3 : 0;
        if (i + 1 < size && data[i + 1] == c) {
            const qsizetype taken = emphasis1(out, begin - 2, end, c, depth);
            return taken ? taken - 2 : 0;
        }
        const qsizetype taken = emphasis2(out, begin - 1, end, c, depth);
        return taken ? taken - 1 : 0;
    }
    return 0;
}

// char_emphasis: one, two or three `c` that no space follows.
qsizetype Parser::emphasis(Output &out, qsizetype at, qsizetype offset, qsizetype end, int depth)
{
    Q_UNUSED(offset); // only the intra-word option, off on the site, looks back
    const char *data = d + at;
    const qsizetype size = end - at;
    const char c = data[0];
    if (size > 2 && data[1] != c) {
        if (isSpace(data[1]))
            return 0;
        const qsizetype taken = emphasis1(out, at + 1, end, c, depth);
        return taken ? taken + 1 : 0;
    }
    if (size > 3 && data[1] == c && data[2] != c) {
        if (isSpace(data[2]))
            return 0;
        const qsizetype taken = emphasis2(out, at + 2, end, c, depth);
        return taken ? taken + 2 : 0;
    }
    if (size > 4 && data[1] == c && data[2] == c && data[3] != c) {
        if (isSpace(data[3]))
            return 0;
        const qsizetype taken = emphasis3(out, at + 3, end, c, depth);
        return taken ? taken + 3 : 0;
    }
    return 0;
}

// char_linebreak: a line end after two spaces.
qsizetype Parser::lineBreak(Output &out, qsizetype at, qsizetype offset) const
{
    if (offset < 2 || d[at - 1] != ' ' || d[at - 2] != ' ')
        return 0;
    out.trimTrailingSpaces();
    out.node(CmarkDocument::newNode(CMARK_NODE_LINEBREAK));
    return 1;
}

// char_codespan: up to the next run of as many backticks, spaces trimmed.
qsizetype Parser::codeSpan(Output &out, qsizetype at, qsizetype end) const
{
    const char *data = d + at;
    const qsizetype size = end - at;
    qsizetype ticks = 0;
    while (ticks < size && data[ticks] == '`')
        ++ticks;
    qsizetype seen = 0, close = ticks;
    for (; close < size && seen < ticks; ++close)
        seen = data[close] == '`' ? seen + 1 : 0;
    spend(close);
    if (seen < ticks && close >= size)
        return 0;
    qsizetype from = ticks;
    while (from < close && data[from] == ' ')
        ++from;
    qsizetype to = close - ticks;
    while (to > ticks && data[to - 1] == ' ')
        --to;
    cmark_node *code = CmarkDocument::newNode(CMARK_NODE_CODE);
    cmark_node_set_literal(code, from < to ? QByteArray(data + from, to - from).constData() : "");
    out.node(code);
    return close;
}

// char_escape: a backslash before one of Redcarpet's escapable bytes.
qsizetype Parser::escape(Output &out, qsizetype at, qsizetype end) const
{
    static const char escapable[] = "\\`*_{}[]()#+-.!:|&<>^~=";
    if (end - at > 1) {
        if (!std::strchr(escapable, d[at + 1]))
            return 0;
        out.text(QByteArrayView(d + at + 1, 1));
    } else {
        out.text("\\");
    }
    return 2;
}

// char_entity: "&", an optional "#", letters and digits, ";" passes as written.
qsizetype Parser::entity(Output &out, qsizetype at, qsizetype end) const
{
    qsizetype e = at + 1;
    if (e < end && d[e] == '#')
        ++e;
    while (e < end && CharClass::isAsciiAlnum(d[e]))
        ++e;
    if (e >= end || d[e] != ';')
        return 0;
    ++e;
    out.node(htmlNode(QByteArrayView(d + at, e - at)));
    return e - at;
}

enum Autolink
{
    NotAutolink,
    NormalAutolink,
    EmailAutolink
};

// is_mail_autolink: the rest of "<name@host>" from the "@": letters, digits, "-._", one "@".
qsizetype Parser::mailAutolink(qsizetype at, qsizetype end) const
{
    int ats = 0;
    for (qsizetype i = at; i < end; ++i) {
        const char c = d[i];
        if (CharClass::isAsciiAlnum(c) || c == '-' || c == '.' || c == '_')
            continue;
        if (c == '@') {
            ++ats;
            continue;
        }
        if (c == '>')
            return ats == 1 ? i - at + 1 : 0;
        return 0;
    }
    return 0;
}

// tag_length: "<" and a letter or digit (after an optional "/") up to the next ">", or an
// autolink "<scheme:…>" or "<name@host>"; 0 when there is none.
qsizetype Parser::tagLength(qsizetype at, qsizetype end, int *autolink) const
{
    const char *data = d + at;
    const qsizetype size = end - at;
    if (size < 3 || data[0] != '<')
        return 0;
    qsizetype i = data[1] == '/' ? 2 : 1;
    if (!CharClass::isAsciiAlnum(data[i]))
        return 0;
    *autolink = NotAutolink;
    while (i < size &&
           (CharClass::isAsciiAlnum(data[i]) || data[i] == '.' || data[i] == '+' || data[i] == '-'))
        ++i;
    if (i > 1 && i < size && data[i] == '@') {
        if (const qsizetype mail = mailAutolink(at + i, end)) {
            *autolink = EmailAutolink;
            return i + mail;
        }
    }
    if (i > 2 && i < size && data[i] == ':') {
        *autolink = NormalAutolink;
        ++i;
    }
    if (i >= size) {
        *autolink = NotAutolink;
    } else if (*autolink) {
        const qsizetype start = i;
        while (i < size) {
            if (data[i] == '\\')
                i += 2;
            else if (data[i] == '>' || data[i] == '\'' || data[i] == '"' || isSpace(data[i]))
                break;
            else
                ++i;
        }
        if (i >= size)
            return 0;
        if (i > start && data[i] == '>')
            return i + 1;
        *autolink = NotAutolink; // a quote or a space: a tag after all
    }
    while (i < size && data[i] != '>')
        ++i;
    return i >= size ? 0 : i + 1;
}

cmark_node *autolinkNode(const QByteArray &link, bool email)
{
    cmark_node *node = linkNode(email ? "mailto:" + link : link, QByteArray());
    const bool mailto = link.startsWith("mailto:");
    if (!link.isEmpty())
        cmark_node_append_child(node, textNode(mailto ? QByteArrayView(link).sliced(7) : link));
    return node;
}

// char_langle_tag: a raw tag passes as written (malformed or not), an autolink is a link.
qsizetype Parser::angleTag(Output &out, qsizetype at, qsizetype end) const
{
    int autolink = NotAutolink;
    const qsizetype length = tagLength(at, end, &autolink);
    spend(length > 0 ? length : end - at);
    if (length <= 2)
        return 0;
    if (autolink == NotAutolink) {
        out.node(htmlNode(QByteArrayView(d + at, length)));
        return length;
    }
    const QByteArray link = unescaped(QByteArrayView(d + at + 1, length - 2));
    if (link.isEmpty())
        return 0;
    out.node(autolinkNode(link, autolink == EmailAutolink));
    return length;
}

// autolink_delim: where a bare link ends: before a "<", without trailing ".,?!" or an
// entity, and without a closing bracket or quote that has no opening one in the link.
qsizetype Parser::linkEnd(qsizetype at, qsizetype end) const
{
    const char *data = d + at;
    qsizetype e = end - at;
    for (qsizetype i = 0; i < e; ++i) {
        if (data[i] == '<') {
            e = i;
            break;
        }
    }
    while (e > 0) {
        const char last = data[e - 1];
        if (last == '?' || last == '!' || last == '.' || last == ',') {
            --e;
        } else if (last == ';') {
            qsizetype start = e - 2;
            while (start > 0 && CharClass::isAsciiLetter(data[start]))
                --start;
            if (start >= 0 && start < e - 2 && data[start] == '&')
                e = start;
            else
                --e;
        } else {
            break;
        }
    }
    if (e == 0)
        return 0;
    const char close = data[e - 1];
    char open = 0;
    switch (close) {
    case '"':
    case '\'':
        open = close;
        break;
    case ')':
        open = '(';
        break;
    case ']':
        open = '[';
        break;
    case '}':
        open = '{';
        break;
    default:
        break;
    }
    if (open) {
        qsizetype opening = 0, closing = 0;
        for (qsizetype i = 0; i < e; ++i) {
            if (data[i] == open)
                ++opening;
            else if (data[i] == close)
                ++closing;
        }
        if (closing != opening)
            --e;
    }
    return e;
}

// check_domain: letters, digits and "-" with "." or ":" between; with `allowShort` no dot
// is needed. The length, or 0.
qsizetype Parser::checkDomain(qsizetype at, qsizetype end, bool allowShort) const
{
    const qsizetype size = end - at;
    if (size < 1 || !CharClass::isAsciiAlnum(d[at]))
        return 0;
    qsizetype i = 1, dots = 0;
    for (; i < size - 1; ++i) {
        const char c = d[at + i];
        if (c == '.' || c == ':')
            ++dots;
        else if (!CharClass::isAsciiAlnum(c) && c != '-')
            break;
    }
    return allowShort || dots ? i : 0;
}

// char_autolink_www: "www." and a domain, after a space or punctuation.
qsizetype Parser::autolinkWww(Output &out, qsizetype at, qsizetype offset, qsizetype end) const
{
    if (m_inLinkBody)
        return 0;
    if (offset > 0 && !CharClass::isAsciiPunct(d[at - 1]) && !isCSpace(d[at - 1]))
        return 0;
    if (end - at < 4 || std::memcmp(d + at, "www.", 4) != 0)
        return 0;
    qsizetype e = checkDomain(at, end, false);
    if (!e)
        return 0;
    while (at + e < end && !isCSpace(d[at + e]))
        ++e;
    spend(e);
    e = linkEnd(at, at + e);
    if (!e)
        return 0;
    const QByteArray link(d + at, e);
    cmark_node *node = linkNode("http://" + link, QByteArray());
    cmark_node_append_child(node, textNode(link));
    out.node(node);
    return e;
}

// char_autolink_email: the address around an "@", its name taken back from the text.
qsizetype Parser::autolinkEmail(Output &out, qsizetype at, qsizetype offset, qsizetype end) const
{
    if (m_inLinkBody)
        return 0;
    qsizetype back = 0;
    for (; back < offset; ++back) {
        const char c = d[at - back - 1];
        if (!CharClass::isAsciiAlnum(c) && c != '.' && c != '+' && c != '-' && c != '_')
            break;
    }
    if (back == 0)
        return 0;
    const qsizetype size = end - at;
    qsizetype e = 0;
    int ats = 0, dots = 0;
    for (; e < size; ++e) {
        const char c = d[at + e];
        if (CharClass::isAsciiAlnum(c))
            continue;
        if (c == '@')
            ++ats;
        else if (c == '.' && e < size - 1)
            ++dots;
        else if (c != '-' && c != '_')
            break;
    }
    spend(back + e);
    if (e < 2 || ats != 1 || dots == 0)
        return 0;
    e = linkEnd(at, at + e);
    if (!e)
        return 0;
    out.takeBack(back);
    out.node(autolinkNode(QByteArray(d + at - back, e + back), true));
    return e;
}

bool isSafeLink(QByteArrayView link)
{
    static const char *const prefixes[] = {"#", "/", "http://", "https://", "ftp://", "mailto:"};
    for (const char *prefix : prefixes) {
        const qsizetype length = qsizetype(std::strlen(prefix));
        if (link.size() > length &&
            QByteArrayView(link.data(), length)
                    .compare(QByteArrayView(prefix, length), Qt::CaseInsensitive) == 0 &&
            CharClass::isAsciiAlnum(link[length]))
            return true;
    }
    return false;
}

// char_autolink_url: "scheme://domain…" at a ":", its scheme taken back from the text.
qsizetype Parser::autolinkUrl(Output &out, qsizetype at, qsizetype offset, qsizetype end) const
{
    if (m_inLinkBody)
        return 0;
    const qsizetype size = end - at;
    if (size < 4 || d[at + 1] != '/' || d[at + 2] != '/')
        return 0;
    qsizetype back = 0;
    while (back < offset && CharClass::isAsciiLetter(d[at - back - 1]))
        ++back;
    if (!isSafeLink(QByteArrayView(d + at - back, size + back)))
        return 0;
    const qsizetype domain = checkDomain(at + 3, end, true);
    if (!domain)
        return 0;
    qsizetype e = 3 + domain;
    while (e < size && !isCSpace(d[at + e]))
        ++e;
    spend(back + e);
    e = linkEnd(at, at + e);
    if (!e)
        return 0;
    if (d[at + e - 1] == '.')
        --e;
    out.takeBack(back);
    out.node(autolinkNode(QByteArray(d + at - back, e + back), false));
    return e;
}

// char_link: "[text](address "title")" and "![alt](address)". The text may hold brackets
// in pairs and line ends; white space may come between "]" and "("; the address runs to
// the ")" that closes it, spaces included, or to a quote after a space. Reference links
// need the document's definitions, which the site's pages do not use: without one,
// "[text][id]" and "[text]" stay text, as Redcarpet leaves them when the id is unknown.
qsizetype Parser::link(Output &out, qsizetype at, qsizetype offset, qsizetype end, int depth)
{
    const char *data = d + at;
    const qsizetype size = end - at;
    const bool image = offset && data[-1] == '!';
    qsizetype i = 1;
    for (int level = 1; i < size; ++i) {
        if (data[i] == '\n')
            continue;
        if (data[i - 1] == '\\')
            continue;
        if (data[i] == '[') {
            ++level;
        } else if (data[i] == ']' && --level <= 0) {
            break;
        }
    }
    spend(i);
    if (i >= size)
        return 0;
    const qsizetype textEnd = i++;
    while (i < size && isSpace(data[i]))
        ++i;
    if (i >= size || data[i] != '(')
        return 0; // a reference or shortcut link: no definitions
    ++i;
    while (i < size && isSpace(data[i]))
        ++i;
    qsizetype linkBegin = i, parentheses = 0;
    while (i < size) {
        if (data[i] == '\\') {
            i += 2;
        } else if (data[i] == '(') {
            ++parentheses;
            ++i;
        } else if (data[i] == ')') {
            if (parentheses == 0)
                break;
            --parentheses;
            ++i;
        } else if (isSpace(data[i - 1]) && (data[i] == '\'' || data[i] == '"')) {
            break;
        } else {
            ++i;
        }
    }
    spend(i);
    if (i >= size)
        return 0;
    qsizetype linkEnd = i, titleBegin = 0, titleEnd = 0;
    if (data[i] == '\'' || data[i] == '"') {
        const char quote = data[i++];
        bool inTitle = true;
        titleBegin = i;
        while (i < size) {
            if (data[i] == '\\') {
                i += 2;
            } else if (data[i] == quote) {
                inTitle = false;
                ++i;
            } else if (data[i] == ')' && !inTitle) {
                break;
            } else {
                ++i;
            }
        }
        if (i >= size)
            return 0;
        titleEnd = i - 1;
        while (titleEnd > titleBegin && isSpace(data[titleEnd]))
            --titleEnd;
        if (data[titleEnd] != '\'' && data[titleEnd] != '"') {
            titleBegin = titleEnd = 0; // no closing quote: all of it is the address
            linkEnd = i;
        }
    }
    while (linkEnd > linkBegin && isSpace(data[linkEnd - 1]))
        --linkEnd;
    if (data[linkBegin] == '<')
        ++linkBegin;
    if (data[linkEnd - 1] == '>')
        --linkEnd;
    ++i;
    const QByteArray address =
        linkEnd > linkBegin ? unescaped(QByteArrayView(data + linkBegin, linkEnd - linkBegin))
                            : QByteArray();
    const QByteArray title =
        titleEnd > titleBegin ? QByteArray(data + titleBegin, titleEnd - titleBegin) : QByteArray();
    if (image) {
        if (out.endsWith('!'))
            out.takeBack(1);
        cmark_node *node = CmarkDocument::newNode(CMARK_NODE_IMAGE);
        cmark_node_set_url(node, address.constData());
        cmark_node_set_title(node, title.constData());
        if (textEnd > 1)
            cmark_node_append_child(node, textNode(QByteArrayView(data + 1, textEnd - 1)));
        out.node(node);
        return i;
    }
    cmark_node *node = linkNode(address, title);
    if (textEnd > 1) {
        // The address and the title each hold one of Redcarpet's buffers meanwhile.
        const int held = (linkEnd > linkBegin ? 1 : 0) + (titleEnd > titleBegin ? 1 : 0);
        Output content(node, m_texts);
        m_inLinkBody = true; // no autolinks inside a link's text
        parse(content, at + 1, at + textEnd, depth + held + 1);
        content.flush();
        m_inLinkBody = false;
    }
    out.node(node);
    return i;
}

// Redcarpet's buffers in use when it parses the inlines of `block`: one for a paragraph
// (none for the text of a tight list item), a heading, a quote or a list, two for a list
// item, four around a table cell.
int nesting(cmark_node *block)
{
    int depth = 0;
    cmark_node *parent = cmark_node_parent(block);
    switch (cmark_node_get_type(block)) {
    case CMARK_NODE_PARAGRAPH:
        if (!(parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM &&
              cmark_node_get_list_tight(cmark_node_parent(parent))))
            depth = 1;
        break;
    case CMARK_NODE_HEADING:
        depth = 1;
        break;
    default:
        depth = 4; // a table cell
        break;
    }
    for (cmark_node *n = parent; n; n = cmark_node_parent(n)) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_LIST:
            ++depth;
            break;
        case CMARK_NODE_ITEM:
            depth += 2;
            break;
        default:
            break;
        }
    }
    return depth;
}

// A link or image of the plain form "[text](address)" at `bracket`: one line, no brackets
// in the text, nothing in the address that either parser reads specially. Both read it
// alike. Returns where it ends, or nullptr.
const char *plainLinkEnd(const char *bracket)
{
    const char *p = bracket + 1;
    while (*p && *p != ']') {
        if (*p == '[' || *p == '\n')
            return nullptr;
        ++p;
    }
    if (*p != ']' || p[1] != '(')
        return nullptr;
    for (p += 2; *p && *p != ')'; ++p) {
        if (std::strchr(" \t\n(<>\"'", *p))
            return nullptr;
    }
    return *p == ')' ? p : nullptr;
}

// Whether the two parsers could read the terminated `text` differently: anything either
// treats specially but plain links. The C library's searches are vectorised; most blocks
// have none of these.
bool mayDiffer(const char *text)
{
    if (std::strpbrk(text, "*_`<\\&@") || std::strstr(text, "://") || std::strstr(text, "www.") ||
        std::strstr(text, "WWW.") || std::strstr(text, " \n"))
        return true;
    for (const char *p = std::strchr(text, '['); p; p = std::strchr(p + 1, '[')) {
        p = plainLinkEnd(p);
        if (!p)
            return true;
    }
    return false;
}

// The block cmark-gfm's inline parser is in, and whether it gives it up (commonMarkStop).
thread_local const void *t_stopBlock = nullptr;
thread_local bool t_stopping = false;

// cmark-gfm asks its inline extensions at the start of every run of text. At the first one
// of a block that apply() reads again, the rest of the block is skipped; an empty text node
// is left behind, which apply() takes for a sign to read the block again whatever its text.
cmark_node *skipRest(cmark_syntax_extension *, cmark_parser *, cmark_node *parent, unsigned char,
                     cmark_inline_parser *inlines)
{
    const cmark_chunk *chunk = cmark_inline_parser_get_chunk(inlines);
    if (parent != t_stopBlock) {
        t_stopBlock = parent;
        // The block's string content: terminated, as apply() reads it.
        t_stopping = mayDiffer(reinterpret_cast<const char *>(chunk->data));
    }
    if (!t_stopping)
        return nullptr;
    cmark_inline_parser_set_offset(inlines, chunk->len);
    cmark_node *node = CmarkDocument::newNode(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, "");
    return node;
}

bool skipped(cmark_node *block)
{
    cmark_node *last = cmark_node_last_child(block);
    if (!last || cmark_node_get_type(last) != CMARK_NODE_TEXT)
        return false;
    const char *literal = cmark_node_get_literal(last);
    return literal && !*literal;
}

bool isInlineBlock(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING)
        return true;
    const char *name = cmark_node_get_type_string(node);
    return name && std::strcmp(name, "table_cell") == 0;
}

} // namespace

void RedcarpetInlines::apply(cmark_node *document)
{
    QVector<cmark_node *> blocks;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || !isInlineBlock(node))
            continue;
        blocks.append(node);
        cmark_iter_reset(iter, node, CMARK_EVENT_EXIT); // nothing to find inside
    }
    cmark_iter_free(iter);
    for (cmark_node *block : blocks) {
        // A cell cmark-gfm added to fill a short row has no text, and its string content is
        // not kept terminated: only blocks with inlines are read.
        if (!cmark_node_first_child(block))
            continue;
        const char *content = cmark_node_get_string_content(block);
        if (!content || !(skipped(block) || mayDiffer(content)))
            continue;
        QByteArrayView text(content);
        while (text.endsWith('\n'))
            text.chop(1); // Redcarpet's paragraph ends before its line ends
        // cmark-gfm's inlines leave the tree; their memory goes with the document's arena.
        while (cmark_node *child = cmark_node_first_child(block))
            cmark_node_unlink(child);
        Parser(text).run(block, nesting(block));
    }
}

cmark_syntax_extension *RedcarpetInlines::commonMarkStop()
{
    static cmark_syntax_extension *extension = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        extension = cmark_syntax_extension_new("tilmech-redcarpet-inlines");
        cmark_syntax_extension_set_match_inline_func(extension, skipRest);
    });
    t_stopBlock = nullptr; // blocks of an earlier document may have had the same address
    return extension;
}

} // namespace Tilmech
