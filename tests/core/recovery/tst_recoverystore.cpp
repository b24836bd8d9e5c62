// The recovery folder: exact bytes back, entries by site, replaced and removed; and the
// writer that keeps it current while typing goes on (throttled, in the background, newest
// update of a file wins, a removal is never undone by an older write).

#include "base/sha256.h"
#include "recovery/recoverystore.h"
#include "recovery/recoverywriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void writerKeepsUpWithChanges();
    void writerNewestWinsAndRemovalSticks();
    void writerWritesInTheBackground();
    void writerReportsFailure();

private:
    static RecoveryStore::Entry pageEntry(const QString &site, const QByteArray &bytes);
};

RecoveryStore::Entry TestRecoveryStore::pageEntry(const QString &site, const QByteArray &bytes)
{
    RecoveryStore::Entry e;
    e.siteRoot = site;
    e.file = QStringLiteral("i18n/public/ky/index.md");
    e.language = QStringLiteral("ky");
    e.page = QStringLiteral("index");
    e.bytes = bytes;
    return e;
}

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

// Changes that never pause still get their copy every Interval or so: the snapshot is not
// pushed back by each change, and the copy on disk is never far behind the text.
void TestRecoveryStore::writerKeepsUpWithChanges()
{
    QTemporaryDir dir;
    int counter = 0;
    int snapshots = 0;
    RecoveryWriter writer([&] {
        ++snapshots;
        return QVector<RecoveryWriter::Update>{
            {pageEntry(dir.path(), QByteArray::number(counter)), false}};
    });
    writer.setStore(RecoveryStore(dir.filePath(QStringLiteral("recovery"))));
    QElapsedTimer clock;
    clock.start();
    QVector<qint64> changedAt; // when each counter value was made
    qint64 worstLag = 0;
    while (clock.elapsed() < 2000) {
        ++counter;
        changedAt.append(clock.elapsed());
        writer.changed();
        QTest::qWait(20);
        const QVector<RecoveryStore::Entry> found = writer.store().entries(dir.path());
        const int held = found.isEmpty() ? 0 : found.first().bytes.toInt();
        const qint64 oldestMissing = held < counter ? changedAt.at(held) : clock.elapsed();
        if (clock.elapsed() > 500)
            worstLag = std::max(worstLag, clock.elapsed() - oldestMissing);
    }
    qInfo("%d changes, %d snapshots, the copy at most %lld ms behind", counter, snapshots,
          static_cast<long long>(worstLag));
    // A debounce would take one snapshot at most; a loaded machine may lose a few ticks.
    QVERIFY2(snapshots >= 4, qPrintable(QString::number(snapshots)));
    QVERIFY2(snapshots <= 2000 / RecoveryWriter::Interval + 1,
             qPrintable(QString::number(snapshots)));
    QVERIFY2(worstLag < 2 * RecoveryWriter::Interval, qPrintable(QString::number(worstLag)));
}

// Updates handed over faster than they are written: the last one of a file is what stays,
// and a removal after writes is not undone by one of them landing late.
void TestRecoveryStore::writerNewestWinsAndRemovalSticks()
{
    QTemporaryDir dir;
    QByteArray text;
    RecoveryWriter writer([&] {
        return QVector<RecoveryWriter::Update>{{pageEntry(dir.path(), text), false}};
    });
    writer.setStore(RecoveryStore(dir.filePath(QStringLiteral("recovery"))));
    for (int i = 0; i < 50; ++i) {
        text = QByteArray(256 * 1024, char('a' + i % 26)) + QByteArray::number(i);
        writer.writeNow();
    }
    QCOMPARE(writer.store().entries(dir.path()).size(), 1);
    QCOMPARE(writer.store().entries(dir.path()).first().bytes, text);

    writer.changed();
    QTest::qWait(RecoveryWriter::Interval + 50); // the snapshot went to the writing thread
    writer.remove(dir.path(), QStringLiteral("i18n/public/ky/index.md"));
    QVERIFY(writer.store().entries(dir.path()).isEmpty());
    writer.waitForDone();
    QTest::qWait(50);
    QVERIFY(writer.store().entries(dir.path()).isEmpty());
    // The same text again after the removal: written again, not skipped as already there.
    writer.writeNow();
    QCOMPARE(writer.store().entries(dir.path()).size(), 1);
}

// A big copy is written while the caller's thread goes on: its event loop never waits for
// the disk (only for the snapshot, which here costs nothing).
void TestRecoveryStore::writerWritesInTheBackground()
{
    QTemporaryDir dir;
    QByteArray text(24 * 1024 * 1024, 'x');
    RecoveryWriter writer([&] {
        return QVector<RecoveryWriter::Update>{{pageEntry(dir.path(), text), false}};
    });
    writer.setStore(RecoveryStore(dir.filePath(QStringLiteral("recovery"))));
    QElapsedTimer clock;
    clock.start();
    writer.writeNow();
    const qint64 writeMs = clock.elapsed();
    // Watched by its time stamp: reading the copy back would stall the loop here.
    const QString copy = writer.store().entries(dir.path()).value(0).path;
    const QDateTime written = QFileInfo(copy).lastModified();
    QVERIFY(written.isValid());

    text[0] = 'y';
    qint64 last = clock.elapsed();
    qint64 worstGap = 0;
    QTimer tick;
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, &tick, [&] {
        worstGap = std::max(worstGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start();
    writer.changed();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(copy).lastModified() != written, 20000);
    tick.stop();
    QVERIFY(writer.store().entries(dir.path()).value(0).bytes.startsWith('y'));
    qInfo("writing a 24 MB copy takes %lld ms; the event loop waited %lld ms at most meanwhile",
          static_cast<long long>(writeMs), static_cast<long long>(worstGap));
    QVERIFY2(writeMs >= 40, "the write is too quick here to tell where it ran");
    QVERIFY2(worstGap < writeMs / 2, qPrintable(QString::number(worstGap)));
}

// A copy that cannot be written is reported, and tried again on the next change.
void TestRecoveryStore::writerReportsFailure()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("recovery"))); // a file where the folder goes
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RecoveryWriter writer([&] {
        return QVector<RecoveryWriter::Update>{{pageEntry(dir.path(), "x"), false}};
    });
    writer.setStore(RecoveryStore(blocker.fileName()));
    QSignalSpy failed(&writer, &RecoveryWriter::failed);
    writer.changed();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("recovery")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(QFile::remove(blocker.fileName()));
    writer.changed();
    QTRY_COMPARE(writer.store().entries(dir.path()).size(), 1);
    QCOMPARE(failed.size(), 1);
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
