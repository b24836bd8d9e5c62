// Each check the validator runs, timed alone on the same analysed page at two sizes: nested
// blocks, one wide line and many blocks. Four times the input may take at most a bound
// consistent with n·log n (not 16 times, as a quadratic check does); times too small to
// measure pass. The best of a few runs is taken, so a loaded machine does not fail it.

#include "analysis/alignment.h"
#include "analysis/pageanalysis.h"
#include "check/activecontentchecks.h"
#include "check/checkcontext.h"
#include "check/contentchecks.h"
#include "check/filechecks.h"
#include "check/markupchecks.h"
#include "check/paritychecks.h"
#include "check/stringchecks.h"
#include "check/structurechecks.h"
#include "check/templatechecks.h"
#include "check/urlchecks.h"
#include "markdown/emphasisindex.h"
#include "render/anchorindex.h"
#include "render/renderer.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace Tilmech;

namespace {

using Check = std::function<void(CheckContext &)>;

QByteArray repeat(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

// A page of the family `kind` whose size grows linearly with `k`.
QByteArray hostilePage(const QByteArray &kind, int k)
{
    QByteArray body = "# Deep\n\n";
    if (kind == "nested") {
        // Nested quotes and list items all reach to the end of one long last line.
        body += repeat("> ", k) + repeat("- ", k) + "item **bold** `code` " +
                repeat("word  <b>x</b> [a](/learn) __u__ ", k) + "\n";
    } else if (kind == "wide") {
        // Elements left open, then closing tags of another element; event handlers and
        // script URLs the English page has as well.
        body += repeat("<em>", k) + repeat("</b>", k) + "\n\n" +
                repeat("<img src=x onerror=f()> <a href=\"jav&#x61;script:f()\">j</a> ", k) +
                "\n\n";
        body += repeat("word **b** [l](/learn) <%= hoc_s(:site_name) %> `c` <span>x</span>  "
                       "<a href=\"/x\">y</a> [t] (/learn) ",
                       k) +
                "\n";
    } else if (kind == "mangled") {
        // On one line, tags the translation writes without their "<", and stray "%>".
        for (int i = 0; i < k; ++i)
            body += "Text <%= hoc_s(:lost_" + QByteArray::number(i) + ") %> 50 %> off ";
        body += "\n";
    } else if (kind == "tags") {
        // Every tag of the translation is an altered copy of an English one.
        for (int i = 0; i < k; ++i)
            body += "Text <%= hoc_s(:key_" + QByteArray::number(i) +
                    ") %> and [a](<%= resolve_url('/p" + QByteArray::number(i) + "') %>).\n\n";
    } else {
        body += repeat("A paragraph  with <%= hoc_s(:site_name) %> and [a link](/learn), 42 "
                       "**bold** <div>x</div> <img src=\"/images/logo.svg\">\n\n- an item  \n\n",
                       k);
    }
    return body;
}

} // namespace

class TestCheckScaling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linear_data();
    void linear();
    void emphasisIndexAgreesWithScan();

private:
    // Best time of a few runs of `check` on the page of `kind` at size `k`, in ms.
    double bestTime(const QByteArray &kind, int k, const QString &name);
    std::shared_ptr<const PageAnalysis> analysed(const QByteArray &bytes, const PageFile &file);

    struct Prepared
    {
        std::shared_ptr<const PageAnalysis> source;
        std::shared_ptr<const PageAnalysis> page;
        Alignment alignment;
    };
    const Prepared &prepared(const QByteArray &kind, int k);

    QHash<QString, Prepared> m_prepared; // by kind and size: analysed once for every check
    std::shared_ptr<const Project> m_project;
    std::shared_ptr<const Renderer> m_renderer;
    std::unique_ptr<AnchorIndex> m_anchors;
    QHash<QString, Check> m_checks;
};

void TestCheckScaling::initTestCase()
{
    QString error;
    m_project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY2(m_project, qPrintable(error));
    m_renderer = std::make_shared<const Renderer>(m_project);
    m_anchors = std::make_unique<AnchorIndex>(m_project.get(), m_renderer.get());
    const Page *learn = m_project->page(QStringLiteral("learn"));
    QVERIFY(learn);
    m_checks = {
        {QStringLiteral("files"),
         [learn](CheckContext &c) { FileChecks::run(c, learn, *learn->preferred(c.language)); }},
        {QStringLiteral("template"), &TemplateChecks::run},
        {QStringLiteral("parity"), &ParityChecks::run},
        {QStringLiteral("url"), &UrlChecks::run},
        {QStringLiteral("markup"), &MarkupChecks::run},
        {QStringLiteral("strings"), &StringChecks::runPage},
        {QStringLiteral("structure"), &StructureChecks::run},
        {QStringLiteral("content"), &ContentChecks::run},
        {QStringLiteral("active content"), &ActiveContentChecks::run},
    };
}

std::shared_ptr<const PageAnalysis> TestCheckScaling::analysed(const QByteArray &bytes,
                                                               const PageFile &file)
{
    auto page = m_renderer->analyse(
        Document::fromBytes("---\ntitle: T\n---\n" + bytes, file.relativePath), file.variant, true);
    page->tags(); // computed once, outside the timed runs, as the validator shares them
    return page;
}

double TestCheckScaling::bestTime(const QByteArray &kind, int k, const QString &name)
{
    const Page *learn = m_project->page(QStringLiteral("learn"));
    const PageFile english = *learn->preferred(QStringLiteral("en"));
    const PageFile translated = *learn->preferred(QStringLiteral("ky"));
    const Prepared &input = prepared(kind, k);
    const auto strings = m_project->catalog(QStringLiteral("ky"));
    const auto englishStrings = m_project->catalog(QStringLiteral("en"));

    double best = 1e12;
    for (int run = 0; run < 5; ++run) {
        CheckContext c;
        c.project = m_project.get();
        c.renderer = m_renderer.get();
        c.anchors = m_anchors.get();
        c.language = QStringLiteral("ky");
        c.country = QStringLiteral("kg");
        c.strings = strings.get();
        c.english = englishStrings.get();
        c.page = input.page.get();
        c.file = translated.relativePath;
        c.source = input.source.get();
        c.sourceFile = english.relativePath;
        c.alignment = &input.alignment;
        QElapsedTimer timer;
        timer.start();
        m_checks.value(name)(c);
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

const TestCheckScaling::Prepared &TestCheckScaling::prepared(const QByteArray &kind, int k)
{
    const QString key = QString::fromLatin1(kind) + QString::number(k);
    if (!m_prepared.contains(key)) {
        const Page *learn = m_project->page(QStringLiteral("learn"));
        const QByteArray bytes = hostilePage(kind, k);
        Prepared p;
        // The English page holds the same blocks, so that every block is paired and checked.
        p.source = analysed(bytes, *learn->preferred(QStringLiteral("en")));
        p.page = analysed(QByteArray(bytes)
                              .replace("word", "сөз")
                              .replace("key_", "kex_")
                              .replace("<%= hoc_s(:lost", "%= hoc_s(:lost"),
                          *learn->preferred(QStringLiteral("ky")));
        p.alignment = Alignment::align(*p.source, *p.page);
        m_prepared.insert(key, p);
    }
    return m_prepared[key];
}

void TestCheckScaling::linear_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("check");
    const struct
    {
        const char *kind;
        int k;
    } inputs[] = {
        {"nested", 1000}, {"wide", 2000}, {"long", 2000}, {"tags", 1000}, {"mangled", 1000}};
    QStringList names = m_checks.keys();
    names.sort();
    for (const auto &input : inputs) {
        for (const QString &name : qAsConst(names)) {
            QTest::addRow("robustness: %s input, %s checks", input.kind, qPrintable(name))
                << QByteArray(input.kind) << input.k << name;
        }
    }
}

void TestCheckScaling::linear()
{
    QFETCH(QByteArray, kind);
    QFETCH(int, k);
    QFETCH(QString, check);
    const double small = bestTime(kind, k, check);
    const double large = bestTime(kind, 4 * k, check);
    qInfo("%s: %.2f ms at size k, %.2f ms at 4k", QTest::currentDataTag(), small, large);
    // Below the floor, timer and cache noise outweigh the work.
    const double floorMs = 25;
    if (large < floorMs)
        return;
    // n·log n at four times the size is under five times the time; a quadratic check
    // takes sixteen times. The bound leaves room for a noisy machine and for the
    // allocator, whose page faults grow with the findings.
    const double ratio = large / std::max(small, floorMs / 8);
    QVERIFY2(ratio < 10, qPrintable(QStringLiteral("%1 ms at size k, %2 ms at 4k: ratio %3")
                                        .arg(small)
                                        .arg(large)
                                        .arg(ratio)));
}

void TestCheckScaling::emphasisIndexAgreesWithScan()
{
    // Every span of random texts of markers, code ticks and letters: the index answers as
    // the block-by-block scan it replaces.
    QRandomGenerator generator(11);
    const char alphabet[] = {'*', '*', '_', '_', '`', 'a', ' ', '\n'};
    int spans = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray text(int(generator.bounded(1, 40)), Qt::Uninitialized);
        for (char &ch : text)
            ch = alphabet[generator.bounded(int(sizeof alphabet))];
        const EmphasisIndex index(text);
        for (qsizetype b = 0; b <= text.size(); ++b) {
            for (qsizetype e = b; e <= text.size(); ++e, ++spans) {
                const bool expected =
                    StructureChecks::unbalancedEmphasis(QByteArrayView(text).sliced(b, e - b));
                QVERIFY2(index.unbalanced(b, e) == expected,
                         qPrintable(QStringLiteral("“%1” from %2 to %3")
                                        .arg(QString::fromLatin1(text))
                                        .arg(b)
                                        .arg(e)));
            }
        }
    }
    QVERIFY(spans > 10000);
}

QTEST_GUILESS_MAIN(TestCheckScaling)
#include "tst_checkscaling.moc"
