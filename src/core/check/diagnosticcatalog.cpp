#include "check/diagnosticcatalog.h"

namespace Tilmech {

const QVector<DiagnosticCatalog::Entry> &DiagnosticCatalog::entries()
{
    using S = Diagnostic::Severity;
    static const QVector<Entry> all = {
        // template
        {QStringLiteral("template-unterminated"), QStringLiteral("template"), S::Error,
         tr("An ERB tag or include is opened with <% or {{ and never closed.")},
        {QStringLiteral("template-stray-close"), QStringLiteral("template"), S::Error,
         tr("A %> with no <% before it.")},
        {QStringLiteral("template-unbalanced"), QStringLiteral("template"), S::Error,
         tr("An if without end, or an elsif, else or end without its if.")},
        {QStringLiteral("template-syntax"), QStringLiteral("template"), S::Error,
         tr("A tag that is not valid Ruby: the live site fails to render the page.")},
        {QStringLiteral("template-unknown-helper"), QStringLiteral("template"), S::Warning,
         tr("A tag calls a method that is not one of the site's helpers.")},
        {QStringLiteral("template-unevaluated"), QStringLiteral("template"), S::Info,
         tr("Ruby code that Tilmech does not evaluate; the preview shows a placeholder.")},
        {QStringLiteral("template-database"), QStringLiteral("template"), S::Info,
         tr("A database query: the live site shows rows here; the preview shows none and marks "
            "the place.")},
        {QStringLiteral("template-argument"), QStringLiteral("template"), S::Error,
         tr("A helper is called with arguments of the wrong kind or number.")},
        {QStringLiteral("template-mangled"), QStringLiteral("template"), S::Error,
         tr("A tag damaged in translation: typographic quotes, a lost <, spaces in a helper "
            "name, a full-width percent sign. The fix is the exact tag to write.")},
        {QStringLiteral("template-inactive"), QStringLiteral("template"), S::Warning,
         tr("A tag that this kind of file does not evaluate (ERB in .md.partial, {{ }} "
            "elsewhere); the live site shows it as text.")},
        {QStringLiteral("template-erb-md-not-run"), QStringLiteral("template"), S::Error,
         tr("A tag of an .erb.md page outside raw HTML: markdown runs first there, so the live "
            "site prints the tag as text or mangles the link address it is in.")},
        {QStringLiteral("include-missing"), QStringLiteral("template"), S::Error,
         tr("An include or view names no partial in views/ (the live site prints nothing, or "
            "fails).")},
        {QStringLiteral("include-invalid"), QStringLiteral("template"), S::Error,
         tr("An include whose name is not a partial path.")},
        {QStringLiteral("template-expansion-limit"), QStringLiteral("template"), S::Error,
         tr("The views and includes of a page expand past Tilmech's limit (20,000 views or "
            "16 MiB): a view that includes itself, directly or through other views. Reported "
            "on the page's tag; the preview shows a placeholder there.")},
        // parity
        {QStringLiteral("parity-tag-missing"), QStringLiteral("parity"), S::Error,
         tr("A tag of the English page is missing from the translation.")},
        {QStringLiteral("parity-tag-not-in-source"), QStringLiteral("parity"), S::Error,
         tr("A tag of the translation equals no tag of the English page and is not on the "
            "allow-list. The preview and export show what the live site would show for it "
            "where Tilmech can interpret it, and leave it out otherwise.")},
        {QStringLiteral("parity-tag-altered"), QStringLiteral("parity"), S::Error,
         tr("A tag of the translation is a changed copy of an English tag (same helper, other "
            "arguments).")},
        {QStringLiteral("parity-tag-added"), QStringLiteral("parity"), S::Warning,
         tr("An allow-listed tag that the English page does not have.")},
        {QStringLiteral("parity-link-target"), QStringLiteral("parity"), S::Warning,
         tr("A link of the translation points elsewhere than the matching English link.")},
        {QStringLiteral("parity-image"), QStringLiteral("parity"), S::Warning,
         tr("The images of a block differ from the English block.")},
        // URL
        {QStringLiteral("url-page-missing"), QStringLiteral("url"), S::Error,
         tr("A site URL names a page that the site does not have.")},
        {QStringLiteral("url-fragment-missing"), QStringLiteral("url"), S::Error,
         tr("A #fragment names no anchor (id= or name=) of the target page as rendered.")},
        {QStringLiteral("url-absolute-in-resolve-url"), QStringLiteral("url"), S::Error,
         tr("resolve_url is given an absolute URL that is not code.org; the live site turns it "
            "into a broken path.")},
        {QStringLiteral("url-malformed"), QStringLiteral("url"), S::Error,
         tr("A URL or mailto: address that is not well formed.")},
        {QStringLiteral("link-broken-syntax"), QStringLiteral("url"), S::Error,
         tr("A link written \"[text] (url)\": the space stops markdown from making a link.")},
        {QStringLiteral("link-site-relative"), QStringLiteral("url"), S::Warning,
         tr("A site-relative link written without resolve_url loses the country and "
            "language.")},
        // HTML
        {QStringLiteral("html-unclosed-tag"), QStringLiteral("html"), S::Error,
         tr("An HTML tag whose attribute quote or closing > is missing.")},
        {QStringLiteral("html-split-tag"), QStringLiteral("html"), S::Error,
         tr("A < at the end of a line: an HTML tag split in two.")},
        {QStringLiteral("html-unclosed-element"), QStringLiteral("html"), S::Warning,
         tr("An <a>, <div> or other element opened and never closed.")},
        // active content
        {QStringLiteral("active-script"), QStringLiteral("active content"), S::Error,
         tr("A <script> in a translation that its English page does not have.")},
        {QStringLiteral("active-event-handler"), QStringLiteral("active content"), S::Error,
         tr("An event handler attribute (onerror=, onload=, any on…=) that the English page "
            "does not have.")},
        {QStringLiteral("active-url"), QStringLiteral("active content"), S::Error,
         tr("A javascript:, vbscript: or data: URL in a link, image or HTML attribute that the "
            "English page does not have (character references, blanks and line breaks read "
            "as a browser reads them).")},
        {QStringLiteral("active-embed"), QStringLiteral("active content"), S::Error,
         tr("An <iframe>, <object>, <embed>, <frame> or <applet> that the English page does "
            "not have.")},
        {QStringLiteral("active-meta"), QStringLiteral("active content"), S::Error,
         tr("A <meta http-equiv> (a redirect or a change of the page's rules) that the English "
            "page does not have.")},
        {QStringLiteral("active-base"), QStringLiteral("active content"), S::Error,
         tr("A <base> that the English page does not have: it changes where every link leads.")},
        {QStringLiteral("active-form"), QStringLiteral("active content"), S::Error,
         tr("A <form> that the English page does not have: it sends what readers type "
            "elsewhere.")},
        // strings
        {QStringLiteral("string-fallback"), QStringLiteral("strings"), S::Warning,
         tr("A hoc_s key missing (or empty) in the page language: the English text is shown.")},
        {QStringLiteral("string-missing"), QStringLiteral("strings"), S::Error,
         tr("A hoc_s key that no language has: the live site prints nothing.")},
        {QStringLiteral("string-placeholder-mismatch"), QStringLiteral("strings"), S::Error,
         tr("The %{name} placeholders of a translated string differ from the English ones.")},
        {QStringLiteral("string-empty"), QStringLiteral("strings"), S::Warning,
         tr("A translated string that is empty (the English is shown).")},
        {QStringLiteral("strings-duplicate-key"), QStringLiteral("strings"), S::Warning,
         tr("A key defined twice in a locale file; the last value wins.")},
        {QStringLiteral("strings-encoding"), QStringLiteral("strings"), S::Error,
         tr("A locale file that is not UTF-8 text (invalid UTF-8 or NUL bytes); Tilmech does not "
            "edit it.")},
        {QStringLiteral("strings-not-key-value"), QStringLiteral("strings"), S::Error,
         tr("A line of a locale file that is not \"key: value\" (a key without its colon on its "
            "own line); Tilmech does not edit such a file.")},
        {QStringLiteral("strings-wrong-root"), QStringLiteral("strings"), S::Error,
         tr("The root key of a locale file is not its language.")},
        {QStringLiteral("strings-extra-root"), QStringLiteral("strings"), S::Warning,
         tr("A locale file with more than one root key.")},
        {QStringLiteral("strings-yaml"), QStringLiteral("strings"), S::Error,
         tr("A locale file that is not valid YAML.")},
        {QStringLiteral("strings-not-map"), QStringLiteral("strings"), S::Error,
         tr("A locale file that is not a YAML map.")},
        {QStringLiteral("strings-unreadable"), QStringLiteral("strings"), S::Error,
         tr("A locale file that cannot be read.")},
        {QStringLiteral("strings-expansion-limit"), QStringLiteral("strings"), S::Error,
         tr("A locale file whose YAML aliases expand past 500,000 keys or 64 MiB of text; "
            "Tilmech does not use it.")},
        // structure
        {QStringLiteral("structure-headings"), QStringLiteral("structure"), S::Warning,
         tr("The translation has another number of headings than the English page.")},
        {QStringLiteral("structure-heading-as-bold"), QStringLiteral("structure"), S::Warning,
         tr("An English heading became a bold paragraph.")},
        {QStringLiteral("structure-list-items"), QStringLiteral("structure"), S::Warning,
         tr("The translation has another number of list items.")},
        {QStringLiteral("structure-tables"), QStringLiteral("structure"), S::Warning,
         tr("The translation has another number of table rows.")},
        {QStringLiteral("structure-code-blocks"), QStringLiteral("structure"), S::Warning,
         tr("The translation has another number of code blocks.")},
        {QStringLiteral("structure-emphasis"), QStringLiteral("structure"), S::Warning,
         tr("A block with an unpaired ** or _ emphasis marker.")},
        {QStringLiteral("structure-div-bracket-text"), QStringLiteral("structure"), S::Warning,
         tr("A one-line paragraph in square brackets that is no class or id name: the live "
            "site turns it into an empty div, so its text vanishes.")},
        {QStringLiteral("table-too-wide"), QStringLiteral("structure"), S::Warning,
         tr("A table row with more than 1,000 cells: Tilmech shows it as text, not as a table "
            "(cmark-gfm's table parser slows down with the square of the cells).")},
        // markdown as the live site's renderer (Redcarpet) reads it
        {QStringLiteral("markdown-link-space"), QStringLiteral("markdown"), S::Warning,
         tr("A link or image address with a space: the live site still makes the link, with "
            "the space as %20, so it is broken.")},
        {QStringLiteral("markdown-intraword-emphasis"), QStringLiteral("markdown"), S::Warning,
         tr("Underscores inside words (Hour_of_Code) that the live site pairs into emphasis: "
            "the text between them shows in italics and the underscores vanish.")},
        {QStringLiteral("markdown-tag-swallows-text"), QStringLiteral("markdown"), S::Warning,
         tr("A malformed inline HTML tag that the live site passes through from < to the next "
            ">: the browser hides the text inside it (shapes that html-unclosed-tag does not "
            "report).")},
        {QStringLiteral("markdown-table-ends-early"), QStringLiteral("markdown"), S::Warning,
         tr("A table row line without |: the live site ends the table there and shows the "
            "rest as a paragraph of plain text.")},
        // content
        {QStringLiteral("content-untranslated"), QStringLiteral("content"), S::Info,
         tr("A block identical to the English: not translated yet (same as source).")},
        {QStringLiteral("content-numbers"), QStringLiteral("content"), S::Warning,
         tr("Numbers of a block differ from the English block.")},
        {QStringLiteral("content-homoglyph"), QStringLiteral("content"), S::Warning,
         tr("A word that mixes Latin and Cyrillic letters that look alike.")},
        {QStringLiteral("content-whitespace"), QStringLiteral("content"), S::Info,
         tr("Doubled spaces inside a line, or spaces at its end.")},
        // front matter
        {QStringLiteral("front-matter-yaml"), QStringLiteral("front matter"), S::Error,
         tr("The front matter is not valid YAML.")},
        {QStringLiteral("front-matter-not-map"), QStringLiteral("front matter"), S::Error,
         tr("The front matter is not a map of keys.")},
        {QStringLiteral("front-matter-unterminated"), QStringLiteral("front matter"), S::Error,
         tr("The front matter block is never closed.")},
        {QStringLiteral("front-matter-keys"), QStringLiteral("front matter"), S::Warning,
         tr("The front matter keys differ from the English page's.")},
        {QStringLiteral("front-matter-value"), QStringLiteral("front matter"), S::Error,
         tr("A front matter value other than title differs from the English page.")},
        // files
        {QStringLiteral("file-orphan"), QStringLiteral("files"), S::Warning,
         tr("A translation whose English page no longer exists.")},
        {QStringLiteral("file-variant"), QStringLiteral("files"), S::Warning,
         tr("A translation whose English file has another extension.")},
        {QStringLiteral("file-invalid-utf8"), QStringLiteral("files"), S::Error,
         tr("A file that is not valid UTF-8.")},
        {QStringLiteral("file-binary"), QStringLiteral("files"), S::Error,
         tr("A page file with NUL bytes: binary or damaged, not text.")},
        {QStringLiteral("file-line-ends"), QStringLiteral("files"), S::Warning,
         tr("The line ends (LF or CRLF) differ from the English file.")},
        {QStringLiteral("file-unreadable"), QStringLiteral("files"), S::Error,
         tr("A page file that cannot be read.")},
        {QStringLiteral("file-name-unexportable"), QStringLiteral("files"), S::Warning,
         tr("A file or folder whose name is not valid UTF-8 or holds a backslash: the bundle "
            "leaves it out.")},
        {QStringLiteral("config-invalid"), QStringLiteral("files"), S::Warning,
         tr("config.json is not a valid JSON object.")},
        {QStringLiteral("config-unreadable"), QStringLiteral("files"), S::Warning,
         tr("config.json cannot be read.")},
    };
    return all;
}

const DiagnosticCatalog::Entry *DiagnosticCatalog::find(const QString &code)
{
    for (const Entry &e : entries()) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

} // namespace Tilmech
