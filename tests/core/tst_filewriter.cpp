// Writes either happen whole or fail with a reason, leaving the old file as it was.

#include "catalogeditor.h"
#include "document.h"
#include "filewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

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
};

void TestFileWriter::savesWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.md"));
    QString error;
    QVERIFY(FileWriter::save(path, "one\n", &error));
    QVERIFY(FileWriter::save(path, QByteArray(100000, 'x'), &error));
    QCOMPARE(readAll(path), QByteArray(100000, 'x'));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("page.md")});
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
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("ky.yml")});

    {
        FileSizeLimit limit(64);
        QVERIFY(!FileWriter::write(dir.filePath(QStringLiteral("page.html")), bigger, &error));
    }
    QVERIFY2(error.contains(QStringLiteral("large")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_filewriter.moc"
