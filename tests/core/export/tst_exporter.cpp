// The HTML bundle: pages, links, assets, manifest and zip; the validation gate; safety
// (destination checks, containment, cancelling) and Debian's linkchecker over the output.

#include "base/html.h"
#include "check/validator.h"
#include "export/exporter.h"
#include "render/renderer.h"
#include "site/project.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPromise>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <zip.h>

using namespace Tilmech;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// TestSupport::checksums in the manifest's form: lower-case hexadecimal.
QMap<QString, QString> hexChecksums(const QString &folder)
{
    QMap<QString, QString> files;
    const QMap<QString, QByteArray> raw = TestSupport::checksums(folder);
    for (auto it = raw.cbegin(); it != raw.cend(); ++it)
        files.insert(it.key(), QString::fromLatin1(it.value().toHex()));
    return files;
}

QJsonObject manifestOf(const QString &bundle)
{
    return QJsonDocument::fromJson(readAll(bundle + QStringLiteral("/manifest.json"))).object();
}

Exporter::Result exportSite(const QString &site, const QStringList &languages, const QString &out,
                            bool allowErrors = true, const QString &zip = QString())
{
    QString error;
    const auto project = Project::open(site, &error);
    if (!project)
        qFatal("cannot open %s: %s", qPrintable(site), qPrintable(error));
    auto renderer = std::make_shared<const Renderer>(project);
    auto validator = std::make_shared<const Validator>(project, renderer);
    Exporter::Options options;
    options.languages = languages;
    options.destination = out;
    options.allowErrors = allowErrors;
    options.zipFile = zip;
    return Exporter(project, renderer, validator).run(options);
}

bool hasScheme(const QString &url)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(url).hasMatch();
}

// The href= and src= values of the tags of a page, decoded as a browser reads them.
QStringList linksOf(const QByteArray &html)
{
    static const QRegularExpression tag(QStringLiteral("<[A-Za-z][^>]*>"));
    static const QRegularExpression attribute(
        QStringLiteral("\\s(?:href|src)=(?:\"([^\"]*)\"|'([^']*)')"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList links;
    const QString text = QString::fromUtf8(html);
    for (auto tags = tag.globalMatch(text); tags.hasNext();) {
        const QString element = tags.next().captured(0);
        for (auto it = attribute.globalMatch(element); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString value = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
            links << QString::fromUtf8(Html::unescaped(value.toUtf8()));
        }
    }
    return links;
}

// Whether a page has an element with this id (or an <a name=...>).
bool hasAnchor(const QByteArray &html, const QString &name)
{
    const QString escaped = QRegularExpression::escape(name);
    const QRegularExpression anchor(QStringLiteral("\\s(?:id|name)=([\"'])%1\\1").arg(escaped));
    return anchor.match(QString::fromUtf8(html)).hasMatch();
}

// Problems with the internal links of a bundle: each relative link and image must name a file
// of the bundle (and, with `anchors`, an id of the page it names) unless the manifest lists it
// as broken on a page with errors.
QStringList linkProblems(const QString &bundle, bool anchors, int *checked)
{
    QStringList problems;
    const QJsonObject manifest = manifestOf(bundle);
    for (const QJsonValue &page : manifest[QStringLiteral("pages")].toArray()) {
        const QString output = page[QStringLiteral("output")].toString();
        QStringList broken;
        for (const QJsonValue &b : page[QStringLiteral("brokenLinks")].toArray())
            broken << b.toString();
        const bool pageHasErrors =
            page[QStringLiteral("diagnostics")][QStringLiteral("errors")].toInt() > 0;
        const QByteArray html = readAll(bundle + QLatin1Char('/') + output);
        if (html.isEmpty())
            problems << output + QStringLiteral(": missing or empty");
        for (const QString &link : linksOf(html)) {
            if (link.isEmpty() || link.startsWith(QLatin1Char('#')))
                continue;
            if (link.startsWith(QStringLiteral("//"))) {
                problems << output + QStringLiteral(": protocol-relative link ") + link;
                continue;
            }
            if (hasScheme(link))
                continue;
            if (broken.contains(link)) {
                if (!pageHasErrors)
                    problems << output +
                                    QStringLiteral(": broken link on a page without errors: ") +
                                    link;
                continue;
            }
            if (link.startsWith(QLatin1Char('/'))) {
                problems << output + QStringLiteral(": site-absolute link left in the bundle: ") +
                                link;
                continue;
            }
            const QUrl url = QUrl::fromEncoded(link.toUtf8());
            const QString target =
                QDir::cleanPath(QFileInfo(output).path() + QLatin1Char('/') + url.path());
            ++*checked;
            if (target.startsWith(QStringLiteral("..")) ||
                !QFileInfo(bundle + QLatin1Char('/') + target).isFile()) {
                problems << output + QStringLiteral(": ") + link + QStringLiteral(" → ") + target +
                                QStringLiteral(" is not a file of the bundle");
                continue;
            }
            if (anchors && url.hasFragment() && target.endsWith(QStringLiteral(".html"))) {
                if (!hasAnchor(readAll(bundle + QLatin1Char('/') + target),
                               url.fragment(QUrl::FullyDecoded)))
                    problems << output + QStringLiteral(": ") + link +
                                    QStringLiteral(": no such anchor");
            }
        }
    }
    return problems;
}

QString ensureLinkchecker()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("linkchecker"));
    return program;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void relativePath_data();
    void relativePath();
    void sampleBundle();
    void corpusBundle();
    void linkchecker_data();
    void linkchecker();
    void zipMatchesManifest();
    void refusesPagesWithErrors();
    void cancelLeavesDestination();
    void foreignFolder();
    void destinationInsideSite();
    void refusesDestinationsOfTheSite_data();
    void refusesDestinationsOfTheSite();
    void refusesZipOnSiteOrBundle_data();
    void refusesZipOnSiteOrBundle();
    void reportsNamesTheBundleCannotHold();
    void staysInsideDestination();
    void rewritesLinks_data();
    void rewritesLinks();
    void hostileTagsStayPlaceholders();
};

void TestExporter::relativePath_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same folder") << "ky/a/b.html"
                                 << "ky/a/c.html"
                                 << "c.html";
    QTest::newRow("down") << "ky/index.html"
                          << "ky/a/c.html"
                          << "a/c.html";
    QTest::newRow("up") << "ky/a/b.html"
                        << "ky/index.html"
                        << "../index.html";
    QTest::newRow("across") << "ky/a/b/c.html"
                            << "ky/x/y.html"
                            << "../../x/y.html";
    QTest::newRow("itself") << "ky/a.html"
                            << "ky/a.html"
                            << "a.html";
    QTest::newRow("asset") << "ky/how-to/index.html"
                           << "ky/images/logo.svg"
                           << "../images/logo.svg";
}

void TestExporter::relativePath()
{
    QFETCH(QString, from);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QCOMPARE(Exporter::relativePath(from, target), expected);
}

void TestExporter::sampleBundle()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bundle"));
    const Exporter::Result result =
        exportSite(TestSupport::sampleSite(), {QStringLiteral("ky")}, out);
    QVERIFY2(result.ok, qPrintable(result.error));

    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    int withEnglish = 0;
    for (const Page &page : project->pages())
        withEnglish += page.has(QStringLiteral("en")) ? 1 : 0;
    QCOMPARE(result.pages, withEnglish);

    const QJsonObject manifest = manifestOf(out);
    QCOMPARE(manifest[QStringLiteral("generator")].toString(), QStringLiteral("Tilmech"));
    QVERIFY(!manifest[QStringLiteral("version")].toString().isEmpty());
    QVERIFY(
        QDateTime::fromString(manifest[QStringLiteral("date")].toString(), Qt::ISODate).isValid());
    QCOMPARE(manifest[QStringLiteral("languages")].toArray(), QJsonArray{QStringLiteral("ky")});
    // The sample's deliberate defects are errors: the export was forced, and says so.
    QVERIFY(result.errors > 0);
    QCOMPARE(manifest[QStringLiteral("forced")].toBool(), true);
    QCOMPARE(manifest[QStringLiteral("errors")].toInt(), result.errors);

    const QJsonArray pages = manifest[QStringLiteral("pages")].toArray();
    QCOMPARE(pages.size(), result.pages);
    int errors = 0;
    for (const QJsonValue &page : pages) {
        const QString output = page[QStringLiteral("output")].toString();
        QVERIFY2(output.startsWith(QStringLiteral("ky/")) &&
                     output.endsWith(QStringLiteral(".html")),
                 qPrintable(output));
        const QByteArray html = readAll(out + QLatin1Char('/') + output);
        QCOMPARE(page[QStringLiteral("sha256")].toString(), sha256(html));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY2(!html.contains("data-sourcepos"), qPrintable(output));
        QVERIFY(!page[QStringLiteral("title")].toString().isEmpty());
        for (const QJsonValue &source : page[QStringLiteral("sources")].toArray())
            QVERIFY(QFileInfo::exists(TestSupport::sampleSite() + QLatin1Char('/') +
                                      source.toString()));
        errors += page[QStringLiteral("diagnostics")][QStringLiteral("errors")].toInt();
    }
    QCOMPARE(errors, result.errors);

    // The images the pages use are copied, byte for byte.
    const QJsonArray assets = manifest[QStringLiteral("assets")].toArray();
    QVERIFY(!assets.isEmpty());
    for (const QJsonValue &asset : assets) {
        const QByteArray copied =
            readAll(out + QLatin1Char('/') + asset[QStringLiteral("output")].toString());
        QCOMPARE(copied, readAll(TestSupport::sampleSite() + QLatin1Char('/') +
                                 asset[QStringLiteral("source")].toString()));
        QCOMPARE(asset[QStringLiteral("sha256")].toString(), sha256(copied));
    }

    int checked = 0;
    const QStringList problems = linkProblems(out, true, &checked);
    // The one broken link is the sample's refused tag (its README): shown as the live site
    // shows it, it leads to an anchor the page does not have.
    QCOMPARE(problems,
             QStringList{QStringLiteral(
                 "ky/how-to/index.html: ../promote/resources.html#flyers: no such anchor")});
    QVERIFY(checked >= 5);
    QVERIFY(manifest[QStringLiteral("brokenLinks")].toInt() > 0); // the sample's mangled tags
}

void TestExporter::corpusBundle()
{
    REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bundle"));
    const Exporter::Result result =
        exportSite(TestSupport::corpusSite(), {QStringLiteral("ky")}, out);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.pages >= 20);
    int checked = 0;
    const QStringList problems = linkProblems(out, false, &checked);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(checked >= 20);

    // No template text reaches the bundle, raw or escaped, in text or in an attribute: a
    // refused tag shows what the live site shows, and what cannot be interpreted is left out.
    int pages = 0;
    QDirIterator it(out, {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray html = readAll(path);
        ++pages;
        for (const char *text : {"<%", "%>", "{{", "}}", "&lt;%", "%&gt;", "%=%20", "tilmech-mark",
                                 "data-tilmech", "class=\"tilmech-placeholder\""}) {
            const qsizetype at = html.indexOf(text);
            QVERIFY2(at < 0,
                     qPrintable(path + QStringLiteral(": ") +
                                QString::fromUtf8(html.mid(std::max<qsizetype>(at - 80, 0), 200))));
        }
    }
    QCOMPARE(pages, result.pages);
}

void TestExporter::linkchecker_data()
{
    QTest::addColumn<QString>("site");
    QTest::newRow("sample") << TestSupport::sampleSite();
    QTest::newRow("corpus") << TestSupport::corpusSite();
}

void TestExporter::linkchecker()
{
    QFETCH(QString, site);
    if (site.isEmpty())
        REQUIRE_CORPUS();
    const QString program = ensureLinkchecker();
    if (program.isEmpty()) {
        if (TestSupport::underCi())
            QFAIL("linkchecker is not installed: run packaging/install-deps.sh");
        QSKIP("linkchecker not installed (Debian package linkchecker): skipped");
    }
    // linkchecker drops root rights to "nobody": the bundle must be readable and the report
    // folder writable by everyone.
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tilmech-linkcheck-XXXXXX"));
    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
    const QString out = dir.filePath(QStringLiteral("bundle"));
    const Exporter::Result result = exportSite(site, {QStringLiteral("ky")}, out);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QString report = dir.filePath(QStringLiteral("report.csv"));

    // Every file: link is checked, also those outside the bundle folder (which linkchecker
    // would otherwise only parse); web and mail links are only parsed (no network).
    QStringList arguments{QStringLiteral("--no-status"), QStringLiteral("--verbose"),
                          QStringLiteral("--check-extern"),
                          QStringLiteral("--ignore-url=^(?!file:)"),
                          QStringLiteral("--file-output=csv/utf-8/") + report};
    const QJsonArray pages = manifestOf(out)[QStringLiteral("pages")].toArray();
    for (const QJsonValue &page : pages)
        arguments << QUrl::fromLocalFile(out + QLatin1Char('/') +
                                         page[QStringLiteral("output")].toString())
                         .toString();
    QProcess process;
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(240000));
    QVERIFY2(QFileInfo::exists(report), process.readAllStandardError().constData());

    // Every URL it found invalid must be a link the manifest reports as broken.
    QMultiHash<QString, QString> broken; // output path → link
    for (const QJsonValue &page : pages) {
        for (const QJsonValue &b : page[QStringLiteral("brokenLinks")].toArray())
            broken.insert(page[QStringLiteral("output")].toString(), b.toString());
    }
    const QStringList lines = QString::fromUtf8(readAll(report)).split(QLatin1Char('\n'));
    QString header;
    int valid = 0;
    QStringList problems;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        if (header.isEmpty()) {
            header = line;
            continue;
        }
        // urlname;parentname;base;result;warningstring;infostring;valid;url;... — the
        // url name may itself hold ';' only inside quotes, so split from the known columns.
        const QStringList cells = line.split(QLatin1Char(';'));
        const qsizetype validColumn = cells.indexOf(QStringLiteral("False")) >= 0
                                          ? cells.indexOf(QStringLiteral("False"))
                                          : cells.indexOf(QStringLiteral("True"));
        if (validColumn < 0)
            continue;
        if (cells.at(validColumn) == QLatin1String("True")) {
            ++valid;
            continue;
        }
        const QString parent = QUrl(cells.value(1)).toLocalFile();
        const QString output = QDir(out).relativeFilePath(parent);
        QString name = cells.value(0);
        if (name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name =
                name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        if (!broken.contains(output, name))
            problems << output + QStringLiteral(": ") + name + QStringLiteral(": ") +
                            cells.value(3);
    }
    QVERIFY2(!header.isEmpty(), "linkchecker wrote no report");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(valid >= pages.size(), qPrintable(QStringLiteral("only %1 valid URLs").arg(valid)));
}

void TestExporter::zipMatchesManifest()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bundle"));
    const QString zipPath = dir.filePath(QStringLiteral("bundle.zip"));
    const Exporter::Result result =
        exportSite(TestSupport::sampleSite(), {QStringLiteral("ky")}, out, true, zipPath);
    QVERIFY2(result.ok, qPrintable(result.error));

    QMap<QString, QString> expected; // entry → sha256
    const QJsonObject manifest = manifestOf(out);
    for (const QString &list : {QStringLiteral("pages"), QStringLiteral("assets")}) {
        for (const QJsonValue &v : manifest[list].toArray())
            expected.insert(v[QStringLiteral("output")].toString(),
                            v[QStringLiteral("sha256")].toString());
    }
    expected.insert(QStringLiteral("manifest.json"),
                    sha256(readAll(out + QStringLiteral("/manifest.json"))));

    int error = 0;
    zip_t *zip =
        zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    QVERIFY2(zip, "the zip cannot be opened");
    QMap<QString, QString> found;
    const zip_int64_t entries = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        QCOMPARE(zip_stat_index(zip, zip_uint64_t(i), 0, &stat), 0);
        zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
        QVERIFY(file);
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        QCOMPARE(zip_fread(file, bytes.data(), stat.size), zip_int64_t(stat.size));
        zip_fclose(file);
        found.insert(QString::fromUtf8(stat.name), sha256(bytes));
    }
    zip_close(zip);
    QCOMPARE(found, expected);
    QCOMPARE(hexChecksums(out), expected);
    // Nothing else was left beside them.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList({QStringLiteral("bundle"), QStringLiteral("bundle.zip")}));
}

void TestExporter::refusesPagesWithErrors()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bundle"));
    const Exporter::Result result =
        exportSite(TestSupport::sampleSite(), {QStringLiteral("ky")}, out, false,
                   dir.filePath(QStringLiteral("bundle.zip")));
    QVERIFY(!result.ok);
    QVERIFY(result.refusedForErrors);
    QVERIFY(result.errors > 0);
    QVERIFY(result.error.contains(QStringLiteral("error")));
    bool listed = false;
    for (const Diagnostic &d : result.findings)
        listed |= d.severity == Diagnostic::Severity::Error && !d.file.isEmpty() && d.line > 0;
    QVERIFY(listed);
    QVERIFY(QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                .isEmpty());

    // English alone has no errors in the sample: it goes through without forcing.
    const Exporter::Result english =
        exportSite(TestSupport::sampleSite(), {QStringLiteral("en")}, out, false);
    QVERIFY2(english.ok, qPrintable(english.error));
    QCOMPARE(manifestOf(out)[QStringLiteral("forced")].toBool(), false);
}

// Cancelled through its future (as the export dialog does) before it starts, early among
// the pages, or later, an export leaves the destination and its folder as they were.
void TestExporter::cancelLeavesDestination()
{
    QTemporaryDir dir;
    // A site big enough for a cancel to land while pages are still being exported.
    const QString site = dir.filePath(QStringLiteral("site"));
    QByteArray page = "# Page\n\n";
    for (int i = 0; i < 40; ++i)
        page += "A paragraph with **bold**, a [link](/learn) and `code` " + QByteArray::number(i) +
                ".\n\n";
    for (int i = 0; i < 300; ++i) {
        const QString name = QStringLiteral("p%1.md").arg(i);
        QVERIFY(TestSupport::writeSiteFile(site, QStringLiteral("public/") + name, page));
        QVERIFY(TestSupport::writeSiteFile(site, QStringLiteral("i18n/public/ky/") + name, page));
    }
    const QString out = dir.filePath(QStringLiteral("bundle"));
    const Exporter::Result first = exportSite(site, {QStringLiteral("en")}, out);
    QVERIFY2(first.ok, qPrintable(first.error));
    const QMap<QString, QByteArray> before = TestSupport::checksums(out);
    QVERIFY(!before.isEmpty());

    QString error;
    const auto project = Project::open(site, &error);
    auto renderer = std::make_shared<const Renderer>(project);
    auto validator = std::make_shared<const Validator>(project, renderer);
    const Exporter exporter(project, renderer, validator);
    Exporter::Options options;
    options.languages = {QStringLiteral("en"), QStringLiteral("ky")};
    options.destination = out;
    options.allowErrors = true;
    options.threads = 1;
    options.zipFile = dir.filePath(QStringLiteral("bundle.zip"));
    for (int stopAt : {0, 1, 3, 200}) {
        QPromise<Exporter::Result> promise;
        QFuture<Exporter::Result> future = promise.future();
        if (stopAt == 0)
            future.cancel(); // before it starts
        std::thread worker([&] {
            promise.start();
            exporter.run(promise, options);
            promise.finish();
        });
        while (!future.isCanceled() && !future.isFinished()) {
            if (future.progressValue() >= stopAt)
                future.cancel();
            QThread::usleep(100);
        }
        worker.join();
        QVERIFY2(future.resultCount() == 0, "a cancelled export gives no result");
        QCOMPARE(TestSupport::checksums(out), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({QStringLiteral("bundle"), QStringLiteral("site")}));
    }
    QVERIFY(Exporter::cancelledResult().cancelled);
    // Not cancelled, the same export replaces the old bundle.
    const Exporter::Result done = exporter.run(options);
    QVERIFY2(done.ok, qPrintable(done.error));
    QVERIFY(TestSupport::checksums(out).contains(QStringLiteral("ky/p7.html")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList(
                 {QStringLiteral("bundle"), QStringLiteral("bundle.zip"), QStringLiteral("site")}));
}

void TestExporter::foreignFolder()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("mine"));
    QVERIFY(writeAll(out + QStringLiteral("/notes.txt"), "keep me"));
    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    auto renderer = std::make_shared<const Renderer>(project);
    auto validator = std::make_shared<const Validator>(project, renderer);
    const Exporter exporter(project, renderer, validator);
    Exporter::Options options;
    options.languages = {QStringLiteral("en")};
    options.destination = out;
    Exporter::Result result = exporter.run(options);
    QVERIFY(!result.ok);
    QVERIFY(result.refusedForeignFolder);
    QVERIFY2(result.error.contains(QStringLiteral("not made by Tilmech")),
             qPrintable(result.error));
    QCOMPARE(readAll(out + QStringLiteral("/notes.txt")), QByteArray("keep me"));

    options.replaceForeign = true;
    result = exporter.run(options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/notes.txt")));

    // A bundle of ours is replaced without asking.
    options.replaceForeign = false;
    result = exporter.run(options);
    QVERIFY2(result.ok, qPrintable(result.error));

    // A file where the folder should be is never touched.
    QVERIFY(writeAll(dir.filePath(QStringLiteral("file")), "data"));
    options.destination = dir.filePath(QStringLiteral("file"));
    options.replaceForeign = true;
    result = exporter.run(options);
    QVERIFY(!result.ok);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("file"))), QByteArray("data"));
}

void TestExporter::destinationInsideSite()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(writeAll(site + QStringLiteral("/public/index.md"), "# Home\n"));
    const Exporter::Result result =
        exportSite(site, {QStringLiteral("en")}, site + QStringLiteral("/out"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("inside the site")), qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(site + QStringLiteral("/out")));

    const Exporter::Result bad =
        exportSite(site, {QStringLiteral("../en")}, dir.filePath(QStringLiteral("out")));
    QVERIFY(!bad.ok);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
}

namespace {

// A small site with errors in its translation (so that only allowErrors lets it through)
// in `dir`/site, and beside it a folder with a link to the site and one to its i18n/.
QString makeHostSite(const QTemporaryDir &dir)
{
    const QString site = dir.filePath(QStringLiteral("site"));
    writeAll(site + QStringLiteral("/public/index.md"), "# Home\n\nText.\n");
    writeAll(site + QStringLiteral("/public/images/logo.svg"),
             "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    writeAll(site + QStringLiteral("/i18n/public/ky/index.md"),
             "# Башкы\n\n<%= view :missing %>\n");
    writeAll(site + QStringLiteral("/i18n/ky.yml"), "ky:\n  hello: Салам\n");
    writeAll(site + QStringLiteral("/manifest.json"), "{\"generator\": \"Tilmech\"}\n");
    QFile::link(site, dir.filePath(QStringLiteral("to-site")));
    QFile::link(site + QStringLiteral("/i18n"), dir.filePath(QStringLiteral("to-i18n")));
    QFile::link(dir.path(), dir.filePath(QStringLiteral("to-here")));
    return site;
}

// Entries of `folder` (not recursive), hidden ones too.
QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden |
                                  QDir::System);
}

Exporter::Result exportWith(const QString &site, const QString &out, const QString &zip, bool flags)
{
    QString error;
    const auto project = Project::open(site, &error);
    if (!project)
        qFatal("cannot open %s: %s", qPrintable(site), qPrintable(error));
    auto renderer = std::make_shared<const Renderer>(project);
    auto validator = std::make_shared<const Validator>(project, renderer);
    Exporter::Options options;
    options.languages = {QStringLiteral("ky")};
    options.destination = out;
    options.zipFile = zip;
    options.allowErrors = flags;
    options.replaceForeign = flags;
    return Exporter(project, renderer, validator).run(options);
}

} // namespace

// Destinations that are the site, hold it or lie inside it, however they are spelled
// (symbolic links, ".."), are refused before anything is written, whatever the options.
void TestExporter::refusesDestinationsOfTheSite_data()
{
    QTest::addColumn<QString>("destination"); // relative to the scratch folder
    QTest::addColumn<bool>("flags");          // allowErrors and replaceForeign
    const struct
    {
        const char *name;
        const char *destination;
    } cases[] = {
        {"the site folder", "site"},
        {"the site folder with a trailing slash", "site/"},
        {"the folder that holds the site", "."},
        {"the root of the file system", "/"},
        {"a folder inside the site", "site/i18n"},
        {"a new folder inside the site", "site/out"},
        {"a new folder deep inside the site", "site/a/b/c"},
        {"the site through ..", "elsewhere/../site"},
        {"the site's parent through ..", "site/i18n/../.."},
        {"a link to the site", "to-site"},
        {"a new folder through a link to the site", "to-site/out"},
        {"a new folder under a linked folder of the site", "to-i18n/new/deeper"},
        {"the site's parent through a link and ..", "to-i18n/../.."},
        {"a link to the folder that holds the site", "to-here"},
        {"the site through a link to its parent", "to-here/site"},
    };
    for (const auto &c : cases) {
        for (const bool flags : {false, true}) {
            QTest::newRow(qPrintable(
                QStringLiteral("safety: %1%2")
                    .arg(QLatin1String(c.name), flags ? QStringLiteral(", forced") : QString())))
                << QString::fromLatin1(c.destination) << flags;
        }
    }
}

void TestExporter::refusesDestinationsOfTheSite()
{
    QFETCH(QString, destination);
    QFETCH(bool, flags);
    QTemporaryDir dir;
    const QString site = makeHostSite(dir);
    const QMap<QString, QByteArray> before = TestSupport::checksums(site);
    const QStringList around = entriesOf(dir.path());
    const QString out = destination.startsWith(QLatin1Char('/'))
                            ? destination
                            : dir.path() + QLatin1Char('/') + destination;
    const Exporter::Result result = exportWith(site, out, QString(), flags);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("site folder")), qPrintable(result.error));
    QVERIFY(!result.refusedForeignFolder); // nothing to agree to: it is refused outright
    QCOMPARE(result.pages, 0);
    QCOMPARE(TestSupport::checksums(site), before);
    QCOMPARE(entriesOf(dir.path()), around);
    QVERIFY(!QFileInfo::exists(site + QStringLiteral("/out")));
    QVERIFY(!QFileInfo::exists(site + QStringLiteral("/a")));
    QVERIFY(!QFileInfo::exists(site + QStringLiteral("/i18n/new")));
}

// A zip path on a file of the site, on the bundle folder or inside it, or on something that
// is not a regular file, is refused before the bundle or the zip is written.
void TestExporter::refusesZipOnSiteOrBundle_data()
{
    QTest::addColumn<QString>("zip");       // relative to the scratch folder
    QTest::addColumn<bool>("bundleExists"); // an earlier bundle is in "bundle"
    QTest::addColumn<QString>("message");
    const QString site = QStringLiteral("site folder");
    const QString bundle = QStringLiteral("bundle folder");
    QTest::newRow("safety: a catalog of the site") << "site/i18n/ky.yml" << false << site;
    QTest::newRow("safety: a new file in the site") << "site/bundle.zip" << false << site;
    QTest::newRow("safety: a new file in a new folder of the site")
        << "site/zips/b.zip" << false << site;
    QTest::newRow("safety: a catalog through a link to the site")
        << "to-site/i18n/ky.yml" << false << site;
    QTest::newRow("safety: a catalog through a linked folder") << "to-i18n/ky.yml" << false << site;
    QTest::newRow("safety: a catalog through ..")
        << "elsewhere/../site/i18n/ky.yml" << false << site;
    QTest::newRow("safety: the site folder") << "site" << false << site;
    QTest::newRow("safety: the folder that holds the site") << "." << false << site;
    QTest::newRow("safety: the bundle folder") << "bundle" << false << bundle;
    QTest::newRow("safety: the existing bundle folder") << "bundle" << true << bundle;
    QTest::newRow("safety: a file inside the bundle") << "bundle/bundle.zip" << false << bundle;
    QTest::newRow("safety: a file of the existing bundle")
        << "bundle/manifest.json" << true << bundle;
    QTest::newRow("safety: a folder holding the bundle") << "holder" << false << bundle;
    QTest::newRow("robustness: an existing folder")
        << "folder" << false << QStringLiteral("is a folder");
    QTest::newRow("robustness: a named pipe")
        << "pipe" << false << QStringLiteral("not a regular file");
    QTest::newRow("robustness: a symbolic link")
        << "link.zip" << false << QStringLiteral("symbolic link");
}

void TestExporter::refusesZipOnSiteOrBundle()
{
    QFETCH(QString, zip);
    QFETCH(bool, bundleExists);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString site = makeHostSite(dir);
    QString out = dir.filePath(QStringLiteral("bundle"));
    if (zip == QLatin1String("holder"))
        out = dir.filePath(QStringLiteral("holder/bundle"));
    if (bundleExists) {
        const Exporter::Result first = exportWith(site, out, QString(), true);
        QVERIFY2(first.ok, qPrintable(first.error));
    }
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("folder"))));
    QVERIFY(writeAll(dir.filePath(QStringLiteral("target.zip")), "someone's zip"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("target.zip")),
                        dir.filePath(QStringLiteral("link.zip"))));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe"))).constData(), 0600),
             0);
    const QMap<QString, QByteArray> siteBefore = TestSupport::checksums(site);
    const QMap<QString, QByteArray> bundleBefore = TestSupport::checksums(out);
    const QStringList around = entriesOf(dir.path());

    const Exporter::Result result =
        exportWith(site, out, dir.path() + QLatin1Char('/') + zip, true);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(result.pages, 0);
    QCOMPARE(TestSupport::checksums(site), siteBefore);
    QCOMPARE(TestSupport::checksums(out), bundleBefore);
    QCOMPARE(entriesOf(dir.path()), around);
    QCOMPARE(readAll(dir.filePath(QStringLiteral("target.zip"))), QByteArray("someone's zip"));
    QCOMPARE(entriesOf(site + QStringLiteral("/i18n")),
             QStringList({QStringLiteral("ky.yml"), QStringLiteral("public")}));
}

// Files whose names are not valid UTF-8 or hold a backslash cannot be pages or files of the
// bundle; the export says so instead of leaving them out silently.
void TestExporter::reportsNamesTheBundleCannotHold()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(writeAll(site + QStringLiteral("/public/index.md"), "# Home\n"));
    QVERIFY(writeAll(site + QStringLiteral("/public/back\\slash.md"), "# Back\n"));
    QVERIFY(writeAll(site + QStringLiteral("/i18n/public/ky/index.md"), "# Башкы\n"));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/public/images")));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/i18n/public/ru")));
    const QByteArray root = QFile::encodeName(site);
    const QList<QByteArray> badNames{"/public/latin1-\xe9t\xe9.md", "/public/images/pic\xff.svg",
                                     "/i18n/public/ky/\xc0\xaf.md", "/i18n/public/ru/\xff.md"};
    // Qt's listing cannot see these names, so QTemporaryDir could not remove them.
    const auto removeBadNames = qScopeGuard([&] {
        for (const QByteArray &name : badNames)
            ::unlink((root + name).constData());
    });
    for (const QByteArray &name : badNames) {
        FILE *file = std::fopen((root + name).constData(), "w");
        QVERIFY(file);
        std::fputs("# Text\n", file);
        std::fclose(file);
    }
    QVERIFY(QDir().mkpath(site + QStringLiteral("/public/bad\\folder")));
    QVERIFY(writeAll(site + QStringLiteral("/public/bad\\folder/inside.md"), "# Inside\n"));

    const QString out = dir.filePath(QStringLiteral("bundle"));
    const Exporter::Result result = exportSite(site, {QStringLiteral("ky")}, out, false);
    QVERIFY2(result.ok, qPrintable(result.error));
    QStringList reported;
    for (const Diagnostic &d : result.findings) {
        if (d.code != QLatin1String("file-name-unexportable"))
            continue;
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QVERIFY2(d.message.contains(QStringLiteral("rename")), qPrintable(d.message));
        reported << d.file;
    }
    reported.sort();
    // Only the folders that feed the exported languages; invalid bytes are shown as \xNN, and
    // a folder is reported once, not the files under it.
    QCOMPARE(reported, QStringList({QStringLiteral("i18n/public/ky/\\xC0\\xAF.md"),
                                    QStringLiteral("public/back\\slash.md"),
                                    QStringLiteral("public/bad\\folder"),
                                    QStringLiteral("public/images/pic\\xFF.svg"),
                                    QStringLiteral("public/latin1-\\xE9t\\xE9.md")}));
    QCOMPARE(result.warnings, int(reported.size()));
    QCOMPARE(manifestOf(out)[QStringLiteral("warnings")].toInt(), result.warnings);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/ky/index.html")));
}

void TestExporter::staysInsideDestination()
{
    // A site whose pages point outside it, through "..", through links to files and folders
    // outside, and with a page file that is a link to a page elsewhere.
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    const QString outside = dir.filePath(QStringLiteral("outside"));
    const QByteArray secret = "SECRET-BYTES-NOT-FOR-THE-BUNDLE";
    QVERIFY(writeAll(outside + QStringLiteral("/secret.svg"), secret));
    QVERIFY(writeAll(outside + QStringLiteral("/page.md"), "# " + secret + "\n"));
    QVERIFY(writeAll(site + QStringLiteral("/public/images/real.svg"),
                     "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    QVERIFY(QFile::link(outside + QStringLiteral("/secret.svg"),
                        site + QStringLiteral("/public/images/linked.svg")));
    QVERIFY(QFile::link(outside, site + QStringLiteral("/public/images/folder")));
    QVERIFY(QFile::link(outside + QStringLiteral("/page.md"),
                        site + QStringLiteral("/public/linked.md")));
    QVERIFY(writeAll(
        site + QStringLiteral("/public/index.md"),
        "# Home\n\n"
        "![a](/images/real.svg) ![b](/images/linked.svg) ![c](/images/folder/secret.svg)\n\n"
        "![d](/../outside/secret.svg) ![e](/images/../../outside/secret.svg)\n\n"
        "[f](/%2e%2e/outside/secret.svg) [g](../../outside/secret.svg) [h](/linked)\n"));

    const QString out = dir.filePath(QStringLiteral("bundle"));
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const Exporter::Result result = exportSite(site, {QStringLiteral("en")}, out);
    QVERIFY2(result.ok, qPrintable(result.error));

    const QMap<QString, QString> files = hexChecksums(out);
    QCOMPARE(files.keys(),
             QStringList({QStringLiteral("en/images/real.svg"), QStringLiteral("en/index.html"),
                          QStringLiteral("manifest.json")}));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(!readAll(out + QLatin1Char('/') + it.key()).contains(secret),
                 qPrintable(it.key()));
    QCOMPARE(TestSupport::checksums(outside).size(), 2);
    QStringList after =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    after.removeOne(QStringLiteral("bundle"));
    QCOMPARE(after, before);
    const QByteArray html = readAll(out + QStringLiteral("/en/index.html"));
    QVERIFY(html.contains("src=\"images/real.svg\""));
    QVERIFY(html.contains("src=\"https://hourofcode.com/images/linked.svg\""));
}

void TestExporter::rewritesLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected");
    QTest::newRow("page in the same folder") << "/a/c"
                                             << "c.html";
    QTest::newRow("with fragment") << "/a/c#part"
                                   << "c.html#part";
    QTest::newRow("relative") << "c"
                              << "c.html";
    QTest::newRow("relative up") << "../index"
                                 << "../index.html";
    QTest::newRow("folder index") << "/a"
                                  << "index.html";
    QTest::newRow("folder index with slash") << "/a/"
                                             << "index.html";
    QTest::newRow("site root") << "/"
                               << "../index.html";
    QTest::newRow("country prefix") << "/us/a/c"
                                    << "c.html";
    QTest::newRow("live site address") << "https://hourofcode.com/a/c"
                                       << "c.html";
    QTest::newRow("image") << "/images/pic.svg"
                           << "../images/pic.svg";
    QTest::newRow("nominal: image under /<country>/<lang>") << "/us/en/images/pic.svg"
                                                            << "../images/pic.svg";
    QTest::newRow("nominal: image under /<country>") << "/us/images/pic.svg"
                                                     << "../images/pic.svg";
    QTest::newRow("nominal: localized_image of an image of the site")
        << "<%= localized_image('/images/pic.svg') %>"
        << "../images/pic.svg";
    QTest::newRow("page not in the site") << "/missing"
                                          << "https://hourofcode.com/missing";
    QTest::newRow("protocol-relative") << "//cdn.example.org/x.js"
                                       << "https://cdn.example.org/x.js";
    QTest::newRow("other site") << "https://example.org/a/c"
                                << "https://example.org/a/c";
    QTest::newRow("mail") << "mailto:team@example.org"
                          << "mailto:team@example.org";
    QTest::newRow("fragment only") << "#top"
                                   << "#top";
}

void TestExporter::rewritesLinks()
{
    QFETCH(QString, link);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(writeAll(site + QStringLiteral("/public/index.md"), "# Home\n"));
    QVERIFY(writeAll(site + QStringLiteral("/public/a/index.md"), "# A\n"));
    QVERIFY(writeAll(site + QStringLiteral("/public/a/c.md"), "# C\n"));
    QVERIFY(writeAll(site + QStringLiteral("/public/images/pic.svg"),
                     "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    QVERIFY(writeAll(site + QStringLiteral("/public/a/b.md"),
                     "# B\n\n<a id=\"probe\" href=\"" + link.toUtf8() + "\">probe</a>\n"));
    const QString out = dir.filePath(QStringLiteral("bundle"));
    const Exporter::Result result = exportSite(site, {QStringLiteral("en")}, out);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QByteArray html = readAll(out + QStringLiteral("/en/a/b.html"));
    static const QRegularExpression probe(QStringLiteral("id=\"probe\" href=\"([^\"]*)\""));
    const QRegularExpressionMatch m = probe.match(QString::fromUtf8(html));
    QVERIFY2(m.hasMatch(), html.constData());
    QCOMPARE(m.captured(1), expected);
    if (expected.endsWith(QStringLiteral(".svg")))
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/en/images/pic.svg")));
}

// A translated tag its English page lacks is an error. A forced export shows what the live
// site shows for the refused view (a helper with a literal argument), leaves out what Tilmech
// cannot interpret, and lists each left-out tag in the manifest with its line: no template
// text and no placeholder reaches the bundle.
void TestExporter::hostileTagsStayPlaceholders()
{
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(writeAll(site + QStringLiteral("/public/index.md"), "# Home\n\nText.\n"));
    QVERIFY(writeAll(site + QStringLiteral("/views/secret.md"), "SECRET-PARTIAL\n"));
    QVERIFY(
        writeAll(site + QStringLiteral("/i18n/public/ky/index.md"),
                 "# Башкы\n\n<%= File.read('/etc/hostname') %> <%= view :secret %> <%= `id` %>\n"));
    const QString out = dir.filePath(QStringLiteral("bundle"));
    const Exporter::Result refused = exportSite(site, {QStringLiteral("ky")}, out, false);
    QVERIFY(refused.refusedForErrors);
    const Exporter::Result forced = exportSite(site, {QStringLiteral("ky")}, out, true);
    QVERIFY2(forced.ok, qPrintable(forced.error));
    const QByteArray html = readAll(out + QStringLiteral("/ky/index.html"));
    QVERIFY2(html.contains("SECRET-PARTIAL"), html.constData());
    for (const char *absent : {"class=\"tilmech-placeholder\"", "<tilmech-mark", "data-tilmech",
                               "<%", "%>", "%&gt;", "File.read", "`id`"})
        QVERIFY2(!html.contains(absent), absent);
    const QJsonObject manifest =
        QJsonDocument::fromJson(readAll(out + QStringLiteral("/manifest.json"))).object();
    const QJsonArray pages = manifest[QStringLiteral("pages")].toArray();
    QCOMPARE(pages.size(), 1);
    const QJsonArray leftOut = pages[0][QStringLiteral("leftOut")].toArray();
    QCOMPARE(leftOut.size(), 2);
    QCOMPARE(leftOut[0][QStringLiteral("text")].toString(),
             QStringLiteral("<%= File.read('/etc/hostname') %>"));
    QCOMPARE(leftOut[1][QStringLiteral("text")].toString(), QStringLiteral("<%= `id` %>"));
    for (const QJsonValue &item : leftOut) {
        QCOMPARE(item[QStringLiteral("line")].toInt(), 3);
        QVERIFY(!item[QStringLiteral("reason")].toString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
