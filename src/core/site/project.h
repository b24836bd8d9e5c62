#pragma once

#include "base/diagnostic.h"
#include "base/onceperkey.h"
#include "site/pagefile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace Tilmech {

class Catalog;

// A logical page (`promote/press-kit`) and every file that stands for it, in all languages.
struct Page
{
    QString name;
    QVector<PageFile> files; // sorted by language, then variant priority

    QVector<PageFile> filesFor(const QString &language) const;
    bool has(const QString &language) const;
    // The file that renders the page in `language`: for English the first variant in
    // priority order; for a translation the file with the same variant as that English file,
    // else its own first variant. Null when the language has no file.
    const PageFile *preferred(const QString &language) const;
    // The English file a translation `file` of this page is checked and rendered against:
    // the one with the same variant, else the page's English file. Null when there is none.
    const PageFile *englishSourceFor(const PageFile &file) const;
};

// A site folder laid out as docs/page-format.md describes: English pages under public/,
// translations under i18n/public/<lang>/, locale strings in i18n/<lang>.yml, partials in views/ and
// i18n/views/<lang>/, settings in config.json. Opening indexes the page files; locale
// strings load on first use and are shared by every thread that renders.
class Project
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    static std::shared_ptr<const Project> open(const QString &path, QString *error);
    // The same site indexed again (files added or removed since), sharing the locale strings
    // this one has loaded: they are not read again unless forgotten.
    std::shared_ptr<const Project> reindexed() const;

    const QString &root() const { return m_root; }
    // Languages with translated pages or locale strings, without "en".
    const QStringList &languages() const { return m_languages; }
    const QVector<Page> &pages() const { return m_pages; }
    const Page *page(const QString &name) const;
    // The page file at `path` (absolute, or relative to the working folder or the site).
    PageFile fileForPath(const QString &path) const;
    // Non-page files under public/ (images, stylesheets, documents), relative paths.
    const QStringList &assets() const { return m_assets; }
    const QJsonObject &config() const { return m_config; }
    // Problems found while opening that did not stop it (e.g. a broken config.json).
    const Diagnostics &problems() const { return m_problems; }

    // The locale strings of a language: "i18n/<lang>.yml" as reports show it, and its path.
    static QString catalogFile(const QString &language);
    QString catalogPath(const QString &language) const;
    // Locale strings of a language; an empty catalog when the file is missing.
    std::shared_ptr<const Catalog> catalog(const QString &language) const;
    // Drops the loaded strings of a language: the next catalog() reads the file again.
    void forgetCatalog(const QString &language) const;

    // The file of partial `name` (e.g. "urls/learn"), searching i18n/views/<language>/ first,
    // then views/; extensions .haml, .erb, .md, .html in that order. Empty when none exists
    // or the name tries to leave the views folders.
    QString findView(const QString &name, const QString &language) const;

    // The page a site URL path names ("/promote/resources" → "promote/resources",
    // "/" → "index", "/how-to" → "how-to/index" when that exists).
    QString pageForUrlPath(const QString &path) const;

    // What a site URL path names once the live router has read its /<country>/<lang> prefix
    // (resolve_url, hoc_uri and localized_image write it): "/kg/ky/images/x.png" → language
    // "ky", parts {"images", "x.png"}. The country is dropped when it is `country`, the
    // language when it is one of `languages` (the first of them otherwise). Empty parts go;
    // "." and ".." stay, for the caller to refuse.
    struct SiteUrlPath
    {
        QString language;
        QStringList parts;
    };
    static SiteUrlPath siteUrlPath(const QString &path, const QString &country,
                                   const QStringList &languages);
    bool hasPage(const QString &name) const { return m_byName.contains(name); }

private:
    void index();
    QString locateView(const QString &name, const QString &language) const;
    void indexFolder(const QString &folder, const QString &language,
                     QMap<QString, QVector<PageFile>> &files);

    QString m_root;
    QStringList m_languages;
    QVector<Page> m_pages;
    QHash<QString, int> m_byName;
    QStringList m_assets;
    QJsonObject m_config;
    Diagnostics m_problems;

    mutable QMutex m_viewMutex;
    mutable QHash<QString, QString> m_views; // "language\nname" → file
    // Loaded by the first thread that asks; threads asking for other languages load theirs
    // at the same time.
    mutable OncePerKey<std::shared_ptr<const Catalog>> m_catalogs;
};

} // namespace Tilmech
