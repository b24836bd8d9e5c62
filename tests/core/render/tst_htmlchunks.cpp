// HtmlChunks: rendered HTML cut at the top level, so the preview replaces only what changed.

#include "render/htmlchunks.h"

#include <QTest>

using namespace Tilmech;

class TestHtmlChunks : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void hashesFollowText();
};

void TestHtmlChunks::split_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::newRow("nominal: one chunk per top-level line")
        << QByteArray("<h1>T</h1>\n<p>a</p>\n<p>b</p>\n")
        << QList<QByteArray>{"<h1>T</h1>\n", "<p>a</p>\n", "<p>b</p>\n"};
    QTest::newRow("nominal: an element over several lines stays whole")
        << QByteArray("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>c</p>\n")
        << QList<QByteArray>{"<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n", "<p>c</p>\n"};
    QTest::newRow("nominal: void elements open nothing")
        << QByteArray("<hr>\n<img src=\"a.png\">\n<br/>\n")
        << QList<QByteArray>{"<hr>\n", "<img src=\"a.png\">\n", "<br/>\n"};
    QTest::newRow("robustness: a '>' inside a quoted attribute")
        << QByteArray("<a title=\"x > y\">\nz</a>\n<p>c</p>\n")
        << QList<QByteArray>{"<a title=\"x > y\">\nz</a>\n", "<p>c</p>\n"};
    QTest::newRow("robustness: markup inside a script is text")
        << QByteArray("<script>\nif (a <b) x = '<div>';\n</script>\n<p>c</p>\n")
        << QList<QByteArray>{"<script>\nif (a <b) x = '<div>';\n</script>\n", "<p>c</p>\n"};
    QTest::newRow("robustness: a comment hides its tags")
        << QByteArray("<!-- <div>\n -->\n<p>c</p>")
        << QList<QByteArray>{"<!-- <div>\n -->\n", "<p>c</p>"};
    QTest::newRow("robustness: an element never closed runs to the end")
        << QByteArray("<div>\n<p>a</p>\n") << QList<QByteArray>{"<div>\n<p>a</p>\n"};
    QTest::newRow("robustness: empty") << QByteArray() << QList<QByteArray>{};
}

// The chunks follow one another and cover the HTML.
void TestHtmlChunks::split()
{
    QFETCH(QByteArray, html);
    QFETCH(QList<QByteArray>, chunks);
    const QVector<HtmlChunks::Chunk> found = HtmlChunks::split(html);
    QList<QByteArray> texts;
    qsizetype at = 0;
    for (const HtmlChunks::Chunk &chunk : found) {
        QCOMPARE(chunk.begin, at);
        texts.append(html.mid(chunk.begin, chunk.end - chunk.begin));
        at = chunk.end;
    }
    QCOMPARE(at, html.size());
    QCOMPARE(texts, chunks);
}

void TestHtmlChunks::hashesFollowText()
{
    const auto first = HtmlChunks::split("<p>a</p>\n<p>b</p>\n<p>c</p>\n");
    const auto second = HtmlChunks::split("<p>a</p>\n<p>B</p>\n<p>c</p>\n");
    QCOMPARE(first.size(), 3);
    QCOMPARE(second.size(), 3);
    QCOMPARE(first.at(0).hash, second.at(0).hash);
    QVERIFY(first.at(1).hash != second.at(1).hash);
    QCOMPARE(first.at(2).hash, second.at(2).hash);
}

QTEST_GUILESS_MAIN(TestHtmlChunks)
#include "tst_htmlchunks.moc"
