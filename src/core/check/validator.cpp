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
#include "render/renderer.h"
#include "site/project.h"
#include "strings/catalog.h"

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

Diagnostics Validator::validateFile(const PageFile &file) const
{
    QString error;
    std::optional<Document> doc = Document::load(file.absolutePath, &error);
    if (!doc) {
        Diagnostic d;
        d.code = QStringLiteral("file-unreadable");
        d.message = error;
        d.file = file.relativePath;
        d.language = file.language;
        return {d};
    }
    doc->setFileName(file.relativePath);
    const auto page = m_renderer->analyse(std::move(*doc), file.variant, true);
    const PageFile *sourceFile = file.isEnglish() ? nullptr : sourceFileFor(file);
    std::shared_ptr<const PageAnalysis> source;
    if (sourceFile) {
        std::optional<Document> sourceDoc = Document::load(sourceFile->absolutePath, &error);
        if (sourceDoc) {
            sourceDoc->setFileName(sourceFile->relativePath);
            source = m_renderer->analyse(std::move(*sourceDoc), sourceFile->variant, true);
        }
    }
    return validate(*page, file, source.get(), source ? sourceFile : nullptr);
}

Diagnostics Validator::validate(const PageAnalysis &page, const PageFile &file,
                                const PageAnalysis *source, const PageFile *sourceFile,
                                Alignment *alignmentOut) const
{
    const std::shared_ptr<const Catalog> strings = m_project->catalog(file.language);
    const std::shared_ptr<const Catalog> english = m_project->catalog(QStringLiteral("en"));
    CheckContext c;
    c.project = m_project.get();
    c.renderer = m_renderer.get();
    c.anchors = m_anchors.get();
    c.language = file.language;
    c.country = m_country.isEmpty() ? QString::fromUtf8(Renderer::defaultCountry(file.language))
                                    : m_country;
    c.strings = strings.get();
    c.english = english.get();
    c.page = &page;
    c.file = file.relativePath;
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
    sortDiagnostics(c.diagnostics);
    if (alignmentOut)
        *alignmentOut = alignment;
    return c.diagnostics;
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
    const std::shared_ptr<const Catalog> strings = m_project->catalog(language);
    const std::shared_ptr<const Catalog> english = m_project->catalog(QStringLiteral("en"));
    CheckContext c;
    c.project = m_project.get();
    c.renderer = m_renderer.get();
    c.anchors = m_anchors.get();
    c.language = language;
    c.country =
        m_country.isEmpty() ? QString::fromUtf8(Renderer::defaultCountry(language)) : m_country;
    c.strings = strings.get();
    c.english = english.get();
    c.page = &source;
    c.file = sourceFile.relativePath;
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
    const QString shown = QStringLiteral("i18n/") + language + QStringLiteral(".yml");
    Diagnostics out = StringChecks::runCatalog(*catalog, english.get(), language, shown);
    sortDiagnostics(out);
    return out;
}

Diagnostics Validator::viewProblems() const
{
    return m_renderer->viewProblems();
}

Diagnostics Validator::validateSite(const QStringList &languages,
                                    const std::function<void(int, int)> &progress,
                                    const std::atomic_bool *cancel) const
{
    QVector<const PageFile *> files;
    for (const Page &page : m_project->pages()) {
        for (const PageFile &f : page.files) {
            if (languages.contains(f.language))
                files.append(&f);
        }
    }
    Diagnostics out;
    for (Diagnostic d : m_project->problems())
        out.append(d);
    const int total = int(files.size()) + int(languages.size());
    int done = 0;
    for (const QString &language : languages) {
        if (cancel && *cancel)
            return out;
        out += validateCatalog(language);
        if (progress)
            progress(++done, total);
    }
    for (const PageFile *file : qAsConst(files)) {
        if (cancel && *cancel)
            return out;
        out += validateFile(*file);
        if (progress)
            progress(++done, total);
    }
    return out + viewProblems();
}

} // namespace Tilmech
