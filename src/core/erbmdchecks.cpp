#include "erbmdchecks.h"

#include "checkcontext.h"
#include "erbaftermarkdown.h"
#include "markdown.h"
#include "pageanalysis.h"

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
    ErbAfterMarkdown::match(tokens, bytes, html, &origins);
    QVector<bool> runs(tokens.size(), false);
    for (const int origin : qAsConst(origins)) {
        if (origin >= 0)
            runs[origin] = true;
    }
    for (int i = 0; i < tokens.size(); ++i) {
        const TemplateToken &t = tokens.at(i);
        if (!t.isErb() || t.kind == TemplateToken::Kind::ErbComment || runs.at(i))
            continue;
        const QString written = QString::fromUtf8(c.text(t.begin, t.end));
        const QString message =
            inLinkAddress(bytes, t.begin)
                ? tr("In an .erb.md page markdown runs before ERB, so the live site never runs "
                     "%1: the link's address becomes “%=%20…%20%”. Rename the file to .md.erb, "
                     "or write the link as HTML: <a href=\"%1\">…</a>")
                : tr("In an .erb.md page markdown runs before ERB, so the live site prints %1 "
                     "as text instead of running it. Rename the file to .md.erb, or put the tag "
                     "inside an HTML tag or block");
        c.add(QStringLiteral("template-erb-md-not-run"), Diagnostic::Severity::Error,
              message.arg(written), t.begin, t.end);
    }
}

} // namespace Tilmech
