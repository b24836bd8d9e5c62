#pragma once

#include "base/diagnostic.h"
#include "base/taskrun.h"
#include "check/checkcontext.h"
#include "site/pagefile.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace Tilmech {

class Alignment;
class AnchorIndex;
class FileAnalyses;
class PageAnalysis;
class Project;
class Renderer;

// Checks pages and locale strings: the catalogue in docs/validator.md. An English page is
// checked on its own (templates, URLs, HTML, strings); a translation also against its
// English source (parity, structure, content, front matter). A problem a translation only
// repeats from its English source is reported as a warning that says so: translators get
// errors for what they broke, authors for what they wrote. Thread-safe.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    explicit Validator(std::shared_ptr<const Project> project,
                       std::shared_ptr<const Renderer> renderer = nullptr);
    ~Validator();

    // Country for @country and site URLs; empty: the language's default.
    void setCountry(const QString &country) { m_country = country; }

    // A page file, read and analysed (its English source too); `shared` shares the English
    // analyses among the files of one pass.
    Diagnostics validateFile(const PageFile &file, const FileAnalyses *shared = nullptr) const;
    // Text being edited: `page` analysed with an outline; `source` is the English page for a
    // translation (null for an English page, or a translation without one).
    // `alignment`, when given, receives the pairing of English and translated blocks.
    Diagnostics validate(const PageAnalysis &page, const PageFile &file, const PageAnalysis *source,
                         const PageFile *sourceFile, Alignment *alignment = nullptr) const;
    Diagnostics validateCatalog(const QString &language) const;

    // The English file a translation is checked against: the one with the same variant,
    // else the page's English file. Null when the page has no English file.
    const PageFile *sourceFileFor(const PageFile &file) const;

    // What the views used by the pages validated so far hold that Tilmech cannot interpret:
    // once per place in a view (Renderer::viewProblems).
    Diagnostics viewProblems() const;

    // The findings of each catalog of `catalogs`, then of each file of `files`, in that order,
    // worked out on every core; English analyses are shared among their translations.
    QVector<Diagnostics> validateAll(const QStringList &catalogs,
                                     const QVector<const PageFile *> &files,
                                     const TaskRun::Hooks &hooks = TaskRun::Hooks()) const;
    // The site's problems, every file of `languages` and their catalogs (in page order),
    // then viewProblems(), as the promise's one result. The promise gets the progress (files
    // and catalogs done) and stops the run when cancelled (then it has no result).
    void validateSite(QPromise<Diagnostics> &promise, const QStringList &languages) const;
    // The same, waited for.
    Diagnostics validateSite(const QStringList &languages) const;

    const std::shared_ptr<const Renderer> &renderer() const { return m_renderer; }

private:
    CheckContext context(const QString &language, const PageAnalysis &page,
                         const QString &file) const;
    QSet<QString> inheritedKeys(const PageAnalysis &source, const PageFile &sourceFile,
                                const QString &language) const;
    static void keepFixedText(const QByteArray &bytes, Diagnostics &diagnostics);

    std::shared_ptr<const Project> m_project;
    std::shared_ptr<const Renderer> m_renderer;
    std::unique_ptr<AnchorIndex> m_anchors;
    QString m_country;
    mutable QMutex m_mutex;
    mutable QHash<QString, QSet<QString>> m_inherited;
};

} // namespace Tilmech
