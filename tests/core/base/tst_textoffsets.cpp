// TextOffsets: byte offsets of a file and positions in the text the editor shows for it.

#include "base/textoffsets.h"

#include <QString>
#include <QTest>

using namespace Tilmech;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private slots:
    void positions_data();
    void positions();
    void roundTrip_data();
    void roundTrip();
};

void TestTextOffsets::positions_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("byteOffset");
    QTest::addColumn<int>("textPosition");
    QTest::newRow("nominal: ASCII") << QByteArray("abc\ndef") << 5 << 5;
    QTest::newRow("nominal: Cyrillic letters are two bytes, one unit")
        << QByteArray("аб\nв") << 5 << 3;
    QTest::newRow("nominal: the byte order mark is not shown") << QByteArray("\xEF\xBB\xBF"
                                                                             "ab")
                                                               << 4 << 1;
    QTest::newRow("nominal: CR LF is shown as one line break") << QByteArray("a\r\nb") << 3 << 2;
    QTest::newRow("nominal: a character outside the BMP is two units")
        << QByteArray("\xF0\x9F\x98\x80"
                      "a")
        << 4 << 2;
    QTest::newRow("nominal: Arabic and CJK") << QByteArray("سلام 你好 x") << 16 << 8;
    QTest::newRow("robustness: past a checkpoint")
        << QByteArray("ж").repeated(700) + "x" << 1400 << 700;
}

void TestTextOffsets::positions()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, byteOffset);
    QFETCH(int, textPosition);
    const TextOffsets offsets(bytes);
    QCOMPARE(offsets.toText(byteOffset), textPosition);
    QCOMPARE(offsets.toBytes(textPosition), qsizetype(byteOffset));
}

void TestTextOffsets::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nominal: mixed scripts over several checkpoints")
        << QByteArray("Код сааты — Hour of Code 代码一小时 ساعة البرمجة 😀\n").repeated(40);
    QTest::newRow("nominal: CR LF lines") << QByteArray("line\r\nсап\r\n").repeated(100);
}

// Every character start of the text maps to its byte offset and back, and the text
// positions agree with what QString makes of the same bytes.
void TestTextOffsets::roundTrip()
{
    QFETCH(QByteArray, bytes);
    const TextOffsets offsets(bytes);
    const QString text =
        QString::fromUtf8(bytes).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    int position = 0;
    for (qsizetype b = 0; b < bytes.size();) {
        const uchar lead = uchar(bytes[b]);
        const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (bytes[b] == '\r') {
            ++b;
            continue;
        }
        QCOMPARE(offsets.toText(b), position);
        QCOMPARE(offsets.toBytes(position), b);
        position += length == 4 ? 2 : 1;
        b += length;
    }
    QCOMPARE(position, int(text.size()));
}

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
