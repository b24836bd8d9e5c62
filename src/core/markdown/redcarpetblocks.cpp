// Longer than most files, on purpose: the planner follows Redcarpet 3.5's block parser
// (markdown.c: parse_listitem, parse_blockquote, prefix_oli, is_hrule, ...) rule by rule, and
// the rules share one line scanner. Kept together, each can be read beside the C it mirrors.

#include "markdown/redcarpetblocks.h"

#include "base/charclass.h"

#include <QByteArrayMatcher>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>

namespace Tilmech {

namespace {

// Redcarpet 3.5's block-level tags (its html_blocks table).
constexpr const char *BlockTags[] = {
    "address", "article", "aside",  "audio",    "blockquote", "canvas",   "dd",     "del",
    "details", "div",     "dl",     "fieldset", "figcaption", "figure",   "footer", "form",
    "h1",      "h2",      "h3",     "h4",       "h5",         "h6",       "header", "hgroup",
    "hr",      "iframe",  "ins",    "math",     "nav",        "noscript", "ol",     "output",
    "p",       "pre",     "script", "section",  "style",      "summary",  "table",  "tfoot",
    "ul",      "video",   "abbr"};
constexpr int BlockTagCount = int(sizeof(BlockTags) / sizeof(BlockTags[0]));

// The number of tag `name` (any case) in `tags`, or -1.
template <size_t N> int tagIn(const char *const (&tags)[N], QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 10)
        return -1;
    char lower[10];
    for (qsizetype i = 0; i < name.size(); ++i)
        lower[i] = char(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + ('a' - 'A') : name[i]);
    for (size_t i = 0; i < N; ++i) {
        if (tags[i][0] == lower[0] && std::strlen(tags[i]) == size_t(name.size()) &&
            std::memcmp(tags[i], lower, size_t(name.size())) == 0)
            return int(i);
    }
    return -1;
}

int blockTag(QByteArrayView name)
{
    return tagIn(BlockTags, name);
}

qsizetype lineEnd(QByteArrayView text, qsizetype from)
{
    const void *nl = std::memchr(text.data() + from, '\n', size_t(text.size() - from));
    return nl ? static_cast<const char *>(nl) - text.data() : text.size();
}

// Redcarpet expands tabs and reads "\r\n" as "\n" before it parses, so a line of spaces,
// tabs and a carriage return is its "empty" line; cmark-gfm's blank line is the same.
bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

// Whether `line` is blank once the markers starting with `prefix` (ASCII letters and
// digits after it, which the renderer puts around a refused tag's output and takes out of
// the HTML again) are left out: Redcarpet reads the page without them.
bool isBlankBesideMarkers(QByteArrayView line, QByteArrayView prefix)
{
    for (qsizetype i = 0; i < line.size();) {
        if (!prefix.isEmpty() && line.sliced(i).startsWith(prefix)) {
            i += prefix.size();
            while (i < line.size() && CharClass::isAsciiAlnum(line[i]))
                ++i;
            continue;
        }
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            return false;
        ++i;
    }
    return true;
}

// Length of the blank line at `at` including its line break, 0 when it is not blank.
qsizetype blankLength(QByteArrayView text, qsizetype at)
{
    const qsizetype end = lineEnd(text, at);
    if (!isBlank(text.sliced(at, end - at)))
        return 0;
    return end < text.size() ? end - at + 1 : end - at;
}

int indentOf(QByteArrayView line)
{
    int width = 0;
    for (const char c : line) {
        if (c == ' ')
            ++width;
        else if (c == '\t')
            width += 4 - width % 4;
        else
            break;
    }
    return width;
}

// Up to three spaces, then "```" or "~~~".
bool isFence(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < 3 && i < line.size() && line[i] == ' ')
        ++i;
    if (i + 3 > line.size() || (line[i] != '`' && line[i] != '~'))
        return false;
    return line[i + 1] == line[i] && line[i + 2] == line[i];
}

qsizetype leadingSpaces(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    return i;
}

// The number 1 as many digits wide as a list number of `width` digits: "0…01". CommonMark
// lets an ordered list interrupt text only when it starts at 1; Redcarpet numbers every
// list from 1 anyway.
QByteArray numberOne(qsizetype width)
{
    return QByteArray(width - 1, '0') + '1';
}

// Spaces and tabs at the start of `line`.
qsizetype leadingBlanks(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return i;
}

enum class Marker
{
    None,
    Quote,
    Bullet,
    Number
};

// A list item ("- ", "* ", "+ ", "1. ") or a quote ("> ") after up to three spaces, as
// Redcarpet's prefix_uli, prefix_oli and prefix_quote read it.
Marker markerOf(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < 3 && i < line.size() && line[i] == ' ')
        ++i;
    if (i >= line.size())
        return Marker::None;
    const char c = line[i];
    if (c == '>')
        return Marker::Quote;
    if (c == '*' || c == '+' || c == '-')
        return i + 1 < line.size() && line[i + 1] == ' ' ? Marker::Bullet : Marker::None;
    qsizetype d = i;
    while (d < line.size() && line[d] >= '0' && line[d] <= '9')
        ++d;
    return d > i && d + 1 < line.size() && line[d] == '.' && line[d + 1] == ' ' ? Marker::Number
                                                                                : Marker::None;
}

bool hasPipe(QByteArrayView line)
{
    return std::memchr(line.data(), '|', size_t(line.size())) != nullptr;
}

// Where Redcarpet's HTML blocks end. A search for a tag's closing that found none from some
// offset on finds none from any later offset either: remembering that keeps a page of many
// unclosed tags linear.
class HtmlBlockEnds
{
public:
    HtmlBlockEnds(QByteArrayView text, QByteArrayView markers) : m_text(text), m_markers(markers)
    {
        std::fill(std::begin(m_noneAfter), std::end(m_noneAfter), text.size());
        std::fill(std::begin(m_noneUnindentedAfter), std::end(m_noneUnindentedAfter), text.size());
    }

    // The block opened at `at` by tag number `tag`: the offset after the line of its closing
    // tag, or -1. First a closing tag at a line start, then (not for ins and del) anywhere.
    qsizetype closingLineEnd(qsizetype at, int tag)
    {
        const QByteArrayView name(BlockTags[tag]);
        if (m_noneUnindentedAfter[tag] > at) {
            const qsizetype end = search(at, name, true);
            if (end >= 0)
                return end;
            m_noneUnindentedAfter[tag] = at;
        }
        if (name == "ins" || name == "del" || m_noneAfter[tag] <= at)
            return -1;
        const qsizetype end = search(at, name, false);
        if (end < 0)
            m_noneAfter[tag] = at;
        return end;
    }

private:
    // The first "</name>" after `at` that only blanks follow on its line; with
    // `lineStart`, only one that begins a line (or lies on the opening line).
    qsizetype search(qsizetype at, QByteArrayView name, bool lineStart) const
    {
        const qsizetype n = m_text.size();
        const qsizetype firstLineEnd = lineEnd(m_text, at);
        for (qsizetype p = at + 1; p + 1 < n;) {
            const void *lt = std::memchr(m_text.data() + p, '<', size_t(n - p));
            if (!lt)
                return -1;
            p = static_cast<const char *>(lt) - m_text.data();
            const bool atLineStart = m_text[p - 1] == '\n' || p < firstLineEnd;
            const qsizetype close = p + 2 + name.size();
            if (m_text[p + 1] == '/' && (!lineStart || atLineStart) && close < n &&
                m_text[close] == '>' &&
                m_text.sliced(p + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
                const qsizetype end = lineEnd(m_text, close + 1);
                if (isBlankBesideMarkers(m_text.sliced(close + 1, end - close - 1), m_markers))
                    return end < n ? end + 1 : end;
            }
            ++p;
        }
        return -1;
    }

    QByteArrayView m_text;
    QByteArrayView m_markers;
    qsizetype m_noneAfter[BlockTagCount];
    qsizetype m_noneUnindentedAfter[BlockTagCount];
};

// The tag a line opens with, as Redcarpet reads it: the name runs to the first '>' or
// space; its number in BlockTags, or -1.
int openingBlockTag(QByteArrayView text, qsizetype at)
{
    qsizetype i = at + 1;
    while (i < text.size() && text[i] != '>' && text[i] != ' ' && i - at <= 11)
        ++i;
    if (i >= text.size() || (text[i] != '>' && text[i] != ' '))
        return -1;
    return blockTag(text.sliced(at + 1, i - at - 1));
}

// CommonMark's block-level tags (HTML blocks of kind 6).
constexpr const char *CommonMarkBlockTags[] = {
    "address",  "article",  "aside",    "base",       "basefont", "blockquote", "body",   "caption",
    "center",   "col",      "colgroup", "dd",         "details",  "dialog",     "dir",    "div",
    "dl",       "dt",       "fieldset", "figcaption", "figure",   "footer",     "form",   "frame",
    "frameset", "h1",       "h2",       "h3",         "h4",       "h5",         "h6",     "head",
    "header",   "hr",       "html",     "iframe",     "legend",   "li",         "link",   "main",
    "menu",     "menuitem", "nav",      "noframes",   "ol",       "optgroup",   "option", "p",
    "param",    "section",  "source",   "summary",    "table",    "tbody",      "td",     "tfoot",
    "th",       "thead",    "title",    "tr",         "track",    "ul"};

bool isTagSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

qsizetype tagNameEnd(QByteArrayView s, qsizetype i)
{
    if (i >= s.size() || !CharClass::isAsciiLetter(s[i]))
        return -1;
    while (i < s.size() &&
           (CharClass::isAsciiLetter(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
        ++i;
    return i;
}

// The end of the open or closing tag that CommonMark reads from s[0] == '<' (after its
// '>'), or -1 when there is none.
qsizetype commonMarkTagEnd(QByteArrayView s)
{
    const bool closing = s.size() > 1 && s[1] == '/';
    qsizetype i = tagNameEnd(s, closing ? 2 : 1);
    if (i < 0)
        return -1;
    while (!closing) { // attributes
        const qsizetype spaces = i;
        while (i < s.size() && isTagSpace(s[i]))
            ++i;
        if (i == spaces || i >= s.size() ||
            !(CharClass::isAsciiLetter(s[i]) || s[i] == '_' || s[i] == ':'))
            break;
        while (i < s.size() && (CharClass::isAsciiLetter(s[i]) || (s[i] >= '0' && s[i] <= '9') ||
                                s[i] == '_' || s[i] == '.' || s[i] == ':' || s[i] == '-'))
            ++i;
        qsizetype j = i;
        while (j < s.size() && isTagSpace(s[j]))
            ++j;
        if (j >= s.size() || s[j] != '=')
            continue;
        ++j;
        while (j < s.size() && isTagSpace(s[j]))
            ++j;
        if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
            const qsizetype close = s.indexOf(s[j], j + 1);
            if (close < 0)
                return -1;
            i = close + 1;
        } else {
            const qsizetype start = j;
            while (j < s.size() && !isTagSpace(s[j]) && s[j] != '"' && s[j] != '\'' &&
                   s[j] != '=' && s[j] != '<' && s[j] != '>' && s[j] != '`')
                ++j;
            if (j == start)
                return -1;
            i = j;
        }
    }
    while (i < s.size() && isTagSpace(s[i]))
        ++i;
    if (!closing && i < s.size() && s[i] == '/')
        ++i;
    if (i >= s.size() || s[i] != '>')
        return -1;
    return i + 1;
}

// A complete open or closing tag from s[0] == '<' alone on its line (CommonMark's kind 7).
bool isCompleteTagLine(QByteArrayView s)
{
    const qsizetype end = commonMarkTagEnd(s);
    return end > 0 && isBlank(s.sliced(end));
}

// Whether cmark-gfm starts an HTML block at s[0] == '<', and whether that block may
// interrupt a paragraph; comments (kind 2) are left out: Redcarpet reads them alike.
enum class CommonMarkHtml
{
    None,
    Interrupting,
    Alone
};

CommonMarkHtml commonMarkHtml(QByteArrayView s)
{
    if (s.size() < 2 || s.startsWith("<!--"))
        return CommonMarkHtml::None;
    if (s[1] == '?' || s[1] == '!')
        return CommonMarkHtml::Interrupting;
    const qsizetype nameStart = s[1] == '/' ? 2 : 1;
    const qsizetype nameEnd = tagNameEnd(s, nameStart);
    if (nameEnd < 0)
        return CommonMarkHtml::None;
    const QByteArrayView name = s.sliced(nameStart, nameEnd - nameStart);
    const bool ends = nameEnd == s.size() || isTagSpace(s[nameEnd]) || s[nameEnd] == '>' ||
                      (s[nameEnd] == '/' && nameEnd + 1 < s.size() && s[nameEnd + 1] == '>');
    const bool raw = name.compare("script", Qt::CaseInsensitive) == 0 ||
                     name.compare("pre", Qt::CaseInsensitive) == 0 ||
                     name.compare("style", Qt::CaseInsensitive) == 0;
    if (raw && nameStart == 1 && (ends || s[nameEnd] == '>'))
        return CommonMarkHtml::Interrupting;
    if (ends && tagIn(CommonMarkBlockTags, name) >= 0)
        return CommonMarkHtml::Interrupting;
    return !raw && isCompleteTagLine(s) ? CommonMarkHtml::Alone : CommonMarkHtml::None;
}

// Three or more '*', '-' or '_' alone with spaces: a rule for both parsers.
bool isRule(QByteArrayView line)
{
    char rule = 0;
    int count = 0;
    for (const char c : line) {
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if ((c != '*' && c != '-' && c != '_') || (rule && c != rule))
            return false;
        rule = c;
        ++count;
    }
    return count >= 3;
}

// Where each line stands in Redcarpet's reading, as far as the three kinds need it.
enum class Context
{
    Start,          // at the start of a block: after a blank line or a finished block
    Paragraph,      // in a paragraph at the top level
    Container,      // in a list item or a quote
    ContainerBlank, // after a blank line in a list item or a quote
    Code,           // in an indented code block
    Table,          // in a table's rows
};

class Planner
{
public:
    Planner(QByteArrayView text, QByteArrayView markers, bool inlineEdits)
        : m_text(text), m_markers(markers), m_ends(text, markers), m_inlineEdits(inlineEdits)
    {
    }

    RedcarpetBlocks::Plan run()
    {
        const qsizetype n = m_text.size();
        while (m_pos < n) {
            const qsizetype end = lineEnd(m_text, m_pos);
            const QByteArrayView line = m_text.sliced(m_pos, end - m_pos);
            const qsizetype next = end < n ? end + 1 : n;
            if (!(m_text[m_pos] == '<' && readsHtmlBlock(line)))
                step(line, next);
        }
        // A line's characters are found by more than one rule, not in their order.
        std::stable_sort(m_plan.inserts.begin(), m_plan.inserts.end(),
                         [](const RedcarpetBlocks::Plan::Insert &a,
                            const RedcarpetBlocks::Plan::Insert &b) { return a.at < b.at; });
        return m_plan;
    }

private:
    void advance(qsizetype next)
    {
        m_pos = next;
        ++m_line;
    }

    void breakBefore(qsizetype at, int line, bool endsList = false)
    {
        m_plan.breaks.append({at, line, endsList});
    }

    void insert(qsizetype at, int line, int column, char character)
    {
        m_plan.inserts.append({at, line, column, character});
        m_plan.movesColumns |= column > 1 || character != RedcarpetBlocks::Filler;
    }

    // The end of the line that ends Redcarpet's HTML block opened by `line`, or -1: a block
    // tag up to its closing tag, or a comment. ("hr" is one of its block tags, so an <hr>
    // without "</hr>" is text: its special case for <hr> is never reached.)
    qsizetype htmlBlockEnd(QByteArrayView line)
    {
        qsizetype end = -1;
        if (line.startsWith("<!--")) {
            end = m_text.indexOf("-->", m_pos + 4);
            end = end < 0 ? -1 : end + 3;
        } else {
            const int tag = openingBlockTag(m_text, m_pos);
            return tag < 0 ? -1 : m_ends.closingLineEnd(m_pos, tag);
        }
        if (end < 0)
            return -1;
        const qsizetype stop = lineEnd(m_text, end);
        if (!isBlankBesideMarkers(m_text.sliced(end, stop - end), m_markers))
            return -1;
        return stop < m_text.size() ? stop + 1 : stop;
    }

    // A line that begins with '<': Redcarpet's HTML block, when it is one.
    bool readsHtmlBlock(QByteArrayView line)
    {
        if (m_context == Context::Container || m_context == Context::Table || m_fence)
            return false;
        const qsizetype closed = htmlBlockEnd(line);
        if (closed < 0)
            return false;
        qsizetype at = m_pos + line.size() + 1;
        ++m_line;
        for (; at < closed; ++m_line) {
            const qsizetype end = lineEnd(m_text, at);
            if (isBlank(m_text.sliced(at, end - at)))
                insert(at, m_line, 1, RedcarpetBlocks::Filler);
            at = end + 1;
        }
        m_pos = std::min(closed, m_text.size());
        m_context = Context::Start;
        if (m_pos >= m_text.size())
            return true;
        // Redcarpet takes one blank line after the closing tag into the block; markdown
        // right after it starts a block of its own.
        const qsizetype blank = blankLength(m_text, m_pos);
        if (blank > 0) {
            m_pos += blank;
            ++m_line;
        } else {
            breakBefore(m_pos, m_line);
        }
        return true;
    }

    void step(QByteArrayView line, qsizetype next)
    {
        if (m_fence) {
            if (isFence(line))
                m_fence = false;
            advance(next);
            return;
        }
        if (isBlank(line)) {
            const bool inContainer =
                m_context == Context::Container || m_context == Context::ContainerBlank;
            m_context = inContainer ? Context::ContainerBlank : Context::Start;
            if (inContainer && m_list == Marker::Quote)
                m_quoteBlanks.append({m_pos, m_line});
            advance(next);
            return;
        }
        const int indent = indentOf(line);
        const qsizetype lead = leadingSpaces(line);
        if (lead < line.size() && (line[lead] == '`' || line[lead] == '~'))
            m_plan.hasFences |= isFence(line.sliced(lead));
        if (m_context == Context::ContainerBlank)
            m_context = continuesList(line, indent) ? Context::Container : Context::Start;
        m_quoteBlanks.clear();
        if (m_context == Context::Code && indent < 4)
            m_context = Context::Start;
        if (m_context == Context::Table && hasPipe(line)) {
            linkDestinations(line);
            advance(next);
            return;
        }
        if (m_context == Context::Table) { // Redcarpet's table has ended (M-i)
            breakBefore(m_pos, m_line);
            m_context = Context::Start;
        }
        if (m_context == Context::Code) {
            advance(next);
            return;
        }
        if (m_context == Context::Container) {
            bool topItem = false;
            if (const Marker marker = markerOf(line.sliced(leadingBlanks(line)));
                marker == Marker::Bullet || marker == Marker::Number) {
                const bool ofTheList = nestAsRedcarpet(line);
                noteItem(line);
                if (ofTheList) {
                    m_topContent = m_itemContent;
                    m_levels[0].content = m_itemContent;
                    sameBullet(line);
                    topItem = true;
                }
            }
            textForCommonMark(line, false);
            if (topItem)
                itemInnerMarker(line);
            else
                escapeInnerMarker(line);
            linkDestinations(line);
            advance(next);
            return;
        }
        textForCommonMark(line, m_context == Context::Start);
        if (!(m_context == Context::Start && indent >= 4) && !isFence(line))
            linkDestinations(line);
        startBlock(line, indent, next);
    }

    // M-e: Redcarpet takes a link or image address up to its closing parenthesis, spaces
    // and all (they become %20); CommonMark ends it at the first space unless it is written
    // in angle brackets, which cmark-gfm is given around it. Code spans are skipped.
    void linkDestinations(QByteArrayView line)
    {
        if (!m_inlineEdits)
            return;
        // The next '<', ']' and '`' each come from a vectorised search; most lines have none.
        const char *const data = line.data();
        const qsizetype size = line.size();
        const auto find = [&](char c, qsizetype from) -> qsizetype {
            const void *hit =
                from < size ? std::memchr(data + from, c, size_t(size - from)) : nullptr;
            return hit ? static_cast<const char *>(hit) - data : size;
        };
        qsizetype lt = find('<', 0), bracket = find(']', 0);
        if (lt == size && bracket == size)
            return;
        qsizetype tick = find('`', 0);
        for (;;) {
            const qsizetype i = std::min({lt, bracket, tick});
            if (i >= size)
                break;
            qsizetype slashes = 0; // an odd run of backslashes escapes the character
            while (slashes < i && data[i - 1 - slashes] == '\\')
                ++slashes;
            qsizetype resume = i + 1;
            if (slashes % 2 == 0) {
                if (i == tick)
                    resume = codeSpanEnd(line, i) + 1;
                else if (i == bracket && i + 1 < size && data[i + 1] == '(')
                    resume = destination(line, i + 2) + 1;
                else if (i == lt)
                    resume = rawTag(line, i) + 1;
            }
            resume = std::max(resume, i + 1);
            if (lt < resume)
                lt = find('<', resume);
            if (bracket < resume)
                bracket = find(']', resume);
            if (tick < resume)
                tick = find('`', resume);
        }
    }

    // M-h: Redcarpet passes "<" and a letter or digit (or "</" and one) up to the next ">"
    // through as a tag, well formed or not; CommonMark shows a malformed one as text. The
    // tag reaches cmark-gfm as stand-ins, which hold no markdown and are written back as
    // the tag. Returns where the scan goes on.
    qsizetype rawTag(QByteArrayView line, qsizetype at)
    {
        const qsizetype name = at + 1 < line.size() && line[at + 1] == '/' ? at + 2 : at + 1;
        if (name >= line.size() || !CharClass::isAsciiAlnum(line[name]))
            return at;
        // No '>' after one '<' means none after the later ones either: each line is searched
        // to its end once, so a line of "<a <a <a …" stays linear.
        if (m_unclosedTagLine == m_pos)
            return at;
        const qsizetype close = line.indexOf('>', name);
        if (close < 0) {
            m_unclosedTagLine = m_pos;
            return at;
        }
        const QByteArrayView tag = line.sliced(at, close + 1 - at);
        // Autolinks and addresses are alike in both; so are well-formed tags.
        qsizetype scheme = name;
        while (scheme < close && (CharClass::isAsciiAlnum(line[scheme]) || line[scheme] == '.' ||
                                  line[scheme] == '+' || line[scheme] == '-'))
            ++scheme;
        if (line[scheme] == '@' || (line[scheme] == ':' && scheme - at > 2) ||
            commonMarkTagEnd(tag) == tag.size())
            return close;
        m_plan.masks.append({m_pos + at, m_pos + close + 1});
        m_plan.maskedBytes += tag;
        return close;
    }

    // The last backtick of the code span opened at `at`, or the run itself when unclosed.
    static qsizetype codeSpanEnd(QByteArrayView line, qsizetype at)
    {
        qsizetype run = at;
        while (run < line.size() && line[run] == '`')
            ++run;
        const qsizetype width = run - at;
        for (qsizetype i = run; i < line.size();) {
            if (line[i] != '`') {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < line.size() && line[end] == '`')
                ++end;
            if (end - i == width)
                return end - 1;
            i = end;
        }
        return run - 1;
    }

    // The address that starts at `begin` (after "]("), read as Redcarpet reads it: to the
    // ")" that balances, or to a quote after a space that starts a title. Returns where the
    // scan goes on.
    qsizetype destination(QByteArrayView line, qsizetype begin)
    {
        // Once an address ran to the end of the line, the next ones are not read: a line of
        // "[x](a b" without a ")" stays linear (a real page never has one).
        if (m_unendedAddressLine == m_pos)
            return begin - 1;
        qsizetype i = begin;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype linkBegin = i;
        int depth = 0;
        for (; i < line.size(); ++i) {
            const char c = line[i];
            if (c == '\\')
                ++i;
            else if (c == '(')
                ++depth;
            else if (c == ')' && depth-- == 0)
                break;
            else if ((c == '\'' || c == '"') && (line[i - 1] == ' ' || line[i - 1] == '\t'))
                break;
        }
        if (i >= line.size()) {
            m_unendedAddressLine = m_pos;
            return begin - 1;
        }
        qsizetype linkEnd = i;
        while (linkEnd > linkBegin && (line[linkEnd - 1] == ' ' || line[linkEnd - 1] == '\t'))
            --linkEnd;
        const QByteArrayView address = line.sliced(linkBegin, linkEnd - linkBegin);
        if (!address.contains(' ') && !address.contains('\t'))
            return i;
        if (address.contains('<') || address.contains('>'))
            return i;
        insert(m_pos + linkBegin, m_line, int(linkBegin) + 1, '<');
        insert(m_pos + linkEnd, m_line, int(linkEnd) + 1, '>');
        return i;
    }

    // A line that starts (after up to three spaces) with a tag where Redcarpet sees no HTML
    // block: cmark-gfm gets a form feed before the '<' where it would start one.
    void textForCommonMark(QByteArrayView line, bool blockStart)
    {
        qsizetype i = 0;
        while (i < 3 && i < line.size() && line[i] == ' ')
            ++i;
        if (i >= line.size() || line[i] != '<')
            return;
        const CommonMarkHtml html = commonMarkHtml(line.sliced(i));
        if (html == CommonMarkHtml::Interrupting || (html == CommonMarkHtml::Alone && blockStart))
            insert(m_pos + i, m_line, int(i) + 1, RedcarpetBlocks::Filler);
    }

    // "- - item": for Redcarpet the item's text starts with "- " (M-d); a backslash keeps
    // cmark-gfm from opening a list inside (before a bullet, or before a number's dot).
    void escapeInnerMarker(QByteArrayView line)
    {
        const Marker outer = markerOf(line);
        if ((outer != Marker::Bullet && outer != Marker::Number) || isRule(line))
            return;
        qsizetype i = 0;
        while (i < line.size() && line[i] == ' ')
            ++i;
        while (i < line.size() && line[i] != ' ') // the marker
            ++i;
        while (i < line.size() && line[i] == ' ')
            ++i;
        const QByteArrayView content = line.sliced(i);
        const Marker inner = markerOf(content);
        if ((inner != Marker::Bullet && inner != Marker::Number) || content.startsWith(' ') ||
            isRule(content))
            return;
        qsizetype at = i;
        if (inner == Marker::Number) {
            while (at < line.size() && line[at] != '.')
                ++at;
        }
        insert(m_pos + at, m_line, int(at) + 1, '\\');
    }

    // An item of the top-level list: its inner marker is text only while Redcarpet reads the
    // list's items as text (parse_inline); from the first item that holds a blank line on,
    // it reads them as blocks, where "- - item" is a list in the item, as for cmark-gfm.
    void itemInnerMarker(QByteArrayView line)
    {
        m_itemEscape = -1;
        if (m_listBlocks)
            return;
        const qsizetype before = m_plan.inserts.size();
        escapeInnerMarker(line);
        if (m_plan.inserts.size() > before)
            m_itemEscape = m_plan.inserts.size() - 1;
    }

    // The list goes on after a blank line: the item before it and all after are blocks.
    void listBecomesBlocks()
    {
        if (m_list != Marker::Bullet && m_list != Marker::Number)
            return;
        m_listBlocks = true;
        if (m_itemEscape >= 0)
            m_plan.inserts.removeAt(m_itemEscape);
        m_itemEscape = -1;
    }

    // A line after a blank line in a list or quote, as Redcarpet's list items read it:
    // whether the list goes on. Where cmark-gfm would read it otherwise, it gets a line or a
    // character more (M-c).
    bool continuesList(QByteArrayView line, int indent)
    {
        if (m_list == Marker::Quote && markerOf(line) == Marker::Quote) {
            // Redcarpet's quote goes on over blank lines to the next quote line; CommonMark's
            // ends at the first. A '>' makes each of them a blank line of the quote.
            for (const QuoteBlank &blank : qAsConst(m_quoteBlanks))
                insert(blank.at, blank.line, 1, '>');
            return true;
        }
        if (m_list != Marker::Bullet && m_list != Marker::Number)
            return indent > 0;
        qsizetype i = 0;
        while (i < 4 && i < line.size() && line[i] == ' ')
            ++i;
        const Marker marker = markerOf(line.sliced(i));
        const bool item = marker == Marker::Bullet || marker == Marker::Number;
        // An item of the other kind of list, however deep, ends the list; so does a line
        // indented by fewer than four spaces that is no item. cmark-gfm would nest it, or
        // take it into the item: a line that renders to nothing ends its list there too.
        if ((item && marker != m_list) || (!item && indent < 4)) {
            if (indent > 0)
                breakBefore(m_pos, m_line, true);
            return false;
        }
        const qsizetype lead = leadingSpaces(line);
        if (!item && m_itemIndent < 4 && lead == indent && indent < 8 &&
            indent >= m_itemContent + 4 && line[lead] != '>' && line[lead] != '<' &&
            line[lead] != '#' && !isFence(line.sliced(lead))) {
            // Redcarpet takes four spaces off and reads the rest as a paragraph of the item;
            // cmark-gfm takes the item's width off and sees code. A form feed where the
            // item's text begins makes it text for cmark-gfm too.
            insert(m_pos + m_itemContent, m_line, m_itemContent + 1, RedcarpetBlocks::Filler);
        }
        listBecomesBlocks();
        return true;
    }

    // Redcarpet reads a list item's further lines with up to four columns of indentation
    // taken off, and a sublist in them the same way, level by level; at each level an item
    // indented as the level's first item is a sibling, any other a sublist of the item before
    // it, even one indented less (parse_listitem). cmark-gfm nests by the columns where the
    // items' text begins. Each item line of a sublist gets its marker where cmark-gfm reads
    // the parent item's text: spaces go in before it, or the marker moves left over its
    // indentation (the line keeping its length), a tab becoming a space.
    // Returns whether the item is one of the list itself.
    bool nestAsRedcarpet(QByteArrayView line)
    {
        if (m_list != Marker::Bullet && m_list != Marker::Number)
            return false;
        int rest = indentOf(line);
        int depth = 0;
        for (;; ++depth) {
            const int taken = std::min(rest, 4);
            if (depth == m_levels.size()) {
                if (rest > 3)
                    return false; // code at that level, no item
                m_levels.append({rest, 0});
                break;
            }
            if (taken == m_levels[depth].firstIndent)
                break;
            rest -= taken;
        }
        m_levels.resize(depth + 1);
        if (depth == 0)
            return true;
        placeMarker(line, m_levels[depth - 1].content, depth);
        return false;
    }

    // Puts the marker of the item on `line` at column `target` (see nestAsRedcarpet) and
    // notes where cmark-gfm then reads the item's text.
    void placeMarker(QByteArrayView line, int target, int depth)
    {
        qsizetype lead = 0;
        bool tabs = false;
        while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t'))
            tabs |= line[lead++] == '\t';
        qsizetype after = lead;
        while (after < line.size() && line[after] >= '0' && line[after] <= '9')
            ++after;
        const bool number = after > lead;
        const QByteArray marker =
            number ? numberOne(after - lead) + '.' : line.sliced(lead, 1).toByteArray();
        after = lead + marker.size();
        qsizetype spaces = 0;
        while (after + spaces < line.size() && line[after + spaces] == ' ')
            ++spaces;
        const int width = int(marker.size());
        if (lead <= target) {
            if (tabs || number)
                m_plan.rewrites.append({m_pos, QByteArray(lead, ' ') + marker});
            for (qsizetype k = lead; k < target; ++k)
                insert(m_pos, m_line, 1, ' ');
            m_levels[depth].content = target + width + int(spaces >= 1 && spaces <= 4 ? spaces : 1);
            return;
        }
        // Too far right: the marker moves left, at most four spaces staying after it.
        const qsizetype room = lead + spaces;
        const qsizetype behind = std::min<qsizetype>(4, room - target);
        const qsizetype before = room - behind;
        if (behind < 1 || after + spaces >= line.size())
            return;
        m_plan.rewrites.append({m_pos, QByteArray(before, ' ') + marker + QByteArray(behind, ' ')});
        m_levels[depth].content = int(before) + width + int(behind);
    }

    // Redcarpet's list takes items of any bullet ("-", "*", "+"); CommonMark starts a new list
    // where the bullet changes. The item gets the bullet of the list's first item.
    void sameBullet(QByteArrayView line)
    {
        const qsizetype lead = leadingSpaces(line);
        if (m_list != Marker::Bullet || lead >= line.size() || line[lead] == m_bullet ||
            isRule(line))
            return;
        m_plan.rewrites.append({m_pos + lead, QByteArray(1, m_bullet)});
    }

    // With lax spacing Redcarpet ends a paragraph at any numbered item; CommonMark only at one
    // numbered 1 (numberOne).
    void numberFromOne(QByteArrayView line)
    {
        const qsizetype lead = leadingSpaces(line);
        qsizetype digits = lead;
        while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9')
            ++digits;
        if (digits > lead)
            m_plan.rewrites.append({m_pos + lead, numberOne(digits - lead)});
    }

    // Where the text of the list item on `line` begins, for CommonMark: after its marker and
    // one to four spaces.
    void noteItem(QByteArrayView line)
    {
        qsizetype i = 0;
        while (i < line.size() && line[i] == ' ')
            ++i;
        m_itemIndent = int(i);
        m_plan.hasOrderedLists |= i < line.size() && line[i] >= '0' && line[i] <= '9';
        while (i < line.size() && line[i] != ' ')
            ++i;
        qsizetype spaces = 0;
        while (i + spaces < line.size() && line[i + spaces] == ' ')
            ++spaces;
        const bool blank = i + spaces >= line.size() || line[i + spaces] == '\r';
        m_itemContent = int(i + (spaces >= 1 && spaces <= 4 && !blank ? spaces : 1));
    }

    // A line at the top level, in a paragraph or where a block may start.
    void startBlock(QByteArrayView line, int indent, qsizetype next)
    {
        const Context before = m_context;
        m_context = Context::Paragraph;
        if (isFence(line)) {
            m_fence = true;
            m_plan.hasFences = true;
            m_context = Context::Start;
        } else if (before == Context::Start && indent >= 4) {
            m_context = Context::Code;
        } else if (const Marker marker = markerOf(line); marker != Marker::None && !isRule(line)) {
            if (before == Context::Paragraph && marker == Marker::Number)
                numberFromOne(line);
            m_context = Context::Container;
            m_list = marker;
            if (marker != Marker::Quote) {
                m_bullet = line[leadingSpaces(line)];
                noteItem(line);
                m_listIndent = std::min(m_itemIndent, 3);
                m_topContent = m_itemContent;
                m_levels = {{m_listIndent, m_topContent}};
                m_listBlocks = false;
                itemInnerMarker(line);
            } else {
                escapeInnerMarker(line);
            }
        } else if (line[0] == '#' || isRule(line)) { // a block of one line
            m_context = Context::Start;
        } else if (before == Context::Start && next < m_text.size() && hasPipe(line)) {
            const qsizetype underlineEnd = lineEnd(m_text, next);
            if (RedcarpetBlocks::opensTable(line, m_text.sliced(next, underlineEnd - next))) {
                advance(next);
                m_context = Context::Table;
                m_plan.hasTables = true;
                next = underlineEnd < m_text.size() ? underlineEnd + 1 : underlineEnd;
            }
        }
        advance(next);
    }

    QByteArrayView m_text;
    QByteArrayView m_markers;
    HtmlBlockEnds m_ends;
    RedcarpetBlocks::Plan m_plan;
    qsizetype m_pos = 0;
    int m_line = 1;
    Context m_context = Context::Start;
    Marker m_list = Marker::None; // what opened the list or quote of Context::Container
    int m_itemIndent = 0;         // the last list item's marker column, from 0
    int m_listIndent = 0;         // the top-level list's first item's, as Redcarpet counts it
    int m_topContent = 0;         // where the text of its current item begins
    qsizetype m_unendedAddressLine = -1; // the line whose link address has no end
    qsizetype m_unclosedTagLine = -1;    // the line with a '<' and no '>' after it
    int m_itemContent = 0;               // and where its text begins
    bool m_fence = false;
    bool m_inlineEdits;        // M-e and M-h
    char m_bullet = '-';       // the first item's bullet, in a bullet list
    bool m_listBlocks = false; // Redcarpet reads the list's items as blocks from here on
    struct Level
    {
        int firstIndent; // Redcarpet's indentation of the level's first item, at that level
        int content;     // where cmark-gfm reads the text of the level's current item
    };
    QVector<Level> m_levels;     // of the list: [0] is the list itself
    qsizetype m_itemEscape = -1; // the insert that escapes the current item's inner marker
    struct QuoteBlank
    {
        qsizetype at;
        int line;
    };
    QVector<QuoteBlank> m_quoteBlanks; // the blank lines since the quote's last line
};

// "l:c-l:c" of the parsed text as lines and columns of the markdown.
void appendMappedSourcePos(QByteArray &out, QByteArrayView value, const RedcarpetBlocks::Plan &plan)
{
    int numbers[4];
    const char *p = value.data();
    const char *const end = p + value.size();
    for (int i = 0; i < 4; ++i) {
        const auto [next, error] = std::from_chars(p, end, numbers[i]);
        const char separator = i == 1 ? '-' : ':';
        if (error != std::errc() || (i < 3 && (next == end || *next != separator)) ||
            (i == 3 && next != end)) {
            out.append(value); // not cmark-gfm's form: as it is
            return;
        }
        p = next + 1;
    }
    for (int i = 0; i < 4; i += 2) {
        numbers[i] = plan.sourceLine(numbers[i]);
        numbers[i + 1] = plan.sourceColumn(numbers[i], numbers[i + 1]);
    }
    char buffer[48];
    char *w = buffer;
    for (int i = 0; i < 4; ++i) {
        w = std::to_chars(w, buffer + sizeof(buffer), numbers[i]).ptr;
        if (i < 3)
            *w++ = i == 1 ? '-' : ':';
    }
    out.append(buffer, w - buffer);
}

// Every form feed out of `html`, in place; memchr finds the few there are.
void removeFillers(QByteArray &html)
{
    char *data = html.data();
    const char *const end = data + html.size();
    char *write = static_cast<char *>(std::memchr(data, RedcarpetBlocks::Filler, html.size()));
    if (!write)
        return;
    for (const char *read = write + 1; read < end;) {
        const void *hit = std::memchr(read, RedcarpetBlocks::Filler, size_t(end - read));
        const char *stop = hit ? static_cast<const char *>(hit) : end;
        std::memmove(write, read, size_t(stop - read));
        write += stop - read;
        read = stop + 1;
    }
    html.truncate(write - data);
}

} // namespace

QByteArray RedcarpetBlocks::Plan::apply(QByteArrayView markdown) const
{
    QByteArray maskedText;
    if (!masks.isEmpty() || !rewrites.isEmpty()) {
        maskedText = markdown.toByteArray();
        for (const Mask &mask : masks)
            std::fill(maskedText.begin() + mask.begin, maskedText.begin() + mask.end, StandIn);
        for (const Rewrite &rewrite : rewrites)
            std::copy(rewrite.bytes.cbegin(), rewrite.bytes.cend(),
                      maskedText.begin() + rewrite.at);
        markdown = maskedText;
    }
    QByteArray out;
    out.reserve(markdown.size() + inserts.size() + breaks.size() * qsizetype(sizeof(ListEnd)));
    qsizetype from = 0;
    auto ins = inserts.cbegin();
    auto brk = breaks.cbegin();
    while (ins != inserts.cend() || brk != breaks.cend()) {
        const bool isInsert = brk == breaks.cend() || (ins != inserts.cend() && ins->at < brk->at);
        const qsizetype at = isInsert ? ins->at : brk->at;
        out.append(markdown.sliced(from, at - from));
        if (isInsert)
            out.append((ins++)->character);
        else
            out.append((brk++)->endsList ? QByteArrayView(ListEnd) : QByteArrayView("\n"));
        from = at;
    }
    out.append(markdown.sliced(from));
    return out;
}

bool RedcarpetBlocks::opensTable(QByteArrayView header, QByteArrayView underline)
{
    if (!hasPipe(header))
        return false;
    qsizetype pipes = std::count(header.begin(), header.end(), '|');
    qsizetype end = header.size();
    while (end > 0 &&
           (header[end - 1] == ' ' || header[end - 1] == '\t' || header[end - 1] == '\r'))
        --end;
    if (header[0] == '|')
        --pipes;
    if (end > 0 && header[end - 1] == '|')
        --pipes;
    const qsizetype columns = pipes + 1;
    qsizetype i = !underline.isEmpty() && underline[0] == '|' ? 1 : 0;
    qsizetype column = 0;
    for (; column < columns && i < underline.size(); ++column) {
        int dashes = 0;
        while (i < underline.size() && underline[i] == ' ')
            ++i;
        if (i < underline.size() && underline[i] == ':') {
            ++i;
            ++dashes;
        }
        while (i < underline.size() && underline[i] == '-') {
            ++i;
            ++dashes;
        }
        if (i < underline.size() && underline[i] == ':') {
            ++i;
            ++dashes;
        }
        while (i < underline.size() && underline[i] == ' ')
            ++i;
        if (i < underline.size() && underline[i] != '|' && underline[i] != '+')
            break;
        if (dashes < 1)
            break;
        ++i;
    }
    return column >= columns;
}

int RedcarpetBlocks::Plan::sourceColumn(int sourceLine, int parsedColumn) const
{
    if (!movesColumns)
        return parsedColumn;
    auto it = std::lower_bound(inserts.cbegin(), inserts.cend(), sourceLine,
                               [](const Insert &i, int line) { return i.line < line; });
    // Each character inserted before the column moves it by one; the inserted character
    // itself stands for the one it was put before.
    int column = parsedColumn;
    for (int shift = 0; it != inserts.cend() && it->line == sourceLine; ++it, ++shift) {
        if (parsedColumn > it->column + shift)
            --column;
    }
    return column;
}

int RedcarpetBlocks::Plan::sourceLine(int parsedLine) const
{
    // The k-th inserted line (from 0) is line breaks[k].line + k of the parsed text, which
    // grows with k: the lines inserted up to `parsedLine` are found by bisection.
    qsizetype low = 0, high = breaks.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (breaks[mid].line + mid <= parsedLine)
            low = mid + 1;
        else
            high = mid;
    }
    return std::max(1, parsedLine - int(low));
}

RedcarpetBlocks::Plan RedcarpetBlocks::plan(QByteArrayView markdown, QByteArrayView markers,
                                            bool inlineEdits)
{
    return Planner(markdown, markers, inlineEdits).run();
}

void RedcarpetBlocks::restore(QByteArray &html, const Plan &plan, bool positions)
{
    if (plan.isEmpty())
        return;
    if (std::any_of(plan.inserts.cbegin(), plan.inserts.cend(),
                    [](const Plan::Insert &i) { return i.character == Filler; }))
        removeFillers(html);
    if (!plan.masks.isEmpty()) {
        // The stand-ins come out in the order they went in: text is never reordered.
        char *data = html.data();
        const qsizetype size = html.size();
        qsizetype next = 0;
        for (qsizetype at = 0; at < size && next < plan.maskedBytes.size(); ++at) {
            const void *hit = std::memchr(data + at, StandIn, size_t(size - at));
            if (!hit)
                break;
            at = static_cast<char *>(const_cast<void *>(hit)) - data;
            data[at] = plan.maskedBytes[next++];
        }
    }
    if (std::any_of(plan.breaks.cbegin(), plan.breaks.cend(),
                    [](const Plan::Break &b) { return b.endsList; })) {
        html.replace(QByteArrayView(ListEnd), QByteArrayView());
    }
    if (!positions || (plan.breaks.isEmpty() && !plan.movesColumns))
        return;
    static const QByteArrayMatcher attribute("data-sourcepos=\"");
    QByteArray out;
    out.reserve(html.size());
    qsizetype copied = 0;
    for (qsizetype at = attribute.indexIn(html); at >= 0; at = attribute.indexIn(html, at)) {
        const qsizetype value = at + 16;
        const qsizetype close = html.indexOf('"', value);
        if (close < 0)
            break;
        out.append(html.constData() + copied, value - copied);
        appendMappedSourcePos(out, QByteArrayView(html).sliced(value, close - value), plan);
        copied = at = close;
    }
    out.append(html.constData() + copied, html.size() - copied);
    html = out;
}

} // namespace Tilmech
