#include "clivalidate.h"

#include "check/diagnosticcatalog.h"
#include "check/reportwriter.h"
#include "check/validator.h"
#include "cliutil.h"
#include "render/renderer.h"
#include "site/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Tilmech {

int CliValidate::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check pages and locale strings of a site. A translation is checked against its "
           "English page; --lang en checks the English pages alone.\n"
           "PAGE is a logical page name (all its files in the chosen languages) or the path "
           "of one page file. Without PAGE every page is checked, and so are the locale "
           "strings of each language."));
    parser.addHelpOption();
    const QCommandLineOption siteOption(QStringLiteral("site"), tr("The site folder."), tr("DIR"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        tr("Languages to check: one (ky), a list (ky,ru), all translations (all, the default), "
           "or en for the English pages."),
        tr("LANGS"), QStringLiteral("all"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Report format: text, json, sarif or junit."),
                                          tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption severityOption(
        QStringLiteral("min-severity"),
        tr("Leave out findings below LEVEL: info, warning or error (default: info)."), tr("LEVEL"),
        QStringLiteral("info"));
    const QCommandLineOption countryOption(
        QStringLiteral("country"),
        tr("Country for @country conditionals and site URLs (default: the language's)."),
        tr("CODE"));
    const QCommandLineOption codesOption(QStringLiteral("list-codes"),
                                         tr("List every diagnostic code and exit."));
    parser.addOptions(
        {siteOption, langOption, formatOption, severityOption, countryOption, codesOption});
    parser.addPositionalArgument(QStringLiteral("PAGE"), tr("Pages to check (default: all)."),
                                 QStringLiteral("[PAGE...]"));
    if (!parser.parse(arguments)) {
        CliUtil::error(parser.errorText());
        return CliUtil::CannotRun;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliUtil::out(parser.helpText().toUtf8());
        return CliUtil::Success;
    }
    if (parser.isSet(codesOption)) {
        QByteArray out =
            tr("| code | area | severity | meaning |").toUtf8() + "\n|---|---|---|---|\n";
        for (const DiagnosticCatalog::Entry &e : DiagnosticCatalog::entries()) {
            out += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                       .arg(e.code, e.area, Diagnostic::severityName(e.severity), e.summary)
                       .toUtf8();
        }
        CliUtil::out(out);
        return CliUtil::Success;
    }
    const std::optional<ReportWriter::Format> format =
        ReportWriter::parseFormat(parser.value(formatOption));
    if (!format) {
        CliUtil::error(tr("unknown --format \"%1\"; use text, json, sarif or junit")
                           .arg(parser.value(formatOption)));
        return CliUtil::CannotRun;
    }
    const QString severityName = parser.value(severityOption);
    Diagnostic::Severity minimum;
    if (severityName == QLatin1String("info")) {
        minimum = Diagnostic::Severity::Info;
    } else if (severityName == QLatin1String("warning")) {
        minimum = Diagnostic::Severity::Warning;
    } else if (severityName == QLatin1String("error")) {
        minimum = Diagnostic::Severity::Error;
    } else {
        CliUtil::error(
            tr("unknown --min-severity \"%1\"; use info, warning or error").arg(severityName));
        return CliUtil::CannotRun;
    }
    const Workspace workspace =
        CliUtil::openSite(parser.value(siteOption), parser.value(countryOption));
    const std::shared_ptr<const Project> &project = workspace.project();
    if (!project)
        return CliUtil::CannotRun;

    const std::optional<QStringList> chosen =
        CliUtil::languages(*project, parser.value(langOption), true);
    if (!chosen)
        return CliUtil::CannotRun;
    const QStringList languages = *chosen;
    if (languages.isEmpty()) {
        CliUtil::error(tr("the site has no translations to check; use --lang en to check the "
                          "English pages"));
        return CliUtil::CannotRun;
    }

    // The files to check.
    QVector<const PageFile *> files;
    const QStringList pages = parser.positionalArguments();
    if (pages.isEmpty()) {
        for (const Page &page : project->pages()) {
            for (const PageFile &f : page.files) {
                if (languages.contains(f.language))
                    files.append(&f);
            }
        }
    }
    for (const QString &argument : pages) {
        const bool isPath = QFileInfo(argument).isFile() || argument.contains(QLatin1String(".md"));
        QString name = argument;
        while (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        const Page *page = isPath ? nullptr : project->page(name);
        if (isPath) {
            const PageFile file = project->fileForPath(argument);
            const Page *owner = file.isValid() ? project->page(file.name) : nullptr;
            const PageFile *found = nullptr;
            if (owner) {
                for (const PageFile &f : owner->files) {
                    if (f.absolutePath == file.absolutePath)
                        found = &f;
                }
            }
            if (!found) {
                CliUtil::error(tr("%1 is not a page file of the site").arg(argument));
                return CliUtil::CannotRun;
            }
            files.append(found);
            continue;
        }
        if (!page) {
            CliUtil::error(tr("the site has no page \"%1\"").arg(name));
            return CliUtil::CannotRun;
        }
        for (const PageFile &f : page->files) {
            if (languages.contains(f.language))
                files.append(&f);
        }
    }

    const Validator &validator = *workspace.validator();
    ReportWriter::Report report;
    report.siteRoot = project->root();
    report.languages = languages;
    for (const Diagnostic &d : project->problems())
        report.diagnostics.append(d);
    // The catalogs when the whole site is checked, then the files, on every core.
    const QStringList catalogs = pages.isEmpty() ? languages : QStringList();
    for (const Diagnostics &found : validator.validateAll(catalogs, files))
        report.diagnostics += found;
    for (const QString &lang : catalogs)
        report.files.append({Project::catalogFile(lang), lang});
    for (const PageFile *file : qAsConst(files))
        report.files.append({file->relativePath, file->language});
    report.diagnostics += validator.viewProblems();
    const bool errors = hasErrors(report.diagnostics);
    Diagnostics shown;
    for (const Diagnostic &d : qAsConst(report.diagnostics)) {
        if (int(d.severity) >= int(minimum))
            shown.append(d);
    }
    const QString summary = ReportWriter::summary(report);
    report.diagnostics = shown;
    CliUtil::out(ReportWriter::write(*format, report));
    CliUtil::err((QStringLiteral("tilmech-cli: ") + summary + QLatin1Char('\n')).toUtf8());
    return errors ? CliUtil::Failure : CliUtil::Success;
}

} // namespace Tilmech
