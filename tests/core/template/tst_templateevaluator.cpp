// Helper expansion as docs/page-format.md describes it: hoc_s with English fallback and %{name}
// locals, resolve_url for a country and language, codeorg_url, hoc_uri, campaign_date,
// localized files, .inspect, @country conditionals, and placeholders for everything else.

#include "render/renderenvironment.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "template/expansionbudget.h"
#include "template/expressionparser.h"
#include "template/hamltemplate.h"
#include "template/placeholders.h"
#include "template/templateevaluator.h"
#include "template/templatelexer.h"
#include "template/templatetree.h"
#include "template/viewlibrary.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Tilmech;

class TestTemplateEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void expressions_data();
    void expressions();
    void templates_data();
    void templates();
    void views_data();
    void views();
    void haml_data();
    void haml();
    void loopOutputBounded();
    void joinPath_data();
    void joinPath();

private:
    QByteArray evaluate(const QByteArray &expression, const QByteArray &country,
                        const QString &language, bool *unknown);
    std::shared_ptr<const Catalog> m_english;
    std::shared_ptr<const Catalog> m_kyrgyz;
};

void TestTemplateEvaluator::initTestCase()
{
    m_english = Catalog::fromBytes("'en':\n"
                                   "  title: 'Press Kit'\n"
                                   "  only_en: 'Only in English'\n"
                                   "  empty_ky: 'English for empty'\n"
                                   "  greeting: 'Hello %{name}, %{count} times'\n"
                                   "  campaign_date_full: 'December 9-15'\n"
                                   "  campaign_date_year: '2024'\n"
                                   "  campaign_date_start_short: 'Dec. 9'\n"
                                   "  quoted: 'Say \"hi\" #{x}'\n",
                                   QStringLiteral("en.yml"), QStringLiteral("en"));
    m_kyrgyz = Catalog::fromBytes("ky:\n"
                                  "  title: Пресс-кит\n"
                                  "  empty_ky: ''\n"
                                  "  greeting: '%{name}, салам! %{count} жолу'\n"
                                  "  campaign_date_full: 4-10-декабрда\n",
                                  QStringLiteral("ky.yml"), QStringLiteral("ky"));
    QVERIFY(m_english->isValid() && m_kyrgyz->isValid());
}

QByteArray TestTemplateEvaluator::evaluate(const QByteArray &expression, const QByteArray &country,
                                           const QString &language, bool *unknown)
{
    RenderEnvironment env;
    env.english = m_english.get();
    env.strings = language == QLatin1String("ky") ? m_kyrgyz.get() : m_english.get();
    env.language = language;
    env.languageUtf8 = language.toUtf8();
    env.country = country;
    env.explicitLanguage = language != QLatin1String("en");
    Placeholders placeholders(expression);
    const TemplateEvaluator evaluator(env, placeholders);
    const Value v = evaluator.evaluate(ExpressionParser::parseExpression(expression));
    *unknown = v.isUnknown();
    if (v.kind == Value::Kind::Bool)
        return v.flag ? "true" : "false";
    return v.text;
}

void TestTemplateEvaluator::expressions_data()
{
    QTest::addColumn<QByteArray>("expression");
    QTest::addColumn<QByteArray>("country");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("unknown");

    const QString ky = QStringLiteral("ky");
    const QString en = QStringLiteral("en");
    QTest::newRow("nominal: hoc_s symbol") << QByteArray("hoc_s(:title)") << QByteArray("kg") << ky
                                           << QByteArray("Пресс-кит") << false;
    QTest::newRow("nominal: hoc_s string key") << QByteArray("hoc_s('title')") << QByteArray("kg")
                                               << ky << QByteArray("Пресс-кит") << false;
    QTest::newRow("nominal: hoc_s falls back to English when missing")
        << QByteArray("hoc_s(:only_en)") << QByteArray("kg") << ky << QByteArray("Only in English")
        << false;
    QTest::newRow("nominal: hoc_s falls back to English when empty")
        << QByteArray("hoc_s(:empty_ky)") << QByteArray("kg") << ky
        << QByteArray("English for empty") << false;
    QTest::newRow("nominal: hoc_s missing in both prints nothing")
        << QByteArray("hoc_s(:nowhere)") << QByteArray("kg") << ky << QByteArray() << false;
    QTest::newRow("nominal: hoc_s with locals")
        << QByteArray("hoc_s(:greeting, locals: {name: 'Айгүл', count: 3})") << QByteArray("kg")
        << ky << QByteArray("Айгүл, салам! 3 жолу") << false;
    QTest::newRow("nominal: hoc_s without locals keeps %{name}")
        << QByteArray("hoc_s(:greeting)") << QByteArray("us") << en
        << QByteArray("Hello %{name}, %{count} times") << false;
    QTest::newRow("nominal: .inspect quotes like Ruby")
        << QByteArray("hoc_s(:title).inspect") << QByteArray("kg") << ky
        << QByteArray("\"Пресс-кит\"") << false;
    QTest::newRow("nominal: .inspect escapes quotes and #{")
        << QByteArray("hoc_s(:quoted).inspect") << QByteArray("us") << en
        << QByteArray("\"Say \\\"hi\\\" \\#{x}\"") << false;
    QTest::newRow("nominal: resolve_url with country and language")
        << QByteArray("resolve_url('/promote/resources#sample-emails')") << QByteArray("kg") << ky
        << QByteArray("/kg/ky/promote/resources#sample-emails") << false;
    QTest::newRow("nominal: resolve_url of /") << QByteArray("resolve_url('/')") << QByteArray("kg")
                                               << ky << QByteArray("/kg/ky/") << false;
    QTest::newRow("nominal: resolve_url without the default language")
        << QByteArray("resolve_url('/learn')") << QByteArray("us") << en << QByteArray("/us/learn")
        << false;
    QTest::newRow("nominal: resolve_url of a relative path")
        << QByteArray("resolve_url('promote/resources')") << QByteArray("kg") << ky
        << QByteArray("/kg/ky/promote/resources") << false;
    QTest::newRow("nominal: resolve_url keeps code.org URLs")
        << QByteArray("resolve_url('https://code.org/learn')") << QByteArray("kg") << ky
        << QByteArray("https://code.org/learn") << false;
    QTest::newRow("nominal: resolve_url keeps bare code.org")
        << QByteArray("resolve_url('code.org')") << QByteArray("kg") << ky << QByteArray("code.org")
        << false;
    QTest::newRow("nominal: resolve_url keeps studio.CODE.org, any case")
        << QByteArray("resolve_url('https://studio.CODE.org/s/x')") << QByteArray("kg") << ky
        << QByteArray("https://studio.CODE.org/s/x") << false;
    QTest::newRow("nominal: resolve_url mangles other absolute URLs, as the site does")
        << QByteArray("resolve_url('https://www.youtube.com/x')") << QByteArray("kg") << ky
        << QByteArray("/kg/ky/https://www.youtube.com/x") << false;
    QTest::newRow("nominal: codeorg_url") << QByteArray("codeorg_url('/learn')") << QByteArray("kg")
                                          << ky << QByteArray("https://code.org/learn") << false;
    QTest::newRow("nominal: hoc_uri") << QByteArray("hoc_uri('/how-to')") << QByteArray("kg") << ky
                                      << QByteArray("/kg/ky/how-to") << false;
    QTest::newRow("nominal: campaign_date full")
        << QByteArray("campaign_date('full')") << QByteArray("kg") << ky
        << QByteArray("4-10-декабрда") << false;
    QTest::newRow("nominal: campaign_date dashes become underscores")
        << QByteArray("campaign_date('start-short')") << QByteArray("kg") << ky
        << QByteArray("Dec. 9") << false;
    QTest::newRow("nominal: campaign_date unknown format behaves like full")
        << QByteArray("campaign_date('weird')") << QByteArray("kg") << ky
        << QByteArray("4-10-декабрда") << false;
    QTest::newRow("nominal: localized_file")
        << QByteArray("localized_file('/files/x.pdf')") << QByteArray("kg") << ky
        << QByteArray("/files/x.pdf") << false;
    QTest::newRow("nominal: localized_image is a site URL with country and language")
        << QByteArray("localized_image('/images/x.png')") << QByteArray("kg") << ky
        << QByteArray("/kg/ky/images/x.png") << false;
    QTest::newRow("nominal: localized_image names English too")
        << QByteArray("localized_image('/images/x.png')") << QByteArray("us") << en
        << QByteArray("/us/en/images/x.png") << false;
    QTest::newRow("nominal: localized_image of a path without a leading slash")
        << QByteArray("localized_image('images/x.png')") << QByteArray("kz") << ky
        << QByteArray("/kz/ky/images/x.png") << false;
    QTest::newRow("robustness: localized_image keeps .. as File.join does")
        << QByteArray("localized_image('../x.png')") << QByteArray("kg") << ky
        << QByteArray("/kg/ky/../x.png") << false;
    QTest::newRow("robustness: localized_image drops one slash of a doubled join")
        << QByteArray("localized_image('//images/x.png')") << QByteArray("kg") << ky
        << QByteArray("/kg/ky//images/x.png") << false;
    QTest::newRow("robustness: localized_image of an empty path ends with a slash")
        << QByteArray("localized_image('')") << QByteArray("kg") << ky << QByteArray("/kg/ky/")
        << false;
    QTest::newRow("nominal: @country")
        << QByteArray("@country") << QByteArray("kg") << ky << QByteArray("kg") << false;
    QTest::newRow("nominal: country comparison")
        << QByteArray("@country == 'us'") << QByteArray("kg") << ky << QByteArray("false") << false;
    QTest::newRow("nominal: include? on an array")
        << QByteArray("['kg', 'kz'].include?(@country)") << QByteArray("kg") << ky
        << QByteArray("true") << false;
    QTest::newRow("nominal: request.host") << QByteArray("request.host") << QByteArray("kg") << ky
                                           << QByteArray("hourofcode.com") << false;
    QTest::newRow("nominal: concatenation")
        << QByteArray("@country + '/' + @language") << QByteArray("kg") << ky << QByteArray("kg/ky")
        << false;
    QTest::newRow("nominal: a database query has no rows")
        << QByteArray("DB[:cdo_partners].where(kind_s: 'x').all.to_a.empty?") << QByteArray("kg")
        << ky << QByteArray("true") << false;
    QTest::newRow("nominal: hash index with a symbol key")
        << QByteArray("{:name_s=>'ABC', b: 'x'}[:name_s].downcase") << QByteArray("kg") << ky
        << QByteArray("abc") << false;
    QTest::newRow("nominal: array index")
        << QByteArray("['a', 'b'][1]") << QByteArray("kg") << ky << QByteArray("b") << false;
    QTest::newRow("nominal: to_query sorts keys, nil gives key=")
        << QByteArray("{:url=>'http://x.org/a b', :hashtags=>'', :via=>nil}.to_query")
        << QByteArray("kg") << ky << QByteArray("hashtags=&url=http%3A%2F%2Fx.org%2Fa+b&via=")
        << false;
    QTest::newRow("nominal: to_query form-encodes UTF-8 and keeps *-._")
        << QByteArray("{text: 'Код #1 *-._~&'}.to_query") << QByteArray("kg") << ky
        << QByteArray("text=%D0%9A%D0%BE%D0%B4+%231+*-._%7E%26") << false;
    QTest::newRow("nominal: to_query of nested hashes and arrays, as Rails")
        << QByteArray("{b: [1, 2], a: {c: 'd'}, e: []}.to_query") << QByteArray("kg") << ky
        << QByteArray("a%5Bc%5D=d&b%5B%5D=1&b%5B%5D=2") << false;
    QTest::newRow("nominal: to_s of nil")
        << QByteArray("nil.to_s + 'x'") << QByteArray("kg") << ky << QByteArray("x") << false;
    QTest::newRow("robustness: index of a missing key is nil")
        << QByteArray("{a: 'x'}[:b].nil?") << QByteArray("kg") << ky << QByteArray("true") << false;
    QTest::newRow("robustness: unknown helper")
        << QByteArray("system('ls')") << QByteArray("kg") << ky << QByteArray() << true;
    QTest::newRow("robustness: File.read")
        << QByteArray("File.read('/etc/passwd')") << QByteArray("kg") << ky << QByteArray() << true;
    QTest::newRow("robustness: eval")
        << QByteArray("eval(\"1+1\")") << QByteArray("kg") << ky << QByteArray() << true;
    QTest::newRow("robustness: hoc_s with a computed key")
        << QByteArray("hoc_s(key)") << QByteArray("kg") << ky << QByteArray() << true;
    QTest::newRow("robustness: unparsable") << QByteArray("hoc_s(\xE2\x80\x98x\xE2\x80\x99)")
                                            << QByteArray("kg") << ky << QByteArray() << true;
}

void TestTemplateEvaluator::expressions()
{
    QFETCH(QByteArray, expression);
    QFETCH(QByteArray, country);
    QFETCH(QString, language);
    QFETCH(QByteArray, expected);
    QFETCH(bool, unknown);
    bool isUnknown = false;
    const QByteArray result = evaluate(expression, country, language, &isUnknown);
    QCOMPARE(isUnknown, unknown);
    if (!unknown)
        QCOMPARE(QString::fromUtf8(result), QString::fromUtf8(expected));
}

void TestTemplateEvaluator::templates_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("country");
    QTest::addColumn<QByteArray>("expected"); // placeholders show as [[tag]]

    const QByteArray conditional =
        "A<% if @country == 'us' %>US<% elsif @country == 'kg' %>KG<% else %>OTHER<% end %>B";
    QTest::newRow("nominal: if branch") << conditional << QByteArray("us") << QByteArray("AUSB");
    QTest::newRow("nominal: elsif branch") << conditional << QByteArray("kg") << QByteArray("AKGB");
    QTest::newRow("nominal: else branch")
        << conditional << QByteArray("fr") << QByteArray("AOTHERB");
    QTest::newRow("nominal: unless") << QByteArray("<% unless @country == 'us' %>x<% end %>")
                                     << QByteArray("kg") << QByteArray("x");
    QTest::newRow("nominal: comment prints nothing")
        << QByteArray("a<%# note %>b") << QByteArray("kg") << QByteArray("ab");
    QTest::newRow("nominal: trim newline")
        << QByteArray("<%# x -%>\nline") << QByteArray("kg") << QByteArray("line");
    QTest::newRow("nominal: literal <%%")
        << QByteArray("a <%% b") << QByteArray("kg") << QByteArray("a <% b");
    QTest::newRow("nominal: a code block sets locals that later tags see")
        << QByteArray("<% a = {u: \"http://#{request.host}/us\"}; b = hoc_s(:title)\n"
                      "  c = [a[:u],\n b] %><%= a.to_query %> <%= b %> <%= c[0] %>")
        << QByteArray("kg")
        << QByteArray("u=http%3A%2F%2Fhourofcode.com%2Fus Пресс-кит http://hourofcode.com/us");
    QTest::newRow("nominal: element assignment with an unless modifier")
        << QByteArray("<%\n  t = {:hashtags=>'', :x=>'y'}\n"
                      "  t[:hashtags] = 'HourOfCode' unless hoc_s(:title).include? '#HourOfCode'\n"
                      "  t[:x] = 'z' if t[:x] == 'no'\n%><%= t.to_query %>")
        << QByteArray("kg") << QByteArray("hashtags=HourOfCode&x=y");
    QTest::newRow("robustness: Ruby code becomes a placeholder")
        << QByteArray("a<% while true; end %>b") << QByteArray("kg")
        << QByteArray("a[[<% while true; end %>]]b");
    QTest::newRow("robustness: unknown condition is a placeholder, branches not shown")
        << QByteArray("<% if x %>Y<% end %>z") << QByteArray("kg") << QByteArray("[[<% if x %>]]z");
    QTest::newRow("robustness: missing end is a placeholder after the branch")
        << QByteArray("<% if @country == 'kg' %>Y") << QByteArray("kg")
        << QByteArray("Y[[<% if @country == 'kg' %>]]");
    QTest::newRow("robustness: stray end")
        << QByteArray("a<% end %>") << QByteArray("kg") << QByteArray("a[[<% end %>]]");
    QTest::newRow("robustness: unterminated tag")
        << QByteArray("a <%= hoc_s(:x)") << QByteArray("kg") << QByteArray("a [[<%= hoc_s(:x)]]");
    QTest::newRow("robustness: hostile output tag")
        << QByteArray("<%= `cat /etc/passwd` %>") << QByteArray("kg")
        << QByteArray("[[<%= `cat /etc/passwd` %>]]");
}

void TestTemplateEvaluator::templates()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, country);
    QFETCH(QByteArray, expected);
    RenderEnvironment env;
    env.english = m_english.get();
    env.strings = m_kyrgyz.get();
    env.language = QStringLiteral("ky");
    env.languageUtf8 = "ky";
    env.country = country;
    env.explicitLanguage = true;
    Placeholders placeholders(input);
    const TemplateEvaluator evaluator(env, placeholders);
    const TemplateTree tree = TemplateTree::parse(TemplateLexer::tokenize(input), input, 0);
    Expansion out;
    evaluator.run(tree, input, 0, input, 0, TemplateEvaluator::Syntax::Evaluate,
                  TemplateEvaluator::Syntax::Placeholder, out);
    QByteArray text = out.text();
    for (int i = 0; i < placeholders.items().size(); ++i) {
        text.replace(placeholders.prefix() + 'P' + QByteArray::number(i) + 'Z',
                     "[[" + placeholders.items().at(i).shown + "]]");
    }
    QCOMPARE(text, expected);
    // Every placeholder says why.
    for (const Placeholders::Item &item : placeholders.items())
        QVERIFY(!item.reason.isEmpty());
}

void TestTemplateEvaluator::views_data()
{
    QTest::addColumn<QByteArray>("expression");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("contains");

    QTest::newRow("nominal: Haml partial with nested elements and hoc_s")
        << QByteArray("view :share_buttons") << QStringLiteral("en")
        << QByteArray("<div class='share-buttons'>");
    QTest::newRow("nominal: localized partial is searched first")
        << QByteArray("view :signup_button") << QStringLiteral("ky")
        << QByteArray("signup-button-ky");
    QTest::newRow("nominal: English partial for English")
        << QByteArray("view :signup_button") << QStringLiteral("en")
        << QByteArray("<a href='/us/#join'>");
    QTest::newRow("nominal: ERB partial")
        << QByteArray("view 'urls/learn'") << QStringLiteral("ky") << QByteArray("/kg/ky/learn");
}

void TestTemplateEvaluator::views()
{
    QFETCH(QByteArray, expression);
    QFETCH(QString, language);
    QFETCH(QByteArray, contains);
    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY2(project, qPrintable(error));
    const ViewLibrary views(project.get());
    const auto strings = project->catalog(language);
    const auto english = project->catalog(QStringLiteral("en"));
    RenderEnvironment env;
    env.project = project.get();
    env.views = &views;
    env.strings = strings.get();
    env.english = english.get();
    env.language = language;
    env.languageUtf8 = language.toUtf8();
    env.country = language == QLatin1String("ky") ? "kg" : "us";
    env.explicitLanguage = language != QLatin1String("en");
    Placeholders placeholders(expression);
    const TemplateEvaluator evaluator(env, placeholders);
    const Value v = evaluator.evaluate(ExpressionParser::parseExpression(expression));
    QVERIFY2(!v.isUnknown(), qPrintable(v.reason));
    QVERIFY2(v.text.contains(contains), v.text.constData());
}

void TestTemplateEvaluator::haml_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("preview");
    QTest::addColumn<QByteArray>("expected"); // placeholders show as [[line]]

    QTest::newRow("nominal: ||= nil, then unless nil_or_empty? skips its block")
        << QByteArray("-x ||= nil\n-unless x.nil_or_empty?\n  %p yes\n%p after") << false
        << QByteArray("<p>after</p>\n");
    QTest::newRow("nominal: an assignment is seen by later lines")
        << QByteArray("- a = 'b'\n%p= a") << false << QByteArray("<p>b</p>\n");
    QTest::newRow("nominal: each over a literal array")
        << QByteArray("- ['a', 'b'].each do |x|\n  %i= x") << false
        << QByteArray("<i>a</i>\n<i>b</i>\n");
    QTest::newRow("nominal: each_slice groups a local array")
        << QByteArray("- list = [1, 2, 3]\n- list.each_slice(2) do |g|\n  .row\n"
                      "    - g.each do |x|\n      %i= x")
        << false
        << QByteArray("<div class='row'>\n<i>1</i>\n<i>2</i>\n</div>\n<div class='row'>\n"
                      "<i>3</i>\n</div>\n");
    QTest::newRow("nominal: each over a hash yields key and value")
        << QByteArray("- {a: 1, b: 2}.each do |k, v|\n  %i #{k}=#{v}") << false
        << QByteArray("<i>a=1</i>\n<i>b=2</i>\n");
    QTest::newRow("nominal: block parameters do not leak")
        << QByteArray("- x = 'out'\n- ['in'].each do |x|\n  - y = x\n  %i= x\n%p= x") << false
        << QByteArray("<i>in</i>\n<p>out</p>\n");
    QTest::newRow("nominal: if/elsif/else with ==, !=, !, && and ||")
        << QByteArray("- x = 'a'\n- if x == 'b' || x.nil?\n  %p one\n"
                      "- elsif x != 'b' && !x.empty?\n  %p two\n- else\n  %p three")
        << false << QByteArray("<p>two</p>\n");
    QTest::newRow("nominal: interpolation and to_query in an attribute string")
        << QByteArray("- t = {:url=>'http://x.org', :text=>'a b'}\n"
                      "%a{:href=>\"https://twitter.com/share?#{t.to_query}\"} T")
        << false
        << QByteArray("<a href='https://twitter.com/share?text=a+b&amp;url=http%3A%2F%2Fx.org'>"
                      "T</a>\n");
    QTest::newRow("nominal: interpolation in plain text")
        << QByteArray("%p Host: #{request.host}") << false
        << QByteArray("<p>Host: hourofcode.com</p>\n");
    QTest::newRow("nominal: element assignment with an unless modifier")
        << QByteArray("- t = {a: ''}\n- t[:a] = 'x' unless 'abc'.include? 'z'\n%p= t[:a]") << false
        << QByteArray("<p>x</p>\n");
    QTest::newRow("nominal: concatenation and to_s")
        << QByteArray("= @country + '/' + @language.to_s") << false << QByteArray("kg/ky\n");
    QTest::newRow("nominal: a database query runs no block and adds nothing for export")
        << QByteArray("-rows = DB[:cdo_cs_statistics].all.to_a\n- rows.each do |r|\n  %p= r[:x]\n"
                      "%p end")
        << false << QByteArray("<p>end</p>\n");
    QTest::newRow("nominal: the preview marks where database rows would be, without text")
        << QByteArray("-rows = DB[:cdo_cs_statistics].all.to_a\n- rows.each do |r|\n  %p= r[:x]\n"
                      "%p end")
        << true << QByteArray("<span class='tilmech-no-rows' title='NOROWS'></span>\n<p>end</p>\n");
    QTest::newRow("nominal: javascript filter indented, with interpolation")
        << QByteArray(
               ":javascript\n  var a = '#{request.host}';\n\n  if (b) {\n    c();\n  }\n%p x")
        << false
        << QByteArray("<script>\n  var a = 'hourofcode.com';\n  \n  if (b) {\n    c();\n  }\n"
                      "</script>\n<p>x</p>\n");
    QTest::newRow("robustness: javascript interpolation that cannot be evaluated is left out")
        << QByteArray(":javascript\n  var s = #{JSON.parse(x)};") << false
        << QByteArray("<script>\n  var s = ;\n</script>\n");
    QTest::newRow("robustness: each over something unknown is a placeholder")
        << QByteArray("- foo.each do |x|\n  %p= x") << false
        << QByteArray("[[- foo.each do |x|]]\n");
    QTest::newRow("robustness: each_slice(0) is a placeholder")
        << QByteArray("- [1].each_slice(0) do |g|\n  %p= g") << false
        << QByteArray("[[- [1].each_slice(0) do |g|]]\n");
    const QByteArray hugeLoop = "- [" + QByteArray("1,").repeated(20000) + "1].each do |x|";
    QTest::newRow("robustness: a loop past the iteration limit is a placeholder")
        << QByteArray(hugeLoop + "\n  %i= x") << false << QByteArray("[[" + hugeLoop + "]]\n");
}

void TestTemplateEvaluator::haml()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, preview);
    QFETCH(QByteArray, expected);
    RenderEnvironment env;
    env.english = m_english.get();
    env.strings = m_kyrgyz.get();
    env.language = QStringLiteral("ky");
    env.languageUtf8 = "ky";
    env.country = "kg";
    env.explicitLanguage = true;
    env.preview = preview;
    Placeholders placeholders(source);
    const TemplateEvaluator evaluator(env, placeholders);
    QByteArray text;
    HamlTemplate::parse(source).render(evaluator, text);
    for (int i = 0; i < placeholders.items().size(); ++i) {
        text.replace(placeholders.prefix() + 'P' + QByteArray::number(i) + 'Z',
                     "[[" + placeholders.items().at(i).shown + "]]");
    }
    // The marker's title is translated; only its presence and emptiness matter.
    static const QRegularExpression title(QStringLiteral("title='[^']*'"));
    text = QString::fromUtf8(text).replace(title, QStringLiteral("title='NOROWS'")).toUtf8();
    QCOMPARE(text, expected);
}

// A loop within the iteration limit over a long body would still multiply it: its output
// stops at the expansion budget's byte limit, with a placeholder saying why.
void TestTemplateEvaluator::loopOutputBounded()
{
    const QByteArray source = "- [" + QByteArray("1,").repeated(9000) + "1].each do |x|\n  %p " +
                              QByteArray("x").repeated(4000) + '\n';
    RenderEnvironment env;
    Placeholders placeholders(source);
    const TemplateEvaluator evaluator(env, placeholders);
    QByteArray out;
    HamlTemplate::parse(source).render(evaluator, out);
    QVERIFY(out.size() < ExpansionBudget::MaxBytes + 8000);
    QCOMPARE(placeholders.items().size(), 1);
    QCOMPARE(placeholders.items().front().reason, ExpansionBudget::reason());
}

void TestTemplateEvaluator::joinPath_data()
{
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QByteArray>("joined");
    QTest::newRow("nominal: slashes collapse at joints")
        << QStringList{QStringLiteral("/"), QStringLiteral("kg"), QStringLiteral("/x/")}
        << QByteArray("/kg/x/");
    QTest::newRow("nominal: empty parts dropped")
        << QStringList{QStringLiteral("/"), QStringLiteral("kg"), QString(), QStringLiteral("x")}
        << QByteArray("/kg/x");
    QTest::newRow("nominal: slash added between parts")
        << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QByteArray("a/b");
}

void TestTemplateEvaluator::joinPath()
{
    QFETCH(QStringList, parts);
    QFETCH(QByteArray, joined);
    QVector<QByteArray> bytes;
    for (const QString &p : parts)
        bytes.append(p.toUtf8());
    while (bytes.size() < 4)
        bytes.append(QByteArray());
    QCOMPARE(TemplateEvaluator::joinPath({bytes[0], bytes[1], bytes[2], bytes[3]}), joined);
}

QTEST_GUILESS_MAIN(TestTemplateEvaluator)
#include "tst_templateevaluator.moc"
