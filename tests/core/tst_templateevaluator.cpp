// Helper expansion as FORMAT.md describes it: hoc_s with English fallback and %{name}
// locals, resolve_url for a country and language, codeorg_url, hoc_uri, campaign_date,
// localized files, .inspect, @country conditionals, and placeholders for everything else.

#include "catalog.h"
#include "expressionparser.h"
#include "placeholders.h"
#include "project.h"
#include "renderenvironment.h"
#include "templateevaluator.h"
#include "templatelexer.h"
#include "templatetree.h"
#include "testsupport.h"
#include "viewlibrary.h"

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
        << QByteArray("hoc_s(:only_en)") << QByteArray("kg") << ky
        << QByteArray("Only in English") << false;
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
    QTest::newRow("nominal: resolve_url of /")
        << QByteArray("resolve_url('/')") << QByteArray("kg") << ky << QByteArray("/kg/ky/")
        << false;
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
        << QByteArray("resolve_url('code.org')") << QByteArray("kg") << ky
        << QByteArray("code.org") << false;
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
    QTest::newRow("nominal: campaign_date full") << QByteArray("campaign_date('full')")
                                                 << QByteArray("kg") << ky
                                                 << QByteArray("4-10-декабрда") << false;
    QTest::newRow("nominal: campaign_date dashes become underscores")
        << QByteArray("campaign_date('start-short')") << QByteArray("kg") << ky
        << QByteArray("Dec. 9") << false;
    QTest::newRow("nominal: campaign_date unknown format behaves like full")
        << QByteArray("campaign_date('weird')") << QByteArray("kg") << ky
        << QByteArray("4-10-декабрда") << false;
    QTest::newRow("nominal: localized_file") << QByteArray("localized_file('/files/x.pdf')")
                                             << QByteArray("kg") << ky
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
    QTest::newRow("nominal: @country") << QByteArray("@country") << QByteArray("kg") << ky
                                       << QByteArray("kg") << false;
    QTest::newRow("nominal: country comparison") << QByteArray("@country == 'us'")
                                                 << QByteArray("kg") << ky << QByteArray("false")
                                                 << false;
    QTest::newRow("nominal: include? on an array")
        << QByteArray("['kg', 'kz'].include?(@country)") << QByteArray("kg") << ky
        << QByteArray("true") << false;
    QTest::newRow("nominal: request.host") << QByteArray("request.host") << QByteArray("kg") << ky
                                           << QByteArray("hourofcode.com") << false;
    QTest::newRow("nominal: concatenation") << QByteArray("@country + '/' + @language")
                                            << QByteArray("kg") << ky << QByteArray("kg/ky")
                                            << false;
    QTest::newRow("robustness: database query") << QByteArray("DB[:cdo_partners].all")
                                                << QByteArray("kg") << ky << QByteArray() << true;
    QTest::newRow("robustness: unknown helper") << QByteArray("system('ls')") << QByteArray("kg")
                                                << ky << QByteArray() << true;
    QTest::newRow("robustness: File.read") << QByteArray("File.read('/etc/passwd')")
                                           << QByteArray("kg") << ky << QByteArray() << true;
    QTest::newRow("robustness: eval") << QByteArray("eval(\"1+1\")") << QByteArray("kg") << ky
                                      << QByteArray() << true;
    QTest::newRow("robustness: hoc_s with a computed key") << QByteArray("hoc_s(key)")
                                                           << QByteArray("kg") << ky
                                                           << QByteArray() << true;
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
    QTest::newRow("nominal: else branch") << conditional << QByteArray("fr") << QByteArray("AOTHERB");
    QTest::newRow("nominal: unless") << QByteArray("<% unless @country == 'us' %>x<% end %>")
                                     << QByteArray("kg") << QByteArray("x");
    QTest::newRow("nominal: comment prints nothing") << QByteArray("a<%# note %>b")
                                                     << QByteArray("kg") << QByteArray("ab");
    QTest::newRow("nominal: trim newline") << QByteArray("<%# x -%>\nline")
                                           << QByteArray("kg") << QByteArray("line");
    QTest::newRow("nominal: literal <%%") << QByteArray("a <%% b") << QByteArray("kg")
                                          << QByteArray("a <% b");
    QTest::newRow("robustness: Ruby code becomes a placeholder")
        << QByteArray("a<% x = 1 %>b") << QByteArray("kg") << QByteArray("a[[<% x = 1 %>]]b");
    QTest::newRow("robustness: unknown condition is a placeholder, branches not shown")
        << QByteArray("<% if x %>Y<% end %>z") << QByteArray("kg")
        << QByteArray("[[<% if x %>]]z");
    QTest::newRow("robustness: missing end is a placeholder after the branch")
        << QByteArray("<% if @country == 'kg' %>Y") << QByteArray("kg")
        << QByteArray("Y[[<% if @country == 'kg' %>]]");
    QTest::newRow("robustness: stray end") << QByteArray("a<% end %>") << QByteArray("kg")
                                           << QByteArray("a[[<% end %>]]");
    QTest::newRow("robustness: unterminated tag") << QByteArray("a <%= hoc_s(:x)")
                                                  << QByteArray("kg")
                                                  << QByteArray("a [[<%= hoc_s(:x)]]");
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
    QTest::newRow("nominal: ERB partial") << QByteArray("view 'urls/learn'")
                                          << QStringLiteral("ky") << QByteArray("/kg/ky/learn");
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
