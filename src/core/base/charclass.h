#pragma once

#include <QChar>

namespace Tilmech {

// QChar's answers for the questions the checks ask of every character of a page, found
// without Unicode tables for ASCII and the basic Cyrillic block, which make up nearly all
// the text of a Kyrgyz or English page. Other characters go to QChar.
class CharClass
{
public:
    struct Letter
    {
        bool letter = false;
        bool latin = false;    // a letter of the Latin script
        bool cyrillic = false; // a letter of the Cyrillic script
    };

    // The C library's isalpha, isalnum and ispunct in the "C" locale: ASCII only, as the
    // live site's Redcarpet and the ERB and HTML syntax read them.
    static bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    static bool isAsciiAlnum(char c) { return isAsciiLetter(c) || (c >= '0' && c <= '9'); }
    static bool isAsciiPunct(char c) { return c > ' ' && c < 0x7f && !isAsciiAlnum(c); }

    // QChar::isSpace: below U+1680 only tab to carriage return, space, U+0085 and U+00A0.
    static bool isSpace(char16_t c)
    {
        if (c < 0x1680)
            return c == u' ' || (c >= u'\t' && c <= u'\r') || c == 0x85 || c == 0xa0;
        return QChar::isSpace(c);
    }

    // The value of decimal digit `c` (QChar::isDigit), or -1. No decimal digit lies between
    // ASCII's and U+0660, the Arabic-Indic zero.
    static int digit(QChar c)
    {
        if (c.unicode() < 0x660)
            return c >= u'0' && c <= u'9' ? c.unicode() - u'0' : -1;
        return c.isDigit() ? c.digitValue() : -1;
    }

    static Letter letter(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            const bool ascii = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
            return {ascii, ascii, false};
        }
        if (u >= 0x400 && u <= 0x4ff) {
            // U+0482 is a sign and U+0483..U+0489 are combining marks; the rest are letters.
            const bool isLetter = u < 0x482 || u > 0x489;
            return {isLetter, false, isLetter};
        }
        const bool isLetter = c.isLetter();
        return {isLetter, isLetter && c.script() == QChar::Script_Latin,
                isLetter && c.script() == QChar::Script_Cyrillic};
    }
};

} // namespace Tilmech
