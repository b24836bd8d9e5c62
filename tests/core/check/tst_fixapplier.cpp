// FixApplier: which fixes apply to a text, in what order, and what they leave; and the fixes
// some checks compute (the homoglyph retyping, the patch a dry run prints).

#include "base/linediff.h"
#include "check/contentchecks.h"
#include "check/fixapplier.h"

#include <QTest>

using namespace Tilmech;

namespace {

Diagnostic fixOf(const QByteArray &text, qsizetype begin, qsizetype end, const QString &by,
                 const QString &code = QStringLiteral("x"))
{
    Diagnostic d;
    d.code = code;
    d.begin = begin;
    d.end = end;
    d.setFix(by);
    d.fix.original = text.mid(begin, end - begin);
    return d;
}

} // namespace

class TestFixApplier : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void oneScript_data();
    void oneScript();
    void patch_data();
    void patch();
};

void TestFixApplier::plan_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Diagnostics>("findings");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("applied");
    QTest::addColumn<int>("refused");

    const QByteArray text("abc def ghi");
    QTest::newRow("nominal: a replacement")
        << text << Diagnostics{fixOf(text, 4, 7, QStringLiteral("DEF"))}
        << QByteArray("abc DEF ghi") << 1 << 0;
    QTest::newRow("nominal: an insertion and a removal, given in any order")
        << text << Diagnostics{fixOf(text, 7, 8, QString()), fixOf(text, 0, 0, QStringLiteral(">"))}
        << QByteArray(">abc defghi") << 2 << 0;
    QTest::newRow("nominal: UTF-8 text replaced by its bytes")
        << QByteArray("Кoд") << Diagnostics{fixOf("Кoд", 0, 5, QStringLiteral("Код"))}
        << QByteArray("Код") << 1 << 0;
    QTest::newRow("nominal: the same fix found twice is applied once")
        << text
        << Diagnostics{fixOf(text, 4, 7, QStringLiteral("X")),
                       fixOf(text, 4, 7, QStringLiteral("X"))}
        << QByteArray("abc X ghi") << 2 << 0;
    QTest::newRow("nominal: two insertions at one place keep their order")
        << text
        << Diagnostics{fixOf(text, 3, 3, QStringLiteral("1")),
                       fixOf(text, 3, 3, QStringLiteral("2"))}
        << QByteArray("abc12 def ghi") << 2 << 0;
    QTest::newRow("nominal: findings without a fix are left out")
        << text << Diagnostics{Diagnostic()} << text << 0 << 0;

    Diagnostic stale = fixOf(text, 4, 7, QStringLiteral("DEF"));
    stale.fix.original = "xyz";
    QTest::newRow("robustness: text changed since the check")
        << text << Diagnostics{stale} << text << 0 << 1;
    QTest::newRow("robustness: overlapping fixes, the later waits")
        << text
        << Diagnostics{fixOf(text, 2, 6, QStringLiteral("-")),
                       fixOf(text, 4, 9, QStringLiteral("+"))}
        << QByteArray("ab-f ghi") << 1 << 1;
    Diagnostic outside = fixOf(text, 4, 7, QStringLiteral("z"));
    outside.fix.begin = 20;
    outside.fix.end = 30;
    QTest::newRow("robustness: a span past the end of the text")
        << text << Diagnostics{outside} << text << 0 << 1;
}

void TestFixApplier::plan()
{
    QFETCH(QByteArray, text);
    QFETCH(Diagnostics, findings);
    QFETCH(QByteArray, expected);
    QFETCH(int, applied);
    QFETCH(int, refused);
    const FixApplier::Plan plan = FixApplier::plan(text, findings);
    QCOMPARE(FixApplier::apply(text, plan.edits), expected);
    QCOMPARE(plan.applied.size(), applied);
    QCOMPARE(plan.refused.size(), refused);
    for (const FixApplier::Refusal &r : plan.refused)
        QVERIFY(!r.reason.isEmpty());
}

void TestFixApplier::oneScript_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: a Latin o among Cyrillic letters")
        << QStringLiteral("Кoд") << QStringLiteral("Код");
    QTest::newRow("nominal: Cyrillic letters in a Latin word")
        << QStringLiteral("Cоde") << QStringLiteral("Code");
    QTest::newRow("nominal: capitals") << QStringLiteral("МЕКТEП") << QStringLiteral("МЕКТЕП");
    QTest::newRow("robustness: a letter with no look-alike is left to the translator")
        << QStringLiteral("кitеп") << QString();
}

void TestFixApplier::oneScript()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(ContentChecks::inOneScript(word), expected);
}

void TestFixApplier::patch_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: one changed line with context")
        << QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n")
        << QStringLiteral("1\n2\n3\n4\nV\n6\n7\n8\n9\n")
        << QStringLiteral("--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+V\n 6\n 7\n 8\n");
    QTest::newRow("nominal: a line added at the end without a line break")
        << QStringLiteral("a\nb") << QStringLiteral("a\nb\nc")
        << QStringLiteral("--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of "
                          "file\n+b\n+c\n\\ No newline at end of file\n");
    QTest::newRow("nominal: two changes far apart make two hunks")
        << QStringLiteral("a\n1\n2\n3\n4\n5\n6\n7\n8\nb\n")
        << QStringLiteral("A\n1\n2\n3\n4\n5\n6\n7\n8\nB\n")
        << QStringLiteral(
               "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -7,4 +7,4 @@\n 6\n"
               " 7\n 8\n-b\n+B\n");
    QTest::newRow("robustness: no change, no patch")
        << QStringLiteral("a\n") << QStringLiteral("a\n") << QString();
}

void TestFixApplier::patch()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(LineDiff::patch(QStringLiteral("f"), before, after), expected);
}

QTEST_GUILESS_MAIN(TestFixApplier)
#include "tst_fixapplier.moc"
