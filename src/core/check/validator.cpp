#include "check/validator.h"

#include "analysis/alignment.h"
#include "analysis/pageanalysis.h"
#include "check/activecontentchecks.h"
#include "check/checkcontext.h"
#include "check/contentchecks.h"
#include "check/divbracketchecks.h"
#include "check/erbmdchecks.h"
#include "check/filechecks.h"
#include "check/markupchecks.h"
#include "check/paritychecks.h"
#include "check/redcarpetchecks.h"
#include "check/stringchecks.h"
#include "check/structurechecks.h"
#include "check/tablechecks.h"
#include "check/templatechecks.h"
#include "check/urlchecks.h"
#include "render/anchorindex.h"
#include "render/fileanalyses.h"
#include "render/renderer.h"
#include "site/project.h"
#include "strings/catalog.h"

#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace Tilmech {

namespace {

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.file != b.file)
                             return a.file < b.file;
                         if (a.line != b.line)
                             return a.line < b.line;
                         return a.column < b.column;
                     });
}

QString inheritedKey(const Diagnostic &d)
{
    return d.code + QLatin1Char('\n') + d.key;
}

} // namespace

Validator::Validator(std::shared_ptr<const Project> project,
                     std::shared_ptr<const Renderer> renderer)
    : m_project(std::move(project)),
      m_renderer(renderer ? std::move(renderer) : std::make_shared<const Renderer>(m_project)),
      m_anchors(std::make_unique<AnchorIndex>(m_project.get(), m_renderer.get()))
{
}

Validator::~Validator() = default;

const PageFile *Validator::sourceFileFor(const PageFile &file) const
{
    const Page *page = m_project->page(file.name);
    return page ? page->englishSourceFor(file) : nullptr;
}

Diagnostics Validator::validateFile(const PageFile &file, const FileAnalyses *shared) const
{
    const FileAnalyses own(*m_renderer);
    const FileAnalyses &analyses = shared ? *shared : own;
    const FileAnalyses::Entry page = analyses.get(file);
    if (!page.analysis) {
        Diagnostic d;
        d.code = QStringLiteral("file-unreadable");
        d.message = page.error;
        d.file = file.relativePath;
        d.language = file.language;
        return {d};
    }
    const PageFile *sourceFile = file.isEnglish() ? nullptr : sourceFileFor(file);
    const std::shared_ptr<const PageAnalysis> source =
        sourceFile ? analyses.get(*sourceFile).analysis : nullptr;
    return validate(*page.analysis, file, source.get(), source ? sourceFile : nullptr);
}

CheckContext Validator::context(const QString &language, const PageAnalysis &page,
                                const QString &file) const
{
    CheckContext c;
    c.project = m_project.get();
    c.renderer = m_renderer.get();
    c.anchors = m_anchors.get();
    c.language = language;
    c.country =
        m_country.isEmpty() ? QString::fromUtf8(Renderer::defaultCountry(language)) : m_country;
    c.keepStrings = m_project->catalog(language);
    c.keepEnglish = m_project->catalog(QStringLiteral("en"));
    c.strings = c.keepStrings.get();
    c.english = c.keepEnglish.get();
    c.page = &page;
    c.file = file;
    return c;
}

Diagnostics Validator::validate(const PageAnalysis &page, const PageFile &file,
                                const PageAnalysis *source, const PageFile *sourceFile,
                                Alignment *alignmentOut) const
{
    CheckContext c = context(file.language, page, file.relativePath);
    Alignment alignment;
    if (source && sourceFile && !file.isEnglish()) {
        c.source = source;
        c.sourceFile = sourceFile->relativePath;
        alignment = Alignment::align(*source, page);
        c.alignment = &alignment;
    }

    FileChecks::run(c, m_project->page(file.name), file);
    TemplateChecks::run(c);
    ErbMdChecks::run(c);
    ParityChecks::run(c);
    UrlChecks::run(c);
    MarkupChecks::run(c);
    StringChecks::runPage(c);
    StructureChecks::run(c);
    DivBracketChecks::run(c);
    ContentChecks::run(c);
    TableChecks::run(c);
    RedcarpetChecks::run(c); // after MarkupChecks, whose tag findings it leaves alone
    ActiveContentChecks::run(c);

    // One finding per tag: where a tag is both foreign to the English page and broken in
    // itself, keep the graver finding (the template one when they are equal).
    static const QStringList tagCodes = {
        QStringLiteral("template-unknown-helper"), QStringLiteral("template-argument"),
        QStringLiteral("template-syntax"), QStringLiteral("include-missing"),
        QStringLiteral("include-invalid")};
    // Tag findings by where they start, so each parity finding meets only its own tag's.
    QHash<qsizetype, QVector<qsizetype>> tagFindings;
    for (qsizetype j = c.diagnostics.size() - 1; j >= 0; --j) {
        if (tagCodes.contains(c.diagnostics.at(j).code))
            tagFindings[c.diagnostics.at(j).begin].append(j);
    }
    QVector<bool> dropped(c.diagnostics.size(), false);
    bool anyDropped = false;
    for (qsizetype i = c.diagnostics.size() - 1; i >= 0 && !tagFindings.isEmpty(); --i) {
        const Diagnostic &parity = c.diagnostics.at(i);
        if (dropped.at(i) || parity.code != QLatin1String("parity-tag-not-in-source"))
            continue;
        const auto group = tagFindings.constFind(parity.begin);
        if (group == tagFindings.cend())
            continue;
        for (const qsizetype j : *group) {
            if (j == i || dropped.at(j))
                continue;
            const bool keepParity = int(parity.severity) > int(c.diagnostics.at(j).severity);
            dropped[keepParity ? j : i] = true;
            anyDropped = true;
            if (!keepParity)
                break;
        }
    }
    if (anyDropped) {
        Diagnostics kept;
        kept.reserve(c.diagnostics.size());
        for (qsizetype i = 0; i < c.diagnostics.size(); ++i) {
            if (!dropped.at(i))
                kept.append(std::move(c.diagnostics[i]));
        }
        c.diagnostics = std::move(kept);
    }

    // Errors the translation only repeats from its English source become warnings.
    if (c.source) {
        const QSet<QString> inherited = inheritedKeys(*source, *sourceFile, file.language);
        for (Diagnostic &d : c.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error && !d.key.isEmpty() &&
                inherited.contains(inheritedKey(d))) {
                d.severity = Diagnostic::Severity::Warning;
                d.message += tr(" (the English page has the same problem)");
            }
        }
    }
    keepFixedText(page.document().bytes(), c.diagnostics);
    sortDiagnostics(c.diagnostics);
    if (alignmentOut)
        *alignmentOut = alignment;
    return c.diagnostics;
}

// Each fix remembers the text it replaces, so that it is never applied to a text that has
// changed since; a fix outside the text is dropped.
void Validator::keepFixedText(const QByteArray &bytes, Diagnostics &diagnostics)
{
    for (Diagnostic &d : diagnostics) {
        if (!d.fix.isValid())
            continue;
        if (d.fix.end > bytes.size())
            d.fix = Fix();
        else
            d.fix.original = bytes.mid(d.fix.begin, d.fix.end - d.fix.begin);
    }
}

QSet<QString> Validator::inheritedKeys(const PageAnalysis &source, const PageFile &sourceFile,
                                       const QString &language) const
{
    const QString cacheKey = sourceFile.relativePath + QLatin1Char('\n') + language +
                             QLatin1Char('\n') + QString::number(qHash(source.document().bytes()));
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_inherited.constFind(cacheKey);
        if (it != m_inherited.cend())
            return it.value();
    }
    CheckContext c = context(language, source, sourceFile.relativePath);
    TemplateChecks::run(c);
    ErbMdChecks::run(c);
    UrlChecks::run(c);
    MarkupChecks::run(c);
    StringChecks::runPage(c);
    QSet<QString> keys;
    for (const Diagnostic &d : qAsConst(c.diagnostics)) {
        if (!d.key.isEmpty())
            keys.insert(inheritedKey(d));
    }
    QMutexLocker lock(&m_mutex);
    m_inherited.insert(cacheKey, keys);
    return keys;
}

Diagnostics Validator::validateCatalog(const QString &language) const
{
    const std::shared_ptr<const Catalog> catalog = m_project->catalog(language);
    const std::shared_ptr<const Catalog> english = m_project->catalog(QStringLiteral("en"));
    const QString shown = Project::catalogFile(language);
    Diagnostics out = StringChecks::runCatalog(*catalog, english.get(), language, shown);
    sortDiagnostics(out);
    return out;
}

Diagnostics Validator::viewProblems() const
{
    return m_renderer->viewProblems();
}

QVector<Diagnostics> Validator::validateAll(const QStringList &catalogs,
                                            const QVector<const PageFile *> &files,
                                            const TaskRun::Hooks &hooks) const
{
    // Catalogs first: they are the longest tasks, and the pages of a language wait for its
    // catalog. Then the pages, the biggest first; a translation costs about twice its size
    // (its English page is analysed too, once for all languages).
    QVector<qint64> weights;
    weights.reserve(catalogs.size() + files.size());
    for (const QString &language : catalogs)
        weights.append(QFileInfo(m_project->catalogPath(language)).size() * 4);
    for (const PageFile *file : files)
        weights.append(QFileInfo(file->absolutePath).size() * (file->isEnglish() ? 1 : 2));
    const FileAnalyses analyses(*m_renderer);
    QVector<Diagnostics> out(weights.size());
    TaskRun::run(
        TaskRun::heaviestFirst(weights),
        [&](qsizetype i) {
            out[i] = i < catalogs.size() ? validateCatalog(catalogs.at(i))
                                         : validateFile(*files.at(i - catalogs.size()), &analyses);
        },
        hooks);
    return out;
}

void Validator::validateSite(QPromise<Diagnostics> &promise, const QStringList &languages) const
{
    QVector<const PageFile *> files;
    for (const Page &page : m_project->pages()) {
        for (const PageFile &f : page.files) {
            if (languages.contains(f.language))
                files.append(&f);
        }
    }
    promise.setProgressRange(0, int(languages.size() + files.size()));
    TaskRun::Hooks hooks;
    hooks.stop = [&] { return promise.isCanceled(); };
    hooks.done = [&](qsizetype, qsizetype done) { promise.setProgressValue(int(done)); };
    const QVector<Diagnostics> found = validateAll(languages, files, hooks);
    if (promise.isCanceled())
        return;
    Diagnostics out = m_project->problems();
    for (const Diagnostics &d : found)
        out += d;
    promise.addResult(out + viewProblems());
}

Diagnostics Validator::validateSite(const QStringList &languages) const
{
    return TaskRun::waitFor<Diagnostics>(
               [&](QPromise<Diagnostics> &promise) { validateSite(promise, languages); })
        .value_or(Diagnostics());
}

} // namespace Tilmech
