// The open site as every face of Tilmech gets it: one wiring of project, renderer and
// validator, and a re-index after a new file that keeps the strings already loaded.

#include "check/validator.h"
#include "render/renderer.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tilmech;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void openWiresOneSet();
    void openRefusesWhatIsNoSite_data();
    void openRefusesWhatIsNoSite();
    void reindexSeesNewFileAndKeepsStrings();
};

void TestWorkspace::openWiresOneSet()
{
    QTemporaryDir dir;
    QVERIFY(TestSupport::writeSiteFile(dir.path(), QStringLiteral("public/index.md"), "# Hi\n"));
    QString error;
    const Workspace workspace = Workspace::open(dir.path(), &error);
    QVERIFY2(workspace.isOpen(), qPrintable(error));
    QVERIFY(workspace.renderer() && workspace.validator());
    QCOMPARE(workspace.project()->root(), QDir(dir.path()).canonicalPath());
    QVERIFY(workspace.project()->hasPage(QStringLiteral("index")));
}

void TestWorkspace::openRefusesWhatIsNoSite_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("said");
    QTest::newRow("robustness: missing folder") << "absent"
                                                << "does not exist";
    QTest::newRow("robustness: a file") << "file.txt"
                                        << "is a file";
    QTest::newRow("robustness: folder without pages") << "empty"
                                                      << "not a site folder";
}

void TestWorkspace::openRefusesWhatIsNoSite()
{
    QFETCH(QString, relative);
    QFETCH(QString, said);
    QTemporaryDir dir;
    QVERIFY(TestSupport::writeSiteFile(dir.path(), QStringLiteral("file.txt"), "x"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    QString error;
    const Workspace workspace = Workspace::open(dir.filePath(relative), &error);
    QVERIFY(!workspace.isOpen());
    QVERIFY(!workspace.renderer() && !workspace.validator());
    QVERIFY2(error.contains(said), qPrintable(error));
}

void TestWorkspace::reindexSeesNewFileAndKeepsStrings()
{
    QTemporaryDir dir;
    QVERIFY(TestSupport::writeSiteFile(dir.path(), QStringLiteral("public/index.md"), "# Hi\n"));
    QVERIFY(TestSupport::writeSiteFile(dir.path(), QStringLiteral("public/learn.md"), "# Learn\n"));
    QVERIFY(TestSupport::writeSiteFile(dir.path(), QStringLiteral("i18n/public/ky/index.md"),
                                       "# Салам\n"));
    QVERIFY(TestSupport::writeSiteFile(dir.path(), QStringLiteral("i18n/ky.yml"),
                                       "ky:\n  title: Аталыш\n"));
    QString error;
    const Workspace before = Workspace::open(dir.path(), &error);
    QVERIFY2(before.isOpen(), qPrintable(error));
    const std::shared_ptr<const Catalog> strings = before.project()->catalog(QStringLiteral("ky"));
    QCOMPARE(strings->value("title"), QByteArray("Аталыш"));
    QVERIFY(!before.project()->page(QStringLiteral("learn"))->has(QStringLiteral("ky")));

    QVERIFY(TestSupport::writeSiteFile(dir.path(), QStringLiteral("i18n/public/ky/learn.md"),
                                       "# Үйрөн\n"));
    const Workspace after = before.reindexed();
    QVERIFY(after.project() != before.project());
    QVERIFY(after.renderer() != before.renderer());
    QVERIFY(after.project()->page(QStringLiteral("learn"))->has(QStringLiteral("ky")));
    // The loaded strings are shared, not read again.
    QCOMPARE(after.project()->catalog(QStringLiteral("ky")), strings);
    // Forgetting them in the new index reads the file again there only.
    after.project()->forgetCatalog(QStringLiteral("ky"));
    QVERIFY(after.project()->catalog(QStringLiteral("ky")) != strings);
    QCOMPARE(before.project()->catalog(QStringLiteral("ky")), strings);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
