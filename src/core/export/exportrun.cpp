#include "export/exportrun.h"

#include "analysis/pageanalysis.h"
#include "base/filereader.h"
#include "base/filewriter.h"
#include "base/sha256.h"
#include "base/taskrun.h"
#include "check/validator.h"
#include "export/unexportablenames.h"
#include "render/fileanalyses.h"
#include "render/renderer.h"
#include "site/project.h"
#include "version.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <zip.h>

namespace Tilmech {

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(Sha256::hex(bytes));
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

} // namespace

ExportRun::ExportRun(const Exporter::Parts &parts, const Exporter::Options &options,
                     QPromise<Exporter::Result> &promise)
    : m_parts(parts), m_options(options), m_promise(promise)
{
}

ExportRun::~ExportRun() = default;

Exporter::Result ExportRun::run()
{
    if (!checkOptions() || !judgeTarget())
        return m_result;
    plan();
    if (!makeWorkFolder() || !exportPages() || !gatherOutcomes() || !copyAssets() ||
        !writeManifest() || !writeZipBeside() || !moveIntoPlace())
        return m_result;
    report(m_total, tr("Done"));
    m_result.ok = true;
    m_result.manifest = QDir(m_target.destination).filePath(QStringLiteral("manifest.json"));
    return m_result;
}

bool ExportRun::fail(const QString &message)
{
    m_result.error = message;
    return false;
}

bool ExportRun::cancelled()
{
    if (!m_promise.isCanceled())
        return false;
    m_result = Exporter::cancelledResult();
    return true;
}

void ExportRun::report(int done, const QString &what)
{
    m_promise.setProgressValueAndText(done, what);
}

bool ExportRun::checkOptions()
{
    if (m_options.languages.isEmpty())
        return fail(tr("no language chosen"));
    for (const QString &language : m_options.languages) {
        if (!LinkRewriter::isContained(language) || language.contains(QLatin1Char('/')))
            return fail(tr("\"%1\" is not a language code").arg(language));
        if (language != QLatin1String("en") && !m_parts.project->languages().contains(language))
            return fail(tr("the site has no language \"%1\"").arg(language));
    }
    return true;
}

// Where the bundle and the zip go is judged before anything is written, even a parent
// folder: a wrong destination must not cost the site a single file.
bool ExportRun::judgeTarget()
{
    m_siteRoot = QDir(m_parts.project->root()).canonicalPath();
    m_target = ExportTarget::check(m_siteRoot, m_options.destination, m_options.zipFile);
    if (!m_target.ok)
        return fail(m_target.error);
    if (m_target.state == ExportTarget::State::Foreign && !m_options.replaceForeign) {
        m_result.refusedForeignFolder = true;
        return fail(tr("%1 is not empty and was not made by Tilmech; choose an empty folder, or "
                       "allow replacing its contents")
                        .arg(m_options.destination));
    }
    m_parentPath = QFileInfo(m_target.destination).absolutePath();
    m_destinationExists = m_target.state != ExportTarget::State::Missing;
    if (!QDir().mkpath(m_parentPath))
        return fail(tr("cannot create the folder %1").arg(m_parentPath));
    return true;
}

// What to export: every page the live site shows, in each language; a page not translated
// yet as its English file.
void ExportRun::plan()
{
    for (const QString &language : m_options.languages) {
        for (const Page &page : m_parts.project->pages()) {
            if (!page.has(QStringLiteral("en")) || !LinkRewriter::isContained(page.name))
                continue;
            Planned p;
            p.language = language;
            p.file = page.preferred(language);
            if (!p.file) {
                p.file = page.preferred(QStringLiteral("en"));
                p.fallback = true;
            }
            p.output = Exporter::outputPath(language, page.name);
            m_planned.append(p);
            m_pagesOf[language].insert(page.name);
        }
    }
    m_total = int(m_planned.size()) + 1;
    m_promise.setProgressRange(0, m_total);
}

bool ExportRun::makeWorkFolder()
{
    const QString name = QFileInfo(m_target.destination).fileName();
    m_work = std::make_unique<QTemporaryDir>(
        QDir(m_parentPath).filePath(QLatin1Char('.') + name + QStringLiteral("-export-XXXXXX")));
    if (!m_work->isValid())
        return fail(tr("cannot create a working folder in %1: %2")
                        .arg(m_parentPath, m_work->errorString()));
    QFile::setPermissions(m_work->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::ExeOther);
    return true;
}

// Every page in one task: read and analysed once, checked, and, unless an error already
// stops the export, rendered from the same analysis, its links rewritten and written to the
// working folder. The biggest pages start first, so that no thread is left with a long one
// at the end; the outcomes stay in page order.
bool ExportRun::exportPages()
{
    m_analyses = std::make_unique<FileAnalyses>(*m_parts.renderer);
    m_outcomes.resize(m_planned.size());
    QVector<qint64> weights;
    weights.reserve(m_planned.size());
    for (const Planned &p : qAsConst(m_planned)) {
        const qint64 bytes = QFileInfo(p.file->absolutePath).size();
        weights.append(p.file->isEnglish() ? bytes : 2 * bytes);
    }
    TaskRun::Hooks hooks;
    hooks.threads = m_options.threads;
    hooks.stop = [this] {
        if (m_promise.isCanceled())
            m_stopAll = true;
        return m_stopAll.load();
    };
    hooks.done = [this](qsizetype index, qsizetype done) {
        report(int(done), tr("Exporting %1").arg(m_planned[index].output));
    };
    TaskRun::run(
        TaskRun::heaviestFirst(weights),
        [this](qsizetype i) { exportPage(m_planned[i], m_outcomes[i]); }, hooks);
    return !cancelled();
}

void ExportRun::exportPage(const Planned &p, Outcome &o)
{
    const FileAnalyses::Entry page = m_analyses->get(*p.file);
    const PageFile *sourceFile = nullptr;
    std::shared_ptr<const PageAnalysis> source;
    if (!p.file->isEnglish()) {
        const Page *owner = m_parts.project->page(p.file->name);
        sourceFile = owner ? owner->englishSourceFor(*p.file) : nullptr;
        if (sourceFile)
            source = m_analyses->get(*sourceFile).analysis;
    }
    Diagnostics found;
    if (!page.analysis) {
        Diagnostic d;
        d.code = QStringLiteral("file-unreadable");
        d.severity = Diagnostic::Severity::Error;
        d.message = page.error;
        d.file = p.file->relativePath;
        d.language = p.file->language;
        found.append(d);
    } else {
        found = checkPage(p, page.analysis.get(), source.get(), sourceFile);
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
    if (o.errors > 0 && !m_options.allowErrors)
        m_stopRendering = true;
    if (m_stopRendering.load() || !page.analysis)
        return; // the export stops at the end; the rest is only checked
    writePage(p, *page.analysis, source.get(), sourceFile, o);
}

Diagnostics ExportRun::checkPage(const Planned &p, const PageAnalysis *analysis,
                                 const PageAnalysis *source, const PageFile *sourceFile)
{
    if (p.file->isEnglish()) {
        return m_englishFindings.get(p.file->relativePath, [&] {
            return m_parts.validator->validate(*analysis, *p.file, nullptr, nullptr);
        });
    }
    return m_parts.validator->validate(*analysis, *p.file, source, source ? sourceFile : nullptr);
}

void ExportRun::writePage(const Planned &p, const PageAnalysis &analysis,
                          const PageAnalysis *source, const PageFile *sourceFile, Outcome &o)
{
    RenderOptions render;
    render.language = p.language;
    render.sourcePositions = false;
    render.forExport = true;
    if (!p.file->isEnglish())
        render.sourceTags =
            source ? Renderer::tagSet(*source) : std::make_shared<const QSet<QByteArray>>();
    const RenderResult rendered = m_parts.renderer->render(analysis, render);
    const LinkRewriter rewriter(*m_parts.project, p.language, Renderer::defaultCountry(p.language),
                                m_options.siteUrl, *m_pagesOf.constFind(p.language),
                                &m_assetLookups);
    const QByteArray html =
        rewriter.rewrite(rendered.html, p.file->name, p.output, &o.assets, &o.broken);
    if (!writeFile(m_work->filePath(p.output), html, &o.writeError)) {
        m_stopAll = true;
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
                      leftOut(rendered, analysis.document(), m_parts.project->root()));
    o.written = true;
}

bool ExportRun::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString folder = QFileInfo(path).path();
    if (!m_folders.get(folder, [&] { return QDir().mkpath(folder); })) {
        *error = tr("cannot create the folder %1").arg(folder);
        return false;
    }
    return FileWriter::write(path, bytes, error);
}

// The outcomes in page order; files the index could not see or the bundle cannot name are
// said to be missing.
bool ExportRun::gatherOutcomes()
{
    const Diagnostics unexportable = UnexportableNames::find(m_siteRoot, m_options.languages);
    m_result.warnings += int(unexportable.size());
    m_result.findings.append(unexportable);
    for (qsizetype i = 0; i < m_planned.size(); ++i) {
        Outcome &o = m_outcomes[i];
        if (!o.writeError.isEmpty())
            return fail(o.writeError);
        m_result.errors += o.errors;
        m_result.warnings += o.warnings;
        m_result.findings.append(o.findings);
        if (!o.written)
            continue;
        m_assetsOf[m_planned[i].language].unite(o.assets);
        m_result.brokenLinks += int(o.broken.size());
        m_pageItems.append(o.item);
        ++m_result.pages;
    }
    if (m_result.errors > 0 && !m_options.allowErrors) {
        m_result.refusedForErrors = true;
        return fail(tr("%n error(s) in the pages to export; fix them, or allow exporting pages "
                       "with errors (the manifest will say so)",
                       nullptr, m_result.errors));
    }
    report(m_total - 1, tr("Copying files and writing the manifest"));
    return true;
}

// The files the pages use, language by language in name order.
bool ExportRun::copyAssets()
{
    QStringList languages = m_assetsOf.keys();
    languages.sort();
    QString error;
    for (const QString &language : qAsConst(languages)) {
        const LinkRewriter rewriter(*m_parts.project, language, Renderer::defaultCountry(language),
                                    m_options.siteUrl, *m_pagesOf.constFind(language),
                                    &m_assetLookups);
        QStringList sorted(m_assetsOf[language].cbegin(), m_assetsOf[language].cend());
        sorted.sort();
        for (const QString &asset : qAsConst(sorted)) {
            if (cancelled())
                return false;
            const QString source = rewriter.assetSource(asset);
            const std::optional<QByteArray> read = FileReader::read(source, &error);
            if (!read)
                return fail(error);
            const QByteArray &bytes = *read;
            const QString output = language + QLatin1Char('/') + asset;
            if (!writeFile(m_work->filePath(output), bytes, &error))
                return fail(error);
            m_assetItems.append(
                QJsonObject{{QStringLiteral("source"), QDir(m_siteRoot).relativeFilePath(source)},
                            {QStringLiteral("output"), output},
                            {QStringLiteral("sha256"), sha256(bytes)},
                            {QStringLiteral("bytes"), double(bytes.size())}});
            ++m_result.assets;
        }
    }
    return true;
}

bool ExportRun::writeManifest()
{
    const QJsonObject manifest{
        {QStringLiteral("generator"), QStringLiteral("Tilmech")},
        {QStringLiteral("version"), QStringLiteral(TILMECH_VERSION)},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("site"), QFileInfo(m_siteRoot).fileName()},
        {QStringLiteral("siteUrl"), m_options.siteUrl},
        {QStringLiteral("languages"), QJsonArray::fromStringList(m_options.languages)},
        {QStringLiteral("forced"), m_result.errors > 0},
        {QStringLiteral("errors"), m_result.errors},
        {QStringLiteral("warnings"), m_result.warnings},
        {QStringLiteral("brokenLinks"), m_result.brokenLinks},
        {QStringLiteral("pages"), m_pageItems},
        {QStringLiteral("assets"), m_assetItems}};
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    QString error;
    if (!writeFile(m_work->filePath(QStringLiteral("manifest.json")), bytes, &error))
        return fail(error);
    return true;
}

// The zip, beside its destination until the end.
bool ExportRun::writeZipBeside()
{
    if (!m_target.zipFile.isEmpty()) {
        const QFileInfo zipInfo(m_target.zipFile);
        if (!QDir().mkpath(zipInfo.absolutePath()))
            return fail(tr("cannot create the folder %1").arg(zipInfo.absolutePath()));
        m_zipPartial = zipInfo.absolutePath() + QStringLiteral("/.") + zipInfo.fileName() +
                       QStringLiteral(".partial");
        QStringList entries{QStringLiteral("manifest.json")};
        for (const QJsonValue &v : qAsConst(m_pageItems))
            entries << v[QStringLiteral("output")].toString();
        for (const QJsonValue &v : qAsConst(m_assetItems))
            entries << v[QStringLiteral("output")].toString();
        QString error;
        if (!writeZip(m_zipPartial, m_work->path(), entries, &error)) {
            QFile::remove(m_zipPartial);
            return fail(tr("cannot write the zip %1: %2").arg(m_options.zipFile, error));
        }
    }
    if (cancelled()) {
        if (!m_zipPartial.isEmpty())
            QFile::remove(m_zipPartial);
        return false;
    }
    return true;
}

// Into place: the folder in one swap (the old one leaves with the working folder), then the
// zip.
bool ExportRun::moveIntoPlace()
{
    QString error;
    if (!swapInto(m_work->path(), m_target.destination, m_destinationExists, &error)) {
        if (!m_zipPartial.isEmpty())
            QFile::remove(m_zipPartial);
        return fail(error);
    }
    if (!m_destinationExists)
        m_work->setAutoRemove(false);
    if (!m_zipPartial.isEmpty() &&
        std::rename(QFile::encodeName(m_zipPartial).constData(),
                    QFile::encodeName(m_target.zipFile).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(m_zipPartial);
        return fail(tr("the bundle is in place, but the zip could not be moved to %1: %2")
                        .arg(m_options.zipFile, reason));
    }
    return true;
}

} // namespace Tilmech
