#pragma once

#include "base/diagnostic.h"
#include "render/renderenvironment.h"
#include "site/pagefile.h"
#include "template/placeholders.h"
#include "template/refusedtags.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <memory>

namespace Tilmech {

class Catalog;
class Document;
class ExpansionBudget;
class Expansion;
class Project;
class ViewLibrary;
class ExpressionCache;
class PageAnalysis;

struct RenderOptions
{
    QString language = QStringLiteral("en");
    QString country;             // empty: the default country of the language
    bool bodyOnly = false;       // leave out the layout
    bool sourcePositions = true; // data-sourcepos on blocks (the preview); off for export
    // For export: no marks (of refused tags' output, of database rows: RenderEnvironment::
    // preview), and what cannot be interpreted is left out (RenderResult::placeholders lists
    // it) instead of shown as a placeholder.
    bool forExport = false;
    // For a translation: the tags of its English source (PageTag::canonical). A tag that is
    // in neither this set nor the allow-list is refused (RefusedTags decides how it shows).
    std::shared_ptr<const QSet<QByteArray>> sourceTags;
};

struct RenderResult
{
    QByteArray html;     // the page in its layout, or the body alone
    QString title;       // the page title as the site shows it
    QString layout;      // the layout used ("none" when none)
    QByteArray markdown; // the text given to cmark-gfm after template expansion
    QVector<Placeholders::Item> placeholders; // what could not be evaluated
    QVector<Placeholders::Item> refusals;     // refused tags shown as the live site shows them
    Diagnostics problems; // problems of the page file itself (encoding, front matter,
                          // views and includes that expand past the limit)
};

// Renders a page as the live site does (docs/page-format.md, "Templates, by extension" and
// "Markdown"): template expansion in the order the file's extensions give, cmark-gfm with source
// positions, the [name]/[#id]/
// [/name] div brackets, and the layout. Block elements of the result carry
// data-sourcepos in the coordinates of the page file, so the preview can be matched to the
// editor. Safe to use from several threads at once.
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(Renderer)

public:
    explicit Renderer(std::shared_ptr<const Project> project);
    ~Renderer();

    RenderResult render(const PageAnalysis &page, const RenderOptions &options) const;
    RenderResult render(const Document &document, PageVariant variant,
                        const RenderOptions &options) const;
    // The analysis of a text (no outline), with this renderer's cache of parsed tags.
    std::shared_ptr<const PageAnalysis> analyse(Document document, PageVariant variant,
                                                bool withOutline) const;
    // The tags of an English page, for RenderOptions::sourceTags.
    static std::shared_ptr<const QSet<QByteArray>> tagSet(const PageAnalysis &page);
    // Loads and renders a page file; false with *error when the file (or, for a translation,
    // its English source) cannot be read. A translation's tags that its English source does
    // not have are not evaluated unless options.sourceTags says otherwise.
    bool renderFile(const PageFile &file, const RenderOptions &options, RenderResult *result,
                    QString *error) const;

    // What render() would report of the page's tags expanding past the limit of views and
    // includes (template-expansion-limit), without rendering the page: for the validator.
    Diagnostics expansionProblems(const PageAnalysis &page, const RenderOptions &options) const;

    // What views held that Tilmech could not interpret, in the renders so far: once per
    // place in a view, whatever the number of pages that use it.
    Diagnostics viewProblems() const;

    // The output of partial `name` (as an include: no locals, whitespace trimmed).
    QByteArray renderPartial(const QString &name, const QString &language,
                             const QString &country) const;

    const std::shared_ptr<const Project> &project() const { return m_project; }
    static QByteArray defaultCountry(const QString &language);
    // The options that render a translation's English source beside it: English, in the
    // translation's country.
    static RenderOptions sourceOptions(const RenderOptions &translation);

private:
    // Keeps the catalogs of a RenderEnvironment alive while it is used.
    struct Catalogs
    {
        std::shared_ptr<const Catalog> strings;
        std::shared_ptr<const Catalog> english;
    };
    RenderEnvironment environment(const RenderOptions &options, Catalogs &catalogs) const;
    static QVector<RefusedTags::Verdict> refusals(const PageAnalysis &page,
                                                  const RenderOptions &options);
    static Diagnostics budgetProblems(const ExpansionBudget &budget, const Document &doc);
    static Diagnostics wideRowProblems(const Expansion &markdown, const QVector<qsizetype> &rows,
                                       const Document &doc);

    std::shared_ptr<const Project> m_project;
    std::unique_ptr<ViewLibrary> m_views;
    std::shared_ptr<ExpressionCache> m_expressions;
};

} // namespace Tilmech
