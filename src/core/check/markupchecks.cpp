#include "check/markupchecks.h"

#include "analysis/pageanalysis.h"
#include "check/checkcontext.h"

#include <QHash>

namespace Tilmech {

namespace {

using S = Diagnostic::Severity;

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Elements whose end tag the site's pages always write.
bool needsClose(const QByteArray &name)
{
    static const char *const names[] = {"a",  "div",    "span",  "strong", "em", "b",
                                        "i",  "button", "table", "ul",     "ol", "h1",
                                        "h2", "h3",     "h4",    "iframe"};
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

// A "<" at the end of a line: a tag split in two ("<\np>"), reported when a tag name follows
// on a later line. True when the "<" at `i` ends its line.
bool checkSplitTag(CheckContext &c, const QByteArray &text, qsizetype base, qsizetype i)
{
    const qsizetype n = text.size();
    qsizetype after = i + 1;
    while (after < n && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r'))
        ++after;
    if (after < n && text[after] != '\n')
        return false;
    qsizetype next = after + 1;
    while (next < n &&
           (text[next] == ' ' || text[next] == '\t' || text[next] == '\n' || text[next] == '\r'))
        ++next;
    if (next < n && isNameChar(text[next])) {
        c.add(QStringLiteral("html-split-tag"), S::Error,
              MarkupChecks::tr("This “<” ends its line, so the tag after it is broken and shows "
                               "as text; join “<” with the next line"),
              base + i, base + std::min(n, next + 1), QStringLiteral("<"));
    }
    return true;
}

// Where a tag whose name ends at `p` ends (its '>'), honouring quotes; a quote still open at
// the end of the line, or a '<' before '>', means the tag is broken.
struct TagEnd
{
    qsizetype at;
    char quote; // the quote left open, if any
    bool broken;
};

TagEnd findTagEnd(const QByteArray &text, qsizetype p)
{
    const qsizetype n = text.size();
    char quote = 0;
    qsizetype q = p;
    bool broken = false;
    int lines = 0;
    for (; q < n; ++q) {
        const char ch = text[q];
        if (quote) {
            if (ch == quote)
                quote = 0;
            else if (ch == '\n') {
                broken = true;
                break;
            }
            continue;
        }
        if (ch == '"' || ch == '\'') {
            quote = ch;
        } else if (ch == '>') {
            break;
        } else if (ch == '<' || (ch == '\n' && ++lines > 4)) {
            broken = true;
            break;
        } else if (ch == '\n' && q + 1 < n && text[q + 1] == '\n') {
            broken = true;
            break;
        }
    }
    if (q >= n)
        broken = true;
    return {q, quote, broken};
}

// A tag from `begin` that never ends: an attribute quote left open, or no closing '>'.
void reportBrokenTag(CheckContext &c, qsizetype base, qsizetype begin, const TagEnd &end,
                     const QByteArray &name)
{
    const QByteArray written =
        c.page->document().bytes().mid(base + begin, std::min<qsizetype>(end.at - begin, 60));
    c.add(QStringLiteral("html-unclosed-tag"), S::Error,
          end.quote ? MarkupChecks::tr("The attribute quote %1 of this <%2> tag is never closed, "
                                       "so the tag swallows the text after it; close the quote "
                                       "and the tag")
                          .arg(QChar::fromLatin1(end.quote), QString::fromUtf8(name))
                    : MarkupChecks::tr("This <%1> tag has no closing “>”; add it")
                          .arg(QString::fromUtf8(name)),
          base + begin, base + end.at, QString::fromUtf8(written.simplified()));
}

// Elements in the order they open; each name's still open ones as a stack of indices, so a
// closing tag finds its element at once however many others are open.
class OpenElements
{
public:
    void open(const QByteArray &name, qsizetype begin, qsizetype end)
    {
        m_openByName[name].append(m_open.size());
        m_open.append({name, begin, end});
        m_closed.append(false);
    }
    // Closes the innermost element of that name still open, if any.
    void close(const QByteArray &name)
    {
        const auto stack = m_openByName.find(name);
        if (stack != m_openByName.end() && !stack->isEmpty())
            m_closed[stack->takeLast()] = true;
    }
    // Reports the elements never closed, in the order they open.
    void reportUnclosed(CheckContext &c) const
    {
        for (qsizetype k = 0; k < m_open.size(); ++k) {
            if (m_closed.at(k))
                continue;
            const Open &o = m_open.at(k);
            c.add(QStringLiteral("html-unclosed-element"), S::Warning,
                  MarkupChecks::tr("This <%1> is never closed with </%1>")
                      .arg(QString::fromUtf8(o.name)),
                  o.begin, o.end, QStringLiteral("<%1>").arg(QString::fromUtf8(o.name)));
        }
    }

private:
    struct Open
    {
        QByteArray name;
        qsizetype begin;
        qsizetype end;
    };
    QVector<Open> m_open;
    QVector<bool> m_closed;
    QHash<QByteArray, QVector<qsizetype>> m_openByName;
};

} // namespace

void MarkupChecks::run(CheckContext &c)
{
    const PageAnalysis &page = *c.page;
    const QByteArray &text = page.outline().maskedBody();
    const qsizetype base = page.document().bodyOffset();
    const qsizetype n = text.size();

    OpenElements elements;
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] != '<')
            continue;
        if (page.outline().inCode(base + i))
            continue;
        if (checkSplitTag(c, text, base, i))
            continue;
        const bool closing = text[i + 1] == '/';
        qsizetype p = i + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < n && isNameChar(text[p]))
            ++p;
        if (p == nameStart || (p < n && text[p] != ' ' && text[p] != '>' && text[p] != '/' &&
                               text[p] != '\n' && text[p] != '\t'))
            continue; // not a tag ("a < b", "<3", "<%")
        const QByteArray name = text.mid(nameStart, p - nameStart).toLower();
        const TagEnd end = findTagEnd(text, p);
        if (end.broken) {
            reportBrokenTag(c, base, i, end, name);
            i = end.at - 1;
            continue;
        }
        // The scan goes on after the tag: a "<" inside its quoted values is no tag.
        const qsizetype tagStart = i, tagEnd = end.at;
        i = tagEnd;
        if (!needsClose(name) || (tagEnd > 0 && text[tagEnd - 1] == '/'))
            continue;
        if (!closing)
            elements.open(name, base + tagStart, base + tagEnd + 1);
        else
            elements.close(name);
    }
    elements.reportUnclosed(c);
}

} // namespace Tilmech
