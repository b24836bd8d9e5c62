#include "template/templatelexer.h"

#include "base/bytesearch.h"

#include <limits>

namespace Tilmech {

namespace {

// Finds a two-byte needle at or after `from`, remembering the last answer so that repeated
// searches over the same text stay linear in total.
class CachedFinder
{
public:
    CachedFinder(QByteArrayView text, QByteArrayView needle) : m_text(text), m_needle(needle) {}

    qsizetype next(qsizetype from)
    {
        if (m_found == Exhausted)
            return -1;
        if (m_found < from) {
            m_found = ByteSearch::find(m_text, m_needle, from);
            if (m_found < 0) {
                m_found = Exhausted;
                return -1;
            }
        }
        return m_found;
    }

private:
    static constexpr qsizetype Exhausted = std::numeric_limits<qsizetype>::max();
    QByteArrayView m_text;
    QByteArrayView m_needle;
    qsizetype m_found = -1;
};

qsizetype minPositive(qsizetype a, qsizetype b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return std::min(a, b);
}

// One pass over a text: the text between tags and each tag in turn, a tag's kind, its
// inner part and its trim markers read by the phase of its syntax (ERB or include).
class Lexer
{
public:
    Lexer(QByteArrayView text, qsizetype base)
        : m_text(text), m_base(base), m_n(text.size()), m_erbOpen(text, "<%"),
          m_erbClose(text, "%>"), m_includeOpen(text, "{{"), m_includeClose(text, "}}"),
          m_closingBrace(text, "}"), m_newline(text, "\n")
    {
    }

    TemplateTokens run();

private:
    void addText(qsizetype from, qsizetype to);
    qsizetype lineEndFrom(qsizetype from);
    bool readErb(qsizetype open, TemplateToken &tag);
    bool readInclude(qsizetype open, TemplateToken &tag);
    void addTag(qsizetype open, const TemplateToken &tag);

    QByteArrayView m_text;
    qsizetype m_base;
    qsizetype m_n;
    CachedFinder m_erbOpen;
    CachedFinder m_erbClose;
    CachedFinder m_includeOpen;
    CachedFinder m_includeClose;
    CachedFinder m_closingBrace;
    CachedFinder m_newline;
    TemplateTokens m_tokens;
    qsizetype m_textStart = 0;
    qsizetype m_pos = 0;
};

TemplateTokens Lexer::run()
{
    while (m_pos < m_n) {
        const qsizetype erb = m_erbOpen.next(m_pos);
        const qsizetype inc = m_includeOpen.next(m_pos);
        const qsizetype open = minPositive(erb, inc);
        if (open < 0)
            break;
        TemplateToken tag;
        tag.begin = m_base + open;
        const bool complete = open == erb ? readErb(open, tag) : readInclude(open, tag);
        if (complete)
            addTag(open, tag);
    }
    addText(m_textStart, m_n);
    return m_tokens;
}

void Lexer::addText(qsizetype from, qsizetype to)
{
    if (to > from) {
        TemplateToken t;
        t.kind = TemplateToken::Kind::Text;
        t.begin = t.innerBegin = m_base + from;
        t.end = t.innerEnd = m_base + to;
        m_tokens.append(t);
    }
}

qsizetype Lexer::lineEndFrom(qsizetype from)
{
    const qsizetype nl = m_newline.next(from);
    return nl < 0 ? m_n : nl;
}

// An ERB tag at `open`: "<%%" (a literal "<%") and an unterminated tag are added here, with
// the text before them (false); a complete tag is read into `tag` for addTag (true).
bool Lexer::readErb(qsizetype open, TemplateToken &tag)
{
    if (open + 2 < m_n && m_text[open + 2] == '%') {
        addText(m_textStart, open);
        tag.kind = TemplateToken::Kind::LiteralErbOpen;
        tag.end = tag.innerBegin = tag.innerEnd = m_base + open + 3;
        m_tokens.append(tag);
        m_pos = m_textStart = open + 3;
        return false;
    }
    qsizetype inner = open + 2;
    tag.kind = TemplateToken::Kind::ErbCode;
    if (inner < m_n && m_text[inner] == '-') {
        tag.trimLeft = true;
        ++inner;
    }
    if (inner < m_n && m_text[inner] == '=') {
        tag.kind = TemplateToken::Kind::ErbOutput;
        ++inner;
    } else if (inner < m_n && m_text[inner] == '#') {
        tag.kind = TemplateToken::Kind::ErbComment;
        ++inner;
    }
    const qsizetype close = m_erbClose.next(inner);
    const qsizetype reopen = m_erbOpen.next(open + 2);
    if (close < 0 || (reopen >= 0 && reopen < close)) {
        tag.kind = TemplateToken::Kind::Unterminated;
        tag.innerBegin = m_base + open + 2;
        const qsizetype stop = minPositive(lineEndFrom(open), reopen);
        tag.end = tag.innerEnd = m_base + stop;
        tag.trimLeft = false;
        addText(m_textStart, open);
        m_tokens.append(tag);
        m_pos = m_textStart = stop;
        return false;
    }
    tag.innerBegin = m_base + inner;
    qsizetype innerEnd = close;
    if (innerEnd > inner && m_text[innerEnd - 1] == '-') {
        tag.trimRight = true;
        --innerEnd;
    }
    tag.innerEnd = m_base + innerEnd;
    tag.end = m_base + close + 2;
    m_pos = close + 2;
    return true;
}

// An include at `open`. Pegasus' pattern {{([^}]*)}}: the name runs to the first '}', across
// lines, and that '}' must open "}}". An unterminated one is added here (false); a complete
// one is read into `tag` for addTag (true).
bool Lexer::readInclude(qsizetype open, TemplateToken &tag)
{
    tag.kind = TemplateToken::Kind::Include;
    const qsizetype close = m_includeClose.next(open + 2);
    const qsizetype brace = m_closingBrace.next(open + 2);
    const qsizetype lineEnd = lineEndFrom(open);
    if (close < 0 || brace != close) {
        tag.kind = TemplateToken::Kind::Unterminated;
        tag.unterminatedInclude = true;
        tag.innerBegin = m_base + open + 2;
        tag.end = tag.innerEnd = m_base + lineEnd;
        addText(m_textStart, open);
        m_tokens.append(tag);
        m_pos = m_textStart = lineEnd;
        return false;
    }
    tag.innerBegin = m_base + open + 2;
    tag.innerEnd = m_base + close;
    tag.end = m_base + close + 2;
    m_pos = close + 2;
    return true;
}

// A complete tag with the text before it, minding the trim markers "<%-" and "-%>".
void Lexer::addTag(qsizetype open, const TemplateToken &tag)
{
    qsizetype textEnd = open;
    // "<%-" removes the indentation before the tag when only blanks precede it.
    if (tag.trimLeft) {
        qsizetype lineStart = open;
        while (lineStart > m_textStart &&
               (m_text[lineStart - 1] == ' ' || m_text[lineStart - 1] == '\t'))
            --lineStart;
        if (lineStart == 0 || m_text[lineStart - 1] == '\n')
            textEnd = lineStart;
    }
    addText(m_textStart, textEnd);
    m_tokens.append(tag);
    m_textStart = m_pos;
    // "-%>" removes the newline that follows the tag.
    if (tag.trimRight) {
        if (m_pos < m_n && m_text[m_pos] == '\n')
            m_textStart = m_pos + 1;
        else if (m_pos + 1 < m_n && m_text[m_pos] == '\r' && m_text[m_pos + 1] == '\n')
            m_textStart = m_pos + 2;
        m_pos = m_textStart;
    }
}

} // namespace

TemplateTokens TemplateLexer::tokenize(QByteArrayView text, qsizetype base)
{
    return Lexer(text, base).run();
}

} // namespace Tilmech
