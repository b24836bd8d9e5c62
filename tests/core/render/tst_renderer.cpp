// The renderer end to end: every variant of the sample site, markdown features, div
// brackets, layout, source positions, placeholders, and every page of the corpus.

#include "markdown/markdown.h"
#include "render/renderer.h"
#include "site/document.h"
#include "site/project.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace Tilmech;

class TestRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void samplePages_data();
    void samplePages();
    void markdown_data();
    void markdown();
    void sourcePositions();
    void layout();
    void countryConditionals_data();
    void countryConditionals();
    void corpusPages_data();
    void corpusPages();
    void concurrentRendering();
    void translationTagsOutsideEnglish();
    void refusedTags_data();
    void refusedTags();
    void englishSourceReadsEnglish_data();
    void englishSourceReadsEnglish();
    void hostileTags_data();
    void hostileTags();
    void expansionLimit_data();
    void expansionLimit();
    void includes_data();
    void includes();
    void viewRuby_data();
    void viewRuby();

private:
    RenderResult renderSample(const QString &relativePath, const QString &country = QString(),
                              bool bodyOnly = true);
    RenderResult renderText(const QByteArray &text, PageVariant variant);
    std::shared_ptr<const Project> m_sample;
    std::unique_ptr<Renderer> m_renderer;
};

void TestRenderer::initTestCase()
{
    QString error;
    m_sample = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY2(m_sample, qPrintable(error));
    m_renderer = std::make_unique<Renderer>(m_sample);
}

RenderResult TestRenderer::renderSample(const QString &relativePath, const QString &country,
                                        bool bodyOnly)
{
    const PageFile file =
        m_sample->fileForPath(TestSupport::sampleSite() + QLatin1Char('/') + relativePath);
    RenderResult result;
    if (!file.isValid())
        return result;
    RenderOptions options;
    options.language = file.language;
    options.country = country;
    options.bodyOnly = bodyOnly;
    QString error;
    m_renderer->renderFile(file, options, &result, &error);
    return result;
}

RenderResult TestRenderer::renderText(const QByteArray &text, PageVariant variant)
{
    RenderOptions options;
    options.language = QStringLiteral("ky");
    options.bodyOnly = true;
    return m_renderer->render(Document::fromBytes(text), variant, options);
}

void TestRenderer::samplePages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("contains");

    QTest::newRow("nominal: .md in English: ERB, then markdown")
        << QStringLiteral("public/index.md")
        << QStringList{QStringLiteral("<h1"),
                       QStringLiteral("href=\"/us/learn\""),
                       QStringLiteral("<a href='/us/#join'>"),
                       QStringLiteral("href=\"https://code.org/learn\""),
                       QStringLiteral("href=\"/us/promote/resources#posters\""),
                       QStringLiteral("<div class='col-50'"),
                       QStringLiteral("<div id='contact'"),
                       QStringLiteral("<table"),
                       QStringLiteral("Visiting from the United States")};
    QTest::newRow("nominal: .md in Kyrgyz: strings, localized partial, brackets")
        << QStringLiteral("i18n/public/ky/index.md")
        << QStringList{QStringLiteral("Таластагы Код жумасы"), QStringLiteral("signup-button-ky"),
                       QStringLiteral("href=\"https://code.org/learn\""),
                       QStringLiteral("<div class='col-50'")};
    QTest::newRow("nominal: .md.partial: includes, then markdown")
        << QStringLiteral("public/promote/index.md.partial")
        << QStringList{QStringLiteral("href=\"/us/learn\""),
                       QStringLiteral("<a href='/us/#join'>")};
    QTest::newRow("nominal: .md.erb: ERB, locals, comments, trim")
        << QStringLiteral("public/how-to/index.md.erb") << QStringList{QStringLiteral("<h1")};
    QTest::newRow("nominal: .erb.md: markdown, then ERB over the HTML")
        << QStringLiteral("public/about.erb.md")
        << QStringList{QStringLiteral("href=\"/us/learn\"")};
    QTest::newRow("robustness: hostile tag becomes an escaped placeholder")
        << QStringLiteral("i18n/public/ky/how-to/index.md.erb")
        << QStringList{QStringLiteral("class=\"tilmech-placeholder\""),
                       QStringLiteral("File.read(&#39;/etc/passwd&#39;)")};
    QTest::newRow("nominal: .erb.md: a tag in a markdown link address is mangled, not run")
        << QStringLiteral("i18n/public/ky/about.erb.md")
        << QStringList{QStringLiteral("href=\"%=%20resolve_url(%E2%80%98/learn%E2%80%99)%20%\""),
                       QStringLiteral("href=\"%=%20codeorg_url(&#x27;/&#x27;)%20%\"")};
    QTest::newRow("nominal: clean translation")
        << QStringLiteral("i18n/public/ky/learn.md") << QStringList{QStringLiteral("<h1")};
    QTest::newRow("nominal: orphan translation renders")
        << QStringLiteral("i18n/public/ky/old-page.md") << QStringList{QStringLiteral("<h")};
}

void TestRenderer::samplePages()
{
    QFETCH(QString, file);
    QFETCH(QStringList, contains);
    const RenderResult result = renderSample(file);
    QVERIFY2(!result.html.isEmpty(), qPrintable(file));
    const QString html = QString::fromUtf8(result.html);
    for (const QString &needle : contains)
        QVERIFY2(html.contains(needle), qPrintable(needle + QStringLiteral("\n---\n") + html));
    QVERIFY2(!html.contains(QLatin1String("<%")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("{{")), qPrintable(html));
    QVERIFY(result.problems.isEmpty());
    QVERIFY(!result.title.isEmpty());
    QVERIFY(!result.title.contains(QLatin1String("<%")));
}

void TestRenderer::markdown_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("absent");

    const int md = int(PageVariant::Md);
    QTest::newRow("nominal: table") << QByteArray("| a | b |\n|---|---|\n| 1 | 2 |\n") << md
                                    << QStringLiteral(">1</td>") << QString();
    auto row = [](char cell, int cells) {
        return '|' + (QByteArray(1, cell) + '|').repeated(cells) + '\n';
    };
    QTest::newRow("nominal: a table 999 cells wide is a table")
        << row('a', 999) + row('-', 999) + row('1', 999) << md << QStringLiteral(">1</td>")
        << QString();
    QTest::newRow("robustness: a table over 1,000 cells wide shows as text, pipes and all")
        << row('a', 1001) + row('-', 1001) + row('1', 1001) << md
        << QStringLiteral("<p data-sourcepos=\"1:1-3:2003\">|a|a|a|") << QStringLiteral("<table");
    QTest::newRow("robustness: a row over 1,000 cells under a narrow header is one cell of text")
        << QByteArray("| a | b |\n|---|---|\n") + row('x', 1200) << md
        << QStringLiteral(">|x|x|x|x|") << QStringLiteral("<td>x</td>");
    QTest::newRow("nominal: escaped pipes are not cells: a row of 1,200 stays in its table")
        << QByteArray("| a |\n|---|\n| ") + QByteArray("x\\|").repeated(1200) + " |\n"
        << md << QStringLiteral("\">x|x|x|x|") << QString();
    QTest::newRow("nominal: no strikethrough, as on the live site")
        << QByteArray("~~kept~~\n") << md << QStringLiteral("~~kept~~") << QStringLiteral("<del>");
    QTest::newRow("nominal: autolink")
        << QByteArray("see www.example.org now\n") << md
        << QStringLiteral("<a href=\"http://www.example.org\"") << QString();
    QTest::newRow("nominal: raw HTML kept") << QByteArray("<div class=\"x\">\nhi\n</div>\n") << md
                                            << QStringLiteral("<div class=\"x\">") << QString();
    QTest::newRow("nominal: #Title without a space is not a heading")
        << QByteArray("#Title\n") << md << QStringLiteral("<p") << QStringLiteral("<h1");
    QTest::newRow("nominal: div bracket with a class")
        << QByteArray("[col-33]\n\ntext\n\n[/col-33]\n") << md
        << QStringLiteral("<div class='col-33'") << QStringLiteral("[col-33]");
    QTest::newRow("nominal: closing bracket")
        << QByteArray("[col-33]\n\ntext\n\n[/col-33]\n") << md << QStringLiteral("</div>")
        << QStringLiteral("[/col-33]");
    QTest::newRow("nominal: div bracket with an id")
        << QByteArray("[#faq]\n\ntext\n\n[/faq]\n") << md << QStringLiteral("<div id='faq'")
        << QString();
    QTest::newRow("nominal: a bracketed phrase paragraph becomes a div and vanishes, as live")
        << QByteArray("text\n\n[Your Name], [Title]\n") << md
        << QStringLiteral("<div class='Your Name], [Title'") << QStringLiteral("Your Name</p>");
    QTest::newRow("nominal: a bracketed sentence with ### becomes a div")
        << QByteArray("[HOUSE OR SENATE RESOLUTION ###]\n") << md
        << QStringLiteral("<div class='HOUSE OR SENATE RESOLUTION ###'")
        << QStringLiteral("RESOLUTION ###]");
    QTest::newRow("nominal: any [/...] paragraph closes a div")
        << QByteArray("[col 33]\n\ntext\n\n[/col 33 end]\n") << md << QStringLiteral("</div>")
        << QStringLiteral("[/col 33 end]");
    QTest::newRow("nominal: a quote in the bracket is escaped in the class")
        << QByteArray("[it's]\n") << md << QStringLiteral("<div class='it&#39;s'")
        << QStringLiteral("it's]");
    QTest::newRow("nominal: a bracket paragraph spanning two lines stays text")
        << QByteArray("[first\nsecond]\n") << md << QStringLiteral("second]</p>")
        << QStringLiteral("<div");
    QTest::newRow("nominal: raw HTML paragraph with a class is not a div bracket")
        << QByteArray("<p class=\"x\">[col-33]</p>\n") << md
        << QStringLiteral("<p class=\"x\">[col-33]</p>") << QStringLiteral("<div");
    QTest::newRow("nominal: raw HTML bare paragraph is a div bracket, as live")
        << QByteArray("<p>[col-33]</p>\n") << md << QStringLiteral("<div class='col-33'>")
        << QStringLiteral("[col-33]");
    QTest::newRow("nominal: closing brackets are replaced first, on a line of raw HTML")
        << QByteArray("<p>[a]</p><p>[/b]</p>\n") << md << QStringLiteral("<div class='a'></div>")
        << QStringLiteral("[/b]");
    QTest::newRow("nominal: the bracket's text is greedy to the line's last ]</p>")
        << QByteArray("<p>[a]</p><p>[b]</p>\n") << md << QStringLiteral("<div class='a]</p><p>[b'>")
        << QString();
    QTest::newRow("robustness: a placeholder inside a bracket paragraph is escaped in the class")
        << QByteArray("[<%= Time.now.year %>]\n") << md
        << QStringLiteral("<div class='&lt;%= Time.now.year %&gt;'") << QStringLiteral("<span");
    QTest::newRow("nominal: bracket inside a sentence stays text")
        << QByteArray("see [col-33] here\n") << md << QStringLiteral("[col-33]")
        << QStringLiteral("<div");
    QTest::newRow("nominal: ERB output is markdown in .md")
        << QByteArray("<%= hoc_s(:missing_key_x) %>**b**\n") << md
        << QStringLiteral("<strong>b</strong>") << QString();
    QTest::newRow("nominal: {{ }} in .md is shown, not expanded")
        << QByteArray("a {{ urls/learn }} b\n") << md
        << QStringLiteral("&#123;&#123; urls/learn &#125;&#125;") << QStringLiteral("/kg/ky/learn");
    QTest::newRow("nominal: ERB in .md.partial is shown, not run")
        << QByteArray("[x](<%= resolve_url('/learn') %>)\n") << int(PageVariant::MdPartial)
        << QStringLiteral("&lt;%= resolve_url(&#39;/learn&#39;) %&gt;")
        << QStringLiteral("/kg/ky/learn");
    QTest::newRow("nominal: include inside a link in .md.partial")
        << QByteArray("[x]({{ urls/learn }})\n") << int(PageVariant::MdPartial)
        << QStringLiteral("<a href=\"/kg/ky/learn\">x</a>") << QString();
    QTest::newRow("nominal: include naming no partial is empty, as on the site")
        << QByteArray("[x]({{ urls/nowhere }})\n") << int(PageVariant::MdPartial)
        << QStringLiteral("<a href=\"\">x</a>") << QString();
    QTest::newRow(
        "nominal: .erb.md: a tag in a link address becomes %=%20…%20%, as on the live site")
        << QByteArray("[x](<%= resolve_url('/learn') %>)\n") << int(PageVariant::ErbMd)
        << QStringLiteral("<a href=\"%=%20resolve_url(&#x27;/learn&#x27;)%20%\">x</a>")
        << QStringLiteral("/kg/ky/learn");
    QTest::newRow("nominal: .erb.md: a tag in markdown text prints escaped")
        << QByteArray("<% if @country == 'kg' %>\n\n**yes**\n\n<% else %>\n\nno\n\n<% end %>\n")
        << int(PageVariant::ErbMd) << QStringLiteral("&lt;% if @country == 'kg' %&gt;")
        << QStringLiteral("tilmech-placeholder");
    QTest::newRow("nominal: .erb.md: a tag in an HTML block's attribute runs after markdown")
        << QByteArray("<p><em>a</em> <a href=\"<%= resolve_url('/learn') %>\">x</a></p>\n")
        << int(PageVariant::ErbMd) << QStringLiteral("<em>a</em> <a href=\"/kg/ky/learn\">x</a>")
        << QStringLiteral("%=");
    // Redcarpet passes an inline tag through up to its first '>': the one of "%>".
    QTest::newRow("nominal: .erb.md: a tag in an inline tag's attribute cuts the tag, as live")
        << QByteArray("*a* <a href=\"<%= resolve_url('/learn') %>\">x</a>\n")
        << int(PageVariant::ErbMd)
        << QStringLiteral("<em>a</em> <a href=\"/kg/ky/learn&quot;&gt;x</a>")
        << QStringLiteral("%=");
    QTest::newRow("nominal: .erb.md: a conditional inside an HTML block runs after markdown")
        << QByteArray("<div>\n<% if @country == 'kg' %>yes<% else %>no<% end %>\n</div>\n")
        << int(PageVariant::ErbMd) << QStringLiteral("yes") << QStringLiteral("no");
    QTest::newRow("robustness: placeholder inside an attribute is escaped text")
        << QByteArray("<a href=\"<%= Time.now.year %>\">y</a>\n") << md
        << QStringLiteral("href=\"&lt;%= Time.now.year %&gt;\"") << QStringLiteral("href=\"<span");
    QTest::newRow("robustness: markdown does not mangle placeholders")
        << QByteArray("a <%= some_thing_unknown(:a_b_c) %> b\n") << md
        << QStringLiteral("some_thing_unknown(:a_b_c)") << QStringLiteral("<em>");
    QTest::newRow("robustness: marker-like text in the page is left alone")
        << QByteArray("Tlmq P0Z TlmqP0Z <%= x %>\n") << md << QStringLiteral("TlmqP0Z")
        << QString();
}

void TestRenderer::markdown()
{
    QFETCH(QByteArray, text);
    QFETCH(int, variant);
    QFETCH(QString, contains);
    QFETCH(QString, absent);
    const QString html = QString::fromUtf8(renderText(text, PageVariant(variant)).html);
    QVERIFY2(html.contains(contains), qPrintable(html));
    if (!absent.isEmpty())
        QVERIFY2(!html.contains(absent), qPrintable(html));
}

void TestRenderer::sourcePositions()
{
    // Block positions are lines of the page file, front matter and tags included.
    const QByteArray text = "---\ntitle: x\n---\n<% a = 1\n b = 2 %>\n\n# Head\n\n"
                            "<%= hoc_s(:x) %>para\n\n- item\n";
    const QString html = QString::fromUtf8(renderText(text, PageVariant::Md).html);
    QVERIFY2(html.contains(QLatin1String("<h1 data-sourcepos=\"7:1-7:6\">Head</h1>")),
             qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<ul data-sourcepos=\"11:1-11:6\">")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<p data-sourcepos=\"9:1-9:20\">")), qPrintable(html));
    // The same in an .erb.md page, where tags wait behind markers during markdown.
    const QString erbmd = QString::fromUtf8(renderText(text, PageVariant::ErbMd).html);
    QVERIFY2(erbmd.contains(QLatin1String("<h1 data-sourcepos=\"7:1-7:6\">Head</h1>")),
             qPrintable(erbmd));
}

void TestRenderer::layout()
{
    const RenderResult page =
        renderSample(QStringLiteral("i18n/public/ky/learn.md"), QString(), false);
    const QString html = QString::fromUtf8(page.html);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<html lang=\"ky\">")));
    QVERIFY(html.contains(QLatin1String("<main id=\"tilmech-page\"")));
    QVERIFY(html.contains(QStringLiteral("<title>%1</title>").arg(page.title.toHtmlEscaped())));
    QVERIFY(!page.title.isEmpty());

    // Titles written with .inspect (quoted for YAML) come out unquoted.
    const QByteArray inspected = "---\ntitle: <%= hoc_s(:title_home).inspect %>\n---\nx\n";
    const RenderResult r = renderText(inspected, PageVariant::Md);
    QVERIFY2(!r.title.startsWith(QLatin1Char('"')), qPrintable(r.title));
    QCOMPARE(r.title,
             renderText("---\ntitle: <%= hoc_s(:title_home) %>\n---\nx\n", PageVariant::Md).title);
    QCOMPARE(renderText("---\nlayout: none\n---\nx\n", PageVariant::Md).layout,
             QStringLiteral("none"));
}

void TestRenderer::countryConditionals_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("absent");
    QTest::newRow("nominal: us") << QStringLiteral("us")
                                 << QStringLiteral("Visiting from the United States")
                                 << QStringLiteral("every participant");
    QTest::newRow("nominal: kg") << QStringLiteral("kg") << QStringLiteral("every participant")
                                 << QStringLiteral("Visiting from the United States");
    QTest::newRow("nominal: other") << QStringLiteral("fr") << QStringLiteral("wherever you live")
                                    << QStringLiteral("every participant");
}

void TestRenderer::countryConditionals()
{
    QFETCH(QString, country);
    QFETCH(QString, contains);
    QFETCH(QString, absent);
    const QString html =
        QString::fromUtf8(renderSample(QStringLiteral("public/index.md"), country).html);
    QVERIFY(html.contains(contains));
    QVERIFY(!html.contains(absent));
    QVERIFY(html.contains(QStringLiteral("href=\"/%1/learn\"").arg(country)));
}

void TestRenderer::corpusPages_data()
{
    QTest::addColumn<QString>("file");
    CORPUS_FILE_ROWS_OR_SKIP();
    const QStringList files = TestSupport::corpusFiles(
        {QStringLiteral("public"), QStringLiteral("i18n/public")},
        {QStringLiteral(".md"), QStringLiteral(".partial"), QStringLiteral(".erb")});
    for (const QString &file : files)
        QTest::newRow(qPrintable(QStringLiteral("corpus: ") + file)) << file;
}

void TestRenderer::corpusPages()
{
    REQUIRE_CORPUS();
    QFETCH(QString, file);
    QString error;
    static std::shared_ptr<const Project> corpus = Project::open(TestSupport::corpusSite(), &error);
    QVERIFY2(corpus, qPrintable(error));
    static Renderer renderer(corpus);
    const PageFile page = corpus->fileForPath(TestSupport::corpusSite() + QLatin1Char('/') + file);
    QVERIFY(page.isValid());
    for (const QString &country : {QStringLiteral("kg"), QStringLiteral("us")}) {
        RenderOptions options;
        options.language = page.language;
        options.country = country;
        RenderResult result;
        QVERIFY2(renderer.renderFile(page, options, &result, &error), qPrintable(error));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toText()));
        const QString html = QString::fromUtf8(result.html);
        QVERIFY(html.contains(QLatin1String("<main id=\"tilmech-page\"")));
        const qsizetype rawErb = html.indexOf(QLatin1String("<%"));
        QVERIFY2(rawErb < 0, qPrintable(html.mid(rawErb - 80, 200)));
        const qsizetype rawInclude = html.indexOf(QLatin1String("{{"));
        QVERIFY2(rawInclude < 0, qPrintable(html.mid(rawInclude - 80, 200)));
        QVERIFY(!result.title.isEmpty());
        // Every placeholder explains itself.
        for (const Placeholders::Item &item : result.placeholders)
            QVERIFY(!item.reason.isEmpty());
    }
}

// Markdown from several threads gives what it gives on one: cmark-gfm keeps the special
// characters of its inline extensions in a table shared by the process, which a parse on
// another thread must not change under this one.
void TestRenderer::concurrentRendering()
{
    QByteArray text;
    for (int i = 0; i < 40; ++i)
        text += "Visit www.example.org/" + QByteArray::number(i) + " or mailto:team" +
                QByteArray::number(i) + "@example.org, ~~old~~ *new* and https://example.com/x" +
                QByteArray::number(i) + ".\n\n| a | b |\n|---|---|\n| " + QByteArray::number(i) +
                " | ~~x~~ |\n\n";
    const QByteArray expected = Markdown::toHtml(text, true);
    QVERIFY(expected.contains("~~old~~")); // no strikethrough, as on the live site
    QVERIFY(expected.contains("href=\"http://www.example.org/7\""));
    QVERIFY(expected.contains("href=\"mailto:team7@example.org\""));
    std::atomic_int mismatches{0};
    QVector<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            for (int i = 0; i < 60; ++i) {
                if (Markdown::toHtml(text, true) != expected)
                    ++mismatches;
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : qAsConst(threads)) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QCOMPARE(mismatches.load(), 0);
}

// A translation rendered from its file (as the CLI does): a tag its English page lacks is
// refused, but a view with literal arguments is shown as the live site shows it, between the
// marks the preview outlines, never as the tag's text.
void TestRenderer::translationTagsOutsideEnglish()
{
    QTemporaryDir dir;
    const QString site = dir.path();
    auto write = [&](const QString &path, const QByteArray &bytes) {
        return TestSupport::writeSiteFile(site, path, bytes);
    };
    QVERIFY(write(QStringLiteral("public/page.md"), "# <%= hoc_s(:title) %>\n"));
    QVERIFY(write(QStringLiteral("i18n/public/ky/page.md"),
                  "# <%= hoc_s(:title) %>\n\n<%= view :secret %>\n"));
    QVERIFY(write(QStringLiteral("views/secret.md"), "Жашыруун\n"));
    QVERIFY(write(QStringLiteral("i18n/en.yml"), "en:\n  title: Title\n"));
    QVERIFY(write(QStringLiteral("i18n/ky.yml"), "ky:\n  title: Аталыш\n"));
    QString error;
    const auto project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    const Renderer renderer(project);
    const PageFile file = project->fileForPath(site + QStringLiteral("/i18n/public/ky/page.md"));
    QVERIFY(file.isValid());
    RenderOptions options;
    options.language = QStringLiteral("ky");
    options.bodyOnly = true;
    RenderResult result;
    QVERIFY2(renderer.renderFile(file, options, &result, &error), qPrintable(error));
    QVERIFY(result.html.contains("Аталыш"));
    QVERIFY2(result.html.contains("Жашыруун"), result.html.constData());
    QVERIFY2(!result.html.contains("view :secret"), result.html.constData());
    QCOMPARE(result.refusals.size(), 1);
    QVERIFY(result.html.contains(
        "<p  data-tilmech-refused=\"0\" data-tilmech-span=\"24-43\">Жашыруун</p>"));
    QVERIFY(result.html.contains("<tilmech-mark data-tilmech-refused=\"0\" data-edge=\"end\""));

    QVERIFY(result.html.indexOf("Жашыруун") < result.html.indexOf("data-edge=\"end\""));
}

// The Ruby of views runs through to the page: a code block's locals reach a Haml view, and a
// database query loops over no rows, marked in the preview only.
void TestRenderer::viewRuby_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<bool>("preview");
    QTest::addColumn<QByteArray>("contains");
    QTest::addColumn<QByteArray>("absent");

    QTest::newRow("nominal: a code block's hashes become a view's share link")
        << QByteArray("<%= view :share %>\n") << false
        << QByteArray(
               "<a href='https://twitter.com/share?hashtags=HourOfCode&amp;text=Hi+%40microsoft"
               "&amp;url=http%3A%2F%2Fhourofcode.com%2Fus'>")
        << QByteArray("to_query");
    QTest::newRow("nominal: the preview marks where database rows would be")
        << QByteArray("<%= view :logos, logos: DB[:cdo_partners].where(kind_s: 'x') %>\n") << true
        << QByteArray("<span class='tilmech-no-rows'") << QByteArray("each_slice");
    QTest::newRow(
        "nominal: a Haml view writes its attributes in order of their names, as Haml does")
        << QByteArray("<%= view :video %>\n") << false
        << QByteArray("<iframe allowFullScreen='true' src='x' width='350'></iframe>\n"
                      "<div class='c' data='d' id='b' title='t'>x</div>")
        << QByteArray("width='350' src");
    QTest::newRow("nominal: export and the command line add nothing for database rows")
        << QByteArray("<%= view :logos, logos: DB[:cdo_partners].where(kind_s: 'x') %>\n") << false
        << QByteArray("<div id='logos'>\n</div>") << QByteArray("tilmech-no-rows");
}

void TestRenderer::viewRuby()
{
    QFETCH(QByteArray, page);
    QFETCH(bool, preview);
    QFETCH(QByteArray, contains);
    QFETCH(QByteArray, absent);
    QTemporaryDir dir;
    const QString site = dir.path();
    auto write = [&](const QString &path, const QByteArray &bytes) {
        return TestSupport::writeSiteFile(site, path, bytes);
    };
    QVERIFY(write(QStringLiteral("public/page.md"), page));
    QVERIFY(write(QStringLiteral("views/share.erb"),
                  "<%\n  facebook = {:u=>\"http://#{request.host}/us\"}\n\n"
                  "  twitter = {:url=>\"http://hourofcode.com/us\", :hashtags=>'', "
                  ":text=>hoc_s(:tweet, locals: {donor: get_random_donor_twitter})}\n"
                  "  twitter[:hashtags] = 'HourOfCode' unless hoc_s(:tweet).include? "
                  "'#HourOfCode'\n%>\n<%= view :buttons, facebook:facebook, twitter:twitter %>\n"));
    QVERIFY(write(QStringLiteral("views/buttons.haml"),
                  ".share\n  %a{:href=>\"https://twitter.com/share?#{twitter.to_query}\"}< T\n"
                  "  -download_url ||= nil\n  -unless download_url.nil_or_empty?\n"
                  "    %a{:href=>download_url} D\n"));
    QVERIFY(write(QStringLiteral("views/logos.haml"),
                  "#logos\n  - logos.each_slice(4) do |group|\n    .row\n"
                  "      - group.each do |logo|\n        %p= logo[:name_s]\n"));
    QVERIFY(write(QStringLiteral("views/video.haml"),
                  "%iframe{:width=>\"350\", :src=>\"x\", :allowFullScreen=>\"true\"}\n"
                  "#b.c{:title=>\"t\", :data=>\"d\"} x\n"));
    QVERIFY(write(QStringLiteral("i18n/en.yml"), "en:\n  tweet: Hi %{donor}\n"));
    QString error;
    const auto project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    const Renderer renderer(project);
    const PageFile file = project->fileForPath(site + QStringLiteral("/public/page.md"));
    QVERIFY(file.isValid());
    RenderOptions options;
    options.bodyOnly = true;
    options.forExport = !preview;
    RenderResult result;
    QVERIFY2(renderer.renderFile(file, options, &result, &error), qPrintable(error));
    QVERIFY2(result.html.contains(contains), result.html.constData());
    QVERIFY2(!result.html.contains(absent), result.html.constData());
    QVERIFY2(result.placeholders.isEmpty(), result.html.constData());
}

// The English page shown beside a translation is the English page: its views and strings
// come from English (views/, i18n/en.yml), whatever the translation's language.
void TestRenderer::englishSourceReadsEnglish_data()
{
    QTest::addColumn<QString>("country");
    QTest::newRow("nominal: the translation's default country") << QString();
    QTest::newRow("nominal: a country chosen for the translation") << QStringLiteral("kz");
}

void TestRenderer::englishSourceReadsEnglish()
{
    QFETCH(QString, country);
    const PageFile english = m_sample->fileForPath(TestSupport::sampleSite() +
                                                   QStringLiteral("/public/promote/resources.md"));
    QVERIFY(english.isValid());
    QString error;
    const std::optional<Document> doc = Document::load(english.absolutePath, &error);
    QVERIFY2(doc, qPrintable(error));
    RenderOptions translation;
    translation.language = QStringLiteral("ky");
    translation.country = country;
    translation.bodyOnly = true;
    translation.sourceTags = std::make_shared<const QSet<QByteArray>>();
    const RenderOptions options = Renderer::sourceOptions(translation);
    const QString html = QString::fromUtf8(m_renderer->render(*doc, english.variant, options).html);
    QVERIFY2(html.contains(QStringLiteral("Host an event")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("Иш-чара өткөрүү")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("signup-button-ky")), qPrintable(html));
    // Its links are the English page's, in the translation's country.
    const QString expectedCountry = country.isEmpty() ? QStringLiteral("kg") : country;
    QVERIFY2(html.contains(QStringLiteral("href='/%1/#join'").arg(expectedCountry)),
             qPrintable(html));
}

void TestRenderer::refusedTags_data()
{
    QTest::addColumn<QByteArray>("translation"); // i18n/public/ky/page<variant>
    QTest::addColumn<int>("variant");
    QTest::addColumn<bool>("forExport");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("absent");
    const int md = int(PageVariant::Md), partial = int(PageVariant::MdPartial);
    QTest::newRow("nominal: a refused view at a line start keeps its HTML, its first tag marked")
        << QByteArray("<%= view :box %>\n") << md << false
        << QStringList{QStringLiteral("<div  class=\"box\" data-tilmech-refused=\"0\" "
                                      "data-tilmech-span=\"0-16\">In box</div>"),
                       QStringLiteral("data-tilmech-refused=\"0\" data-edge=\"end\"")}
        << QStringList{QStringLiteral("<p"), QStringLiteral("view :box")};
    QTest::newRow("nominal: a refused include that prints a heading stays a heading")
        << QByteArray("{{ heading }}\nText\n") << partial << false
        << QStringList{QStringLiteral("<h1 data-sourcepos=\"1:1-1:13\"><tilmech-mark "
                                      "data-tilmech-refused=\"0\" data-edge=\"begin\""),
                       QStringLiteral("Big<tilmech-mark data-tilmech-refused=\"0\" "
                                      "data-edge=\"end\"></tilmech-mark></h1>")}
        << QStringList{QStringLiteral("{{")};
    QTest::newRow("nominal: a refused conditional on lines of its own keeps the blocks around it")
        << QByteArray("Intro\n\n<% if @country == 'kg' %>\n## Kyrgyzstan\n<% end %>\n\nAfter\n")
        << md << false
        << QStringList{QStringLiteral("<h2 data-sourcepos=\"4:1-4:13\">Kyrgyzstan</h2>"),
                       QStringLiteral("<p data-sourcepos=\"7:1-7:5\">After</p>"),
                       QStringLiteral("data-tilmech-refused=\"0\" data-edge=\"begin\""),
                       QStringLiteral("data-tilmech-refused=\"0\" data-edge=\"end\"")}
        << QStringList{QStringLiteral("@country"), QStringLiteral("&lt;!--")};
    QTest::newRow("nominal: a refused conditional for another country shows nothing of its branch")
        << QByteArray("<% if @country == 'us' %>\nUS only\n<% end %>\n") << md << false
        << QStringList{} << QStringList{QStringLiteral("US only"), QStringLiteral("@country")};
    QTest::newRow("nominal: a refused resolve_url in a link address gives the live link, marked")
        << QByteArray("[x](<%= resolve_url('/learn') %>)\n") << md << false
        << QStringList{QStringLiteral("<a href=\"/kg/ky/learn\" data-tilmech-refused=\"0\" "
                                      "data-tilmech-span=\"4-32\">x</a>")}
        << QStringList{QStringLiteral("resolve_url")};
    QTest::newRow("robustness: a refused assignment is left out, as a placeholder")
        << QByteArray("A <% x = hoc_s(:title) %> B\n") << md << false
        << QStringList{QStringLiteral("class=\"tilmech-placeholder\"")}
        << QStringList{QStringLiteral("data-tilmech-refused")};
    QTest::newRow("nominal: an export shows the refused view without marks or placeholders")
        << QByteArray("<%= view :box %>\n\nA <% x = hoc_s(:title) %> B\n") << md << true
        << QStringList{QStringLiteral("<div class=\"box\">In box</div>"),
                       QStringLiteral("<p>A  B</p>")}
        << QStringList{QStringLiteral("tilmech"), QStringLiteral("<%"), QStringLiteral("%&gt;")};
}

// A translated tag its English page lacks is refused (the validator reports it); the preview
// shows what the live site shows for it where Tilmech can interpret it, between marks that
// leave markdown's blocks as they are, and an export shows the same without the marks.
void TestRenderer::refusedTags()
{
    QFETCH(QByteArray, translation);
    QFETCH(int, variant);
    QFETCH(bool, forExport);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, absent);
    QTemporaryDir dir;
    const QString site = dir.path();
    auto write = [&](const QString &path, const QByteArray &bytes) {
        return TestSupport::writeSiteFile(site, path, bytes);
    };
    QVERIFY(write(QStringLiteral("views/box.erb"), "<div class=\"box\">In box</div>\n"));
    QVERIFY(write(QStringLiteral("views/heading.erb"), "# Big\n"));
    QVERIFY(write(QStringLiteral("public/page.md"), "# Page\n"));
    QVERIFY(write(QStringLiteral("i18n/ky.yml"), "ky:\n  title: Аталыш\n"));
    QString error;
    const auto project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    const Renderer renderer(project);
    RenderOptions options;
    options.language = QStringLiteral("ky");
    options.bodyOnly = true;
    options.forExport = forExport;
    options.sourcePositions = !forExport;
    options.sourceTags = std::make_shared<const QSet<QByteArray>>();
    const QString html = QString::fromUtf8(
        renderer.render(Document::fromBytes(translation), PageVariant(variant), options).html);
    for (const QString &needle : contains)
        QVERIFY2(html.contains(needle), qPrintable(needle + QStringLiteral("\n\n") + html));
    for (const QString &needle : absent)
        QVERIFY2(!html.contains(needle), qPrintable(needle + QStringLiteral("\n\n") + html));
}

void TestRenderer::hostileTags_data()
{
    QTest::addColumn<QByteArray>("tag");
    QTest::newRow("backticks") << QByteArray("<%= `cat /etc/passwd` %>");
    QTest::newRow("system") << QByteArray("<%= system('touch /tmp/tilmech-pwned') %>");
    QTest::newRow("eval") << QByteArray("<%= eval(\"File.read('/etc/hostname')\") %>");
    QTest::newRow("File.read") << QByteArray("<%= File.read('/etc/hostname') %>");
    QTest::newRow("code tag") << QByteArray("<% `rm -rf /` %>");
    QTest::newRow("method chain") << QByteArray("<%= hoc_s(:title).send(:system, 'id') %>");
    QTest::newRow("English tag with another argument")
        << QByteArray("<%= hoc_s(:title, locals: {x: `id`}) %>");
    QTest::newRow("view with a computed argument") << QByteArray("<%= view hoc_s(:title) %>");
}

// Whatever a translated tag asks for, unless its English page has the same tag (or it is
// allow-listed) it is shown escaped as a placeholder, in the preview render and the CLI's.
void TestRenderer::hostileTags()
{
    QFETCH(QByteArray, tag);
    QTemporaryDir dir;
    const QString site = dir.path();
    auto write = [&](const QString &path, const QByteArray &bytes) {
        return TestSupport::writeSiteFile(site, path, bytes);
    };
    QVERIFY(write(QStringLiteral("public/page.md"), "# <%= hoc_s(:title) %>\n\nText.\n"));
    QVERIFY(write(QStringLiteral("i18n/public/ky/page.md"),
                  "# <%= hoc_s(:title) %>\n\nA " + tag + " B\n"));
    QVERIFY(write(QStringLiteral("views/secret.md"), "SECRET-PARTIAL\n"));
    QVERIFY(write(QStringLiteral("i18n/en.yml"), "en:\n  title: Title\n"));
    QVERIFY(write(QStringLiteral("i18n/ky.yml"), "ky:\n  title: Аталыш\n"));
    QString error;
    const auto project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    const Renderer renderer(project);
    const PageFile file = project->fileForPath(site + QStringLiteral("/i18n/public/ky/page.md"));
    RenderOptions options;
    options.language = QStringLiteral("ky");
    options.bodyOnly = true;
    RenderResult result;
    QVERIFY2(renderer.renderFile(file, options, &result, &error), qPrintable(error));
    QVERIFY2(result.html.contains("tilmech-placeholder"), result.html.constData());
    QVERIFY2(!result.html.contains("<%"), result.html.constData()); // escaped, never raw
    QVERIFY(!result.html.contains("SECRET-PARTIAL"));
    QVERIFY(!result.html.contains("root:"));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/tilmech-pwned")));
    QVERIFY(result.html.contains("Аталыш")); // the English page's own tag still works
}

void TestRenderer::expansionLimit_data()
{
    QTest::addColumn<QByteArray>("view"); // views/x.erb
    QTest::addColumn<bool>("limited");
    QTest::addColumn<QByteArray>("inHtml");
    QTest::newRow("nominal: views nested three deep, each included four times, render whole")
        << QByteArray("<%= view :y %><%= view :y %><%= view :y %><%= view :y %>") << false
        << QByteArray("zzzz");
    QTest::newRow("robustness: a view that includes itself four times stops at the limit")
        << QByteArray("<%= view :x %>\n\n").repeated(4) << true
        << QByteArray("tilmech-placeholder");
}

// The preview of a page whose views expand past the limit shows a placeholder and reports
// the page's tag; views that are merely nested and repeated render whole.
void TestRenderer::expansionLimit()
{
    QFETCH(QByteArray, view);
    QFETCH(bool, limited);
    QFETCH(QByteArray, inHtml);
    QTemporaryDir dir;
    const QString site = dir.path();
    auto write = [&](const QString &path, const QByteArray &bytes) {
        return TestSupport::writeSiteFile(site, path, bytes);
    };
    QVERIFY(write(QStringLiteral("public/page.md"), "# Title\n\nA <%= view :x %> B\n"));
    QVERIFY(write(QStringLiteral("views/x.erb"), view));
    QVERIFY(write(QStringLiteral("views/y.erb"), QByteArray("<%= view :z %>").repeated(4)));
    QVERIFY(write(QStringLiteral("views/z.erb"), "z"));
    QString error;
    const auto project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    const Renderer renderer(project);
    const PageFile file = project->fileForPath(site + QStringLiteral("/public/page.md"));
    RenderOptions options;
    options.bodyOnly = true;
    RenderResult result;
    QVERIFY2(renderer.renderFile(file, options, &result, &error), qPrintable(error));
    QVERIFY2(result.html.contains(inHtml), result.html.left(2000).constData());
    const auto page =
        renderer.analyse(*Document::load(file.absolutePath, &error), file.variant, false);
    for (const Diagnostics &problems :
         {result.problems, renderer.expansionProblems(*page, options)}) {
        const auto found =
            std::find_if(problems.cbegin(), problems.cend(), [](const Diagnostic &d) {
                return d.code == QLatin1String("template-expansion-limit");
            });
        QCOMPARE(found != problems.cend(), limited);
        if (limited) {
            QCOMPARE(found->line, 3);
            QCOMPARE(found->column, 3);
            QCOMPARE(found->severity, Diagnostic::Severity::Error);
        }
    }
}

void TestRenderer::includes_data()
{
    QTest::addColumn<QByteArray>("page"); // public/page.md.partial
    QTest::addColumn<QByteArray>("view"); // views/v.erb
    QTest::addColumn<QByteArray>("contains");
    QTest::addColumn<QByteArray>("absent");
    QTest::newRow("nominal: the view's trailing newline ends a heading, as live")
        << QByteArray("# {{ v }}text\n") << QByteArray("Title\n") << QByteArray(">Title</h1>")
        << QByteArray("Titletext");
    QTest::newRow("nominal: the view's leading indentation opens a code block, as live")
        << QByteArray("Intro\n\n{{ v }}\n") << QByteArray("    code line\n")
        << QByteArray("<code>code line") << QByteArray("<p data-sourcepos=\"3");
    QTest::newRow("nominal: an include may span lines")
        << QByteArray("A {{ v\n}} B\n") << QByteArray("inserted") << QByteArray("A inserted B")
        << QByteArray("&#123;");
    QTest::newRow("nominal: a name that is no view gives nothing")
        << QByteArray("A {{ nowhere }}B\n") << QByteArray("x") << QByteArray("A B</p>")
        << QByteArray("nowhere");
    QTest::newRow("robustness: a } before }} ends no include: the text stays")
        << QByteArray("A {{ v } }} B\n") << QByteArray("inserted")
        << QByteArray("v &#125; &#125;&#125;") << QByteArray("inserted");
}

// `{{ name }}` of a .md.partial page as pegasus finds it ({{([^}]*)}}, across lines), with
// the view's output inserted as it is, trailing newline included, before markdown.
void TestRenderer::includes()
{
    QFETCH(QByteArray, page);
    QFETCH(QByteArray, view);
    QFETCH(QByteArray, contains);
    QFETCH(QByteArray, absent);
    QTemporaryDir dir;
    const QString site = dir.path();
    auto write = [&](const QString &path, const QByteArray &bytes) {
        return TestSupport::writeSiteFile(site, path, bytes);
    };
    QVERIFY(write(QStringLiteral("public/page.md.partial"), page));
    QVERIFY(write(QStringLiteral("views/v.erb"), view));
    QString error;
    const auto project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    const Renderer renderer(project);
    const PageFile file = project->fileForPath(site + QStringLiteral("/public/page.md.partial"));
    RenderOptions options;
    options.bodyOnly = true;
    RenderResult result;
    QVERIFY2(renderer.renderFile(file, options, &result, &error), qPrintable(error));
    QVERIFY2(result.html.contains(contains), result.html.constData());
    QVERIFY2(!result.html.contains(absent), result.html.constData());
}

QTEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
