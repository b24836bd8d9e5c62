#include "export/linkrewriter.h"

#include "base/charclass.h"
#include "base/html.h"
#include "base/htmlattributes.h"
#include "export/exporter.h"
#include "site/pagefile.h"
#include "site/project.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <algorithm>
#include <cctype>

namespace Tilmech {

namespace {

// Whether an attribute value is template text that was not evaluated (a placeholder of a
// blocked or broken tag): a link that leads nowhere, reported rather than rewritten.
bool isTemplateText(const QByteArray &value)
{
    for (const char *marker :
         {"<%", "%>", "%=", "&lt;%", "%&gt;", "{{", "}}", "&#123;&#123;", "&#125;&#125;"}) {
        if (value.contains(marker))
            return true;
    }
    return false;
}

bool hasScheme(const QByteArray &value)
{
    if (value.isEmpty() || !CharClass::isAsciiLetter(value[0]))
        return false;
    for (const char c : value) {
        if (c == ':')
            return true;
        if (!CharClass::isAsciiAlnum(c) && c != '+' && c != '-' && c != '.')
            return false;
    }
    return false;
}

// The URL path of a page on the live site: "promote/press-kit" → "/promote/press-kit",
// "promote/index" → "/promote/", "index" → "/".
QString pageUrlPath(const QString &page)
{
    if (page == QLatin1String("index"))
        return QStringLiteral("/");
    if (page.endsWith(QLatin1String("/index")))
        return QLatin1Char('/') + page.chopped(5);
    return QLatin1Char('/') + page;
}

} // namespace

LinkRewriter::LinkRewriter(const Project &project, const QString &language,
                           const QByteArray &country, const QString &siteUrl,
                           const QSet<QString> &pages, AssetLookups *lookups)
    : m_project(project), m_language(language), m_country(country), m_siteUrl(siteUrl.toUtf8()),
      m_pages(pages), m_lookups(lookups)
{
    while (m_siteUrl.endsWith('/'))
        m_siteUrl.chop(1);
}

bool LinkRewriter::isContained(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral(".")) &&
           !parts.contains(QString());
}

QString LinkRewriter::assetSource(const QString &path) const
{
    if (!m_lookups)
        return findAssetSource(path);
    return m_lookups->get(m_language + QLatin1Char('\n') + path,
                          [&] { return findAssetSource(path); });
}

QString LinkRewriter::findAssetSource(const QString &path) const
{
    if (!isContained(path))
        return QString();
    PageVariant variant;
    if (PageFile::classify(QFileInfo(path).fileName(), nullptr, &variant))
        return QString();
    const QDir root(m_project.root());
    for (const QString &base : {QStringLiteral("i18n/public/") + m_language + QLatin1Char('/'),
                                QStringLiteral("public/")}) {
        const QFileInfo info(root.filePath(base + path));
        if (!info.isFile() || info.isSymLink())
            continue;
        const QString canonical = info.canonicalFilePath();
        if (!canonical.startsWith(QDir(root.filePath(base)).canonicalPath() + QLatin1Char('/')))
            continue; // a folder on the way is a link that leaves the site
        return canonical;
    }
    return QString();
}

QByteArray LinkRewriter::rewrite(const QByteArray &html, const QString &page, const QString &output,
                                 QSet<QString> *assets, QStringList *broken) const
{
    QByteArray out;
    out.reserve(html.size() + 1024);
    qsizetype copied = 0;
    HtmlAttributes attributes(html, {QByteArrayLiteral("href"), QByteArrayLiteral("src")},
                              HtmlAttributes::Scope::InTags);
    HtmlAttributes::Found found;
    while (attributes.next(found)) {
        if (found.quote) {
            // A value whose quote is not closed before the next tag runs into the tags after
            // it (the live site passes such a tag through, and a browser reads on to the next
            // quote). Its text up to there is rewritten as the address, and those tags' links
            // too, so that nothing in the bundle leads back to the site whichever way a
            // reader takes it.
            const qsizetype next = HtmlAttributes::nextTag(
                html, found.begin, found.end < 0 ? html.size() : found.end, true);
            if (next >= 0) {
                out.append(QByteArrayView(html).sliced(copied, found.begin - copied));
                out.append(
                    url(html.mid(found.begin, next - found.begin), page, output, assets, broken));
                copied = next;
                attributes.skipTo(next);
                continue;
            }
        }
        if (found.end < 0)
            continue;
        const QByteArray value = html.mid(found.begin, found.end - found.begin);
        const QByteArray replaced = url(value, page, output, assets, broken);
        if (replaced != value) {
            out.append(QByteArrayView(html).sliced(copied, found.begin - copied));
            out.append(replaced);
            copied = found.end;
        }
    }
    out.append(QByteArrayView(html).sliced(copied));
    return out;
}

QByteArray LinkRewriter::url(QByteArray value, const QString &page, const QString &output,
                             QSet<QString> *assets, QStringList *broken) const
{
    if (isTemplateText(value)) {
        broken->append(QString::fromUtf8(Html::unescaped(value)));
        return value;
    }
    if (value.isEmpty() || value.startsWith('#') || value.startsWith('?'))
        return value;
    if (value.startsWith("//"))
        return "https:" + value; // a bundle opened from disk has no scheme to borrow
    if (hasScheme(value)) {
        // The live site's own address leads to the bundle's copy when there is one.
        const QByteArray lower = value.toLower();
        const QByteArray site = m_siteUrl.toLower();
        if (lower == site)
            value = "/";
        else if (lower.startsWith(site + '/') || lower.startsWith(site + '#'))
            value = value.mid(m_siteUrl.size());
        else
            return value;
    } else if (!value.startsWith('/')) {
        // Relative to the page's address on the live site.
        const QUrl base(QStringLiteral("https://site.invalid") + pageUrlPath(page));
        value = base.resolved(QUrl::fromEncoded(value))
                    .toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    }
    QByteArray path = value;
    const qsizetype hash = path.indexOf('#');
    const qsizetype query = path.indexOf('?');
    const qsizetype cut = std::min(hash < 0 ? path.size() : hash, query < 0 ? path.size() : query);
    const QByteArray suffix = path.mid(cut);
    path.truncate(cut);
    // Pages and files alike are named below the /<country>/<lang> prefix, as the live
    // router reads it (resolve_url, localized_image).
    const QString rest =
        Project::siteUrlPath(QString::fromUtf8(QByteArray::fromPercentEncoding(path)),
                             QString::fromUtf8(m_country), {m_language})
            .parts.join(QLatin1Char('/'));
    const QString name = m_project.pageForUrlPath(rest);
    if (m_pages.contains(name)) {
        const QString target = Exporter::outputPath(m_language, name);
        return QUrl::toPercentEncoding(Exporter::relativePath(output, target), "/") + suffix;
    }
    const QString &asset = rest;
    if (!assetSource(asset).isEmpty()) {
        assets->insert(asset);
        const QString target = m_language + QLatin1Char('/') + asset;
        return QUrl::toPercentEncoding(Exporter::relativePath(output, target), "/") + suffix;
    }
    return m_siteUrl + value; // a page or file the bundle does not have: the live site's
}

} // namespace Tilmech
