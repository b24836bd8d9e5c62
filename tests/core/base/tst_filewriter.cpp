// Writes either happen whole or fail with a reason, leaving the old file as it was.

#include "base/filelock.h"
#include "base/filereader.h"
#include "base/filewriter.h"
#include "base/sha256.h"
#include "site/document.h"
#include "strings/catalogeditor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Tilmech;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Limits the size of files this process may write, as a full disk would, for one scope.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    bool m_ok = false;
};

} // namespace

class TestFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void savesWhole();
    void failures_data();
    void failures();
    void fullDiskKeepsOldFile_data();
    void fullDiskKeepsOldFile();
    void keepsModeAndGroup_data();
    void keepsModeAndGroup();
    void refusesReadOnly();
    void refusesSymbolicLinks_data();
    void refusesSymbolicLinks();
    void refusesOutsideTheSite();
    void replacesReadOnlyWhenAsked();
    void expectedVersion_data();
    void expectedVersion();
    void lockedSavesNeverLoseAWrite();
    void busyLock();
    void readerTakesWholeFiles_data();
    void readerTakesWholeFiles();
    void readerRefusesDevices();
};

void TestFileWriter::savesWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    QString error;
    QVERIFY(FileWriter::save(path, "one\n", &error));
    QVERIFY(FileWriter::save(path, QByteArray(100000, 'x'), &error));
    QCOMPARE(readAll(path), QByteArray(100000, 'x'));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("page.md")});
    QVERIFY(FileWriter::write(dir.filePath(QStringLiteral("new.html")), "<p>", &error));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("new.html"))), QByteArray("<p>"));
}

void TestFileWriter::failures_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << "no/such/folder/page.md";
    QTest::newRow("a folder in the way") << "folder";
}

void TestFileWriter::failures()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString path = dir.filePath(relative);
    QString error;
    QVERIFY(!FileWriter::save(path, "text", &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    error.clear();
    QVERIFY(!FileWriter::write(path, "text", &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestFileWriter::fullDiskKeepsOldFile_data()
{
    QTest::addColumn<QString>("via");
    QTest::newRow("FileWriter::save") << "save";
    QTest::newRow("Document::save") << "document";
    QTest::newRow("CatalogEditor::write") << "catalog";
}

// A write cut short (here by the file size limit, which binds root too) fails with its reason;
// the old file stays whole and no temporary file is left.
void TestFileWriter::fullDiskKeepsOldFile()
{
    QFETCH(QString, via);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ky.yml"));
    const QByteArray old = "ky:\n  title: Эски\n";
    QVERIFY(FileWriter::save(path, old, nullptr));
    const QByteArray bigger = "ky:\n  title: " + QByteArray(5000, 'x') + "\n";
    QString error;
    bool ok = true;
    {
        FileSizeLimit limit(64);
        QVERIFY(limit.ok());
        if (via == QLatin1String("save"))
            ok = FileWriter::save(path, bigger, &error);
        else if (via == QLatin1String("document"))
            ok = Document::fromBytes(bigger).save(path, &error);
        else
            ok = CatalogEditor::write(path, bigger, &error);
    }
    QVERIFY(!ok);
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("large")), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("ky.yml")});

    {
        FileSizeLimit limit(64);
        QVERIFY(!FileWriter::write(dir.filePath(QStringLiteral("page.html")), bigger, &error));
    }
    QVERIFY2(error.contains(QStringLiteral("large")), qPrintable(error));
}

// A group other than the process's own, to see whether a save keeps the file's group; 0 when
// the process cannot give files to another group (not root, and in no second group).
gid_t otherGroup()
{
    if (geteuid() == 0)
        return getegid() == 65534 ? 1 : 65534;
    gid_t groups[64];
    const int n = getgroups(64, groups);
    for (int i = 0; i < n; ++i) {
        if (groups[i] != getegid())
            return groups[i];
    }
    return 0;
}

void TestFileWriter::keepsModeAndGroup_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("setgidFolder");
    QTest::addColumn<bool>("otherGroup");
    QTest::newRow("nominal: mode 640 stays 640") << 0640 << false << false;
    QTest::newRow("nominal: mode 600 stays 600") << 0600 << false << false;
    QTest::newRow("nominal: mode 664 with the setgid bit keeps both") << 02664 << false << false;
    QTest::newRow("nominal: the file's group is kept") << 0660 << false << true;
    QTest::newRow("nominal: setgid folder, its group and the file's mode kept")
        << 0640 << true << true;
}

// Saving replaces the file with a new one (QSaveFile); the new one gets the old one's mode
// (setgid bit included) and group, so that a shared site stays shared.
void TestFileWriter::keepsModeAndGroup()
{
    QFETCH(int, mode);
    QFETCH(bool, setgidFolder);
    QFETCH(bool, otherGroup);
    const gid_t group = otherGroup ? ::otherGroup() : getegid();
    if (otherGroup && group == 0)
        QSKIP("this user cannot give a file to a second group");
    QTemporaryDir dir;
    const QByteArray folder = QFile::encodeName(dir.path());
    if (setgidFolder) {
        QCOMPARE(chown(folder.constData(), uid_t(-1), group), 0);
        QCOMPARE(chmod(folder.constData(), 02775), 0);
    }
    const QString path = dir.filePath(QStringLiteral("ky.yml"));
    const QByteArray native = QFile::encodeName(path);
    QVERIFY(FileWriter::save(path, "ky:\n  a: 1\n", nullptr));
    QCOMPARE(chown(native.constData(), uid_t(-1), group), 0);
    QCOMPARE(chmod(native.constData(), mode_t(mode)), 0);
    QString error;
    QVERIFY2(FileWriter::save(path, "ky:\n  a: 2\n", &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("ky:\n  a: 2\n"));
    struct stat st;
    QCOMPARE(stat(native.constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 07777), mode);
    QCOMPARE(st.st_gid, group);
}

// A file without its owner's write bit is not written over, not even by root; asked to,
// the save replaces it and it stays read-only.
void TestFileWriter::refusesReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    QVERIFY(FileWriter::save(path, "old\n", nullptr));
    QCOMPARE(chmod(QFile::encodeName(path).constData(), 0444), 0);
    QString error;
    QVERIFY(!FileWriter::save(path, "new\n", &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("old\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("page.md")});
}

void TestFileWriter::refusesSymbolicLinks_data()
{
    QTest::addColumn<QString>("via");
    QTest::newRow("robustness: FileWriter::save through a link") << "save";
    QTest::newRow("robustness: Document::save through a link") << "document";
    QTest::newRow("robustness: CatalogEditor::write through a link") << "catalog";
}

// A page or catalog that is a symbolic link is not written through: the file it points to
// (here outside the folder) stays as it was, and so does the link.
void TestFileWriter::refusesSymbolicLinks()
{
    QFETCH(QString, via);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("site")));
    const QString outside = dir.filePath(QStringLiteral("outside.txt"));
    QVERIFY(FileWriter::save(outside, "precious\n", nullptr));
    const QString link = dir.filePath(QStringLiteral("site/ky.yml"));
    QVERIFY(QFile::link(outside, link));
    QString error;
    bool ok = true;
    if (via == QLatin1String("save"))
        ok = FileWriter::save(link, "ky:\n", &error);
    else if (via == QLatin1String("document"))
        ok = Document::fromBytes("ky:\n").save(link, &error);
    else
        ok = CatalogEditor::write(link, "ky:\n", &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(link) && error.contains(QLatin1String("symbolic link")),
             qPrintable(error));
    QCOMPARE(readAll(outside), QByteArray("precious\n"));
    QVERIFY(QFileInfo(link).isSymLink());
}

// With the site named, a file whose folder is reached through a link out of the site is
// not written, though the file itself is no link.
void TestFileWriter::refusesOutsideTheSite()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    const QString outside = dir.filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(site) && QDir().mkpath(outside));
    QVERIFY(FileWriter::save(outside + QStringLiteral("/ky.yml"), "precious\n", nullptr));
    QVERIFY(QFile::link(outside, site + QStringLiteral("/i18n")));
    SaveOptions options;
    options.siteRoot = site;
    QString error;
    QVERIFY(!FileWriter::save(site + QStringLiteral("/i18n/ky.yml"), "ky:\n", &error, options));
    QVERIFY2(error.contains(QLatin1String("outside the site")), qPrintable(error));
    QCOMPARE(readAll(outside + QStringLiteral("/ky.yml")), QByteArray("precious\n"));
    QVERIFY2(FileWriter::save(site + QStringLiteral("/ky.yml"), "ky:\n", &error, options),
             qPrintable(error));
}

void TestFileWriter::replacesReadOnlyWhenAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    QVERIFY(FileWriter::save(path, "old\n", nullptr));
    QCOMPARE(chmod(QFile::encodeName(path).constData(), 0444), 0);
    SaveOptions options;
    options.replaceReadOnly = true;
    QString error;
    QVERIFY(FileWriter::isReadOnly(path));
    QVERIFY2(FileWriter::save(path, "new\n", &error, options), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("new\n"));
    QVERIFY(FileWriter::isReadOnly(path));
}

void TestFileWriter::expectedVersion_data()
{
    QTest::addColumn<QByteArray>("onDisk"); // empty: no file
    QTest::addColumn<QByteArray>("readAs"); // what the text is based on; empty: a new file
    QTest::addColumn<bool>("written");
    QTest::newRow("nominal: the file is still as read")
        << QByteArray("a\n") << QByteArray("a\n") << true;
    QTest::newRow("nominal: a new file where there is none")
        << QByteArray() << QByteArray() << true;
    QTest::newRow("nominal: a file that has gone is written again")
        << QByteArray() << QByteArray("a\n") << true;
    QTest::newRow("robustness: another program changed it")
        << QByteArray("b\n") << QByteArray("a\n") << false;
    QTest::newRow("robustness: a new file that another program made")
        << QByteArray("b\n") << QByteArray() << false;
}

void TestFileWriter::expectedVersion()
{
    QFETCH(QByteArray, onDisk);
    QFETCH(QByteArray, readAs);
    QFETCH(bool, written);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    if (!onDisk.isEmpty())
        QVERIFY(FileWriter::save(path, onDisk, nullptr));
    SaveOptions options;
    options.expectedSha256 = readAs.isEmpty() ? QByteArray() : Sha256::hex(readAs);
    QString error;
    QCOMPARE(FileWriter::save(path, "mine\n", &error, options), written);
    QCOMPARE(readAll(path), written ? QByteArray("mine\n") : onDisk);
    if (!written)
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("changed on disk")),
                 qPrintable(error));
}

// Writers that each take the lock, then write only over the version they read (as page
// saves do): of two that read the same version, one writes and the other is told the file
// changed; no write is ever lost unnoticed.
void TestFileWriter::lockedSavesNeverLoseAWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    QVERIFY(FileWriter::save(path, "base\n", nullptr));
    for (int round = 0; round < 20; ++round) {
        const QByteArray base = Sha256::hex(readAll(path));
        bool saved[2] = {false, false};
        QVector<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads.append(QThread::create([&, i] {
                FileLock lock(path);
                QString error;
                if (!lock.acquire(&error))
                    return;
                SaveOptions options;
                options.expectedSha256 = base;
                saved[i] = FileWriter::save(path, QByteArray::number(round * 2 + i) + "\n", &error,
                                            options);
            }));
        }
        for (QThread *thread : qAsConst(threads))
            thread->start();
        for (QThread *thread : qAsConst(threads)) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QVERIFY(saved[0] != saved[1]);
        QCOMPARE(readAll(path), QByteArray::number(round * 2 + (saved[0] ? 0 : 1)) + "\n");
    }
    QVERIFY(!QFileInfo::exists(FileLock::lockPathFor(path)));
}

void TestFileWriter::busyLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ky.yml"));
    QCOMPARE(FileLock::lockPathFor(path), dir.filePath(QStringLiteral(".ky.yml.lock")));
    FileLock held(path);
    QString error;
    QVERIFY(held.acquire(&error));
    QThread *other = QThread::create([&] {
        FileLock second(path);
        QVERIFY(!second.acquire(&error, 200));
        QVERIFY(second.busy());
    });
    other->start();
    QVERIFY(other->wait(10000));
    delete other;
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("busy")), qPrintable(error));
}

void TestFileWriter::readerTakesWholeFiles_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("read");
    QTest::newRow("nominal: an empty file") << 0 << 10 << true;
    QTest::newRow("nominal: a file at the limit") << 10 << 10 << true;
    QTest::newRow("nominal: a file larger than a read at once") << 3000000 << 4000000 << true;
    QTest::newRow("robustness: a file one byte over the limit") << 11 << 10 << false;
}

void TestFileWriter::readerTakesWholeFiles()
{
    QFETCH(int, size);
    QFETCH(int, limit);
    QFETCH(bool, read);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    QVERIFY(FileWriter::save(path, bytes, nullptr));
    QString error;
    const std::optional<QByteArray> got = FileReader::read(path, &error, limit);
    QCOMPARE(got.has_value(), read);
    if (read)
        QCOMPARE(*got, bytes);
    else
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("MiB")), qPrintable(error));
}

// A device named directly (not through a link) is refused for what it is, at once.
void TestFileWriter::readerRefusesDevices()
{
    QString error;
    QVERIFY(!FileReader::read(QStringLiteral("/dev/zero"), &error));
    QVERIFY2(error.contains(QLatin1String("/dev/zero")) && error.contains(QLatin1String("device")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_filewriter.moc"
