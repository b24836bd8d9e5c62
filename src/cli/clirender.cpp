#include "clirender.h"

#include "base/filewriter.h"
#include "cliutil.h"
#include "render/renderer.h"
#include "site/document.h"
#include "site/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Tilmech {

namespace {

// The file a PAGE argument names: a page file's path, or a logical page name.
PageFile resolvePage(const Project &project, const QString &argument, const QString &language,
                     QString *error)
{
    if (QFileInfo(argument).isFile() || argument.contains(QLatin1String(".md"))) {
        const PageFile file = project.fileForPath(argument);
        if (!file.isValid()) {
            *error = QFileInfo(argument).exists()
                         ? CliRender::tr("%1 is not a page file of the site %2")
                               .arg(argument, QDir::toNativeSeparators(project.root()))
                         : CliRender::tr("%1: no such file").arg(argument);
        }
        return file;
    }
    QString name = argument;
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    const Page *page = project.page(name);
    if (!page) {
        QStringList similar;
        for (const Page &p : project.pages()) {
            if (p.name.contains(name.section(QLatin1Char('/'), -1)))
                similar.append(p.name);
        }
        *error = CliRender::tr("the site has no page \"%1\"").arg(name);
        if (!similar.isEmpty())
            *error += CliRender::tr("; did you mean: %1?")
                          .arg(similar.mid(0, 5).join(QLatin1String(", ")));
        return {};
    }
    const PageFile *file = page->preferred(language);
    if (!file) {
        *error = CliRender::tr("the page \"%1\" has no file in language \"%2\"; it exists in: %3")
                     .arg(name, language, [&] {
                         QStringList langs;
                         for (const PageFile &f : page->files) {
                             if (!langs.contains(f.language))
                                 langs.append(f.language);
                         }
                         return langs.join(QLatin1String(", "));
                     }());
        return {};
    }
    return *file;
}

// What is wrong with the arguments themselves (no page, several pages without --out, a
// --country that is not a code), reported; false when something is.
bool argumentsUsable(const QStringList &pages, const QString &outDir, const QString &country)
{
    if (pages.isEmpty()) {
        CliUtil::error(CliRender::tr("no PAGE given; name a page such as promote/press-kit"));
        return false;
    }
    if (pages.size() > 1 && outDir.isEmpty()) {
        CliUtil::error(CliRender::tr("%n pages given: use --out DIR to write them to files",
                                     nullptr, int(pages.size())));
        return false;
    }
    if (!country.isEmpty() &&
        (country.size() != 2 || !country.at(0).isLower() || !country.at(1).isLower())) {
        CliUtil::error(
            CliRender::tr("--country takes a two-letter lower-case code such as kg, not \"%1\"")
                .arg(country));
        return false;
    }
    return true;
}

// Renders the page one PAGE argument names, to stdout or to DIR/<page>.html, in the options
// given (and the page file's language). Failure when this page fails; CannotRun when the
// output folder cannot be made, which stops the command.
int renderPage(const Renderer &renderer, const Project &project, const QString &argument,
               const QString &language, RenderOptions options, const QString &outDir)
{
    QString error;
    const PageFile file = resolvePage(project, argument, language, &error);
    if (!file.isValid()) {
        CliUtil::error(error);
        return CliUtil::Failure;
    }
    options.language = file.language;
    RenderResult result;
    if (!renderer.renderFile(file, options, &result, &error)) {
        CliUtil::error(error);
        return CliUtil::Failure;
    }
    if (hasErrors(result.problems)) {
        for (const Diagnostic &d : result.problems) {
            Diagnostic shown = d;
            shown.file = file.relativePath;
            CliUtil::error(shown.toText());
        }
        return CliUtil::Failure;
    }
    if (outDir.isEmpty()) {
        CliUtil::out(result.html);
        return CliUtil::Success;
    }
    const QString target = QDir(outDir).filePath(file.name + QStringLiteral(".html"));
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        CliUtil::error(
            CliRender::tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath()));
        return CliUtil::CannotRun;
    }
    if (!FileWriter::save(target, result.html, &error)) {
        CliUtil::error(error);
        return CliUtil::Failure;
    }
    return CliUtil::Success;
}

} // namespace

int CliRender::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render pages of a site to HTML as the live site shows them.\n"
           "PAGE is a logical page name (promote/press-kit) or the path of one page file, "
           "which picks that file variant. When a logical page has several files, the first "
           "of .md, .md.partial, .erb.md, .md.erb is used (for a translation: the file with "
           "the same variant as the English one, if there is one)."));
    parser.addHelpOption();
    const QCommandLineOption siteOption(QStringLiteral("site"), tr("The site folder."), tr("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Page language (default: en)."),
                                        tr("LANG"), QStringLiteral("en"));
    const QCommandLineOption countryOption(
        QStringLiteral("country"),
        tr("Country for @country conditionals and site URLs (default: the language's)."),
        tr("CODE"));
    const QCommandLineOption bodyOption(QStringLiteral("body-only"),
                                        tr("Write the page body without the layout."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Write each page to DIR/<page>.html."), tr("DIR"));
    // The preview's data-sourcepos are Tilmech's own: the live page has none, and they
    // change how a browser reads a page whose HTML is broken (an attribute quote never closed).
    const QCommandLineOption positionsOption(
        QStringLiteral("source-positions"),
        tr("Mark each block with the lines of the page file it comes from (data-sourcepos), "
           "as the preview does."));
    parser.addOptions(
        {siteOption, langOption, countryOption, bodyOption, outOption, positionsOption});
    parser.addPositionalArgument(QStringLiteral("PAGE"), tr("Pages to render."),
                                 QStringLiteral("PAGE..."));

    if (const std::optional<int> stop = CliUtil::parse(parser, arguments))
        return *stop;
    const QStringList pages = parser.positionalArguments();
    const QString outDir = parser.value(outOption);
    const QString country = parser.value(countryOption);
    if (!argumentsUsable(pages, outDir, country))
        return CliUtil::CannotRun;
    const Workspace workspace = CliUtil::openSite(parser.value(siteOption), {});
    const std::shared_ptr<const Project> &project = workspace.project();
    if (!project)
        return CliUtil::CannotRun;
    const std::optional<QStringList> languages =
        CliUtil::languages(*project, parser.value(langOption), false);
    if (!languages)
        return CliUtil::CannotRun;

    RenderOptions options;
    options.country = country;
    options.bodyOnly = parser.isSet(bodyOption);
    options.sourcePositions = parser.isSet(positionsOption);
    int status = CliUtil::Success;
    for (const QString &argument : pages) {
        const int pageStatus = renderPage(*workspace.renderer(), *project, argument,
                                          languages->first(), options, outDir);
        if (pageStatus == CliUtil::CannotRun)
            return CliUtil::CannotRun;
        if (pageStatus != CliUtil::Success)
            status = pageStatus;
    }
    return status;
}

} // namespace Tilmech
