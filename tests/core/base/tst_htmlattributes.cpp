// The one reader of attribute values in HTML: where it looks (anywhere, or inside tags
// only), what it reads as a value (quoted, bare), and what it leaves (names glued to other
// text, names inside quoted values of a tag, unclosed quotes).

#include "base/htmlattributes.h"

#include <QTest>

using namespace Tilmech;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestHtmlAttributes : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void unclosedQuote();
    void skipToStartsAfresh();
    void nextTag_data();
    void nextTag();
};

Q_DECLARE_METATYPE(HtmlAttributes::Scope)

void TestHtmlAttributes::values_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<HtmlAttributes::Scope>("scope");
    QTest::addColumn<QStringList>("expected"); // "name=value" in text order
    const auto anywhere = HtmlAttributes::Scope::Anywhere;
    const auto inTags = HtmlAttributes::Scope::InTags;
    QTest::newRow("nominal: double, single and bare values")
        << QByteArray("<a href=\"/a\"><img src='/b.png'> <a href=/c>") << inTags
        << strings({"href=/a", "src=/b.png", "href=/c"});
    QTest::newRow("nominal: text order, whatever the name")
        << QByteArray("<img src=\"1\"><a href=\"2\">") << anywhere << strings({"src=1", "href=2"});
    QTest::newRow("nominal: names in any case inside tags")
        << QByteArray("<A HREF=\"/x\">") << inTags << strings({"href=/x"});
    QTest::newRow("edge: names as written anywhere")
        << QByteArray("<A HREF=\"/x\">") << anywhere << QStringList{};
    QTest::newRow("edge: a name glued to other text is no attribute")
        << QByteArray("<a data-href=\"/no\" xsrc=1>") << inTags << QStringList{};
    QTest::newRow("edge: tab and line break before a name")
        << QByteArray("<a\thref=\"/t\"\nsrc=\"/n\">") << inTags << strings({"href=/t", "src=/n"});
    QTest::newRow("edge: in tags, a name inside another value is text")
        << QByteArray("<a title=\" href=no\" href=\"/yes\">") << inTags << strings({"href=/yes"});
    QTest::newRow("edge: in tags, text between tags is not read")
        << QByteArray("<p>write href=\"/no\" here</p>") << inTags << QStringList{};
    QTest::newRow("edge: anywhere, text between tags is read")
        << QByteArray("<p>see href=\"/yes\"</p>") << anywhere << strings({"href=/yes"});
    QTest::newRow("edge: bare value ends at '>' or a space")
        << QByteArray("<a href=/x>t</a> <a href=/y title=z>") << inTags
        << strings({"href=/x", "href=/y"});
    QTest::newRow("edge: empty values")
        << QByteArray("<a href=\"\" src=''>") << inTags << strings({"href=", "src="});
    QTest::newRow("robustness: a name at the very end")
        << QByteArray("<a href=") << inTags << QStringList{};
    QTest::newRow("robustness: '<' without a letter is no tag")
        << QByteArray("a < b href=\"/no\" <3") << inTags << QStringList{};
    QTest::newRow("nominal: multibyte values kept as bytes")
        << QByteArray("<a href=\"/ky/бет\">") << inTags << strings({"href=/ky/бет"});
}

void TestHtmlAttributes::values()
{
    QFETCH(QByteArray, html);
    QFETCH(HtmlAttributes::Scope, scope);
    QFETCH(QStringList, expected);
    HtmlAttributes attributes(html, {QByteArrayLiteral("href"), QByteArrayLiteral("src")}, scope);
    const QStringList names{QStringLiteral("href"), QStringLiteral("src")};
    QStringList got;
    HtmlAttributes::Found found;
    while (attributes.next(found)) {
        QVERIFY(found.end >= found.begin);
        got << names.at(found.name) + QLatin1Char('=') +
                   QString::fromUtf8(html.mid(found.begin, found.end - found.begin));
    }
    QCOMPARE(got, expected);
}

void TestHtmlAttributes::unclosedQuote()
{
    const QByteArray html = "<a href=\"/open>text</a> <a href=\"/after\">";
    HtmlAttributes attributes(html, {QByteArrayLiteral("href")}, HtmlAttributes::Scope::InTags);
    HtmlAttributes::Found found;
    QVERIFY(attributes.next(found));
    QCOMPARE(found.quote, '"');
    QCOMPARE(found.begin, html.indexOf("/open"));
    // It closes at the next quote, the opening one of the next tag's value.
    QCOMPARE(found.end, html.indexOf('"', found.begin));
    QVERIFY(!attributes.next(found));

    const QByteArray never = "<a href=\"/never> text";
    HtmlAttributes unclosed(never, {QByteArrayLiteral("href")}, HtmlAttributes::Scope::InTags);
    QVERIFY(unclosed.next(found));
    QCOMPARE(found.end, qsizetype(-1));
    QVERIFY(!unclosed.next(found));
}

void TestHtmlAttributes::skipToStartsAfresh()
{
    const QByteArray html = "<a href=\"/one <b> <a href=\"/two\">";
    HtmlAttributes attributes(html, {QByteArrayLiteral("href")}, HtmlAttributes::Scope::InTags);
    HtmlAttributes::Found found;
    QVERIFY(attributes.next(found));
    QCOMPARE(found.begin, html.indexOf("/one"));
    attributes.skipTo(html.indexOf("<b>")); // the caller ends the runaway value at a tag
    QVERIFY(attributes.next(found));
    QCOMPARE(html.mid(found.begin, found.end - found.begin), QByteArray("/two"));
    QCOMPARE(found.tagStart, html.lastIndexOf("<a"));
}

void TestHtmlAttributes::nextTag_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<bool>("closing");
    QTest::addColumn<int>("expected");
    QTest::newRow("nominal: an opening tag") << QByteArray("a < b <p>") << false << 6;
    QTest::newRow("nominal: a closing tag when asked") << QByteArray("x</p><b>") << true << 1;
    QTest::newRow("edge: a closing tag passed over otherwise")
        << QByteArray("x</p><b>") << false << 5;
    QTest::newRow("edge: '<' and a digit is text") << QByteArray("1 <2 <3") << true << -1;
    QTest::newRow("robustness: '<' at the very end") << QByteArray("text <") << true << -1;
}

void TestHtmlAttributes::nextTag()
{
    QFETCH(QByteArray, html);
    QFETCH(bool, closing);
    QFETCH(int, expected);
    QCOMPARE(HtmlAttributes::nextTag(html, 0, html.size(), closing), qsizetype(expected));
}

QTEST_GUILESS_MAIN(TestHtmlAttributes)
#include "tst_htmlattributes.moc"
