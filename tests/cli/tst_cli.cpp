// tilmech-cli as scripts see it: exit codes, what goes to stdout and stderr, and files.

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void outDirectory();
    void invalidPageFile();
    void corpusPage();
    void sourcePositionsOnRequest();
    void validate_data();
    void validate();
    void validateFormats_data();
    void validateFormats();
    void validateFix();
    void validateFixDryRunAndSarif();
    void strings_data();
    void strings();
    void stringsSet();
    void stringsSetConcurrently();
    void stringsSetRefusesLinks_data();
    void stringsSetRefusesLinks();
    void stringsSetRefusesInvalidUtf8();
    void stringsSetBusy();
    void exportCommand_data();
    void exportCommand();
    void exportRefusals_data();
    void exportRefusals();
    void messagesFollowLocale_data();
    void messagesFollowLocale();

private:
    static QString fixSite(const QTemporaryDir &dir);
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"));
    QTemporaryDir m_scratch;
};

TestCli::Run TestCli::run(const QStringList &arguments, const QString &locale)
{
    const TestSupport::CliRun r = TestSupport::runCli(arguments, locale);
    return Run{r.code, r.out, r.err};
}

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(TILMECH_BINARY_DIR "/tilmech-cli")));
    QVERIFY(m_scratch.isValid());
    QFile notSite(m_scratch.filePath(QStringLiteral("file.txt")));
    QVERIFY(notSite.open(QIODevice::WriteOnly));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");

    const QString site = TestSupport::sampleSite();
    const QString s = QStringLiteral("--site");
    const QString r = QStringLiteral("render");
    QTest::newRow("nominal: --help")
        << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("render") << QString();
    QTest::newRow("nominal: --version") << QStringList{QStringLiteral("--version")} << 0
                                        << QStringLiteral("tilmech-cli 0.") << QString();
    QTest::newRow("nominal: render --help") << QStringList{r, QStringLiteral("--help")} << 0
                                            << QStringLiteral("--body-only") << QString();
    QTest::newRow("nominal: one page to stdout")
        << QStringList{r,
                       s,
                       site,
                       QStringLiteral("--lang"),
                       QStringLiteral("ky"),
                       QStringLiteral("learn")}
        << 0 << QStringLiteral("<!DOCTYPE html>") << QString();
    QTest::newRow("nominal: body only") << QStringList{r,
                                                       s,
                                                       site,
                                                       QStringLiteral("--lang"),
                                                       QStringLiteral("ky"),
                                                       QStringLiteral("--body-only"),
                                                       QStringLiteral("learn")}
                                        << 0 << QStringLiteral("<h1") << QString();
    QTest::newRow("nominal: country drives URLs") << QStringList{r,
                                                                 s,
                                                                 site,
                                                                 QStringLiteral("--lang"),
                                                                 QStringLiteral("ky"),
                                                                 QStringLiteral("--country"),
                                                                 QStringLiteral("kz"),
                                                                 QStringLiteral("--body-only"),
                                                                 QStringLiteral("index")}
                                                  << 0 << QStringLiteral("/kz/ky/") << QString();
    QTest::newRow("nominal: a page file picks its variant and language")
        << QStringList{r, s, site, site + QStringLiteral("/i18n/public/ky/about.erb.md")} << 0
        << QStringLiteral("lang=\"ky\"") << QString();
    QTest::newRow("nominal: leading slash in a page name")
        << QStringList{r, s, site, QStringLiteral("/learn")} << 0 << QStringLiteral("<h1")
        << QString();
    QTest::newRow("robustness: no command")
        << QStringList{} << 2 << QString() << QStringLiteral("no command");
    QTest::newRow("robustness: unknown command")
        << QStringList{QStringLiteral("paint")} << 2 << QString() << QStringLiteral("paint");
    QTest::newRow("robustness: unknown option")
        << QStringList{r, QStringLiteral("--colour")} << 2 << QString() << QStringLiteral("colour");
    QTest::newRow("robustness: no site")
        << QStringList{r, QStringLiteral("learn")} << 2 << QString() << QStringLiteral("--site");
    QTest::newRow("robustness: missing site folder")
        << QStringList{r, s, QStringLiteral("/nonexistent/site"), QStringLiteral("learn")} << 2
        << QString() << QStringLiteral("/nonexistent/site");
    QTest::newRow("robustness: folder that is not a site")
        << QStringList{r, s, m_scratch.path(), QStringLiteral("learn")} << 2 << QString()
        << QStringLiteral("not a site folder");
    QTest::newRow("robustness: no page")
        << QStringList{r, s, site} << 2 << QString() << QStringLiteral("PAGE");
    QTest::newRow("robustness: unknown page")
        << QStringList{r, s, site, QStringLiteral("nowhere")} << 1 << QString()
        << QStringLiteral("no page \"nowhere\"");
    QTest::newRow("robustness: page without that language")
        << QStringList{r,
                       s,
                       site,
                       QStringLiteral("--lang"),
                       QStringLiteral("ky"),
                       QStringLiteral("nowhere")}
        << 1 << QString() << QStringLiteral("nowhere");
    QTest::newRow("robustness: unknown language")
        << QStringList{r,
                       s,
                       site,
                       QStringLiteral("--lang"),
                       QStringLiteral("xx"),
                       QStringLiteral("learn")}
        << 2 << QString() << QStringLiteral("no language \"xx\"");
    QTest::newRow("robustness: bad country") << QStringList{r,
                                                            s,
                                                            site,
                                                            QStringLiteral("--country"),
                                                            QStringLiteral("KGZ"),
                                                            QStringLiteral("learn")}
                                             << 2 << QString() << QStringLiteral("--country");
    QTest::newRow("robustness: several pages without --out")
        << QStringList{r, s, site, QStringLiteral("learn"), QStringLiteral("index")} << 2
        << QString() << QStringLiteral("--out");
    QTest::newRow("robustness: file outside the site")
        << QStringList{r, s, site, m_scratch.filePath(QStringLiteral("file.txt"))} << 1 << QString()
        << QStringLiteral("not a page file");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    const Run result = run(arguments);
    QVERIFY2(result.code == code,
             qPrintable(QStringLiteral("exit %1, stderr: %2").arg(result.code).arg(result.err)));
    if (!stdoutHas.isEmpty())
        QVERIFY2(result.out.contains(stdoutHas), qPrintable(result.out.left(400)));
    if (!stderrHas.isEmpty())
        QVERIFY2(result.err.contains(stderrHas), qPrintable(result.err));
    if (code != 0) {
        QVERIFY(result.out.isEmpty() || arguments.isEmpty() ||
                arguments.first() != QLatin1String("render"));
        QVERIFY(result.err.startsWith(QLatin1String("tilmech-cli: error: ")));
    } else if (stderrHas.isEmpty()) {
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }
}

void TestCli::outDirectory()
{
    QTemporaryDir out;
    const Run result = run(
        {QStringLiteral("render"), QStringLiteral("--site"), TestSupport::sampleSite(),
         QStringLiteral("--lang"), QStringLiteral("ky"), QStringLiteral("--out"), out.path(),
         QStringLiteral("learn"), QStringLiteral("promote/index"), QStringLiteral("how-to/index")});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.isEmpty());
    for (const char *name : {"learn.html", "promote/index.html", "how-to/index.html"}) {
        QFile file(out.filePath(QString::fromLatin1(name)));
        QVERIFY2(file.open(QIODevice::ReadOnly), name);
        QVERIFY(file.readAll().contains("<main id=\"tilmech-page\""));
    }
}

void TestCli::invalidPageFile()
{
    // A page that is not UTF-8: the error names the file and the line, and nothing is written.
    QTemporaryDir site;
    QVERIFY(QDir(site.path()).mkpath(QStringLiteral("public")));
    QFile page(site.filePath(QStringLiteral("public/bad.md")));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("---\ntitle: x\n---\nline four\nline \xFF five\n");
    page.close();
    const Run result = run(
        {QStringLiteral("render"), QStringLiteral("--site"), site.path(), QStringLiteral("bad")});
    QCOMPARE(result.code, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(QLatin1String("public/bad.md:5:6: error:")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("UTF-8")));
}

void TestCli::corpusPage()
{
    REQUIRE_CORPUS();
    const Run result = run({QStringLiteral("render"), QStringLiteral("--site"),
                            TestSupport::corpusSite(), QStringLiteral("--lang"),
                            QStringLiteral("ky"), QStringLiteral("--country"), QStringLiteral("kg"),
                            QStringLiteral("--body-only"), QStringLiteral("promote/press-kit")});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QLatin1String("href=\"/kg/ky/promote/resources#sample-emails\"")));
    QVERIFY(!result.out.contains(QLatin1String("<html")));
}

void TestCli::sourcePositionsOnRequest()
{
    // The live page has no data-sourcepos: render leaves them out unless asked.
    const QStringList page{QStringLiteral("render"),  QStringLiteral("--site"),
                           TestSupport::sampleSite(), QStringLiteral("--lang"),
                           QStringLiteral("ky"),      QStringLiteral("--body-only"),
                           QStringLiteral("learn")};
    const Run plain = run(page);
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.contains(QLatin1String("<h1")));
    QVERIFY2(!plain.out.contains(QLatin1String("data-sourcepos")), qPrintable(plain.out));
    const Run marked = run(page + QStringList{QStringLiteral("--source-positions")});
    QCOMPARE(marked.code, 0);
    QVERIFY2(marked.out.contains(QLatin1String("<h1 data-sourcepos=\"")), qPrintable(marked.out));
}

void TestCli::validate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stdoutLacks");

    const QString site = TestSupport::sampleSite();
    const QString v = QStringLiteral("validate");
    const QString s = QStringLiteral("--site");
    const QString l = QStringLiteral("--lang");
    QTest::newRow("nominal: errors found")
        << QStringList{v, s, site, l, QStringLiteral("ky")} << 1
        << QStringLiteral("i18n/public/ky/index.md:23:12: error: ") << QString();
    QTest::newRow("nominal: all languages by default")
        << QStringList{v, s, site} << 1 << QStringLiteral("[template-mangled]") << QString();
    QTest::newRow("nominal: a clean page")
        << QStringList{v, s, site, l, QStringLiteral("ky"), QStringLiteral("learn")} << 0
        << QString() << QStringLiteral("error");
    QTest::newRow("nominal: English pages alone")
        << QStringList{v, s, site, l, QStringLiteral("en")} << 0 << QString()
        << QStringLiteral("parity");
    QTest::newRow("nominal: a page file")
        << QStringList{v, s, site, site + QStringLiteral("/i18n/public/ky/about.erb.md")} << 1
        << QStringLiteral("about.erb.md:18:") << QStringLiteral("index.md");
    QTest::newRow("nominal: min severity hides warnings")
        << QStringList{v,
                       s,
                       site,
                       l,
                       QStringLiteral("ky"),
                       QStringLiteral("--min-severity"),
                       QStringLiteral("error")}
        << 1 << QStringLiteral(": error: ") << QStringLiteral(": warning: ");
    QTest::newRow("nominal: warnings alone do not fail")
        << QStringList{v, s, site, l, QStringLiteral("ky"), QStringLiteral("old-page")} << 0
        << QStringLiteral("[file-orphan]") << QString();
    QTest::newRow("nominal: list codes") << QStringList{v, QStringLiteral("--list-codes")} << 0
                                         << QStringLiteral("`parity-tag-missing`") << QString();
    QTest::newRow("robustness: unknown format")
        << QStringList{v, s, site, QStringLiteral("--format"), QStringLiteral("xml")} << 2
        << QString() << QString();
    QTest::newRow("robustness: unknown severity")
        << QStringList{v, s, site, QStringLiteral("--min-severity"), QStringLiteral("fatal")} << 2
        << QString() << QString();
    QTest::newRow("robustness: unknown language")
        << QStringList{v, s, site, l, QStringLiteral("xx")} << 2 << QString() << QString();
    QTest::newRow("robustness: unknown page")
        << QStringList{v, s, site, QStringLiteral("nowhere")} << 2 << QString() << QString();
    QTest::newRow("robustness: not a site")
        << QStringList{v, s, m_scratch.path()} << 2 << QString() << QString();
}

void TestCli::validate()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stdoutLacks);
    const Run result = run(arguments);
    QVERIFY2(
        result.code == code,
        qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(result.code).arg(result.out, result.err)));
    if (!stdoutHas.isEmpty())
        QVERIFY2(result.out.contains(stdoutHas), qPrintable(result.out));
    if (!stdoutLacks.isEmpty())
        QVERIFY2(!result.out.contains(stdoutLacks), qPrintable(result.out));
    if (code == 2)
        QVERIFY(result.err.startsWith(QLatin1String("tilmech-cli: error: ")));
}

void TestCli::validateFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("nominal: json") << QStringLiteral("json");
    QTest::newRow("nominal: sarif") << QStringLiteral("sarif");
    QTest::newRow("nominal: junit") << QStringLiteral("junit");
}

void TestCli::validateFormats()
{
    QFETCH(QString, format);
    const Run result = run({QStringLiteral("validate"), QStringLiteral("--site"),
                            TestSupport::sampleSite(), QStringLiteral("--format"), format});
    QCOMPARE(result.code, 1);
    if (format == QLatin1String("junit")) {
        QVERIFY(result.out.startsWith(QLatin1String("<?xml")));
        QVERIFY(result.out.contains(QLatin1String("<failure")));
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    if (format == QLatin1String("sarif"))
        QCOMPARE(doc[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
    else
        QVERIFY(doc[QStringLiteral("summary")][QStringLiteral("errors")].toInt() > 0);
}

// A site whose Kyrgyz page has findings that know their fix: an altered tag, a word with a
// Latin letter among Cyrillic ones, trailing spaces, and a tag-only English block left out.
QString TestCli::fixSite(const QTemporaryDir &dir)
{
    const QString site = dir.filePath(QStringLiteral("site"));
    const auto write = [&](const char *path, const char *text) {
        return TestSupport::writeSiteFile(site, QString::fromUtf8(path), QByteArray(text));
    };
    const bool written =
        write("i18n/en.yml", "en:\n  intro: Welcome\n  title_about: About\n") &&
        write("i18n/ky.yml", "ky:\n  intro: Кош келиңиз\n  title_about: Биз жөнүндө\n") &&
        write("public/how-to.md", "# How to\n") &&
        write("public/about.md", "---\ntitle: About\n---\n# <%= hoc_s(:title_about) %>\n\n"
                                 "Read [the guide](<%= resolve_url('/how-to') %>) about the Code "
                                 "week today.\n\n<%= hoc_s(:intro) %>\n\nThe last paragraph "
                                 "of this page.\n") &&
        write("i18n/public/ky/about.md",
              "---\ntitle: Биз жөнүндө\n---\n# <%= hoc_s(:title_about) %>\n\n"
              "[Колдонмону](<%= resolve_url('/how-too') %>) бүгүн окугула, Кoд жумасы.   \n\n"
              "Бул беттин акыркы абзацы.\n");
    return written ? site : QString();
}

void TestCli::validateFix()
{
    QTemporaryDir dir;
    const QString site = fixSite(dir);
    QVERIFY(!site.isEmpty());
    const QString page = site + QStringLiteral("/i18n/public/ky/about.md");
    const Run fixed =
        run({QStringLiteral("validate"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky"), QStringLiteral("--fix")});
    QVERIFY2(fixed.out.contains(QLatin1String("fixed [parity-tag-altered]")),
             qPrintable(fixed.out));
    QVERIFY(fixed.out.contains(QLatin1String("fixed [content-homoglyph]")));
    QVERIFY(fixed.out.contains(QLatin1String("fixed [content-whitespace]")));
    QVERIFY(fixed.out.contains(QLatin1String("fixed [parity-tag-missing]")));
    QVERIFY(fixed.err.contains(QLatin1String("fixes applied: 4, files changed: 1")));
    QFile file(page);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QStringLiteral("---\ntitle: Биз жөнүндө\n---\n# <%= hoc_s(:title_about) %>\n\n"
                            "[Колдонмону](<%= resolve_url('/how-to') %>) бүгүн окугула, Код "
                            "жумасы.\n\n<%= hoc_s(:intro) %>\n\nБул беттин акыркы абзацы.\n"));
    // What is left is reported after the fixes, and has nothing more to fix.
    QVERIFY2(!fixed.out.contains(QLatin1String("[parity-tag-altered]\n")), qPrintable(fixed.out));
    const Run again =
        run({QStringLiteral("validate"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky"), QStringLiteral("--fix")});
    QVERIFY2(again.err.contains(QLatin1String("fixes applied: 0, files changed: 0")),
             qPrintable(again.err));
}

void TestCli::validateFixDryRunAndSarif()
{
    QTemporaryDir dir;
    const QString site = fixSite(dir);
    QVERIFY(!site.isEmpty());
    const QString page = site + QStringLiteral("/i18n/public/ky/about.md");
    const QMap<QString, QByteArray> before = TestSupport::checksums(site);
    const Run dry =
        run({QStringLiteral("validate"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky"), QStringLiteral("--fix"), QStringLiteral("--dry-run")});
    QCOMPARE(TestSupport::checksums(site), before); // nothing written
    QVERIFY2(dry.out.contains(QLatin1String("--- a/i18n/public/ky/about.md\n"
                                            "+++ b/i18n/public/ky/about.md\n@@ -3,6 +3,8 @@\n")),
             qPrintable(dry.out));
    QVERIFY(dry.out.contains(QStringLiteral("+[Колдонмону](<%= resolve_url('/how-to') %>) бүгүн "
                                            "окугула, Код жумасы.\n")));
    QVERIFY(dry.out.contains(QLatin1String("would fix [content-homoglyph]")));
    QVERIFY(dry.err.contains(QLatin1String("fixes to apply: 4, in files: 1")));
    // --dry-run alone is refused.
    QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("--site"), site,
                  QStringLiteral("--dry-run")})
                 .code,
             2);

    // SARIF carries each fix as a replacement of bytes of the file.
    const Run sarif =
        run({QStringLiteral("validate"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky"), QStringLiteral("--format"), QStringLiteral("sarif")});
    const QJsonDocument doc = QJsonDocument::fromJson(sarif.out.toUtf8());
    QFile file(page);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    int fixes = 0;
    for (const QJsonValue result :
         doc[QStringLiteral("runs")][0][QStringLiteral("results")].toArray()) {
        const QJsonArray list = result[QStringLiteral("fixes")].toArray();
        if (list.isEmpty())
            continue;
        const QJsonObject change = list[0][QStringLiteral("artifactChanges")][0].toObject();
        QCOMPARE(change[QStringLiteral("artifactLocation")][QStringLiteral("uri")].toString(),
                 QStringLiteral("i18n/public/ky/about.md"));
        const QJsonObject replacement = change[QStringLiteral("replacements")][0].toObject();
        const QJsonObject region = replacement[QStringLiteral("deletedRegion")].toObject();
        const qsizetype offset = region[QStringLiteral("byteOffset")].toInteger();
        const qsizetype length = region[QStringLiteral("byteLength")].toInteger();
        QVERIFY(offset >= 0 && offset + length <= bytes.size());
        if (result[QStringLiteral("ruleId")].toString() == QLatin1String("content-homoglyph")) {
            QCOMPARE(bytes.mid(offset, length), QStringLiteral("Кoд").toUtf8());
            QCOMPARE(
                replacement[QStringLiteral("insertedContent")][QStringLiteral("text")].toString(),
                QStringLiteral("Код"));
        }
        ++fixes;
    }
    QCOMPARE(fixes, 4);
}

void TestCli::strings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stdoutLacks");
    const QString site = TestSupport::sampleSite();
    const QString st = QStringLiteral("strings");
    const QString s = QStringLiteral("--site");
    const QString l = QStringLiteral("--lang");
    const QString ky = QStringLiteral("ky");
    QTest::newRow("nominal: what needs work")
        << QStringList{st, s, site, l, ky} << 0 << QStringLiteral("missing\tshare_on_twitter\t")
        << QStringLiteral("translated\t");
    QTest::newRow("nominal: placeholder mismatch listed")
        << QStringList{st, s, site, l, ky} << 0
        << QStringLiteral("placeholder-mismatch\tevents_registered\t11\t") << QString();
    QTest::newRow("nominal: everything")
        << QStringList{st, s, site, l, ky, QStringLiteral("--all")} << 0
        << QStringLiteral("translated\tsite_name\t") << QString();
    QTest::newRow("nominal: JSON")
        << QStringList{st, s, site, l, ky, QStringLiteral("--format"), QStringLiteral("json")} << 0
        << QStringLiteral("\"status\": \"missing\"") << QString();
    QTest::newRow("robustness: no language")
        << QStringList{st, s, site} << 2 << QString() << QString();
    QTest::newRow("robustness: both --missing and --all")
        << QStringList{st, s, site, l, ky, QStringLiteral("--missing"), QStringLiteral("--all")}
        << 2 << QString() << QString();
    QTest::newRow("robustness: --set without =")
        << QStringList{st, s, site, l, ky, QStringLiteral("--set"), QStringLiteral("nothing")} << 2
        << QString() << QString();
}

void TestCli::strings()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stdoutLacks);
    const Run result = run(arguments);
    QVERIFY2(result.code == code, qPrintable(result.err));
    if (!stdoutHas.isEmpty())
        QVERIFY2(result.out.contains(stdoutHas), qPrintable(result.out));
    if (!stdoutLacks.isEmpty())
        QVERIFY2(!result.out.contains(stdoutLacks), qPrintable(result.out));
}

void TestCli::stringsSet()
{
    // --set changes the value's line and nothing else; an unknown key changes nothing.
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/i18n")));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/public")));
    QFile::copy(TestSupport::sampleSite() + QStringLiteral("/i18n/en.yml"),
                site + QStringLiteral("/i18n/en.yml"));
    QFile::copy(TestSupport::sampleSite() + QStringLiteral("/i18n/ky.yml"),
                site + QStringLiteral("/i18n/ky.yml"));
    QFile::setPermissions(site + QStringLiteral("/i18n/ky.yml"),
                          QFile::ReadOwner | QFile::WriteOwner);
    QFile original(site + QStringLiteral("/i18n/ky.yml"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QList<QByteArray> before = original.readAll().split('\n');
    original.close();
    const Run set = run({QStringLiteral("strings"), QStringLiteral("--site"), site,
                         QStringLiteral("--lang"), QStringLiteral("ky"), QStringLiteral("--set"),
                         QStringLiteral("title_about=Биз жөнүндө: \"Код жумасы\"")});
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QVERIFY(set.out.contains(QLatin1String("i18n/ky.yml:7: title_about set")));
    QFile edited(site + QStringLiteral("/i18n/ky.yml"));
    QVERIFY(edited.open(QIODevice::ReadOnly));
    const QList<QByteArray> after = edited.readAll().split('\n');
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        if (i == 6)
            QCOMPARE(after[i], QByteArray("  title_about: 'Биз жөнүндө: \"Код жумасы\"'"));
        else
            QCOMPARE(after[i], before[i]);
    }
    const Run unknown =
        run({QStringLiteral("strings"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky"), QStringLiteral("--set"), QStringLiteral("no_such_key=x")});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(QLatin1String("no_such_key")));
}

namespace {

// A site with the sample's English and Kyrgyz strings, in `dir`.
QString stringsSite(const QTemporaryDir &dir)
{
    const QString site = dir.filePath(QStringLiteral("site"));
    QDir().mkpath(site + QStringLiteral("/i18n"));
    QDir().mkpath(site + QStringLiteral("/public"));
    for (const char *name : {"/i18n/en.yml", "/i18n/ky.yml"}) {
        QFile::copy(TestSupport::sampleSite() + QLatin1String(name), site + QLatin1String(name));
        QFile::setPermissions(site + QLatin1String(name), QFile::ReadOwner | QFile::WriteOwner);
    }
    return site;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Two `strings --set` on one catalog at the same time both land: each holds a lock beside the
// file across read, edit and write, and re-reads the file under it.
void TestCli::stringsSetConcurrently()
{
    QTemporaryDir dir;
    const QString site = stringsSite(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (int round = 0; round < 10; ++round) {
        const QStringList keys{QStringLiteral("title_about"), QStringLiteral("title_learn")};
        QVector<QProcess *> processes;
        for (const QString &key : keys) {
            auto *process = new QProcess(this);
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(TILMECH_BINARY_DIR "/tilmech-cli"),
                           {QStringLiteral("strings"), QStringLiteral("--site"), site,
                            QStringLiteral("--lang"), QStringLiteral("ky"), QStringLiteral("--set"),
                            QStringLiteral("%1=round %2").arg(key).arg(round)});
            processes.append(process);
        }
        for (QProcess *process : qAsConst(processes)) {
            QVERIFY(process->waitForFinished(30000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            delete process;
        }
        const QByteArray bytes = fileBytes(site + QStringLiteral("/i18n/ky.yml"));
        for (const QString &key : keys) {
            QVERIFY2(
                bytes.contains(QStringLiteral("%1: round %2\n").arg(key).arg(round).toUtf8()),
                qPrintable(QStringLiteral("round %1 lost the edit of %2").arg(round).arg(key)));
        }
        QVERIFY(!QFileInfo::exists(site + QStringLiteral("/i18n/.ky.yml.lock")));
    }
}

void TestCli::stringsSetRefusesLinks_data()
{
    QTest::addColumn<bool>("folderLink");
    QTest::newRow("robustness: i18n/ky.yml is a link to a file outside the site") << false;
    QTest::newRow("robustness: i18n/ is a link to a folder outside the site") << true;
}

// Nothing is written outside the site: a catalog that is a link, or that lies in a folder
// reached through a link, is refused with a message that says why, and the file is unchanged.
void TestCli::stringsSetRefusesLinks()
{
    QFETCH(bool, folderLink);
    QTemporaryDir dir;
    const QString site = stringsSite(dir);
    const QString outside = dir.filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    if (folderLink) {
        QVERIFY(QDir().rename(site + QStringLiteral("/i18n"), outside + QStringLiteral("/i18n")));
        QVERIFY(QFile::link(outside + QStringLiteral("/i18n"), site + QStringLiteral("/i18n")));
    } else {
        QVERIFY(QDir().rename(site + QStringLiteral("/i18n/ky.yml"),
                              outside + QStringLiteral("/ky.yml")));
        QVERIFY(QFile::link(outside + QStringLiteral("/ky.yml"),
                            site + QStringLiteral("/i18n/ky.yml")));
    }
    const QString target =
        folderLink ? outside + QStringLiteral("/i18n/ky.yml") : outside + QStringLiteral("/ky.yml");
    const QByteArray before = fileBytes(target);
    QVERIFY(!before.isEmpty());
    const Run set =
        run({QStringLiteral("strings"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky"), QStringLiteral("--set"), QStringLiteral("title_about=X")});
    QVERIFY2(set.code == 1 || set.code == 2, qPrintable(set.err));
    QVERIFY2(set.err.contains(QLatin1String("ky.yml")) &&
                 (set.err.contains(QLatin1String("symbolic link")) ||
                  set.err.contains(QLatin1String("outside"))),
             qPrintable(set.err));
    QCOMPARE(fileBytes(target), before);
}

// A value that is not UTF-8 would be stored as U+FFFD: it is refused (exit 2), naming the key.
void TestCli::stringsSetRefusesInvalidUtf8()
{
    QTemporaryDir dir;
    const QString site = stringsSite(dir);
    const QByteArray before = fileBytes(site + QStringLiteral("/i18n/ky.yml"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    // The shell builds the byte 0xFF, which no QString argument can carry.
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("exec \"$0\" strings --site \"$1\" --lang ky --set \"$(printf "
                                  "'title_about=ab\\377c')\""),
                   QStringLiteral(TILMECH_BINARY_DIR "/tilmech-cli"), site});
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(QLatin1String("title_about")) && err.contains(QLatin1String("UTF-8")),
             qPrintable(err));
    QCOMPARE(fileBytes(site + QStringLiteral("/i18n/ky.yml")), before);
}

// While another process holds the catalog's lock, --set waits a few seconds, then says the
// file is busy, changes nothing and exits with status 2.
void TestCli::stringsSetBusy()
{
    QTemporaryDir dir;
    const QString site = stringsSite(dir);
    const QByteArray before = fileBytes(site + QStringLiteral("/i18n/ky.yml"));
    QLockFile held(site + QStringLiteral("/i18n/.ky.yml.lock"));
    QVERIFY(held.lock());
    const Run set =
        run({QStringLiteral("strings"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky"), QStringLiteral("--set"), QStringLiteral("title_about=X")});
    QCOMPARE(set.code, 2);
    QVERIFY2(set.err.contains(QLatin1String("ky.yml")) && set.err.contains(QLatin1String("busy")),
             qPrintable(set.err));
    QCOMPARE(fileBytes(site + QStringLiteral("/i18n/ky.yml")), before);
    held.unlock();
    QCOMPARE(
        run({QStringLiteral("strings"), QStringLiteral("--site"), site, QStringLiteral("--lang"),
             QStringLiteral("ky"), QStringLiteral("--set"), QStringLiteral("title_about=X")})
            .code,
        0);
}

void TestCli::exportCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrHas");
    QTest::addColumn<bool>("exported");

    const QString site = TestSupport::sampleSite();
    const QString e = QStringLiteral("export");
    const QString s = QStringLiteral("--site");
    const QString l = QStringLiteral("--lang");
    const QString o = QStringLiteral("--out");
    QTest::newRow("nominal: English without errors")
        << QStringList{e, s, site, l, QStringLiteral("en"), o} << 0
        << QStringLiteral("exported 6 pages") << true;
    QTest::newRow("nominal: errors refuse the export")
        << QStringList{e, s, site, l, QStringLiteral("ky"), o} << 1
        << QStringLiteral("error(s) in the pages") << false;
    QTest::newRow("nominal: forced, errors still counted")
        << QStringList{e, s, site, QStringLiteral("--force"), o} << 1
        << QStringLiteral("exported 6 pages") << true;
    QTest::newRow("nominal: with a zip") << QStringList{e,
                                                        s,
                                                        site,
                                                        l,
                                                        QStringLiteral("en"),
                                                        QStringLiteral("--zip"),
                                                        QStringLiteral("ZIP"),
                                                        o}
                                         << 0 << QStringLiteral("zip:") << true;
    QTest::newRow("robustness: no --out")
        << QStringList{e, s, site} << 2 << QStringLiteral("--out") << false;
    QTest::newRow("robustness: unknown language")
        << QStringList{e, s, site, l, QStringLiteral("xx"), o} << 2 << QStringLiteral("no language")
        << false;
    QTest::newRow("robustness: not a site")
        << QStringList{e, s, m_scratch.path(), o} << 2 << QString() << false;
    QTest::newRow("robustness: --help")
        << QStringList{e, QStringLiteral("--help")} << 0 << QString() << false;
}

void TestCli::exportCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stderrHas);
    QFETCH(bool, exported);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bundle"));
    if (arguments.last() == QLatin1String("--out"))
        arguments << out;
    const qsizetype zip = arguments.indexOf(QStringLiteral("ZIP"));
    if (zip >= 0)
        arguments[zip] = dir.filePath(QStringLiteral("bundle.zip"));
    const Run result = run(arguments);
    QVERIFY2(
        result.code == code,
        qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(result.code).arg(result.out, result.err)));
    if (!stderrHas.isEmpty())
        QVERIFY2(result.err.contains(stderrHas), qPrintable(result.err));
    QCOMPARE(QFileInfo::exists(out + QStringLiteral("/manifest.json")), exported);
    if (zip >= 0)
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("bundle.zip"))));
    if (code == 1 && !exported)
        QVERIFY(result.out.contains(QStringLiteral(": error: ")));
}

namespace {

} // namespace

// What `export` refuses, and the two meanings the old --force had, now apart: --with-errors
// (pages with errors go out) and --replace (a folder Tilmech did not make is replaced).
// SITE is a copy of the sample site, HOLDER the folder around it, OUT a new bundle folder,
// THEIRS a folder with someone else's file.
void TestCli::exportRefusals_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "export --site SITE"
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrHas");
    QTest::addColumn<QString>("exported"); // the folder that must now hold a bundle, or empty
    const QString o = QStringLiteral("--out");
    const QString z = QStringLiteral("--zip");
    const QString force = QStringLiteral("--force");
    const QString withErrors = QStringLiteral("--with-errors");
    const QString replace = QStringLiteral("--replace");
    const QString site = QStringLiteral("SITE");
    const QString inside = QStringLiteral("site folder");
    QTest::newRow("safety: --force --out the site")
        << QStringList{force, o, site} << 2 << inside << QString();
    QTest::newRow("safety: --with-errors --replace --out the site")
        << QStringList{withErrors, replace, o, site} << 2 << inside << QString();
    QTest::newRow("safety: --force --out the folder holding the site")
        << QStringList{force, o, QStringLiteral("HOLDER")} << 2 << inside << QString();
    QTest::newRow("safety: --replace --out the folder holding the site")
        << QStringList{withErrors, replace, o, QStringLiteral("HOLDER")} << 2 << inside
        << QString();
    QTest::newRow("safety: --out a new folder inside the site")
        << QStringList{force, o, QStringLiteral("SITE/bundle")} << 2 << inside << QString();
    QTest::newRow("safety: --out the site through ..")
        << QStringList{force, o, QStringLiteral("SITE/i18n/..")} << 2 << inside << QString();
    QTest::newRow("safety: --zip on a catalog of the site")
        << QStringList{force, o, QStringLiteral("OUT"), z, QStringLiteral("SITE/i18n/ky.yml")} << 2
        << inside << QString();
    QTest::newRow("safety: --zip inside the bundle folder")
        << QStringList{force, o, QStringLiteral("OUT"), z, QStringLiteral("OUT/bundle.zip")} << 2
        << QStringLiteral("bundle folder") << QString();
    QTest::newRow("safety: --zip is the bundle folder")
        << QStringList{force, o, QStringLiteral("OUT"), z, QStringLiteral("OUT")} << 2
        << QStringLiteral("bundle folder") << QString();
    QTest::newRow("safety: --force does not replace a folder Tilmech did not make")
        << QStringList{force, o, QStringLiteral("THEIRS")} << 2 << replace << QString();
    QTest::newRow("safety: --with-errors does not replace a folder Tilmech did not make")
        << QStringList{withErrors, o, QStringLiteral("THEIRS")} << 2 << replace << QString();
    QTest::newRow("nominal: --replace replaces a folder Tilmech did not make")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), replace, o,
                       QStringLiteral("THEIRS")}
        << 0 << QStringLiteral("exported 6 pages") << QStringLiteral("THEIRS");
    QTest::newRow("nominal: --with-errors exports pages with errors")
        << QStringList{withErrors, o, QStringLiteral("OUT")} << 1
        << QStringLiteral("exported 6 pages") << QStringLiteral("OUT");
    QTest::newRow("nominal: a refusal for errors names --with-errors")
        << QStringList{o, QStringLiteral("OUT")} << 1 << withErrors << QString();
}

void TestCli::exportRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, stderrHas);
    QFETCH(QString, exported);
    QTemporaryDir dir;
    const QString holder = dir.filePath(QStringLiteral("holder"));
    const QString site = holder + QStringLiteral("/site");
    const QString theirs = dir.filePath(QStringLiteral("theirs"));
    QDirIterator files(TestSupport::sampleSite(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString target =
            site + QLatin1Char('/') + QDir(TestSupport::sampleSite()).relativeFilePath(path);
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        QVERIFY(QFile::copy(path, target));
    }
    QVERIFY(QDir().mkpath(theirs));
    QFile note(theirs + QStringLiteral("/note.txt"));
    QVERIFY(note.open(QIODevice::WriteOnly) && note.write("theirs") == 6);
    note.close();
    const QMap<QString, QByteArray> siteBefore = TestSupport::checksums(site);
    QVERIFY(siteBefore.contains(QStringLiteral("i18n/ky.yml")));
    const QHash<QString, QString> places{
        {QStringLiteral("SITE"), site},
        {QStringLiteral("HOLDER"), holder},
        {QStringLiteral("OUT"), dir.filePath(QStringLiteral("out"))},
        {QStringLiteral("THEIRS"), theirs}};
    for (QString &argument : arguments) {
        const QString head = argument.section(QLatin1Char('/'), 0, 0);
        if (places.contains(head))
            argument = places.value(head) + argument.mid(head.size());
    }
    const Run result =
        run(QStringList{QStringLiteral("export"), QStringLiteral("--site"), site} + arguments);
    QVERIFY2(
        result.code == code,
        qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(result.code).arg(result.out, result.err)));
    QVERIFY2(result.err.contains(stderrHas), qPrintable(result.err));
    QCOMPARE(TestSupport::checksums(site), siteBefore);
    if (exported.isEmpty()) {
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
        QVERIFY(QFileInfo::exists(theirs + QStringLiteral("/note.txt")));
    } else {
        QVERIFY(QFileInfo::exists(places.value(exported) + QStringLiteral("/manifest.json")));
    }
    QStringList left =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    left.removeOne(QStringLiteral("out"));
    QCOMPARE(left, QStringList({QStringLiteral("holder"), QStringLiteral("theirs")}));
}

void TestCli::messagesFollowLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("word"); // a word the translated message has
    QTest::newRow("ky_KG") << QStringLiteral("ky_KG.UTF-8") << QStringLiteral("папка");
    QTest::newRow("ru_RU") << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("папк");
}

// Messages come in the language of the locale, as with other command-line programs; the
// exit status is the same.
void TestCli::messagesFollowLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, word);
    const QStringList arguments{QStringLiteral("render"), QStringLiteral("--site"),
                                m_scratch.filePath(QStringLiteral("no-such-site")),
                                QStringLiteral("index")};
    const Run english = run(arguments);
    const Run translated = run(arguments, locale);
    QCOMPARE(english.code, 2);
    QCOMPARE(translated.code, 2);
    QVERIFY2(english.err.contains(QLatin1String("folder")), qPrintable(english.err));
    QVERIFY2(translated.err != english.err, qPrintable(translated.err));
    QVERIFY2(translated.err.contains(word, Qt::CaseInsensitive), qPrintable(translated.err));
    QVERIFY2(translated.err.contains(m_scratch.filePath(QStringLiteral("no-such-site"))),
             qPrintable(translated.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
