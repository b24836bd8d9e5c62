// The recovery folder: exact bytes back, entries by site, replaced and removed.

#include "recoverystore.h"
#include "sha256.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Tilmech;

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void entriesBySite();
    void replaceAndRemove();
    void unwritableFolder();
};

void TestRecoveryStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << QByteArray("# Аталыш\n\nТекст.\n");
    QTest::newRow("BOM and CRLF, no final newline") << QByteArray("\xEF\xBB\xBF# T\r\n\r\nx");
    QTest::newRow("NUL and invalid UTF-8") << QByteArray("a\0b\xFF\xFE c", 9);
    QTest::newRow("empty") << QByteArray();
}

void TestRecoveryStore::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    RecoveryStore::Entry e;
    e.siteRoot = dir.path();
    e.file = QStringLiteral("i18n/public/ky/index.md");
    e.language = QStringLiteral("ky");
    e.page = QStringLiteral("index");
    e.bytes = bytes;
    e.baseSha256 = Sha256::hex("before");
    QString error;
    QVERIFY2(store.write(e, &error), qPrintable(error));
    const QVector<RecoveryStore::Entry> found = store.entries(dir.path());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].bytes, bytes);
    QCOMPARE(found[0].file, e.file);
    QCOMPARE(found[0].page, e.page);
    QCOMPARE(found[0].language, e.language);
    QCOMPARE(found[0].baseSha256, e.baseSha256);
    QVERIFY(found[0].saved.isValid());
}

void TestRecoveryStore::entriesBySite()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a"))));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("b"))));
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    RecoveryStore::Entry page;
    page.siteRoot = dir.filePath(QStringLiteral("a"));
    page.file = QStringLiteral("i18n/public/ky/index.md");
    page.page = QStringLiteral("index");
    page.bytes = "x";
    RecoveryStore::Entry strings;
    strings.kind = RecoveryStore::Entry::Kind::Strings;
    strings.siteRoot = dir.filePath(QStringLiteral("a/")); // the same folder, written differently
    strings.file = QStringLiteral("i18n/ky.yml");
    strings.language = QStringLiteral("ky");
    strings.strings = {{"title", "Аталыш"}, {"quote", "\"a\" # b"}};
    RecoveryStore::Entry other = page;
    other.siteRoot = dir.filePath(QStringLiteral("b"));
    QString error;
    QVERIFY(store.write(page, &error));
    QTest::qWait(5);
    QVERIFY(store.write(strings, &error));
    QVERIFY(store.write(other, &error));
    const QVector<RecoveryStore::Entry> a = store.entries(dir.filePath(QStringLiteral("a")));
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[0].kind, RecoveryStore::Entry::Kind::Page);
    QCOMPARE(a[1].kind, RecoveryStore::Entry::Kind::Strings);
    QCOMPARE(a[1].strings, strings.strings);
    QCOMPARE(store.entries(dir.filePath(QStringLiteral("b"))).size(), 1);
    QCOMPARE(store.entries(dir.filePath(QStringLiteral("c"))).size(), 0);
}

void TestRecoveryStore::replaceAndRemove()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    RecoveryStore::Entry e;
    e.siteRoot = dir.path();
    e.file = QStringLiteral("public/index.md");
    e.page = QStringLiteral("index");
    e.bytes = "one";
    QString error;
    QVERIFY(store.write(e, &error));
    e.bytes = "two";
    QVERIFY(store.write(e, &error));
    QCOMPARE(store.entries(dir.path()).size(), 1);
    QCOMPARE(store.entries(dir.path()).first().bytes, QByteArray("two"));
    store.remove(dir.path(), e.file);
    QCOMPARE(store.entries(dir.path()).size(), 0);
    QVERIFY(QDir(store.folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestRecoveryStore::unwritableFolder()
{
    QTemporaryDir dir;
    // A file where the folder should be: the write fails with a reason.
    QFile blocker(dir.filePath(QStringLiteral("recovery")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    RecoveryStore::Entry e;
    e.siteRoot = dir.path();
    e.file = QStringLiteral("public/index.md");
    e.page = QStringLiteral("index");
    QString error;
    QVERIFY(!store.write(e, &error));
    QVERIFY2(error.contains(QStringLiteral("recovery")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
