// Longer than most files: the render of a page in its steps (templates, markdown, ERB over
// HTML, layout) and the one pass over cmark-gfm's output that turns markers into placeholders;
// both work on the same RenderResult and placeholders.

#include "render/renderer.h"

#include "analysis/pageanalysis.h"
#include "base/bytesearch.h"
#include "base/html.h"
#include "base/lineindex.h"
#include "markdown/markdown.h"
#include "markdown/widetablerows.h"
#include "render/layout.h"
#include "site/document.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "template/erbaftermarkdown.h"
#include "template/expansion.h"
#include "template/expansionbudget.h"
#include "template/expressioncache.h"
#include "template/tagpolicy.h"
#include "template/templateevaluator.h"
#include "template/templatelexer.h"
#include "template/templatetree.h"
#include "template/viewlibrary.h"

#include <cstring>

namespace Tilmech {

namespace {

// Undoes Ruby's String#inspect (titles written `<%= hoc_s(:x).inspect %>`, from the days
// when the site ran ERB over front matter before reading it as YAML).
QByteArray unquoteInspected(const QByteArray &text)
{
    if (text.size() < 2 || !text.startsWith('"') || !text.endsWith('"'))
        return text;
    QByteArray out;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        char c = text[i];
        if (c == '\\' && i + 2 < text.size()) {
            c = text[++i];
            switch (c) {
            case 'n':
                c = '\n';
                break;
            case 't':
                c = '\t';
                break;
            case 'e':
                c = '\x1b';
                break;
            default:
                break;
            }
        }
        out += c;
    }
    return out;
}

// The pass over cmark's output: placeholder markers become visible placeholders (a span in
// text, escaped text inside a tag; nothing in an export), refusal markers become empty
// <tilmech-mark> elements in text and a data-tilmech-refused attribute on the tag they sit
// in, data-sourcepos is moved from the expanded markdown to the page file, and paragraphs
// that are only [name], [#id] or [/name] become divs.
class PostProcessor
{
public:
    PostProcessor(const Placeholders &placeholders, const Expansion &expansion,
                  const LineIndex &markdownLines, const RedcarpetBlocks::Plan &blocks,
                  const LineIndex &sourceLines, bool forExport)
        : m_placeholders(placeholders), m_expansion(expansion), m_markdownLines(markdownLines),
          m_blocks(blocks), m_sourceLines(sourceLines), m_forExport(forExport)
    {
    }

    QByteArray run(QByteArrayView html)
    {
        Scan s(html);
        s.out.reserve(html.size() + html.size() / 8);
        s.nextMarker = findMarker(s, 0);
        while (s.pos < s.n) {
            // Text: jump to the next '<' or marker.
            const void *lt = std::memchr(s.data + s.pos, '<', size_t(s.nextMarker - s.pos));
            if (!lt) {
                if (s.nextMarker >= s.n)
                    break;
                s.pos = marker(s, s.nextMarker, false);
                continue;
            }
            s.pos = static_cast<const char *>(lt) - s.data;
            if (s.pos + 1 >= s.n)
                break;
            if (replaceWholeParagraph(s))
                continue;
            const char next = s.data[s.pos + 1];
            if (!((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' ||
                  next == '!' || next == '?')) {
                ++s.pos;
                continue;
            }
            scanTag(s);
        }
        s.out.append(html.sliced(s.copied));
        return s.out;
    }

private:
    // Where one run over cmark's output is: the output so far, what of the input is copied,
    // the next marker, and a refusal marker met inside the tag being read.
    struct Scan
    {
        explicit Scan(QByteArrayView input) : html(input), data(input.data()), n(input.size()) {}

        QByteArrayView html;
        const char *data;
        qsizetype n;
        QByteArray out;
        qsizetype nextMarker = 0;
        qsizetype copied = 0;
        int tagRefusal = -1; // a refusal marker inside the tag being read
        qsizetype pos = 0;
    };

    // The next marker at or after `from`, or the end when the page has none.
    qsizetype findMarker(const Scan &s, qsizetype from) const
    {
        if (m_placeholders.isEmpty() && m_placeholders.refusals().isEmpty())
            return s.n;
        const qsizetype at = ByteSearch::find(s.html, m_placeholders.prefix(), from);
        return at < 0 ? s.n : at;
    }

    // Replaces the marker at `at` (if it is one); returns where scanning goes on.
    qsizetype marker(Scan &s, qsizetype at, bool inTag)
    {
        char kind;
        int index;
        qsizetype length;
        qsizetype next = at + m_placeholders.prefix().size();
        if (m_placeholders.parseMarker(s.html, at, &kind, &index, &length)) {
            const bool placeholder = kind == 'P' && index < m_placeholders.items().size();
            const bool refusal =
                (kind == 'R' || kind == 'E') && index < m_placeholders.refusals().size();
            if (placeholder || refusal) {
                s.out.append(s.html.sliced(s.copied, at - s.copied));
                if (placeholder && !m_forExport)
                    appendPlaceholder(s.out, m_placeholders.items().at(index), inTag);
                else if (refusal && inTag)
                    s.tagRefusal = index;
                else if (refusal)
                    appendMark(s.out, index, kind == 'R');
                next = at + length;
                s.copied = next;
            }
        }
        s.nextMarker = findMarker(s, next);
        return next;
    }

    // At a '<': a paragraph that is a div bracket, or a comment that holds only a refusal
    // marker, is replaced whole. True when it was (scanning goes on after it).
    bool replaceWholeParagraph(Scan &s)
    {
        const char next = s.data[s.pos + 1];
        if (next == 'p' && s.pos + 2 < s.n &&
            (s.data[s.pos + 2] == ' ' || s.data[s.pos + 2] == '>')) {
            const qsizetype consumed = divBracket(s.html, s.pos, s.out, s.copied);
            if (consumed > 0) {
                s.pos = s.copied = consumed;
                if (s.nextMarker < s.pos)
                    s.nextMarker = findMarker(s, s.pos);
                return true;
            }
        }
        if (next == '!' && s.nextMarker == s.pos + 4 && s.html.sliced(s.pos).startsWith("<!--")) {
            const qsizetype consumed = markComment(s.html, s.pos, s.out, s.copied);
            if (consumed > 0) {
                s.pos = s.copied = consumed;
                s.nextMarker = findMarker(s, s.pos);
                return true;
            }
        }
        return false;
    }

    // A tag, from its '<' to after its '>': quotes, markers in attribute values, and
    // data-sourcepos.
    void scanTag(Scan &s)
    {
        char quote = 0;
        for (++s.pos; s.pos < s.n; ++s.pos) {
            if (s.pos == s.nextMarker) {
                s.pos = marker(s, s.pos, true) - 1;
                continue;
            }
            const char c = s.data[s.pos];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                // Jump to the closing quote, stopping at a marker inside the value.
                const qsizetype limit = std::min(s.n, s.nextMarker);
                const void *close = std::memchr(s.data + s.pos + 1, c, size_t(limit - s.pos - 1));
                if (close) {
                    s.pos = static_cast<const char *>(close) - s.data;
                } else {
                    quote = c;
                    s.pos = limit - 1;
                }
            } else if (c == '>') {
                if (s.tagRefusal >= 0)
                    appendTagRefusal(s);
                ++s.pos;
                break;
            } else if (c == 'd' && s.data[s.pos - 1] == ' ' &&
                       s.html.sliced(s.pos).startsWith("data-sourcepos=\"")) {
                const qsizetype valueStart = s.pos + 16;
                const qsizetype valueEnd = s.html.indexOf('"', valueStart);
                if (valueEnd > 0) {
                    s.out.append(s.html.sliced(s.copied, valueStart - s.copied));
                    appendSourcePos(s.out, s.html.sliced(valueStart, valueEnd - valueStart));
                    s.copied = valueEnd;
                    s.pos = valueEnd; // the closing quote is copied with the next run
                }
            }
        }
    }

    // At the '>' of a tag that holds a refusal marker: the data-tilmech-refused attribute
    // (before a "/>" as well).
    void appendTagRefusal(Scan &s)
    {
        const qsizetype at = s.data[s.pos - 1] == '/' ? s.pos - 1 : s.pos;
        s.out.append(s.html.sliced(s.copied, at - s.copied));
        const Placeholders::Item &item = m_placeholders.refusals().at(s.tagRefusal);
        s.out += " data-tilmech-refused=\"" + QByteArray::number(s.tagRefusal) +
                 "\" data-tilmech-span=\"" + QByteArray::number(item.sourceBegin) + '-' +
                 QByteArray::number(item.sourceEnd) + '"';
        s.copied = at;
        s.tagRefusal = -1;
    }

    // The empty element that stands for one end of a refused tag's output; the preview
    // outlines what lies between the two (the first one carries the reason).
    void appendMark(QByteArray &out, int refusal, bool begin) const
    {
        if (m_forExport)
            return;
        out += "<tilmech-mark data-tilmech-refused=\"" + QByteArray::number(refusal) + '"';
        if (begin) {
            const Placeholders::Item &item = m_placeholders.refusals().at(refusal);
            out += " data-edge=\"begin\" title=\"";
            Html::appendEscaped(out, item.reason.toUtf8());
            out += "\" data-tilmech-span=\"" + QByteArray::number(item.sourceBegin) + '-' +
                   QByteArray::number(item.sourceEnd) + '"';
        } else {
            out += " data-edge=\"end\"";
        }
        out += "></tilmech-mark>";
    }

    // "<!--marker-->" (a refusal marker on a line of its own): the mark alone.
    qsizetype markComment(QByteArrayView html, qsizetype at, QByteArray &out,
                          qsizetype copied) const
    {
        char kind;
        int index;
        qsizetype length;
        if (!m_placeholders.parseMarker(html, at + 4, &kind, &index, &length) ||
            (kind != 'R' && kind != 'E') || index >= m_placeholders.refusals().size() ||
            !html.sliced(at + 4 + length).startsWith("-->"))
            return 0;
        out.append(html.sliced(copied, at - copied));
        appendMark(out, index, kind == 'R');
        return at + 4 + length + 3;
    }

    // The tag as written, on one line, shortened to a readable length.
    static QByteArray shortened(const QByteArray &text, bool *cut)
    {
        QByteArray shown = text.simplified();
        *cut = false;
        constexpr qsizetype MaxShown = 90;
        if (shown.size() > MaxShown) {
            qsizetype end = MaxShown;
            while (end > 0 && (uchar(shown[end]) & 0xC0) == 0x80)
                --end; // never cut a UTF-8 character in half
            shown = shown.left(end) + "\xE2\x80\xA6";
            *cut = true;
        }
        return shown;
    }

    void appendPlaceholder(QByteArray &out, const Placeholders::Item &item, bool inTag)
    {
        bool cut = false;
        const QByteArray shown = shortened(item.shown, &cut);
        if (inTag) {
            Html::appendEscaped(out, shown);
            return;
        }
        out += "<span class=\"tilmech-placeholder\" title=\"";
        Html::appendEscaped(out, item.reason.toUtf8());
        if (cut) {
            out += "&#10;&#10;";
            Html::appendEscaped(out, item.shown);
        }
        out += '"';
        if (item.sourceBegin >= 0) {
            out += " data-tilmech-span=\"";
            out += QByteArray::number(item.sourceBegin);
            out += '-';
            out += QByteArray::number(item.sourceEnd);
            out += '"';
        }
        out += '>';
        Html::appendEscaped(out, shown);
        out += "</span>";
    }

    static bool readInt(QByteArrayView text, qsizetype &pos, int *value)
    {
        const qsizetype start = pos;
        qint64 v = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - start < 9)
            v = v * 10 + (text[pos++] - '0');
        *value = int(v);
        return pos > start;
    }

    // "l:c-l:c" of the markdown text → the same in the page file.
    void appendSourcePos(QByteArray &out, QByteArrayView value)
    {
        int l1, c1, l2, c2;
        qsizetype p = 0;
        if (!readInt(value, p, &l1) || p >= value.size() || value[p++] != ':' ||
            !readInt(value, p, &c1) || p >= value.size() || value[p++] != '-' ||
            !readInt(value, p, &l2) || p >= value.size() || value[p++] != ':' ||
            !readInt(value, p, &c2)) {
            out.append(value);
            return;
        }
        // From the text cmark-gfm read to the expanded markdown (RedcarpetBlocks).
        l1 = m_blocks.sourceLine(l1);
        c1 = m_blocks.sourceColumn(l1, c1);
        l2 = m_blocks.sourceLine(l2);
        c2 = m_blocks.sourceColumn(l2, c2);
        const TextPosition from = m_sourceLines.position(
            m_expansion.toSource(m_markdownLines.offset(l1, c1)), &m_lineHint);
        const TextPosition to = m_sourceLines.position(
            m_expansion.toSourceEnd(m_markdownLines.offset(l2, std::max(c2, 1))), &m_lineHint);
        char buffer[64];
        char *w = buffer;
        w = writeInt(w, from.line);
        *w++ = ':';
        w = writeInt(w, from.column);
        *w++ = '-';
        w = writeInt(w, to.line);
        *w++ = ':';
        w = writeInt(w, to.column);
        out.append(buffer, w - buffer);
    }

    static char *writeInt(char *p, int value)
    {
        char digits[12];
        int n = 0;
        unsigned v = unsigned(std::max(value, 0));
        do {
            digits[n++] = char('0' + v % 10);
            v /= 10;
        } while (v);
        while (n)
            *p++ = digits[--n];
        return p;
    }

    // The end of a "<p>" opening tag at `at` as pegasus' pattern sees it: bare, or carrying
    // only the data-sourcepos cmark adds; -1 for any other tag (an authored <p class=…>).
    static qsizetype paragraphOpenEnd(QByteArrayView html, qsizetype at)
    {
        if (!html.sliced(at).startsWith("<p"))
            return -1;
        const qsizetype p = at + 2;
        if (p < html.size() && html[p] == '>')
            return p + 1;
        if (!html.sliced(p).startsWith(" data-sourcepos=\""))
            return -1;
        const qsizetype quote = html.indexOf('"', p + 17);
        if (quote < 0 || quote + 1 >= html.size() || html[quote + 1] != '>')
            return -1;
        return quote + 2;
    }

    // The last "]</p>" in [from, to), or -1: pegasus' `(.*)` is greedy within one line.
    static qsizetype lastBracketClose(QByteArrayView html, qsizetype from, qsizetype to)
    {
        if (to - from < 5)
            return -1;
        const qsizetype at = html.sliced(from, to - from).lastIndexOf("]</p>");
        return at < 0 ? -1 : from + at;
    }

    // Where pegasus' first pass (`<p>\[/(.*)\]</p>` → `</div>`) starts between `from` and
    // `lastClose` (the line's last "]</p>"), or -1: the second pass only sees what lies before.
    static qsizetype closingBracketStart(QByteArrayView html, qsizetype from, qsizetype lastClose)
    {
        for (qsizetype at = from; at < lastClose; ++at) {
            at = html.indexOf("<p", at);
            if (at < 0 || at >= lastClose)
                return -1;
            const qsizetype open = paragraphOpenEnd(html, at);
            if (open > 0 && open + 2 <= lastClose && html[open] == '[' && html[open + 1] == '/')
                return at;
        }
        return -1;
    }

    // At "<p>[…]</p>", pegasus' rule after markdown: a one-line paragraph that starts with
    // "[/" and ends with "]" becomes </div>; any other that starts with "[" and ends with "]"
    // becomes <div class='…'> ("[#x]": id='x'), whatever lies between, so a bracketed phrase
    // vanishes as on the live page. Writes the div; returns the offset after "</p>", else 0.
    qsizetype divBracket(QByteArrayView html, qsizetype at, QByteArray &out, qsizetype copied)
    {
        const qsizetype open = paragraphOpenEnd(html, at);
        if (open < 0 || open >= html.size() || html[open] != '[' || at < m_noBracketCloseBefore)
            return 0;
        qsizetype lineEnd = html.indexOf('\n', open);
        if (lineEnd < 0)
            lineEnd = html.size();
        const bool closing = open + 1 < lineEnd && html[open + 1] == '/';
        const qsizetype lastOnLine = lastBracketClose(html, open + (closing ? 2 : 1), lineEnd);
        if (lastOnLine < 0) {
            m_noBracketCloseBefore = lineEnd; // nor for any later "<p>[" of this line
            return 0;
        }
        const qsizetype next = closing ? -1 : closingBracketStart(html, open + 1, lastOnLine);
        const qsizetype close = next < 0 ? lastOnLine : lastBracketClose(html, open + 1, next);
        if (close < 0)
            return 0;
        out.append(html.sliced(copied, at - copied));
        if (closing) {
            out += "</div>";
            return close + 5;
        }
        qsizetype valueStart = open + 1;
        const bool isId = html[valueStart] == '#';
        if (isId)
            ++valueStart;
        out += isId ? "<div id='" : "<div class='";
        appendBracketValue(out, html.sliced(valueStart, close - valueStart));
        out += '\'';
        const QByteArrayView attrs = html.sliced(at + 2, open - at - 3);
        const qsizetype sp = ByteSearch::find(attrs, "data-sourcepos=\"");
        if (sp >= 0) {
            const qsizetype vs = sp + 16;
            const qsizetype ve = attrs.indexOf('"', vs);
            if (ve > 0) {
                out += " data-sourcepos=\"";
                appendSourcePos(out, attrs.sliced(vs, ve - vs));
                out += '"';
            }
        }
        out += '>';
        return close + 5;
    }

    // The bracket's text as an attribute value: as written, except that a quote cannot end
    // the attribute early and a placeholder shows as escaped text, never as its marker.
    void appendBracketValue(QByteArray &out, QByteArrayView value)
    {
        const QByteArray &prefix = m_placeholders.prefix();
        qsizetype copied = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            char kind;
            int index;
            qsizetype length;
            if (value[i] == '\'') {
                out.append(value.sliced(copied, i - copied));
                out += "&#39;";
                copied = i + 1;
            } else if (!m_placeholders.isEmpty() && value.sliced(i).startsWith(prefix) &&
                       m_placeholders.parseMarker(value, i, &kind, &index, &length) &&
                       kind == 'P' && index < m_placeholders.items().size()) {
                out.append(value.sliced(copied, i - copied));
                appendPlaceholder(out, m_placeholders.items().at(index), true);
                copied = i + length;
                i = copied - 1;
            }
        }
        out.append(value.sliced(copied));
    }

    const Placeholders &m_placeholders;
    const Expansion &m_expansion;
    const LineIndex &m_markdownLines;
    const RedcarpetBlocks::Plan &m_blocks;
    const LineIndex &m_sourceLines;
    bool m_forExport;
    int m_lineHint = 1; // blocks come in file order: the next position is usually near
    qsizetype m_noBracketCloseBefore = 0; // keeps a line of unclosed "<p>[" linear
};

using Syntax = TemplateEvaluator::Syntax;

// The evaluator of a page's own tags: at the top (no locals, those are a view's; no depth of
// views), with the verdicts on its refused tags when there are any. `afterMarkdown` for the
// ERB that runs over the HTML of an .erb.md page.
TemplateEvaluator pageEvaluator(const RenderEnvironment &env, Placeholders &placeholders,
                                const QVector<RefusedTags::Verdict> &refused,
                                bool afterMarkdown = false)
{
    const Locals *noLocals = nullptr;
    const int topDepth = 0;
    return TemplateEvaluator(env, placeholders, noLocals, topDepth,
                             refused.isEmpty() ? nullptr : &refused, afterMarkdown);
}

// Runs a template whose text and tags are read from the start of `text` and `tagSource`
// (their offsets count from the first byte), ERB and includes treated as given.
void runFromStart(const TemplateEvaluator &evaluator, const TemplateTree &tree, QByteArrayView text,
                  QByteArrayView tagSource, Syntax erb, Syntax includes, Expansion &out)
{
    const qsizetype textBase = 0;
    const qsizetype tagBase = 0;
    evaluator.run(tree, text, textBase, tagSource, tagBase, erb, includes, out);
}

// The page's own templates as they run before markdown: ERB (or includes, in an .md.partial
// page), the other syntax left as a placeholder.
void runPageTemplates(const TemplateEvaluator &evaluator, const PageAnalysis &page, Expansion &out)
{
    const QByteArray &bytes = page.document().bytes();
    const bool partial = page.variant() == PageVariant::MdPartial;
    const Syntax erb = partial ? Syntax::Placeholder : Syntax::Evaluate;
    const Syntax includes = partial ? Syntax::Evaluate : Syntax::Placeholder;
    runFromStart(evaluator, page.tree(), bytes, bytes, erb, includes, out);
}

// Step 1 of a render: the templates that run before markdown. An .erb.md page goes to
// markdown first, over its tags as written (ErbAfterMarkdown).
Expansion expandBeforeMarkdown(const TemplateEvaluator &evaluator, const PageAnalysis &page)
{
    const Document &doc = page.document();
    Expansion markdown;
    markdown.reserve(doc.body().size() + doc.body().size() / 4);
    if (page.variant() == PageVariant::ErbMd) {
        const QByteArray &bytes = doc.bytes();
        for (const TemplateToken &t : page.tokens())
            markdown.appendVerbatim(QByteArrayView(bytes).sliced(t.begin, t.end - t.begin),
                                    t.begin);
    } else {
        runPageTemplates(evaluator, page, markdown);
    }
    return markdown;
}

// Step 3 of a render: ERB over the HTML of an .erb.md page, on the tags markdown left as raw
// HTML, each with the verdict of the page tag it came from.
QByteArray erbOverHtml(const PageAnalysis &page, const QByteArray &html,
                       const QVector<RefusedTags::Verdict> &refused, const RenderEnvironment &env,
                       Placeholders &placeholders, ExpressionCache *expressions)
{
    const QByteArray &bytes = page.document().bytes();
    QVector<int> origins;
    const TemplateTokens htmlTokens = ErbAfterMarkdown::match(page.tokens(), bytes, html, &origins);
    QVector<RefusedTags::Verdict> htmlRefused;
    if (!refused.isEmpty()) {
        htmlRefused.resize(htmlTokens.size());
        for (int i = 0; i < htmlTokens.size(); ++i)
            htmlRefused[i] = refused.value(origins.at(i));
    }
    const qsizetype pageStart = 0; // the tags' offsets are the page's
    const TemplateTree tree = TemplateTree::parse(htmlTokens, bytes, pageStart, expressions);
    const bool afterMarkdown = true;
    const TemplateEvaluator htmlEvaluator =
        pageEvaluator(env, placeholders, htmlRefused, afterMarkdown);
    Expansion evaluated;
    evaluated.reserve(html.size() + html.size() / 4);
    runFromStart(htmlEvaluator, tree, html, bytes, Syntax::Evaluate, Syntax::Text, evaluated);
    return evaluated.text();
}

// Step 5 of a render: the page title as the site shows it. Tags in it are evaluated, with a
// budget of their own (their offsets are the title's); what cannot be is shown as written.
QString pageTitle(const Document &doc, const RenderEnvironment &env)
{
    const QString rawTitle = doc.frontMatterValue(QStringLiteral("title"));
    if (!rawTitle.contains(QLatin1String("<%")))
        return rawTitle;
    const QByteArray titleBytes = rawTitle.toUtf8();
    const qsizetype titleStart = 0;
    const TemplateTree tree =
        TemplateTree::parse(TemplateLexer::tokenize(titleBytes), titleBytes, titleStart);
    Placeholders titlePlaceholders(titleBytes);
    RenderEnvironment titleEnv = env;
    ExpansionBudget titleBudget;
    titleEnv.budget = &titleBudget;
    const TemplateEvaluator titleEvaluator(titleEnv, titlePlaceholders);
    Expansion title;
    runFromStart(titleEvaluator, tree, titleBytes, titleBytes, Syntax::Evaluate, Syntax::Text,
                 title);
    QByteArray text = title.text();
    // Unevaluable parts of a title are shown as written.
    for (int i = 0; i < titlePlaceholders.items().size(); ++i) {
        text.replace(titlePlaceholders.prefix() + 'P' + QByteArray::number(i) + 'Z',
                     titlePlaceholders.items().at(i).shown);
    }
    return QString::fromUtf8(unquoteInspected(text.trimmed()));
}

} // namespace

Renderer::Renderer(std::shared_ptr<const Project> project)
    : m_project(std::move(project)), m_views(std::make_unique<ViewLibrary>(m_project.get())),
      m_expressions(std::make_shared<ExpressionCache>())
{
}

Renderer::~Renderer() = default;

QByteArray Renderer::defaultCountry(const QString &language)
{
    static const QHash<QString, QByteArray> countries = {
        {QStringLiteral("en"), "us"}, {QStringLiteral("ky"), "kg"}, {QStringLiteral("ru"), "ru"},
        {QStringLiteral("kk"), "kz"}, {QStringLiteral("uz"), "uz"}, {QStringLiteral("tg"), "tj"},
        {QStringLiteral("tr"), "tr"}, {QStringLiteral("uk"), "ua"}, {QStringLiteral("es"), "es"},
        {QStringLiteral("fr"), "fr"}, {QStringLiteral("de"), "de"}, {QStringLiteral("ja"), "jp"},
    };
    return countries.value(language, "us");
}

RenderOptions Renderer::sourceOptions(const RenderOptions &translation)
{
    // The English page reads English views and strings and writes English site URLs; only
    // the country is the translation's, so that both columns take the same @country branch.
    RenderOptions english = translation;
    english.language = QStringLiteral("en");
    if (english.country.isEmpty())
        english.country = QString::fromUtf8(defaultCountry(translation.language));
    english.sourceTags.reset();
    return english;
}

QByteArray Renderer::renderPartial(const QString &name, const QString &language,
                                   const QString &country) const
{
    RenderOptions options;
    options.language = language;
    options.country = country;
    options.forExport = true; // a partial's text only: no preview marks
    Catalogs catalogs;
    RenderEnvironment env = environment(options, catalogs);
    ExpansionBudget budget;
    env.budget = &budget;
    Placeholders placeholders(QByteArrayView{});
    const Locals noLocals;       // an include passes none
    const int includedDepth = 1; // one view deep, below a page
    const std::optional<QByteArray> html =
        m_views->render(name, env, placeholders, noLocals, includedDepth);
    return html ? html->trimmed() : QByteArray();
}

bool Renderer::renderFile(const PageFile &file, const RenderOptions &options, RenderResult *result,
                          QString *error) const
{
    const std::optional<Document> doc = Document::load(file.absolutePath, error);
    if (!doc)
        return false;
    RenderOptions effective = options;
    if (!file.isEnglish() && !effective.sourceTags) {
        // A translation's tags are evaluated only where its English source has them.
        effective.sourceTags = std::make_shared<const QSet<QByteArray>>();
        const Page *page = m_project->page(file.name);
        const PageFile *english = page ? page->englishSourceFor(file) : nullptr;
        if (english) {
            if (std::optional<Document> source = Document::load(english->absolutePath, error))
                effective.sourceTags =
                    tagSet(*analyse(std::move(*source), english->variant, false));
            else
                return false;
        }
    }
    *result = render(*analyse(*doc, file.variant, false), effective);
    return true;
}

std::shared_ptr<const PageAnalysis> Renderer::analyse(Document document, PageVariant variant,
                                                      bool withOutline) const
{
    return PageAnalysis::build(std::move(document), variant, m_expressions, withOutline);
}

std::shared_ptr<const QSet<QByteArray>> Renderer::tagSet(const PageAnalysis &page)
{
    auto set = std::make_shared<QSet<QByteArray>>();
    for (const PageTag &tag : page.tags())
        set->insert(tag.canonical);
    return set;
}

RenderResult Renderer::render(const Document &doc, PageVariant variant,
                              const RenderOptions &options) const
{
    return render(*analyse(doc, variant, false), options);
}

RenderEnvironment Renderer::environment(const RenderOptions &options, Catalogs &catalogs) const
{
    catalogs.strings = m_project ? m_project->catalog(options.language) : nullptr;
    catalogs.english = m_project ? m_project->catalog(QStringLiteral("en")) : nullptr;
    RenderEnvironment env;
    env.project = m_project.get();
    env.views = m_views.get();
    env.strings = catalogs.strings.get();
    env.english = catalogs.english.get();
    env.language = options.language;
    env.languageUtf8 = options.language.toUtf8();
    env.country =
        options.country.isEmpty() ? defaultCountry(options.language) : options.country.toUtf8();
    env.explicitLanguage = options.language != QLatin1String("en");
    env.preview = !options.forExport;
    return env;
}

QVector<RefusedTags::Verdict> Renderer::refusals(const PageAnalysis &page,
                                                 const RenderOptions &options)
{
    if (!options.sourceTags)
        return {};
    return RefusedTags::judge(page, *options.sourceTags);
}

Diagnostics Renderer::budgetProblems(const ExpansionBudget &budget, const Document &doc)
{
    if (!budget.exceeded())
        return {};
    Diagnostic d;
    d.code = QStringLiteral("template-expansion-limit");
    d.message = tr("The views and includes this tag brings in expand past Tilmech's limit of "
                   "%1 views or %2 MiB for one page, far more than any real page: a view "
                   "probably includes itself, directly or through other views. Remove the "
                   "include that closes the loop; the preview shows a placeholder here")
                    .arg(ExpansionBudget::MaxExpansions)
                    .arg(ExpansionBudget::MaxBytes / (1024 * 1024));
    d.file = doc.fileName();
    d.begin = std::max<qsizetype>(budget.tagBegin(), 0);
    d.end = std::max(budget.tagEnd(), d.begin);
    d.line = doc.lines().position(d.begin).line;
    d.column = doc.lines().characterColumn(doc.bytes(), d.begin);
    return {d};
}

Diagnostics Renderer::wideRowProblems(const Expansion &markdown, const QVector<qsizetype> &rows,
                                      const Document &doc)
{
    Diagnostics problems;
    for (const qsizetype row : WideTableRows::firstOfRuns(markdown.text(), rows)) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.code = QStringLiteral("table-too-wide");
        d.message = WideTableRows::message();
        d.file = doc.fileName();
        d.begin = d.end = markdown.toSource(row);
        d.line = doc.lines().position(d.begin).line;
        d.column = doc.lines().characterColumn(doc.bytes(), d.begin);
        problems.append(d);
    }
    return problems;
}

Diagnostics Renderer::expansionProblems(const PageAnalysis &page,
                                        const RenderOptions &options) const
{
    // The tags run as in render() (an .erb.md page's after markdown, on the same tags), but
    // their output is only counted, not put through markdown.
    Catalogs catalogs;
    RenderEnvironment env = environment(options, catalogs);
    ExpansionBudget budget;
    env.budget = &budget;
    Placeholders placeholders(page.document().bytes());
    const QVector<RefusedTags::Verdict> refused = refusals(page, options);
    const TemplateEvaluator evaluator = pageEvaluator(env, placeholders, refused);
    Expansion out;
    runPageTemplates(evaluator, page, out);
    return budgetProblems(budget, page.document());
}

RenderResult Renderer::render(const PageAnalysis &page, const RenderOptions &options) const
{
    const Document &doc = page.document();
    RenderResult result;
    result.problems = doc.problems();

    Catalogs catalogs;
    RenderEnvironment env = environment(options, catalogs);
    ExpansionBudget budget;
    env.budget = &budget;

    Placeholders placeholders(doc.bytes());
    const QVector<RefusedTags::Verdict> refused = refusals(page, options);
    const TemplateEvaluator evaluator = pageEvaluator(env, placeholders, refused);

    // 1. Templates that run before markdown.
    const Expansion markdown = expandBeforeMarkdown(evaluator, page);

    // 2. Markdown.
    QVector<qsizetype> wideRows;
    RedcarpetBlocks::Plan blocks; // maps the positions in the HTML, in step 4
    QByteArray html = Markdown::toHtml(markdown.text(), options.sourcePositions, &wideRows, &blocks,
                                       placeholders.prefix());
    result.problems += wideRowProblems(markdown, wideRows, doc);

    // 3. ERB over the HTML of an .erb.md page: the tags markdown left as raw HTML.
    if (page.variant() == PageVariant::ErbMd)
        html = erbOverHtml(page, html, refused, env, placeholders, m_expressions.get());

    // 4. Placeholders, source positions and div brackets.
    const bool characterColumns = false; // lines and byte columns only
    const LineIndex markdownLines(markdown.text(), characterColumns);
    PostProcessor post(placeholders, markdown, markdownLines, blocks, doc.lines(),
                       options.forExport);
    QByteArray body = post.run(html);

    // 5. Title and layout.
    result.title = pageTitle(doc, env);
    QString layout = doc.frontMatterValue(QStringLiteral("layout"));
    if (layout.isEmpty())
        layout = QStringLiteral("default");
    result.layout = options.bodyOnly ? QStringLiteral("none") : layout;
    result.html =
        options.bodyOnly ? body : Layout::wrap(body, layout, result.title, options.language);
    result.markdown = markdown.text();
    result.placeholders = placeholders.items();
    result.refusals = placeholders.refusals();
    result.problems += budgetProblems(budget, doc);
    return result;
}

Diagnostics Renderer::viewProblems() const
{
    return m_views->problems();
}

} // namespace Tilmech
