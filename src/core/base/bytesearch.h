#pragma once

#include <QByteArrayView>
#include <cstring>

namespace Tilmech::ByteSearch {

// Offset of `needle` in `haystack` at or after `from`, or -1. A memchr scan for the first
// byte and a compare of the rest: fast for the short needles ("<%", "{{", "\n") that the
// lexer and the renderer look for many times in one text, where a general search that builds
// tables on every call costs more than it saves.
inline qsizetype find(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0)
{
    const qsizetype n = haystack.size();
    const qsizetype m = needle.size();
    if (m == 0)
        return from <= n ? from : -1;
    const char *data = haystack.data();
    const char first = needle[0];
    qsizetype pos = from;
    while (pos + m <= n) {
        const void *hit = std::memchr(data + pos, first, size_t(n - m + 1 - pos));
        if (!hit)
            return -1;
        pos = static_cast<const char *>(hit) - data;
        if (std::memcmp(data + pos + 1, needle.data() + 1, size_t(m - 1)) == 0)
            return pos;
        ++pos;
    }
    return -1;
}

} // namespace Tilmech::ByteSearch
