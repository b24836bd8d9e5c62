// The validator: one row per check that must fire and one that must not, the sample site's
// deliberate defects, the corpus' real defects, English pages as their own translation,
// alignment, and the report formats.

#include "analysis/alignment.h"
#include "analysis/pageanalysis.h"
#include "check/diagnosticcatalog.h"
#include "check/reportwriter.h"
#include "check/validator.h"
#include "render/renderer.h"
#include "site/project.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Tilmech;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList codes(const Diagnostics &diagnostics)
{
    QStringList list;
    for (const Diagnostic &d : diagnostics)
        list << d.code;
    return list;
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toText();
    return lines.join(QLatin1Char('\n'));
}

const QByteArray FrontMatter = "---\ntitle: T\nlayout: wide\n---\n";

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checks_data();
    void checks();
    void activeContentInStrings_data();
    void activeContentInStrings();
    void redcarpetChecks_data();
    void redcarpetChecks();
    void catalogChecks_data();
    void catalogChecks();
    void mangledFix_data();
    void mangledFix();
    void alignment_data();
    void alignment();
    void alignmentScores_data();
    void alignmentScores();
    void outlineText_data();
    void outlineText();
    void sampleDefects_data();
    void sampleDefects();
    void sampleCleanPages_data();
    void sampleCleanPages();
    void renderBlocksForeignTags();
    void viewProblemsOncePerView();
    void reports();
    void codesDocumented();
    void corpusDefects_data();
    void corpusDefects();
    void englishAsOwnTranslation();

private:
    QTemporaryDir m_site;
};

void TestValidator::initTestCase()
{
    QVERIFY(m_site.isValid());
    const QString root = m_site.path();
    QVERIFY(
        writeFile(root + QStringLiteral("/views/urls/learn.erb"), "<%= resolve_url('/learn') %>"));
    QVERIFY(writeFile(root + QStringLiteral("/views/signup_button.haml"),
                      "%a{href: resolve_url('/#join')}\n  %button= hoc_s(:signup)\n"));
    QVERIFY(writeFile(root + QStringLiteral("/i18n/en.yml"),
                      "en:\n  signup: Sign up\n  title: Title\n  only_en: Only English\n"
                      "  campaign_date_full: December 9-15\n"));
    QVERIFY(writeFile(
        root + QStringLiteral("/i18n/ky.yml"),
        "ky:\n  signup: Катталуу\n  title: Аталыш\n  campaign_date_full: 9-15-декабрь\n"));
    QVERIFY(writeFile(root + QStringLiteral("/public/learn.md"), FrontMatter + "# Learn\n"));
    QVERIFY(
        writeFile(root + QStringLiteral("/i18n/public/ky/learn.md"), FrontMatter + "# Үйрөн\n"));
    QVERIFY(writeFile(root + QStringLiteral("/public/index.md"),
                      FrontMatter + "<a id=\"join\"></a>\n\n# Home\n"));
    QVERIFY(writeFile(root + QStringLiteral("/public/files/guide.pdf"), "%PDF-1.4\n"));
}

void TestValidator::checks_data()
{
    QTest::addColumn<QByteArray>("english"); // empty: the page is checked as English
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("fires");

    const QByteArray fm = FrontMatter;
    const QString md = QStringLiteral(".md");
    const QString partial = QStringLiteral(".md.partial");
    auto row = [&](const char *name, const QByteArray &en, const QByteArray &ky, const QString &ext,
                   const char *code, bool fires) {
        QTest::newRow(name) << en << ky << ext << QString::fromLatin1(code) << fires;
    };
    // template
    row("fires: unterminated tag", {}, fm + "a <%= hoc_s(:title)\n", md, "template-unterminated",
        true);
    row("quiet: terminated tag", {}, fm + "a <%= hoc_s(:title) %>\n", md, "template-unterminated",
        false);
    row("fires: stray %>", {}, fm + "text %> more\n", md, "template-stray-close", true);
    row("quiet: percent sign", {}, fm + "50 % off\n", md, "template-stray-close", false);
    row("fires: if without end", {}, fm + "<% if @country == 'us' %>\nx\n", md,
        "template-unbalanced", true);
    row("fires: stray end", {}, fm + "x\n<% end %>\n", md, "template-unbalanced", true);
    row("quiet: balanced if", {}, fm + "<% if @country == 'us' %>\nx\n<% else %>\ny\n<% end %>\n",
        md, "template-unbalanced", false);
    row("fires: unknown helper", {}, fm + "<%= make_magic(:x) %>\n", md, "template-unknown-helper",
        true);
    row("quiet: known helper", {}, fm + "<%= hoc_s(:title) %>\n", md, "template-unknown-helper",
        false);
    row("fires: Ruby code", {}, fm + "<% while true; end %>\n", md, "template-unevaluated", true);
    row("fires: a database query is noted, not taken for an unknown helper", {},
        fm + "<% rows = DB[:cdo_partners].where(kind_s: 'la') %>\n", md, "template-database", true);
    row("quiet: a database query is no unknown helper", {},
        fm + "<% rows = DB[:cdo_partners].where(kind_s: 'la') %>\n", md, "template-unknown-helper",
        false);
    row("quiet: a local the page's code assigns is no unknown helper", {},
        fm + "<% links = {u: 'x'}; more = 1 %>\n<%= view :share_buttons, facebook: links %>\n", md,
        "template-unknown-helper", false);
    row("fires: a name nothing assigns is an unknown helper", {},
        fm + "<%= view :share_buttons, facebook: links %>\n", md, "template-unknown-helper", true);
    row("quiet: an assignment Tilmech runs", fm + "<% x = 1 %>\n", fm + "<% x = 1 %>\n", md,
        "template-unevaluated", false);
    row("fires: wrong argument kind", {}, fm + "<%= resolve_url(:learn) %>\n", md,
        "template-argument", true);
    row("fires: unknown campaign format", {}, fm + "<%= campaign_date('someday') %>\n", md,
        "template-argument", true);
    row("quiet: right arguments", {}, fm + "<%= campaign_date('full') %>\n", md,
        "template-argument", false);
    row("fires: syntax error", {}, fm + "<%= hoc_s(:title %>\n", md, "template-syntax", true);
    row("fires: typographic quotes", fm + "[a](<%= resolve_url('/learn') %>)\n",
        fm + "[а](<%= resolve_url(‘/learn’) %>)\n", md, "template-mangled", true);
    row("fires: lost <", fm + "<a href=\"<%= resolve_url('/learn') %>\">a</a>\n",
        fm + "<a href=\"%= resolve_url('/learn') %\">а</a>\n", md, "template-mangled", true);
    row("fires: space in helper name", fm + "<%= hoc_s(:title) %>\n",
        fm + "<%= hoc _s(:title) %>\n", md, "template-mangled", true);
    row("fires: full-width percent", fm + "<%= hoc_s(:title) %>\n", fm + "<％= hoc_s(:title) ％>\n",
        md, "template-mangled", true);
    row("quiet: intact tag", fm + "<%= hoc_s(:title) %>\n", fm + "<%= hoc_s(:title) %>\n", md,
        "template-mangled", false);
    row("fires: ERB in .md.partial", {}, fm + "<%= hoc_s(:title) %>\n", partial,
        "template-inactive", true);
    row("quiet: include in .md.partial", {}, fm + "{{ signup_button }}\n", partial,
        "template-inactive", false);
    row("fires: include naming no partial", {}, fm + "{{ urls/nowhere }}\n", partial,
        "include-missing", true);
    row("fires: view naming no partial", {}, fm + "<%= view :nowhere %>\n", md, "include-missing",
        true);
    row("quiet: existing partial", {}, fm + "{{ urls/learn }}\n", partial, "include-missing",
        false);
    row("fires: invalid include name", {}, fm + "{{ urls learn }}\n", partial, "include-invalid",
        true);
    // parity
    row("fires: tag missing", fm + "<%= hoc_s(:title) %> and <%= view :signup_button %>\n",
        fm + "<%= hoc_s(:title) %> жана\n", md, "parity-tag-missing", true);
    row("quiet: tags complete", fm + "<%= hoc_s(:title) %>\n", fm + "<%= hoc_s(:title) %> ырас\n",
        md, "parity-tag-missing", false);
    row("fires: foreign tag", fm + "Text\n", fm + "Текст <%= view :signup_button %>\n", md,
        "parity-tag-not-in-source", true);
    row("fires: hostile tag", fm + "Text\n", fm + "Текст <%= system('rm -rf /') %>\n", md,
        "parity-tag-not-in-source", true);
    row("quiet: same tag in other quotes", fm + "[a](<%= resolve_url('/learn') %>)\n",
        fm + "[а](<%= resolve_url(\"/learn\") %>)\n", md, "parity-tag-not-in-source", false);
    row("fires: altered tag", fm + "[a](<%= resolve_url('/learn') %>)\n",
        fm + "[а](<%= resolve_url('/index') %>)\n", md, "parity-tag-altered", true);
    row("fires: allow-listed tag added", fm + "In December.\n",
        fm + "<%= campaign_date('full') %> болот.\n", md, "parity-tag-added", true);
    row("fires: link target differs", fm + "See [the guide](https://example.org/a).\n",
        fm + "Көрүңүз [колдонмо](https://example.org/b).\n", md, "parity-link-target", true);
    row("quiet: same link target", fm + "See [the guide](https://example.org/a).\n",
        fm + "Көрүңүз [колдонмо](https://example.org/a).\n", md, "parity-link-target", false);
    row("fires: image differs", fm + "![logo](/images/a.png) Logo text here\n",
        fm + "![лого](/images/b.png) Лого тексти бул жерде\n", md, "parity-image", true);
    // URL
    row("fires: target page missing", {}, fm + "[a](<%= resolve_url('/nowhere') %>)\n", md,
        "url-page-missing", true);
    row("quiet: target page exists", {}, fm + "[a](<%= resolve_url('/learn') %>)\n", md,
        "url-page-missing", false);
    row("quiet: target is a file", {}, fm + "[a](<%= resolve_url('/files/guide.pdf') %>)\n", md,
        "url-page-missing", false);
    row("fires: include leads nowhere", {}, fm + "[a]({{ urls/learn }})\n", partial,
        "url-page-missing", false);
    row("fires: fragment missing", {}, fm + "[a](<%= resolve_url('/#nothing') %>)\n", md,
        "url-fragment-missing", true);
    row("quiet: fragment exists", {}, fm + "[a](<%= resolve_url('/#join') %>)\n", md,
        "url-fragment-missing", false);
    row("fires: absolute URL in resolve_url", {},
        fm + "[a](<%= resolve_url('https://www.youtube.com/x') %>)\n", md,
        "url-absolute-in-resolve-url", true);
    row("quiet: code.org URL in resolve_url", {},
        fm + "[a](<%= resolve_url('https://code.org/learn') %>)\n", md,
        "url-absolute-in-resolve-url", false);
    row("fires: malformed mailto", {}, fm + "[mail](mailto:press@@code)\n", md, "url-malformed",
        true);
    row("quiet: good mailto", {}, fm + "[mail](mailto:press@code.org)\n", md, "url-malformed",
        false);
    row("fires: malformed URL", {}, fm + "<a href=\"http://exa mple.org\">x</a>\n", md,
        "url-malformed", true);
    row("fires: broken link syntax", {}, fm + "See \\[the guide\\] (https://example.org/a).\n", md,
        "link-broken-syntax", true);
    row("quiet: a space before the address, which the live site links", {},
        fm + "See [the guide] (https://example.org/a).\n", md, "link-broken-syntax", false);
    row("quiet: prose brackets", {}, fm + "Grades [K-5] (ages 5 to 10).\n", md,
        "link-broken-syntax", false);
    row("fires: site-relative link", {}, fm + "[prizes](/prizes)\n", md, "link-site-relative",
        true);
    row("quiet: resolved link", {}, fm + "[prizes](<%= resolve_url('/learn') %>)\n", md,
        "link-site-relative", false);
    // HTML
    row("fires: unclosed attribute quote", {},
        fm + "<a href=\"<%= resolve_url('/learn') %>Learn</a>\n", md, "html-unclosed-tag", true);
    row("quiet: closed tag", {}, fm + "<a href=\"<%= resolve_url('/learn') %>\">Learn</a>\n", md,
        "html-unclosed-tag", false);
    row("fires: split tag", {}, fm + "<\n\np>text</p>\n", md, "html-split-tag", true);
    row("quiet: less-than in prose", {}, fm + "when a < b holds\n", md, "html-split-tag", false);
    row("fires: unclosed element", {}, fm + "<a href=\"https://example.org\"><button>Go</button>\n",
        md, "html-unclosed-element", true);
    row("quiet: closed element", {},
        fm + "<a href=\"https://example.org\"><button>Go</button></a>\n", md,
        "html-unclosed-element", false);
    // active content: what a browser runs or loads, unless the English page has it too
    const QByteArray en = fm + "Text here.\n";
    row("fires: script added", en, fm + "Текст.\n\n<script>alert(1)</script>\n", md,
        "active-script", true);
    row("quiet: script the English page has", fm + "<script src=\"a.js\"></script>\n",
        fm + "<script src=\"a.js\"></script>\n", md, "active-script", false);
    row("fires: a second script", fm + "<script src=\"a.js\"></script>\n",
        fm + "<script src=\"a.js\"></script>\n\n<SCRIPT>x()</SCRIPT>\n", md, "active-script", true);
    row("fires: script in a translation without English", QByteArray("-"),
        fm + "<script>x()</script>\n", md, "active-script", true);
    row("quiet: script in a code block", en, fm + "```\n<script>x()</script>\n```\n", md,
        "active-script", false);
    row("quiet: script in an HTML comment", en, fm + "<!-- <script>x()</script> -->\n", md,
        "active-script", false);
    row("quiet: English page on its own", {}, fm + "<script>x()</script>\n", md, "active-script",
        false);
    row("fires: onerror handler", en, fm + "<img src=\"/images/a.png\" onerror=\"alert(1)\">\n", md,
        "active-event-handler", true);
    row("fires: handler after a slash", en, fm + "<svg/ONLOAD=alert(1)>\n", md,
        "active-event-handler", true);
    row("fires: handler in a markdown paragraph", en, fm + "Текст <b onmouseover=alert(1)>б</b>.\n",
        md, "active-event-handler", true);
    row("quiet: handler the English page has", fm + "<button onclick=\"go()\">Go</button>\n",
        fm + "<button onclick=\"go()\">Бар</button>\n", md, "active-event-handler", false);
    row("quiet: word starting with on in text", en, fm + "Turn it on=off, online.\n", md,
        "active-event-handler", false);
    row("fires: javascript: link", en, fm + "<a href=\"javascript:alert(1)\">x</a>\n", md,
        "active-url", true);
    row("fires: upper-case scheme", en, fm + "<a href='JavaScript:alert(1)'>x</a>\n", md,
        "active-url", true);
    row("fires: scheme hidden by a character reference", en,
        fm + "<a href=\"jav&#x61;script:alert(1)\">x</a>\n", md, "active-url", true);
    row("fires: reference without semicolon", en,
        fm + "<a href=\"&#106avascript:alert(1)\">x</a>\n", md, "active-url", true);
    row("fires: tab inside the scheme", en, fm + "<a href=\"java\tscript:alert(1)\">x</a>\n", md,
        "active-url", true);
    row("fires: named colon", en, fm + "<a href=\"javascript&colon;alert(1)\">x</a>\n", md,
        "active-url", true);
    row("fires: leading blanks", en, fm + "<a href=\"  &#x20;javascript:alert(1)\">x</a>\n", md,
        "active-url", true);
    row("fires: formaction", en, fm + "<button formaction=\"javascript:alert(1)\">x</button>\n", md,
        "active-url", true);
    row("fires: markdown link", en, fm + "Текст [басыңыз](javascript:alert(1)).\n", md,
        "active-url", true);
    row("fires: markdown image with data URL", en,
        fm + "![сүрөт](data:image/svg+xml;base64,PHN2Zz4=)\n", md, "active-url", true);
    row("fires: markdown link with reference in scheme", en, fm + "[x](jav&#x61;script:alert(1))\n",
        md, "active-url", true);
    row("quiet: web link", en,
        fm + "<a href=\"https://code.org\">x</a> [y](https://code.org/learn)\n", md, "active-url",
        false);
    row("quiet: data: in alt text", en,
        fm + "<img src=\"/images/a.png\" alt=\"data: 5 schools\">\n", md, "active-url", false);
    row("fires: iframe", en, fm + "<iframe src=\"https://example.org\"></iframe>\n", md,
        "active-embed", true);
    row("fires: object", en, fm + "<object data=\"x.swf\"></object>\n", md, "active-embed", true);
    row("fires: embed", en, fm + "<embed src=\"x.swf\">\n", md, "active-embed", true);
    row("quiet: iframe the English page has",
        fm + "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n",
        fm + "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n", md, "active-embed",
        false);
    row("fires: meta refresh", en,
        fm + "<meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">\n", md,
        "active-meta", true);
    row("quiet: meta without http-equiv", en, fm + "<meta name=\"x\" content=\"y\">\n", md,
        "active-meta", false);
    row("fires: base", en, fm + "<base href=\"https://example.org/\">\n", md, "active-base", true);
    row("fires: form", en, fm + "<form action=\"https://example.org\"><input name=\"p\"></form>\n",
        md, "active-form", true);
    row("quiet: form the English page has", fm + "<form action=\"/x\"><input></form>\n",
        fm + "<form action=\"/x\"><input></form>\n", md, "active-form", false);
    // strings
    row("fires: string falls back to English", fm + "<%= hoc_s(:only_en) %>\n",
        fm + "<%= hoc_s(:only_en) %>\n", md, "string-fallback", true);
    row("quiet: string translated", fm + "<%= hoc_s(:signup) %>\n", fm + "<%= hoc_s(:signup) %>\n",
        md, "string-fallback", false);
    row("fires: string missing everywhere", {}, fm + "<%= hoc_s(:no_such_key) %>\n", md,
        "string-missing", true);
    // structure
    row("fires: heading count", fm + "# A\n\ntext\n\n## B\n\nmore\n", fm + "# А\n\nтекст\n\nдагы\n",
        md, "structure-headings", true);
    row("quiet: heading count", fm + "# A\n\ntext\n", fm + "# А\n\nтекст\n", md,
        "structure-headings", false);
    row("fires: heading as bold",
        fm + "Intro text here.\n\n## Key tips\n\nMore text follows here.\n",
        fm + "Киришүү тексти.\n\n**Негизги кеңештер**\n\nДагы текст бул жерде.\n", md,
        "structure-heading-as-bold", true);
    row("fires: list item count", fm + "- one\n- two\n- three\n", fm + "- бир\n- эки\n", md,
        "structure-list-items", true);
    row("fires: table rows", fm + "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n",
        fm + "| а | б |\n|---|---|\n| 1 | 2 |\n", md, "structure-tables", true);
    row("fires: code blocks", fm + "Text\n\n```\ncode\n```\n", fm + "Текст\n", md,
        "structure-code-blocks", true);
    row("fires: a bracketed name and title vanish as a div", fm + "Text.\n\nYour Name, Title\n",
        fm + "Текст.\n\n[Сиздин атыңыз], [Кызмат]\n", md, "structure-div-bracket-text", true);
    row("fires: a bracketed sentence vanishes as a div", fm + "Text.\n",
        fm + "Текст.\n\n[HOUSE OR SENATE RESOLUTION ###]\n", md, "structure-div-bracket-text",
        true);
    row("fires: a closing bracket with text is taken as a div end", fm + "Text.\n",
        fm + "Текст.\n\n[/бүттү баары]\n", md, "structure-div-bracket-text", true);
    row("quiet: the same bracket text as the English page",
        fm + "Text.\n\n[HOUSE OR SENATE RESOLUTION ###]\n",
        fm + "Текст.\n\n[HOUSE OR SENATE RESOLUTION ###]\n", md, "structure-div-bracket-text",
        false);
    row("quiet: a column marker", fm + "[col-33]\n\nText.\n\n[/col-33]\n",
        fm + "[col-33]\n\nТекст.\n\n[/col-33]\n", md, "structure-div-bracket-text", false);
    row("quiet: an id marker", fm + "[#faq]\n\nText.\n\n[/faq]\n",
        fm + "[#faq]\n\nТекст.\n\n[/faq]\n", md, "structure-div-bracket-text", false);
    row("quiet: text before the brackets keeps the line", fm + "Text.\n",
        fm + "Кол тамга: [Сиздин атыңыз], [Кызмат]\n", md, "structure-div-bracket-text", false);
    row("quiet: a bracket paragraph over two lines stays text", fm + "Text.\n",
        fm + "[Сиздин атыңыз,\nКызмат]\n", md, "structure-div-bracket-text", false);
    const QString erbMd = QStringLiteral(".erb.md");
    const QByteArray link = "<a href=\"<%= resolve_url('/learn') %>\">Learn</a>\n";
    row("fires: .erb.md: a tag in a markdown link address is never run", fm + link,
        fm + "[Үйрөн](<%= resolve_url('/learn') %>)\n", erbMd, "template-erb-md-not-run", true);
    row("fires: .erb.md: a tag in markdown text prints as text",
        fm + "<div><%= view :box %></div>\n", fm + "<%= view :box %>\n", erbMd,
        "template-erb-md-not-run", true);
    row("fires: .erb.md: a tag in an inline HTML tag's attribute cuts the tag at its %>", fm + link,
        fm + "Бул <a href=\"<%= resolve_url('/learn') %>\">Үйрөн</a>\n", erbMd,
        "template-erb-md-not-run", true);
    row("quiet: .erb.md: a tag in an HTML block's attribute runs", fm + link,
        fm + "<p>Бул <a href=\"<%= resolve_url('/learn') %>\">Үйрөн</a></p>\n", erbMd,
        "template-erb-md-not-run", false);
    row("quiet: .erb.md: a tag in an HTML block runs", fm + "<div><%= view :box %></div>\n",
        fm + "<div><%= view :box %></div>\n", erbMd, "template-erb-md-not-run", false);
    row("quiet: .md.erb: ERB runs first", fm + "[Learn](<%= resolve_url('/learn') %>)\n",
        fm + "[Үйрөн](<%= resolve_url('/learn') %>)\n", QStringLiteral(".md.erb"),
        "template-erb-md-not-run", false);
    row("fires: unpaired bold", fm + "Some **bold** text.\n", fm + "Кээ бир **калың текст.\n", md,
        "structure-emphasis", true);
    row("quiet: paired bold", fm + "Some **bold** text.\n", fm + "Кээ бир **калың** текст.\n", md,
        "structure-emphasis", false);
    // content
    row("fires: untranslated block", fm + "Plain English sentence here.\n",
        fm + "Plain English sentence here.\n", md, "content-untranslated", true);
    row("quiet: translated block", fm + "Plain English sentence here.\n",
        fm + "Бул жерде жөнөкөй сүйлөм.\n", md, "content-untranslated", false);
    row("fires: numbers differ", fm + "In 2015, 7 million jobs; 60 percent of schools.\n",
        fm + "2015-жылы 7 миллион жумуш; мектептердин 75%.\n", md, "content-numbers", true);
    row("quiet: same numbers", fm + "In 2015, 7 million jobs.\n",
        fm + "2015-жылы 7 миллион жумуш орду.\n", md, "content-numbers", false);
    row("fires: homoglyph", fm + "Our school joins.\n", fm + "Биздин мектеп кoшулат.\n", md,
        "content-homoglyph", true);
    row("quiet: names in Latin", fm + "Code.org joins.\n", fm + "Code.org кошулат.\n", md,
        "content-homoglyph", false);
    row("fires: homoglyph, accented Latin", fm + "Our school joins.\n",
        fm + "Биздин мектéп кошулат.\n", md, "content-homoglyph", true);
    row("fires: doubled spaces", fm + "One two three.\n", fm + "Бир  эки үч.\n", md,
        "content-whitespace", true);
    row("quiet: hard line break", fm + "One two  \nthree.\n", fm + "Бир эки  \nүч.\n", md,
        "content-whitespace", false);
    // front matter and files
    row("fires: front matter value changed", fm + "x\n", "---\ntitle: Т\nlayout: default\n---\nx\n",
        md, "front-matter-value", true);
    row("quiet: title translated", fm + "x\n", "---\ntitle: Аталыш\nlayout: wide\n---\nx\n", md,
        "front-matter-value", false);
    row("fires: front matter key missing", fm + "x\n", "---\ntitle: Т\n---\nx\n", md,
        "front-matter-keys", true);
    row("fires: front matter not a map", {}, "---\n- a\n---\nx\n", md, "front-matter-not-map",
        true);
    row("fires: front matter YAML error", {}, "---\ntitle: [x\n---\nx\n", md, "front-matter-yaml",
        true);
    row("fires: invalid UTF-8", {}, fm + "bad \xFF byte\n", md, "file-invalid-utf8", true);
    row("fires: line ends differ", fm + "x\n", "---\r\ntitle: T\r\nlayout: wide\r\n---\r\nx\r\n",
        md, "file-line-ends", true);
    row("quiet: same line ends", fm + "x\n", fm + "ы\n", md, "file-line-ends", false);
    row("fires: orphan translation", QByteArray("-"), fm + "ы\n", md, "file-orphan", true);
}

void TestValidator::checks()
{
    QFETCH(QByteArray, english);
    QFETCH(QByteArray, translation);
    QFETCH(QString, extension);
    QFETCH(QString, code);
    QFETCH(bool, fires);
    QVERIFY2(DiagnosticCatalog::find(code), qPrintable(code));

    // A fresh copy of the base site with this row's page.
    QTemporaryDir dir;
    QDirIterator it(m_site.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        QFile in(from);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(dir.filePath(QDir(m_site.path()).relativeFilePath(from)), in.readAll()));
    }
    const bool englishOnly = english.isEmpty();
    const QString translationPath = englishOnly ? QStringLiteral("public/t") + extension
                                                : QStringLiteral("i18n/public/ky/t") + extension;
    QVERIFY(writeFile(dir.filePath(translationPath), translation));
    if (!englishOnly && english != "-")
        QVERIFY(writeFile(dir.filePath(QStringLiteral("public/t") + extension), english));

    QString error;
    const auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error));
    const PageFile file = project->fileForPath(dir.filePath(translationPath));
    QVERIFY(file.isValid());
    const Validator validator(project);
    const Diagnostics found = validator.validateFile(file);
    const bool fired = codes(found).contains(code);
    QVERIFY2(fired == fires, qPrintable(dump(found)));
    for (const Diagnostic &d : found) {
        QVERIFY(!d.message.isEmpty());
        QCOMPARE(d.file, translationPath);
        QVERIFY2(DiagnosticCatalog::find(d.code), qPrintable(d.code));
        // Active content must stop the export: it is always an error.
        if (d.code == code && code.startsWith(QLatin1String("active-")))
            QCOMPARE(d.severity, Diagnostic::Severity::Error);
        if (d.code == code && d.line > 0) {
            QVERIFY(d.column > 0);
            QVERIFY(d.begin >= 0 && d.end >= d.begin);
        }
    }
}

// The warnings where the live site's renderer (Redcarpet, REDCARPET.md) shows what the author
// most likely did not mean: each row is an English page, the codes counted together, and
// the page text that each of their findings underlines, in order.
void TestValidator::redcarpetChecks_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("spans"); // "*": a finding whose span is not compared

    const QString md = QStringLiteral(".md");
    const QString partial = QStringLiteral(".md.partial");
    const QString mdErb = QStringLiteral(".md.erb");
    auto row = [](const char *name, const QString &ext, const QByteArray &body, const char *codes,
                  const QStringList &spans) {
        QTest::newRow(name) << ext << body << QString::fromLatin1(codes).split(QLatin1Char(','))
                            << spans;
    };
    const char *space = "markdown-link-space";
    const char *emphasis = "markdown-intraword-emphasis";
    const char *tag = "markdown-tag-swallows-text";
    const char *table = "markdown-table-ends-early";
    const char *anyTag = "markdown-tag-swallows-text,html-unclosed-tag";
    struct L : QStringList
    {
        L() = default;
        L(std::initializer_list<const char *> items)
        {
            for (const char *item : items)
                append(QString::fromUtf8(item));
        }
    };

    // M-e
    row("nominal: Me1, a space in a file name", md,
        "Download [the lesson plan](/files/lesson plan.docx).\n", space,
        L{"/files/lesson plan.docx"});
    row("nominal: Me2, a space in a host name", md,
        "Try [a tutorial](https://code. org/learn) or [share it](/promote).\n", space,
        L{"https://code. org/learn"});
    row("nominal: image address with a space", md, "![logo](/images/my logo.png)\n", space,
        L{"/images/my logo.png"});
    row("nominal: address broken over two lines", md, "See [the guide](/how-to/\nguide) now.\n",
        space, L{"/how-to/\nguide"});
    row("nominal: space in a list item's link", md, "- [Poster](/files/poster 2.pdf)\n- two\n",
        space, L{"/files/poster 2.pdf"});
    row("robustness: a title after the address", md,
        "See [t](/learn \"The title\") and [u](/x 'x').\n", space, L{});
    row("robustness: spaces around the address", md, "See [t]( /learn ).\n", space, L{});
    row("robustness: an ERB tag as the address", mdErb,
        "See [t](<%= resolve_url('/learn') %>) now.\n", space, L{});
    row("robustness: an include as the address", partial, "See [t]({{ urls/learn }}) now.\n", space,
        L{});
    row("robustness: a space inside a code span", md, "Write `[t](/a b)` like this.\n", space, L{});
    row("robustness: a space in a fenced code block", md, "```\n[t](/a b)\n```\n", space, L{});
    // M-g
    row("nominal: Mg1, a hashtag", md, "Use the hashtag #Hour_of_Code today.\n", emphasis,
        L{"_of_"});
    row("nominal: Mg2, a pair across words", md,
        "Call view :about_logos, logos:DB[:cdo_partners] here.\n", emphasis,
        L{"_logos, logos:DB[:cdo_"});
    row("nominal: Cyrillic words", md, "Файл: сабак_план_2024.docx\n", emphasis, L{"_план_"});
    row("nominal: two pairs in one word", md, "a_b_c_d_e\n", emphasis, L{"_b_", "_d_"});
    row("nominal: a pair in a heading", md, "## The Hour_of_Code\n", emphasis, L{"_of_"});
    row("nominal: a pair in a table cell", md, "| a | b |\n|---|---|\n| x_y_z | 2 |\n", emphasis,
        L{"_y_"});
    row("nominal: a pair in link text", md, "[my_file_name](/learn)\n", emphasis, L{"_file_"});
    row("robustness: escaped underscores", md, "#Hour\\_of\\_Code\n", emphasis, L{});
    row("robustness: emphasis meant as such", md, "This is _really_ important.\n", emphasis, L{});
    row("robustness: a word with one underscore", md, "Use snake_case here.\n", emphasis, L{});
    row("robustness: snake_case in backticks", md, "Use `snake_case_name` and `a_b_c` here.\n",
        emphasis, L{});
    row("robustness: underscores in link addresses", md,
        "See [a](/my_page_name) and [b](https://x.org/a_b_c).\n", emphasis, L{});
    row("robustness: underscores in an autolink", md,
        "See https://x.org/a_b_c and www.x.org/d_e_f now.\n", emphasis, L{});
    row("robustness: underscores in HTML attributes", md,
        "See <a href=\"/my_page_name\" class=\"a_b_c\">the page</a>.\n", emphasis, L{});
    row("robustness: underscores in template tags", mdErb,
        "Say <%= hoc_s(:call_to_action_text) %> now.\n", emphasis, L{});
    row("robustness: underscores in an indented code block", md, "Text.\n\n    a_b_c\n", emphasis,
        L{});
    row("robustness: underscores in an HTML block", md,
        "<div class=\"x\">\nfile_name_here\n</div>\n", emphasis, L{});
    // M-h
    row("nominal: Mh1, text after the quote (one finding)", md,
        "Videos (<a href=\"https://www.youtube.com/watch?v=qYZF6oIZtfc\"1 minute</a>, 5 "
        "minutes).\n",
        anyTag, L{"*"});
    row("nominal: Mh2, a quote never closed (one finding)", md,
        "## Hosting?<a href=\"/us/how-to>See the guide</a>\n\nMore text \"here\".\n", anyTag,
        L{"*"});
    row("nominal: a > inside a quoted value", md,
        "A <a title=\"x > y\" href=\"/learn\">text</a> here.\n", tag, L{"<a title=\"x >"});
    row("nominal: words after the value, then >", md, "See <a href=\"/learn\"1 minute>video</a>.\n",
        tag, L{"<a href=\"/learn\"1 minute>"});
    row("robustness: a well-formed tag", md,
        "See <a href=\"/learn\" title=\"t\">video</a> and <img src=\"/images/a.png\" "
        "alt='it\"s'/>.\n",
        anyTag, L{});
    row("robustness: attributes without a space between", md,
        "See <a href=\"/learn\"title=\"t\">video</a>.\n", anyTag, L{});
    row("robustness: a malformed tag in a code span", md, "Write `<a href=\"x\"1 min>` so.\n",
        anyTag, L{});
    // M-i
    row("nominal: Mi2, a line without |", md,
        "| A | B |\n|---|---|\n| 1 | one |\nnot a row\n| 2 | two |\n", table, L{"not a row"});
    row("nominal: a cell broken over lines", md,
        "| Name | Mail |\n| --- | --- |\n| Ann | a@x.org\nb@x.org\n| Bob | c@x.org |\n", table,
        L{"b@x.org"});
    row("robustness: a table that ends at a blank line", md,
        "| A | B |\n|---|---|\n| 1 | one |\n\nAfter the table.\n", table, L{});
    row("robustness: a heading after a table", md, "| A | B |\n|---|---|\n| 1 | one |\n## Next\n",
        table, L{});
    row("robustness: rows without outer pipes", md, "A | B\n--|--\n1 | one\n2 | two\n", table, L{});
    row("robustness: a table in a code block", md, "```\n| A | B |\n|---|---|\nnot a row\n```\n",
        table, L{});
    // Offsets are those of the page file, after front matter, tags and Cyrillic text.
    row("nominal: span after a tag and Cyrillic text", mdErb,
        "Салам <%= hoc_s(:title) %>, [файл](/files/бир эки.pdf) жана #Hour_of_Code.\n",
        "markdown-link-space,markdown-intraword-emphasis", L{"/files/бир эки.pdf", "_of_"});
}

void TestValidator::redcarpetChecks()
{
    QFETCH(QString, extension);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, spans);
    for (const QString &code : qAsConst(codes))
        QVERIFY2(DiagnosticCatalog::find(code), qPrintable(code));

    QTemporaryDir dir;
    QDirIterator it(m_site.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        QFile in(from);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(dir.filePath(QDir(m_site.path()).relativeFilePath(from)), in.readAll()));
    }
    const QString path = QStringLiteral("public/t") + extension;
    const QByteArray bytes = FrontMatter + body;
    QVERIFY(writeFile(dir.filePath(path), bytes));
    QString error;
    const auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error));
    const PageFile file = project->fileForPath(dir.filePath(path));
    QVERIFY(file.isValid());
    const Diagnostics found = Validator(project).validateFile(file);

    QStringList underlined;
    for (const Diagnostic &d : found) {
        if (!codes.contains(d.code))
            continue;
        QVERIFY2(d.begin >= 0 && d.end > d.begin && d.end <= bytes.size(), qPrintable(d.toText()));
        if (d.code.startsWith(QLatin1String("markdown-"))) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            // The line and column are those of the first underlined character.
            const QByteArray before = bytes.left(d.begin);
            QCOMPARE(d.line, int(before.count('\n')) + 1);
            const QString lineText = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1));
            QCOMPARE(d.column, int(lineText.size()) + 1);
        }
        underlined << QString::fromUtf8(bytes.mid(d.begin, d.end - d.begin));
    }
    QVERIFY2(underlined.size() == spans.size(),
             qPrintable(underlined.join(QStringLiteral(" | ")) + QLatin1Char('\n') + dump(found)));
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (spans.at(i) != QLatin1String("*"))
            QCOMPARE(underlined.at(i), spans.at(i));
    }
}

// hoc_s prints a locale string as it is: what the translated string adds to its English
// text is reported at the tag of each page that prints it.
void TestValidator::activeContentInStrings_data()
{
    QTest::addColumn<QByteArray>("english");
    QTest::addColumn<QByteArray>("translated");
    QTest::addColumn<QString>("code"); // empty: nothing reported

    QTest::newRow("fires: script added to a string")
        << QByteArray("Sign up") << QByteArray("Катталуу<script>x()</script>")
        << QStringLiteral("active-script");
    QTest::newRow("fires: javascript link in a string")
        << QByteArray("[Sign up](https://code.org)") << QByteArray("[Катталуу](javascript:x())")
        << QStringLiteral("active-url");
    QTest::newRow("fires: handler in a string")
        << QByteArray("<b>Sign up</b>") << QByteArray("<b onclick=x()>Катталуу</b>")
        << QStringLiteral("active-event-handler");
    QTest::newRow("quiet: link the English string has")
        << QByteArray("<a href=\"/x\" onclick=\"go()\">Sign up</a>")
        << QByteArray("<a href=\"/x\" onclick=\"go()\">Катталуу</a>") << QString();
}

void TestValidator::activeContentInStrings()
{
    QFETCH(QByteArray, english);
    QFETCH(QByteArray, translated);
    QFETCH(QString, code);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("i18n/en.yml")),
                      "en:\n  signup: '" + english + "'\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("i18n/ky.yml")),
                      "ky:\n  signup: '" + translated + "'\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("public/t.md")),
                      FrontMatter + "<%= hoc_s(:signup) %>\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("i18n/public/ky/t.md")),
                      FrontMatter + "<%= hoc_s(:signup) %>\n"));
    QString error;
    const auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error));
    const Validator validator(project);
    const Diagnostics found = validator.validateFile(
        project->fileForPath(dir.filePath(QStringLiteral("i18n/public/ky/t.md"))));
    QStringList active;
    for (const Diagnostic &d : found) {
        if (d.code.startsWith(QLatin1String("active-"))) {
            active << d.code;
            QCOMPARE(d.severity, Diagnostic::Severity::Error);
            QCOMPARE(d.line, 5);
            QVERIFY2(d.message.contains(QLatin1String("signup")), qPrintable(d.message));
        }
    }
    QCOMPARE(active, code.isEmpty() ? QStringList() : QStringList{code});
}

void TestValidator::catalogChecks_data()
{
    QTest::addColumn<QByteArray>("english");
    QTest::addColumn<QByteArray>("kyrgyz");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line"); // 0: must not fire

    const QByteArray en = "en:\n  a: 'Hello %{name}'\n  b: Text\n";
    QTest::newRow("fires: placeholder renamed")
        << en << QByteArray("ky:\n  a: 'Салам %{nmae}'\n")
        << QStringLiteral("string-placeholder-mismatch") << 2;
    QTest::newRow("fires: placeholder dropped")
        << en << QByteArray("ky:\n  b: Текст\n  a: Салам\n")
        << QStringLiteral("string-placeholder-mismatch") << 3;
    QTest::newRow("quiet: placeholder kept") << en << QByteArray("ky:\n  a: '%{name}, салам'\n")
                                             << QStringLiteral("string-placeholder-mismatch") << 0;
    QTest::newRow("fires: empty value")
        << en << QByteArray("ky:\n  b: ''\n") << QStringLiteral("string-empty") << 2;
    QTest::newRow("quiet: filled value")
        << en << QByteArray("ky:\n  b: Текст\n") << QStringLiteral("string-empty") << 0;
    QTest::newRow("fires: duplicate key") << en << QByteArray("ky:\n  b: Бир\n  b: Эки\n")
                                          << QStringLiteral("strings-duplicate-key") << 3;
    QTest::newRow("fires: wrong root key")
        << en << QByteArray("ru:\n  b: Текст\n") << QStringLiteral("strings-wrong-root") << 1;
    QTest::newRow("fires: YAML error with line")
        << en << QByteArray("ky:\n  b: Текст\n  a: [x\n") << QStringLiteral("strings-yaml") << 4;
    QTest::newRow("quiet: clean catalog")
        << en << QByteArray("ky:\n  b: Текст\n") << QStringLiteral("strings-yaml") << 0;
}

void TestValidator::catalogChecks()
{
    QFETCH(QByteArray, english);
    QFETCH(QByteArray, kyrgyz);
    QFETCH(QString, code);
    QFETCH(int, line);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("public/p.md")), FrontMatter));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("i18n/en.yml")), english));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("i18n/ky.yml")), kyrgyz));
    QString error;
    const auto project = Project::open(dir.path(), &error);
    QVERIFY(project);
    const Diagnostics found = Validator(project).validateCatalog(QStringLiteral("ky"));
    bool fired = false;
    for (const Diagnostic &d : found) {
        if (d.code != code)
            continue;
        fired = true;
        QCOMPARE(d.line, line);
        QCOMPARE(d.file, QStringLiteral("i18n/ky.yml"));
    }
    QVERIFY2(fired == (line > 0), qPrintable(dump(found)));
}

void TestValidator::mangledFix_data()
{
    QTest::addColumn<QByteArray>("english");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QString>("fix");
    const QByteArray fm = FrontMatter;
    QTest::newRow("nominal: typographic quotes give the English tag")
        << fm + "[a](<%= resolve_url(\"/learn\") %>)\n"
        << fm + "[а](<%= resolve_url(“/learn”) %>)\n"
        << QStringLiteral("<%= resolve_url(\"/learn\") %>");
    QTest::newRow("nominal: lost < gives the English tag")
        << fm + "<a href=\"<%= resolve_url('/learn') %>\">a</a>\n"
        << fm + "<a href=\"%= resolve_url('/learn') %\">а</a>\n"
        << QStringLiteral("<%= resolve_url('/learn') %>");
    QTest::newRow("nominal: space in helper name") << fm + "<%=hoc_s(:title)%>\n"
                                                   << fm + "<%= hoc _s(:title) %>\n"
                                                   << QStringLiteral("<%=hoc_s(:title)%>");
    QTest::newRow("nominal: full-width percent without an English match")
        << fm + "x\n"
        << fm + "<％= hoc_s(:signup) ％>\n"
        << QStringLiteral("<%= hoc_s(:signup) %>");
}

void TestValidator::mangledFix()
{
    QFETCH(QByteArray, english);
    QFETCH(QByteArray, translation);
    QFETCH(QString, fix);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("public/t.md")), english));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("public/learn.md")), FrontMatter));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("i18n/public/ky/t.md")), translation));
    QString error;
    const auto project = Project::open(dir.path(), &error);
    QVERIFY(project);
    const Diagnostics found = Validator(project).validateFile(
        project->page(QStringLiteral("t"))->filesFor(QStringLiteral("ky")).first());
    bool seen = false;
    for (const Diagnostic &d : found) {
        if (d.code == QLatin1String("template-mangled")) {
            seen = true;
            QCOMPARE(d.fix.text, fix);
            QVERIFY(d.message.contains(fix));
        }
        // The mangled tag stands for its English tag: no parity finding about it.
        QVERIFY2(!d.code.startsWith(QLatin1String("parity-tag")), qPrintable(dump(found)));
    }
    QVERIFY2(seen, qPrintable(dump(found)));
}

void TestValidator::alignment_data()
{
    QTest::addColumn<QByteArray>("english");
    QTest::addColumn<QByteArray>("translation");
    QTest::addColumn<QString>("pairs"); // "s:t" per pair, indices joined with '+', '-' when none

    const QByteArray fm = FrontMatter;
    QTest::newRow("nominal: one to one")
        << fm + "# Title\n\nFirst paragraph with 3 things.\n\nSecond one, a bit longer than that.\n"
        << fm +
               "# Аталыш\n\nҮч нерсеси бар биринчи абзац 3.\n\nЭкинчиси, мындан бир аз узунураак.\n"
        << QStringLiteral("0:0 1:1 2:2");
    QTest::newRow("nominal: merged paragraphs")
        << fm + "# T\n\nThe event starts at 10 and has <%= hoc_s(:a) %>.\n\nThen 25 students code "
                "together for an hour.\n\n## Next\n"
        << fm + "# Т\n\nИш-чара 10до башталат жана <%= hoc_s(:a) %> бар, андан кийин 25 окуучу бир "
                "саат бирге код жазышат.\n\n## Кийинки\n"
        << QStringLiteral("0:0 1+2:1 3:2");
    QTest::newRow("nominal: split paragraph")
        << fm + "# T\n\nWe met 12 teachers in 2019 and 40 volunteers who came to every school in "
                "town.\n\n## Next\n"
        << fm + "# Т\n\n2019-жылы 12 мугалим менен тааныштык.\n\nШаардагы ар бир мектепке келген "
                "40 ыктыярчы да болду.\n\n## Кийинки\n"
        << QStringLiteral("0:0 1:1+2 2:3");
    QTest::newRow("nominal: heading turned into bold")
        << fm + "Intro with a link to [code](https://code.org).\n\n## Key tips\n\n- one\n- two\n"
        << fm + "[Код](https://code.org) менен киришүү.\n\n**Негизги кеңештер**\n\n- бир\n- эки\n"
        << QStringLiteral("0:0 1:1 2:2 3:3");
    QTest::newRow("nominal: dropped block")
        << fm + "# T\n\nParagraph one about 5 things.\n\nParagraph two about the <%= view :x %> "
                "view.\n\nParagraph three with 99.\n"
        << fm + "# Т\n\n5 нерсе жөнүндө биринчи абзац.\n\n99 саны бар үчүнчү абзац.\n"
        << QStringLiteral("0:0 1:1 2:- 3:2");
    QTest::newRow("nominal: untranslated paragraph and list item joined into one")
        << fm + "# T\n\nThe best experience is with computers, but you do not need one.\n\n- Test "
                "the tutorials on your device first.\n\n## Next\n"
        << fm + "# Т\n\nThe best experience is with computers, but you do not need one. Test the "
                "tutorials on your device first.\n\n## Кийинки\n"
        << QStringLiteral("0:0 1+2:1 3:2");
}

void TestValidator::alignment()
{
    QFETCH(QByteArray, english);
    QFETCH(QByteArray, translation);
    QFETCH(QString, pairs);
    const auto source = PageAnalysis::build(Document::fromBytes(english), PageVariant::Md);
    const auto target = PageAnalysis::build(Document::fromBytes(translation), PageVariant::Md);
    const Alignment alignment = Alignment::align(*source, *target);
    QStringList shown;
    for (const AlignedPair &p : alignment.pairs()) {
        auto join = [](const QVector<int> &v) {
            if (v.isEmpty())
                return QStringLiteral("-");
            QStringList s;
            for (int i : v)
                s << QString::number(i);
            return s.join(QLatin1Char('+'));
        };
        shown << join(p.source) + QLatin1Char(':') + join(p.translation);
    }
    QCOMPARE(shown.join(QLatin1Char(' ')), pairs);
}

void TestValidator::alignmentScores_data()
{
    alignment_data();
}

// Each pair's score is the similarity of its blocks taken as they are paired, and a pair
// whose two sides read the same (one side two blocks joined) scores exactly 1.
void TestValidator::alignmentScores()
{
    QFETCH(QByteArray, english);
    QFETCH(QByteArray, translation);
    const auto source = PageAnalysis::build(Document::fromBytes(english), PageVariant::Md);
    const auto target = PageAnalysis::build(Document::fromBytes(translation), PageVariant::Md);
    const Alignment alignment = Alignment::align(*source, *target);
    int scored = 0, joinedSame = 0;
    for (const AlignedPair &p : alignment.pairs()) {
        if (p.source.isEmpty() || p.translation.isEmpty()) {
            QCOMPARE(p.score, 0.0);
            continue;
        }
        ++scored;
        QCOMPARE(p.score, Alignment::similarity(*source, p.source, *target, p.translation));
        QVERIFY2(p.score > 0 && p.score <= 1, qPrintable(QString::number(p.score)));
        QString sourceText, targetText;
        for (int i : p.source)
            sourceText += source->outline().blocks().at(i).text + QLatin1Char(' ');
        for (int i : p.translation)
            targetText += target->outline().blocks().at(i).text + QLatin1Char(' ');
        if (p.source.size() + p.translation.size() > 2 && sourceText == targetText) {
            QCOMPARE(p.score, 1.0);
            ++joinedSame;
        }
    }
    QVERIFY(scored > 0);
    // The row made for it has such a pair; the others do not.
    QCOMPARE(joinedSame, QByteArray(QTest::currentDataTag()).contains("untranslated") ? 1 : 0);
}

void TestValidator::outlineText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text"); // of the first block

    QTest::newRow("tags left out, spaces around them collapsed")
        << QByteArray("Say <%= hoc_s(:x) %> hello <%= view :y %>  to {{ urls/learn }} all.\n")
        << QStringLiteral("Say hello to all.");
    QTest::newRow("a tag first and last")
        << QByteArray("<%= hoc_s(:x) %> Салам <%= hoc_s(:y) %>\n") << QStringLiteral("Салам");
    QTest::newRow("tabs and line breaks")
        << QByteArray("one\ttwo\nthree   four\n") << QStringLiteral("one two three four");
    QTest::newRow("no-break, em and ideographic spaces are white space")
        << QByteArray("a\xc2\xa0"
                      "b\xe2\x80\x83"
                      "c\xe3\x80\x80"
                      "d\n")
        << QStringLiteral("a b c d");
    QTest::newRow("zero-width space is no white space, Kyrgyz letters stay")
        << QByteArray("a\xe2\x80\x8b\x62 \xd2\xaf\n") << QStringLiteral(u"a\u200bb ү");
    QTest::newRow("only tags") << QByteArray("<%= hoc_s(:x) %>  <%= hoc_s(:y) %>\n") << QString();
    QTest::newRow("link text and heading")
        << QByteArray("#  Баш <%= hoc_s(:t) %>  сөз\n") << QStringLiteral("Баш сөз");
}

// Block texts are what the translator wrote: tags out, white space collapsed, trimmed.
void TestValidator::outlineText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    const auto page =
        PageAnalysis::build(Document::fromBytes(QByteArray(FrontMatter) + body), PageVariant::Md);
    QVERIFY(!page->outline().blocks().isEmpty());
    QCOMPARE(page->outline().blocks().first().text, text);
}

void TestValidator::sampleDefects_data()
{
    // The deliberate defects of the sample site, as its README lists them.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("code");
    const QString ky = QStringLiteral("i18n/public/ky/");
    QTest::newRow("fixed date instead of campaign_date")
        << ky + QStringLiteral("index.md") << 12 << QStringLiteral("parity-tag-missing");
    QTest::newRow("lost <") << ky + QStringLiteral("index.md") << 23
                            << QStringLiteral("template-mangled");
    QTest::newRow("number changed")
        << ky + QStringLiteral("index.md") << 47 << QStringLiteral("content-numbers");
    QTest::newRow("\\[text\\] (url)") << ky + QStringLiteral("promote/index.md.partial") << 22
                                      << QStringLiteral("link-broken-syntax");
    QTest::newRow("include naming no partial") << ky + QStringLiteral("promote/index.md.partial")
                                               << 23 << QStringLiteral("include-missing");
    QTest::newRow("heading turned into bold") << ky + QStringLiteral("how-to/index.md.erb") << 22
                                              << QStringLiteral("structure-heading-as-bold");
    QTest::newRow("fragment with no anchor") << ky + QStringLiteral("how-to/index.md.erb") << 28
                                             << QStringLiteral("url-fragment-missing");
    QTest::newRow("altered tag") << ky + QStringLiteral("how-to/index.md.erb") << 28
                                 << QStringLiteral("parity-tag-altered");
    QTest::newRow("hostile tag") << ky + QStringLiteral("how-to/index.md.erb") << 32
                                 << QStringLiteral("parity-tag-not-in-source");
    QTest::newRow("untranslated paragraph")
        << ky + QStringLiteral("about.erb.md") << 14 << QStringLiteral("content-untranslated");
    QTest::newRow("typographic quotes")
        << ky + QStringLiteral("about.erb.md") << 18 << QStringLiteral("template-mangled");
    QTest::newRow("orphan translation")
        << ky + QStringLiteral("old-page.md") << 0 << QStringLiteral("file-orphan");
    QTest::newRow("placeholder misspelt")
        << QStringLiteral("i18n/ky.yml") << 11 << QStringLiteral("string-placeholder-mismatch");
}

void TestValidator::sampleDefects()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, code);
    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY(project);
    const Diagnostics all = Validator(project).validateSite({QStringLiteral("ky")});
    bool found = false;
    for (const Diagnostic &d : all)
        found = found || (d.file == file && d.line == line && d.code == code);
    QVERIFY2(found, qPrintable(dump(all)));
}

void TestValidator::sampleCleanPages_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("nominal: learn") << QStringLiteral("learn");
    QTest::newRow("nominal: promote/resources") << QStringLiteral("promote/resources");
}

void TestValidator::sampleCleanPages()
{
    // A clean, correctly translated page produces no findings at all.
    QFETCH(QString, page);
    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY(project);
    const Validator validator(project);
    const PageFile *file = project->page(page)->preferred(QStringLiteral("ky"));
    QVERIFY(file);
    const Diagnostics found = validator.validateFile(*file);
    QVERIFY2(found.isEmpty(), qPrintable(dump(found)));
}

void TestValidator::renderBlocksForeignTags()
{
    // FORMAT's security rule in the preview: a translated tag that is not in the English page
    // (and not allow-listed) is refused: shown as the live site shows it, between marks, when
    // it is a helper with literal arguments; a placeholder, never run, otherwise.
    QString error;
    const auto project = Project::open(m_site.path(), &error);
    QVERIFY(project);
    const Renderer renderer(project);
    const auto english =
        renderer.analyse(Document::fromBytes(FrontMatter + "[a](<%= resolve_url('/learn') %>)\n"),
                         PageVariant::Md, false);
    RenderOptions options;
    options.language = QStringLiteral("ky");
    options.bodyOnly = true;
    options.sourceTags = Renderer::tagSet(*english);
    const QByteArray text = FrontMatter +
                            "[a](<%= resolve_url('/learn') %>) [b](<%= resolve_url('/index') %>) "
                            "<%= hoc_s(:signup) %> <%= File.read('/etc/passwd') %>\n";
    const QString html = QString::fromUtf8(
        renderer.render(Document::fromBytes(text), PageVariant::Md, options).html);
    QVERIFY2(html.contains(QLatin1String("href=\"/kg/ky/learn\"")),
             qPrintable(html)); // in the source
    QVERIFY2(html.contains(QLatin1String(
                 "<a href=\"/kg/ky/index\" data-tilmech-refused=\"0\" data-tilmech-span=\"")),
             qPrintable(html)); // refused, interpreted and marked
    QVERIFY2(html.contains(QStringLiteral("Катталуу")), qPrintable(html)); // allow-listed
    QVERIFY2(html.contains(QLatin1String("File.read(&#39;/etc/passwd&#39;)")), qPrintable(html));
}

// What a view holds that Tilmech cannot interpret is reported on the view, once, however
// many pages use it.
void TestValidator::viewProblemsOncePerView()
{
    QTemporaryDir dir;
    const QString site = dir.path();
    auto write = [&](const QString &path, const QByteArray &bytes) {
        return TestSupport::writeSiteFile(site, path, bytes);
    };
    QVERIFY(write(QStringLiteral("views/box.haml"),
                  ".box\n  %p Box\n  - while true do\n    %p loop\n"));
    for (const char *page : {"public/a.md", "public/b.md", "i18n/public/ky/a.md"})
        QVERIFY(write(QString::fromLatin1(page), FrontMatter + "Text.\n\n<%= view :box %>\n"));
    QString error;
    const auto project = Project::open(site, &error);
    QVERIFY2(project, qPrintable(error));
    const Validator validator(project);
    const Diagnostics all = validator.validateSite({QStringLiteral("en"), QStringLiteral("ky")});
    Diagnostics onView;
    for (const Diagnostic &d : all) {
        if (d.file == QLatin1String("views/box.haml"))
            onView.append(d);
    }
    QCOMPARE(onView.size(), 1);
    QCOMPARE(onView[0].code, QStringLiteral("template-unevaluated"));
    QCOMPARE(onView[0].line, 3);
    QVERIFY2(onView[0].message.contains(QLatin1String("while true")),
             qPrintable(onView[0].message));
}

void TestValidator::reports()
{
    QString error;
    const auto project = Project::open(TestSupport::sampleSite(), &error);
    QVERIFY(project);
    ReportWriter::Report report;
    report.siteRoot = project->root();
    report.languages = {QStringLiteral("ky")};
    const Validator validator(project);
    for (const Page &page : project->pages()) {
        for (const PageFile &f : page.filesFor(QStringLiteral("ky"))) {
            report.files.append({f.relativePath, f.language});
            report.diagnostics += validator.validateFile(f);
        }
    }
    QVERIFY(hasErrors(report.diagnostics));

    // Text: one line per finding in the form editors read.
    const QString text = QString::fromUtf8(ReportWriter::write(ReportWriter::Format::Text, report));
    const Diagnostic &first = report.diagnostics.first();
    QVERIFY(text.contains(QStringLiteral("%1:%2:%3: %4: ")
                              .arg(first.file)
                              .arg(first.line)
                              .arg(first.column)
                              .arg(Diagnostic::severityName(first.severity))));
    QVERIFY(text.contains(QStringLiteral("[%1]").arg(first.code)));

    // JSON.
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(
        ReportWriter::write(ReportWriter::Format::Json, report), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json[QStringLiteral("diagnostics")].toArray().size(), report.diagnostics.size());

    // SARIF 2.1.0: version, rules, results that name known rules, regions, related locations.
    const QJsonDocument sarif = QJsonDocument::fromJson(
        ReportWriter::write(ReportWriter::Format::Sarif, report), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(sarif[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
    const QJsonObject run = sarif[QStringLiteral("runs")].toArray().first().toObject();
    const QJsonArray rules =
        run[QStringLiteral("tool")][QStringLiteral("driver")][QStringLiteral("rules")].toArray();
    QCOMPARE(rules.size(), DiagnosticCatalog::entries().size());
    const QJsonArray results = run[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), report.diagnostics.size());
    bool related = false;
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        const int index = r[QStringLiteral("ruleIndex")].toInt(-1);
        QVERIFY(index >= 0);
        QCOMPARE(rules[index][QStringLiteral("id")].toString(),
                 r[QStringLiteral("ruleId")].toString());
        QVERIFY(QStringList(
                    {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")})
                    .contains(r[QStringLiteral("level")].toString()));
        const QJsonObject physical =
            r[QStringLiteral("locations")][0][QStringLiteral("physicalLocation")].toObject();
        QCOMPARE(
            physical[QStringLiteral("artifactLocation")][QStringLiteral("uriBaseId")].toString(),
            QStringLiteral("SITEROOT"));
        related = related || r.contains(QStringLiteral("relatedLocations"));
    }
    QVERIFY(related);
    QVERIFY(
        run[QStringLiteral("originalUriBaseIds")][QStringLiteral("SITEROOT")][QStringLiteral("uri")]
            .toString()
            .startsWith(QLatin1String("file:///")));

    // JUnit: well-formed, a test case per file, failures where there are errors.
    const QByteArray junit = ReportWriter::write(ReportWriter::Format::Junit, report);
    QXmlStreamReader xml(junit);
    int testcases = 0, failures = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("testcase"))
            ++testcases;
        if (xml.isStartElement() && xml.name() == QLatin1String("failure"))
            ++failures;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(testcases, report.files.size());
    QVERIFY(failures > 0 && failures < testcases);
}

void TestValidator::codesDocumented()
{
    QFile doc(QStringLiteral(TILMECH_SOURCE_DIR "/docs/validator.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const DiagnosticCatalog::Entry &e : DiagnosticCatalog::entries())
        QVERIFY2(text.contains(QLatin1Char('`') + e.code + QLatin1Char('`')), qPrintable(e.code));
}

void TestValidator::corpusDefects_data()
{
    // The real defects of the Kyrgyz corpus (the format notes of the shared documents, "Real
    // defects in the sample").
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("code");
    const QString ky = QStringLiteral("i18n/public/ky/");
    QTest::newRow("tag whose < was lost")
        << ky + QStringLiteral("how-to/volunteers.md") << 39 << QStringLiteral("template-mangled");
    QTest::newRow("unclosed <a href=")
        << ky + QStringLiteral("promote/resources.md") << 12 << QStringLiteral("html-unclosed-tag");
    QTest::newRow("stray < line") << ky + QStringLiteral("promote/country-resources.md") << 44
                                  << QStringLiteral("html-split-tag");
    QTest::newRow("\\[text\\] (url) link") << ky + QStringLiteral("activity-guidelines.md.partial")
                                           << 110 << QStringLiteral("link-broken-syntax");
    QTest::newRow("numbers differ (60 percent → 75%)")
        << ky + QStringLiteral("promote/press-kit.md") << 49 << QStringLiteral("content-numbers");
    QTest::newRow("heading turned into bold") << ky + QStringLiteral("promote/press-kit.md") << 21
                                              << QStringLiteral("structure-heading-as-bold");
    QTest::newRow("campaign_date replaced by a fixed date")
        << ky + QStringLiteral("promote/press-kit.md") << 17
        << QStringLiteral("parity-tag-missing");
    QTest::newRow("table row broken over lines, one without |")
        << ky + QStringLiteral("international-partners.md.partial") << 71
        << QStringLiteral("markdown-table-ends-early");
    QTest::newRow("CRLF English file") << ky + QStringLiteral("promote/country-resources.md") << 0
                                       << QStringLiteral("file-line-ends");
}

void TestValidator::corpusDefects()
{
    REQUIRE_CORPUS();
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, code);
    QString error;
    static const auto project = Project::open(TestSupport::corpusSite(), &error);
    QVERIFY(project);
    static const Validator validator(project);
    const PageFile page = project->fileForPath(TestSupport::corpusSite() + QLatin1Char('/') + file);
    QVERIFY(page.isValid());
    const Diagnostics found = validator.validateFile(page);
    bool seen = false;
    for (const Diagnostic &d : found)
        seen = seen || (d.code == code && d.line == line);
    QVERIFY2(seen, qPrintable(dump(found)));
}

void TestValidator::englishAsOwnTranslation()
{
    // The English pages given as their own translation: no errors, no parity or structure
    // findings; of the content checks only 'same as source'.
    REQUIRE_CORPUS();
    QTemporaryDir dir;
    const QDir corpus(TestSupport::corpusSite());
    QDirIterator it(corpus.filePath(QStringLiteral("public")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString relative = corpus.relativeFilePath(path).mid(int(qstrlen("public/")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("public/") + relative), bytes));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("i18n/public/xx/") + relative), bytes));
    }
    QDirIterator views(corpus.filePath(QStringLiteral("views")), QDir::Files,
                       QDirIterator::Subdirectories);
    while (views.hasNext()) {
        const QString path = views.next();
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(dir.filePath(corpus.relativeFilePath(path)), in.readAll()));
    }
    QFile en(corpus.filePath(QStringLiteral("i18n/en.yml")));
    QVERIFY(en.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("i18n/en.yml")), en.readAll()));

    QString error;
    const auto project = Project::open(dir.path(), &error);
    QVERIFY2(project, qPrintable(error));
    const Diagnostics all = Validator(project).validateSite({QStringLiteral("xx")});
    int untranslated = 0;
    for (const Diagnostic &d : all) {
        QVERIFY2(d.severity != Diagnostic::Severity::Error, qPrintable(d.toText()));
        QVERIFY2(!d.code.startsWith(QLatin1String("parity-")), qPrintable(d.toText()));
        QVERIFY2(!d.code.startsWith(QLatin1String("structure-")), qPrintable(d.toText()));
        if (d.code.startsWith(QLatin1String("content-"))) {
            QCOMPARE(d.code, QStringLiteral("content-untranslated"));
            ++untranslated;
        }
    }
    QVERIFY(untranslated > 100);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
