// Differential test of Tilmech's markdown against the live site's renderer (ruby-redcarpet)
// on the real pages: every top-level block of every corpus page file, English and Kyrgyz,
// after template expansion, rendered by both and compared normalised. The share that agrees
// is held above a floor, so that a change of the markdown layer cannot lose ground unseen.
#include "markdown/markdown.h"
#include "redcarpetoracle.h"
#include "render/renderer.h"
#include "site/project.h"
#include "testsupport.h"

#include <QMap>
#include <QRegularExpression>
#include <QtTest>

using namespace Tilmech;

namespace {

// The shares measured when the floors were last raised (2026-12-07): 2,649 of 2,652 blocks
// agree (99.89%), and 85 of 88 page files agree in every block (96.59%). The floors sit just
// under them; whoever improves the markdown layer raises them.
constexpr double BlockFloor = 0.998;
constexpr double PageFloor = 0.96;

struct Block
{
    int line = 0; // 1-based, in the expanded markdown
    QByteArray text;
};

bool isBlank(const QByteArray &line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

bool isListItem(const QByteArray &line)
{
    static const QRegularExpression item(QStringLiteral("^ {0,3}([*+-]|[0-9]+[.)])( |\\t|$)"));
    return item.match(QString::fromUtf8(line)).hasMatch();
}

// The fence a line opens (its run of ` or ~), or empty.
QByteArray fenceOf(const QByteArray &line)
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    const QRegularExpressionMatch m = fence.match(QString::fromUtf8(line));
    return m.hasMatch() ? m.captured(1).toUtf8() : QByteArray();
}

// The block-level tag a line opens at its start (lower case), or empty.
QString htmlBlockTag(const QByteArray &line)
{
    static const QRegularExpression open(
        QStringLiteral("^<(div|table|h[1-6]|p|ul|ol|dl|blockquote|pre|form|iframe|script|style|"
                       "section|center|figure|fieldset|noscript)[\\s>/]"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = open.match(QString::fromUtf8(line));
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

// The line that closes the HTML block `tag` opened on line `from` (openings and closings of
// the same tag counted), or -1 when none does.
qsizetype htmlBlockEnd(const QList<QByteArray> &lines, qsizetype from, const QString &tag)
{
    const QRegularExpression opening(QStringLiteral("<%1[\\s>/]").arg(tag),
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression closing(QStringLiteral("</%1\\s*>").arg(tag),
                                     QRegularExpression::CaseInsensitiveOption);
    int depth = 0;
    for (qsizetype i = from; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        for (auto it = opening.globalMatch(line); it.hasNext(); it.next())
            ++depth;
        for (auto it = closing.globalMatch(line); it.hasNext(); it.next())
            --depth;
        if (depth <= 0)
            return i;
    }
    return -1;
}

// The top-level blocks of a markdown text: runs of lines that blank lines separate. Why the
// comparison of blocks one by one is fair to both renderers: at the top level, a blank line
// followed by an unindented line that continues no list ends every construct in Redcarpet
// (with lax_spacing) and in cmark-gfm alike, except a fenced code block and an HTML block,
// which run over blank lines to their closing fence or tag and are kept whole here; a line
// indented after a blank line (a list item's continuation, an indented code block) and the
// next item of a list stay in the block too. The corpus has no link reference definitions,
// the only construct whose meaning crosses blocks. So a page's HTML is its blocks' HTML one
// after the other, and a block that differs is a difference the page shows; the test checks
// this by comparing whole pages too.
QVector<Block> topLevelBlocks(const QByteArray &markdown)
{
    QList<QByteArray> lines = markdown.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QVector<Block> blocks;
    qsizetype i = 0;
    while (i < lines.size()) {
        while (i < lines.size() && isBlank(lines.at(i)))
            ++i;
        if (i == lines.size())
            break;
        const qsizetype start = i;
        const bool list = isListItem(lines.at(start));
        while (i < lines.size()) {
            const QByteArray &line = lines.at(i);
            if (const QByteArray fence = fenceOf(line); !fence.isEmpty()) {
                qsizetype close = i + 1;
                while (close < lines.size() && !lines.at(close).trimmed().startsWith(fence))
                    ++close;
                i = std::min(close + 1, lines.size());
                continue;
            }
            if (const QString tag = htmlBlockTag(line); !tag.isEmpty()) {
                const qsizetype close = htmlBlockEnd(lines, i, tag);
                if (close >= 0) {
                    i = close + 1;
                    continue;
                }
            }
            if (!isBlank(line)) {
                ++i;
                continue;
            }
            qsizetype next = i;
            while (next < lines.size() && isBlank(lines.at(next)))
                ++next;
            if (next == lines.size())
                break;
            const QByteArray &after = lines.at(next);
            if (after.startsWith(' ') || after.startsWith('\t') || (list && isListItem(after))) {
                i = next;
                continue;
            }
            break;
        }
        qsizetype end = i;
        while (end > start && isBlank(lines.at(end - 1)))
            --end;
        QByteArray text;
        for (qsizetype k = start; k < end; ++k)
            text += lines.at(k) + '\n';
        blocks.append({int(start + 1), text});
    }
    return blocks;
}

QString percent(qsizetype part, qsizetype whole)
{
    return QString::number(whole ? 100.0 * double(part) / double(whole) : 0.0, 'f', 2);
}

} // namespace

class TestRedcarpetCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitsTopLevelBlocks_data();
    void splitsTopLevelBlocks();
    void corpusAgrees();

private:
    RedcarpetOracle m_oracle;
    bool m_available = false;
};

void TestRedcarpetCorpus::initTestCase()
{
    m_available = m_oracle.available();
    if (!m_available && TestSupport::underCi())
        QFAIL("ruby with ruby-redcarpet is required under CI: run packaging/install-deps.sh");
}

void TestRedcarpetCorpus::splitsTopLevelBlocks_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QList<int>>("lines"); // the first line of each block
    QTest::newRow("nominal: paragraphs and a heading split at blank lines")
        << QByteArray("# Title\n\nOne\ntwo\n\n\nThree\n") << QList<int>{1, 3, 7};
    QTest::newRow("nominal: a fenced code block with blank lines stays whole")
        << QByteArray("```\na\n\nb\n```\n\nafter\n") << QList<int>{1, 7};
    QTest::newRow("nominal: an HTML block stays whole up to its closing tag")
        << QByteArray("<div>\n<div>\n\nx\n</div>\n  \ny\n</div>\n\nz\n") << QList<int>{1, 10};
    QTest::newRow("nominal: markdown right after a closing tag stays with it (M-a)")
        << QByteArray("<h3>A</h3>\n**b**\n\nc\n") << QList<int>{1, 4};
    QTest::newRow("nominal: a loose list and its indented continuation stay whole")
        << QByteArray("- a\n\n- b\n\n    more\n\nafter\n") << QList<int>{1, 7};
    QTest::newRow("nominal: a whitespace-only line then an indented list (M-c)")
        << QByteArray("1. a\n    \n      * b\n\nc\n") << QList<int>{1, 5};
    QTest::newRow("robustness: an unclosed fence runs to the end")
        << QByteArray("x\n\n~~~\na\n\nb\n") << QList<int>{1, 3};
    QTest::newRow("robustness: an unclosed HTML tag splits at blank lines")
        << QByteArray("<div>\na\n\nb\n") << QList<int>{1, 4};
    QTest::newRow("robustness: nothing but blank lines") << QByteArray("\n  \n\n") << QList<int>{};
}

void TestRedcarpetCorpus::splitsTopLevelBlocks()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QList<int>, lines);
    QList<int> found;
    QByteArray joined;
    const QVector<Block> blocks = topLevelBlocks(markdown);
    for (const Block &block : blocks)
        found.append(block.line);
    QCOMPARE(found, lines);
    // Nothing but blank lines is lost or added.
    for (const Block &block : blocks)
        joined += block.text;
    QCOMPARE(joined.simplified().replace(' ', ""), markdown.simplified().replace(' ', ""));
}

void TestRedcarpetCorpus::corpusAgrees()
{
    REQUIRE_CORPUS();
    if (!m_available)
        QSKIP("ruby with ruby-redcarpet not installed (packaging/install-deps.sh): skipped");
    QString error;
    const auto project = Project::open(TestSupport::corpusSite(), &error);
    QVERIFY2(project, qPrintable(error));
    const Renderer renderer(project);

    struct Item
    {
        QString file;
        int page = 0;
        Block block;
    };
    QVector<Item> items;
    QStringList files;
    QList<QByteArray> pages;
    for (const Page &page : project->pages()) {
        for (const PageFile &file : page.files) {
            RenderOptions options;
            options.language = file.language;
            options.bodyOnly = true;
            options.sourcePositions = false;
            options.forExport = true;
            RenderResult result;
            QVERIFY2(renderer.renderFile(file, options, &result, &error), qPrintable(error));
            for (const Block &block : topLevelBlocks(result.markdown))
                items.append({file.relativePath, int(pages.size()), block});
            files.append(file.relativePath);
            pages.append(result.markdown);
        }
    }
    QVERIFY2(files.size() >= 80, qPrintable(QString::number(files.size())));

    QList<QByteArray> sources;
    for (const Item &item : qAsConst(items))
        sources.append(item.block.text);
    const QStringList live = m_oracle.render(sources + pages, &error);
    QVERIFY2(live.size() == sources.size() + pages.size(), qPrintable(error));

    QVector<bool> pageBlocksAgree(pages.size(), true);
    qsizetype agreeing = 0;
    qsizetype agreeingButSpelling = 0; // blocks that differ in spelling only
    QMap<QString, int> bySpelling;
    int shown = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const QString theirs = RedcarpetOracle::normalised(live.at(i));
        const QString ours = RedcarpetOracle::normalised(
            QString::fromUtf8(Markdown::toHtml(item.block.text, false)));
        if (ours == theirs) {
            ++agreeing;
            continue;
        }
        pageBlocksAgree[item.page] = false;
        QStringList spellings;
        const bool spellingOnly = RedcarpetOracle::differsInSpellingOnly(ours, theirs, &spellings);
        if (spellingOnly) {
            ++agreeingButSpelling;
            for (const QString &name : qAsConst(spellings))
                ++bySpelling[name];
        }
        if (shown++ < 40)
            qInfo().noquote() << QStringLiteral("differs%6: %1, line %2 of the expanded markdown\n"
                                                "--- source\n%3--- Redcarpet\n%4\n--- Tilmech\n%5")
                                     .arg(item.file)
                                     .arg(item.block.line)
                                     .arg(QString::fromUtf8(item.block.text), theirs, ours,
                                          spellingOnly ? QStringLiteral(" in spelling only")
                                                       : QString());
    }
    const qsizetype pagesAgreeing =
        std::count(pageBlocksAgree.begin(), pageBlocksAgree.end(), true);
    qsizetype wholeAgreeing = 0;
    QStringList wholeDiffering;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QString theirs = RedcarpetOracle::normalised(live.at(sources.size() + p));
        const QString ours =
            RedcarpetOracle::normalised(QString::fromUtf8(Markdown::toHtml(pages.at(p), false)));
        if (ours == theirs)
            ++wholeAgreeing;
        else if (pageBlocksAgree.at(p))
            wholeDiffering.append(files.at(p));
    }
    const double blockShare = double(agreeing) / double(items.size());
    const double pageShare = double(pagesAgreeing) / double(pages.size());
    qInfo().noquote() << QStringLiteral("blocks agreeing: %1 of %2 (%3%)")
                             .arg(agreeing)
                             .arg(items.size())
                             .arg(percent(agreeing, items.size()));
    qInfo().noquote() << QStringLiteral("blocks that differ in spelling only: %1 (with them, %2%)")
                             .arg(agreeingButSpelling)
                             .arg(percent(agreeing + agreeingButSpelling, items.size()));
    for (auto it = bySpelling.cbegin(); it != bySpelling.cend(); ++it)
        qInfo().noquote() << QStringLiteral("%1  %2").arg(it.value(), 6).arg(it.key());
    qInfo().noquote() << QStringLiteral("page files whose every block agrees: %1 of %2 (%3%)")
                             .arg(pagesAgreeing)
                             .arg(pages.size())
                             .arg(percent(pagesAgreeing, pages.size()));
    qInfo().noquote() << QStringLiteral("page files agreeing rendered whole: %1 of %2 (%3%)")
                             .arg(wholeAgreeing)
                             .arg(pages.size())
                             .arg(percent(wholeAgreeing, pages.size()));
    // A page that differs whole while each of its blocks agrees would show the split unfair.
    if (!wholeDiffering.isEmpty())
        qInfo().noquote() << "differ whole though every block agrees:" << wholeDiffering;
    QVERIFY2(blockShare >= BlockFloor,
             qPrintable(QStringLiteral("%1% of blocks agree, below the floor of %2%")
                            .arg(percent(agreeing, items.size()))
                            .arg(100 * BlockFloor)));
    QVERIFY2(pageShare >= PageFloor,
             qPrintable(QStringLiteral("%1% of page files agree, below the floor of %2%")
                            .arg(percent(pagesAgreeing, pages.size()))
                            .arg(100 * PageFloor)));
}

QTEST_GUILESS_MAIN(TestRedcarpetCorpus)
#include "tst_redcarpetcorpus.moc"
