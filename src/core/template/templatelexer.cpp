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

} // namespace

TemplateTokens TemplateLexer::tokenize(QByteArrayView text, qsizetype base)
{
    TemplateTokens tokens;
    const qsizetype n = text.size();
    CachedFinder erbOpen(text, "<%");
    CachedFinder erbClose(text, "%>");
    CachedFinder includeOpen(text, "{{");
    CachedFinder includeClose(text, "}}");
    CachedFinder closingBrace(text, "}");
    CachedFinder newline(text, "\n");

    qsizetype textStart = 0;
    qsizetype pos = 0;

    auto addText = [&](qsizetype from, qsizetype to) {
        if (to > from) {
            TemplateToken t;
            t.kind = TemplateToken::Kind::Text;
            t.begin = t.innerBegin = base + from;
            t.end = t.innerEnd = base + to;
            tokens.append(t);
        }
    };
    auto lineEndFrom = [&](qsizetype from) {
        const qsizetype nl = newline.next(from);
        return nl < 0 ? n : nl;
    };

    while (pos < n) {
        const qsizetype erb = erbOpen.next(pos);
        const qsizetype inc = includeOpen.next(pos);
        const qsizetype open = minPositive(erb, inc);
        if (open < 0)
            break;

        qsizetype textEnd = open;
        TemplateToken tag;
        tag.begin = base + open;

        if (open == erb) {
            if (open + 2 < n && text[open + 2] == '%') {
                addText(textStart, open);
                tag.kind = TemplateToken::Kind::LiteralErbOpen;
                tag.end = tag.innerBegin = tag.innerEnd = base + open + 3;
                tokens.append(tag);
                pos = textStart = open + 3;
                continue;
            }
            qsizetype inner = open + 2;
            tag.kind = TemplateToken::Kind::ErbCode;
            if (inner < n && text[inner] == '-') {
                tag.trimLeft = true;
                ++inner;
            }
            if (inner < n && text[inner] == '=') {
                tag.kind = TemplateToken::Kind::ErbOutput;
                ++inner;
            } else if (inner < n && text[inner] == '#') {
                tag.kind = TemplateToken::Kind::ErbComment;
                ++inner;
            }
            const qsizetype close = erbClose.next(inner);
            const qsizetype reopen = erbOpen.next(open + 2);
            if (close < 0 || (reopen >= 0 && reopen < close)) {
                tag.kind = TemplateToken::Kind::Unterminated;
                tag.innerBegin = base + open + 2;
                const qsizetype stop = minPositive(lineEndFrom(open), reopen);
                tag.end = tag.innerEnd = base + stop;
                tag.trimLeft = false;
                addText(textStart, open);
                tokens.append(tag);
                pos = textStart = stop;
                continue;
            }
            tag.innerBegin = base + inner;
            qsizetype innerEnd = close;
            if (innerEnd > inner && text[innerEnd - 1] == '-') {
                tag.trimRight = true;
                --innerEnd;
            }
            tag.innerEnd = base + innerEnd;
            tag.end = base + close + 2;
            pos = close + 2;
        } else {
            // Pegasus' pattern {{([^}]*)}}: the name runs to the first '}', across lines,
            // and that '}' must open "}}".
            tag.kind = TemplateToken::Kind::Include;
            const qsizetype close = includeClose.next(open + 2);
            const qsizetype brace = closingBrace.next(open + 2);
            const qsizetype lineEnd = lineEndFrom(open);
            if (close < 0 || brace != close) {
                tag.kind = TemplateToken::Kind::Unterminated;
                tag.unterminatedInclude = true;
                tag.innerBegin = base + open + 2;
                tag.end = tag.innerEnd = base + lineEnd;
                addText(textStart, open);
                tokens.append(tag);
                pos = textStart = lineEnd;
                continue;
            }
            tag.innerBegin = base + open + 2;
            tag.innerEnd = base + close;
            tag.end = base + close + 2;
            pos = close + 2;
        }

        // "<%-" removes the indentation before the tag when only blanks precede it.
        if (tag.trimLeft) {
            qsizetype lineStart = open;
            while (lineStart > textStart &&
                   (text[lineStart - 1] == ' ' || text[lineStart - 1] == '\t'))
                --lineStart;
            if (lineStart == 0 || text[lineStart - 1] == '\n')
                textEnd = lineStart;
        }
        addText(textStart, textEnd);
        tokens.append(tag);
        textStart = pos;
        // "-%>" removes the newline that follows the tag.
        if (tag.trimRight) {
            if (pos < n && text[pos] == '\n')
                textStart = pos + 1;
            else if (pos + 1 < n && text[pos] == '\r' && text[pos + 1] == '\n')
                textStart = pos + 2;
            pos = textStart;
        }
    }
    addText(textStart, n);
    return tokens;
}

} // namespace Tilmech
