#pragma once

// Shared by the test suites: where the corpus and the sample site are.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTest>

namespace TestSupport {

inline QString sampleSite()
{
    return QStringLiteral(TILMECH_SOURCE_DIR "/resources/sample-site");
}

inline bool underCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

// The corpus folder (holding hourofcode.com/), or empty when it is not there.
inline QString corpusRoot()
{
    QString path = qEnvironmentVariable("TILMECH_CORPUS");
    if (path.isEmpty())
        path = QStringLiteral(TILMECH_DEFAULT_CORPUS);
    return QDir(path).exists(QStringLiteral("hourofcode.com")) ? QDir(path).absolutePath()
                                                               : QString();
}

inline QString corpusSite()
{
    const QString root = corpusRoot();
    return root.isEmpty() ? QString() : root + QStringLiteral("/hourofcode.com");
}

} // namespace TestSupport

// Skips the test (by name, with the reason) when the corpus is absent, or fails it under CI.
#define REQUIRE_CORPUS()                                                                           \
    do {                                                                                           \
        if (TestSupport::corpusRoot().isEmpty()) {                                                 \
            if (TestSupport::underCi())                                                            \
                QFAIL("the corpus is missing: expected ../shared/corpus or $TILMECH_CORPUS");      \
            QSKIP("corpus not found (../shared/corpus or $TILMECH_CORPUS): skipped");              \
        }                                                                                          \
    } while (false)

// In a _data() function whose only column is the QString "file": one row that makes the test
// skip (or fail under CI) when the corpus is absent.
#define CORPUS_FILE_ROWS_OR_SKIP()                                                                 \
    do {                                                                                           \
        if (TestSupport::corpusRoot().isEmpty()) {                                                 \
            QTest::newRow("corpus missing") << QString();                                          \
            return;                                                                                \
        }                                                                                          \
    } while (false)

namespace TestSupport {

// Files of the corpus site under `folders` whose names end with one of `suffixes`, relative
// to the site, sorted.
inline QStringList corpusFiles(const QStringList &folders, const QStringList &suffixes)
{
    QStringList result;
    const QDir site(corpusSite());
    for (const QString &folder : folders) {
        QDirIterator it(site.filePath(folder), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            for (const QString &suffix : suffixes) {
                if (path.endsWith(suffix)) {
                    result.append(site.relativeFilePath(path));
                    break;
                }
            }
        }
    }
    result.sort();
    return result;
}

// Copies the files under `from` into `to`, keeping their relative paths (a site to change in
// a test, never the original). Paths are made absolute first: a relative `from` would
// otherwise give relative paths that climb out of `to`.
inline bool copyTree(const QString &from, const QString &to)
{
    const QDir source(QFileInfo(from).absoluteFilePath());
    QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(source.relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

// Writes `bytes` to `path` under the site folder `root`, making the folders on the way: the
// small sites the tests build file by file.
inline bool writeSiteFile(const QString &root, const QString &path, const QByteArray &bytes)
{
    const QString full = root + QLatin1Char('/') + path;
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile file(full);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every file under `folder` (hidden ones too) with its SHA-256, by relative path: a folder
// compared before and after shows whether anything in it was written, added or removed.
inline QMap<QString, QByteArray> checksums(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(folder).relativeFilePath(file.fileName()),
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

// The peak resident memory of a process ("self" for this one), in MiB (VmHWM; 0 once it
// has ended). A child's own figure: getrusage(RUSAGE_CHILDREN) would count the copy of this
// process the child was forked from.
inline qint64 peakMiB(const QString &pid = QStringLiteral("self"))
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return 0;
}

struct CliRun
{
    int code = -1; // -1: it crashed or did not end within a minute
    QString out;
    QString err;
};

// Runs the built tilmech-cli, its messages in the language of `locale` whatever the
// machine's (the CLI follows the locale).
inline CliRun runCli(const QStringList &arguments,
                     const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TILMECH_BINARY_DIR "/tilmech-cli"), arguments);
    CliRun r;
    if (!process.waitForFinished(60000))
        return r;
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace TestSupport
