#include "base/utf8.h"

#include <cstring>

namespace Tilmech::Utf8 {

qsizetype firstInvalid(QByteArrayView text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // Fast path over ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        // Words of two-byte sequences (Cyrillic, most of Latin-1 and Greek) and the ASCII
        // between them, without going back to the eight-byte test after each letter.
        while (i + 1 < n) {
            const unsigned char b = s[i];
            if (b < 0x80)
                ++i;
            else if (b >= 0xC2 && b <= 0xDF && isContinuation(s[i + 1]))
                i += 2;
            else
                break;
            if (b == ' ' || b == '\n')
                break; // between words: maybe a run of ASCII for the fast path
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && isContinuation(s[i + 1])) {
            i += 2;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // no overlong forms
            else if (c == 0xED)
                high = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(s[i + k]))
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace Tilmech::Utf8
