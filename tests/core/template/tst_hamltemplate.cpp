// HamlTemplate: the Haml subset of the site's partials (docs/page-format.md, "Haml partials"):
// elements with .class and #id shorthands, attribute hashes and lists, nesting by
// indentation, output and code lines run through the TemplateEvaluator, plain text,
// comments, filters, placeholders for what cannot be interpreted, and bounded work on
// hostile templates.

#include "render/renderenvironment.h"
#include "strings/catalog.h"
#include "template/hamltemplate.h"
#include "template/placeholders.h"
#include "template/templateevaluator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Tilmech;

class TestHamlTemplate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void render_data();
    void render();
    void notInterpreted_data();
    void notInterpreted();
    void documentedButMissing_data();
    void documentedButMissing();
    void parsedOnceRenderedPerEnvironment();
    void hostile_data();
    void hostile();

private:
    struct Result
    {
        QByteArray html; // placeholders shown as [[the line as written]]
        QVector<Placeholders::Item> placeholders;
    };
    Result run(const QByteArray &source, const QByteArray &country = "kg",
               const QString &language = QStringLiteral("ky")) const;
    Result run(const HamlTemplate &haml, const QByteArray &source, const QByteArray &country,
               const QString &language) const;

    std::shared_ptr<const Catalog> m_english;
    std::shared_ptr<const Catalog> m_kyrgyz;
};

void TestHamlTemplate::initTestCase()
{
    m_english = Catalog::fromBytes("en:\n  title: Press Kit\n  only_en: Only in English\n",
                                   QStringLiteral("en.yml"), QStringLiteral("en"));
    m_kyrgyz = Catalog::fromBytes("ky:\n  title: Пресс-кит\n", QStringLiteral("ky.yml"),
                                  QStringLiteral("ky"));
    QVERIFY(m_english->isValid() && m_kyrgyz->isValid());
}

TestHamlTemplate::Result TestHamlTemplate::run(const QByteArray &source, const QByteArray &country,
                                               const QString &language) const
{
    return run(HamlTemplate::parse(source), source, country, language);
}

TestHamlTemplate::Result TestHamlTemplate::run(const HamlTemplate &haml, const QByteArray &source,
                                               const QByteArray &country,
                                               const QString &language) const
{
    RenderEnvironment env;
    env.english = m_english.get();
    env.strings = language == QLatin1String("ky") ? m_kyrgyz.get() : m_english.get();
    env.language = language;
    env.languageUtf8 = language.toUtf8();
    env.country = country;
    env.explicitLanguage = language != QLatin1String("en");
    Placeholders placeholders(source);
    const TemplateEvaluator evaluator(env, placeholders);
    Result result;
    haml.render(evaluator, result.html);
    for (int i = 0; i < placeholders.items().size(); ++i) {
        result.html.replace(placeholders.prefix() + 'P' + QByteArray::number(i) + 'Z',
                            "[[" + placeholders.items().at(i).shown + "]]");
    }
    result.placeholders = placeholders.items();
    return result;
}

void TestHamlTemplate::render_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("html");

    // Elements.
    QTest::newRow("nominal: %tag with inline text")
        << QByteArray("%p Hello") << QByteArray("<p>Hello</p>\n");
    QTest::newRow("nominal: .class and #id shorthands on a tag")
        << QByteArray("%div.a.b#c text") << QByteArray("<div class='a b' id='c'>text</div>\n");
    QTest::newRow("nominal: .class alone is a div")
        << QByteArray(".cls\n  %span inner")
        << QByteArray("<div class='cls'>\n<span>inner</span>\n</div>\n");
    QTest::newRow("nominal: #id alone is an empty div")
        << QByteArray("#main") << QByteArray("<div id='main'></div>\n");
    QTest::newRow("nominal: dashes and underscores in names")
        << QByteArray("%span.a-b_c#d-e x") << QByteArray("<span class='a-b_c' id='d-e'>x</span>\n");
    QTest::newRow("nominal: void elements and the self-closing slash")
        << QByteArray("%br\n%img{:src => '/a.png'}\n%p/")
        << QByteArray("<br>\n<img src='/a.png'>\n<p>\n");
    QTest::newRow("nominal: a doctype")
        << QByteArray("!!! 5\n%html") << QByteArray("<!DOCTYPE html>\n<html></html>\n");

    // Attributes.
    QTest::newRow("nominal: a hash of attributes, written in sorted order")
        << QByteArray("%a{:title => 'T', :href => '/x'} Link")
        << QByteArray("<a href='/x' title='T'>Link</a>\n");
    QTest::newRow("nominal: a hash in the new syntax")
        << QByteArray("%a{href: '/x', target: '_blank'} L")
        << QByteArray("<a href='/x' target='_blank'>L</a>\n");
    QTest::newRow("nominal: HTML-style attributes") << QByteArray("%a(href='/x' title=\"T\") L")
                                                    << QByteArray("<a href='/x' title='T'>L</a>\n");
    QTest::newRow("nominal: HTML-style attribute without a value")
        << QByteArray("%input(disabled type='checkbox')")
        << QByteArray("<input disabled type='checkbox'>\n");
    QTest::newRow("nominal: nil and false attributes left out, true written bare, values escaped")
        << QByteArray("%p{:a => nil, :b => false, :c => true, :d => 'x&y'} z")
        << QByteArray("<p c d='x&amp;y'>z</p>\n");
    QTest::newRow("nominal: class arrays join the shorthand; ids join with _")
        << QByteArray("%p.w#a{:class => ['x', 'y'], :id => 'b'} t")
        << QByteArray("<p class='w x y' id='a_b'>t</p>\n");
    QTest::newRow("nominal: #{} in an attribute string")
        << QByteArray("%a{:href => \"/#{@country}/x\"} y") << QByteArray("<a href='/kg/x'>y</a>\n");
    QTest::newRow("nominal: a helper as an attribute value")
        << QByteArray("%a{:href => resolve_url('/learn')} y")
        << QByteArray("<a href='/kg/ky/learn'>y</a>\n");
    QTest::newRow("edge: text after the hash is content, not a class")
        << QByteArray("%p{:class => 'k'}.z") << QByteArray("<p class='k'>.z</p>\n");

    // Nesting.
    QTest::newRow("nominal: nesting by indentation")
        << QByteArray("%ul\n  %li one\n  %li two\n%p after")
        << QByteArray("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>after</p>\n");
    QTest::newRow("nominal: three levels")
        << QByteArray("#a\n  .b\n    %i c\n  .d")
        << QByteArray("<div id='a'>\n<div class='b'>\n<i>c</i>\n</div>\n<div class='d'></div>\n"
                      "</div>\n");
    QTest::newRow("nominal: blank lines inside a nested block")
        << QByteArray("%p\n\n  %i after blank") << QByteArray("<p>\n<i>after blank</i>\n</p>\n");
    QTest::newRow("nominal: tabs indent like spaces")
        << QByteArray("%p\n\t%i x\n%b y") << QByteArray("<p>\n<i>x</i>\n</p>\n<b>y</b>\n");
    QTest::newRow("edge: CRLF line ends")
        << QByteArray("%p\r\n  %i b\r\n%b c\r\n") << QByteArray("<p>\n<i>b</i>\n</p>\n<b>c</b>\n");
    QTest::newRow("edge: an uneven indentation nests under the nearest shallower line")
        << QByteArray("%p\n      %span deep\n  %i back")
        << QByteArray("<p>\n<span>deep</span>\n<i>back</i>\n</p>\n");
    QTest::newRow("edge: whitespace removers < and >")
        << QByteArray("%p<\n  %i x\n%b> y") << QByteArray("<p><i>x</i></p><b>y</b>");

    // Ruby through the evaluator.
    QTest::newRow("nominal: = output") << QByteArray("= 'x' + 'y'") << QByteArray("xy\n");
    QTest::newRow("nominal: ~ output") << QByteArray("~ 'tilde'") << QByteArray("tilde\n");
    QTest::newRow("nominal: %tag= output with hoc_s in the page language")
        << QByteArray("%h1= hoc_s(:title)") << QByteArray("<h1>Пресс-кит</h1>\n");
    QTest::newRow("nominal: hoc_s falls back to English")
        << QByteArray("%p= hoc_s(:only_en)") << QByteArray("<p>Only in English</p>\n");
    QTest::newRow("nominal: &= escapes, != does not")
        << QByteArray("%p&= '<b>'\n%p!= '<b>'") << QByteArray("<p>&lt;b&gt;</p>\n<p><b></p>\n");
    QTest::newRow("nominal: - assignment seen by later lines")
        << QByteArray("- x = 'v'\n%p= x") << QByteArray("<p>v</p>\n");
    QTest::newRow("nominal: - if / else on @country")
        << QByteArray("- if @country == 'kg'\n  %p kg\n- else\n  %p other\n%p end")
        << QByteArray("<p>kg</p>\n<p>end</p>\n");
    QTest::newRow("nominal: - elsif taken")
        << QByteArray("- if @language == 'en'\n  %p en\n- elsif @language == 'ky'\n  %p ky\n"
                      "- else\n  %p other")
        << QByteArray("<p>ky</p>\n");
    QTest::newRow("nominal: - unless")
        << QByteArray("- unless @language == 'en'\n  %p not en") << QByteArray("<p>not en</p>\n");
    QTest::newRow("nominal: - each runs the nested lines per element")
        << QByteArray("%ul\n  - ['a', 'b'].each do |x|\n    %li= x")
        << QByteArray("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n");

    // Text and comments.
    QTest::newRow("nominal: plain text")
        << QByteArray("plain text here") << QByteArray("plain text here\n");
    QTest::newRow("nominal: #{} in plain text")
        << QByteArray("- x = 'a'\n%p #{x} and #{@language}") << QByteArray("<p>a and ky</p>\n");
    QTest::newRow("nominal: a backslash escapes the first character")
        << QByteArray("\\= not output") << QByteArray("= not output\n");
    QTest::newRow("edge: inline = needs no space before it; after one it is text")
        << QByteArray("%p = 'x'") << QByteArray("<p>= 'x'</p>\n");
    QTest::newRow("nominal: / an HTML comment")
        << QByteArray("/ a comment") << QByteArray("<!-- a comment -->\n");
    QTest::newRow("nominal: / around nested lines")
        << QByteArray("/\n  %p inside") << QByteArray("<!-- \n<p>inside</p>\n -->\n");
    QTest::newRow("nominal: -# hides its nested lines")
        << QByteArray("-# silent\n  %p hidden\n  = foo\n%p shown") << QByteArray("<p>shown</p>\n");

    // Filters.
    QTest::newRow("nominal: :plain, :css and :escaped")
        << QByteArray(":plain\n  raw <b>\n:css\n  a{}\n:escaped\n  <b>")
        << QByteArray("raw <b>\n<style>\na{}\n</style>\n&lt;b&gt;\n");
    QTest::newRow("nominal: :javascript indented by two spaces, nested indentation kept")
        << QByteArray(":javascript\n  if (a) {\n    b();\n  }\n%p x")
        << QByteArray("<script>\n  if (a) {\n    b();\n  }\n</script>\n<p>x</p>\n");
    QTest::newRow("nominal: #{} in a filter")
        << QByteArray(":plain\n  lang=#{@language}") << QByteArray("lang=ky\n");
}

void TestHamlTemplate::render()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, html);
    const Result result = run(source);
    QCOMPARE(result.html, html);
    QVERIFY(result.placeholders.isEmpty());
}

// What Tilmech cannot interpret renders as a placeholder showing the line as written
// (without its indentation) with the reason. HamlTemplate gives no offsets: the view library
// reports the line where that text stands in the view, as computed here.
void TestHamlTemplate::notInterpreted_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("reason"); // contained in the placeholder's reason
    QTest::addColumn<int>("line");

    QTest::newRow("robustness: % without a tag name")
        << QByteArray("\n%\n%p ok") << QByteArray("[[%]]\n<p>ok</p>\n")
        << QStringLiteral("without a tag name") << 2;
    QTest::newRow("robustness: % without a tag name after lines that start with %")
        << QByteArray("%p ok\n%\n%p ok") << QByteArray("<p>ok</p>\n[[%]]\n<p>ok</p>\n")
        << QStringLiteral("without a tag name") << 2;
    QTest::newRow("robustness: an attribute hash never closed")
        << QByteArray("%div\n  %a{:href => 'x'\n%p ok")
        << QByteArray("<div>\n[[%a{:href => 'x']]\n</div>\n<p>ok</p>\n")
        << QStringLiteral("attribute hash is never closed") << 2;
    QTest::newRow("robustness: an attribute list never closed")
        << QByteArray("%p ok\n\n%a(href='x'") << QByteArray("<p>ok</p>\n[[%a(href='x']]\n")
        << QStringLiteral("attribute list is never closed") << 3;
    QTest::newRow("robustness: elsif without if")
        << QByteArray("%p a\n- elsif x\n  %p y") << QByteArray("<p>a</p>\n[[- elsif x]]\n")
        << QStringLiteral("without an “if” before it") << 2;
    QTest::newRow("robustness: an unsupported filter")
        << QByteArray("%p a\n:markdown\n  # x") << QByteArray("<p>a</p>\n[[:markdown]]\n")
        << QStringLiteral("“:markdown” is not supported") << 2;
    QTest::newRow("robustness: an unknown method in output")
        << QByteArray("%div\n  %div\n    = foo_bar(1)")
        << QByteArray("<div>\n<div>\n[[= foo_bar(1)]]\n</div>\n</div>\n")
        << QStringLiteral("does not run") << 3;
    QTest::newRow("robustness: an unknown variable inline")
        << QByteArray("%p= unknown_thing") << QByteArray("<p>[[%p= unknown_thing]]</p>\n")
        << QStringLiteral("does not know") << 1;
    QTest::newRow("robustness: a condition that cannot be evaluated hides both branches")
        << QByteArray("- if mystery\n  %p a\n- else\n  %p b\n%p c")
        << QByteArray("[[- if mystery]]\n<p>c</p>\n") << QStringLiteral("mystery") << 1;
    QTest::newRow("robustness: a loop Tilmech does not run")
        << QByteArray("%p a\n- 3.times do\n  %p x") << QByteArray("<p>a</p>\n[[- 3.times do]]\n")
        << QStringLiteral("does not run") << 2;
    QTest::newRow("robustness: an attribute value that cannot be evaluated")
        << QByteArray("%a{:href => secret_url} x") << QByteArray("<a href='[[secret_url]]'>x</a>\n")
        << QStringLiteral("does not know") << 1;
}

void TestHamlTemplate::notInterpreted()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, html);
    QFETCH(QString, reason);
    QFETCH(int, line);
    const Result result = run(source);
    QCOMPARE(result.html, html);
    QCOMPARE(result.placeholders.size(), 1);
    const Placeholders::Item &item = result.placeholders.front();
    QVERIFY2(item.reason.contains(reason), qPrintable(item.reason));
    QCOMPARE(item.sourceBegin, -1);
    const qsizetype at = source.indexOf(item.shown);
    QVERIFY(at >= 0);
    // Bug: the placeholder carries neither offset nor line (Node::line is kept but never
    // used), so the view's finding (docs/page-format.md: "views/x.haml:LINE") names the
    // first line whose text holds what is shown, here line 1 ("%p ok" holds "%").
    QEXPECT_FAIL("robustness: % without a tag name after lines that start with %",
                 "the line of a Haml placeholder is found by its text, not kept", Continue);
    QCOMPARE(int(source.left(at).count('\n')) + 1, line);
}

// docs/page-format.md lists "nested and inline content" and "{…} and (…) attributes", and
// says that what a view holds that Tilmech cannot interpret shows as a placeholder.
void TestHamlTemplate::documentedButMissing_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("placeholders");

    QTest::newRow("edge: inline and nested content together is shown, not dropped")
        << QByteArray("%p text\n  %i nested\n%b after") << QByteArray("[[%p text]]\n<b>after</b>\n")
        << 1;
    QTest::newRow("edge: a {} hash and a () list on one element are merged")
        << QByteArray("%p{:a => '1'}(b='2') x") << QByteArray("<p a='1' b='2'>x</p>\n") << 0;
}

void TestHamlTemplate::documentedButMissing()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, html);
    QFETCH(int, placeholders);
    const Result result = run(source);
    // Bug: an element with inline content drops its nested lines silently (Haml refuses
    // them: "content can't be both given on the same line and nested"), so neither the
    // preview nor the validator shows that something is missing.
    QEXPECT_FAIL("edge: inline and nested content together is shown, not dropped",
                 "nested lines under an element with inline content vanish silently", Continue);
    // Bug: the () list is read only when no {} hash came before it; its attributes vanish.
    QEXPECT_FAIL("edge: a {} hash and a () list on one element are merged",
                 "a () attribute list after a {} hash is dropped", Continue);
    QCOMPARE(result.html, html);
    QEXPECT_FAIL("edge: inline and nested content together is shown, not dropped",
                 "nested lines under an element with inline content vanish silently", Continue);
    QCOMPARE(int(result.placeholders.size()), placeholders);
}

// The template is parsed once and rendered for each page language and country.
void TestHamlTemplate::parsedOnceRenderedPerEnvironment()
{
    const QByteArray source = "- if @country == 'us'\n  %p= hoc_s(:title)\n- else\n"
                              "  %a{:href => resolve_url('/x')}= hoc_s(:title)";
    const HamlTemplate haml = HamlTemplate::parse(source);
    QCOMPARE(run(haml, source, "us", QStringLiteral("en")).html, QByteArray("<p>Press Kit</p>\n"));
    QCOMPARE(run(haml, source, "kg", QStringLiteral("ky")).html,
             QByteArray("<a href='/kg/ky/x'>Пресс-кит</a>\n"));
    QCOMPARE(run(haml, source, "ru", QStringLiteral("en")).html,
             QByteArray("<a href='/ru/x'>Press Kit</a>\n"));
}

void TestHamlTemplate::hostile_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("contains");
    QTest::addColumn<int>("maxDepth"); // most elements open at once in the output

    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += QByteArray(i, ' ') + "%div\n";
    deep += "%p end";
    // Nesting stops at 66 open elements: deeper lines become children of the deepest kept,
    // so rendering recursion stays bounded.
    QTest::newRow("robustness: 5,000 levels of indentation")
        << deep << QByteArray("<p>end</p>\n") << 66;
    QTest::newRow("robustness: a 4 MB line of text")
        << QByteArray("%p " + QByteArray("word ").repeated(800000)) << QByteArray("word word</p>\n")
        << 1;
    QTest::newRow("robustness: 100,000 lines")
        << QByteArray(QByteArray("%p x\n").repeated(100000)) << QByteArray("<p>x</p>\n") << 1;
    QTest::newRow("robustness: an attribute hash of 20,000 pairs")
        << QByteArray("%p{" + QByteArray(":a => 'b', ").repeated(20000) + ":c => 'd'} x")
        << QByteArray(" c='d'>x</p>\n") << 1;
    QTest::newRow("robustness: 100,000 unclosed braces")
        << QByteArray("%p" + QByteArray(100000, '{')) << QByteArray("[[%p{{{") << 0;
    QTest::newRow("robustness: a 1 MB #{} interpolation never closed")
        << QByteArray("%p #{" + QByteArray(1000000, 'a')) << QByteArray("<p>") << 1;
    QTest::newRow("robustness: 50,000 nested comment lines")
        << QByteArray("-#\n" + QByteArray("  x\n").repeated(50000) + "%p after")
        << QByteArray("<p>after</p>\n") << 1;
}

void TestHamlTemplate::hostile()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, contains);
    QFETCH(int, maxDepth);
    QElapsedTimer timer;
    timer.start();
    const Result result = run(source);
    // Generous: each takes well under a second; quadratic work would take minutes.
    QVERIFY2(timer.elapsed() < 20000, QByteArray::number(timer.elapsed()).constData());
    QVERIFY2(result.html.contains(contains), result.html.left(200).constData());
    int depth = 0, most = 0;
    for (qsizetype i = 0; i + 1 < result.html.size(); ++i) {
        if (result.html[i] != '<')
            continue;
        if (result.html[i + 1] == '/')
            --depth;
        else if (result.html[i + 1] != '!')
            most = std::max(most, ++depth);
    }
    QCOMPARE(most, maxDepth);
}

QTEST_GUILESS_MAIN(TestHamlTemplate)
#include "tst_hamltemplate.moc"
