// TranslationProgress: how much of a page is translated, said from its content: the English
// blocks with words, each done when its translated text differs from the English one.

#include "analysis/alignment.h"
#include "analysis/pageanalysis.h"
#include "analysis/translationprogress.h"
#include "site/document.h"

#include <QTest>

using namespace Tilmech;

namespace {

std::shared_ptr<const PageAnalysis> analyse(const QByteArray &bytes)
{
    return PageAnalysis::build(Document::fromBytes(bytes), PageVariant::Md);
}

const QByteArray English = "# Join the Hour of Code\n\n"
                           "Every student can learn to code in one hour.\n\n"
                           "```\ncode stays as it is\n```\n\n"
                           "Ask your teacher about it today.\n";

} // namespace

class TestTranslationProgress : public QObject
{
    Q_OBJECT

private slots:
    void measure_data();
    void measure();
    void words();
};

void TestTranslationProgress::measure_data()
{
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<int>("blocksLeft");
    QTest::addColumn<int>("wordsLeft");

    QTest::newRow("nominal: every block translated")
        << QByteArray("# Код саатына кошулгула\n\n"
                      "Ар бир окуучу бир саатта код жазууну үйрөнө алат.\n\n"
                      "```\ncode stays as it is\n```\n\n"
                      "Бүгүн мугалимиңерден сурагыла.\n")
        << 0 << 0;
    QTest::newRow("nominal: a block still in English is left")
        << QByteArray("# Код саатына кошулгула\n\n"
                      "Every student can learn to code in one hour.\n\n"
                      "```\ncode stays as it is\n```\n\n"
                      "Бүгүн мугалимиңерден сурагыла.\n")
        << 1 << 9;
    QTest::newRow("nominal: a block left out is left")
        << QByteArray("# Код саатына кошулгула\n\n"
                      "Ар бир окуучу бир саатта код жазууну үйрөнө алат.\n")
        << 1 << 6;
    QTest::newRow("robustness: an empty translation leaves everything")
        << QByteArray("") << 3 << 20;
}

void TestTranslationProgress::measure()
{
    QFETCH(QByteArray, translation);
    QFETCH(int, blocksLeft);
    QFETCH(int, wordsLeft);
    const auto english = analyse(English);
    const auto page = analyse(translation);
    const TranslationProgress p =
        TranslationProgress::measure(*english, *page, Alignment::align(*english, *page));
    QVERIFY(p.known);
    QCOMPARE(p.blocks, 3); // the code block has no words to translate
    QCOMPARE(p.words, 20);
    QCOMPARE(p.blocksLeft, blocksLeft);
    QCOMPARE(p.wordsLeft, wordsLeft);
    QCOMPARE(p.done(), wordsLeft == 0);
    QCOMPARE(p.percent(), (20 - wordsLeft) * 100 / 20);
}

void TestTranslationProgress::words()
{
    QCOMPARE(TranslationProgress::wordsIn(QStringLiteral("Код сааты — 2024-жылы!")), 4);
    QCOMPARE(TranslationProgress::wordsIn(QStringLiteral("编程一小时")), 1);
    QCOMPARE(TranslationProgress::wordsIn(QString()), 0);
}

QTEST_GUILESS_MAIN(TestTranslationProgress)
#include "tst_translationprogress.moc"
