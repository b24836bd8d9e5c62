// Outline: the markdown blocks of a page as the translator wrote them (headings, paragraphs,
// list items, table rows, code, HTML), their spans in the file, their links and images as
// written, the template tags inside them, and bounded work on hostile pages.

#include "analysis/outline.h"
#include "markdown/widetablerows.h"
#include "site/document.h"
#include "site/pagefile.h"
#include "template/templatelexer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Tilmech;

namespace {

struct Built
{
    Document document;
    TemplateTokens tokens;
    Outline outline;
};

Built build(const QByteArray &bytes, PageVariant variant = PageVariant::Md)
{
    Built b;
    b.document = Document::fromBytes(bytes);
    b.tokens = TemplateLexer::tokenize(b.document.body(), b.document.bodyOffset());
    b.outline = Outline::build(b.document, b.tokens, variant);
    return b;
}

QString kindName(OutlineBlock::Kind kind)
{
    switch (kind) {
    case OutlineBlock::Kind::Heading:
        return QStringLiteral("h");
    case OutlineBlock::Kind::Paragraph:
        return QStringLiteral("p");
    case OutlineBlock::Kind::ListItem:
        return QStringLiteral("li");
    case OutlineBlock::Kind::TableRow:
        return QStringLiteral("tr");
    case OutlineBlock::Kind::Html:
        return QStringLiteral("html");
    case OutlineBlock::Kind::Code:
        return QStringLiteral("code");
    case OutlineBlock::Kind::ThematicBreak:
        return QStringLiteral("hr");
    }
    return QStringLiteral("?");
}

QString linkKindName(OutlineLink::Kind kind)
{
    switch (kind) {
    case OutlineLink::Kind::Markdown:
        return QStringLiteral("md");
    case OutlineLink::Kind::Image:
        return QStringLiteral("img");
    case OutlineLink::Kind::Html:
        return QStringLiteral("html");
    case OutlineLink::Kind::HtmlImage:
        return QStringLiteral("htmlimg");
    case OutlineLink::Kind::Autolink:
        return QStringLiteral("auto");
    }
    return QStringLiteral("?");
}

QString visible(QByteArray bytes)
{
    return QString::fromUtf8(bytes.replace('\r', "\\r").replace('\n', "\\n"));
}

// "<kind><level>@<line> {<the span's bytes>} <text>[ bold][ tagOnly]": the level only for
// headings and list items.
QString describe(const Built &b, const OutlineBlock &block)
{
    QString s = kindName(block.kind);
    if (block.kind == OutlineBlock::Kind::Heading || block.kind == OutlineBlock::Kind::ListItem)
        s += QString::number(block.level);
    s += QLatin1Char('@') + QString::number(block.line) + QStringLiteral(" {") +
         visible(b.document.bytes().mid(block.begin, block.end - block.begin)) +
         QStringLiteral("} ") + block.text;
    if (block.boldOnly)
        s += QStringLiteral(" bold");
    if (block.tagOnly)
        s += QStringLiteral(" tagOnly");
    return s;
}

QStringList describeAll(const Built &b)
{
    QStringList out;
    for (const OutlineBlock &block : b.outline.blocks())
        out.append(describe(b, block));
    return out;
}

// "<kind> <destination> «<text>» @<begin> {<the file's bytes there>}[ tag<n>]".
QString describe(const Built &b, const OutlineLink &link)
{
    QString s = linkKindName(link.kind) + QLatin1Char(' ') + QString::fromUtf8(link.destination) +
                QStringLiteral(" «") + link.text + QStringLiteral("» @") +
                QString::number(link.begin);
    if (link.begin >= 0)
        s += QStringLiteral(" {") +
             visible(b.document.bytes().mid(link.begin, link.end - link.begin)) + QLatin1Char('}');
    if (link.tag >= 0)
        s += QStringLiteral(" tag") + QString::number(link.tag);
    return s;
}

} // namespace

class TestOutline : public QObject
{
    Q_OBJECT

private slots:
    void blocks_data();
    void blocks();
    void htmlCommentSpan_data();
    void htmlCommentSpan();
    void links_data();
    void links();
    void tags_data();
    void tags();
    void includesMaskedInEveryVariant();
    void activeTags_data();
    void activeTags();
    void maskedBody();
    void blockAtAndInCode();
    void count();
    void wideTableRows();
    void hostile_data();
    void hostile();
};

void TestOutline::blocks_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("nominal: front matter left out, spans in file coordinates")
        << QByteArray("---\ntitle: T\n---\n# Heading one\n\nA paragraph.\n\n## Sub\n")
        << QStringList{QStringLiteral("h1@4 {# Heading one} Heading one"),
                       QStringLiteral("p@6 {A paragraph.} A paragraph."),
                       QStringLiteral("h2@8 {## Sub} Sub")};
    QTest::newRow("nominal: a setext heading spans its underline")
        << QByteArray("Setext\n======\n\nSub\n---\n")
        << QStringList{QStringLiteral("h1@1 {Setext\\n======} Setext"),
                       QStringLiteral("h2@4 {Sub\\n---} Sub")};
    QTest::newRow("nominal: a paragraph's lines joined by a space")
        << QByteArray("Para one\nstill para\n\nPara two\n")
        << QStringList{QStringLiteral("p@1 {Para one\\nstill para} Para one still para"),
                       QStringLiteral("p@4 {Para two} Para two")};
    QTest::newRow("nominal: a hard break is a space")
        << QByteArray("Line one  \nline two\n")
        << QStringList{QStringLiteral("p@1 {Line one  \\nline two} Line one line two")};
    QTest::newRow("nominal: list items, a nested item a block of its own inside its parent")
        << QByteArray("- one\n- two\n  - nested\n- three\n")
        << QStringList{QStringLiteral("li1@1 {- one} one"),
                       QStringLiteral("li1@2 {- two\\n  - nested} two"),
                       QStringLiteral("li2@3 {- nested} nested"),
                       QStringLiteral("li1@4 {- three} three")};
    QTest::newRow("nominal: ordered list items")
        << QByteArray("1. first\n2. second\n")
        << QStringList{QStringLiteral("li1@1 {1. first} first"),
                       QStringLiteral("li1@2 {2. second} second")};
    QTest::newRow("nominal: items written with other bullets stay items")
        << QByteArray("* star\n+ plus\n")
        << QStringList{QStringLiteral("li1@1 {* star} star"),
                       QStringLiteral("li1@2 {+ plus} plus")};
    QTest::newRow("nominal: table rows; the delimiter row is no block")
        << QByteArray("| a | b |\n|---|---|\n| c | d |\n")
        << QStringList{QStringLiteral("tr@1 {| a | b |} a | b |"),
                       QStringLiteral("tr@3 {| c | d |} c | d |")};
    QTest::newRow("nominal: fenced and indented code; a tag in code is masked out of the text")
        << QByteArray("```ruby\ncode <%= x %>\n```\n\n    indented\n")
        << QStringList{QStringLiteral("code@1 {```ruby\\ncode <%= x %>\\n```} code"),
                       QStringLiteral("code@5 {indented} indented")};
    QTest::newRow("nominal: an HTML block, its text without the tags")
        << QByteArray("Para\n\n<div>\nx\n</div>\n\nAfter\n")
        << QStringList{QStringLiteral("p@1 {Para} Para"),
                       QStringLiteral("html@3 {<div>\\nx\\n</div>} x"),
                       QStringLiteral("p@7 {After} After")};
    QTest::newRow("nominal: a thematic break")
        << QByteArray("a\n\n***\n\nb\n")
        << QStringList{QStringLiteral("p@1 {a} a"), QStringLiteral("hr@3 {***} "),
                       QStringLiteral("p@5 {b} b")};
    QTest::newRow("nominal: a quote's paragraph starts after the marker")
        << QByteArray("> quote text\n")
        << QStringList{QStringLiteral("p@1 {quote text} quote text")};
    QTest::newRow("nominal: a paragraph all in bold is marked")
        << QByteArray("**Bold only**\n\n**Bold** and not\n")
        << QStringList{QStringLiteral("p@1 {**Bold only**} Bold only bold"),
                       QStringLiteral("p@3 {**Bold** and not} Bold and not")};
    QTest::newRow("nominal: tags left out of the text; a tag alone is tagOnly")
        << QByteArray("Text <%= hoc_s(:a) %> more\n\n<%= hoc_s(:b) %>\n")
        << QStringList{QStringLiteral("p@1 {Text <%= hoc_s(:a) %> more} Text more"),
                       QStringLiteral("p@3 {<%= hoc_s(:b) %>}  tagOnly")};
    QTest::newRow("nominal: control tags on lines of their own are tag-only paragraphs")
        << QByteArray("<% if x %>\n\nIn\n\n<% end %>\n")
        << QStringList{QStringLiteral("p@1 {<% if x %>}  tagOnly"), QStringLiteral("p@3 {In} In"),
                       QStringLiteral("p@5 {<% end %>}  tagOnly")};
    QTest::newRow("edge: #Title without a space is a paragraph (as on the live site)")
        << QByteArray("#NoSpace\n") << QStringList{QStringLiteral("p@1 {#NoSpace} #NoSpace")};
    QTest::newRow("edge: an inline tag alone on a line is text, as Redcarpet reads it")
        << QByteArray("<p>\n\nText\n")
        << QStringList{QStringLiteral("p@1 {<p>\\n} "), QStringLiteral("p@3 {Text} Text")};
    QTest::newRow("multibyte: Cyrillic, Arabic and CJK spans counted in bytes")
        << QByteArray("Привет мир\n\nمرحبا بالعالم\n\n你好世界\n")
        << QStringList{QStringLiteral("p@1 {Привет мир} Привет мир"),
                       QStringLiteral("p@3 {مرحبا بالعالم} مرحبا بالعالم"),
                       QStringLiteral("p@5 {你好世界} 你好世界")};
    QTest::newRow("multibyte: a Cyrillic heading and list after front matter")
        << QByteArray("---\ntitle: Пресс-кит\n---\n# Пресс-кит\n\n- Биринчи\n- Экинчи\n")
        << QStringList{QStringLiteral("h1@4 {# Пресс-кит} Пресс-кит"),
                       QStringLiteral("li1@6 {- Биринчи} Биринчи"),
                       QStringLiteral("li1@7 {- Экинчи} Экинчи")};
    QTest::newRow("edge: CRLF line ends; the CR stays out of a block's last line")
        << QByteArray("# Title\r\n\r\nPara one\r\nline two\r\n")
        << QStringList{QStringLiteral("h1@1 {# Title} Title"),
                       QStringLiteral("p@3 {Para one\\r\\nline two} Para one line two")};
    QTest::newRow("edge: CRLF front matter") << QByteArray("---\r\ntitle: x\r\n---\r\nBody\r\n")
                                             << QStringList{QStringLiteral("p@4 {Body} Body")};
    QTest::newRow("edge: an empty page") << QByteArray() << QStringList{};
    QTest::newRow("edge: front matter only") << QByteArray("---\ntitle: x\n---\n") << QStringList{};
    QTest::newRow("edge: blank lines only") << QByteArray("\n\n  \n\t\n") << QStringList{};
    QTest::newRow("edge: no final newline")
        << QByteArray("# T\n\nlast")
        << QStringList{QStringLiteral("h1@1 {# T} T"), QStringLiteral("p@3 {last} last")};
}

void TestOutline::blocks()
{
    QFETCH(QByteArray, page);
    QFETCH(QStringList, blocks);
    const Built b = build(page);
    QCOMPARE(describeAll(b), blocks);
    // Every block lies in the body, in document order.
    qsizetype previous = b.document.bodyOffset();
    for (const OutlineBlock &block : b.outline.blocks()) {
        QVERIFY(block.begin >= previous);
        QVERIFY(block.begin <= block.end);
        QVERIFY(block.end <= page.size());
        previous = block.begin;
    }
}

// docs/page-format.md: the positions "are mapped back, so data-sourcepos and the outline stay
// those of the page"; an HTML comment block is a block of the page like a <div> block.
void TestOutline::htmlCommentSpan_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("block");
    QTest::newRow("edge: a one-line comment spans its line")
        << QByteArray("Text\n\n<!-- comment -->\n\nMore\n")
        << QStringLiteral("html@3 {<!-- comment -->} ");
    QTest::newRow("edge: a comment over three lines spans all three")
        << QByteArray("<!--\nmulti\n-->\n") << QStringLiteral("html@1 {<!--\\nmulti\\n-->} ");
}

void TestOutline::htmlCommentSpan()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, block);
    const Built b = build(page);
    int html = -1;
    for (int i = 0; i < b.outline.blocks().size(); ++i) {
        if (b.outline.blocks().at(i).kind == OutlineBlock::Kind::Html)
            html = i;
    }
    QVERIFY(html >= 0);
    // Bug: cmark-gfm ends a comment block (HTML block kind 2) at column 0 of its last line,
    // and Outline reads that as the line break before it: a one-line comment gets an empty
    // span (found by no blockAt), a longer one loses its "-->" line.
    QEXPECT_FAIL("", "an HTML comment block's span stops before its last line", Continue);
    QCOMPARE(describe(b, b.outline.blocks().at(html)), block);
}

void TestOutline::links_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QStringList>("links"); // of every block, in block order

    QTest::newRow("nominal: a markdown link and an image, destinations where written")
        << QByteArray("---\ntitle: T\n---\nA [a link](/learn) and ![img](/i.png).\n")
        << QStringList{QStringLiteral("md /learn «a link» @28 {/learn}"),
                       QStringLiteral("img /i.png «img» @47 {/i.png}")};
    QTest::newRow("nominal: an autolink and an inline HTML link")
        << QByteArray("Visit https://code.org now and <a href='/x'>x</a>\n")
        << QStringList{QStringLiteral("auto https://code.org «https://code.org» @6 "
                                      "{https://code.org}"),
                       QStringLiteral("html /x «» @40 {/x}")};
    QTest::newRow("nominal: an e-mail autolink")
        << QByteArray("Mail <hi@code.org> now\n")
        << QStringList{QStringLiteral("auto mailto:hi@code.org «hi@code.org» @-1")};
    QTest::newRow("nominal: an HTML block's href and src")
        << QByteArray("<div class='x'>\n<a href=\"/a\">A</a> <img src='/b.png'>\n</div>\n")
        << QStringList{QStringLiteral("html /a «» @25 {/a}"),
                       QStringLiteral("htmlimg /b.png «» @45 {/b.png}")};
    QTest::newRow("nominal: a tag as the destination is masked and named")
        << QByteArray("[text](<%= resolve_url('/learn') %>)\n")
        << QStringList{QStringLiteral("md ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ «text» @7 "
                                      "{<%= resolve_url('/learn') %>} tag1")};
    QTest::newRow("nominal: a tag inside a destination")
        << QByteArray("[x](/learn/<%= y %>)\n")
        << QStringList{QStringLiteral("md /learn/^^^^^^^^ «x» @4 {/learn/<%= y %>} tag1")};
    QTest::newRow("nominal: the same destination twice, each where it is written")
        << QByteArray("[a](/same) and [b](/same)\n")
        << QStringList{QStringLiteral("md /same «a» @4 {/same}"),
                       QStringLiteral("md /same «b» @19 {/same}")};
    QTest::newRow("nominal: links of table cells")
        << QByteArray("| [a](/x) | b |\n|---|---|\n| c | ![d](/y.png) |\n")
        << QStringList{QStringLiteral("md /x «a» @6 {/x}"),
                       QStringLiteral("img /y.png «d» @37 {/y.png}")};
    QTest::newRow("nominal: a list item's links leave out its nested item's")
        << QByteArray("- item with [l](/z)\n  - sub [m](/w)\n")
        << QStringList{QStringLiteral("md /z «l» @16 {/z}"), QStringLiteral("md /w «m» @32 {/w}")};
    QTest::newRow("edge: an address with spaces, as Redcarpet reads it")
        << QByteArray("[spaced](/a b)\n")
        << QStringList{QStringLiteral("md /a b «spaced» @9 {/a b}")};
    QTest::newRow("edge: a reference link's destination is not in the block")
        << QByteArray("[ref][1]\n\n[1]: /target\n")
        << QStringList{QStringLiteral("md /target «ref» @-1")};
    QTest::newRow("multibyte: Cyrillic link text, byte offsets")
        << QByteArray("Текст [ссылка](/ru) ещё\n")
        << QStringList{QStringLiteral("md /ru «ссылка» @26 {/ru}")};
    QTest::newRow("edge: a link in code is no link")
        << QByteArray("`[a](/x)`\n\n    [b](/y)\n") << QStringList{};
}

void TestOutline::links()
{
    QFETCH(QByteArray, page);
    QFETCH(QStringList, links);
    const Built b = build(page);
    QStringList found;
    for (const OutlineBlock &block : b.outline.blocks()) {
        for (const OutlineLink &link : block.links)
            found.append(describe(b, link));
    }
    QCOMPARE(found, links);
}

void TestOutline::tags_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QList<QList<int>>>("tags"); // token indices per block

    QTest::newRow("nominal: the tags of each block, by token index")
        << QByteArray("text <%= a %> <%= b %>\n\nplain\n\n<%= c %>\n")
        << QList<QList<int>>{{1, 3}, {}, {5}};
    QTest::newRow("nominal: a tag in an HTML block")
        << QByteArray("<div>\n<%= hoc_s(:a) %>\n</div>\n") << QList<QList<int>>{{1}};
    QTest::newRow("nominal: a list item holds its nested item's tags too")
        << QByteArray("- a <%= x %>\n  - b <%= y %>\n") << QList<QList<int>>{{1, 3}, {3}};
    QTest::newRow("nominal: comment and code tags count")
        << QByteArray("<%# note %> text <% x = 1 %>\n") << QList<QList<int>>{{0, 2}};
    QTest::newRow("nominal: token indices count the front matter's absence")
        << QByteArray("---\ntitle: T\n---\n<%= a %>\n") << QList<QList<int>>{{0}};
    QTest::newRow("robustness: an unterminated tag is a tag of its block")
        << QByteArray("text <%= broken\n") << QList<QList<int>>{{1}};
    QTest::newRow("edge: a tag over two lines keeps the paragraph whole")
        << QByteArray("a <%= hoc_s(\n:x) %> b\n") << QList<QList<int>>{{1}};
}

void TestOutline::tags()
{
    QFETCH(QByteArray, page);
    QFETCH(QList<QList<int>>, tags);
    const Built b = build(page);
    QList<QList<int>> found;
    for (const OutlineBlock &block : b.outline.blocks()) {
        found.append(QList<int>(block.tags.cbegin(), block.tags.cend()));
        for (int t : block.tags) {
            QVERIFY(b.tokens.at(t).kind != TemplateToken::Kind::Text);
            QVERIFY(b.tokens.at(t).begin < block.end && b.tokens.at(t).end > block.begin);
        }
    }
    QCOMPARE(found, tags);
}

// The outline reads what was written: a {{ }} include is masked as a tag in every variant
// (in .md pages it is shown as a placeholder, not read as markdown text).
void TestOutline::includesMaskedInEveryVariant()
{
    const QByteArray page = "{{ urls/learn }}\n\n[a](<%= x %>)\n";
    for (const PageVariant variant :
         {PageVariant::Md, PageVariant::MdPartial, PageVariant::ErbMd, PageVariant::MdErb}) {
        const Built b = build(page, variant);
        QCOMPARE(b.outline.blocks().size(), 2);
        QCOMPARE(b.outline.blocks().at(0).tags, QVector<int>{0});
        QVERIFY(b.outline.blocks().at(0).tagOnly);
        QCOMPARE(b.outline.blocks().at(1).links.size(), 1);
        QCOMPARE(b.outline.blocks().at(1).links.at(0).tag, 2);
    }
}

void TestOutline::activeTags_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("token");
    QTest::addColumn<QList<bool>>("active"); // Md, MdPartial, ErbMd, MdErb

    QTest::newRow("nominal: ERB is a tag except in .md.partial")
        << QByteArray("<%= a %>") << 0 << QList<bool>{true, false, true, true};
    QTest::newRow("nominal: ERB code and comments likewise")
        << QByteArray("<% a %><%# b %>") << 1 << QList<bool>{true, false, true, true};
    QTest::newRow("nominal: an include is a tag only in .md.partial")
        << QByteArray("{{ a }}") << 0 << QList<bool>{false, true, false, false};
    QTest::newRow("robustness: an unterminated ERB tag follows ERB")
        << QByteArray("x <%= a") << 1 << QList<bool>{true, false, true, true};
    QTest::newRow("robustness: an unterminated include follows includes")
        << QByteArray("x {{ a") << 1 << QList<bool>{false, true, false, false};
    QTest::newRow("edge: text is never a tag")
        << QByteArray("plain") << 0 << QList<bool>{false, false, false, false};
}

void TestOutline::activeTags()
{
    QFETCH(QByteArray, text);
    QFETCH(int, token);
    QFETCH(QList<bool>, active);
    const TemplateTokens tokens = TemplateLexer::tokenize(text);
    QVERIFY(token < tokens.size());
    const PageVariant variants[] = {PageVariant::Md, PageVariant::MdPartial, PageVariant::ErbMd,
                                    PageVariant::MdErb};
    for (int v = 0; v < 4; ++v)
        QCOMPARE(Outline::isActiveTag(tokens.at(token), variants[v]), active.at(v));
}

void TestOutline::maskedBody()
{
    const QByteArray page = "---\nt: x\n---\nA <%= hoc_s(\r\n:x) %> b {{ v }}\n";
    const Built b = build(page);
    const QByteArray body = page.mid(b.document.bodyOffset());
    QCOMPARE(b.outline.maskedBody().size(), body.size());
    // Every byte of a tag is '^' but its line breaks; the text around stays.
    QCOMPARE(b.outline.maskedBody(), QByteArray("A ^^^^^^^^^^\r\n^^^^^^ b ^^^^^^^\n"));
}

void TestOutline::blockAtAndInCode()
{
    // Offsets: the heading 0-2, the code block 5-16, the items from 19.
    const QByteArray page = "# T\n\n```\ncode\n```\n\n- a\n  - b\n";
    const Built b = build(page);
    const Outline &o = b.outline;
    QCOMPARE(o.blocks().size(), 4);
    QCOMPARE(o.blockAt(0), 0);
    QCOMPARE(o.blockAt(2), 0);
    QCOMPARE(o.blockAt(3), -1); // the line break after the heading
    QCOMPARE(o.blockAt(4), -1); // the blank line
    QCOMPARE(o.blockAt(5), 1);
    QVERIFY(!o.inCode(0));
    QVERIFY(o.inCode(9));
    QVERIFY(o.inCode(5));
    const qsizetype nested = page.indexOf("- b");
    // The first block that holds the offset: the outer item holds the nested one.
    QCOMPARE(o.blockAt(nested), 2);
    QCOMPARE(o.blockAt(page.indexOf("- a")), 2);
    QCOMPARE(o.blocks().at(3).begin, nested);
    QCOMPARE(o.blockAt(page.size()), -1);
    QCOMPARE(o.blockAt(-1), -1);
    QVERIFY(!o.inCode(page.size() + 100));
}

void TestOutline::count()
{
    const Built b = build("# A\n\n## B\n\ntext\n\n- x\n- y\n- z\n\n| a |\n|---|\n| b |\n\n***\n");
    QCOMPARE(b.outline.count(OutlineBlock::Kind::Heading), 2);
    QCOMPARE(b.outline.count(OutlineBlock::Kind::Paragraph), 1);
    QCOMPARE(b.outline.count(OutlineBlock::Kind::ListItem), 3);
    QCOMPARE(b.outline.count(OutlineBlock::Kind::TableRow), 2);
    QCOMPARE(b.outline.count(OutlineBlock::Kind::ThematicBreak), 1);
    QCOMPARE(b.outline.count(OutlineBlock::Kind::Code), 0);
    QCOMPARE(b.outline.count(OutlineBlock::Kind::Html), 0);
}

// A row with more cells than cmark-gfm's table parser can take is text, found once per run.
void TestOutline::wideTableRows()
{
    const QByteArray wide = "|" + QByteArray("a|").repeated(WideTableRows::MaxCells + 5);
    const QByteArray page = "---\nt: x\n---\nIntro\n\n" + wide + '\n' + wide + "\n\n| a |\n|---|\n";
    const Built b = build(page);
    QCOMPARE(b.outline.wideTableRows(), QVector<qsizetype>{page.indexOf(wide)});
    QCOMPARE(b.outline.count(OutlineBlock::Kind::TableRow), 1);
    QCOMPARE(b.outline.count(OutlineBlock::Kind::Paragraph), 2);
    QCOMPARE(b.outline.blocks().at(1).begin, page.indexOf(wide));
    QVERIFY(build("| a | b |\n|---|---|\n").outline.wideTableRows().isEmpty());
}

void TestOutline::hostile_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<int>("blocks");

    QTest::newRow("robustness: 50,000 quote markers")
        << QByteArray(QByteArray(50000, '>') + " x\n") << 1;
    QByteArray nested;
    for (int i = 0; i < 2000; ++i)
        nested += QByteArray(2 * i, ' ') + "- x\n";
    QTest::newRow("robustness: a list nested 2,000 deep") << nested << 2000;
    QTest::newRow("robustness: 100,000 unclosed brackets")
        << QByteArray(QByteArray(100000, '[') + "x" + QByteArray("](/a)").repeated(10) + '\n') << 1;
    QTest::newRow("robustness: 100,000 asterisks")
        << QByteArray(QByteArray(100000, '*') + '\n') << 1;
    QTest::newRow("robustness: a 2 MB line")
        << QByteArray(QByteArray("word ").repeated(400000) + '\n') << 1;
    QTest::newRow("robustness: 20,000 unclosed div tags")
        << QByteArray(QByteArray("<div>").repeated(20000) + '\n') << 1;
    QTest::newRow("robustness: 20,000 unclosed ERB tags")
        << QByteArray(QByteArray("<%= x ").repeated(20000) + '\n') << 1;
    QTest::newRow("robustness: 20,000 short paragraphs")
        << QByteArray(QByteArray("p [l](/x) <%= a %>\n\n").repeated(20000)) << 20000;
}

void TestOutline::hostile()
{
    QFETCH(QByteArray, page);
    QFETCH(int, blocks);
    QElapsedTimer timer;
    timer.start();
    const Built b = build(page);
    // Generous: each takes well under a second; a quadratic walk would take minutes.
    QVERIFY2(timer.elapsed() < 20000, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(b.outline.blocks().size(), blocks);
    for (const OutlineBlock &block : b.outline.blocks()) {
        QVERIFY(block.begin >= 0 && block.begin <= block.end && block.end <= page.size());
        for (const OutlineLink &link : block.links)
            QVERIFY(link.begin < 0 || (link.begin >= block.begin && link.end <= block.end));
    }
    QCOMPARE(b.outline.maskedBody().size(), page.size());
}

QTEST_GUILESS_MAIN(TestOutline)
#include "tst_outline.moc"
