#include "clistrings.h"

#include "base/utf8.h"
#include "cliutil.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "strings/catalogeditor.h"
#include "strings/stringtable.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Tilmech {

namespace {

// The first argument that is not UTF-8, as an error message (empty when all are).
QString invalidArgument(const QByteArrayList &raw)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QByteArray &argument = raw.at(i);
        const qsizetype bad = Utf8::firstInvalid(argument);
        if (bad < 0)
            continue;
        const QString byte =
            QStringLiteral("0x%1").arg(uchar(argument.at(bad)), 2, 16, QLatin1Char('0'));
        QByteArray set;
        if (argument.startsWith("--set="))
            set = argument.mid(6);
        else if (i > 0 && raw.at(i - 1) == "--set")
            set = argument;
        if (set.isEmpty()) {
            return CliStrings::tr("argument %1 is not valid UTF-8 (byte %2); give it in UTF-8")
                .arg(i + 1)
                .arg(byte);
        }
        const qsizetype eq = set.indexOf('=');
        return CliStrings::tr("the value of --set %1 is not valid UTF-8 (byte %2); nothing was "
                              "changed. Give the value in UTF-8")
            .arg(QString::fromUtf8(eq < 0 ? set : set.left(eq)), byte);
    }
    return QString();
}

// Whether both catalogs can be read as strings; the first problem that keeps one from it is
// reported.
bool catalogsReadable(const Catalog &english, const Catalog &catalog)
{
    for (const Catalog *c : {&english, &catalog}) {
        for (const Diagnostic &d : c->problems()) {
            if (d.code == QLatin1String("strings-yaml") ||
                d.code == QLatin1String("strings-unreadable") ||
                d.code == QLatin1String("strings-expansion-limit")) {
                CliUtil::error(d.toText());
                return false;
            }
        }
    }
    return true;
}

// --set KEY=VALUE ...: every key must be an English string (or already translated); the
// edits are written together, and each set key is reported with its line.
int setStrings(const Project &project, const QString &language, const QStringList &sets,
               const Catalog &english, const Catalog &catalog, const QString &shownPath)
{
    QVector<CatalogEditor::Edit> edits;
    for (const QString &set : sets) {
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            CliUtil::error(CliStrings::tr("--set takes KEY=VALUE, not \"%1\"").arg(set));
            return CliUtil::CannotRun;
        }
        const QByteArray key = set.left(eq).toUtf8();
        if (!english.contains(key) && !catalog.contains(key)) {
            CliUtil::error(CliStrings::tr("i18n/en.yml has no string \"%1\"; add it to the "
                                          "English strings first")
                               .arg(QString::fromUtf8(key)));
            return CliUtil::Failure;
        }
        edits.append({key, set.mid(eq + 1).toUtf8()});
    }
    // Applied to the file as it is when the lock is taken, so that a run at the same time
    // does not lose this one's edits or have its own lost.
    QString error;
    bool busy = false;
    const std::optional<QByteArray> bytes =
        CatalogEditor::update(project, language, edits, &error, &busy);
    if (!bytes) {
        CliUtil::error(error);
        return busy ? CliUtil::CannotRun : CliUtil::Failure;
    }
    const std::shared_ptr<const Catalog> written =
        Catalog::fromBytes(*bytes, project.catalogPath(language), language);
    for (const CatalogEditor::Edit &edit : qAsConst(edits)) {
        const Catalog::Entry *e = written->entry(edit.first);
        CliUtil::out(CliStrings::tr("%1:%2: %3 set\n")
                         .arg(shownPath)
                         .arg(e ? e->line : 0)
                         .arg(QString::fromUtf8(edit.first))
                         .toUtf8());
    }
    return CliUtil::Success;
}

// The list: the strings that need work (or all), as JSON or as tab-separated lines with the
// counts of each state on stderr.
int listStrings(const Catalog &english, const Catalog *catalog, const QString &language,
                const QString &shownPath, bool all, bool json)
{
    const QVector<StringTable::Row> rows = StringTable::build(english, catalog);
    QMap<QString, int> counts;
    QJsonArray items;
    QByteArray text;
    for (const StringTable::Row &row : rows) {
        counts[StringTable::statusName(row.status)] += 1;
        if (!all && !StringTable::needsWork(row.status))
            continue;
        if (json) {
            QJsonObject o{{QStringLiteral("key"), QString::fromUtf8(row.key)},
                          {QStringLiteral("status"), StringTable::statusName(row.status)},
                          {QStringLiteral("english"), QString::fromUtf8(row.english)}};
            if (row.hasTranslation) {
                o.insert(QStringLiteral("translation"), QString::fromUtf8(row.translation));
                o.insert(QStringLiteral("line"), row.line);
            }
            items.append(o);
        } else {
            QByteArray shown = row.hasTranslation ? row.translation : row.english;
            shown.replace('\n', "\\n");
            text += StringTable::statusName(row.status).toUtf8() + '\t' + row.key + '\t' +
                    QByteArray::number(row.hasTranslation ? row.line : row.englishLine) + '\t' +
                    shown + '\n';
        }
    }
    QJsonObject summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.insert(it.key(), it.value());
    if (json) {
        const QJsonObject root{{QStringLiteral("language"), language},
                               {QStringLiteral("file"), shownPath},
                               {QStringLiteral("counts"), summary},
                               {QStringLiteral("strings"), items}};
        CliUtil::out(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        CliUtil::out(text);
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        CliUtil::err((QStringLiteral("tilmech-cli: ") + shownPath + QStringLiteral(": ") +
                      parts.join(QStringLiteral(", ")) + QLatin1Char('\n'))
                         .toUtf8());
    }
    return CliUtil::Success;
}

} // namespace

int CliStrings::run(const QStringList &arguments, const QByteArrayList &raw)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the locale strings of a language beside English with their state (missing, "
           "empty, same as English, placeholder mismatch, HTML differs, not in English), or "
           "change values with --set. Changes rewrite only the changed values' lines."));
    parser.addHelpOption();
    const QCommandLineOption siteOption(QStringLiteral("site"), tr("The site folder."), tr("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("The language."), tr("LANG"));
    const QCommandLineOption missingOption(QStringLiteral("missing"),
                                           tr("List only strings that need work (the default)."));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("List every string."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("text or json."),
                                          tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       tr("Set KEY to VALUE (may be given several times)."),
                                       tr("KEY=VALUE"));
    parser.addOptions({siteOption, langOption, missingOption, allOption, formatOption, setOption});
    if (const std::optional<int> stop = CliUtil::parse(parser, arguments))
        return *stop;
    const QString invalid = invalidArgument(raw);
    if (!invalid.isEmpty()) {
        CliUtil::error(invalid);
        return CliUtil::CannotRun;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        CliUtil::error(tr("unknown --format \"%1\"; use text or json").arg(format));
        return CliUtil::CannotRun;
    }
    if (parser.isSet(missingOption) && parser.isSet(allOption)) {
        CliUtil::error(tr("--missing and --all exclude each other"));
        return CliUtil::CannotRun;
    }
    const Workspace workspace = CliUtil::openSite(parser.value(siteOption), {});
    const std::shared_ptr<const Project> &project = workspace.project();
    if (!project)
        return CliUtil::CannotRun;
    const QString language = parser.value(langOption);
    if (language.isEmpty() || language == QLatin1String("en")) {
        CliUtil::error(tr("name the language with --lang, e.g. --lang ky"));
        return CliUtil::CannotRun;
    }
    const std::shared_ptr<const Catalog> english = project->catalog(QStringLiteral("en"));
    const std::shared_ptr<const Catalog> catalog = project->catalog(language);
    if (!catalogsReadable(*english, *catalog))
        return CliUtil::CannotRun;
    const QString shownPath = Project::catalogFile(language);
    const QStringList sets = parser.values(setOption);
    if (!sets.isEmpty())
        return setStrings(*project, language, sets, *english, *catalog, shownPath);
    return listStrings(*english, catalog.get(), language, shownPath, parser.isSet(allOption),
                       format == QLatin1String("json"));
}

} // namespace Tilmech
