// The line diff behind "Compare" for files changed on disk.

#include "base/linediff.h"

#include <QTest>

using namespace Tilmech;

class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void large();
};

void TestLineDiff::compare_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("expected"); // unified with all context
    QTest::newRow("same") << "a\nb"
                          << "a\nb"
                          << "  a\n  b\n";
    QTest::newRow("changed line") << "a\nb\nc"
                                  << "a\nB\nc"
                                  << "  a\n- b\n+ B\n  c\n";
    QTest::newRow("added at end") << "a"
                                  << "a\nb"
                                  << "  a\n+ b\n";
    QTest::newRow("removed in middle") << "a\nb\nc\nd"
                                       << "a\nd"
                                       << "  a\n- b\n- c\n  d\n";
    QTest::newRow("moved line") << "x\na\nb"
                                << "a\nb\nx"
                                << "- x\n  a\n  b\n+ x\n";
    QTest::newRow("empty to text") << ""
                                   << "a"
                                   << "- \n+ a\n";
}

void TestLineDiff::compare()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, expected);
    const QVector<LineDiff::Line> lines = LineDiff::compare(oldText, newText);
    QCOMPARE(LineDiff::unified(lines, -1), expected);
    // Rebuilding both sides from the diff gives the texts back.
    QStringList a, b;
    for (const LineDiff::Line &l : lines) {
        if (l.kind != LineDiff::Line::Kind::Added)
            a << l.text;
        if (l.kind != LineDiff::Line::Kind::Removed)
            b << l.text;
    }
    QCOMPARE(a.join(QLatin1Char('\n')), oldText);
    QCOMPARE(b.join(QLatin1Char('\n')), newText);
}

void TestLineDiff::large()
{
    QStringList a, b;
    for (int i = 0; i < 5000; ++i) {
        a << QStringLiteral("line %1").arg(i);
        b << QStringLiteral("line %1").arg(i % 7 == 0 ? -i : i);
    }
    const QVector<LineDiff::Line> lines =
        LineDiff::compare(a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n')));
    int removed = 0, added = 0;
    for (const LineDiff::Line &l : lines) {
        removed += l.kind == LineDiff::Line::Kind::Removed;
        added += l.kind == LineDiff::Line::Kind::Added;
    }
    // Too large for a full LCS: the changed middle is shown whole, and still both texts.
    QVERIFY(removed > 0 && added > 0);
    QCOMPARE(removed, added);
    const QString unified = LineDiff::unified(lines, 1);
    QVERIFY(unified.startsWith(QStringLiteral("@@ line 7 @@\n  line 6\n- line 7\n")));
    QVERIFY(unified.contains(QStringLiteral("+ line -7\n")));
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
