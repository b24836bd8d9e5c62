// Caches that must not outlive what they were made from: a rendered partial kept for a
// catalog that has since been reloaded, the anchors of a page that has since changed on disk.

#include "base/diagnostic.h"
#include "check/validator.h"
#include "render/renderenvironment.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "template/placeholders.h"
#include "template/viewlibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Tilmech;

namespace {

bool hasCode(const Diagnostics &diagnostics, const QString &code)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.code == code)
            return true;
    }
    return false;
}

const QByteArray FrontMatter = "---\ntitle: T\n---\n";

} // namespace

class TestStaleCaches : public QObject
{
    Q_OBJECT

private slots:
    void partialFollowsReloadedCatalog();
    void anchorsFollowChangedPage();
};

// A reloaded catalog may be built where the old one was freed: the partial rendered with
// the old strings must not be served for it.
void TestStaleCaches::partialFollowsReloadedCatalog()
{
    QTemporaryDir site;
    QVERIFY(TestSupport::writeSiteFile(site.path(), QStringLiteral("views/greet.erb"),
                                       "<%= hoc_s(:hello) %>"));
    QVERIFY(TestSupport::writeSiteFile(site.path(), QStringLiteral("public/index.md"),
                                       FrontMatter + "x\n"));
    QString error;
    const auto project = Project::open(site.path(), &error);
    QVERIFY2(project, qPrintable(error));
    const ViewLibrary views(project.get());
    const QString path = site.path() + QStringLiteral("/i18n/en.yml");

    std::optional<Catalog> strings; // the same address for both catalogs
    strings.emplace(*Catalog::fromBytes("en:\n  hello: Hello\n", path, QStringLiteral("en")));
    RenderEnvironment env;
    env.project = project.get();
    env.views = &views;
    env.strings = &*strings;
    env.english = &*strings;
    Placeholders placeholders{QByteArrayView()};
    QCOMPARE(views.render(QStringLiteral("greet"), env, placeholders, {}, 0).value_or(""),
             QByteArray("Hello"));

    strings.reset();
    strings.emplace(*Catalog::fromBytes("en:\n  hello: Bonjour\n", path, QStringLiteral("en")));
    QCOMPARE(views.render(QStringLiteral("greet"), env, placeholders, {}, 0).value_or(""),
             QByteArray("Bonjour"));
}

// A page gains the anchor another page links to: the validator that checked the link before
// must see it now.
void TestStaleCaches::anchorsFollowChangedPage()
{
    QTemporaryDir site;
    const QString target = QStringLiteral("public/index.md");
    QVERIFY(TestSupport::writeSiteFile(site.path(), target, FrontMatter + "# Home\n"));
    QVERIFY(TestSupport::writeSiteFile(site.path(), QStringLiteral("public/about.md"),
                                       FrontMatter + "[join](<%= resolve_url('/#join') %>)\n"));
    QString error;
    const auto project = Project::open(site.path(), &error);
    QVERIFY2(project, qPrintable(error));
    const Validator validator(project);
    const Page *about = project->page(QStringLiteral("about"));
    QVERIFY(about && !about->files.isEmpty());
    const PageFile file = about->files.first();
    QVERIFY(hasCode(validator.validateFile(file), QStringLiteral("url-fragment-missing")));

    QVERIFY(TestSupport::writeSiteFile(
        site.path(), target, FrontMatter + "<a id=\"join\"></a>\n\n# Home, with an anchor\n"));
    QVERIFY(!hasCode(validator.validateFile(file), QStringLiteral("url-fragment-missing")));
}

QTEST_GUILESS_MAIN(TestStaleCaches)
#include "tst_stalecaches.moc"
