#include "site/project.h"

#include "base/filereader.h"
#include "strings/catalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

namespace Tilmech {

namespace {

const QString English = QStringLiteral("en");

bool isSafeRelativeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QChar(0)))
        return false;
    const auto parts = QStringView(name).split(QLatin1Char('/'));
    for (const QStringView part : parts) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    return true;
}

} // namespace

QVector<PageFile> Page::filesFor(const QString &language) const
{
    QVector<PageFile> result;
    for (const PageFile &f : files) {
        if (f.language == language)
            result.append(f);
    }
    return result;
}

bool Page::has(const QString &language) const
{
    return std::any_of(files.cbegin(), files.cend(),
                       [&](const PageFile &f) { return f.language == language; });
}

const PageFile *Page::englishSourceFor(const PageFile &file) const
{
    for (const PageFile &f : files) {
        if (f.isEnglish() && f.variant == file.variant)
            return &f;
    }
    return preferred(QStringLiteral("en"));
}

const PageFile *Page::preferred(const QString &language) const
{
    const PageFile *english = nullptr;
    const PageFile *first = nullptr;
    for (const PageFile &f : files) {
        if (f.language == English && !english)
            english = &f;
        if (f.language == language && !first)
            first = &f;
    }
    if (language == English || !first || !english)
        return first;
    for (const PageFile &f : files) {
        if (f.language == language && f.variant == english->variant)
            return &f;
    }
    return first;
}

std::shared_ptr<const Project> Project::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = tr("The site folder %1 does not exist").arg(path);
        return nullptr;
    }
    if (!info.isDir()) {
        if (error)
            *error = tr("%1 is a file, not a site folder; open the folder that holds "
                        "public/, i18n/ and views/")
                         .arg(path);
        return nullptr;
    }
    const QDir dir(info.absoluteFilePath());
    if (!dir.exists(QStringLiteral("public")) && !dir.exists(QStringLiteral("i18n/public"))) {
        if (error)
            *error = tr("%1 is not a site folder: it has neither public/ (English pages) nor "
                        "i18n/public/ (translations); open the folder that holds them")
                         .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    auto project = std::shared_ptr<Project>(new Project);
    project->m_root = dir.canonicalPath();
    project->index();
    return project;
}

std::shared_ptr<const Project> Project::reindexed() const
{
    auto project = std::shared_ptr<Project>(new Project);
    project->m_root = m_root;
    project->index();
    project->m_catalogs = m_catalogs;
    return project;
}

void Project::index()
{
    const QDir root(m_root);
    QMap<QString, QVector<PageFile>> files;
    indexFolder(QStringLiteral("public"), English, files);

    QStringList languages;
    const QDir translations(root.filePath(QStringLiteral("i18n/public")));
    // A language folder that is a link is not looked into, like any other link in the site.
    const QStringList langDirs =
        translations.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &lang : langDirs) {
        indexFolder(QStringLiteral("i18n/public/") + lang, lang, files);
        languages.append(lang);
    }
    const QStringList ymls = QDir(root.filePath(QStringLiteral("i18n")))
                                 .entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (const QString &yml : ymls) {
        const QString lang = yml.chopped(4);
        if (lang != English && !languages.contains(lang))
            languages.append(lang);
    }
    std::sort(languages.begin(), languages.end());
    m_languages = languages;

    for (auto it = files.begin(); it != files.end(); ++it) {
        Page page;
        page.name = it.key();
        page.files = it.value();
        std::sort(page.files.begin(), page.files.end(), [](const PageFile &a, const PageFile &b) {
            if (a.language != b.language) {
                if (a.language == English || b.language == English)
                    return a.language == English;
                return a.language < b.language;
            }
            return int(a.variant) < int(b.variant);
        });
        m_byName.insert(page.name, int(m_pages.size()));
        m_pages.append(page);
    }
    std::sort(m_assets.begin(), m_assets.end());

    const QString configPath = root.filePath(QStringLiteral("config.json"));
    const QFileInfo config(configPath);
    if (config.exists() || config.isSymLink()) {
        QString readError;
        const std::optional<QByteArray> read = FileReader::read(configPath, &readError);
        if (!read) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.code = QStringLiteral("config-unreadable");
            d.message = tr("Cannot read config.json: %1").arg(readError);
            d.file = configPath;
            m_problems.append(d);
        } else {
            const QByteArray &bytes = *read;
            QJsonParseError parseError;
            const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
                Diagnostic d;
                d.severity = Diagnostic::Severity::Warning;
                d.code = QStringLiteral("config-invalid");
                d.message =
                    parseError.error != QJsonParseError::NoError
                        ? tr("config.json is not valid JSON: %1").arg(parseError.errorString())
                        : tr("config.json must hold a JSON object");
                d.file = configPath;
                const QByteArray before = bytes.left(parseError.offset);
                d.line = int(before.count('\n')) + 1;
                d.column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
                m_problems.append(d);
            } else {
                m_config = json.object();
            }
        }
    }
}

void Project::indexFolder(const QString &folder, const QString &language,
                          QMap<QString, QVector<PageFile>> &files)
{
    const QDir root(m_root);
    const QString base = root.filePath(folder);
    if (!QFileInfo(base).isDir())
        return;
    QDirIterator it(base, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir baseDir(base);
    while (it.hasNext()) {
        const QString absolute = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue; // never follow links out of the site
        const QString relative = baseDir.relativeFilePath(absolute);
        QString stem;
        PageVariant variant;
        if (!PageFile::classify(relative, &stem, &variant)) {
            if (language == English)
                m_assets.append(relative);
            continue;
        }
        PageFile file;
        file.name = stem;
        file.language = language;
        file.variant = variant;
        file.relativePath = folder + QLatin1Char('/') + relative;
        file.absolutePath = absolute;
        files[stem].append(file);
    }
}

const Page *Project::page(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_pages.at(*it);
}

PageFile Project::fileForPath(const QString &path) const
{
    QFileInfo info(path);
    if (info.isRelative() && !info.exists())
        info = QFileInfo(QDir(m_root).filePath(path));
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    for (const Page &page : m_pages) {
        for (const PageFile &f : page.files) {
            if (f.absolutePath == canonical)
                return f;
        }
    }
    return {};
}

QString Project::catalogFile(const QString &language)
{
    return QStringLiteral("i18n/") + language + QStringLiteral(".yml");
}

QString Project::catalogPath(const QString &language) const
{
    return QDir(m_root).filePath(catalogFile(language));
}

std::shared_ptr<const Catalog> Project::catalog(const QString &language) const
{
    return m_catalogs.get(language, [&] {
        const QString path = catalogPath(language);
        // A link (even a dangling one) is read, to be refused with its reason, not taken for
        // a missing file that a save would then create through the link.
        const QFileInfo info(path);
        return info.exists() || info.isSymLink() ? Catalog::load(path)
                                                 : Catalog::fromBytes(QByteArray(), path, language);
    });
}

void Project::forgetCatalog(const QString &language) const
{
    m_catalogs.forget(language);
}

QString Project::findView(const QString &name, const QString &language) const
{
    const QString key = language + QLatin1Char('\n') + name;
    {
        QMutexLocker lock(&m_viewMutex);
        const auto it = m_views.constFind(key);
        if (it != m_views.cend())
            return it.value();
    }
    const QString found = locateView(name, language);
    QMutexLocker lock(&m_viewMutex);
    m_views.insert(key, found);
    return found;
}

QString Project::locateView(const QString &name, const QString &language) const
{
    if (!isSafeRelativeName(name))
        return QString();
    // The live site takes the first of the view's files in sorted order.
    static const char *const extensions[] = {".erb", ".haml", ".html", ".md"};
    const QDir root(m_root);
    const QString folders[] = {QStringLiteral("i18n/views/") + language + QLatin1Char('/'),
                               QStringLiteral("views/")};
    for (const QString &folder : folders) {
        if (folder.startsWith(QLatin1String("i18n")) && !isSafeRelativeName(language))
            continue;
        for (const char *ext : extensions) {
            const QString candidate = root.filePath(folder + name + QLatin1String(ext));
            const QFileInfo info(candidate);
            if (info.isFile() && !info.isSymLink())
                return candidate;
        }
    }
    return QString();
}

QString Project::pageForUrlPath(const QString &urlPath) const
{
    QString path = urlPath;
    const qsizetype hash = path.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        path.truncate(hash);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    if (query >= 0)
        path.truncate(query);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        return QStringLiteral("index");
    if (m_byName.contains(path))
        return path;
    const QString index = path + QStringLiteral("/index");
    if (m_byName.contains(index))
        return index;
    return path;
}

Project::SiteUrlPath Project::siteUrlPath(const QString &path, const QString &country,
                                          const QStringList &languages)
{
    SiteUrlPath result;
    result.language = languages.value(0);
    result.parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!result.parts.isEmpty() && !country.isEmpty() && result.parts.first() == country)
        result.parts.removeFirst();
    if (!result.parts.isEmpty() && languages.contains(result.parts.first()))
        result.language = result.parts.takeFirst();
    return result;
}

} // namespace Tilmech
