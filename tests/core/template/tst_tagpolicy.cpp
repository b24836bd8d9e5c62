// TagPolicy: the helpers Tilmech knows and the arguments each takes.

#include "template/expressionparser.h"
#include "template/tagpolicy.h"

#include <QTest>

using namespace Tilmech;

class TestTagPolicy : public QObject
{
    Q_OBJECT

private slots:
    void knownHelpers();
    void arguments_data();
    void arguments();
    void campaignFormats_data();
    void campaignFormats();
};

void TestTagPolicy::knownHelpers()
{
    for (const char *name : {"hoc_s", "resolve_url", "campaign_date", "view"})
        QVERIFY2(TagPolicy::isKnownHelper(name), name);
    QVERIFY(!TagPolicy::isKnownHelper("make_magic"));
    for (const QByteArray &name : TagPolicy::helperNames())
        QVERIFY(TagPolicy::isKnownHelper(name));
}

void TestTagPolicy::arguments_data()
{
    QTest::addColumn<QByteArray>("call");
    QTest::addColumn<QString>("problemHas"); // empty: no problem
    QTest::newRow("nominal: hoc_s with a symbol") << QByteArray("hoc_s(:title)") << QString();
    QTest::newRow("nominal: hoc_s with a string") << QByteArray("hoc_s('title')") << QString();
    QTest::newRow("nominal: hoc_s with locals")
        << QByteArray("hoc_s(:count, locals: {count: 5})") << QString();
    QTest::newRow("robustness: hoc_s without an id")
        << QByteArray("hoc_s()") << QStringLiteral("hoc_s takes one string id");
    QTest::newRow("robustness: hoc_s with another option")
        << QByteArray("hoc_s(:title, markdown: true)") << QStringLiteral("locals");
    QTest::newRow("nominal: resolve_url with a path")
        << QByteArray("resolve_url('/learn')") << QString();
    QTest::newRow("robustness: resolve_url with a symbol")
        << QByteArray("resolve_url(:learn)") << QStringLiteral("one quoted path");
    QTest::newRow("nominal: campaign_date with a format")
        << QByteArray("campaign_date('full')") << QString();
    QTest::newRow("robustness: campaign_date with an unknown format")
        << QByteArray("campaign_date('long')") << QStringLiteral("has no format 'long'");
    QTest::newRow("nominal: a method call is not judged") << QByteArray("x.y(1, 2)") << QString();
}

void TestTagPolicy::arguments()
{
    QFETCH(QByteArray, call);
    QFETCH(QString, problemHas);
    const QString problem = TagPolicy::argumentProblem(ExpressionParser::parseExpression(call));
    if (problemHas.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemHas), qPrintable(problem));
}

void TestTagPolicy::campaignFormats_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<bool>("known");
    for (const char *f : {"start-short", "start-long", "short", "full", "year", "full-year"})
        QTest::newRow(qPrintable(QStringLiteral("nominal: %1").arg(QLatin1String(f))))
            << QByteArray(f) << true;
    QTest::newRow("robustness: upper case") << QByteArray("FULL") << false;
    QTest::newRow("robustness: empty") << QByteArray() << false;
}

void TestTagPolicy::campaignFormats()
{
    QFETCH(QByteArray, format);
    QFETCH(bool, known);
    QCOMPARE(TagPolicy::isKnownCampaignFormat(format), known);
}

QTEST_GUILESS_MAIN(TestTagPolicy)
#include "tst_tagpolicy.moc"
