#include "check/urlchecks.h"

#include "analysis/pageanalysis.h"
#include "base/bytesearch.h"
#include "check/checkcontext.h"
#include "render/anchorindex.h"
#include "render/renderer.h"
#include "site/project.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;

bool isAbsolute(const QByteArray &url)
{
    const qsizetype colon = url.indexOf(':');
    if (url.startsWith("//") || url.startsWith("www."))
        return true;
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const char c = url[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9') ||
              c == '+' || c == '-' || c == '.'))
            return false;
    }
    return true;
}

bool validEmail(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return pattern.match(address).hasMatch();
}

class Checker
{
public:
    explicit Checker(CheckContext &c) : m_c(c), m_page(*c.page) {}

    void run()
    {
        for (const PageTag &tag : m_page.tags())
            checkTag(tag);
        for (const OutlineBlock &block : m_page.outline().blocks()) {
            if (block.kind == OutlineBlock::Kind::Code)
                continue;
            for (const OutlineLink &link : block.links) {
                if (link.tag < 0)
                    checkLiteral(link, block);
            }
        }
        checkBrokenSyntax();
    }

private:
    // A site path ("/promote/resources#x"): the page or asset must exist, the fragment must
    // be an anchor of the page.
    void checkSitePath(const QByteArray &url, qsizetype b, qsizetype e, const QString &shown)
    {
        if (!m_c.project)
            return;
        QString path = QString::fromUtf8(url);
        QString fragment;
        const qsizetype hash = path.indexOf(QLatin1Char('#'));
        if (hash >= 0) {
            fragment = path.mid(hash + 1);
            path.truncate(hash);
        }
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        if (query >= 0)
            path.truncate(query);
        const QString name = m_c.project->pageForUrlPath(path);
        const bool isPage = m_c.project->hasPage(name);
        QString asset = path;
        while (asset.startsWith(QLatin1Char('/')))
            asset.remove(0, 1);
        const bool isAsset =
            !isPage && (m_c.project->assets().contains(asset) ||
                        QFileInfo(QDir(m_c.project->root())
                                      .filePath(QStringLiteral("i18n/public/") + m_c.language +
                                                QLatin1Char('/') + asset))
                            .isFile());
        if (!isPage && !isAsset) {
            m_c.add(QStringLiteral("url-page-missing"), S::Error,
                    UrlChecks::tr("%1 leads to /%2, which is no page or file of this site; use "
                                  "the path of an existing page")
                        .arg(shown, path.startsWith(QLatin1Char('/')) ? path.mid(1) : path),
                    b, e, QString::fromUtf8(url));
            return;
        }
        if (isPage && !fragment.isEmpty() && m_c.anchors) {
            const QSet<QString> anchors = m_c.anchors->anchors(name, m_c.language, m_c.country);
            if (!anchors.contains(fragment)) {
                QStringList known = anchors.values();
                known.sort();
                m_c.add(QStringLiteral("url-fragment-missing"), S::Error,
                        UrlChecks::tr("%1: the page %2 has no anchor “%3”%4")
                            .arg(shown, name, fragment,
                                 known.isEmpty() ? UrlChecks::tr(" (it has no anchors at all)")
                                                 : UrlChecks::tr("; its anchors are: %1")
                                                       .arg(known.join(QLatin1String(", ")))),
                        b, e, QString::fromUtf8(url));
            }
        }
    }

    void checkTag(const PageTag &tag)
    {
        const TemplateToken &t = m_page.tokens().at(tag.token);
        if (!Outline::isActiveTag(t, m_page.variant()))
            return;
        const QString written = QString::fromUtf8(tag.written);
        if (t.kind == TemplateToken::Kind::Include) {
            checkInclude(tag, t, written);
            return;
        }
        if (!tag.expr || !tag.valid || !tag.canonical.startsWith('='))
            return;
        const Expr *e = tag.expr.get();
        while (e->kind == Expr::Kind::Call && e->receiver)
            e = e->receiver.get();
        if (e->kind != Expr::Kind::Call || e->receiver || e->args.size() != 1 ||
            e->args[0].kind != Expr::Kind::String)
            return;
        const QByteArray url = e->args[0].value;
        if (e->name == "resolve_url" || e->name == "hoc_uri") {
            const bool codeOrg = url.toLower().contains("code.org");
            if (e->name == "resolve_url" && codeOrg)
                return checkAbsolute(url, t.begin, t.end, written);
            if (isAbsolute(url)) {
                m_c.add(QStringLiteral("url-absolute-in-resolve-url"), S::Error,
                        UrlChecks::tr("%1: %2 turns an absolute URL into the broken path "
                                      "“/%3/%4/%5”; write the URL without %2")
                            .arg(written, QString::fromUtf8(e->name), m_c.country, m_c.language,
                                 QString::fromUtf8(url)),
                        t.begin, t.end, QString::fromUtf8(url));
                return;
            }
            checkSitePath(url.startsWith('/') ? url : '/' + url, t.begin, t.end, written);
        } else if (e->name == "codeorg_url") {
            if (isAbsolute(url))
                m_c.add(QStringLiteral("url-malformed"), S::Error,
                        UrlChecks::tr("%1: codeorg_url takes a path on code.org such as "
                                      "'/learn', not a whole URL")
                            .arg(written),
                        t.begin, t.end, QString::fromUtf8(url));
        }
    }

    // {{ urls/learn }} and the like: the partial's output is a site URL.
    void checkInclude(const PageTag &tag, const TemplateToken &t, const QString &written)
    {
        if (!tag.valid || !m_c.renderer || !m_c.project)
            return;
        const QByteArray name = tag.canonical.mid(2, tag.canonical.size() - 4);
        if (m_c.project->findView(QString::fromUtf8(name), m_c.language).isEmpty())
            return; // reported by the template checks
        const QByteArray output =
            m_c.renderer->renderPartial(QString::fromUtf8(name), m_c.language, m_c.country)
                .trimmed();
        if (output.isEmpty() || output.contains('<') || output.contains(' ') ||
            output.contains('\n'))
            return; // not a URL
        if (isAbsolute(output)) {
            checkAbsolute(output, t.begin, t.end, written);
            return;
        }
        if (!output.startsWith('/'))
            return;
        // Drop /<country>/<language> to get the site path.
        QByteArray path = output;
        const QByteArray prefix = '/' + m_c.country.toUtf8();
        if (path.startsWith(prefix + '/') || path == prefix)
            path = path.mid(prefix.size());
        const QByteArray lang = '/' + m_c.language.toUtf8();
        if (path.startsWith(lang + '/') || path == lang)
            path = path.mid(lang.size());
        checkSitePath(path.isEmpty() ? "/" : path, t.begin, t.end, written);
    }

    void checkAbsolute(const QByteArray &url, qsizetype b, qsizetype e, const QString &shown)
    {
        QByteArray full = url;
        if (!isAbsolute(url) && url.toLower().startsWith("code.org"))
            full = "https://" + url;
        if (full.startsWith("//"))
            full = "https:" + full;
        const QUrl parsed(QString::fromUtf8(full), QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || full.contains(' ')) {
            m_c.add(QStringLiteral("url-malformed"), S::Error,
                    UrlChecks::tr("%1: “%2” is not a well-formed URL")
                        .arg(shown, QString::fromUtf8(url)),
                    b, e, QString::fromUtf8(url));
        }
    }

    void checkLiteral(const OutlineLink &link, const OutlineBlock &block)
    {
        const QByteArray &url = link.destination;
        const qsizetype b = link.begin >= 0 ? link.begin : block.begin;
        const qsizetype e = link.begin >= 0 ? link.end : block.begin;
        if (url.isEmpty() || url.contains('^') || url.contains("%="))
            return; // empty, built from tags, or a tag that lost its '<' (reported as such)
        const QString shown = QString::fromUtf8(url);
        if (url.toLower().startsWith("mailto:")) {
            QString address = QString::fromUtf8(QByteArray::fromPercentEncoding(url.mid(7)));
            const qsizetype q = address.indexOf(QLatin1Char('?'));
            if (q >= 0)
                address.truncate(q);
            if (!validEmail(address))
                m_c.add(QStringLiteral("url-malformed"), S::Error,
                        UrlChecks::tr("“%1” is not a valid e-mail address").arg(address), b, e,
                        shown);
            return;
        }
        if (link.kind == OutlineLink::Kind::Autolink && url.contains('@') && !url.contains(':'))
            return;
        if (isAbsolute(url)) {
            if (url.startsWith("http") || url.startsWith("//") || url.startsWith("www."))
                checkAbsolute(url, b, e, shown);
            return;
        }
        if (url.startsWith('#'))
            return; // an anchor of this page
        if (url.startsWith('/')) {
            m_c.add(QStringLiteral("link-site-relative"), S::Warning,
                    UrlChecks::tr("The link %1 leaves out the country and language; write "
                                  "<%= resolve_url('%1') %> instead")
                        .arg(shown),
                    b, e, shown);
            return;
        }
        if (url.contains(' ') || url.contains('<') || url.contains('>'))
            m_c.add(QStringLiteral("url-malformed"), S::Error,
                    UrlChecks::tr("“%1” is not a well-formed URL").arg(shown), b, e, shown);
    }

    // "\\[text\\] (url)": escaped brackets make no link, the address after them shows as text.
    // (Unescaped, "[text] (url)" is a link on the live site: Redcarpet allows the space.)
    void checkBrokenSyntax()
    {
        const QByteArray &masked = m_page.outline().maskedBody();
        const qsizetype base = m_page.document().bodyOffset();
        // Most pages have no "]" followed by blanks and "(": they skip the expression, and the
        // page's conversion to UTF-16 it needs.
        bool candidate = false;
        for (qsizetype at = masked.indexOf(']'); at >= 0 && !candidate;
             at = masked.indexOf(']', at + 1)) {
            qsizetype next = at + 1;
            while (next < masked.size() && (masked[next] == ' ' || masked[next] == '\t'))
                ++next;
            candidate = next > at + 1 && next < masked.size() && masked[next] == '(';
        }
        if (!candidate)
            return;
        static const QRegularExpression pattern(
            QStringLiteral("(\\\\\\[[^\\]\\n]*\\\\?\\])[ "
                           "\\t]+\\(((?:https?:|mailto:|/|www\\.|\\^|\\{\\{)[^)\\s]*)\\)"));
        const QString text = QString::fromUtf8(masked);
        auto it = pattern.globalMatch(text);
        // Matches come in order: their byte offsets are counted on from the previous one.
        qsizetype counted16 = 0, counted8 = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            counted8 +=
                QStringView(text).sliced(counted16, m.capturedStart() - counted16).toUtf8().size();
            counted16 = m.capturedStart();
            const qsizetype b = base + counted8;
            const qsizetype e = b + m.captured(0).toUtf8().size();
            if (m_page.outline().inCode(b))
                continue;
            const QByteArray written = m_page.document().bytes().mid(b, e - b);
            QByteArray fixed = written;
            const qsizetype close = fixed.indexOf("] ");
            const qsizetype paren = fixed.indexOf('(', close);
            if (close >= 0 && paren > close)
                fixed.remove(close + 1, paren - close - 1);
            if (fixed.startsWith("\\[")) {
                fixed.remove(0, 1);
                const qsizetype escaped = fixed.indexOf("\\]");
                if (escaped >= 0)
                    fixed.remove(escaped, 1);
            }
            Diagnostic &d = m_c.add(
                QStringLiteral("link-broken-syntax"), S::Error,
                UrlChecks::tr("This is not a link: markdown needs ] and ( side by side; write %1")
                    .arg(QString::fromUtf8(fixed)),
                b, e, QString::fromUtf8(fixed));
            d.setFix(QString::fromUtf8(fixed));
        }
    }

    CheckContext &m_c;
    const PageAnalysis &m_page;
};

} // namespace

void UrlChecks::run(CheckContext &context)
{
    Checker(context).run();
}

} // namespace Tilmech
