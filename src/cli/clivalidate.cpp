#include "clivalidate.h"

#include "check/diagnosticcatalog.h"
#include "check/reportwriter.h"
#include "check/validator.h"
#include "clifix.h"
#include "cliutil.h"
#include "render/renderer.h"
#include "site/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Tilmech {

void CliValidate::listCodes()
{
    QByteArray out = tr("| code | area | severity | meaning |").toUtf8() + "\n|---|---|---|---|\n";
    for (const DiagnosticCatalog::Entry &e : DiagnosticCatalog::entries()) {
        out += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                   .arg(e.code, e.area, Diagnostic::severityName(e.severity), e.summary)
                   .toUtf8();
    }
    CliUtil::out(out);
}

std::optional<Diagnostic::Severity> CliValidate::minimumSeverity(const QString &name)
{
    if (name == QLatin1String("info"))
        return Diagnostic::Severity::Info;
    if (name == QLatin1String("warning"))
        return Diagnostic::Severity::Warning;
    if (name == QLatin1String("error"))
        return Diagnostic::Severity::Error;
    CliUtil::error(tr("unknown --min-severity \"%1\"; use info, warning or error").arg(name));
    return std::nullopt;
}

// The files to check: every file of `languages`, or those of the pages named.
std::optional<QVector<const PageFile *>> CliValidate::filesToCheck(const Project &project,
                                                                   const QStringList &languages,
                                                                   const QStringList &pages)
{
    QVector<const PageFile *> files;
    if (pages.isEmpty()) {
        for (const Page &page : project.pages()) {
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
        const Page *page = isPath ? nullptr : project.page(name);
        if (isPath) {
            const PageFile file = project.fileForPath(argument);
            const Page *owner = file.isValid() ? project.page(file.name) : nullptr;
            const PageFile *found = nullptr;
            if (owner) {
                for (const PageFile &f : owner->files) {
                    if (f.absolutePath == file.absolutePath)
                        found = &f;
                }
            }
            if (!found) {
                CliUtil::error(tr("%1 is not a page file of the site").arg(argument));
                return std::nullopt;
            }
            files.append(found);
            continue;
        }
        if (!page) {
            CliUtil::error(tr("the site has no page \"%1\"").arg(name));
            return std::nullopt;
        }
        for (const PageFile &f : page->files) {
            if (languages.contains(f.language))
                files.append(&f);
        }
    }

    return files;
}

// Checks the catalogs (when the whole site is checked) and the files on every core.
ReportWriter::Report CliValidate::collect(const Workspace &workspace, const QStringList &languages,
                                          const QStringList &catalogs,
                                          const QVector<const PageFile *> &files)
{
    const Validator &validator = *workspace.validator();
    ReportWriter::Report report;
    const Project &project = *workspace.project();
    report.siteRoot = project.root();
    report.languages = languages;
    for (const Diagnostic &d : project.problems())
        report.diagnostics.append(d);
    for (const Diagnostics &found : validator.validateAll(catalogs, files))
        report.diagnostics += found;
    for (const QString &lang : catalogs)
        report.files.append({Project::catalogFile(lang), lang});
    for (const PageFile *file : qAsConst(files))
        report.files.append({file->relativePath, file->language});
    report.diagnostics += validator.viewProblems();
    return report;
}

// Reports the findings of at least `minimum` in `format`.
int CliValidate::print(ReportWriter::Report report, ReportWriter::Format format,
                       Diagnostic::Severity minimum)
{
    const bool errors = hasErrors(report.diagnostics);
    Diagnostics shown;
    for (const Diagnostic &d : qAsConst(report.diagnostics)) {
        if (int(d.severity) >= int(minimum))
            shown.append(d);
    }
    const QString summary = ReportWriter::summary(report);
    report.diagnostics = shown;
    CliUtil::out(ReportWriter::write(format, report));
    CliUtil::err((QStringLiteral("tilmech-cli: ") + summary + QLatin1Char('\n')).toUtf8());
    return errors ? CliUtil::Failure : CliUtil::Success;
}

// --fix: applies the fixes and says so; false when a file could not be read or written.
bool CliValidate::fix(const Project &project, const Diagnostics &found, bool dryRun,
                      ReportWriter::Format format, int *filesChanged)
{
    const CliFix::Outcome outcome =
        CliFix::apply(project, found, dryRun, format == ReportWriter::Format::Text);
    const QString said = dryRun ? tr("fixes to apply: %1, in files: %2")
                                : tr("fixes applied: %1, files changed: %2");
    CliUtil::err((QStringLiteral("tilmech-cli: ") +
                  said.arg(outcome.fixesApplied).arg(outcome.filesChanged) + QLatin1Char('\n'))
                     .toUtf8());
    *filesChanged = outcome.filesChanged;
    return outcome.failures == 0;
}

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
    const QCommandLineOption fixOption(
        QStringLiteral("fix"),
        tr("Apply the fixes findings carry to the page files, say what changed, and report "
           "what is left."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("With --fix: print the changes as a patch, write nothing."));
    parser.addOptions({siteOption, langOption, formatOption, severityOption, countryOption,
                       codesOption, fixOption, dryRunOption});
    parser.addPositionalArgument(QStringLiteral("PAGE"), tr("Pages to check (default: all)."),
                                 QStringLiteral("[PAGE...]"));
    if (const std::optional<int> stop = CliUtil::parse(parser, arguments))
        return *stop;
    if (parser.isSet(dryRunOption) && !parser.isSet(fixOption)) {
        CliUtil::error(tr("--dry-run goes with --fix"));
        return CliUtil::CannotRun;
    }
    if (parser.isSet(codesOption)) {
        listCodes();
        return CliUtil::Success;
    }
    const std::optional<ReportWriter::Format> format =
        ReportWriter::parseFormat(parser.value(formatOption));
    if (!format) {
        CliUtil::error(tr("unknown --format \"%1\"; use text, json, sarif or junit")
                           .arg(parser.value(formatOption)));
        return CliUtil::CannotRun;
    }
    const std::optional<Diagnostic::Severity> minimum =
        minimumSeverity(parser.value(severityOption));
    if (!minimum)
        return CliUtil::CannotRun;
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

    const QStringList pages = parser.positionalArguments();
    const std::optional<QVector<const PageFile *>> files = filesToCheck(*project, languages, pages);
    if (!files)
        return CliUtil::CannotRun;

    const QStringList catalogs = pages.isEmpty() ? languages : QStringList();
    ReportWriter::Report report = collect(workspace, languages, catalogs, *files);
    if (parser.isSet(fixOption)) {
        int changed = 0;
        if (!fix(*project, report.diagnostics, parser.isSet(dryRunOption), *format, &changed))
            return CliUtil::CannotRun;
        if (changed > 0 && !parser.isSet(dryRunOption)) {
            // What is left, read again from the files as they are now.
            const Workspace again =
                CliUtil::openSite(parser.value(siteOption), parser.value(countryOption));
            if (!again.project())
                return CliUtil::CannotRun;
            const auto filesNow = filesToCheck(*again.project(), languages, pages);
            if (!filesNow)
                return CliUtil::CannotRun;
            report = collect(again, languages, catalogs, *filesNow);
        }
    }
    return print(report, *format, *minimum);
}

} // namespace Tilmech
