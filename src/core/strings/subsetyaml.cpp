#include "strings/subsetyaml.h"

#include "base/utf8.h"

#include <QString>
#include <cstring>

namespace Tilmech {

namespace {

using Key = CatalogYaml::Key;

// Thrown where the text leaves the subset; read() turns it into Declined.
struct Decline
{
};

[[noreturn]] void decline()
{
    throw Decline();
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// What a one-character escape of a double-quoted scalar stands for, or 0 when it is none.
char simpleEscape(char e)
{
    switch (e) {
    case 'a':
        return '\a';
    case 'b':
        return '\b';
    case 't':
    case '\t':
        return '\t';
    case 'n':
        return '\n';
    case 'v':
        return '\v';
    case 'f':
        return '\f';
    case 'r':
        return '\r';
    case 'e':
        return '\x1b';
    case ' ':
        return ' ';
    case '"':
        return '"';
    case '/':
        return '/';
    case '\\':
        return '\\';
    default:
        return 0;
    }
}

bool isNullWord(const std::string &s)
{
    return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_t(text.data()), m_n(text.size()) {}

    CatalogYaml::Result run();

private:
    // Lines.
    bool atEnd() const { return m_lineStart >= m_n; }
    qsizetype newline(qsizetype from) const;
    qsizetype lineEnd(qsizetype from) const;
    void nextLine();
    int indent() const;
    void skipBlankAndComments();
    void skipDocumentStart();
    void restOfLineIsComment(qsizetype p) const;

    // Structure.
    void parseMap(int indent, int depth);
    void parseEntry(int indent, int depth);
    qsizetype parseKey(qsizetype p, std::string &name) const;
    void parseEmptyValue(Key &key, int indent);

    // Scalars; each leaves the scanner at the line after the value.
    std::string plain(qsizetype p, int keyIndent);
    std::string plainLine(qsizetype from, qsizetype to, bool first, bool *comment) const;
    std::string quoted(qsizetype p);
    qsizetype escape(qsizetype i, std::string &out) const;
    qsizetype foldBreak(qsizetype i, char quote, std::string &out, qsizetype trailing);
    std::string literal(qsizetype p, int keyIndent);

    const char *m_t;
    qsizetype m_n;
    qsizetype m_lineStart = 0;
    int m_line = 0;
    CatalogYaml::Result m_result;
};

// The line break ending the line that holds `from` (or the end of the text).
qsizetype Scanner::newline(qsizetype from) const
{
    const void *nl = from < m_n ? std::memchr(m_t + from, '\n', size_t(m_n - from)) : nullptr;
    return nl ? static_cast<const char *>(nl) - m_t : m_n;
}

// The end of the line's text: before its "\n" or "\r\n". (A carriage return alone, at the
// end of the text too, is text to yaml-cpp; the subset reads it inside quotes only.)
qsizetype Scanner::lineEnd(qsizetype from) const
{
    const qsizetype end = newline(from);
    return end < m_n && end > from && m_t[end - 1] == '\r' ? end - 1 : end;
}

void Scanner::nextLine()
{
    const qsizetype end = newline(m_lineStart);
    m_lineStart = end < m_n ? end + 1 : m_n;
    ++m_line;
}

// Spaces at the start of the current line; a tab among them is outside the subset.
int Scanner::indent() const
{
    qsizetype p = m_lineStart;
    while (p < m_n && m_t[p] == ' ')
        ++p;
    if (p < m_n && m_t[p] == '\t')
        decline();
    return int(p - m_lineStart);
}

// Lines holding only spaces or a comment are skipped wherever they are (between entries).
void Scanner::skipBlankAndComments()
{
    while (!atEnd()) {
        const qsizetype p = m_lineStart + indent();
        if (p < lineEnd(m_lineStart) && m_t[p] != '#')
            return;
        nextLine();
    }
}

// "---" alone on its line starts the document; "---" with content after it, directives and a
// second document are outside the subset.
void Scanner::skipDocumentStart()
{
    skipBlankAndComments();
    if (atEnd() || m_lineStart + 3 > m_n || std::strncmp(m_t + m_lineStart, "---", 3) != 0)
        return;
    restOfLineIsComment(m_lineStart + 3);
    nextLine();
    skipBlankAndComments();
}

// After a value: spaces, then the end of the line or a comment after a space.
void Scanner::restOfLineIsComment(qsizetype p) const
{
    const qsizetype end = lineEnd(p);
    const qsizetype start = p;
    while (p < end && m_t[p] == ' ')
        ++p;
    if (p < end && !(m_t[p] == '#' && p > start))
        decline();
}

CatalogYaml::Result Scanner::run()
{
    // Bytes that are no UTF-8 text, or control characters: yaml-cpp guesses encodings and
    // stops at a NUL, which is its own business.
    if (Utf8::firstInvalid(QByteArrayView(m_t, m_n)) >= 0)
        decline();
    for (qsizetype i = 0; i < m_n; ++i) {
        const uchar c = uchar(m_t[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
            decline();
    }
    // Characters YAML 1.1 reads as line breaks, and a byte order mark inside the text.
    for (const char *mark : {"\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF"}) {
        if (QByteArrayView(m_t, m_n).indexOf(QByteArrayView(mark)) >= 0)
            decline();
    }
    skipDocumentStart();
    if (atEnd()) {
        m_result.status = CatalogYaml::Result::Empty;
        return m_result;
    }
    if (indent() != 0)
        decline();
    parseMap(0, 0);
    if (!atEnd())
        decline(); // a line indented between two levels, or after a second document
    m_result.status = CatalogYaml::Result::Keys;
    // yaml-cpp's reading walks the first root key only; the others are listed alone.
    QVector<Key> kept;
    int roots = 0;
    for (Key &key : m_result.keys) {
        roots += key.depth == 0;
        if (key.depth == 0 || roots == 1)
            kept.append(std::move(key));
    }
    m_result.keys = std::move(kept);
    return m_result;
}

void Scanner::parseMap(int indent, int depth)
{
    while (!atEnd() && this->indent() == indent) {
        parseEntry(indent, depth);
        skipBlankAndComments();
        if (!atEnd() && this->indent() > indent)
            decline(); // more after a value, indented deeper than its key
    }
}

void Scanner::parseEntry(int indent, int depth)
{
    if (indent == 0 && m_lineStart + 3 <= m_n &&
        (std::strncmp(m_t + m_lineStart, "...", 3) == 0 ||
         std::strncmp(m_t + m_lineStart, "---", 3) == 0))
        decline(); // the end of the document, or another one
    Key key;
    key.depth = depth;
    key.keyLine = m_line;
    key.keyPos = m_lineStart + indent;
    qsizetype p = parseKey(key.keyPos, key.name);
    const qsizetype end = lineEnd(p);
    while (p < end && m_t[p] == ' ')
        ++p;
    if (p < end && m_t[p] == '\t')
        decline();
    if (p == end || m_t[p] == '#') {
        parseEmptyValue(key, indent);
        return;
    }
    key.valuePos = p;
    key.kind = Key::Scalar;
    switch (m_t[p]) {
    case '\'':
    case '"':
        key.value = quoted(p);
        break;
    case '|':
        key.value = literal(p, indent);
        break;
    default:
        key.value = plain(p, indent);
        break;
    }
    m_result.keys.append(std::move(key));
}

// The key at `p` and its colon; returns where the value may start.
qsizetype Scanner::parseKey(qsizetype p, std::string &name) const
{
    const qsizetype end = lineEnd(p);
    const char c = m_t[p];
    if (c == '\'' || c == '"') {
        qsizetype i = p + 1;
        for (; i < end; ++i) {
            if ((c == '"' && m_t[i] == '\\') || m_t[i] == '\r')
                decline();
            if (m_t[i] == c) {
                if (c == '\'' && i + 1 < end && m_t[i + 1] == '\'') {
                    name += '\'';
                    ++i;
                    continue;
                }
                break;
            }
            name += m_t[i];
        }
        if (i >= end || i + 1 >= end || m_t[i + 1] != ':')
            decline();
        p = i + 2;
    } else {
        if (std::strchr("-?:,[]{}#&*!|>%@`\t ", c))
            decline();
        qsizetype i = p;
        while (i < end && !(m_t[i] == ':' && (i + 1 == end || m_t[i + 1] == ' ')))
            ++i;
        if (i >= end)
            decline();
        name.assign(m_t + p, size_t(i - p));
        if (name.find(" #") != std::string::npos ||
            name.find_first_of("\t\r") != std::string::npos || name.back() == ' ' ||
            isNullWord(name) || name == "<<")
            decline();
        p = i + 1;
    }
    if (p < end && m_t[p] != ' ')
        decline();
    return p;
}

// "key:" with nothing after it: a map when deeper keys follow, else null (which yaml-cpp
// marks where the next thing starts).
void Scanner::parseEmptyValue(Key &key, int indent)
{
    nextLine();
    skipBlankAndComments();
    const int depth = key.depth;
    if (!atEnd() && this->indent() > indent) {
        const int childIndent = this->indent();
        key.kind = Key::Map;
        key.valuePos = m_lineStart + childIndent;
        m_result.keys.append(std::move(key));
        parseMap(childIndent, depth + 1);
        return;
    }
    key.kind = Key::Null;
    key.valuePos = atEnd() ? m_n : m_lineStart + this->indent();
    m_result.keys.append(std::move(key));
}

std::string Scanner::plain(qsizetype p, int keyIndent)
{
    const char c = m_t[p];
    const bool dash = c == '-' && (p + 1 >= lineEnd(p) || m_t[p + 1] == ' ');
    if (std::strchr("?:,[]{}#&*!|>'\"%@`", c) || dash)
        decline();
    bool comment = false;
    std::string value = plainLine(p, lineEnd(p), true, &comment);
    nextLine();
    int empties = 0;
    while (!comment && !atEnd()) {
        const int in = indent();
        const qsizetype start = m_lineStart + in;
        const qsizetype end = lineEnd(m_lineStart);
        if (start == end) {
            ++empties;
            nextLine();
            continue;
        }
        if (m_t[start] == '#' || in <= keyIndent)
            break;
        const std::string more = plainLine(start, end, false, &comment);
        value += empties ? std::string(size_t(empties), '\n') : std::string(1, ' ');
        value += more;
        empties = 0;
        nextLine();
    }
    if (isNullWord(value))
        decline();
    return value;
}

// One line of a plain scalar, without the spaces around it; ": " and tabs are outside the
// subset, and " #" starts a comment (on the first line only).
std::string Scanner::plainLine(qsizetype from, qsizetype to, bool first, bool *comment) const
{
    qsizetype end = to;
    for (qsizetype i = from; i < to; ++i) {
        const char c = m_t[i];
        if (c == '\t' || c == '\r' || (c == ':' && (i + 1 == to || m_t[i + 1] == ' ')))
            decline();
        if (c == ' ' && i + 1 < to && m_t[i + 1] == '#') {
            if (!first)
                decline();
            *comment = true;
            end = i;
            break;
        }
    }
    while (end > from && m_t[end - 1] == ' ')
        --end;
    return std::string(m_t + from, size_t(end - from));
}

std::string Scanner::quoted(qsizetype p)
{
    const char quote = m_t[p];
    std::string out;
    qsizetype trailing = 0; // spaces and tabs written last, dropped before a line break
    qsizetype i = p + 1;
    for (;;) {
        if (i >= m_n)
            decline(); // never closed: yaml-cpp says so
        const char c = m_t[i];
        if (c == quote) {
            if (quote == '\'' && i + 1 < m_n && m_t[i + 1] == '\'') {
                out += '\'';
                trailing = 0;
                i += 2;
                continue;
            }
            break;
        }
        if (quote == '"' && c == '\\') {
            i = escape(i, out);
            trailing = 0;
        } else if (c == '\n' || (c == '\r' && i + 1 < m_n && m_t[i + 1] == '\n')) {
            i = foldBreak(i, quote, out, trailing);
            trailing = 0;
        } else {
            out += c;
            trailing = (c == ' ' || c == '\t') ? trailing + 1 : 0;
            ++i;
        }
    }
    restOfLineIsComment(i + 1);
    nextLine();
    return out;
}

// The escape at `i` (a backslash) written to `out`; returns the position after it.
qsizetype Scanner::escape(qsizetype i, std::string &out) const
{
    if (i + 1 >= m_n)
        decline();
    const char e = m_t[i + 1];
    if (const char simple = simpleEscape(e)) {
        out += simple;
        return i + 2;
    }
    const int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits == 0 || i + 2 + digits > m_n)
        decline(); // an escaped line break, \0, \N, \_, \L, \P or no escape at all
    char32_t cp = 0;
    for (int k = 0; k < digits; ++k) {
        const char h = m_t[i + 2 + k];
        if (!isHex(h))
            decline();
        cp = cp * 16 + char32_t(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        decline();
    out += QString::fromUcs4(&cp, 1).toStdString();
    return i + 2 + digits;
}

// A line break inside a quoted scalar at `i`: trailing spaces dropped, the break folded to a
// space, or to as many line breaks as there are empty lines after it. Returns where the text
// goes on.
qsizetype Scanner::foldBreak(qsizetype i, char quote, std::string &out, qsizetype trailing)
{
    out.resize(out.size() - size_t(trailing));
    if (out.empty())
        decline(); // yaml-cpp folds breaks at the start of a quoted scalar its own way
    i = newline(i);
    int empties = 0;
    for (;;) {
        m_lineStart = i + 1;
        ++m_line;
        const int in = indent();
        i = m_lineStart + in;
        if (i >= m_n)
            decline();
        if (i < lineEnd(m_lineStart))
            break;
        ++empties;
        i = newline(i);
    }
    // yaml-cpp takes the text on at any indentation; a document marker is left to it.
    if (indent() == 0 && m_lineStart + 3 <= m_n &&
        (std::strncmp(m_t + m_lineStart, "---", 3) == 0 ||
         std::strncmp(m_t + m_lineStart, "...", 3) == 0))
        decline();
    // yaml-cpp keeps one line break at most for the empty lines before a closing quote.
    if (m_t[i] == quote && empties > 1)
        decline();
    out += empties ? std::string(size_t(empties), '\n') : std::string(1, ' ');
    return i;
}

std::string Scanner::literal(qsizetype p, int keyIndent)
{
    char chomp = 0; // '-' strip, '+' keep, 0 clip
    qsizetype i = p + 1;
    if (i < m_n && (m_t[i] == '-' || m_t[i] == '+'))
        chomp = m_t[i++];
    if (i < lineEnd(i) && m_t[i] != ' ')
        decline(); // an indentation indicator, or more
    restOfLineIsComment(i);
    nextLine();
    std::vector<std::string> lines;
    int contentIndent = -1;
    bool lastBroken = true; // whether the last line of text ends with a line break
    while (!atEnd()) {
        const int in = indent();
        const qsizetype start = m_lineStart + in;
        const qsizetype end = lineEnd(m_lineStart);
        if (start == end) {
            if (contentIndent < 0 ? in > 0 : in > contentIndent)
                decline();                  // spaces that are part of the text, or an error
            if (newline(m_lineStart) < m_n) // spaces ending the text make no line
                lines.emplace_back();
            nextLine();
            continue;
        }
        if (contentIndent < 0)
            contentIndent = in;
        if (in < contentIndent || in <= keyIndent) {
            if (in > keyIndent)
                decline();
            break;
        }
        if (std::memchr(m_t + start, '\r', size_t(end - start)))
            decline();
        lines.emplace_back(m_t + m_lineStart + contentIndent,
                           size_t(end - m_lineStart - contentIndent));
        lastBroken = newline(m_lineStart) < m_n;
        nextLine();
    }
    size_t kept = lines.size();
    while (kept > 0 && lines[kept - 1].empty())
        --kept;
    if (kept == 0 && !lines.empty() && chomp == '+')
        decline();
    std::string out;
    for (size_t k = 0; k < kept; ++k) {
        if (k)
            out += '\n';
        out += lines[k];
    }
    // The last line's own break is kept (clip, keep) only when the text has one.
    if (!lastBroken && chomp == '+')
        decline();
    if (kept > 0 && chomp != '-' && lastBroken)
        out += '\n';
    if (chomp == '+')
        out += std::string(lines.size() - kept, '\n');
    return out;
}

} // namespace

CatalogYaml::Result SubsetYaml::read(QByteArrayView text)
{
    try {
        return Scanner(text).run();
    } catch (const Decline &) {
        return CatalogYaml::Result();
    }
}

} // namespace Tilmech
