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
        QByteArray out;
        out.reserve(html.size() + html.size() / 8);
        const qsizetype n = html.size();
        const char *data = html.data();
        const QByteArray &prefix = m_placeholders.prefix();
        auto findMarker = [&](qsizetype from) -> qsizetype {
            if (m_placeholders.isEmpty() && m_placeholders.refusals().isEmpty())
                return n;
            const qsizetype at = ByteSearch::find(html, prefix, from);
            return at < 0 ? n : at;
        };
        qsizetype nextMarker = findMarker(0);
        qsizetype copied = 0;
        int tagRefusal = -1; // a refusal marker inside the tag being read
        qsizetype pos = 0;

        // Replaces the marker at `at` (if it is one); returns where scanning goes on.
        auto marker = [&](qsizetype at, bool inTag) -> qsizetype {
            char kind;
            int index;
            qsizetype length;
            qsizetype next = at + prefix.size();
            if (m_placeholders.parseMarker(html, at, &kind, &index, &length)) {
                const bool placeholder = kind == 'P' && index < m_placeholders.items().size();
                const bool refusal =
                    (kind == 'R' || kind == 'E') && index < m_placeholders.refusals().size();
                if (placeholder || refusal) {
                    out.append(html.sliced(copied, at - copied));
                    if (placeholder && !m_forExport)
                        appendPlaceholder(out, m_placeholders.items().at(index), inTag);
                    else if (refusal && inTag)
                        tagRefusal = index;
                    else if (refusal)
                        appendMark(out, index, kind == 'R');
                    next = at + length;
                    copied = next;
                }
            }
            nextMarker = findMarker(next);
            return next;
        };

        while (pos < n) {
            // Text: jump to the next '<' or marker.
            const void *lt = std::memchr(data + pos, '<', size_t(nextMarker - pos));
            if (!lt) {
                if (nextMarker >= n)
                    break;
                pos = marker(nextMarker, false);
                continue;
            }
            pos = static_cast<const char *>(lt) - data;
            if (pos + 1 >= n)
                break;
            const char next = data[pos + 1];
            if (next == 'p' && pos + 2 < n && (data[pos + 2] == ' ' || data[pos + 2] == '>')) {
                const qsizetype consumed = divBracket(html, pos, out, copied);
                if (consumed > 0) {
                    pos = copied = consumed;
                    if (nextMarker < pos)
                        nextMarker = findMarker(pos);
                    continue;
                }
            }
            if (next == '!' && nextMarker == pos + 4 && html.sliced(pos).startsWith("<!--")) {
                const qsizetype consumed = markComment(html, pos, out, copied);
                if (consumed > 0) {
                    pos = copied = consumed;
                    nextMarker = findMarker(pos);
                    continue;
                }
            }
            if (!((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' ||
                  next == '!' || next == '?')) {
                ++pos;
                continue;
            }
            // A tag: quotes, markers in attribute values, and data-sourcepos.
            char quote = 0;
            for (++pos; pos < n; ++pos) {
                if (pos == nextMarker) {
                    pos = marker(pos, true) - 1;
                    continue;
                }
                const char c = data[pos];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    // Jump to the closing quote, stopping at a marker inside the value.
                    const qsizetype limit = std::min(n, nextMarker);
                    const void *close = std::memchr(data + pos + 1, c, size_t(limit - pos - 1));
                    if (close) {
                        pos = static_cast<const char *>(close) - data;
                    } else {
                        quote = c;
                        pos = limit - 1;
                    }
                } else if (c == '>') {
                    if (tagRefusal >= 0) {
                        const qsizetype at = data[pos - 1] == '/' ? pos - 1 : pos;
                        out.append(html.sliced(copied, at - copied));
                        const Placeholders::Item &item = m_placeholders.refusals().at(tagRefusal);
                        out += " data-tilmech-refused=\"" + QByteArray::number(tagRefusal) +
                               "\" data-tilmech-span=\"" + QByteArray::number(item.sourceBegin) +
                               '-' + QByteArray::number(item.sourceEnd) + '"';
                        copied = at;
                        tagRefusal = -1;
                    }
                    ++pos;
                    break;
                } else if (c == 'd' && data[pos - 1] == ' ' &&
                           html.sliced(pos).startsWith("data-sourcepos=\"")) {
                    const qsizetype valueStart = pos + 16;
                    const qsizetype valueEnd = html.indexOf('"', valueStart);
                    if (valueEnd > 0) {
                        out.append(html.sliced(copied, valueStart - copied));
                        appendSourcePos(out, html.sliced(valueStart, valueEnd - valueStart));
                        copied = valueEnd;
                        pos = valueEnd; // the closing quote is copied with the next run
                    }
                }
            }
        }
        out.append(html.sliced(copied));
        return out;
    }

private:
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
    const std::optional<QByteArray> html = m_views->render(name, env, placeholders, Locals(), 1);
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
    const TemplateEvaluator evaluator(env, placeholders, nullptr, 0,
                                      refused.isEmpty() ? nullptr : &refused);
    using Syntax = TemplateEvaluator::Syntax;
    const bool partial = page.variant() == PageVariant::MdPartial;
    Expansion out;
    const QByteArray &bytes = page.document().bytes();
    evaluator.run(page.tree(), bytes, 0, bytes, 0, partial ? Syntax::Placeholder : Syntax::Evaluate,
                  partial ? Syntax::Evaluate : Syntax::Placeholder, out);
    return budgetProblems(budget, page.document());
}

RenderResult Renderer::render(const PageAnalysis &page, const RenderOptions &options) const
{
    const Document &doc = page.document();
    const PageVariant variant = page.variant();
    RenderResult result;
    result.problems = doc.problems();

    Catalogs catalogs;
    RenderEnvironment env = environment(options, catalogs);
    ExpansionBudget budget;
    env.budget = &budget;

    const QByteArray &bytes = doc.bytes();
    Placeholders placeholders(bytes);
    const TemplateTokens &tokens = page.tokens();
    const QVector<RefusedTags::Verdict> refused = refusals(page, options);
    const TemplateEvaluator evaluator(env, placeholders, nullptr, 0,
                                      refused.isEmpty() ? nullptr : &refused);

    // 1. Templates that run before markdown.
    Expansion markdown;
    markdown.reserve(doc.body().size() + doc.body().size() / 4);
    using Syntax = TemplateEvaluator::Syntax;
    if (variant == PageVariant::ErbMd) {
        // Markdown first, over the tags as written (ErbAfterMarkdown).
        for (const TemplateToken &t : tokens)
            markdown.appendVerbatim(QByteArrayView(bytes).sliced(t.begin, t.end - t.begin),
                                    t.begin);
    } else {
        const TemplateTree &tree = page.tree();
        const bool partial = variant == PageVariant::MdPartial;
        evaluator.run(tree, bytes, 0, bytes, 0, partial ? Syntax::Placeholder : Syntax::Evaluate,
                      partial ? Syntax::Evaluate : Syntax::Placeholder, markdown);
    }

    // 2. Markdown.
    QVector<qsizetype> wideRows;
    RedcarpetBlocks::Plan blocks; // maps the positions in the HTML, in step 4
    QByteArray html = Markdown::toHtml(markdown.text(), options.sourcePositions, &wideRows, &blocks,
                                       placeholders.prefix());
    result.problems += wideRowProblems(markdown, wideRows, doc);

    // 3. ERB over the HTML of an .erb.md page: the tags markdown left as raw HTML.
    if (variant == PageVariant::ErbMd) {
        QVector<int> origins;
        const TemplateTokens htmlTokens = ErbAfterMarkdown::match(tokens, bytes, html, &origins);
        QVector<RefusedTags::Verdict> htmlRefused;
        if (!refused.isEmpty()) {
            htmlRefused.resize(htmlTokens.size());
            for (int i = 0; i < htmlTokens.size(); ++i)
                htmlRefused[i] = refused.value(origins.at(i));
        }
        const TemplateTree tree = TemplateTree::parse(htmlTokens, bytes, 0, m_expressions.get());
        const TemplateEvaluator htmlEvaluator(env, placeholders, nullptr, 0,
                                              htmlRefused.isEmpty() ? nullptr : &htmlRefused, true);
        Expansion evaluated;
        evaluated.reserve(html.size() + html.size() / 4);
        htmlEvaluator.run(tree, html, 0, bytes, 0, Syntax::Evaluate, Syntax::Text, evaluated);
        html = evaluated.text();
    }

    // 4. Placeholders, source positions and div brackets.
    const LineIndex markdownLines(markdown.text(), false); // lines and byte columns only
    PostProcessor post(placeholders, markdown, markdownLines, blocks, doc.lines(),
                       options.forExport);
    QByteArray body = post.run(html);

    // 5. Title and layout.
    const QString rawTitle = doc.frontMatterValue(QStringLiteral("title"));
    if (rawTitle.contains(QLatin1String("<%"))) {
        const QByteArray titleBytes = rawTitle.toUtf8();
        const TemplateTree tree =
            TemplateTree::parse(TemplateLexer::tokenize(titleBytes), titleBytes, 0);
        Placeholders titlePlaceholders(titleBytes);
        // The title's tags have offsets of their own: a budget of their own, too.
        RenderEnvironment titleEnv = env;
        ExpansionBudget titleBudget;
        titleEnv.budget = &titleBudget;
        const TemplateEvaluator titleEvaluator(titleEnv, titlePlaceholders);
        Expansion title;
        titleEvaluator.run(tree, titleBytes, 0, titleBytes, 0, Syntax::Evaluate, Syntax::Text,
                           title);
        QByteArray text = title.text();
        // Unevaluable parts of a title are shown as written.
        for (int i = 0; i < titlePlaceholders.items().size(); ++i) {
            text.replace(titlePlaceholders.prefix() + 'P' + QByteArray::number(i) + 'Z',
                         titlePlaceholders.items().at(i).shown);
        }
        result.title = QString::fromUtf8(unquoteInspected(text.trimmed()));
    } else {
        result.title = rawTitle;
    }
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
