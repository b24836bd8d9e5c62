#include "check/erbmdchecks.h"

#include "analysis/pageanalysis.h"
#include "check/checkcontext.h"
#include "markdown/markdown.h"
#include "template/erbaftermarkdown.h"

namespace Tilmech {

namespace {

// Whether the tag at `begin` is a markdown link's address: "](" or "](<" just before it.
bool inLinkAddress(const QByteArray &bytes, qsizetype begin)
{
    qsizetype p = begin;
    if (p > 0 && bytes[p - 1] == '<')
        --p;
    return p >= 2 && bytes[p - 2] == ']' && bytes[p - 1] == '(';
}

// Whether the tag at [begin, end) of the HTML sits inside an HTML tag that Redcarpet ended
// at the '>' of its "%>": Redcarpet passes an inline tag through up to the first '>', so the
// rest of the author's tag follows as text, with its '>' escaped.
bool cutsHtmlTag(QByteArrayView html, qsizetype begin, qsizetype end)
{
    const qsizetype open = html.sliced(0, begin).lastIndexOf('<');
    if (open < 0 || html.sliced(open, begin - open).contains('>'))
        return false;
    qsizetype next = html.sliced(end).indexOf('<');
    next = next < 0 ? html.size() : end + next;
    return html.sliced(end, next - end).contains("&gt;");
}

} // namespace

void ErbMdChecks::run(CheckContext &c)
{
    const PageAnalysis &page = *c.page;
    if (page.variant() != PageVariant::ErbMd)
        return;
    const QByteArray &bytes = page.document().bytes();
    const TemplateTokens &tokens = page.tokens();
    const QByteArray html = Markdown::toHtml(ErbAfterMarkdown::markdown(tokens, bytes), false);
    QVector<int> origins;
    QVector<std::pair<qsizetype, qsizetype>> spans;
    ErbAfterMarkdown::match(tokens, bytes, html, &origins, &spans);
    QVector<bool> runs(tokens.size(), false), cut(tokens.size(), false);
    for (int k = 0; k < origins.size(); ++k) {
        const int origin = origins.at(k);
        if (origin < 0)
            continue;
        runs[origin] = true;
        cut[origin] = cutsHtmlTag(html, spans.at(k).first, spans.at(k).second);
    }
    for (int i = 0; i < tokens.size(); ++i) {
        const TemplateToken &t = tokens.at(i);
        if (!t.isErb() || t.kind == TemplateToken::Kind::ErbComment || (runs.at(i) && !cut.at(i)))
            continue;
        const QString written = QString::fromUtf8(c.text(t.begin, t.end));
        QString message;
        if (cut.at(i))
            message = tr("In an .erb.md page markdown runs before ERB, and it ends an HTML tag "
                         "inside a paragraph at its first “>”, the one of %1: the rest of the "
                         "tag shows as text and the link is cut. Put the HTML on lines of its "
                         "own (<p>…</p>), or rename the file to .md.erb");
        else if (inLinkAddress(bytes, t.begin))
            message =
                tr("In an .erb.md page markdown runs before ERB, so the live site never runs "
                   "%1: the link's address becomes “%=%20…%20%”. Rename the file to .md.erb, "
                   "or write the paragraph as an HTML block: <p>… <a href=\"%1\">…</a> …</p>");
        else
            message =
                tr("In an .erb.md page markdown runs before ERB, so the live site prints %1 "
                   "as text instead of running it. Rename the file to .md.erb, or put the tag "
                   "inside an HTML block");
        c.add(QStringLiteral("template-erb-md-not-run"), Diagnostic::Severity::Error,
              message.arg(written), t.begin, t.end);
    }
}

} // namespace Tilmech
