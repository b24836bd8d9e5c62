#pragma once

#include "base/onceperkey.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Tilmech {

class Project;

// The links of one language's rendered pages, rewritten for an export bundle: links between
// exported pages made relative, local files the pages use collected and linked relatively,
// links to pages outside the bundle made absolute to the live site, and links that are
// unevaluated template text reported as broken. Reads href= and src= of each tag
// (HtmlAttributes).
class LinkRewriter
{
public:
    // What assetSource found for each (language, path), shared by the rewriters of one
    // export: each look costs several system calls.
    using AssetLookups = OncePerKey<QString>;

    LinkRewriter(const Project &project, const QString &language, const QByteArray &country,
                 const QString &siteUrl, const QSet<QString> &pages,
                 AssetLookups *lookups = nullptr);

    // `html` of page `page` at bundle path `output`, its links rewritten; the assets it uses
    // are added to `assets`, the links that lead nowhere to `broken`.
    QByteArray rewrite(const QByteArray &html, const QString &page, const QString &output,
                       QSet<QString> *assets, QStringList *broken) const;

    // The site file a bundle asset comes from, or empty: a regular file (not a link) inside
    // i18n/public/<lang>/ or public/ that is not a page source.
    QString assetSource(const QString &path) const;

    // A '/'-separated relative path that stays inside its root: no "..", no absolute part.
    static bool isContained(const QString &path);

private:
    QString findAssetSource(const QString &path) const;
    QByteArray url(QByteArray value, const QString &page, const QString &output,
                   QSet<QString> *assets, QStringList *broken) const;

    const Project &m_project;
    QString m_language;
    QByteArray m_country;
    QByteArray m_siteUrl;
    const QSet<QString> &m_pages;
    AssetLookups *m_lookups;
};

} // namespace Tilmech
