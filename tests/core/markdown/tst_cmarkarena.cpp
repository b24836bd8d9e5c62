// CmarkArena and CmarkDocument: the memory cmark-gfm parses a page in, and the one set-up of
// cmark-gfm. The document must render exactly as cmark-gfm does with its own allocator, and
// the arena must stay bounded however the tree is edited.

#include "markdown/cmarkarena.h"
#include "markdown/cmarkdocument.h"

#include <QTest>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstring>

using namespace Tilmech;

class TestCmarkArena : public QObject
{
    Q_OBJECT

private slots:
    void blocks_data();
    void blocks();
    void largeBlocksGoBack();
    void rewritingLongTextStaysBounded();
    void arenasNest();
    void sameHtmlAsSystemMemory_data();
    void sameHtmlAsSystemMemory();
};

void TestCmarkArena::blocks_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::newRow("nominal: a small block grows in place") << 24 << 200;
    QTest::newRow("nominal: a small block shrinks") << 300 << 10;
    QTest::newRow("nominal: a small block becomes a large one") << 100 << 100000;
    QTest::newRow("nominal: a large block grows") << 10000 << 300000;
    QTest::newRow("nominal: a large block shrinks") << 300000 << 16;
    QTest::newRow("robustness: an empty block") << 0 << 0;
}

// calloc gives zeros, realloc keeps what was written, and neither disturbs the block before.
void TestCmarkArena::blocks()
{
    QFETCH(int, first);
    QFETCH(int, second);
    const CmarkArena arena;
    cmark_mem *mem = CmarkArena::mem();
    auto *before = static_cast<unsigned char *>(mem->calloc(1, 40));
    std::memset(before, 0xAB, 40);
    auto *block = static_cast<unsigned char *>(mem->calloc(size_t(first), 1));
    for (int i = 0; i < first; ++i)
        QCOMPARE(block[i], 0);
    for (int i = 0; i < first; ++i)
        block[i] = static_cast<unsigned char>(i * 7);
    block = static_cast<unsigned char *>(mem->realloc(block, size_t(second)));
    for (int i = 0; i < std::min(first, second); ++i)
        QCOMPARE(block[i], static_cast<unsigned char>(i * 7));
    for (int i = 0; i < 40; ++i)
        QCOMPARE(before[i], 0xAB);
    mem->free(block);
    mem->free(before);
}

void TestCmarkArena::largeBlocksGoBack()
{
    const CmarkArena arena;
    cmark_mem *mem = CmarkArena::mem();
    const size_t start = arena.held();
    void *block = mem->calloc(1, 1 << 20);
    QVERIFY(arena.held() >= start + (1 << 20));
    mem->free(block);
    QCOMPARE(arena.held(), start);
}

// A text node of a megabyte set again and again (as the emphasis rewrites do): each old text
// goes back, so the arena holds a few copies at most, not hundreds.
void TestCmarkArena::rewritingLongTextStaysBounded()
{
    const QByteArray text(1 << 20, 'a');
    const CmarkDocument document(QByteArrayView("x\n"), false);
    cmark_node *paragraph = cmark_node_first_child(document.root());
    cmark_node *node = cmark_node_first_child(paragraph);
    QVERIFY(node);
    for (int i = 0; i < 200; ++i)
        cmark_node_set_literal(node, text.constData());
    QCOMPARE(qsizetype(std::strlen(cmark_node_get_literal(node))), text.size());
    // One copy of the text lives, beside the first chunk of small blocks.
    QVERIFY2(document.arena().held() < 2 * (1 << 20),
             qPrintable(QString::number(document.arena().held())));
    QCOMPARE(document.html().size(), qsizetype(text.size() + 8)); // "<p>" … "</p>\n"
}

void TestCmarkArena::arenasNest()
{
    const CmarkDocument outer(QByteArrayView("*outer*\n"), false);
    {
        const CmarkDocument inner(QByteArrayView("**inner**\n"), false);
        QCOMPARE(inner.html(), QByteArray("<p><strong>inner</strong></p>\n"));
    }
    cmark_node_append_child(cmark_node_first_child(outer.root()),
                            CmarkDocument::newNode(CMARK_NODE_LINEBREAK));
    QCOMPARE(outer.html(), QByteArray("<p><em>outer</em><br />\n</p>\n"));
}

void TestCmarkArena::sameHtmlAsSystemMemory_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::newRow("nominal: headings, lists, emphasis and links")
        << QByteArray("# Title\n\n- one *two*\n- [three](/x \"t\")\n\n1. a\n2. b\n\n> quote\n");
    QTest::newRow("nominal: a table with alignment")
        << QByteArray("| a | b |\n|:--|--:|\n| 1 | 2 |\n| 3 | 4 |\n");
    QTest::newRow("nominal: raw HTML and autolinks")
        << QByteArray("<div class=\"x\">\n<p>hi</p>\n</div>\n\nsee www.example.org and "
                      "https://code.org/learn.\n");
    QTest::newRow("robustness: a long paragraph of many inlines")
        << QByteArray("*a* `b` [c](d) <e> \\f &amp; ").repeated(3000) + '\n';
    QTest::newRow("robustness: deep nesting") << QByteArray("> - ").repeated(500) + "x\n";
}

// The arena changes where cmark-gfm's memory comes from, never what it renders.
void TestCmarkArena::sameHtmlAsSystemMemory()
{
    QFETCH(QByteArray, markdown);
    const CmarkDocument document(markdown, true);
    const QByteArray ours = document.html();

    cmark_gfm_core_extensions_ensure_registered();
    const int options =
        CMARK_OPT_UNSAFE | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_SOURCEPOS;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "autolink"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *root = cmark_parser_finish(parser);
    char *html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser));
    const QByteArray theirs(html);
    std::free(html);
    cmark_node_free(root);
    cmark_parser_free(parser);
    QCOMPARE(ours, theirs);
}

QTEST_GUILESS_MAIN(TestCmarkArena)
#include "tst_cmarkarena.moc"
