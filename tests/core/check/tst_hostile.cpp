// Big and hostile inputs: each gives a correct result or a clear error, in time that grows
// linearly, and in bounded memory. Run by CTest; each row prints its time.

#include "analysis/pageanalysis.h"
#include "check/validator.h"
#include "render/renderer.h"
#include "site/document.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "strings/catalogeditor.h"
#include "strings/stringtable.h"
#include "template/templatelexer.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Tilmech;

namespace {

QByteArray repeat(const QByteArray &piece, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + piece.size());
    while (out.size() < bytes)
        out += piece;
    return out;
}

// Files to add to a site: path relative to the site → bytes.
using SiteFiles = QMap<QString, QByteArray>;

// A copy of the sample site in `dir` with `files` added or replaced.
bool makeSite(const QString &dir, const SiteFiles &files)
{
    const QDir sample(TestSupport::sampleSite());
    QDirIterator it(sample.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = dir + QLatin1Char('/') + sample.relativeFilePath(from);
        if (!QDir().mkpath(QFileInfo(to).path()) || !QFile::copy(from, to))
            return false;
    }
    for (auto f = files.cbegin(); f != files.cend(); ++f) {
        QFile file(dir + QLatin1Char('/') + f.key());
        if (!QDir().mkpath(QFileInfo(file).path()) || !file.open(QIODevice::WriteOnly) ||
            file.write(f.value()) != f.value().size())
            return false;
    }
    return true;
}

// A catalog whose aliases nest `levels` deep, each level a map repeating the one below ten
// times: a few hundred bytes that stand for 10^levels strings.
QByteArray aliasBomb(int levels)
{
    QByteArray yaml = "ky:\n  site_name: Код\n  l0: &a0 \"lol lol lol lol\"\n";
    for (int level = 1; level <= levels; ++level) {
        const QByteArray below = "*a" + QByteArray::number(level - 1);
        yaml += "  l" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " {";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", k" : "k") + QByteArray::number(i) + ": " + below;
        yaml += "}\n";
    }
    return yaml;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pages_data();
    void pages();
    void nestedPageValidates();
    void markdownWarnings_data();
    void markdownWarnings();
    void hugeCatalog();
    void binaryCatalog();
    void specialCatalog_data();
    void specialCatalog();
    void specialPage_data();
    void specialPage();
    void specialConfig();
    void runaway_data();
    void runaway();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Project> m_project;
    std::shared_ptr<const Renderer> m_renderer;
    std::unique_ptr<Validator> m_validator;
};

void TestHostile::initTestCase()
{
    QString error;
    m_project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY2(m_project, qPrintable(error));
    m_renderer = std::make_shared<const Renderer>(m_project);
    m_validator = std::make_unique<Validator>(m_project, m_renderer);
}

void TestHostile::pages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");   // a diagnostic code the page must get, or empty
    QTest::addColumn<QByteArray>("inHtml"); // text the rendered page must hold, or empty

    const QByteArray paragraph =
        "The Hour of Code in <%= hoc_s(:site_name) %> reaches **every** school: [learn](/learn), "
        "100 students, {{ nowhere }} and `code`.\n\n## Section <%= campaign_date('full') %>\n\n- "
        "one\n- two\n\n";
    QTest::newRow("10 MB page") << "---\ntitle: Big\n---\n" + repeat(paragraph, 10 * 1024 * 1024)
                                << QString() << QByteArray("<h2");
    QTest::newRow("1 MB on one line")
        << repeat("word <%= hoc_s(:site_name) %> **bold** [a](/learn) ", 1024 * 1024) << QString()
        << QByteArray("<strong>bold</strong>");
    QTest::newRow("20000 nested lists") << repeat("- ", 20000) + "deep\n"
                                        << QString() << QByteArray("deep");
    QTest::newRow("20000 nested quotes") << repeat(">", 20000) + " deep\n"
                                         << QString() << QByteArray("deep");
    QTest::newRow("100000 nested brackets")
        << repeat("[", 100000) + "x" + repeat("]", 100000) + "\n"
        << QString() << QByteArray("x");
    QTest::newRow("50000 nested HTML divs")
        << repeat("<div>", 50000) + "deep" + repeat("</div>", 50000) + "\n"
        << QString() << QByteArray("deep");
    QTest::newRow("20000 nested conditionals")
        << repeat("<% if @country == 'us' %>", 20000) + "US" + repeat("<% end %>", 20000) + "\n"
        << QString() << QByteArray();
    QTest::newRow("100000 nested parentheses in a tag")
        << "<%= " + repeat("(", 100000) + "1" + repeat(")", 100000) + " %>\n"
        << QStringLiteral("template-syntax") << QByteArray();
    QTest::newRow("100000 unclosed tags")
        << repeat("<%= hoc_s(:x) ", 100000) << QStringLiteral("template-unterminated")
        << QByteArray();
    QTest::newRow("200000 div brackets")
        << repeat("[#a]\n", 100000) + repeat("[/a]\n", 100000) << QString() << QByteArray();
    // Redcarpet's markdown on top of cmark-gfm (RedcarpetInlines, RedcarpetBlocks).
    QTest::newRow("1 MB line of _a_a_a") << repeat("_a", 1024 * 1024) + "\n"
                                         << QString() << QByteArray("<em>");
    QTest::newRow("1 MB line of link addresses with spaces that never end")
        << repeat("[x](a b ", 1024 * 1024) + "\n"
        << QString() << QByteArray("[x](a b");
    QTest::newRow("1 MB line of inline tags that never end")
        << "Text " + repeat("<a ", 1024 * 1024) + "\n"
        << QString() << QByteArray("Text");
    QTest::newRow("100000 block tags never closed")
        << repeat("<div>\n<table class=\"x\">\n<p>\n", 100000) << QString() << QByteArray();
    QTest::newRow("100000 closed divs with blank lines inside and markdown after")
        << repeat("<div>\n\n  \n**a**\n</div>\n- b\n", 100000) << QString()
        << QByteArray(">b</li>");
    QTest::newRow("a table of 100000 rows broken by lines without |")
        << "| A | B |\n|---|---|\n" + repeat("| 1 | 2 |\nnot a row\n", 100000) << QString()
        << QByteArray(">2</td>");
    QTest::newRow("100000 list items switching kind after blank lines")
        << repeat("1. one\n   \n    - two\n", 100000) << QString() << QByteArray(">one</li>");
    QTest::newRow("NUL bytes") << QByteArray("# Title\n\nab\0cd\0\n", 16)
                               << QStringLiteral("file-binary") << QByteArray("Title");
    QTest::newRow("invalid UTF-8") << QByteArray("# Title\n\nbad \xC3\x28 \xFF\xFE\n")
                                   << QStringLiteral("file-invalid-utf8") << QByteArray("Title");
    QByteArray binary(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : binary)
        c = char(generator.bounded(256));
    QTest::newRow("1 MB of random bytes named .md")
        << binary << QStringLiteral("file-invalid-utf8") << QByteArray();
}

void TestHostile::pages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QFETCH(QByteArray, inHtml);
    QElapsedTimer timer;
    timer.start();

    const PageFile english =
        *m_project->page(QStringLiteral("index"))->preferred(QStringLiteral("en"));
    PageFile file = *m_project->page(QStringLiteral("index"))->preferred(QStringLiteral("ky"));
    const Document doc = Document::fromBytes(bytes, file.relativePath);
    const auto page = m_renderer->analyse(doc, file.variant, true);
    QString error;
    const auto source =
        m_renderer->analyse(*Document::load(english.absolutePath, &error), english.variant, true);
    RenderOptions options;
    options.language = QStringLiteral("ky");
    const RenderResult rendered = m_renderer->render(*page, options);
    QVERIFY(!rendered.html.isEmpty());
    if (!inHtml.isEmpty())
        QVERIFY2(rendered.html.contains(inHtml), rendered.html.left(2000).constData());
    const Diagnostics found = m_validator->validate(*page, file, source.get(), &english);
    if (!problem.isEmpty()) {
        bool seen = false;
        for (const Diagnostic &d : found)
            seen |= d.code == problem && d.line > 0;
        for (const Diagnostic &d : doc.problems())
            seen |= d.code == problem && d.line > 0;
        QVERIFY2(
            seen,
            qPrintable(QStringLiteral("no %1 among %2 findings").arg(problem).arg(found.size())));
    }
    const qint64 ms = timer.elapsed();
    qInfo("%s: %lld bytes, %lld ms, %lld findings, peak %lld MiB", QTest::currentDataTag(),
          static_cast<long long>(bytes.size()), static_cast<long long>(ms),
          static_cast<long long>(found.size()), static_cast<long long>(TestSupport::peakMiB()));
    // Linear work: even the 10 MB page takes seconds, not minutes.
    QVERIFY2(ms < 60000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QVERIFY2(TestSupport::peakMiB() < 3000,
             qPrintable(QStringLiteral("peak %1 MiB").arg(TestSupport::peakMiB())));
}

// The scan for markdown the live site renders otherwise (RedcarpetChecks) on long lines of
// what it reports: validation alone, since rendering such a line is the markdown layer's
// business and is measured by pages().
void TestHostile::markdownWarnings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem"); // a diagnostic code the page must get, or empty

    QTest::newRow("1 MB line of _a_a_a") << repeat("_a", 1024 * 1024) + "\n"
                                         << QStringLiteral("markdown-intraword-emphasis");
    QTest::newRow("1 MB line of [x](a b a b …)") << "[x](" + repeat("a b ", 1024 * 1024) + ")\n"
                                                 << QStringLiteral("markdown-link-space");
    QTest::newRow("1 MB line of links with spaces and no closing parenthesis")
        << repeat("[x](a b ", 1024 * 1024) + "\n"
        << QString();
    QTest::newRow("1 MB line of openers without a closer") << repeat(" _x _[", 1024 * 1024) + "\n"
                                                           << QString();
    QTest::newRow("1 MB line of tags that never end")
        << repeat("<a href=\"x\"1 min ", 1024 * 1024) + "\n"
        << QString();
    QTest::newRow("1 MB of table rows, then a line without |")
        << "| a | b |\n|---|---|\n" + repeat("| 1 | 2 |\n", 1024 * 1024) + "text\n"
        << QStringLiteral("markdown-table-ends-early");
}

void TestHostile::markdownWarnings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const PageFile file =
        *m_project->page(QStringLiteral("index"))->preferred(QStringLiteral("en"));
    QElapsedTimer timer;
    timer.start();
    const auto page =
        m_renderer->analyse(Document::fromBytes(bytes, file.relativePath), file.variant, true);
    const Diagnostics found = m_validator->validate(*page, file, nullptr, nullptr);
    const qint64 ms = timer.elapsed();
    bool seen = problem.isEmpty();
    for (const Diagnostic &d : found)
        seen |= d.code == problem && d.line > 0;
    QVERIFY2(seen,
             qPrintable(QStringLiteral("no %1 among %2 findings").arg(problem).arg(found.size())));
    qInfo("%s: %lld bytes, %lld ms, %lld findings, peak %lld MiB", QTest::currentDataTag(),
          static_cast<long long>(bytes.size()), static_cast<long long>(ms),
          static_cast<long long>(found.size()), static_cast<long long>(TestSupport::peakMiB()));
    QVERIFY2(ms < 30000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QVERIFY2(TestSupport::peakMiB() < 3000,
             qPrintable(QStringLiteral("peak %1 MiB").arg(TestSupport::peakMiB())));
}

// 5,000 nested quotes around a 3,000-deep list whose last item holds a long line: every
// nested block spans the rest of the page. The English page holds the same blocks, so every
// block is paired and checked; per-block scans made validation quadratic (56 s).
void TestHostile::nestedPageValidates()
{
    const QByteArray bytes = "---\ntitle: Deep\n---\n# Deep\n\n" + repeat("> ", 5000 * 2) +
                             repeat("- ", 3000 * 2) + "item **bold** and *em* text " +
                             repeat("more words of the item and more of it ", 950 * 1024) + "\n";
    const PageFile english =
        *m_project->page(QStringLiteral("learn"))->preferred(QStringLiteral("en"));
    const PageFile file =
        *m_project->page(QStringLiteral("learn"))->preferred(QStringLiteral("ky"));
    const qint64 peakBefore = TestSupport::peakMiB();
    QElapsedTimer timer;
    timer.start();
    const auto source = m_renderer->analyse(Document::fromBytes(bytes, english.relativePath),
                                            english.variant, true);
    const auto page = m_renderer->analyse(
        Document::fromBytes(QByteArray(bytes).replace("words", "сөздөр"), file.relativePath),
        file.variant, true);
    const Diagnostics found = m_validator->validate(*page, file, source.get(), &english);
    const qint64 ms = timer.elapsed();
    qInfo("nested page: %lld bytes, %lld ms, %lld findings, peak %lld MiB",
          static_cast<long long>(bytes.size()), static_cast<long long>(ms),
          static_cast<long long>(found.size()), static_cast<long long>(TestSupport::peakMiB()));
    QCOMPARE(page->outline().count(OutlineBlock::Kind::ListItem), 3000);
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QVERIFY2(TestSupport::peakMiB() - peakBefore < 500,
             qPrintable(QStringLiteral("peak %1 MiB").arg(TestSupport::peakMiB())));
}

void TestHostile::hugeCatalog()
{
    QByteArray en = "en:\n";
    QByteArray ky = "ky:\n";
    for (int i = 0; i < 100000; ++i) {
        en += "  key_" + QByteArray::number(i) + ": \"English text number " +
              QByteArray::number(i) + " with %{count}\"\n";
        if (i % 3)
            ky += "  key_" + QByteArray::number(i) + ": \"Кыргызча текст " + QByteArray::number(i) +
                  " %{count}\"\n";
    }
    QElapsedTimer timer;
    timer.start();
    const auto english =
        Catalog::fromBytes(en, QStringLiteral("i18n/en.yml"), QStringLiteral("en"));
    const auto catalog =
        Catalog::fromBytes(ky, QStringLiteral("i18n/ky.yml"), QStringLiteral("ky"));
    QVERIFY(english->isValid() && catalog->isValid());
    QCOMPARE(english->keys().size(), 100000);
    const qint64 loadMs = timer.restart();
    const QVector<StringTable::Row> rows = StringTable::build(*english, catalog.get());
    QCOMPARE(rows.size(), 100000);
    const qint64 tableMs = timer.restart();
    QString error;
    const std::optional<QByteArray> edited = CatalogEditor::apply(
        *catalog, {{"key_3", "Жаңы %{count}"}, {"key_99999", "Акыркы %{count}"}}, english.get(),
        &error);
    QVERIFY2(edited, qPrintable(error));
    const qint64 editMs = timer.restart();
    const auto again =
        Catalog::fromBytes(*edited, QStringLiteral("i18n/ky.yml"), QStringLiteral("ky"));
    QCOMPARE(again->value("key_3"), QByteArray("Жаңы %{count}"));
    QCOMPARE(again->value("key_99999"), QByteArray("Акыркы %{count}"));
    QCOMPARE(again->keys().size(), catalog->keys().size() + 2); // key_3 and key_99999 are new
    qInfo("100000 keys: load %lld ms, table %lld ms, edit with a new key %lld ms, peak %lld MiB",
          static_cast<long long>(loadMs), static_cast<long long>(tableMs),
          static_cast<long long>(editMs), static_cast<long long>(TestSupport::peakMiB()));
    QVERIFY(loadMs + tableMs + editMs < 60000);
}

void TestHostile::binaryCatalog()
{
    QByteArray bytes(200000, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    bytes.prepend("ky:\n  a: x\n");
    const auto catalog =
        Catalog::fromBytes(bytes, QStringLiteral("i18n/ky.yml"), QStringLiteral("ky"));
    QVERIFY(!catalog->isValid());
    QVERIFY(!catalog->problems().isEmpty());
    QCOMPARE(catalog->problems().first().code, QStringLiteral("strings-encoding"));
    QVERIFY(catalog->problems().first().line >= 2);
    QString error;
    QVERIFY(!CatalogEditor::apply(*catalog, {{"a", "y"}}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("ky.yml")), qPrintable(error));
}

namespace {

// Caps this process's address space at what it uses now plus 1 GiB, for one scope, so that a
// reader that never stops fails fast instead of taking the machine's memory.
class AddressSpaceLimit
{
public:
    AddressSpaceLimit()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        qint64 kib = 0;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmSize:"))
                    kib = line.mid(7).trimmed().split(' ').first().toLongLong();
            }
        }
        getrlimit(RLIMIT_AS, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = rlim_t(kib) * 1024 + (rlim_t(1) << 30);
        setrlimit(RLIMIT_AS, &limit);
    }
    ~AddressSpaceLimit() { setrlimit(RLIMIT_AS, &m_old); }

private:
    rlimit m_old{};
};

// Puts a special file at `path`: "fifo", "zero" (a link to /dev/zero), "folder", or "huge" (a
// sparse regular file just over 64 MiB).
bool makeSpecial(const QString &path, const QString &kind)
{
    const QByteArray native = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        return mkfifo(native.constData(), 0644) == 0;
    if (kind == QLatin1String("zero"))
        return QFile::link(QStringLiteral("/dev/zero"), path);
    if (kind == QLatin1String("folder"))
        return QDir().mkpath(path);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("ky:\n") == 4 &&
           file.resize((qint64(64) << 20) + 1);
}

// The site for the special-file cases: one English page and its translation, both using a
// locale string; each case then puts a special file in place of one of its files.
QString specialSite(const QTemporaryDir &dir)
{
    const QString site = dir.filePath(QStringLiteral("site"));
    QDir().mkpath(site + QStringLiteral("/public"));
    QDir().mkpath(site + QStringLiteral("/i18n/public/ky"));
    auto write = [&](const char *name, const QByteArray &bytes) {
        QFile file(site + QLatin1String(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    write("/public/learn.md", "---\ntitle: Learn\n---\n# <%= hoc_s(:title_learn) %>\n");
    write("/i18n/public/ky/learn.md", "---\ntitle: Үйрөн\n---\n# <%= hoc_s(:title_learn) %>\n");
    write("/i18n/en.yml", "en:\n  title_learn: Learn\n");
    return site;
}

void specialRows()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("said"); // what the error must say besides the file's name
    QTest::newRow("robustness: a FIFO") << "fifo"
                                        << "regular file";
    QTest::newRow("robustness: a symbolic link to /dev/zero") << "zero"
                                                              << "symbolic link";
    QTest::newRow("robustness: a folder") << "folder"
                                          << "regular file";
    QTest::newRow("robustness: a file over 64 MiB") << "huge"
                                                    << "64 MiB";
}

bool mentions(const Diagnostics &diagnostics, const QString &file, const QString &said)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error &&
            (d.file.contains(file) || d.message.contains(file)) && d.message.contains(said))
            return true;
    }
    return false;
}

} // namespace

void TestHostile::specialCatalog_data()
{
    specialRows();
}

// Only regular files up to 64 MiB are read: a catalog that is a FIFO (which would block every
// command), a link to /dev/zero (which never ends), a folder or a huge file is an error naming
// it, at once, for strings, validation and rendering alike.
void TestHostile::specialCatalog()
{
    QFETCH(QString, kind);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString site = specialSite(dir);
    QVERIFY(makeSpecial(site + QStringLiteral("/i18n/ky.yml"), kind));
    AddressSpaceLimit limit;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::shared_ptr<const Project> project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    const std::shared_ptr<const Catalog> catalog = project->catalog(QStringLiteral("ky"));
    QVERIFY(!catalog->isValid());
    QVERIFY2(mentions(catalog->problems(), QStringLiteral("ky.yml"), said),
             qPrintable(catalog->problems().value(0).message));
    const auto renderer = std::make_shared<const Renderer>(project);
    const Validator validator(project, renderer);
    QVERIFY(
        mentions(validator.validateSite({QStringLiteral("ky")}), QStringLiteral("ky.yml"), said));
    const PageFile file = project->fileForPath(site + QStringLiteral("/i18n/public/ky/learn.md"));
    QVERIFY(!file.absolutePath.isEmpty());
    RenderResult result;
    QVERIFY2(renderer->renderFile(file, RenderOptions(), &result, &error), qPrintable(error));
    const qint64 ms = timer.elapsed();
    qInfo("%s: %lld ms, peak %lld MiB", qPrintable(kind), static_cast<long long>(ms),
          static_cast<long long>(TestSupport::peakMiB()));
    QVERIFY(ms < 5000);
}

void TestHostile::specialPage_data()
{
    specialRows();
}

// Pages are read by the same rule, whoever names them.
void TestHostile::specialPage()
{
    QFETCH(QString, kind);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("learn.md"));
    QVERIFY(makeSpecial(path, kind));
    AddressSpaceLimit limit;
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!Document::load(path, &error));
    QVERIFY2(error.contains(path) && error.contains(said), qPrintable(error));
    QVERIFY(timer.elapsed() < 5000);
}

// A config.json that is a FIFO does not hang opening the site: it is reported.
void TestHostile::specialConfig()
{
    QTemporaryDir dir;
    const QString site = specialSite(dir);
    QVERIFY(makeSpecial(site + QStringLiteral("/config.json"), QStringLiteral("fifo")));
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::shared_ptr<const Project> project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(!project->problems().isEmpty());
    QVERIFY2(project->problems().first().message.contains(QLatin1String("config.json")),
             qPrintable(project->problems().first().message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestHostile::runaway_data()
{
    QTest::addColumn<SiteFiles>("files");       // added to a copy of the sample site
    QTest::addColumn<QStringList>("arguments"); // of tilmech-cli, after --site
    QTest::addColumn<QString>("problem");       // the code the output must name
    QTest::addColumn<QString>("where");         // file:line it must name

    const QByteArray page = "---\ntitle: Bomb\n---\n# Bomb\n\n<%= view :x %>\n";
    const QByteArray selfIncluding = QByteArray("<%= view :x %>\n\n").repeated(4);
    const SiteFiles self{{QStringLiteral("views/x.erb"), selfIncluding},
                         {QStringLiteral("public/bomb.md"), page}};
    const QStringList renderBomb{QStringLiteral("render"), QStringLiteral("--body-only"),
                                 QStringLiteral("bomb")};
    const QStringList validateBomb{QStringLiteral("validate"), QStringLiteral("--lang"),
                                   QStringLiteral("en"), QStringLiteral("bomb")};
    const QString limit = QStringLiteral("template-expansion-limit");
    const QString tag = QStringLiteral("public/bomb.md:6:");
    QTest::newRow("runaway: a view that includes itself four times, render")
        << self << renderBomb << limit << tag;
    QTest::newRow("runaway: a view that includes itself four times, validate")
        << self << validateBomb << limit << tag;

    const SiteFiles chain{
        {QStringLiteral("views/y.erb"), QByteArray("<%= view :y, n: n %>").repeated(4) + '\n'},
        {QStringLiteral("public/bomb.md"),
         "---\ntitle: Chain\n---\n# Chain\n\n<%= view :y, n: \"a\" %>\n"}};
    QTest::newRow("runaway: a chain of views passing locals, render")
        << chain << renderBomb << limit << tag;
    QTest::newRow("runaway: a chain of views passing locals, validate")
        << chain << validateBomb << limit << tag;

    const SiteFiles include{{QStringLiteral("views/x.erb"), selfIncluding},
                            {QStringLiteral("public/bomb.md.partial"),
                             "---\ntitle: Include\n---\n# Include\n\n{{ x }}\n"}};
    QTest::newRow("runaway: an include of a self-including view, render")
        << include << renderBomb << limit << QStringLiteral("public/bomb.md.partial:6:");
    QTest::newRow("runaway: an include of a self-including view, validate")
        << include << validateBomb << limit << QStringLiteral("public/bomb.md.partial:6:");

    const SiteFiles bomb{{QStringLiteral("i18n/ky.yml"), aliasBomb(7)}};
    const QString catalogLimit = QStringLiteral("strings-expansion-limit");
    QTest::newRow("runaway: YAML aliases of aliases, strings")
        << bomb
        << QStringList{QStringLiteral("strings"), QStringLiteral("--lang"), QStringLiteral("ky")}
        << catalogLimit << QStringLiteral("ky.yml:9:");
    QTest::newRow("runaway: YAML aliases of aliases, validate")
        << bomb
        << QStringList{QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("ky")}
        << catalogLimit << QStringLiteral("ky.yml:9:");
    // 20,000 columns, a header, its delimiter row and ten rows: 480 KB.
    QByteArray table;
    for (const char cell : {'h', '-', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c'})
        table += '|' + (QByteArray(1, cell) + '|').repeated(20000) + '\n';
    const SiteFiles wide{{QStringLiteral("public/wide.md"), "---\ntitle: Wide\n---\n\n" + table}};
    QTest::newRow("runaway: a table 20,000 columns wide, render")
        << wide
        << QStringList{QStringLiteral("render"), QStringLiteral("--body-only"),
                       QStringLiteral("wide")}
        << QString() << QString();
    QTest::newRow("runaway: a table 20,000 columns wide, validate")
        << wide
        << QStringList{QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("wide")}
        << QStringLiteral("table-too-wide") << QStringLiteral("public/wide.md:5:");
    QTest::newRow("runaway: YAML aliases of aliases, render")
        << bomb
        << QStringList{QStringLiteral("render"), QStringLiteral("--lang"), QStringLiteral("ky"),
                       QStringLiteral("--body-only"), QStringLiteral("index")}
        << QString() << QString();
}

// Each runs tilmech-cli in a process of its own, so that its time and peak memory are its
// own: bounded means a result or a clear error in under 5 s and 500 MiB, exit status 0, 1 or
// 2. The child's address space is capped so that a regression fails the test instead of
// taking the machine's memory.
void TestHostile::runaway()
{
    QFETCH(SiteFiles, files);
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    QFETCH(QString, where);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeSite(dir.path(), files));

    QProcess process;
    process.setChildProcessModifier([] {
        const rlimit cap{rlim_t(3) << 30, rlim_t(3) << 30};
        setrlimit(RLIMIT_AS, &cap);
    });
    QStringList all = arguments;
    all.insert(1, QStringLiteral("--site"));
    all.insert(2, dir.path());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(TILMECH_BINARY_DIR "/tilmech-cli"), all);
    QVERIFY(process.waitForStarted());
    // The peak is sampled every 10 ms while the process runs.
    const qint64 pid = process.processId();
    qint64 peak = 0;
    bool finished = false;
    while (!finished && timer.elapsed() < 20000) {
        peak = std::max(peak, TestSupport::peakMiB(QString::number(pid)));
        finished = process.waitForFinished(10);
    }
    const qint64 ms = timer.elapsed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    qInfo("%s: %lld ms, exit %d, peak %lld MiB", QTest::currentDataTag(),
          static_cast<long long>(ms), process.exitCode(), static_cast<long long>(peak));
    QVERIFY2(finished, "still running after 20 s");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() >= 0 && process.exitCode() <= 2, output.right(2000).constData());
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QVERIFY2(peak < 500, qPrintable(QStringLiteral("peak %1 MiB").arg(peak)));
    if (!problem.isEmpty()) {
        QVERIFY2(output.contains("[" + problem.toUtf8() + "]"), output.right(2000).constData());
        QVERIFY2(output.contains(where.toUtf8()), output.right(2000).constData());
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
