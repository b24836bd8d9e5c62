#include "export/exporter.h"

#include "analysis/pageanalysis.h"
#include "base/bytesearch.h"
#include "base/filereader.h"
#include "base/filewriter.h"
#include "base/html.h"
#include "base/onceperkey.h"
#include "base/sha256.h"
#include "check/validator.h"
#include "export/exporttarget.h"
#include "export/unexportablenames.h"
#include "render/renderer.h"
#include "site/project.h"
#include "version.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <QWaitCondition>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <zip.h>

namespace Tilmech {

namespace {

struct Planned
{
    QString language;
    const PageFile *file = nullptr;
    bool fallback = false; // the English file, shown because there is no translation
    QString output;
};

// What exporting one page gave.
struct Outcome
{
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    Diagnostics findings; // errors and warnings
    bool written = false;
    QString writeError;
    QJsonObject item; // the page's manifest entry
    QSet<QString> assets;
    QStringList broken;
};

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(Sha256::hex(bytes));
}

// A '/'-separated relative path that stays inside its root: no "..", no absolute part.
bool isContained(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QChar(0)))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral(".")) &&
           !parts.contains(QString());
}

using Folders = OncePerKey<bool>; // folder path → made

bool writeFile(const QString &path, const QByteArray &bytes, Folders &folders, QString *error)
{
    const QString folder = QFileInfo(path).path();
    if (!folders.get(folder, [&] { return QDir().mkpath(folder); })) {
        *error = Exporter::tr("cannot create the folder %1").arg(folder);
        return false;
    }
    return FileWriter::write(path, bytes, error);
}

// A zip at `path` of `entries`, files of `folder` named by their '/'-separated paths.
bool writeZip(const QString &path, const QString &folder, const QStringList &entries,
              QString *error)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t zerror;
        zip_error_init_with_code(&zerror, code);
        *error = QString::fromUtf8(zip_error_strerror(&zerror));
        zip_error_fini(&zerror);
        return false;
    }
    for (const QString &entry : entries) {
        const QByteArray file = QFile::encodeName(QDir(folder).filePath(entry));
        zip_source_t *source = zip_source_file(zip, file.constData(), 0, -1);
        if (!source ||
            zip_file_add(zip, entry.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            *error = QString::fromUtf8(zip_strerror(zip));
            if (source)
                zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    if (zip_close(zip) != 0) {
        *error = QString::fromUtf8(zip_strerror(zip));
        zip_discard(zip);
        return false;
    }
    return true;
}

// Swaps two paths in one step (Linux renameat2), or renames when `to` does not exist.
bool swapInto(const QString &from, const QString &to, bool exists, QString *error)
{
    const QByteArray a = QFile::encodeName(from), b = QFile::encodeName(to);
    const int result =
        exists ? ::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_EXCHANGE)
               : ::rename(a.constData(), b.constData());
    if (result != 0) {
        *error = Exporter::tr("cannot move the bundle into place at %1: %2")
                     .arg(to, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

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

// What an export leaves out of a page because Tilmech cannot interpret it: each tag with
// its line and the reason, so that the release person can find it.
QJsonArray leftOut(const RenderResult &rendered, const Document &doc, const QString &root)
{
    QJsonArray list;
    for (const Placeholders::Item &item : rendered.placeholders) {
        QJsonObject entry{{QStringLiteral("text"), QString::fromUtf8(item.shown)},
                          {QStringLiteral("reason"), item.reason}};
        if (!item.view.isEmpty())
            entry.insert(QStringLiteral("view"), QDir(root).relativeFilePath(item.view));
        else if (item.sourceBegin >= 0)
            entry.insert(QStringLiteral("line"), doc.lines().position(item.sourceBegin).line);
        list.append(entry);
    }
    return list;
}

bool hasScheme(const QByteArray &value)
{
    if (value.isEmpty() || !std::isalpha(static_cast<unsigned char>(value[0])))
        return false;
    for (const char c : value) {
        if (c == ':')
            return true;
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
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

// What assetSource found for each (language, path): each look costs several system calls.
using AssetLookups = OncePerKey<QString>;

// Links of one language's rendered pages, rewritten for the bundle.
class LinkRewriter
{
public:
    LinkRewriter(const Project &project, const QString &language, const QByteArray &country,
                 const QString &siteUrl, const QSet<QString> &pages,
                 AssetLookups *lookups = nullptr)
        : m_project(project), m_language(language), m_country(country), m_siteUrl(siteUrl.toUtf8()),
          m_pages(pages), m_lookups(lookups)
    {
        while (m_siteUrl.endsWith('/'))
            m_siteUrl.chop(1);
    }

    // The site file a bundle asset comes from, or empty: a regular file (not a link) inside
    // i18n/public/<lang>/ or public/ that is not a page source.
    QString assetSource(const QString &path) const
    {
        if (!m_lookups)
            return findAssetSource(path);
        return m_lookups->get(m_language + QLatin1Char('\n') + path,
                              [&] { return findAssetSource(path); });
    }

    QString findAssetSource(const QString &path) const
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

    // The first "<" and letter (or "</") in [from, to), or -1.
    static qsizetype nextTag(const QByteArray &html, qsizetype from, qsizetype to)
    {
        for (qsizetype at = html.indexOf('<', from); at >= 0 && at + 1 < to;
             at = html.indexOf('<', at + 1)) {
            const char c = html[at + 1];
            if (std::isalpha(static_cast<unsigned char>(c)) || c == '/')
                return at;
        }
        return -1;
    }

    // `html` of page `page` at bundle path `output`, its links rewritten; the assets it uses
    // are added to `assets`, the links that lead nowhere to `broken`.
    QByteArray rewrite(const QByteArray &html, const QString &page, const QString &output,
                       QSet<QString> *assets, QStringList *broken) const
    {
        QByteArray out;
        out.reserve(html.size() + 1024);
        qsizetype copied = 0;
        const qsizetype n = html.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (html[i] != '<' || i + 1 >= n ||
                !std::isalpha(static_cast<unsigned char>(html[i + 1])))
                continue;
            // One tag: its href= and src= values.
            qsizetype p = i + 1;
            char quote = 0;
            for (; p < n; ++p) {
                const char c = html[p];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                    continue;
                }
                if (c == '>')
                    break;
                if (c == '"' || c == '\'') {
                    quote = c;
                    continue;
                }
                const QByteArrayView rest = QByteArrayView(html).sliced(p);
                const bool href = (c == 'h' || c == 'H') && rest.size() >= 5 &&
                                  rest.first(5).compare("href=", Qt::CaseInsensitive) == 0;
                const bool src = (c == 's' || c == 'S') && rest.size() >= 4 &&
                                 rest.first(4).compare("src=", Qt::CaseInsensitive) == 0;
                if ((!href && !src) || !std::isspace(static_cast<unsigned char>(html[p - 1])))
                    continue;
                qsizetype v = p + (href ? 5 : 4);
                if (v >= n)
                    break;
                const char q = html[v];
                qsizetype end;
                if (q == '"' || q == '\'') {
                    ++v;
                    end = html.indexOf(q, v);
                    // A value whose quote is not closed before the next tag runs into the
                    // tags after it (the live site passes such a tag through, and a browser
                    // reads on to the next quote). Its text up to there is rewritten as the
                    // address, and those tags' links too, so that nothing in the bundle leads
                    // back to the site whichever way a reader takes it.
                    const qsizetype next = nextTag(html, v, end < 0 ? n : end);
                    if (next >= 0) {
                        out.append(QByteArrayView(html).sliced(copied, v - copied));
                        out.append(url(html.mid(v, next - v), page, output, assets, broken));
                        copied = next;
                        p = next - 1;
                        break;
                    }
                } else {
                    end = v;
                    while (end < n && !std::isspace(static_cast<unsigned char>(html[end])) &&
                           html[end] != '>')
                        ++end;
                }
                if (end < 0)
                    break;
                const QByteArray value = html.mid(v, end - v);
                const QByteArray replaced = url(value, page, output, assets, broken);
                if (replaced != value) {
                    out.append(QByteArrayView(html).sliced(copied, v - copied));
                    out.append(replaced);
                    copied = end;
                }
                p = (q == '"' || q == '\'') ? end : end - 1;
            }
            i = p;
        }
        out.append(QByteArrayView(html).sliced(copied));
        return out;
    }

private:
    QByteArray url(QByteArray value, const QString &page, const QString &output,
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
        const qsizetype cut =
            std::min(hash < 0 ? path.size() : hash, query < 0 ? path.size() : query);
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

    const Project &m_project;
    QString m_language;
    QByteArray m_country;
    QByteArray m_siteUrl;
    const QSet<QString> &m_pages;
    AssetLookups *m_lookups;
};

} // namespace

Exporter::Exporter(std::shared_ptr<const Project> project, std::shared_ptr<const Renderer> renderer,
                   std::shared_ptr<const Validator> validator)
    : m_project(std::move(project)), m_renderer(std::move(renderer)),
      m_validator(std::move(validator))
{
}

QString Exporter::outputPath(const QString &language, const QString &page)
{
    return language + QLatin1Char('/') + page + QStringLiteral(".html");
}

QString Exporter::relativePath(const QString &from, const QString &target)
{
    QStringList fromDir = from.split(QLatin1Char('/'));
    fromDir.removeLast();
    const QStringList to = target.split(QLatin1Char('/'));
    int common = 0;
    while (common < fromDir.size() && common < to.size() - 1 && fromDir[common] == to[common])
        ++common;
    QStringList parts;
    for (int i = common; i < fromDir.size(); ++i)
        parts << QStringLiteral("..");
    for (int i = common; i < to.size(); ++i)
        parts << to[i];
    return parts.join(QLatin1Char('/'));
}

Exporter::Result Exporter::run(const Options &options, const Progress &progress,
                               const std::atomic_bool *cancel) const
{
    Result result;
    auto fail = [&](const QString &message) {
        result.error = message;
        return result;
    };
    auto cancelled = [&] {
        if (!cancel || !cancel->load())
            return false;
        result.cancelled = true;
        result.error = tr("The export was cancelled; the destination was left as it was.");
        return true;
    };
    if (options.languages.isEmpty())
        return fail(tr("no language chosen"));
    for (const QString &language : options.languages) {
        if (!isContained(language) || language.contains(QLatin1Char('/')))
            return fail(tr("\"%1\" is not a language code").arg(language));
        if (language != QLatin1String("en") && !m_project->languages().contains(language))
            return fail(tr("the site has no language \"%1\"").arg(language));
    }
    // Where the bundle and the zip go is judged before anything is written, even a parent
    // folder: a wrong destination must not cost the site a single file.
    const QString siteRoot = QDir(m_project->root()).canonicalPath();
    const ExportTarget::Check target =
        ExportTarget::check(siteRoot, options.destination, options.zipFile);
    if (!target.ok)
        return fail(target.error);
    if (target.state == ExportTarget::State::Foreign && !options.replaceForeign) {
        result.refusedForeignFolder = true;
        return fail(tr("%1 is not empty and was not made by Tilmech; choose an empty folder, or "
                       "allow replacing its contents")
                        .arg(options.destination));
    }
    const QString destination = target.destination;
    const QFileInfo destinationInfo(destination);
    const QString parentPath = destinationInfo.absolutePath();
    const bool exists = target.state != ExportTarget::State::Missing;
    if (!QDir().mkpath(parentPath))
        return fail(tr("cannot create the folder %1").arg(parentPath));

    // What to export: every page the live site shows, in each language; a page not
    // translated yet as its English file.
    QVector<Planned> planned;
    QHash<QString, QSet<QString>> pagesOf; // language → pages in the bundle
    for (const QString &language : options.languages) {
        for (const Page &page : m_project->pages()) {
            if (!page.has(QStringLiteral("en")) || !isContained(page.name))
                continue;
            Planned p;
            p.language = language;
            p.file = page.preferred(language);
            if (!p.file) {
                p.file = page.preferred(QStringLiteral("en"));
                p.fallback = true;
            }
            p.output = outputPath(language, page.name);
            planned.append(p);
            pagesOf[language].insert(page.name);
        }
    }
    const int total = int(planned.size()) + 1;

    QTemporaryDir work(QDir(parentPath)
                           .filePath(QLatin1Char('.') + destinationInfo.fileName() +
                                     QStringLiteral("-export-XXXXXX")));
    if (!work.isValid())
        return fail(
            tr("cannot create a working folder in %1: %2").arg(parentPath, work.errorString()));
    QFile::setPermissions(work.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                           QFile::ExeOther);

    // Every page in one task: read and analysed once, checked, and, unless an error already
    // stops the export, rendered from the same analysis, its links rewritten and written to
    // the working folder. Tasks run on a pool; the outcomes are gathered in page order.
    AssetLookups assetLookups;
    Folders folders;
    // By relative path: a translation and its English page may be exported at the same time,
    // and both need the English analysis; an English page stands for every language that has
    // no translation of it, and is checked once.
    OncePerKey<std::shared_ptr<const PageAnalysis>> englishAnalyses;
    OncePerKey<Diagnostics> englishFindings;
    auto analyseFile = [&](const PageFile &file,
                           QString *error) -> std::shared_ptr<const PageAnalysis> {
        std::optional<Document> doc = Document::load(file.absolutePath, error);
        if (!doc)
            return nullptr;
        doc->setFileName(file.relativePath);
        return m_renderer->analyse(std::move(*doc), file.variant, true);
    };
    auto englishAnalysis = [&](const PageFile &file) {
        return englishAnalyses.get(file.relativePath, [&] {
            QString ignored; // an unreadable English file is reported when it is exported itself
            return analyseFile(file, &ignored);
        });
    };

    std::atomic_bool stopRendering{false}; // an error was found and the export is not forced
    std::atomic_bool stopAll{false};       // cancelled, or a page could not be written
    QVector<Outcome> outcomes(planned.size());
    auto exportPage = [&](const Planned &p, Outcome &o) {
        if (stopAll.load())
            return;
        std::shared_ptr<const PageAnalysis> analysis;
        const PageFile *sourceFile = nullptr;
        std::shared_ptr<const PageAnalysis> source;
        QString loadError;
        if (p.file->isEnglish()) {
            analysis = englishAnalysis(*p.file);
            if (!analysis)
                analysis = analyseFile(*p.file, &loadError);
        } else {
            analysis = analyseFile(*p.file, &loadError);
            const Page *page = m_project->page(p.file->name);
            sourceFile = page ? page->englishSourceFor(*p.file) : nullptr;
            if (sourceFile)
                source = englishAnalysis(*sourceFile);
        }
        Diagnostics found;
        if (!analysis) {
            Diagnostic d;
            d.code = QStringLiteral("file-unreadable");
            d.severity = Diagnostic::Severity::Error;
            d.message = loadError;
            d.file = p.file->relativePath;
            d.language = p.file->language;
            found.append(d);
        } else if (p.file->isEnglish()) {
            found = englishFindings.get(p.file->relativePath, [&] {
                return m_validator->validate(*analysis, *p.file, nullptr, nullptr);
            });
        } else {
            found = m_validator->validate(*analysis, *p.file, source.get(),
                                          source ? sourceFile : nullptr);
        }
        for (const Diagnostic &d : qAsConst(found)) {
            if (d.severity == Diagnostic::Severity::Error) {
                ++o.errors;
                o.findings.append(d);
            } else if (d.severity == Diagnostic::Severity::Warning) {
                ++o.warnings;
                o.findings.append(d);
            } else {
                ++o.notes;
            }
        }
        if (o.errors > 0 && !options.allowErrors)
            stopRendering = true;
        if (stopRendering.load() || !analysis)
            return; // the export stops at the end; the rest is only checked

        RenderOptions render;
        render.language = p.language;
        render.sourcePositions = false;
        render.forExport = true;
        if (!p.file->isEnglish())
            render.sourceTags =
                source ? Renderer::tagSet(*source) : std::make_shared<const QSet<QByteArray>>();
        const RenderResult rendered = m_renderer->render(*analysis, render);
        const LinkRewriter rewriter(*m_project, p.language, Renderer::defaultCountry(p.language),
                                    options.siteUrl, *pagesOf.constFind(p.language), &assetLookups);
        const QByteArray html =
            rewriter.rewrite(rendered.html, p.file->name, p.output, &o.assets, &o.broken);
        if (!writeFile(work.filePath(p.output), html, folders, &o.writeError)) {
            stopAll = true;
            return;
        }
        QStringList sources{p.file->relativePath};
        if (sourceFile)
            sources << sourceFile->relativePath;
        o.item = QJsonObject{
            {QStringLiteral("page"), p.file->name},
            {QStringLiteral("language"), p.language},
            {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
            {QStringLiteral("output"), p.output},
            {QStringLiteral("sha256"), sha256(html)},
            {QStringLiteral("bytes"), double(html.size())},
            {QStringLiteral("title"), rendered.title},
            {QStringLiteral("untranslated"), p.fallback},
            {QStringLiteral("diagnostics"), QJsonObject{{QStringLiteral("errors"), o.errors},
                                                        {QStringLiteral("warnings"), o.warnings},
                                                        {QStringLiteral("notes"), o.notes}}}};
        if (!o.broken.isEmpty())
            o.item.insert(QStringLiteral("brokenLinks"), QJsonArray::fromStringList(o.broken));
        if (!rendered.placeholders.isEmpty())
            o.item.insert(QStringLiteral("leftOut"),
                          leftOut(rendered, analysis->document(), m_project->root()));
        o.written = true;
    };

    {
        QThreadPool pool;
        pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
        QMutex doneMutex;
        QWaitCondition doneChanged;
        int done = 0;
        // The biggest pages first, so that no thread is left with a long one at the end while
        // the others wait. Outcomes stay in page order.
        QVector<QPair<qint64, qsizetype>> order;
        order.reserve(planned.size());
        for (qsizetype i = 0; i < planned.size(); ++i) {
            const qint64 bytes = QFileInfo(planned[i].file->absolutePath).size();
            order.append({planned[i].file->isEnglish() ? bytes : 2 * bytes, i});
        }
        std::stable_sort(order.begin(), order.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const QPair<qint64, qsizetype> &next : qAsConst(order)) {
            const qsizetype i = next.second;
            pool.start([&, i] {
                exportPage(planned[i], outcomes[i]);
                const QMutexLocker lock(&doneMutex);
                ++done;
                doneChanged.wakeAll();
            });
        }
        // Progress and cancelling from the calling thread.
        // Each page is reported once, in order, however many finish between two looks.
        QMutexLocker lock(&doneMutex);
        int reported = -1;
        while (done < planned.size()) {
            if (progress && reported < done) {
                const int index = ++reported;
                lock.unlock();
                progress(index, total, tr("Exporting %1").arg(planned[index].output));
                lock.relock();
                continue;
            }
            if (cancel && cancel->load())
                stopAll = true;
            doneChanged.wait(&doneMutex, 50);
        }
        lock.unlock();
        while (progress && reported + 1 < planned.size()) {
            const int index = ++reported;
            progress(index, total, tr("Exporting %1").arg(planned[index].output));
        }
    }
    if (cancelled())
        return result;
    QJsonArray pageItems;
    QHash<QString, QSet<QString>> assetsOf;
    QString error;
    // Files the index could not see or the bundle cannot name are said to be missing.
    const Diagnostics unexportable = UnexportableNames::find(siteRoot, options.languages);
    result.warnings += int(unexportable.size());
    result.findings.append(unexportable);
    for (qsizetype i = 0; i < planned.size(); ++i) {
        Outcome &o = outcomes[i];
        if (!o.writeError.isEmpty())
            return fail(o.writeError);
        result.errors += o.errors;
        result.warnings += o.warnings;
        result.findings.append(o.findings);
        if (!o.written)
            continue;
        assetsOf[planned[i].language].unite(o.assets);
        result.brokenLinks += int(o.broken.size());
        pageItems.append(o.item);
        ++result.pages;
    }
    if (result.errors > 0 && !options.allowErrors) {
        result.refusedForErrors = true;
        return fail(tr("%n error(s) in the pages to export; fix them, or allow exporting pages "
                       "with errors (the manifest will say so)",
                       nullptr, result.errors));
    }
    if (progress)
        progress(total - 1, total, tr("Copying files and writing the manifest"));

    // The files the pages use.
    QJsonArray assetItems;
    QStringList languagesWithAssets = assetsOf.keys();
    languagesWithAssets.sort();
    for (const QString &language : qAsConst(languagesWithAssets)) {
        const LinkRewriter rewriter(*m_project, language, Renderer::defaultCountry(language),
                                    options.siteUrl, *pagesOf.constFind(language), &assetLookups);
        QStringList sorted(assetsOf[language].cbegin(), assetsOf[language].cend());
        sorted.sort();
        for (const QString &asset : qAsConst(sorted)) {
            if (cancelled())
                return result;
            const QString source = rewriter.assetSource(asset);
            const std::optional<QByteArray> read = FileReader::read(source, &error);
            if (!read)
                return fail(error);
            const QByteArray &bytes = *read;
            const QString output = language + QLatin1Char('/') + asset;
            if (!writeFile(work.filePath(output), bytes, folders, &error))
                return fail(error);
            assetItems.append(
                QJsonObject{{QStringLiteral("source"), QDir(siteRoot).relativeFilePath(source)},
                            {QStringLiteral("output"), output},
                            {QStringLiteral("sha256"), sha256(bytes)},
                            {QStringLiteral("bytes"), double(bytes.size())}});
            ++result.assets;
        }
    }

    const QJsonObject manifest{
        {QStringLiteral("generator"), QStringLiteral("Tilmech")},
        {QStringLiteral("version"), QStringLiteral(TILMECH_VERSION)},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("site"), QFileInfo(siteRoot).fileName()},
        {QStringLiteral("siteUrl"), options.siteUrl},
        {QStringLiteral("languages"), QJsonArray::fromStringList(options.languages)},
        {QStringLiteral("forced"), result.errors > 0},
        {QStringLiteral("errors"), result.errors},
        {QStringLiteral("warnings"), result.warnings},
        {QStringLiteral("brokenLinks"), result.brokenLinks},
        {QStringLiteral("pages"), pageItems},
        {QStringLiteral("assets"), assetItems}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!writeFile(work.filePath(QStringLiteral("manifest.json")), manifestBytes, folders, &error))
        return fail(error);

    // The zip, beside its destination until the end.
    QString zipPartial;
    if (!target.zipFile.isEmpty()) {
        const QFileInfo zipInfo(target.zipFile);
        if (!QDir().mkpath(zipInfo.absolutePath()))
            return fail(tr("cannot create the folder %1").arg(zipInfo.absolutePath()));
        zipPartial = zipInfo.absolutePath() + QStringLiteral("/.") + zipInfo.fileName() +
                     QStringLiteral(".partial");
        QStringList entries{QStringLiteral("manifest.json")};
        for (const QJsonValue &v : qAsConst(pageItems))
            entries << v[QStringLiteral("output")].toString();
        for (const QJsonValue &v : qAsConst(assetItems))
            entries << v[QStringLiteral("output")].toString();
        if (!writeZip(zipPartial, work.path(), entries, &error)) {
            QFile::remove(zipPartial);
            return fail(tr("cannot write the zip %1: %2").arg(options.zipFile, error));
        }
    }
    if (cancelled()) {
        if (!zipPartial.isEmpty())
            QFile::remove(zipPartial);
        return result;
    }

    // Into place: the folder in one swap (the old one leaves with the working folder), then
    // the zip.
    if (!swapInto(work.path(), destination, exists, &error)) {
        if (!zipPartial.isEmpty())
            QFile::remove(zipPartial);
        return fail(error);
    }
    if (!exists)
        work.setAutoRemove(false);
    if (!zipPartial.isEmpty() && std::rename(QFile::encodeName(zipPartial).constData(),
                                             QFile::encodeName(target.zipFile).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(zipPartial);
        return fail(tr("the bundle is in place, but the zip could not be moved to %1: %2")
                        .arg(options.zipFile, reason));
    }
    if (progress)
        progress(total, total, tr("Done"));
    result.ok = true;
    result.manifest = QDir(destination).filePath(QStringLiteral("manifest.json"));
    return result;
}

} // namespace Tilmech
