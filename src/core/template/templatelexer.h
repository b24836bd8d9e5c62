#pragma once

#include <QByteArrayView>
#include <QVector>

namespace Tilmech {

// One piece of a page or view as the template lexer sees it. Offsets are byte offsets into
// the lexed text plus the base offset given to the lexer, so tokens of a page body point
// straight into the file.
struct TemplateToken
{
    enum class Kind : quint8
    {
        Text,           // plain text between tags
        ErbOutput,      // <%= expr %>
        ErbCode,        // <% code %>
        ErbComment,     // <%# comment %>
        LiteralErbOpen, // <%% (prints "<%")
        Include,        // {{ path/to/view }}
        Unterminated,   // "<%" or "{{" with no closing delimiter: an error token
    };

    Kind kind = Kind::Text;
    bool trimLeft = false;            // "<%-": indentation before the tag is removed
    bool trimRight = false;           // "-%>": the newline after the tag is removed
    bool unterminatedInclude = false; // for Unterminated: opened with "{{"
    qsizetype begin = 0;              // the whole token
    qsizetype end = 0;
    qsizetype innerBegin = 0; // between the delimiters (ERB code, include path)
    qsizetype innerEnd = 0;

    bool isErb() const
    {
        return kind == Kind::ErbOutput || kind == Kind::ErbCode || kind == Kind::ErbComment;
    }
    bool isTag() const { return isErb() || kind == Kind::Include; }
};

using TemplateTokens = QVector<TemplateToken>;

// Splits text into text, ERB tags and {{ }} includes in one linear pass. Never fails:
// a tag without its closing delimiter becomes an Unterminated token that runs to the end
// of its line (or to the next opening delimiter), and lexing goes on after it.
class TemplateLexer
{
public:
    static TemplateTokens tokenize(QByteArrayView text, qsizetype baseOffset = 0);
};

} // namespace Tilmech
