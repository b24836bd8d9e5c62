// Project: indexing a site folder (pages, variants, languages, assets, views) and refusing
// folders that are not sites with a message that says what to open instead.

#include "site/project.h"
#include "strings/catalog.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tilmech;

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void sampleSite();
    void variantPriority_data();
    void variantPriority();
    void notASite_data();
    void notASite();
    void urlPaths_data();
    void urlPaths();
    void siteUrlPaths_data();
    void siteUrlPaths();
    void viewNamesStayInside();
    void viewPriority_data();
    void viewPriority();
    void corpus();
    void locksAndLinksAreNotSiteFiles();
};

void TestProject::sampleSite()
{
    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->languages(), QStringList{QStringLiteral("ky")});
    QVERIFY(project->page(QStringLiteral("index")));
    QVERIFY(project->page(QStringLiteral("promote/index")));
    const Page *orphan = project->page(QStringLiteral("old-page"));
    QVERIFY(orphan);
    QVERIFY(!orphan->has(QStringLiteral("en")));
    QVERIFY(orphan->has(QStringLiteral("ky")));
    QVERIFY(project->assets().contains(QStringLiteral("images/poster.svg")));
    QVERIFY(!project->findView(QStringLiteral("urls/learn"), QStringLiteral("ky")).isEmpty());
    QVERIFY(project->findView(QStringLiteral("signup_button"), QStringLiteral("ky"))
                .contains(QLatin1String("i18n/views/ky/")));
    QVERIFY(project->findView(QStringLiteral("signup_button"), QStringLiteral("en"))
                .endsWith(QLatin1String("/views/signup_button.haml")));
    QVERIFY(project->findView(QStringLiteral("urls/nowhere"), QStringLiteral("ky")).isEmpty());
    QVERIFY(project->catalog(QStringLiteral("ky"))->size() > 0);
    QVERIFY(project->problems().isEmpty());

    const PageFile file = project->fileForPath(TestSupport::sampleSite() +
                                               QStringLiteral("/i18n/public/ky/about.erb.md"));
    QCOMPARE(file.name, QStringLiteral("about"));
    QCOMPARE(file.language, QStringLiteral("ky"));
    QCOMPARE(int(file.variant), int(PageVariant::ErbMd));
}

void TestProject::variantPriority_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: .md wins over .md.partial")
        << QStringList{QStringLiteral("public/p.md.partial"), QStringLiteral("public/p.md")}
        << QStringLiteral("en") << QStringLiteral("public/p.md");
    QTest::newRow("nominal: .md.partial wins over .erb.md and .md.erb")
        << QStringList{QStringLiteral("public/p.md.erb"), QStringLiteral("public/p.erb.md"),
                       QStringLiteral("public/p.md.partial")}
        << QStringLiteral("en") << QStringLiteral("public/p.md.partial");
    QTest::newRow("nominal: .erb.md wins over .md.erb")
        << QStringList{QStringLiteral("public/p.md.erb"), QStringLiteral("public/p.erb.md")}
        << QStringLiteral("en") << QStringLiteral("public/p.erb.md");
    QTest::newRow("nominal: translation follows the English variant")
        << QStringList{QStringLiteral("public/p.md.partial"), QStringLiteral("i18n/public/ky/p.md"),
                       QStringLiteral("i18n/public/ky/p.md.partial")}
        << QStringLiteral("ky") << QStringLiteral("i18n/public/ky/p.md.partial");
    QTest::newRow("nominal: translation without the English variant takes its own first")
        << QStringList{QStringLiteral("public/p.md"), QStringLiteral("i18n/public/ky/p.md.erb"),
                       QStringLiteral("i18n/public/ky/p.erb.md")}
        << QStringLiteral("ky") << QStringLiteral("i18n/public/ky/p.erb.md");
    QTest::newRow("nominal: translation whose English page is gone")
        << QStringList{QStringLiteral("i18n/public/ky/p.md")} << QStringLiteral("ky")
        << QStringLiteral("i18n/public/ky/p.md");
}

void TestProject::variantPriority()
{
    QFETCH(QStringList, files);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    for (const QString &f : files) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(f)).path()));
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: x\n---\n");
    }
    QDir(dir.path()).mkpath(QStringLiteral("public"));
    QString error;
    const auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error));
    const Page *page = project->page(QStringLiteral("p"));
    QVERIFY(page);
    QCOMPARE(page->files.size(), files.size());
    const PageFile *chosen = page->preferred(language);
    QVERIFY(chosen);
    QCOMPARE(chosen->relativePath, expected);
}

void TestProject::notASite_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("robustness: empty folder")
        << QStringLiteral("empty") << QStringLiteral("public/");
    QTest::newRow("robustness: missing folder")
        << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("robustness: a file") << QStringLiteral("file") << QStringLiteral("is a file");
}

void TestProject::notASite()
{
    QFETCH(QString, setup);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QString path = dir.path();
    if (setup == QLatin1String("missing")) {
        path = dir.filePath(QStringLiteral("nothing-here"));
    } else if (setup == QLatin1String("file")) {
        path = dir.filePath(QStringLiteral("page.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QString error;
    QVERIFY(!Project::open(path, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
}

void TestProject::urlPaths_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("page");
    QTest::newRow("nominal: root") << QStringLiteral("/") << QStringLiteral("index");
    QTest::newRow("nominal: folder index")
        << QStringLiteral("/promote") << QStringLiteral("promote/index");
    QTest::newRow("nominal: with fragment")
        << QStringLiteral("/promote/resources#posters") << QStringLiteral("promote/resources");
    QTest::newRow("nominal: trailing slash")
        << QStringLiteral("/how-to/") << QStringLiteral("how-to/index");
    QTest::newRow("nominal: unknown stays as written")
        << QStringLiteral("/nowhere") << QStringLiteral("nowhere");
}

void TestProject::urlPaths()
{
    QFETCH(QString, url);
    QFETCH(QString, page);
    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY(project);
    QCOMPARE(project->pageForUrlPath(url), page);
}

void TestProject::siteUrlPaths_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("parts"); // joined by /
    const QString ky = QStringLiteral("ky");
    const QString en = QStringLiteral("en");
    QTest::newRow("nominal: localized_image of a translation")
        << QStringLiteral("/kg/ky/images/x.png") << ky << QStringLiteral("images/x.png");
    QTest::newRow("nominal: localized_image of the English page")
        << QStringLiteral("/kg/en/images/x.png") << en << QStringLiteral("images/x.png");
    QTest::newRow("nominal: resolve_url of an English page has no language")
        << QStringLiteral("/kg/promote/resources") << ky << QStringLiteral("promote/resources");
    QTest::newRow("nominal: a plain site path names itself")
        << QStringLiteral("/images/x.png") << ky << QStringLiteral("images/x.png");
    QTest::newRow("robustness: another country is not a prefix")
        << QStringLiteral("/us/ky/x.png") << ky << QStringLiteral("us/ky/x.png");
    QTest::newRow("robustness: doubled slashes collapse")
        << QStringLiteral("/kg/ky//images/x.png") << ky << QStringLiteral("images/x.png");
    QTest::newRow("robustness: .. stays for the caller to refuse")
        << QStringLiteral("/kg/ky/../x.png") << ky << QStringLiteral("../x.png");
    QTest::newRow("robustness: a language that is not the site's stays")
        << QStringLiteral("/kg/fr/x.png") << ky << QStringLiteral("fr/x.png");
}

void TestProject::siteUrlPaths()
{
    QFETCH(QString, url);
    QFETCH(QString, language);
    QFETCH(QString, parts);
    const Project::SiteUrlPath path = Project::siteUrlPath(
        url, QStringLiteral("kg"), {QStringLiteral("ky"), QStringLiteral("en")});
    QCOMPARE(path.language, language);
    QCOMPARE(path.parts.join(QLatin1Char('/')), parts);
}

void TestProject::viewNamesStayInside()
{
    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY(project);
    for (const char *name : {"../config", "/etc/passwd", "urls/../../config", "a//b", ""})
        QVERIFY2(project->findView(QString::fromLatin1(name), QStringLiteral("ky")).isEmpty(),
                 name);
    QVERIFY(project->findView(QStringLiteral("signup_button"), QStringLiteral("../.."))
                .endsWith(QLatin1String("views/signup_button.haml")));
}

void TestProject::viewPriority_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("expected");

    // The live site takes the first of the view's files in sorted order.
    QTest::newRow("nominal: .erb wins over .haml, as on the live site")
        << QStringList{QStringLiteral("views/v.haml"), QStringLiteral("views/v.erb")}
        << QStringLiteral("views/v.erb");
    QTest::newRow("nominal: .haml wins over .html and .md")
        << QStringList{QStringLiteral("views/v.md"), QStringLiteral("views/v.html"),
                       QStringLiteral("views/v.haml")}
        << QStringLiteral("views/v.haml");
    QTest::newRow("nominal: .html wins over .md")
        << QStringList{QStringLiteral("views/v.md"), QStringLiteral("views/v.html")}
        << QStringLiteral("views/v.html");
    QTest::newRow("nominal: the localized view wins over any extension of views/")
        << QStringList{QStringLiteral("views/v.erb"), QStringLiteral("i18n/views/ky/v.md")}
        << QStringLiteral("i18n/views/ky/v.md");
}

void TestProject::viewPriority()
{
    QFETCH(QStringList, files);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    for (const QString &f : files) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(f)).path()));
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\n");
    }
    QDir(dir.path()).mkpath(QStringLiteral("public"));
    QString error;
    const auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->findView(QStringLiteral("v"), QStringLiteral("ky")), dir.filePath(expected));
}

void TestProject::corpus()
{
    REQUIRE_CORPUS();
    QString error;
    const auto project = Project::open(TestSupport::corpusSite(), &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->languages(), QStringList{QStringLiteral("ky")});
    const Page *pressKit = project->page(QStringLiteral("promote/press-kit"));
    QVERIFY(pressKit);
    QCOMPARE(pressKit->filesFor(QStringLiteral("en")).size(), 2);
    QCOMPARE(pressKit->filesFor(QStringLiteral("ky")).size(), 3);
    QCOMPARE(pressKit->preferred(QStringLiteral("ky"))->relativePath,
             QStringLiteral("i18n/public/ky/promote/press-kit.md"));
    // Translations whose English file has gone are indexed, not dropped.
    const Page *companiesOld = project->page(QStringLiteral("how-to/companies-old"));
    QVERIFY(companiesOld);
    QVERIFY(!companiesOld->has(QStringLiteral("en")));
    // Every page file of the corpus is indexed.
    int files = 0;
    for (const Page &page : project->pages())
        files += int(page.files.size());
    QCOMPARE(files,
             int(TestSupport::corpusFiles(
                     {QStringLiteral("public"), QStringLiteral("i18n/public")},
                     {QStringLiteral(".md"), QStringLiteral(".partial"), QStringLiteral(".erb")})
                     .size()));
    const auto english = project->catalog(QStringLiteral("en"));
    QVERIFY(english->isValid());
    QVERIFY(english->size() > 9000);
    QCOMPARE(english->value("title_press_kit"), QByteArray("Press Kit"));
}

// The lock files beside pages and catalogs (held only while saving) are no page, catalog,
// language or asset; a language folder that is a link is not looked into.
void TestProject::locksAndLinksAreNotSiteFiles()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    const QString outside = dir.filePath(QStringLiteral("outside"));
    for (const QString &folder :
         {site + QStringLiteral("/public"), site + QStringLiteral("/i18n/public/ky"),
          outside + QStringLiteral("/ru")}) {
        QVERIFY(QDir().mkpath(folder));
    }
    for (const char *name :
         {"/public/learn.md", "/public/.learn.md.lock", "/i18n/public/ky/learn.md",
          "/i18n/public/ky/.learn.md.lock", "/i18n/ky.yml", "/i18n/.ky.yml.lock"}) {
        QFile file(site + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(name).endsWith(".yml") ? "ky:\n  a: b\n" : "# Learn\n");
    }
    QFile page(outside + QStringLiteral("/ru/learn.md"));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("# Учись\n");
    page.close();
    QVERIFY(QFile::link(outside + QStringLiteral("/ru"), site + QStringLiteral("/i18n/public/ru")));
    QString error;
    const auto project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    QCOMPARE(project->languages(), QStringList{QStringLiteral("ky")});
    QCOMPARE(project->pages().size(), 1);
    QCOMPARE(project->pages().first().files.size(), 2);
    QVERIFY(project->assets().isEmpty());
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
