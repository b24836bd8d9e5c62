#pragma once

// Shared by the test suites: where the corpus and the sample site are.

#include <QDir>
#include <QDirIterator>
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
#define REQUIRE_CORPUS()                                                                         \
    do {                                                                                         \
        if (TestSupport::corpusRoot().isEmpty()) {                                               \
            if (TestSupport::underCi())                                                          \
                QFAIL("the corpus is missing: expected ../shared/corpus or $TILMECH_CORPUS");    \
            QSKIP("corpus not found (../shared/corpus or $TILMECH_CORPUS): skipped");            \
        }                                                                                        \
    } while (false)

// In a _data() function whose only column is the QString "file": one row that makes the test
// skip (or fail under CI) when the corpus is absent.
#define CORPUS_FILE_ROWS_OR_SKIP()                                                               \
    do {                                                                                         \
        if (TestSupport::corpusRoot().isEmpty()) {                                               \
            QTest::newRow("corpus missing") << QString();                                        \
            return;                                                                              \
        }                                                                                        \
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

} // namespace TestSupport
