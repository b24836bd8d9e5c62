// Longer than most files: one finding per difference between Redcarpet and cmark-gfm that
// docs/page-format.md lists (kinds M-a to M-h), each a short function over the same scan of
// the page's lines.

#include "check/redcarpetchecks.h"

#include "analysis/pageanalysis.h"
#include "base/charclass.h"
#include "check/checkcontext.h"
#include "markdown/redcarpetblocks.h"

#include <QMap>

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;

// Redcarpet's own character classes: ASCII only.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Whether the character that ends just before `at` (or starts at `at`) is a letter or digit
// of any script: "word" for the question whether an underscore stands inside a word.
bool wordBefore(const QByteArray &t, qsizetype from, qsizetype at)
{
    qsizetype p = at - 1;
    while (p > from && (uchar(t[p]) & 0xC0) == 0x80 && at - p < 4)
        --p;
    if (p < from)
        return false;
    if (uchar(t[p]) < 0x80)
        return CharClass::isAsciiAlnum(t[p]);
    const QString s = QString::fromUtf8(t.constData() + p, at - p);
    return !s.isEmpty() && s.at(0).isLetterOrNumber();
}

bool wordAt(const QByteArray &t, qsizetype at, qsizetype to)
{
    if (at >= to)
        return false;
    if (uchar(t[at]) < 0x80)
        return CharClass::isAsciiAlnum(t[at]);
    qsizetype p = at + 1;
    while (p < to && (uchar(t[p]) & 0xC0) == 0x80 && p - at < 4)
        ++p;
    const QString s = QString::fromUtf8(t.constData() + at, p - at);
    return !s.isEmpty() && s.at(0).isLetterOrNumber();
}

// Whether a finding of `spans` (begin → end, none overlapping another) overlaps [begin, end).
bool overlaps(const QMap<qsizetype, qsizetype> &spans, qsizetype begin, qsizetype end)
{
    const auto after = spans.upperBound(end - 1);
    return after != spans.cbegin() && std::prev(after).value() > begin;
}

// Redcarpet's nesting limit for inline spans.
constexpr int MaxDepth = 16;

// Walks the inline markdown of one block the way Redcarpet's parse_inline does, as far as
// the four checks need: escapes, code spans, raw tags and autolinks, links and single
// underscores. Each block has a budget of steps proportional to its length; a block that
// exhausts it (only hostile text does) is left unchecked from there.
class InlineScanner
{
public:
    InlineScanner(CheckContext &c, const QByteArray &text, qsizetype base,
                  const QMap<qsizetype, qsizetype> &reportedTags,
                  const QMap<qsizetype, qsizetype> &reportedTemplates)
        : m_c(c), m_t(text), m_base(base), m_reportedTags(reportedTags),
          m_reportedTemplates(reportedTemplates)
    {
    }

    void scanBlock(qsizetype b, qsizetype e)
    {
        if (e <= b)
            return;
        m_budget = 64 * (e - b) + 1024;
        m_blockBegin = b;
        matchBrackets(b, e);
        inlines(b, e, 0);
    }

private:
    bool spend() { return --m_budget >= 0; }

    // The matching "]" of every "[" of the block, as Redcarpet's char_link counts levels
    // (a character after a backslash does not count).
    void matchBrackets(qsizetype b, qsizetype e)
    {
        m_match.fill(-1, e - b);
        m_stack.clear();
        for (qsizetype i = b; i < e; ++i) {
            const char ch = m_t[i];
            if (ch == '\n' || (i > b && m_t[i - 1] == '\\'))
                continue;
            if (ch == '[') {
                m_stack.append(i);
            } else if (ch == ']' && !m_stack.isEmpty()) {
                m_match[m_stack.takeLast() - b] = i;
            }
        }
    }

    void inlines(qsizetype b, qsizetype e, int depth)
    {
        if (depth > MaxDepth)
            return;
        bool noCloser = false;
        qsizetype i = b;
        while (i < e) {
            if (!spend())
                return;
            const char ch = m_t[i];
            if (ch == '\\' && i + 1 < e && CharClass::isAsciiPunct(m_t[i + 1])) {
                i += 2;
                continue;
            }
            if (ch == '`') {
                const qsizetype end = codeSpan(i, e);
                if (end < 0)
                    return;
                i = end;
                continue;
            }
            if (ch == '<') {
                bool autolink = false;
                const qsizetype length = tagLength(i, e, &autolink);
                if (length < 0)
                    return;
                if (length > 0) {
                    if (!autolink)
                        checkTag(i, i + length);
                    i += length;
                    continue;
                }
            } else if (ch == '[') {
                const qsizetype end = link(i, b, e, depth);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (ch == '_') {
                qsizetype run = 1;
                while (i + run < e && m_t[i + run] == '_')
                    ++run;
                if (run == 1 && !noCloser && e - i > 2 && !isSpace(m_t[i + 1])) {
                    const qsizetype closer = emphasisCloser(i + 1, e);
                    if (closer < 0) {
                        // Every later opener of this span would search the same text.
                        noCloser = true;
                    } else {
                        reportEmphasis(i, closer, b, e);
                        inlines(i + 1, closer, depth + 1);
                        i = closer + 1;
                        continue;
                    }
                }
                i += run;
                continue;
            } else if ((i == b || !CharClass::isAsciiAlnum(m_t[i - 1])) &&
                       (ch == 'h' || ch == 'f' || ch == 'w')) {
                const qsizetype end = autolinkEnd(i, e);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            ++i;
        }
    }

    // The end of the code span that starts at `i`, or past the backticks when none closes;
    // -1 when the budget runs out.
    qsizetype codeSpan(qsizetype i, qsizetype e)
    {
        qsizetype run = 0;
        while (i + run < e && m_t[i + run] == '`')
            ++run;
        qsizetype k = i + run, seen = 0;
        while (k < e && seen < run) {
            if (!spend())
                return -1;
            seen = m_t[k] == '`' ? seen + 1 : 0;
            ++k;
        }
        return seen >= run ? k : i + run;
    }

    // Redcarpet's tag_length: the length of the raw tag or autolink at `i`, 0 if none, -1
    // when the budget runs out.
    qsizetype tagLength(qsizetype i, qsizetype e, bool *autolink)
    {
        if (e - i < 3)
            return 0;
        qsizetype k = i + (m_t[i + 1] == '/' ? 2 : 1);
        if (k >= e || !CharClass::isAsciiAlnum(m_t[k]))
            return 0;
        while (k < e &&
               (CharClass::isAsciiAlnum(m_t[k]) || m_t[k] == '.' || m_t[k] == '+' || m_t[k] == '-'))
            ++k;
        if (k < e && k - i > 1 && m_t[k] == '@') {
            // a mail autolink <name@host>: up to ">" without spaces
            qsizetype q = k + 1;
            while (q < e && m_t[q] != '>' && !isSpace(m_t[q]) && m_t[q] != '<')
                ++q;
            if (q < e && m_t[q] == '>') {
                *autolink = true;
                return q + 1 - i;
            }
        }
        if (k < e && k - i > 2 && m_t[k] == ':') {
            qsizetype q = ++k;
            while (q < e) {
                if (m_t[q] == '\\')
                    q += 2;
                else if (m_t[q] == '>' || m_t[q] == '\'' || m_t[q] == '"' || m_t[q] == ' ' ||
                         m_t[q] == '\n')
                    break;
                else
                    ++q;
            }
            if (q >= e)
                return 0;
            if (q > k && m_t[q] == '>') {
                *autolink = true;
                return q + 1 - i;
            }
        }
        while (k < e && m_t[k] != '>') {
            if (!spend())
                return -1;
            ++k;
        }
        return k < e ? k + 1 - i : 0;
    }

    // The end of "http://…", "https://…", "ftp://…" or "www.…" at `i`, or 0.
    qsizetype autolinkEnd(qsizetype i, qsizetype e) const
    {
        static const char *const prefixes[] = {"http://", "https://", "ftp://", "www."};
        const QByteArrayView rest = QByteArrayView(m_t).sliced(i, e - i);
        for (const char *prefix : prefixes) {
            if (rest.startsWith(prefix)) {
                qsizetype k = i + qsizetype(qstrlen(prefix));
                while (k < e && !isSpace(m_t[k]) && m_t[k] != '<')
                    ++k;
                return k;
            }
        }
        return 0;
    }

    // Redcarpet's find_emph_char for "_": the next "_" after `s`, passing over links (their
    // first "_" counts when the link is not complete); -1 when none.
    qsizetype findUnderscore(qsizetype s, qsizetype e)
    {
        qsizetype i = s + 1;
        while (i < e) {
            while (i < e && m_t[i] != '_' && m_t[i] != '[') {
                if (!spend())
                    return -1;
                ++i;
            }
            if (i >= e)
                return -1;
            if (m_t[i - 1] == '\\') {
                ++i;
                continue;
            }
            if (m_t[i] == '_')
                return i;
            qsizetype first = -1;
            ++i;
            while (i < e && m_t[i] != ']') {
                if (!spend())
                    return -1;
                if (first < 0 && m_t[i] == '_')
                    first = i;
                ++i;
            }
            ++i;
            while (i < e && (m_t[i] == ' ' || m_t[i] == '\n'))
                ++i;
            if (i >= e)
                return first;
            char close = 0;
            if (m_t[i] == '[')
                close = ']';
            else if (m_t[i] == '(')
                close = ')';
            else if (first >= 0)
                return first;
            else
                continue;
            ++i;
            while (i < e && m_t[i] != close) {
                if (!spend())
                    return -1;
                if (first < 0 && m_t[i] == '_')
                    first = i;
                ++i;
            }
            if (i >= e)
                return first;
            ++i;
        }
        return -1;
    }

    // Redcarpet's parse_emph1: the "_" that closes the emphasis whose text starts at `s`.
    qsizetype emphasisCloser(qsizetype s, qsizetype e)
    {
        qsizetype i = s;
        while (i < e) {
            const qsizetype p = findUnderscore(i, e);
            if (p < 0)
                return -1;
            i = p;
            if (!isSpace(m_t[i - 1]))
                return i;
        }
        return -1;
    }

    // Redcarpet's char_link: the end of the inline link or image at `i`, or 0 when it is
    // none (a reference, or no closing bracket or parenthesis).
    qsizetype link(qsizetype i, qsizetype b, qsizetype e, int depth)
    {
        const bool image = i > b && m_t[i - 1] == '!';
        const qsizetype textEnd = m_match.at(i - m_blockBegin);
        if (textEnd < 0 || textEnd >= e)
            return 0;
        qsizetype k = textEnd + 1;
        while (k < e && isSpace(m_t[k]))
            ++k;
        if (k >= e || m_t[k] != '(')
            return 0;
        ++k;
        while (k < e && isSpace(m_t[k]))
            ++k;
        qsizetype linkBegin = k;
        qsizetype parens = 0;
        while (k < e) {
            if (!spend())
                return 0;
            const char ch = m_t[k];
            if (ch == '\\') {
                k += 2;
            } else if (ch == '(') {
                ++parens;
                ++k;
            } else if (ch == ')') {
                if (parens == 0)
                    break;
                --parens;
                ++k;
            } else if (isSpace(m_t[k - 1]) && (ch == '\'' || ch == '"')) {
                break;
            } else {
                ++k;
            }
        }
        if (k >= e)
            return 0;
        qsizetype linkEnd = k;
        if (m_t[k] == '\'' || m_t[k] == '"') {
            const char quote = m_t[k];
            bool inTitle = true;
            const qsizetype titleBegin = ++k;
            while (k < e) {
                if (!spend())
                    return 0;
                if (m_t[k] == '\\') {
                    k += 2;
                } else if (m_t[k] == quote) {
                    inTitle = false;
                    ++k;
                } else if (m_t[k] == ')' && !inTitle) {
                    break;
                } else {
                    ++k;
                }
            }
            if (k >= e)
                return 0;
            qsizetype titleEnd = k - 1;
            while (titleEnd > titleBegin && isSpace(m_t[titleEnd]))
                --titleEnd;
            if (m_t[titleEnd] != '\'' && m_t[titleEnd] != '"')
                linkEnd = k; // no title after all: the quote belongs to the address
        }
        while (linkEnd > linkBegin && isSpace(m_t[linkEnd - 1]))
            --linkEnd;
        if (linkEnd > linkBegin && m_t[linkBegin] == '<')
            ++linkBegin;
        if (linkEnd > linkBegin && m_t[linkEnd - 1] == '>')
            --linkEnd;
        for (qsizetype p = linkBegin; p < linkEnd; ++p) {
            if (isSpace(m_t[p])) {
                reportLinkSpace(linkBegin, linkEnd);
                break;
            }
        }
        if (!image)
            inlines(i + 1, textEnd, depth + 1);
        return k + 1;
    }

    QString written(qsizetype b, qsizetype e, qsizetype limit = 80) const
    {
        const QByteArray &bytes = m_c.page->document().bytes();
        QString s = QString::fromUtf8(bytes.mid(m_base + b, e - b));
        if (s.size() > limit)
            s = s.left(limit - 1) + QChar(0x2026);
        return s;
    }

    void reportLinkSpace(qsizetype b, qsizetype e)
    {
        if (overlaps(m_reportedTemplates, m_base + b, m_base + e))
            return; // a damaged tag, whose finding gives the fix
        // Redcarpet percent-encodes each whitespace character of the address.
        QString live;
        const QString destination = written(b, e, 200);
        for (const QChar ch : destination) {
            if (ch == u' ')
                live += QStringLiteral("%20");
            else if (ch == u'\n')
                live += QStringLiteral("%0A");
            else if (ch == u'\t')
                live += QStringLiteral("%09");
            else if (ch != u'\r')
                live += ch;
        }
        Diagnostic &d =
            m_c.add(QStringLiteral("markdown-link-space"), S::Warning,
                    RedcarpetChecks::tr(
                        "The link address “%1” has a space: the live site still makes it a link, "
                        "to “%2”, which is broken. Remove the space (or write %20 if the file name "
                        "really has one)")
                        .arg(destination.simplified(), live),
                    m_base + b, m_base + e, destination.simplified());
        // The fix removes the blanks: an address with a real space is rare, and is told.
        QByteArray address = m_c.page->document().bytes().mid(m_base + b, e - b);
        for (const char blank : {' ', '\t', '\r', '\n'})
            address.replace(QByteArray(1, blank), QByteArray());
        d.setFix(QString::fromUtf8(address));
    }

    void reportEmphasis(qsizetype opener, qsizetype closer, qsizetype b, qsizetype e)
    {
        if (!wordBefore(m_t, b, opener) && !wordAt(m_t, closer + 1, e))
            return; // "_word_" at word edges: emphasis meant as such
        // The word (or words) around the pair, a whole character at a time.
        qsizetype from = opener, to = closer + 1;
        while (from > b && opener - from < 40 &&
               (m_t[from - 1] == '_' || wordBefore(m_t, b, from))) {
            --from;
            while (from > b && (uchar(m_t[from]) & 0xC0) == 0x80)
                --from;
        }
        while (to < e && to - closer < 40 && (m_t[to] == '_' || wordAt(m_t, to, e))) {
            ++to;
            while (to < e && (uchar(m_t[to]) & 0xC0) == 0x80)
                ++to;
        }
        const QString word = written(from, to).simplified();
        m_c.add(QStringLiteral("markdown-intraword-emphasis"), S::Warning,
                RedcarpetChecks::tr(
                    "The live site pairs the underscores in “%1” into emphasis: the page shows "
                    "“%2” in italics and loses both underscores. Write \\_ for each underscore "
                    "that should stay, or put the name in backticks")
                    .arg(word, written(opener + 1, closer, 60).simplified()),
                m_base + opener, m_base + closer + 1, word);
    }

    // A raw tag as Redcarpet passes it, from "<" to the first ">": whether the text inside
    // it is more than a tag's name and attributes, so that the browser swallows it.
    void checkTag(qsizetype b, qsizetype e)
    {
        const qsizetype last = e - 1; // the ">"
        qsizetype k = b + 1;
        if (m_t[k] == '/')
            ++k;
        while (k < last && (CharClass::isAsciiAlnum(m_t[k]) || m_t[k] == '-' || m_t[k] == ':'))
            ++k;
        bool swallows = false;
        for (; k < last && !swallows; ++k) {
            const char ch = m_t[k];
            if (ch == '<' || ch == '"' || ch == '\'') {
                swallows = true; // a tag inside, or a quote that opens no value
            } else if (ch == '=') {
                ++k;
                while (k < last && isSpace(m_t[k]))
                    ++k;
                if (k >= last || (m_t[k] != '"' && m_t[k] != '\''))
                    continue;
                const char quote = m_t[k];
                qsizetype close = k + 1;
                while (close < last && m_t[close] != quote)
                    ++close;
                if (close >= last) {
                    swallows = true; // the ">" that ends the tag is inside the value
                    break;
                }
                k = close;
                if (close + 1 < last && !isSpace(m_t[close + 1]) && m_t[close + 1] != '/') {
                    // Text right after the value: an attribute ("…"title="x") or words.
                    qsizetype w = close + 1;
                    while (w < last && !isSpace(m_t[w]) && m_t[w] != '=' && m_t[w] != '<')
                        ++w;
                    swallows = w >= last || m_t[w] != '=';
                }
            }
        }
        if (!swallows)
            return;
        const qsizetype begin = m_base + b, end = m_base + e;
        if (overlaps(m_reportedTags, begin, end))
            return; // html-unclosed-tag already says it
        const QString tag = written(b, e);
        m_c.add(QStringLiteral("markdown-tag-swallows-text"), S::Warning,
                RedcarpetChecks::tr(
                    "The live site copies “%1” into the page as one HTML tag, from “<” to the "
                    "next “>”, and the browser hides the text inside it. Close the attribute's "
                    "quote and end the tag with “>” where the text should begin")
                    .arg(tag.simplified()),
                begin, end, tag.simplified().left(60));
    }

    CheckContext &m_c;
    const QByteArray &m_t;
    const qsizetype m_base;
    const QMap<qsizetype, qsizetype> &m_reportedTags;
    const QMap<qsizetype, qsizetype> &m_reportedTemplates;
    qsizetype m_budget = 0;
    qsizetype m_blockBegin = 0;
    QVector<qsizetype> m_match;
    QVector<qsizetype> m_stack;
};

struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0; // before "\r\n" or "\n"
    bool blank = false;
    bool skipped = false; // code or an HTML block: no markdown inside
    bool table = false;
};

qsizetype indentEnd(const QByteArray &t, const Line &line)
{
    qsizetype k = line.begin;
    while (k < line.end && k - line.begin < 4 && t[k] == ' ')
        ++k;
    return k;
}

bool hasPipe(const QByteArray &t, const Line &line)
{
    return QByteArrayView(t).sliced(line.begin, line.end - line.begin).contains('|');
}

// Whether the line, after a table, would be the text of a paragraph (and not a heading,
// list, quote, HTML, fence, rule or code that starts a block of its own).
bool isParagraphText(const QByteArray &t, const Line &line)
{
    const qsizetype k = indentEnd(t, line);
    if (k - line.begin >= 4 || k >= line.end)
        return false;
    const char ch = t[k];
    if (ch == '#' || ch == '>' || ch == '<' || ch == '`' || ch == '~')
        return false;
    if ((ch == '-' || ch == '*' || ch == '+' || ch == '_') &&
        (k + 1 >= line.end || t[k + 1] == ' ' || t[k + 1] == ch))
        return false;
    qsizetype d = k;
    while (d < line.end && t[d] >= '0' && t[d] <= '9')
        ++d;
    return !(d > k && d + 1 < line.end && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ');
}

// Where the inline text of a line that opens a block begins: after a heading's "#"s, a
// list marker or a quote's ">"; `opens` says whether the line opens a block at all.
qsizetype contentStart(const QByteArray &t, const Line &line, bool *opens, bool *rule)
{
    *opens = false;
    *rule = false;
    const qsizetype k = indentEnd(t, line);
    if (k >= line.end)
        return k;
    const char ch = t[k];
    // A setext underline or a thematic break: no inline text.
    if (ch == '=' || ch == '-' || ch == '*' || ch == '_') {
        qsizetype p = k, marks = 0;
        while (p < line.end && (t[p] == ch || t[p] == ' '))
            marks += t[p++] == ch ? 1 : 0;
        if (p >= line.end && (marks >= 3 || ch == '=' || ch == '-')) {
            *opens = *rule = true;
            return line.end;
        }
    }
    if (ch == '#') {
        qsizetype p = k;
        while (p < line.end && t[p] == '#')
            ++p;
        *opens = true;
        return p;
    }
    if (ch == '>') {
        *opens = true;
        return k + 1;
    }
    if ((ch == '-' || ch == '*' || ch == '+') && k + 1 < line.end && t[k + 1] == ' ') {
        *opens = true;
        return k + 2;
    }
    qsizetype d = k;
    while (d < line.end && t[d] >= '0' && t[d] <= '9')
        ++d;
    if (d > k && d + 1 < line.end && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ') {
        *opens = true;
        return d + 2;
    }
    return line.begin;
}

// The places other checks already reported as broken tags (html-unclosed-tag,
// html-split-tag) and as template problems, begin → end, so that they are not reported again.
void reportedSpans(const CheckContext &c, QMap<qsizetype, qsizetype> *tags,
                   QMap<qsizetype, qsizetype> *templates)
{
    for (const Diagnostic &d : qAsConst(c.diagnostics)) {
        if (d.begin < 0)
            continue;
        if (d.code == QLatin1String("html-unclosed-tag") ||
            d.code == QLatin1String("html-split-tag"))
            tags->insert(d.begin, std::max(d.end, d.begin + 1));
        else if (d.code.startsWith(QLatin1String("template-")))
            templates->insert(d.begin, std::max(d.end, d.begin + 1));
    }
}

// The lines of the masked body, each blank or not, and skipped when it starts in code or in
// an HTML block (markdown does not read those).
QVector<Line> bodyLines(const Outline &outline, qsizetype base)
{
    const QByteArray &t = outline.maskedBody();
    QVector<Line> lines;
    for (qsizetype p = 0; p <= t.size();) {
        qsizetype nl = t.indexOf('\n', p);
        if (nl < 0)
            nl = t.size();
        Line line;
        line.begin = p;
        line.end = nl > p && t[nl - 1] == '\r' ? nl - 1 : nl;
        line.blank = true;
        for (qsizetype k = line.begin; k < line.end && line.blank; ++k)
            line.blank = t[k] == ' ' || t[k] == '\t';
        if (!line.blank) {
            // Blocks start at their first character, after the indentation.
            qsizetype first = line.begin;
            while (t[first] == ' ' || t[first] == '\t')
                ++first;
            const int block = outline.blockAt(base + first);
            line.skipped =
                outline.inCode(base + first) ||
                (block >= 0 && outline.blocks().at(block).kind == OutlineBlock::Kind::Html);
        }
        if (nl >= t.size() && line.begin >= line.end && !lines.isEmpty())
            break;
        lines.append(line);
        p = nl + 1;
    }
    return lines;
}

// Tables: after the header and its underline, a row line holds at least one "|". Marks the
// lines of each table, and reports a line without "|" that ends a table early.
void markTables(CheckContext &c, const QByteArray &t, qsizetype base, QVector<Line> &lines)
{
    for (qsizetype k = 0; k + 1 < lines.size(); ++k) {
        const Line &header = lines.at(k);
        if (header.blank || header.skipped || lines.at(k + 1).blank || lines.at(k + 1).skipped ||
            !RedcarpetBlocks::opensTable(
                QByteArrayView(t).sliced(header.begin, header.end - header.begin),
                QByteArrayView(t).sliced(lines.at(k + 1).begin,
                                         lines.at(k + 1).end - lines.at(k + 1).begin)))
            continue;
        lines[k].table = lines[k + 1].table = true;
        qsizetype j = k + 2;
        while (j < lines.size() && !lines.at(j).blank && hasPipe(t, lines.at(j))) {
            lines[j].table = true;
            ++j;
        }
        if (j < lines.size() && !lines.at(j).blank && !lines.at(j).skipped &&
            isParagraphText(t, lines.at(j))) {
            const Line &broken = lines.at(j);
            qsizetype from = broken.begin;
            while (from < broken.end && (t[from] == ' ' || t[from] == '\t'))
                ++from;
            c.add(QStringLiteral("markdown-table-ends-early"), S::Warning,
                  RedcarpetChecks::tr(
                      "This line has no “|”, so the live site ends the table above it: the line "
                      "and the lines after it show as a paragraph of plain text, pipes and all. "
                      "Join it to the row above, or start it with “|”"),
                  base + from, base + broken.end,
                  QString::fromUtf8(c.page->document().bytes().mid(
                      base + from, std::min<qsizetype>(broken.end - from, 60))));
        }
        k = j - 1;
    }
}

// Inline text, one block at a time: the lines of a paragraph together, each table cell and
// each heading on its own.
void scanInlineText(const QByteArray &t, const QVector<Line> &lines, InlineScanner &scanner)
{
    qsizetype blockBegin = -1, blockEnd = -1;
    auto flush = [&]() {
        if (blockBegin >= 0)
            scanner.scanBlock(blockBegin, blockEnd);
        blockBegin = blockEnd = -1;
    };
    for (const Line &line : lines) {
        if (line.blank || line.skipped) {
            flush();
            continue;
        }
        if (line.table) {
            flush();
            qsizetype cell = line.begin;
            for (qsizetype k = line.begin; k <= line.end; ++k) {
                if (k == line.end || (t[k] == '|' && (k == line.begin || t[k - 1] != '\\'))) {
                    scanner.scanBlock(cell, k);
                    cell = k + 1;
                }
            }
            continue;
        }
        bool opens = false, rule = false;
        const qsizetype start = contentStart(t, line, &opens, &rule);
        if (opens || blockBegin < 0) {
            flush();
            if (rule)
                continue;
            blockBegin = start;
        }
        blockEnd = line.end;
        if (opens && start < line.end && t[indentEnd(t, line)] == '#')
            flush(); // a heading is one line
    }
    flush();
}

} // namespace

void RedcarpetChecks::run(CheckContext &c)
{
    const PageAnalysis &page = *c.page;
    const Outline &outline = page.outline();
    const QByteArray &t = outline.maskedBody();
    const qsizetype base = page.document().bodyOffset();

    QMap<qsizetype, qsizetype> reportedTags, reportedTemplates;
    reportedSpans(c, &reportedTags, &reportedTemplates);
    QVector<Line> lines = bodyLines(outline, base);
    markTables(c, t, base, lines);
    InlineScanner scanner(c, t, base, reportedTags, reportedTemplates);
    scanInlineText(t, lines, scanner);
}

} // namespace Tilmech
