// Big and hostile inputs: each gives a correct result or a clear error, in time that grows
// linearly, and in bounded memory. Run by CTest; each row prints its time.

#include "catalog.h"
#include "catalogeditor.h"
#include "document.h"
#include "pageanalysis.h"
#include "project.h"
#include "renderer.h"
#include "stringtable.h"
#include "templatelexer.h"
#include "testsupport.h"
#include "validator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Tilmech;

namespace {

// The process's peak resident memory so far, in MiB (VmHWM).
qint64 peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return 0;
}

QByteArray repeat(const QByteArray &piece, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + piece.size());
    while (out.size() < bytes)
        out += piece;
    return out;
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
    void hugeCatalog();
    void binaryCatalog();

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
    QTest::addColumn<QString>("problem"); // a diagnostic code the page must get, or empty
    QTest::addColumn<QByteArray>("inHtml"); // text the rendered page must hold, or empty

    const QByteArray paragraph =
        "The Hour of Code in <%= hoc_s(:site_name) %> reaches **every** school: [learn](/learn), "
        "100 students, {{ nowhere }} and `code`.\n\n## Section <%= campaign_date('full') %>\n\n- one\n- two\n\n";
    QTest::newRow("10 MB page") << "---\ntitle: Big\n---\n" + repeat(paragraph, 10 * 1024 * 1024) << QString()
                                << QByteArray("<h2");
    QTest::newRow("1 MB on one line") << repeat("word <%= hoc_s(:site_name) %> **bold** [a](/learn) ", 1024 * 1024)
                                      << QString() << QByteArray("<strong>bold</strong>");
    QTest::newRow("20000 nested lists") << repeat("- ", 20000) + "deep\n" << QString() << QByteArray("deep");
    QTest::newRow("20000 nested quotes") << repeat(">", 20000) + " deep\n" << QString() << QByteArray("deep");
    QTest::newRow("100000 nested brackets")
        << repeat("[", 100000) + "x" + repeat("]", 100000) + "\n" << QString() << QByteArray("x");
    QTest::newRow("50000 nested HTML divs") << repeat("<div>", 50000) + "deep" + repeat("</div>", 50000) + "\n"
                                            << QString() << QByteArray("deep");
    QTest::newRow("20000 nested conditionals")
        << repeat("<% if @country == 'us' %>", 20000) + "US" + repeat("<% end %>", 20000) + "\n" << QString()
        << QByteArray();
    QTest::newRow("100000 nested parentheses in a tag")
        << "<%= " + repeat("(", 100000) + "1" + repeat(")", 100000) + " %>\n" << QStringLiteral("template-syntax")
        << QByteArray();
    QTest::newRow("100000 unclosed tags") << repeat("<%= hoc_s(:x) ", 100000) << QStringLiteral("template-unterminated")
                                          << QByteArray();
    QTest::newRow("200000 div brackets") << repeat("[#a]\n", 100000) + repeat("[/a]\n", 100000) << QString()
                                         << QByteArray();
    QTest::newRow("NUL bytes") << QByteArray("# Title\n\nab\0cd\0\n", 16) << QStringLiteral("file-binary")
                               << QByteArray("Title");
    QTest::newRow("invalid UTF-8") << QByteArray("# Title\n\nbad \xC3\x28 \xFF\xFE\n")
                                   << QStringLiteral("file-invalid-utf8") << QByteArray("Title");
    QByteArray binary(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : binary)
        c = char(generator.bounded(256));
    QTest::newRow("1 MB of random bytes named .md") << binary << QStringLiteral("file-invalid-utf8") << QByteArray();
}

void TestHostile::pages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QFETCH(QByteArray, inHtml);
    QElapsedTimer timer;
    timer.start();

    const PageFile english = *m_project->page(QStringLiteral("index"))->preferred(QStringLiteral("en"));
    PageFile file = *m_project->page(QStringLiteral("index"))->preferred(QStringLiteral("ky"));
    const Document doc = Document::fromBytes(bytes, file.relativePath);
    const auto page = m_renderer->analyse(doc, file.variant, true);
    QString error;
    const auto source = m_renderer->analyse(*Document::load(english.absolutePath, &error), english.variant, true);
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
        QVERIFY2(seen, qPrintable(QStringLiteral("no %1 among %2 findings").arg(problem).arg(found.size())));
    }
    const qint64 ms = timer.elapsed();
    qInfo("%s: %lld bytes, %lld ms, %lld findings, peak %lld MiB", QTest::currentDataTag(),
          static_cast<long long>(bytes.size()), static_cast<long long>(ms), static_cast<long long>(found.size()),
          static_cast<long long>(peakMiB()));
    // Linear work: even the 10 MB page takes seconds, not minutes.
    QVERIFY2(ms < 60000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QVERIFY2(peakMiB() < 3000, qPrintable(QStringLiteral("peak %1 MiB").arg(peakMiB())));
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
    const qint64 peakBefore = peakMiB();
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
          static_cast<long long>(found.size()), static_cast<long long>(peakMiB()));
    QCOMPARE(page->outline().count(OutlineBlock::Kind::ListItem), 3000);
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QVERIFY2(peakMiB() - peakBefore < 500,
             qPrintable(QStringLiteral("peak %1 MiB").arg(peakMiB())));
}

void TestHostile::hugeCatalog()
{
    QByteArray en = "en:\n";
    QByteArray ky = "ky:\n";
    for (int i = 0; i < 100000; ++i) {
        en += "  key_" + QByteArray::number(i) + ": \"English text number " + QByteArray::number(i) + " with %{count}\"\n";
        if (i % 3)
            ky += "  key_" + QByteArray::number(i) + ": \"Кыргызча текст " + QByteArray::number(i) + " %{count}\"\n";
    }
    QElapsedTimer timer;
    timer.start();
    const auto english = Catalog::fromBytes(en, QStringLiteral("i18n/en.yml"), QStringLiteral("en"));
    const auto catalog = Catalog::fromBytes(ky, QStringLiteral("i18n/ky.yml"), QStringLiteral("ky"));
    QVERIFY(english->isValid() && catalog->isValid());
    QCOMPARE(english->keys().size(), 100000);
    const qint64 loadMs = timer.restart();
    const QVector<StringTable::Row> rows = StringTable::build(*english, catalog.get());
    QCOMPARE(rows.size(), 100000);
    const qint64 tableMs = timer.restart();
    QString error;
    const std::optional<QByteArray> edited = CatalogEditor::apply(
        *catalog, {{"key_3", "Жаңы %{count}"}, {"key_99999", "Акыркы %{count}"}}, english.get(), &error);
    QVERIFY2(edited, qPrintable(error));
    const qint64 editMs = timer.restart();
    const auto again = Catalog::fromBytes(*edited, QStringLiteral("i18n/ky.yml"), QStringLiteral("ky"));
    QCOMPARE(again->value("key_3"), QByteArray("Жаңы %{count}"));
    QCOMPARE(again->value("key_99999"), QByteArray("Акыркы %{count}"));
    QCOMPARE(again->keys().size(), catalog->keys().size() + 2); // key_3 and key_99999 are new
    qInfo("100000 keys: load %lld ms, table %lld ms, edit with a new key %lld ms, peak %lld MiB",
          static_cast<long long>(loadMs), static_cast<long long>(tableMs), static_cast<long long>(editMs),
          static_cast<long long>(peakMiB()));
    QVERIFY(loadMs + tableMs + editMs < 60000);
}

void TestHostile::binaryCatalog()
{
    QByteArray bytes(200000, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    bytes.prepend("ky:\n  a: x\n");
    const auto catalog = Catalog::fromBytes(bytes, QStringLiteral("i18n/ky.yml"), QStringLiteral("ky"));
    QVERIFY(!catalog->isValid());
    QVERIFY(!catalog->problems().isEmpty());
    QCOMPARE(catalog->problems().first().code, QStringLiteral("strings-encoding"));
    QVERIFY(catalog->problems().first().line >= 2);
    QString error;
    QVERIFY(!CatalogEditor::apply(*catalog, {{"a", "y"}}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("ky.yml")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
