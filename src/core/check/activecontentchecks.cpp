#include "check/activecontentchecks.h"

#include "analysis/pageanalysis.h"
#include "base/charclass.h"
#include "check/checkcontext.h"
#include "check/stringchecks.h"
#include "strings/catalog.h"

#include <QHash>
#include <algorithm>

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;
using Finding = ActiveContentChecks::Finding;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Attributes whose value a browser follows or loads as a URL.
bool isUrlAttribute(const QByteArray &name)
{
    static const char *const names[] = {
        "href", "src",      "action", "formaction", "xlink:href", "data", "poster",   "background",
        "cite", "codebase", "dynsrc", "lowsrc",     "longdesc",   "ping", "manifest", "usemap"};
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

bool isActiveScheme(const QByteArray &scheme)
{
    return scheme == "javascript" || scheme == "vbscript" || scheme == "data";
}

// One character reference at `at` (just after '&'), as browsers read it in attribute
// values: numeric ones with or without ';', and the named ones that can hide a scheme.
// Returns the decoded character (0 when none) and moves `at` past the reference.
uint characterReference(QByteArrayView text, qsizetype &at)
{
    qsizetype p = at;
    if (p < text.size() && text[p] == '#') {
        ++p;
        const bool hex = p < text.size() && (text[p] == 'x' || text[p] == 'X');
        if (hex)
            ++p;
        const qsizetype digits = p;
        uint code = 0;
        while (p < text.size()) {
            const char c = text[p];
            int v = -1;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))
                v = (c | 0x20) - 'a' + 10;
            if (v < 0)
                break;
            code = std::min<uint>(code * (hex ? 16 : 10) + uint(v), 0x110000);
            ++p;
        }
        if (p == digits)
            return 0;
        if (p < text.size() && text[p] == ';')
            ++p;
        at = p;
        return code == 0 || code > 0x10FFFF ? 0xFFFD : code;
    }
    static const struct
    {
        const char *name;
        uint value;
    } named[] = {{"colon;", ':'}, {"tab;", '\t'}, {"newline;", '\n'}, {"amp;", '&'},  {"lt;", '<'},
                 {"gt;", '>'},    {"quot;", '"'}, {"apos;", '\''},    {"nbsp;", 0xA0}};
    for (const auto &entity : named) {
        const QByteArrayView name(entity.name);
        if (text.size() - p >= name.size() &&
            text.sliced(p, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            at = p + name.size();
            return entity.value;
        }
    }
    return 0;
}

class Scanner
{
public:
    explicit Scanner(const PageAnalysis &page)
        : m_page(&page), m_text(page.outline().maskedBody()), m_base(page.document().bodyOffset())
    {
    }
    // A piece of text outside any page (a locale string): HTML, and markdown link
    // destinations found by their "](".
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    QVector<Finding> run()
    {
        scanHtml();
        if (m_page)
            scanMarkdownLinks();
        else
            scanLinkDestinations();
        std::stable_sort(m_found.begin(), m_found.end(),
                         [](const Finding &a, const Finding &b) { return a.begin < b.begin; });
        return m_found;
    }

private:
    void add(const char *code, const QByteArray &detail, qsizetype begin, qsizetype end)
    {
        Finding f;
        f.code = code;
        f.detail = detail;
        f.begin = m_base + begin;
        f.end = m_base + end;
        const qsizetype shown = std::min<qsizetype>(end - begin, 80);
        f.shown = m_page ? m_page->document().bytes().mid(f.begin, shown)
                         : m_text.sliced(begin, shown).toByteArray();
        m_found.append(f);
    }

    void scanHtml()
    {
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (m_text[i] != '<' || i + 1 >= n)
                continue;
            if (m_text.sliced(i).startsWith("<!--")) {
                const qsizetype close = m_text.indexOf("-->", i + 4);
                if (close < 0)
                    return;
                i = close + 2;
                continue;
            }
            if (!CharClass::isAsciiLetter(m_text[i + 1]) ||
                (m_page && m_page->outline().inCode(m_base + i)))
                continue;
            i = scanTag(i);
        }
    }

    // The tag starting at `begin`; returns the offset of its '>' (or of the last byte read).
    qsizetype scanTag(qsizetype begin)
    {
        const qsizetype n = m_text.size();
        qsizetype p = begin + 1;
        while (p < n &&
               (CharClass::isAsciiLetter(m_text[p]) || (m_text[p] >= '0' && m_text[p] <= '9')))
            ++p;
        if (p < n && !isBlank(m_text[p]) && m_text[p] != '/' && m_text[p] != '>')
            return begin; // not a tag ("<3", "<a:b")
        const QByteArray name = m_text.sliced(begin + 1, p - begin - 1).toByteArray().toLower();
        bool httpEquiv = false;
        while (p < n && m_text[p] != '>') {
            if (isBlank(m_text[p]) || m_text[p] == '/') {
                ++p;
                continue;
            }
            // An attribute: browsers end its name at blanks, '/', '>' or '=' after the first
            // character.
            const qsizetype nameBegin = p;
            ++p;
            while (p < n && !isBlank(m_text[p]) && m_text[p] != '/' && m_text[p] != '>' &&
                   m_text[p] != '=')
                ++p;
            const QByteArray attribute =
                m_text.sliced(nameBegin, p - nameBegin).toByteArray().toLower();
            qsizetype q = p;
            while (q < n && isBlank(m_text[q]))
                ++q;
            QByteArrayView value;
            if (q < n && m_text[q] == '=') {
                ++q;
                while (q < n && isBlank(m_text[q]))
                    ++q;
                if (q < n && (m_text[q] == '"' || m_text[q] == '\'')) {
                    const char quote = m_text[q];
                    qsizetype close = m_text.indexOf(quote, q + 1);
                    if (close < 0)
                        close = n;
                    value = m_text.sliced(q + 1, close - q - 1);
                    p = std::min(n, close + 1);
                } else {
                    qsizetype end = q;
                    while (end < n && !isBlank(m_text[end]) && m_text[end] != '>')
                        ++end;
                    value = m_text.sliced(q, end - q);
                    p = end;
                }
            }
            if (attribute.size() > 2 && attribute.startsWith("on"))
                add("active-event-handler", attribute, nameBegin, p);
            else if (attribute == "http-equiv")
                httpEquiv = true;
            else if (isUrlAttribute(attribute)) {
                const QByteArray scheme = ActiveContentChecks::urlScheme(value);
                if (isActiveScheme(scheme))
                    add("active-url", scheme, nameBegin, p);
            }
        }
        const qsizetype end = std::min(n, p + 1);
        if (name == "script")
            add("active-script", name, begin, end);
        else if (name == "iframe" || name == "object" || name == "embed" || name == "frame" ||
                 name == "frameset" || name == "applet")
            add("active-embed", name, begin, end);
        else if (name == "meta" && httpEquiv)
            add("active-meta", name, begin, end);
        else if (name == "base")
            add("active-base", name, begin, end);
        else if (name == "form")
            add("active-form", name, begin, end);
        return std::min(p, n - 1);
    }

    // Markdown links, images and autolinks: their destinations become href and src.
    void scanMarkdownLinks()
    {
        for (const OutlineBlock &block : m_page->outline().blocks()) {
            if (block.kind == OutlineBlock::Kind::Code)
                continue;
            for (const OutlineLink &link : block.links) {
                if (link.kind == OutlineLink::Kind::Html ||
                    link.kind == OutlineLink::Kind::HtmlImage)
                    continue; // read with the HTML
                const QByteArray scheme = ActiveContentChecks::urlScheme(link.destination);
                if (!isActiveScheme(scheme))
                    continue;
                const qsizetype b = link.begin >= 0 ? link.begin : block.begin;
                const qsizetype e = link.begin >= 0 ? link.end : block.begin;
                add("active-url", scheme, b - m_base, e - m_base);
            }
        }
    }

    void scanLinkDestinations()
    {
        for (qsizetype at = m_text.indexOf("]("); at >= 0; at = m_text.indexOf("](", at + 2)) {
            qsizetype end = at + 2;
            while (end < m_text.size() && m_text[end] != ')' && m_text[end] != '\n')
                ++end;
            const QByteArray scheme =
                ActiveContentChecks::urlScheme(m_text.sliced(at + 2, end - at - 2));
            if (isActiveScheme(scheme))
                add("active-url", scheme, at + 2, end);
            at = end - 2;
        }
    }

    const PageAnalysis *m_page = nullptr;
    QByteArrayView m_text;
    qsizetype m_base = 0;
    QVector<Finding> m_found;
};

} // namespace

QByteArray ActiveContentChecks::urlScheme(QByteArrayView value)
{
    // The value as a browser reads it, up to the scheme's ':'.
    QByteArray scheme;
    bool started = false;
    for (qsizetype i = 0; i < value.size();) {
        uint c = uchar(value[i++]);
        if (c == '&') {
            const uint decoded = characterReference(value, i);
            if (decoded)
                c = decoded;
        }
        if (c == '\t' || c == '\n' || c == '\r')
            continue; // removed anywhere in a URL
        if (!started && c <= 0x20)
            continue; // leading blanks and control characters are dropped
        started = true;
        if (c == ':')
            return scheme.toLower();
        const bool schemeChar =
            c < 0x80 &&
            (CharClass::isAsciiLetter(char(c)) ||
             (!scheme.isEmpty() && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')));
        if (!schemeChar)
            return QByteArray();
        scheme += char(c);
    }
    return QByteArray();
}

QVector<Finding> ActiveContentChecks::find(const PageAnalysis &page)
{
    return Scanner(page).run();
}

QVector<Finding> ActiveContentChecks::findInText(QByteArrayView text)
{
    return Scanner(text).run();
}

QVector<Finding> ActiveContentChecks::added(const QVector<Finding> &found,
                                            const QVector<Finding> &english)
{
    QHash<QByteArray, int> allowed;
    for (const Finding &f : english)
        ++allowed[f.code + '\n' + f.detail];
    QVector<Finding> out;
    for (const Finding &f : found) {
        int &left = allowed[f.code + '\n' + f.detail];
        if (left > 0)
            --left;
        else
            out.append(f);
    }
    return out;
}

QVector<Finding> ActiveContentChecks::addedToString(const CheckContext &c, const QByteArray &key)
{
    const Catalog::Entry *own = c.strings ? c.strings->entry(key) : nullptr;
    if (!own || own->value.isEmpty())
        return {};
    const Catalog::Entry *en = c.english ? c.english->entry(key) : nullptr;
    return added(findInText(own->value), en ? findInText(en->value) : QVector<Finding>());
}

void ActiveContentChecks::run(CheckContext &c)
{
    if (c.language == QLatin1String("en"))
        return;
    const QVector<Finding> english = c.source ? find(*c.source) : QVector<Finding>();
    for (const Finding &f : added(find(*c.page), english))
        c.add(QString::fromLatin1(f.code), S::Error, message(f), f.begin, f.end,
              QString::fromUtf8(f.detail));

    // Locale strings the page prints: hoc_s writes them as they are, so what a translated
    // string adds to its English text reaches the page too. Reported at each tag.
    const PageAnalysis &page = *c.page;
    QHash<QByteArray, QVector<Finding>> addedByKey;
    for (const PageTag &tag : page.tags()) {
        const TemplateToken &t = page.tokens().at(tag.token);
        if (!tag.expr || t.kind != TemplateToken::Kind::ErbOutput ||
            !Outline::isActiveTag(t, page.variant()))
            continue;
        for (const QByteArray &key : StringChecks::keysRead(*tag.expr)) {
            auto it = addedByKey.find(key);
            if (it == addedByKey.end())
                it = addedByKey.insert(key, addedToString(c, key));
            for (const Finding &f : qAsConst(*it)) {
                c.add(QString::fromLatin1(f.code), S::Error,
                      tr("The string “%1” in i18n/%2.yml holds %3, which its English text does "
                         "not have; a browser would run or load it here. Remove it in the "
                         "strings view")
                          .arg(QString::fromUtf8(key), c.language,
                               QString::fromUtf8(f.shown.simplified())),
                      t.begin, t.end, QString::fromUtf8(f.detail));
            }
        }
    }
}

QString ActiveContentChecks::message(const Finding &f)
{
    const QString shown = QString::fromUtf8(f.shown.simplified());
    const QString detail = QString::fromUtf8(f.detail);
    QString message;
    if (f.code == "active-script")
        message = tr("This <script> is not in the English page; a browser opening the "
                     "exported page would run it. Remove it");
    else if (f.code == "active-event-handler")
        message = tr("The attribute %1 runs script in the reader's browser and the English "
                     "page has no %1 here; remove the attribute")
                      .arg(detail);
    else if (f.code == "active-url")
        message = tr("%1 uses a %2: URL, which runs script or loads hidden content, and the "
                     "English page has none; use the English page's link (an http(s) or "
                     "site URL)")
                      .arg(shown, detail);
    else if (f.code == "active-embed")
        message = tr("This <%1> embeds another page or program and is not in the English "
                     "page; remove it")
                      .arg(detail);
    else if (f.code == "active-meta")
        message = tr("This <meta http-equiv> can redirect readers or change the page's "
                     "rules and is not in the English page; remove it");
    else if (f.code == "active-base")
        message = tr("This <base> changes where every link of the page leads and is not in "
                     "the English page; remove it");
    else
        message = tr("This <form> sends what readers type to another address and is not "
                     "in the English page; remove it");
    return message;
}

} // namespace Tilmech
