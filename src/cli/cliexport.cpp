#include "cliexport.h"

#include "check/validator.h"
#include "cliutil.h"
#include "export/exporter.h"
#include "render/renderer.h"
#include "site/project.h"

#include <QCommandLineParser>

namespace Tilmech {

int CliExport::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export the pages of one or more languages as an HTML bundle for upload: "
           "OUT/<lang>/<page>.html, the files they use, manifest.json, and a zip if asked. "
           "Pages with errors stop the export unless --with-errors is given; a non-empty folder "
           "not made by Tilmech is replaced only with --replace. OUT and the zip may not be the "
           "site folder, hold it or lie inside it."));
    parser.addHelpOption();
    const QCommandLineOption siteOption(QStringLiteral("site"), tr("The site folder."), tr("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Languages: ky, ky,ru or all (the default)."),
                                        tr("LANGS"), QStringLiteral("all"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The bundle folder."), tr("DIR"));
    const QCommandLineOption zipOption(QStringLiteral("zip"), tr("Also write a zip of the bundle."),
                                       tr("FILE"));
    const QCommandLineOption withErrorsOption(
        QStringLiteral("with-errors"),
        tr("Export although pages have errors (the manifest says so)."));
    const QCommandLineOption replaceOption(
        QStringLiteral("replace"),
        tr("Replace the contents of OUT although Tilmech did not make it."));
    // The old name of --with-errors; it once also meant --replace, and no longer does.
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        tr("The same as --with-errors (deprecated); it does not replace."));
    const QCommandLineOption urlOption(QStringLiteral("site-url"),
                                       tr("The live site, for links to pages outside the bundle."),
                                       tr("URL"), QStringLiteral("https://hourofcode.com"));
    parser.addOptions({siteOption, langOption, outOption, zipOption, withErrorsOption,
                       replaceOption, forceOption, urlOption});
    if (const std::optional<int> stop = CliUtil::parse(parser, arguments))
        return *stop;
    if (!parser.isSet(outOption)) {
        CliUtil::error(tr("no bundle folder given: add --out DIR"));
        return CliUtil::CannotRun;
    }
    const Workspace workspace = CliUtil::openSite(parser.value(siteOption), {});
    const std::shared_ptr<const Project> &project = workspace.project();
    if (!project)
        return CliUtil::CannotRun;
    Exporter::Options options;
    const std::optional<QStringList> languages =
        CliUtil::languages(*project, parser.value(langOption), true);
    if (!languages)
        return CliUtil::CannotRun;
    options.languages = *languages;
    options.destination = parser.value(outOption);
    options.zipFile = parser.value(zipOption);
    options.allowErrors = parser.isSet(withErrorsOption) || parser.isSet(forceOption);
    options.replaceForeign = parser.isSet(replaceOption);
    options.siteUrl = parser.value(urlOption);

    const Exporter exporter(project, workspace.renderer(), workspace.validator());
    const Exporter::Result result = exporter.run(options);
    QByteArray findings;
    for (const Diagnostic &d : result.findings)
        findings += d.toText().toUtf8() + '\n';
    CliUtil::out(findings);
    if (!result.ok) {
        // The core says what is wrong; the options that answer it are the command line's.
        if (result.refusedForErrors)
            CliUtil::error(tr("%1: --with-errors").arg(result.error));
        else if (result.refusedForeignFolder)
            CliUtil::error(tr("%1: --replace").arg(result.error));
        else
            CliUtil::error(result.error);
        return result.refusedForErrors ? CliUtil::Failure : CliUtil::CannotRun;
    }
    CliUtil::err(
        tr("tilmech-cli: exported %1 pages and %2 files to %3 (%4 errors, %5 warnings)%6\n")
            .arg(result.pages)
            .arg(result.assets)
            .arg(options.destination)
            .arg(result.errors)
            .arg(result.warnings)
            .arg(options.zipFile.isEmpty() ? QString() : tr("; zip: %1").arg(options.zipFile))
            .toUtf8());
    return result.errors > 0 ? CliUtil::Failure : CliUtil::Success;
}

} // namespace Tilmech
